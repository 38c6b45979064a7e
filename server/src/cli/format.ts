// `stenogram format`: each file formatted as Format Document formats it in the editor.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatTranscript, showControls, type FormatOptions } from '../features';
import { parseTranscript, type ParseOptions } from '../transcript';
import type { FileCommand } from './fileCommand';
import { identityKey, readSource, rewrite } from './read';

/** `text` formatted as Format Document formats it with `options` (one pass: formatting is idempotent). */
export function formatText(text: string, options: FormatOptions, parse: ParseOptions = {}): string {
  const edits = formatTranscript(parseTranscript(text, parse), options);
  if (edits.length === 0) return text;
  return TextDocument.applyEdits(TextDocument.create('file:///format', 'transcript', 0, text), edits);
}

/** `format`: rewrite each file that formatting changes (BOM and line endings kept, as the edits never
 *  touch them); with `--check`, change nothing and list those files instead. A file that cannot be
 *  read or rewritten is reported and left untouched. The counts: `read`, `changed`; `unreadable`,
 *  `unwritable`. */
export const format: FileCommand<undefined> = {
  state: () => undefined,
  writes: (file, options) => (options.check ? [] : [identityKey(file)]),
  file(file, options, _state, out) {
    const source = readSource(file, options, out.report);
    if (!source) return out.count('unreadable');
    out.count('read');
    const formatted = formatText(source.text, options.formatting, options.parse);
    if (formatted === source.text) return;
    out.count('changed');
    if (options.check) out.line(showControls(file));
    else if (rewrite(file, source, formatted, options, out.report)) out.line(`${showControls(file)}: formatted`);
    else out.count('unwritable');
  },
  finish(counts, options, write) {
    const n = (key: string) => counts[key] ?? 0;
    if (options.check) write(`${n('changed')} of ${n('read')} file(s) would be reformatted`);
    else write(`${n('changed') - n('unwritable')} of ${n('read')} file(s) reformatted`);
    if (n('unreadable') + n('unwritable') > 0) return 2;
    return options.check && n('changed') > 0 ? 1 : 0;
  },
};
