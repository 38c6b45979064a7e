// How the server reaches the workspace's files that are not open: the transcripts it indexes
// (workspace.ts) and stenogram.speakers.json (register.ts). VS Code's client reads them for it
// (stenogram/findTranscripts, stenogram/readFile: protocol/workspaceFiles.ts) through
// vscode.workspace.fs, on any file system, so the server itself needs none: the same code runs as a
// Node process and as a browser Web Worker. A client that does not offer this (another editor) gets
// the platform's own reader: the disk on Node (diskFiles.ts), nothing in a browser (NO_FILES).
import type { Connection } from 'vscode-languageserver';
import { FindTranscriptsRequest, ReadFileRequest, type ReadFileAnswer } from '../../protocol';
import { FILE_KINDS, FileRefusal } from './fileRefusal';

export interface WorkspaceFiles {
  /** The line the output channel gets for a folder (or a file) this reader cannot reach: its files
   *  are neither indexed nor read; undefined when it can. */
  unreachable(uri: string): string | undefined;
  /** The transcripts below a folder it can reach, as URIs spelt as VS Code spells them. */
  transcriptsUnder(folderUri: string): Promise<string[]>;
  /** A regular file of at most `maxBytes` as UTF-8 text; throws a FileRefusal saying why not. */
  read(uri: string, maxBytes: number): Promise<string>;
}

const REFUSALS: readonly string[] = ['not-regular', 'too-large', 'not-utf8', 'error'];

/** An answer as the protocol has it (a refusal the server can word); anything else is an error, not text. */
function isAnswer(answer: unknown): answer is ReadFileAnswer {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as Record<string, unknown>;
  if (a.ok === true) return typeof a.text === 'string';
  if (a.ok !== false || typeof a.reason !== 'string' || typeof a.detail !== 'string' || !REFUSALS.includes(a.reason)) return false;
  return a.reason !== 'not-regular' || (FILE_KINDS as readonly string[]).includes(a.detail);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The files as the client reads them: every folder is reachable (VS Code has its file system). */
export function clientFiles(connection: Connection): WorkspaceFiles {
  return {
    unreachable: () => undefined,
    async transcriptsUnder(folder) {
      const uris: unknown = await connection.sendRequest(FindTranscriptsRequest, { folder });
      return Array.isArray(uris) ? uris.filter((uri): uri is string => typeof uri === 'string') : [];
    },
    async read(uri, maxBytes) {
      let answer: unknown;
      try {
        answer = await connection.sendRequest(ReadFileRequest, { uri, maxBytes });
      } catch (error) {
        throw new FileRefusal('error', errorText(error));
      }
      if (!isAnswer(answer)) throw new FileRefusal('error', 'stenogram/readFile answered no text');
      if (!answer.ok) throw new FileRefusal(answer.reason, answer.detail);
      return answer.text;
    },
  };
}

/** A server in a browser whose client does not read files for it: open documents only. */
export const NO_FILES: WorkspaceFiles = {
  unreachable: (folder) =>
    `workspace folder ${folder} cannot be read: the client does not read files for the server (stenogram/readFile); ` +
    'transcripts open in the editor are analysed as usual; its other transcripts and its stenogram.speakers.json are not read',
  transcriptsUnder: async () => [],
  read: async () => {
    throw new FileRefusal('error', 'ENOENT');
  },
};
