// Plain views of what the navigation features answer, so that a test can write the expected result
// out in full: ranges as `line:col-line:col` (zero-based, UTF-16 columns), kinds by name.
import {
  DocumentHighlightKind,
  SymbolKind,
  type DocumentHighlight,
  type Location,
  type SelectionRange,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver-types';
import { rangeText } from './view';

const HIGHLIGHT_KINDS = new Map<number, string>(Object.entries(DocumentHighlightKind).map(([name, value]) => [value as number, name]));
const SYMBOL_KINDS = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

/** A selection range and its parents, innermost first: `['10:43-10:46', '10:39-10:54', …]`. */
export function selectionChain(selection: SelectionRange | undefined): string[] {
  const out: string[] = [];
  for (let s = selection; s; s = s.parent) out.push(rangeText(s.range));
  return out;
}

/** `6:19-6:35 Read`, one per highlight, in the order given. */
export function highlightLines(highlights: readonly DocumentHighlight[]): string[] {
  return highlights.map((h) => `${rangeText(h.range)} ${h.kind === undefined ? 'none' : (HIGHLIGHT_KINDS.get(h.kind) ?? h.kind)}`);
}

/** `<uri> 10:0-10:7`, one per location, in the order given; `uris` shortens known URIs to names. */
export function locationLines(locations: readonly Location[], uris: Record<string, string> = {}): string[] {
  const short = new Map(Object.entries(uris).map(([name, uri]) => [uri, name]));
  return locations.map((l) => `${short.get(l.uri) ?? l.uri} ${rangeText(l.range)}`);
}

/** `Event Н.Соколов: Хорошо. — <container> — <uri> 6:0-6:18`, one per symbol, in the order given. */
export function symbolInformationLines(symbols: readonly SymbolInformation[], uris: Record<string, string> = {}): string[] {
  const short = new Map(Object.entries(uris).map(([name, uri]) => [uri, name]));
  return symbols.map(
    (s) =>
      `${SYMBOL_KINDS.get(s.kind) ?? s.kind} ${s.name} — ${s.containerName ?? ''} — ${short.get(s.location.uri) ?? s.location.uri} ${rangeText(s.location.range)}`,
  );
}

/** `10:0-10:7 → В.Владимиров`, one per edit, in the order given. */
export function editLines(edits: readonly TextEdit[]): string[] {
  return edits.map((e) => `${rangeText(e.range)} → ${e.newText}`);
}
