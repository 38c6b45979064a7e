// `stenogram outline`: the outline of each file, as the editor's Outline view shows it.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols, showControls } from '../features';
import { parseTranscript } from '../transcript';
import { ITEMS, type FileCommand } from './fileCommand';
import { readSource } from './read';

function printSymbols(symbols: DocumentSymbol[], depth: number, write: (s: string) => void): void {
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    write(`${line}  ${'  '.repeat(depth)}${showControls(s.name)}${s.detail ? `  — ${showControls(s.detail)}` : ''}`);
    if (s.children) printSymbols(s.children, depth + 1, write);
  }
}

/** `outline`: each file's outline, as text or as the items of a JSON array. The count: `unreadable`. */
export const outline: FileCommand<undefined> = {
  document: (options) => (options.format === 'json' ? [ITEMS] : undefined),
  state: () => undefined,
  file(file, options, _state, out) {
    const source = readSource(file, options, out.report);
    if (!source) return out.count('unreadable');
    const symbols = documentSymbols(parseTranscript(source.text, options.parse), options.locale, options.format !== 'json');
    if (options.format === 'json') return out.item({ file, symbols });
    out.line(showControls(file));
    printSymbols(symbols, 0, out.line);
  },
  finish: (counts) => (counts.unreadable ? 2 : 0),
};
