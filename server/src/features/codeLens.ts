// Code lens: the transcript's size in one line above its first turn — "38 turns · 5 speakers ·
// 4,210 words" — whose click opens the statistics view. Speakers are people: role labels such as
// `Вопрос:` are not counted, as in the title's hover.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Transcript } from '../transcript';
import { message, type Locale } from '../l10n';

/** The client's command that opens the statistics view; its argument is the document URI. */
export const SHOW_STATISTICS_COMMAND = 'stenogram.showStatistics';

export function codeLenses(transcript: Transcript, uri: string, locale: Locale): CodeLens[] {
  const first = transcript.turns[0];
  if (!first) return [];
  const people = [...transcript.speakers.values()].filter((s) => !s.isRole).length;
  return [
    {
      range: first.label.range,
      command: {
        title: message(locale, 'codeLens.summary', transcript.turns.length, people, transcript.words),
        tooltip: message(locale, 'codeLens.tooltip'),
        command: SHOW_STATISTICS_COMMAND,
        arguments: [uri],
      },
    },
  ];
}
