// The workspace's files, read for the server (stenogram/findTranscripts, stenogram/readFile:
// protocol/workspaceFiles.ts) through vscode.workspace.fs, so they are found on every file system
// VS Code has: the disk, a remote, github.dev's `vscode-vfs:`, any FileSystemProvider. The server
// then needs no file system of its own, and runs in a browser Web Worker as it runs in Node.
//
// What may be read is what the server would read from disk itself (server/src/files.ts): a regular
// file (a link is followed to one), within the size the server names, and UTF-8 text. A FIFO, a
// device or a socket (VS Code's FileType.Unknown), a folder, a larger file or other bytes are
// refused with the reason, which the server words in the Stenogram output.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FindTranscriptsRequest,
  isTranscriptName,
  MAX_FOLDER_DEPTH,
  ReadFileRequest,
  searchedFolder,
  type ReadFileAnswer,
  type ReadFileRefusal,
} from '../../protocol';

/** Answer the server's requests for files; registered before the client starts. */
export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FindTranscriptsRequest, (params) => transcriptsUnder(vscode.Uri.parse(params.folder))),
    client.onRequest(ReadFileRequest, (params) => readText(vscode.Uri.parse(params.uri), params.maxBytes)),
  ];
}

/** The transcripts below `folder`: links and special files with a transcript's name too (reading
 *  them is where they are refused); folders behind links are not entered (a loop would not end). */
async function transcriptsUnder(folder: vscode.Uri): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
    if (depth > MAX_FOLDER_DEPTH) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return; // gone or unreadable: no transcripts there
    }
    for (const [name, type] of entries) {
      if (type === vscode.FileType.Directory) {
        if (searchedFolder(name)) await walk(vscode.Uri.joinPath(dir, name), depth + 1);
      } else if (isTranscriptName(name)) {
        found.push(vscode.Uri.joinPath(dir, name).toString());
      }
    }
  };
  await walk(folder, 0);
  return found;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const refusal = (reason: ReadFileRefusal['reason'], detail: string): ReadFileRefusal => ({ ok: false, reason, detail });

/** One regular file of at most `maxBytes` as text, or why not. Never throws: a failure is an answer. */
async function readText(uri: vscode.Uri, maxBytes: number): Promise<ReadFileAnswer> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) return refusal('not-regular', stat.type & vscode.FileType.Directory ? 'folder' : 'other');
    if (!(stat.size <= maxBytes)) return refusal('too-large', String(stat.size));
    const bytes = await vscode.workspace.fs.readFile(uri);
    // A file that grew between the two looks is still held to the limit.
    if (bytes.length > maxBytes) return refusal('too-large', String(bytes.length));
    try {
      return { ok: true, text: UTF8.decode(bytes) };
    } catch {
      return refusal('not-utf8', uri.toString());
    }
  } catch (error) {
    return refusal('error', errorCode(error));
  }
}

/** `ENOENT` for a file that is not there (as Node says it: the server takes that as "no file"),
 *  VS Code's code (`NoPermissions`) or the message for anything else. */
function errorCode(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound' ? 'ENOENT' : error.code || error.message;
  return error instanceof Error ? error.message : String(error);
}
