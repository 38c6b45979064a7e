// `turn-repeated-speaker`: a speaker who follows themselves in one section (`Т.Гараев:` twice in a row).
import { firstFrom, type Transcript, type Turn } from '../../transcript';
import { replace, type TurnCheck } from './rule';

export const turnRepeatedSpeaker: TurnCheck = (turn, { transcript, t }, report) => {
  const label = turn.label;
  const previous = transcript.turns[turn.index - 1];
  if (
    !previous ||
    previous.label.key !== label.key ||
    previous.section !== turn.section ||
    label.form === 'role' ||
    endsWithMark(transcript, previous)
  ) {
    return;
  }
  report(label.range, t('turn-repeated-speaker', label.name), [
    {
      title: t('fix.merge-turns', label.name),
      edits: [replace({ start: label.range.start, end: turn.text.range.start }, '')],
      safe: false,
    },
  ]);
};

/** A turn whose last paragraph is only a mark — `&lt;…&gt;`, `(Демонстрируется видеоролик.)` — stands
 *  for something between it and the next turn: the same speaker may well speak again. */
function endsWithMark(transcript: Transcript, turn: Turn): boolean {
  const last = turn.paragraphs[turn.paragraphs.length - 1] ?? turn.text;
  const line = last.range.start.line;
  for (let i = firstFrom(transcript.marks, line, (m) => m.range.start.line); i < transcript.marks.length && transcript.marks[i].range.start.line === line; i++) {
    const mark = transcript.marks[i];
    if (mark.range.start.character === last.range.start.character) return mark.range.end.character === last.range.end.character;
  }
  return false;
}
