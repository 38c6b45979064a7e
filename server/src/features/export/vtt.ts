// A transcript as WebVTT: one cue per turn, the turn's words in a voice span of its label:
//
//   WEBVTT
//
//   NOTE
//   Title: Harbor interview                     the header, the lead and the source URL, as a comment
//   Date: 2024-03-01
//
//   00:00:01.000 --> 00:00:04.000
//   <v Anna Petrova>Hello &amp; welcome.</v>    each paragraph of the turn a line of the cue
//
// A cue starts at its turn's timestamp and ends where the next cue starts; the last one lasts as long
// as its words take to say (features/hover.ts's pace, a second at least). A turn with no timestamp in
// a transcript that has some starts where the turn before it would end (never after the next timed
// turn); turns that start at one time share a cue, a line each. A transcript with no timestamp at all
// cannot be timed: that is an error, not an exception. Section headings go in a NOTE before their
// section's first cue, so no word of the transcript is lost. Text and voices are escaped (`&`, `<`,
// `>`, so a `-->` in the text is `--&gt;`); a comment cannot escape, so its `-->` is written `- ->`.
import type { Transcript, Turn } from '../../transcript';
import { message, type Locale } from '../../l10n';
import { WORDS_PER_MINUTE } from '../hover';
import { cueClock } from '../import/timecode';

export type WebVttResult = { ok: true; text: string } | { ok: false; message: string };

type Item = { note: string[] } | { turn: Turn; start: number };

export function toWebVtt(transcript: Transcript, locale: Locale): WebVttResult {
  if (!transcript.turns.some((t) => t.label.time)) return { ok: false, message: message(locale, 'export.vtt-no-timestamps') };
  const starts = turnStarts(transcript.turns);
  const items: Item[] = [];
  for (const section of transcript.sections) {
    const note = [section.heading, ...section.paragraphs].flatMap((s) => (s ? [s.text] : []));
    if (note.length) items.push({ note });
    for (const turn of section.turns) items.push({ turn, start: starts[turn.index] });
  }
  const blocks = [['WEBVTT'], headerNote(transcript), ...cueBlocks(items)].filter((b) => b.length > 0);
  return { ok: true, text: blocks.map((b) => `${b.join('\n')}\n`).join('\n') };
}

/** Each turn's start in seconds, to the millisecond: its timestamp, or where the turn before would end. */
function turnStarts(turns: readonly Turn[]): number[] {
  const starts: number[] = [];
  let nextTimed: number | undefined;
  for (let i = 0; i < turns.length; i++) {
    const own = turns[i].label.time?.seconds;
    const previous = i > 0 ? starts[i - 1] : 0;
    let start = own;
    if (start === undefined) {
      if (nextTimed === undefined || nextTimed < i) nextTimed = turns.findIndex((t, k) => k > i && t.label.time);
      const estimate = i > 0 ? previous + speakingSeconds(turns[i - 1].words) : 0;
      start = nextTimed > i ? Math.min(estimate, turns[nextTimed].label.time!.seconds) : estimate;
    }
    // Cues run in time order: a timestamp earlier than the one before starts with it.
    starts.push(Math.round(Math.max(start, previous) * 1000) / 1000);
  }
  return starts;
}

function speakingSeconds(words: number): number {
  return Math.max(1, (words * 60) / WORDS_PER_MINUTE);
}

function headerNote(transcript: Transcript): string[] {
  const { title, date, place } = transcript.header;
  const lines = [
    ...(title ? [`Title: ${title.text}`] : []),
    ...(date ? [`Date: ${date.text}`] : []),
    ...(place ? [`Place: ${place.text}`] : []),
    ...transcript.lead.map((p) => p.text),
    ...(transcript.source ? [`Source: ${transcript.source.url}`] : []),
  ];
  return lines.length ? noteBlock(lines) : [];
}

function noteBlock(lines: string[]): string[] {
  return ['NOTE', ...lines.map((l) => l.replace(/-->/g, '- ->'))];
}

/** The cues (and section notes) in order: consecutive turns of one start share a cue. A cue ends where
 *  the next starts (a millisecond later at least: two turns of one time on either side of a section
 *  heading are two cues). */
function cueBlocks(items: Item[]): string[][] {
  const sequence: ({ note: string[] } | { start: number; turns: Turn[] })[] = [];
  for (const item of items) {
    const last = sequence[sequence.length - 1];
    if ('note' in item) sequence.push(item);
    else if (last && 'turns' in last && last.start === item.start) last.turns.push(item.turn);
    else sequence.push({ start: item.start, turns: [item.turn] });
  }
  const cues = sequence.filter((x): x is { start: number; turns: Turn[] } => 'turns' in x);
  let k = 0;
  return sequence.map((x) => {
    if ('note' in x) return noteBlock(x.note);
    const next = cues[++k];
    const end = next ? Math.max(next.start, x.start + 0.001) : x.start + speakingSeconds(x.turns.reduce((n, t) => n + t.words, 0));
    return [`${cueClock(x.start)} --> ${cueClock(end)}`, ...x.turns.map(voiceLines)];
  });
}

/** `<v Anna Petrova>Hello.\nAnd welcome.</v>`: the turn's text and paragraphs, a line each. */
function voiceLines(turn: Turn): string {
  const text = [turn.text.text, ...turn.paragraphs.map((p) => p.text)].filter((t) => t !== '').map(escape).join('\n');
  return `<v ${escape(turn.label.text)}>${text}</v>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
