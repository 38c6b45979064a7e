// DocumentSymbol trees as indented lines, so an outline can be written out in a test as it reads:
// `Namespace Осмотр строящейся школы — реплик: 2 [8:0-11:31] sel [9:0-9:23]`.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { rangeText } from './view';

const KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

export function symbolLines(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    const detail = s.detail ? ` — ${s.detail}` : '';
    out.push(`${'  '.repeat(depth)}${KIND_NAMES.get(s.kind) ?? s.kind} ${s.name}${detail} [${rangeText(s.range)}] sel [${rangeText(s.selectionRange)}]`);
    if (s.children) out.push(...symbolLines(s.children, depth + 1));
  }
  return out;
}
