// The workspace's files, read by the client for the server (server → client requests): the
// transcripts that are not open (workspace symbols, references, workspace-wide rename) and
// stenogram.speakers.json. The client reads them through vscode.workspace.fs, so they are found on
// any file system VS Code has (`file:`, `vscode-remote:`, github.dev's `vscode-vfs:`, `memfs:`), and
// the server needs none of its own: it runs as a Node process or as a browser Web Worker alike.
// A client says it answers these with `initializationOptions.workspaceFiles: true`; a server whose
// client does not (another editor) reads the disk itself where it can (server/src/diskFiles.ts).
import { RequestType } from 'vscode-languageserver-protocol';

/** The file names that are transcripts: `council.transcript`, `draft.stenogram`. */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = ['.transcript', '.stenogram'];
/** Folders never searched for transcripts (and any folder whose name starts with a dot: `.git`). */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', 'dist', 'out', '.vscode-test'];
/** How deep below a workspace folder transcripts are looked for. */
export const MAX_FOLDER_DEPTH = 20;

/** Whether a folder below a workspace folder is searched for transcripts, by its name. */
export function searchedFolder(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.includes(name);
}

export function isTranscriptName(name: string): boolean {
  return TRANSCRIPT_EXTENSIONS.some((extension) => name.endsWith(extension));
}

export interface FindTranscriptsParams {
  /** A workspace folder's URI. */
  folder: string;
}

/** `stenogram/findTranscripts`: the URIs of the transcripts below the folder (links and special files
 *  included: reading them is where they are refused). */
export const FindTranscriptsRequest = new RequestType<FindTranscriptsParams, string[], void>('stenogram/findTranscripts');

export interface ReadFileParams {
  uri: string;
  /** A larger file is refused ('too-large') without being read. */
  maxBytes: number;
}

/** Why a file was not read, as the server words it (server/src/fileRefusal.ts):
 *  - `not-regular`: `detail` is `folder` or `other` (a FIFO, a device, a socket, a link to one);
 *  - `too-large`: `detail` is its size in bytes;
 *  - `not-utf8`: its bytes are not UTF-8 text;
 *  - `error`: `detail` is the code (`ENOENT` when there is no such file). */
export type ReadFileRefusal = { ok: false; reason: 'not-regular' | 'too-large' | 'not-utf8' | 'error'; detail: string };

/** The file's text (a UTF-8 byte order mark left in), or why it was not read. */
export type ReadFileAnswer = { ok: true; text: string } | ReadFileRefusal;

/** `stenogram/readFile`: one regular file of at most `maxBytes`, as UTF-8 text. */
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileAnswer, void>('stenogram/readFile');
