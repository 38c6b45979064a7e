// The skeleton of a new transcript: the header as FORMAT.md lays it out (and kremlin.ru prints it),
// a `* * *` section with its heading, and a line for the first turn. No `vscode` import, so tests
// can parse what the command inserts; the command passes the placeholder words in the user's
// language.
//
//   Title of the event            <- title (tab stop 1)
//                                 <- two blank lines, as in the published transcripts
//
//   2026-12-03 09:55:00           <- date line: today, seconds 00
//
//   Place                         <- place (tab stop 2)
//
//   What happened, who took part. <- lead (tab stop 3)
//   * * *                         <- separator: right after the lead, no blank line
//   Section heading               <- heading (tab stop 4)
//                                 <- the first turn goes here (final cursor)

/** The words that stand in each part until the user types over them. */
export interface SkeletonPlaceholders {
  title: string;
  place: string;
  lead: string;
  heading: string;
}

export interface TranscriptSkeleton {
  /** What to insert as a snippet: tab stops title → place → lead → heading, then the first turn. */
  snippet: string;
  /** The text the snippet expands to, placeholders as they stand before any typing. */
  text: string;
}

/** `2026-12-03 09:55:00`: the date line of the format, in local time, seconds 00. */
export function dateLine(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}:00`;
}

/** Snippet text stands for itself only with `$`, `}` and `\` escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** One line of placeholder text: a line break would split a part of the header in two. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

export function transcriptSkeleton(now: Date, placeholders: SkeletonPlaceholders, eol = '\n'): TranscriptSkeleton {
  const title = oneLine(placeholders.title);
  const place = oneLine(placeholders.place);
  const lead = oneLine(placeholders.lead);
  const heading = oneLine(placeholders.heading);
  const date = dateLine(now);
  const layout = (t: string, p: string, l: string, h: string, end: string) => [t, '', '', date, '', p, '', l, '* * *', h, end].join(eol);
  return {
    snippet: layout(
      `\${1:${escapeSnippetText(title)}}`,
      `\${2:${escapeSnippetText(place)}}`,
      `\${3:${escapeSnippetText(lead)}}`,
      `\${4:${escapeSnippetText(heading)}}`,
      '$0',
    ),
    text: layout(title, place, lead, heading, ''),
  };
}
