// The workspace's files read from disk by the server itself: the Node server's reader for a client
// that does not read them for it (an editor other than VS Code; VS Code's client does, through
// vscode.workspace.fs: workspaceFiles.ts). Only `file:` folders this machine can open are reached:
// on a virtual workspace (`vscode-vfs://github/…`, `memfs:/…`) each such folder is reported once,
// and features answer from the open documents alone. Only regular files are read (files.ts): a FIFO,
// a device or a link to one is refused, and so is a file above the size limit or not UTF-8.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'vscode-uri';
import { isTranscriptName, MAX_FOLDER_DEPTH, searchedFolder } from '../../protocol';
import { FileRefusal, readRegularFile } from './files';
import type { WorkspaceFiles } from './workspaceFiles';

/** The local path of a `file:` URI; undefined for any other scheme, and for a `file:` URI this
 *  machine cannot open (`file://server/share` on Linux). */
export function diskPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The one line the output channel gets for a workspace folder the server cannot read. */
export function notOnDisk(folderUri: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(folderUri)?.[1] ?? '';
  return (
    `workspace folder ${folderUri} is not on disk (${scheme}:): transcripts open in the editor are analysed as usual; ` +
    'its other transcripts and its stenogram.speakers.json are not read'
  );
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Transcripts below `dir`, links, FIFOs and devices with a transcript's name included: `read` takes
 *  regular files only, and says what it refused. A folder that cannot be listed has none. */
async function transcriptsBelow(dir: string, depth: number, found: string[]): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      if (searchedFolder(e.name)) await transcriptsBelow(join(dir, e.name), depth + 1, found);
    } else if (isTranscriptName(e.name)) {
      found.push(URI.file(join(dir, e.name)).toString()); // spelt as VS Code spells it
    }
  }
}

export const diskFiles: WorkspaceFiles = {
  unreachable: (uri) => (diskPathOf(uri) === undefined ? notOnDisk(uri) : undefined),
  async transcriptsUnder(folder) {
    const path = diskPathOf(folder);
    const found: string[] = [];
    if (path !== undefined) await transcriptsBelow(path, 0, found);
    return found;
  },
  async read(uri, maxBytes) {
    const path = diskPathOf(uri);
    if (path === undefined) throw new FileRefusal('error', 'ENOENT');
    const bytes = await readRegularFile(path, maxBytes);
    try {
      return UTF8.decode(bytes);
    } catch {
      throw new FileRefusal('not-utf8', path);
    }
  },
};
