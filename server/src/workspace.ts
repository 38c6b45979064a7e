// The workspace's transcripts, read from disk without opening them in the editor, so that
// references, rename and workspace symbols reach every file. Re-read on file changes; an open
// document's text always wins over its file on disk. Only `file:` folders are read: on a virtual
// workspace (`vscode-vfs://github/…`, `memfs:/…`) the server has no file system to read, so the index
// stays empty, each such folder is reported once, and features answer from the open documents alone.
// Only regular files are read (files.ts): a FIFO, a device or a link to one is skipped with one line
// in the output channel, and a file above `stenogram.analysis.maxSize` is not indexed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'vscode-uri';
import { FileRefusal, readRegularFile, refusalText } from './files';
import { message, type Locale } from './l10n';
import { maxBytesFor, tooLargeMessage, lineCount } from './sizeLimit';
import type { TraditionSetting } from './settings';
import { parseTranscript, type Transcript } from './transcript';

export const TRANSCRIPT_EXTENSIONS = ['.transcript', '.stenogram'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** One spelling per file URI (VS Code's), so an open document and its file on disk match. */
export function normaliseUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export class WorkspaceIndex {
  private readonly files = new Map<string, Transcript>();

  /** `maxSize`: `stenogram.analysis.maxSize` as it is now (a file above it is not indexed; it is
   *  still analysed up to the limit when opened). `traditionOf(uri)`: the `stenogram.tradition`
   *  setting a file is read with (`auto` by default). */
  constructor(
    private readonly maxSize: () => number = () => 20,
    private readonly traditionOf: (uri: string) => TraditionSetting | Promise<TraditionSetting> = () => 'auto',
  ) {}

  get size(): number {
    return this.files.size;
  }

  entries(): { uri: string; transcript: Transcript }[] {
    return [...this.files].map(([uri, transcript]) => ({ uri, transcript }));
  }

  delete(uri: string): void {
    this.files.delete(normaliseUri(uri));
  }

  /** Read (or re-read) one file; a file that cannot be read drops out of the index, and one that is
   *  not a regular file, or too large, is reported. */
  async update(rawUri: string, report: (message: string) => void = () => {}, locale: Locale = 'en'): Promise<void> {
    const uri = normaliseUri(rawUri);
    if (!uri.startsWith('file:') || !TRANSCRIPT_EXTENSIONS.some((e) => uri.endsWith(e))) return;
    const maxSize = this.maxSize();
    try {
      let text = (await readRegularFile(fileURLToPath(uri), maxBytesFor(maxSize))).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const tooLarge = tooLargeMessage(locale, text.length, lineCount(text), maxSize);
      if (tooLarge) {
        this.files.delete(uri);
        report(message(locale, 'workspace.skipped', uri, tooLarge));
      } else this.files.set(uri, parseTranscript(text, { tradition: await this.traditionOf(uri) }));
    } catch (error) {
      this.files.delete(uri);
      if (error instanceof FileRefusal && error.reason !== 'error') report(message(locale, 'workspace.skipped', uri, refusalText(locale, error, maxBytesFor(maxSize))));
    }
  }

  /** Index every transcript below the given folder URIs; a folder that is not on disk is reported
   *  (one line each) and skipped. */
  async scan(folderUris: readonly string[], report: (message: string) => void = () => {}, locale: Locale = 'en'): Promise<void> {
    const found: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > 20) return;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await walk(join(dir, e.name), depth + 1);
        } else if (!e.isDirectory() && TRANSCRIPT_EXTENSIONS.some((x) => e.name.endsWith(x))) {
          // Links, FIFOs and devices too: update() reads regular files only, and says what it skipped.
          found.push(URI.file(join(dir, e.name)).toString()); // spelt as VS Code spells it
        }
      }
    };
    for (const folder of folderUris) {
      const path = diskPathOf(folder);
      if (path === undefined) report(notOnDisk(folder));
      else await walk(path, 0);
    }
    for (const uri of found) await this.update(uri, report, locale);
  }
}

/** The local path of a `file:` folder URI; undefined for any other scheme, and for a `file:` URI
 *  this machine cannot open (`file://server/share` on Linux). */
export function diskPathOf(folderUri: string): string | undefined {
  if (!folderUri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(folderUri);
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
