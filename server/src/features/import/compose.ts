// Utterances → a transcript in the speech-to-text tradition, one turn a line:
//
//   Harbor interview                                  the title (the input's, or the file's name)
//
//   2024-03-01                                        the date, when the input gives one
//
//   Anna Petrova (00:00:01): Hello and welcome.       a turn: its speaker, its first cue's time,
//   Boris (00:00:04): Thanks for having me.           the text of its cues joined by spaces
//
// The time goes before the colon (`Speaker 1 (00:01:23):`, Rev's form) because that form reads any
// name a recording gives a speaker (`Boris`, `Host`, `Guest 2`), where `[00:01:23] Boris:` needs a
// name the labels of other traditions read. Consecutive utterances of one speaker are one turn; one
// with no speaker goes on the previous turn. The text is checked by reading it back: every turn must
// read as written, and no sentence of a turn may read as a label glued into it (`… Thanks. Boris:
// come in.` inside Anna's turn): such a turn is split there into two turns of the same speaker at the
// same time, as the speech-to-text tradition allows.
import { labelMatcher, parseDateLine, parseTranscript, traditionById, type Transcript, type Turn } from '../../transcript';
import { computeFindings } from '../diagnostics';
import { labelClock, MAX_LABEL_SECONDS } from './timecode';
import type { Imported, Problem, Utterance } from './types';

/** Who speaks when the input never says: the speech-to-text tradition's own role. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';
/** Who speak in a dialogue dash that names no one: two voices, taking turns. */
export const DASH_SPEAKERS = ['Speaker 1', 'Speaker 2'] as const;

interface ComposedTurn {
  label: string;
  start: number;
  text: string;
  /** The input line of its first utterance. */
  line: number;
}

const speechToText = labelMatcher(traditionById('speech-to-text')!);

/** The transcript's text, or why the input cannot become one. */
export function composeTranscript(imported: Imported, fallbackTitle: string): string | Problem {
  const labels = new SpeakerLabels();
  const turns: ComposedTurn[] = [];
  for (const u of imported.utterances) {
    if (u.start > MAX_LABEL_SECONDS) return { line: u.line, id: 'import.time-too-long', args: [labelClock(u.start)] };
    addUtterance(turns, u, labels);
  }
  const title = (imported.title ?? fallbackTitle).replace(/\s+/g, ' ').trim();
  const date = imported.date && parseDateLine(0, imported.date)?.value ? imported.date : undefined;
  let header = headerLines(title, date);
  // A title that would not read back as the title (`Agenda: budget` reads as a turn) is left out.
  if (title && parseTranscript(render(header, turns.slice(0, 1))).header.title?.text !== title) header = headerLines('', date);
  for (let pass = 0; pass < 16; pass++) {
    const text = render(header, turns);
    const transcript = parseTranscript(text);
    const byLine = new Map(transcript.turns.map((t) => [t.startLine, t]));
    const wrong = turns.findIndex((t, i) => !readsAs(byLine.get(header.length + i), t));
    if (wrong >= 0) return { line: turns[wrong].line, id: 'import.unreadable-speaker', args: [turns[wrong].label] };
    if (!splitGluedLabels(transcript, header.length, turns)) return text;
  }
  return { line: 1, id: 'import.unreadable-speaker', args: [turns[0]?.label ?? ''] };
}

function addUtterance(turns: ComposedTurn[], u: Utterance, labels: SpeakerLabels): void {
  const last = turns[turns.length - 1];
  let label = u.speaker === undefined ? undefined : labels.of(u.speaker);
  // A dash that names no one: whichever of the two dash voices did not speak last.
  if (label === undefined && u.change) label = last?.label === DASH_SPEAKERS[0] ? DASH_SPEAKERS[1] : DASH_SPEAKERS[0];
  if (last && (label === undefined || label === last.label)) {
    last.text = `${last.text} ${u.text}`;
    return;
  }
  turns.push({ label: label ?? UNKNOWN_SPEAKER, start: u.start, text: u.text, line: u.line });
}

function headerLines(title: string, date: string | undefined): string[] {
  const lines: string[] = [];
  if (title) lines.push(title, '');
  if (title && date) lines.push('');
  if (date) lines.push(date, '');
  return lines;
}

function turnLine(t: ComposedTurn): string {
  return `${t.label} (${labelClock(t.start)}): ${t.text}`;
}

function render(header: string[], turns: ComposedTurn[]): string {
  return [...header, ...turns.map(turnLine), ''].join('\n');
}

/** The turn read on `t`'s line reads as `t` was written: its label, its time and its text. */
function readsAs(turn: Turn | undefined, t: ComposedTurn): boolean {
  return turn !== undefined && turn.label.text === t.label && turn.label.time?.seconds === Math.floor(t.start) && turn.text.text === t.text && turn.paragraphs.length === 0;
}

/** Split each turn where the lint reads a label glued into it; whether any was. */
function splitGluedLabels(transcript: Transcript, firstLine: number, turns: ComposedTurn[]): boolean {
  const glued = computeFindings(transcript).filter((f) => f.code === 'turn-embedded-label');
  // From the last, so that the turns before keep their indexes.
  for (const f of glued.sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    const index = f.range.start.line - firstLine;
    const turn = turns[index];
    const at = f.range.start.character - (turnLine(turn).length - turn.text.length);
    const before = turn.text.slice(0, at).trimEnd();
    turns.splice(index, 1, { ...turn, text: before }, { ...turn, text: turn.text.slice(at) });
  }
  return glued.length > 0;
}

/** The label each speaker of the input gets: their name when it reads back as a label with a time
 *  (`Anna Petrova`, `Boris`, `Guest 2`); else the name made readable — `_` as a space and the first
 *  letter in capitals (`SPEAKER_00` → `SPEAKER 00`, `anna` → `Anna`), or after `Speaker` (AssemblyAI's
 *  `A` → `Speaker A`); else `Unnamed speaker N`, N counting such speakers (not `Speaker N`, which
 *  the input may name someone). */
class SpeakerLabels {
  private readonly labels = new Map<string, string>();
  private unnamed = 0;

  of(name: string): string {
    let label = this.labels.get(name);
    if (label === undefined) {
      label = readableLabel(name) ?? `Unnamed speaker ${++this.unnamed}`;
      this.labels.set(name, label);
    }
    return label;
  }
}

function readableLabel(name: string): string | undefined {
  const tidy = name.replace(/[_\s\u00A0]+/g, ' ').replace(/:/g, '').trim();
  const capital = tidy.charAt(0).toUpperCase() + tidy.slice(1);
  const plain = tidy.replace(/[^\p{L}\p{M}\d .'’-]+/gu, ' ').replace(/ +/g, ' ').trim();
  const candidates = [tidy, capital, `Speaker ${tidy}`, `Speaker ${plain}`];
  return candidates.find((c) => c.length > 0 && c.length <= 60 && readsAsLabel(c));
}

function readsAsLabel(label: string): boolean {
  const m = speechToText(`${label} (00:00:00): x`);
  return m !== undefined && m.start === 0 && m.end === label.length && m.seconds === 0;
}
