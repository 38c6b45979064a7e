// Plain, readable views of the model, so that a test can write its expected result out in full:
// a range is `line:col-line:col` (zero-based, UTF-16 columns), a span is `line:col-line:col text`.
import type { LabelForm, Range, TextSpan, Transcript, Turn } from '../../server/src/transcript';

export function rangeText(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function spanText(span: TextSpan): string {
  return `${rangeText(span.range)} ${span.text}`;
}

export interface HeaderView {
  title?: string;
  date?: { span: string; value?: string; invalidReason?: string };
  place?: string;
}

export function headerView(t: Transcript): HeaderView {
  const out: HeaderView = {};
  const { title, date, place } = t.header;
  if (title) out.title = spanText(title);
  if (date) {
    out.date = { span: spanText(date) };
    if (date.value) out.date.value = date.value.toISOString();
    if (date.invalidReason !== undefined) out.date.invalidReason = date.invalidReason;
  }
  if (place) out.place = spanText(place);
  return out;
}

export interface SectionView {
  separator?: string;
  heading?: string;
  paragraphs: string[];
  turns: number[];
  range: string;
}

export function sectionsView(t: Transcript): SectionView[] {
  return t.sections.map((s) => {
    const out: SectionView = { paragraphs: s.paragraphs.map(spanText), turns: s.turns.map((x) => x.index), range: rangeText(s.range) };
    if (s.separator) out.separator = rangeText(s.separator);
    if (s.heading) out.heading = spanText(s.heading);
    return out;
  });
}

export interface TurnView {
  line: number;
  label: string;
  name: string;
  key: string;
  form: LabelForm;
  note?: string;
  text: string;
  paragraphs: string[];
  endLine: number;
  section: number;
  words: number;
}

export function turnView(turn: Turn): TurnView {
  const out: TurnView = {
    line: turn.startLine,
    label: turn.label.text,
    name: turn.label.name,
    key: turn.label.key,
    form: turn.label.form,
    text: spanText(turn.text),
    paragraphs: turn.paragraphs.map(spanText),
    endLine: turn.endLine,
    section: turn.section,
    words: turn.words,
  };
  if (turn.label.note) out.note = turn.label.note.text;
  return out;
}

/** Where a label's parts stand on its line. */
export interface LabelRangesView {
  label: string;
  name: string;
  colon: string;
  spaceBeforeColon?: string;
  extraColons?: string;
  missingSpaceAfterColon: boolean;
  turn: string;
}

export function labelRangesView(turn: Turn): LabelRangesView {
  const l = turn.label;
  const out: LabelRangesView = {
    label: rangeText(l.range),
    name: rangeText(l.nameRange),
    colon: rangeText(l.colon),
    missingSpaceAfterColon: l.missingSpaceAfterColon,
    turn: rangeText(turn.range),
  };
  if (l.spaceBeforeColon) out.spaceBeforeColon = rangeText(l.spaceBeforeColon);
  if (l.extraColons) out.extraColons = rangeText(l.extraColons);
  return out;
}

export interface SpeakerView {
  displayName: string;
  forms: string[];
  isRole: boolean;
  turns: number[];
  words: number;
}

/** The register in its own order, key → speaker; forms as `label ×count`. */
export function speakersView(t: Transcript): Record<string, SpeakerView> {
  const out: Record<string, SpeakerView> = {};
  for (const [key, s] of t.speakers) {
    out[key] = { displayName: s.displayName, forms: s.forms.map((f) => `${f.label} ×${f.count}`), isRole: s.isRole, turns: s.turns, words: s.words };
  }
  return out;
}

export function marksView(t: Transcript): string[] {
  return t.marks.map((m) => `${m.kind} ${rangeText(m.range)} ${m.text}`);
}

export function unclosedView(t: Transcript): string[] {
  return t.unclosedMarks.map((m) => `${rangeText(m.range)} ${m.opener}`);
}

export interface SourceView {
  url: string;
  range: string;
  documentId?: string;
  host: string;
}

export function sourceView(t: Transcript): SourceView | undefined {
  if (!t.source) return undefined;
  const out: SourceView = { url: t.source.url, range: rangeText(t.source.range), host: t.source.host };
  if (t.source.documentId !== undefined) out.documentId = t.source.documentId;
  return out;
}

/** Everything a parse produced, as plain data. */
export function transcriptView(t: Transcript) {
  return {
    eol: t.eol,
    hasBom: t.hasBom,
    lines: t.lines.length,
    header: headerView(t),
    lead: t.lead.map(spanText),
    sections: sectionsView(t),
    turns: t.turns.map(turnView),
    marks: marksView(t),
    unclosedMarks: unclosedView(t),
    source: sourceView(t),
    speakers: speakersView(t),
    words: t.words,
  };
}

export type TranscriptView = ReturnType<typeof transcriptView>;
