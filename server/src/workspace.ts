// The workspace's transcripts, read without opening them in the editor, so that references, rename
// and workspace symbols reach every file. Re-read on file changes; an open document's text always
// wins over its file. How the files are reached is the WorkspaceFiles' business (workspaceFiles.ts):
// VS Code's client reads them on any file system; a Node server without such a client reads `file:`
// folders itself. A folder the reader cannot reach is reported once, and features answer from the
// open documents alone. A file that is not a regular one, not UTF-8, or above
// `stenogram.analysis.maxSize` is not indexed, with one line in the output channel.
import { URI } from 'vscode-uri';
import { isTranscriptName } from '../../protocol';
import { FileRefusal, refusalText } from './fileRefusal';
import { message, type Locale } from './l10n';
import { maxBytesFor, tooLargeMessage, lineCount } from './sizeLimit';
import type { TraditionSetting } from './settings';
import { parseTranscript, type Transcript } from './transcript';
import type { WorkspaceFiles } from './workspaceFiles';


/** One spelling per file URI (VS Code's), so an open document and its file on disk match. */
export function normaliseUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export class WorkspaceIndex {
  private readonly transcripts = new Map<string, Transcript>();

  /** `files`: how the files are reached (the server decides when the client says what it offers).
   *  `maxSize`: `stenogram.analysis.maxSize` as it is now (a file above it is not indexed; it is
   *  still analysed up to the limit when opened). `traditionOf(uri)`: the `stenogram.tradition`
   *  setting a file is read with (`auto` by default). */
  constructor(
    private readonly files: () => WorkspaceFiles,
    private readonly maxSize: () => number = () => 20,
    private readonly traditionOf: (uri: string) => TraditionSetting | Promise<TraditionSetting> = () => 'auto',
  ) {}

  get size(): number {
    return this.transcripts.size;
  }

  entries(): { uri: string; transcript: Transcript }[] {
    return [...this.transcripts].map(([uri, transcript]) => ({ uri, transcript }));
  }

  delete(uri: string): void {
    this.transcripts.delete(normaliseUri(uri));
  }

  /** Read (or re-read) one file; a file that cannot be read drops out of the index, and one that is
   *  not a regular file, not UTF-8, or too large, is reported. */
  async update(rawUri: string, report: (message: string) => void = () => {}, locale: Locale = 'en'): Promise<void> {
    const uri = normaliseUri(rawUri);
    const files = this.files();
    if (files.unreachable(uri) !== undefined || !isTranscriptName(uri)) return;
    const maxSize = this.maxSize();
    try {
      let text = await files.read(uri, maxBytesFor(maxSize));
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const tooLarge = tooLargeMessage(locale, text.length, lineCount(text), maxSize);
      if (tooLarge) {
        this.transcripts.delete(uri);
        report(message(locale, 'workspace.skipped', uri, tooLarge));
      } else this.transcripts.set(uri, parseTranscript(text, { tradition: await this.traditionOf(uri) }));
    } catch (error) {
      this.transcripts.delete(uri);
      if (error instanceof FileRefusal && error.reason !== 'error') report(message(locale, 'workspace.skipped', uri, refusalText(locale, error, maxBytesFor(maxSize))));
    }
  }

  /** Index every transcript below the given folder URIs; a folder the reader cannot reach is
   *  reported (one line each) and skipped. */
  async scan(folderUris: readonly string[], report: (message: string) => void = () => {}, locale: Locale = 'en'): Promise<void> {
    const files = this.files();
    const found: string[] = [];
    for (const folder of folderUris) {
      const unreachable = files.unreachable(folder);
      if (unreachable !== undefined) report(unreachable);
      else found.push(...(await files.transcriptsUnder(folder)));
    }
    for (const uri of found) await this.update(uri, report, locale);
  }
}
