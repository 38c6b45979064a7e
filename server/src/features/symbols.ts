// Document symbols: the Outline, breadcrumbs and Go to Symbol. Header, lead, sections, and one symbol
// per turn (name = label, detail = the turn's first words, after its time in the recording if it has one).
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Range, Section, Timestamp, Transcript, Turn } from '../transcript';
import { message, type Locale } from '../l10n';

const DETAIL_LENGTH = 60;

export function turnDetail(turn: Turn): string {
  const source = turn.text.text || turn.paragraphs[0]?.text || '';
  const flat = source.replace(/[\s\u00A0]+/g, ' ').trim();
  if (flat.length <= DETAIL_LENGTH) return flat;
  const cut = flat.slice(0, DETAIL_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > DETAIL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A timestamp without the brackets it is written in: `[00:01:23]`, `(00:01:23)` → `00:01:23`. */
export function timeText(time: Timestamp): string {
  return time.text.replace(/^[[(]\s*|\s*[\])]$/g, '');
}

function turnSymbol(turn: Turn): DocumentSymbol {
  const words = turnDetail(turn);
  const detail = turn.time ? [timeText(turn.time), words].filter(Boolean).join(' · ') : words;
  return DocumentSymbol.create(turn.label.text, detail, SymbolKind.Event, turn.range, turn.label.range);
}

function span(start: Range, end: Range): Range {
  return { start: start.start, end: end.end };
}

function sectionSymbol(section: Section, locale: Locale): DocumentSymbol | undefined {
  const selection = section.heading?.range ?? section.separator;
  if (!selection) return undefined;
  const name = section.heading?.text ?? `* * * (${message(locale, 'outline.section')})`;
  return DocumentSymbol.create(
    name,
    message(locale, 'outline.turns', section.turns.length),
    SymbolKind.Namespace,
    section.range,
    selection,
    section.turns.map(turnSymbol),
  );
}

export function documentSymbols(transcript: Transcript, locale: Locale = 'en'): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const { title, date, place } = transcript.header;
  const headerParts = [title, date, place].filter((p) => p !== undefined);
  if (headerParts.length > 0) {
    const first = headerParts[0]!;
    const last = headerParts[headerParts.length - 1]!;
    const detail = [date?.text, place?.text].filter(Boolean).join(' · ');
    out.push(
      DocumentSymbol.create(
        title?.text || message(locale, 'outline.header'),
        title ? detail : '',
        SymbolKind.File,
        span(first.range, last.range),
        first.range,
      ),
    );
  }
  if (transcript.lead.length > 0) {
    const first = transcript.lead[0];
    const last = transcript.lead[transcript.lead.length - 1];
    const flat = first.text.replace(/[\s\u00A0]+/g, ' ');
    out.push(
      DocumentSymbol.create(
        message(locale, 'outline.lead'),
        flat.length > DETAIL_LENGTH ? `${flat.slice(0, DETAIL_LENGTH).trimEnd()}…` : flat,
        SymbolKind.String,
        span(first.range, last.range),
        first.range,
      ),
    );
  }
  for (const section of transcript.sections) {
    const symbol = sectionSymbol(section, locale);
    if (symbol) out.push(symbol);
    else out.push(...section.turns.map(turnSymbol)); // turns before any `* * *` stand at the top level
  }
  return out;
}
