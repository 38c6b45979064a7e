// `stenogram export --to FORMAT FILE|DIR… [-o OUT]`: each transcript written in another format by the
// same writers the editor's Export command uses. One FILE without -o goes to standard output (a
// binary format needs -o); with -o, to that file, or into that folder as NAME.EXT. Files are created,
// never overwritten unless --force. Who people are comes from the nearest stenogram.speakers.json.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { exportFormat, exportTranscript, showControls, type ExportFormat } from '../features';
import { FileRefusal, refusalText, writeNewFile } from '../files';
import { parseTranscript } from '../transcript';
import type { FileCommand } from './fileCommand';
import { UsageError, type Options } from './options';
import { readSource } from './read';
import { registerLookup, type RegisterLookup } from './register';

interface ExportState {
  format: ExportFormat;
  /** -o names a folder. */
  folder: boolean;
  registerOf: RegisterLookup;
}

function formatOf(options: Options): ExportFormat {
  const format = exportFormat(options.to ?? '');
  if (!format) throw new UsageError(`export needs --to`);
  return format;
}

/** Where `file` is exported with -o. */
function targetOf(file: string, output: string, state: ExportState): string {
  return state.folder ? join(output, `${basename(file, extname(file))}.${state.format.extension}`) : output;
}

/** The counts: `unreadable`, `failed` (not exported, or not written). */
export const exportFiles: FileCommand<ExportState> = {
  check(files, options) {
    formatOf(options);
    if (files.length > 1 && !isFolder(options.output)) throw new UsageError('several files are exported into a folder: -o DIR');
  },
  state: (options) => ({ format: formatOf(options), folder: isFolder(options.output), registerOf: registerLookup(options.locale) }),
  // Two transcripts of one name in different folders are written to one NAME.EXT: the first creates
  // it and the second is refused (or, with --force, replaces it), as when one thread does both.
  writes: (file, options, state) => (options.output === undefined ? [] : [resolve(targetOf(file, options.output, state))]),
  file(file, options, state, out) {
    const source = readSource(file, options, out.report);
    if (!source) return out.count('unreadable');
    // A register's problems are said once, with the first file that reads it.
    const register = state.registerOf(file, (id, ...args) => out.reportOnce(String(args[0]))(id, ...args));
    const result = exportTranscript(parseTranscript(source.text, options.parse), state.format, { locale: options.locale, register });
    if (!result.ok) {
      out.report('cli.export-failed', file, result.message);
      return out.count('failed');
    }
    const content = result.content;
    if (options.output === undefined) {
      if (content.kind === 'binary') {
        out.report('cli.export-needs-output', state.format.name);
        out.count('failed');
      } else out.line(content.text.replace(/\n$/, ''));
      return;
    }
    const target = targetOf(file, options.output, state);
    const bytes = content.kind === 'text' ? Buffer.from(content.text, 'utf8') : Buffer.from(content.bytes);
    try {
      writeNewFile(target, bytes, { force: options.force });
      out.line(`${showControls(file)} → ${showControls(target)}`);
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error;
      if (error.reason === 'exists') out.report('cli.exists', target);
      else out.report('cli.cannot-write', target, error.reason === 'error' ? error.detail : refusalText(options.locale, error, 0));
      out.count('failed');
    }
  },
  finish: (counts) => ((counts.unreadable ?? 0) + (counts.failed ?? 0) > 0 ? 2 : 0),
};

function isFolder(path: string | undefined): boolean {
  return path !== undefined && existsSync(path) && statSync(path).isDirectory();
}
