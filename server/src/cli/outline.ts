// `stenogram outline`: the outline of each file, as the editor's Outline view shows it.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols, showControls, terminalSafeJson } from '../features';
import { parseTranscript } from '../transcript';
import type { Options } from './options';
import { readAll, type Report } from './read';

function printSymbols(symbols: DocumentSymbol[], depth: number, write: (s: string) => void): void {
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    write(`${line}  ${'  '.repeat(depth)}${showControls(s.name)}${s.detail ? `  — ${showControls(s.detail)}` : ''}`);
    if (s.children) printSymbols(s.children, depth + 1, write);
  }
}

export function outline(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const { results, failed } = readAll(files, options, report, (text) => ({ symbols: documentSymbols(parseTranscript(text, options.parse), options.locale, options.format !== 'json') }));
  if (options.format === 'json') write(terminalSafeJson(results));
  else
    for (const { file, symbols } of results) {
      write(showControls(file));
      printSymbols(symbols, 0, write);
    }
  return failed ? 2 : 0;
}
