// "Stenogram: Copy Statistics as CSV" and "Export Statistics as CSV": one row per speaker of the
// statistics view's table, for a spreadsheet. No `vscode` import, so tests can read it. The header
// names are fixed English column ids (a spreadsheet formula refers to them whatever the UI's
// language); numbers are plain, with a `.` decimal point; speaking time in whole seconds (timed or
// estimated, as the view says); laughter and applause count the audience's remarks in the turns.
//
//   speaker,role,turns,words,share,average_turn_words,longest_turn_words,first_line,last_line,speaking_seconds,laughter,applause
//   В.Путин,no,3,16,0.5161,5.3,9,11,18,8,1,0
import type { StatisticsData } from './statisticsHtml';

const HEADER = [
  'speaker',
  'role',
  'turns',
  'words',
  'share',
  'average_turn_words',
  'longest_turn_words',
  'first_line',
  'last_line',
  'speaking_seconds',
  'laughter',
  'applause',
];

/** The CSV text (RFC 4180, CRLF line ends), the speakers as the view lists them: most words first. */
export function statisticsCsv(data: StatisticsData): string {
  const rows = data.speakers.map((s) => [
    cell(s.name),
    s.isRole ? 'yes' : 'no',
    String(s.turns),
    String(s.words),
    s.share.toFixed(4),
    (s.turns > 0 ? s.words / s.turns : 0).toFixed(1),
    String(s.longestTurnWords),
    String(s.firstTurnLine + 1),
    String(s.lastTurnLine + 1),
    String(s.speakingSeconds),
    String(s.audience.laughter),
    String(s.audience.applause),
  ]);
  return [HEADER, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

/** A text field: quoted when it holds a comma, a quote or a line break; and, since a spreadsheet
 *  runs a cell that starts with `=`, `+`, `-` or `@` as a formula, such a name starts with `'`. */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
