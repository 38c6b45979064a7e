// What every export format writes, read once from the model: the header, the lead, the sections and
// their turns, each paragraph cut into text and editorial marks, and the people who speak with who
// they are (register, lead or labels: speakerIdentity.ts). Writers only choose markup for these
// pieces, so that every format keeps the same words and maps the same marks.
import {
  audienceSounds,
  firstFrom,
  languageOf,
  type AudienceSound,
  type Mark,
  type MarkKind,
  type Speaker,
  type TextSpan,
  type Transcript,
  type Turn,
  timeText,
} from '../../transcript';
import { identifySpeaker, type RegisterEntry } from '../speakerIdentity';

/** A piece of a paragraph: its own text, or an editorial mark (`(Смех.)`, `[космодрому]`, `&lt;…&gt;`). */
export type Inline =
  | { kind: 'text'; text: string }
  | {
      kind: 'mark';
      mark: MarkKind;
      /** The mark as written, brackets included. */
      text: string;
      /** For a remark: the audience's sounds it reports (`(Laughter and applause.)`), empty for any other. */
      sounds: AudienceSound[];
    };

export type Paragraph = Inline[];

export interface ExportPerson {
  /** Unique in the document and an XML name (NCName): `В.Путин`, `MS._PSAKI`, `p-1`. */
  id: string;
  /** How the file most often labels them: `В.Путин`. */
  label: string;
  /** Who they are, where the register, the lead or the labels say. */
  name?: string;
  role?: string;
  /** Role and name as one phrase (the hover's words). */
  who?: string;
  /** A role label (`Вопрос`, `Question`, `Q`), not a person. */
  isRole: boolean;
  turns: number;
  words: number;
}

export interface ExportTurn {
  /** 0-based, in document order. */
  index: number;
  /** A fragment identifier for links: `turn-12` (1-based). */
  anchor: string;
  speaker: ExportPerson;
  /** The label as written, without its terminator: `Э.Макрон (как переведено)`. */
  label: string;
  /** `(как переведено)`, `(retranslated)`: said between the name and the colon. */
  note?: string;
  /** When the turn starts in the recording. */
  time?: { text: string; seconds: number };
  /** The text after the label, then each continuation paragraph. */
  paragraphs: Paragraph[];
  /** Line of the label, 0-based (for a preview to reveal it). */
  line: number;
}

export interface ExportSection {
  /** A fragment identifier: `section-1` (1-based). */
  anchor: string;
  heading?: string;
  /** Narration before the section's first turn. */
  narration: Paragraph[];
  turns: ExportTurn[];
  /** Line of the separator (or of the first line of an implicit section), 0-based. */
  line: number;
}

export interface ExportDocument {
  title?: string;
  /** As written (`2024-02-29 14:00`), and as ISO 8601 when it is a real date (`2024-02-29`,
   *  `2024-02-29T14:00:00`). */
  date?: { text: string; iso?: string };
  place?: string;
  source?: string;
  /** What the source URL says: its host (`kremlin.ru`) and the document's number there (`56509`). */
  sourceHost?: string;
  sourceNumber?: string;
  lead: Paragraph[];
  sections: ExportSection[];
  /** Everyone who speaks, in order of first turn. */
  people: ExportPerson[];
  /** The language most of the text is in: `ru` when most letters are Cyrillic. */
  language: 'ru' | 'en';
  turns: number;
  words: number;
}

export interface ExportOptions {
  /** `stenogram.speakers.json` entries by speaker key, for who people are. */
  register?: ReadonlyMap<string, RegisterEntry>;
}

export function exportDocument(transcript: Transcript, options: ExportOptions = {}): ExportDocument {
  const people = peopleOf(transcript, options.register);
  const paragraph = (span: TextSpan) => inlinesOf(transcript, span);
  const { title, date, place } = transcript.header;
  const out: ExportDocument = {
    lead: transcript.lead.map(paragraph),
    sections: transcript.sections.map((section, i) => ({
      anchor: `section-${i + 1}`,
      heading: section.heading?.text,
      narration: section.paragraphs.map(paragraph),
      turns: section.turns.map((turn) => exportTurn(transcript, turn, people.get(turn.label.key)!)),
      line: section.range.start.line,
    })),
    people: [...people.values()],
    language: languageOf(transcript),
    turns: transcript.turns.length,
    words: transcript.words,
  };
  if (title) out.title = title.text;
  if (date) out.date = date.value ? { text: date.text, iso: isoDate(date.value, date.hour !== undefined) } : { text: date.text };
  if (place) out.place = place.text;
  if (transcript.source) out.source = transcript.source.url;
  if (transcript.source?.host) out.sourceHost = transcript.source.host;
  if (transcript.source?.documentId) out.sourceNumber = transcript.source.documentId;
  return out;
}

function exportTurn(transcript: Transcript, turn: Turn, speaker: ExportPerson): ExportTurn {
  const label = turn.label;
  const out: ExportTurn = {
    index: turn.index,
    anchor: `turn-${turn.index + 1}`,
    speaker,
    label: label.text,
    paragraphs: [...(turn.text.text.length > 0 ? [turn.text] : []), ...turn.paragraphs].map((span) => inlinesOf(transcript, span)),
    line: turn.startLine,
  };
  if (label.note) out.note = label.note.text;
  if (label.time) out.time = { text: timeText(label.time), seconds: label.time.seconds };
  return out;
}

/** The people of the file by speaker key, in order of first turn, with unique XML ids. */
function peopleOf(transcript: Transcript, register?: ReadonlyMap<string, RegisterEntry>): Map<string, ExportPerson> {
  const speakers = [...transcript.speakers.values()].sort((a, b) => a.turns[0] - b.turns[0]);
  const taken = new Set<string>();
  const out = new Map<string, ExportPerson>();
  for (const speaker of speakers) {
    const person: ExportPerson = { id: uniqueId(speaker, taken), label: speaker.displayName, isRole: speaker.isRole, turns: speaker.turns.length, words: speaker.words };
    const identity = identifySpeaker(transcript, speaker, register);
    if (identity?.name) person.name = identity.name;
    if (identity?.role) person.role = identity.role;
    if (identity) person.who = identity.who;
    out.set(speaker.key, person);
  }
  return out;
}

/** An XML name from the label: letters, digits, `.`, `-` and `_` kept, anything else `_`; one that
 *  would not start with a letter or `_` gets `p-`; a second `MS._HALL` becomes `MS._HALL-2`. */
function uniqueId(speaker: Speaker, taken: Set<string>): string {
  let base = speaker.displayName.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '');
  if (!/^[\p{L}_]/u.test(base)) base = `p-${base}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A paragraph cut at its marks. Marks are found per line (parse.ts), so those of the span's line
 *  inside the span are the span's. */
function inlinesOf(transcript: Transcript, span: TextSpan): Paragraph {
  const line = span.range.start.line;
  const from = span.range.start.character;
  const to = span.range.end.character;
  const marks: Mark[] = [];
  for (let i = firstFrom(transcript.marks, line, (m) => m.range.start.line); i < transcript.marks.length; i++) {
    const mark = transcript.marks[i];
    if (mark.range.start.line !== line) break;
    if (mark.range.start.character >= from && mark.range.end.character <= to) marks.push(mark);
  }
  marks.sort((a, b) => a.range.start.character - b.range.start.character);
  const out: Paragraph = [];
  let at = from;
  for (const mark of marks) {
    // A mark inside another (`(Смех. [пауза])`) is part of the outer one's text.
    if (mark.range.start.character < at) continue;
    if (mark.range.start.character > at) out.push({ kind: 'text', text: span.text.slice(at - from, mark.range.start.character - from) });
    out.push({ kind: 'mark', mark: mark.kind, text: mark.text, sounds: mark.kind === 'remark' ? audienceSounds(mark.text) : [] });
    at = mark.range.end.character;
  }
  if (at < to) out.push({ kind: 'text', text: span.text.slice(at - from) });
  return out;
}

/** `2024-02-29`, or with the time `2024-02-29T14:00:00` (seconds always: an xs:dateTime has them). */
function isoDate(value: Date, hasTime: boolean): string {
  return value.toISOString().slice(0, hasTime ? 19 : 10);
}
