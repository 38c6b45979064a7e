// Hover on a turn's time in the recording (`Anna Lee (00:01:23): …`): the time, how far it is from the
// time of the turn before, and a link that plays the recording from there (the one command the
// client trusts in hovers: `stenogram.media.playFromCursor`, given the document and the line).
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { contains, findTurnAt, formatTime, timeStyle, timeText, type Position, type Transcript } from '../transcript';
import { message, type Locale } from '../l10n';

export const PLAY_FROM_CURSOR_COMMAND = 'stenogram.media.playFromCursor';

export function timeHover(transcript: Transcript, position: Position, uri: string, locale: Locale): Hover | undefined {
  const turn = findTurnAt(transcript, position.line);
  const time = turn?.label.time;
  if (!turn || !time || !contains(time.range, position)) return undefined;
  // The text is digits, colons, a fraction and brackets only (timestamps.ts): nothing to escape.
  const lines = [`**${timeText(time)}**`, ''];
  if (time.invalid) {
    lines.push(message(locale, `timestamp-invalid.${time.invalid.field}`, timeText(time), time.invalid.value));
  } else {
    let before = turn.index - 1;
    while (before >= 0 && (!transcript.turns[before].label.time || transcript.turns[before].label.time!.invalid)) before--;
    const delta = before >= 0 ? time.seconds - transcript.turns[before].label.time!.seconds : undefined;
    // `1:25`, `1:02:05`: minutes and seconds, hours when there are any, the file's fraction digits.
    const offset = (seconds: number) => formatTime(seconds, { ...timeStyle(transcript), open: '', close: '', hours: false, padded: false });
    lines.push(delta === undefined ? message(locale, 'hover.time-first') : message(locale, delta < 0 ? 'hover.time-before' : 'hover.time-after', offset(Math.abs(delta))));
    const args = encodeURIComponent(JSON.stringify([{ uri, line: turn.startLine }])).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
    lines.push('', `[▶ ${message(locale, 'hover.play')}](command:${PLAY_FROM_CURSOR_COMMAND}?${args})`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: time.range };
}
