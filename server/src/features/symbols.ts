// Document symbols: the Outline, breadcrumbs and Go to Symbol. Header, lead, sections, and one symbol
// per turn: name = the label and the turn's first words (`В.Путин: Добрый день, уважаемые…`), detail =
// its time in the recording if it has one. The words are in the name because VS Code's outline
// tooltip is the name and the kind alone (`В.Путин (event)`): there they show how the turn starts,
// and the outline's filter finds a turn by its words as well as by its speaker.
// The names that stand for parts of the transcript ("Lead", "Header", "Section") are in the
// transcript's language, beside its own headings; the details ("4 turns") in the UI's.
// Bidirectional formatting characters in the transcript's text (U+202E turns `В.Путин` around on screen)
// are shown as escapes (`\u202e`).
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { firstFrom, languageOf, moveRange, timeText, type Range, type Section, type Splice, type Transcript, type Turn } from '../transcript';
import { message, type Locale } from '../l10n';
import { showBidiControls } from './invisibles';

const DETAIL_LENGTH = 60;

export function turnDetail(turn: Turn): string {
  const source = turn.text.text || turn.paragraphs[0]?.text || '';
  const flat = source.replace(/[\s\u00A0]+/g, ' ').trim();
  if (flat.length <= DETAIL_LENGTH) return flat;
  const cut = flat.slice(0, DETAIL_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > DETAIL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** `В.Путин: Добрый день, уважаемые…`, or the label alone for a turn with no text yet: a turn as
 *  the outline and workspace symbols name it. */
export function turnName(turn: Turn): string {
  const words = turnDetail(turn);
  return words ? `${turn.label.text}: ${words}` : turn.label.text;
}

/** The text as the outline shows it: with bidirectional controls escaped, or exactly (`stenogram outline --json`). */
type Shown = (text: string) => string;

function turnSymbol(turn: Turn, shown: Shown): DocumentSymbol {
  const time = turn.label.time;
  return DocumentSymbol.create(shown(turnName(turn)), time ? shown(timeText(time)) : '', SymbolKind.Event, turn.range, turn.label.range);
}

function span(start: Range, end: Range): Range {
  return { start: start.start, end: end.end };
}

/** `children`: the symbols of the section's turns. */
function sectionSymbol(section: Section, locale: Locale, language: Locale, shown: Shown, children: () => DocumentSymbol[]): DocumentSymbol | undefined {
  const selection = section.heading?.range ?? section.separator;
  if (!selection) return undefined;
  const name = section.heading ? shown(section.heading.text) : `* * * (${message(language, 'outline.section')})`;
  return DocumentSymbol.create(
    name,
    message(locale, 'outline.turns', section.turns.length),
    SymbolKind.Namespace,
    section.range,
    selection,
    children(),
  );
}

export function documentSymbols(transcript: Transcript, locale: Locale = 'en', escapeBidi = true): DocumentSymbol[] {
  const shown: Shown = escapeBidi ? showBidiControls : (text) => text;
  return assembled(transcript, locale, shown, transcript.turns.map((t) => turnSymbol(t, shown))).symbols;
}

/** The outline of one version, with what the next version's outline is updated from
 *  (`updateOutline`): each turn's symbol by turn index, each section's by section index. */
export interface Outline {
  symbols: DocumentSymbol[];
  turns: DocumentSymbol[];
  /** Undefined for the turns before any `* * *`, which stand at the top level. */
  sections: (DocumentSymbol | undefined)[];
  /** The transcript's language, which names the header, the lead and headless sections. */
  language: Locale;
}

/** `documentSymbols` as the server answers it (bidirectional controls escaped), kept for `updateOutline`. */
export function outlineOf(transcript: Transcript, locale: Locale = 'en'): Outline {
  return assembled(transcript, locale, showBidiControls, transcript.turns.map((t) => turnSymbol(t, showBidiControls)));
}

/** The outline of a version spliced from the one `previous` is of: the symbols of the turns the
 *  splice re-read are made again, those after them moved by its line delta (their names are the same:
 *  a splice keeps every label and the text of every turn it did not re-read), the others kept. The
 *  header, lead and sections, a few symbols, are made again. Undefined when the turns are not the same
 *  in number (then the caller makes the outline afresh). */
export function updateOutline(previous: Outline, transcript: Transcript, splice: Splice, locale: Locale = 'en'): Outline | undefined {
  const all = transcript.turns;
  if (previous.turns.length !== all.length) return undefined;
  const { from, newTo, lineDelta } = splice;
  const first = firstFrom(all, from, (t) => t.startLine);
  const end = firstFrom(all, newTo, (t) => t.startLine);
  let turns: DocumentSymbol[];
  if (lineDelta === 0) {
    turns = previous.turns.slice();
    for (let i = first; i < end; i++) turns[i] = turnSymbol(all[i], showBidiControls);
  } else {
    turns = previous.turns.slice(0, first);
    for (let i = first; i < end; i++) turns.push(turnSymbol(all[i], showBidiControls));
    // Moved here, not read from the model: a spliced model moves a turn only when something reads it.
    for (let i = end; i < all.length; i++) {
      const kept = previous.turns[i];
      turns.push({ name: kept.name, detail: kept.detail, kind: kept.kind, range: moveRange(kept.range, lineDelta), selectionRange: moveRange(kept.selectionRange, lineDelta) });
    }
  }
  // A section wholly before the re-read lines is as it was; so is one after them, if no line moved.
  const language = languageOf(transcript);
  const kept = (index: number): DocumentSymbol | undefined => {
    if (language !== previous.language) return undefined;
    const { start, end } = transcript.sections[index].range;
    return end.line < from || (lineDelta === 0 && start.line >= newTo) ? previous.sections[index] : undefined;
  };
  return assembled(transcript, locale, showBidiControls, turns, kept);
}

/** The header, the lead, and the sections with the turns' symbols (`turnSymbols`, by turn index);
 *  a section's symbol is `kept(index)` where that is one. */
function assembled(
  transcript: Transcript,
  locale: Locale,
  shown: Shown,
  turnSymbols: DocumentSymbol[],
  kept: (index: number) => DocumentSymbol | undefined = () => undefined,
): Outline {
  const language = languageOf(transcript);
  const out: DocumentSymbol[] = [];
  const { title, date, place } = transcript.header;
  const headerParts = [title, date, place].filter((p) => p !== undefined);
  if (headerParts.length > 0) {
    const first = headerParts[0]!;
    const last = headerParts[headerParts.length - 1]!;
    const detail = shown([date?.text, place?.text].filter(Boolean).join(' · '));
    out.push(
      DocumentSymbol.create(
        title?.text ? shown(title.text) : message(language, 'outline.header'),
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
        message(language, 'outline.lead'),
        shown(flat.length > DETAIL_LENGTH ? `${flat.slice(0, DETAIL_LENGTH).trimEnd()}…` : flat),
        SymbolKind.String,
        span(first.range, last.range),
        first.range,
      ),
    );
  }
  // A section holds consecutive turns: their symbols are found by counting, not by reading the turns.
  let first = 0;
  const sections = transcript.sections.map((section, index) => {
    const from = first;
    const to = (first += section.turns.length);
    const symbol = kept(index) ?? sectionSymbol(section, locale, language, shown, () => turnSymbols.slice(from, to));
    if (symbol) out.push(symbol);
    else for (let i = from; i < to; i++) out.push(turnSymbols[i]); // turns before any `* * *` stand at the top level
    return symbol;
  });
  return { symbols: out, turns: turnSymbols, sections, language };
}
