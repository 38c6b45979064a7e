// `stenogram export --to FORMAT FILE|DIR… [-o OUT]`: each transcript written in another format by the
// same writers the editor's Export command uses. One FILE without -o goes to standard output (a
// binary format needs -o); with -o, to that file, or into that folder as NAME.EXT. Files are created,
// never overwritten unless --force. Who people are comes from the nearest stenogram.speakers.json.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { exportFormat, exportTranscript, showControls } from '../features';
import { FileRefusal, refusalText, writeNewFile } from '../files';
import { parseTranscript } from '../transcript';
import { UsageError, type Options } from './options';
import { forEachReadable, type Report } from './read';
import { registerLookup } from './register';

export function exportFiles(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const format = exportFormat(options.to ?? '');
  if (!format) throw new UsageError(`export needs --to`);
  const folder = options.output !== undefined && isFolder(options.output);
  if (files.length > 1 && !folder) throw new UsageError('several files are exported into a folder: -o DIR');
  let failed = 0;
  const registerOf = registerLookup(options.locale, report);
  const unreadable = forEachReadable(files, options, report, (file, source) => {
    const result = exportTranscript(parseTranscript(source.text, options.parse), format, { locale: options.locale, register: registerOf(file) });
    if (!result.ok) {
      report('cli.export-failed', file, result.message);
      failed++;
      return;
    }
    const content = result.content;
    if (options.output === undefined) {
      if (content.kind === 'binary') {
        report('cli.export-needs-output', format.name);
        failed++;
      } else write(content.text.replace(/\n$/, ''));
      return;
    }
    const target = folder ? join(options.output, `${basename(file, extname(file))}.${format.extension}`) : options.output;
    const bytes = content.kind === 'text' ? Buffer.from(content.text, 'utf8') : Buffer.from(content.bytes);
    try {
      writeNewFile(target, bytes, { force: options.force });
      write(`${showControls(file)} → ${showControls(target)}`);
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error;
      if (error.reason === 'exists') report('cli.exists', target);
      else report('cli.cannot-write', target, error.reason === 'error' ? error.detail : refusalText(options.locale, error, 0));
      failed++;
    }
  });
  return unreadable + failed > 0 ? 2 : 0;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
