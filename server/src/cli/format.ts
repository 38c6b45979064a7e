// `stenogram format`: each file formatted as Format Document formats it in the editor.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatTranscript, showControls, type FormatOptions } from '../features';
import { parseTranscript, type ParseOptions } from '../transcript';
import type { Options } from './options';
import { forEachReadable, rewrite, type Report } from './read';

/** `text` formatted as Format Document formats it with `options` (one pass: formatting is idempotent). */
export function formatText(text: string, options: FormatOptions, parse: ParseOptions = {}): string {
  const edits = formatTranscript(parseTranscript(text, parse), options);
  if (edits.length === 0) return text;
  return TextDocument.applyEdits(TextDocument.create('file:///format', 'transcript', 0, text), edits);
}

/** `format`: rewrite each file that formatting changes (BOM and line endings kept, as the edits never
 *  touch them); with `--check`, change nothing and list those files instead. A file that cannot be
 *  read or rewritten is reported and left untouched. */
export function format(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  let changed = 0;
  let unwritable = 0;
  const unreadable = forEachReadable(files, options, report, (file, source) => {
    const formatted = formatText(source.text, options.formatting, options.parse);
    if (formatted === source.text) return;
    changed++;
    if (options.check) write(showControls(file));
    else if (rewrite(file, source, formatted, options, report)) write(`${showControls(file)}: formatted`);
    else unwritable++;
  });
  const readable = files.length - unreadable;
  if (options.check) write(`${changed} of ${readable} file(s) would be reformatted`);
  else write(`${changed - unwritable} of ${readable} file(s) reformatted`);
  if (unreadable + unwritable > 0) return 2;
  return options.check && changed > 0 ? 1 : 0;
}
