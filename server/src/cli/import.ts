// `stenogram import FILE [-o OUT] [--force]`: a caption or speech-to-text file (WebVTT, SRT, Whisper or
// AssemblyAI JSON) as a transcript, by the same converter the editor's Import command asks the server
// for. Without -o the transcript goes to standard output; with -o it is written to a new file, never
// over an existing one unless --force. A file that cannot be imported is said as FILE:LINE: why, and
// nothing is written.
import { decodeImportBytes, importTranscript, showControls } from '../features';
import { FileRefusal, readRegularFileSync, refusalText, writeNewFile } from '../files';
import { maxBytesFor } from '../sizeLimit';
import { UsageError, type Options } from './options';
import type { Report } from './read';

export function importFile(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  if (files.length !== 1 || options.paths.length !== 1) throw new UsageError('import takes one FILE');
  const file = files[0];
  const text = importedText(file, options, report);
  if (text === undefined) return 2;
  if (options.output === undefined) {
    write(text.replace(/\n$/, ''));
    return 0;
  }
  try {
    writeNewFile(options.output, Buffer.from(text, 'utf8'), { force: options.force });
    write(`${showControls(file)} → ${showControls(options.output)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    if (error.reason === 'exists') report('cli.exists', options.output);
    else report('cli.cannot-write', options.output, error.reason === 'error' ? error.detail : refusalText(options.locale, error, 0));
    return 2;
  }
}

/** The transcript `file` becomes; undefined when it cannot be read or imported (said on stderr). */
function importedText(file: string, options: Options, report: Report): string | undefined {
  const maxBytes = maxBytesFor(options.maxSize);
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(file, maxBytes).bytes;
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    report('cli.skipped', file, refusalText(options.locale, error, maxBytes));
    return undefined;
  }
  const decoded = decodeImportBytes(bytes, options.locale);
  const result = 'text' in decoded ? importTranscript(file, decoded.text, options.locale) : decoded;
  if ('error' in result) {
    report('cli.import-failed', file, result.error.line, result.error.message);
    return undefined;
  }
  return result.text;
}
