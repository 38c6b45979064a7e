// The command line's files: which paths name transcripts, reading them (regular files only, within
// the size limit, UTF-8) and rewriting them safely (files.ts), with what went wrong said on stderr.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { showControls } from '../features';
import { FileRefusal, readRegularFileSync, refusalText, replaceFile, type FileSnapshot } from '../files';
import type { Locale } from '../l10n';
import { analysisLimit, lineCount, maxBytesFor, millions } from '../sizeLimit';
import { cliMessage, type CliMessageId } from './messages';
import type { Options } from './options';

const EXTENSIONS = ['.transcript', '.stenogram'];

/** Prints what went wrong with one path on stderr (escaped), for the command to go on with the others. */
export type Report = (id: CliMessageId, ...args: (string | number)[]) => void;

/** The line a report is on stderr. */
export function reportLine(locale: Locale, id: CliMessageId, ...args: (string | number)[]): string {
  return `stenogram: ${showControls(cliMessage(locale, id, ...args))}\n`;
}

export function reporter(locale: Locale): Report {
  return (id, ...args) => process.stderr.write(reportLine(locale, id, ...args));
}

const isTranscriptName = (name: string) => EXTENSIONS.some((e) => name.endsWith(e));

/** Files named on the command line, and transcripts found below named folders, in a stable order.
 *  Links inside a folder are not followed into folders (no loop can be walked); a link, FIFO or
 *  device with a transcript's name is listed, for the reader to refuse. A path that does not exist,
 *  a folder that cannot be read or that holds no transcript is reported; false when any was. */
export function collectFiles(paths: string[], locale: Locale, report: Report = () => {}): { files: string[]; ok: boolean } {
  const out: string[] = [];
  let ok = true;
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      report('cli.folder-unreadable', dir, (error as NodeJS.ErrnoException).code ?? String(error));
      ok = false;
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isTranscriptName(entry.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code === 'ENOENT') report('cli.no-such-path', p);
      else report('cli.skipped', p, refusalText(locale, new FileRefusal('error', code), 0));
      ok = false;
      continue;
    }
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const before = out.length;
    walk(p);
    if (out.length === before) {
      report('cli.no-transcripts', p);
      ok = false;
    }
  }
  return { files: out, ok };
}

export interface Source {
  /** The text without a BOM, as VS Code shows it, so that columns agree with the editor. */
  text: string;
  hasBom: boolean;
  /** What was read, for a rewrite to check that the file is still the same. */
  snapshot: FileSnapshot;
}

// ignoreBOM keeps a BOM in the decoded text, so that --fix can write it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A transcript read as UTF-8, or undefined when it cannot be (said on stderr): not a regular file,
 *  above the size limit (characters or lines), or not UTF-8. */
export function readSource(file: string, options: Options, report: Report): Source | undefined {
  const maxBytes = maxBytesFor(options.maxSize);
  let snapshot: FileSnapshot;
  try {
    snapshot = readRegularFileSync(file, maxBytes);
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    report('cli.skipped', file, refusalText(options.locale, error, maxBytes));
    return undefined;
  }
  let text: string;
  try {
    text = UTF8.decode(snapshot.bytes);
  } catch {
    report('cli.not-utf8', file);
    return undefined;
  }
  const limit = analysisLimit(options.maxSize);
  const lines = lineCount(text);
  if (text.length > limit.characters || lines > limit.lines) {
    const linesText = (n: number) => cliMessage(options.locale, 'cli.lines', n);
    report('cli.too-large', file, millions(options.locale, text.length / 1_000_000), linesText(lines), options.maxSize, millions(options.locale, options.maxSize), linesText(limit.lines));
    return undefined;
  }
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return { text: hasBom ? text.slice(1) : text, hasBom, snapshot };
}

/** Rewrite `file` with `text` (its BOM put back) as files.ts `replaceFile` does; false, with the
 *  reason on stderr, when the file is left as it was. */
export function rewrite(file: string, source: Source, text: string, options: Options, report: Report): boolean {
  const backup = options.backup ? `${file}.bak` : undefined;
  try {
    replaceFile(file, source.snapshot, Buffer.from((source.hasBom ? '\uFEFF' : '') + text, 'utf8'), { backup, force: options.force });
    return true;
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    if (error.reason === 'read-only') report('cli.read-only', file);
    else if (error.reason === 'changed') report('cli.changed', file);
    else if (error.reason === 'backup-exists') report('cli.backup-exists', file, backup ?? '');
    else report('cli.cannot-write', file, error.reason === 'error' ? error.detail : refusalText(options.locale, error, 0));
    return false;
  }
}

/** Who `file` is on disk (device and inode: a link, another name or path of one file are one), or its
 *  absolute path when it cannot be looked at: two files with one key are never rewritten at once. */
export function identityKey(file: string): string {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return resolve(file);
  }
}
