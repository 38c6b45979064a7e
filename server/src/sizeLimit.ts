// `stenogram.analysis.maxSize`: how large a text Stenogram analyses. What analysis costs grows with
// characters and with lines (every line may be a turn with its own label, findings and fixes: a file
// of 2.5 million lines `В.П:x`, 15 MB, took the server to 10 GB), so the limit counts both: at most
// `maxSize` million UTF-16 characters, and at most 10,000 lines per million (200,000 lines at the
// default 20; a real transcript has a line per 150 characters or more).
import { message, type Locale } from './l10n';

const LINES_PER_MILLION = 10_000;
/** A small limit still allows this many lines (a limit of 100 characters is one for tests). */
const MIN_LINES = 1_000;

export interface AnalysisLimit {
  characters: number;
  lines: number;
}

export function analysisLimit(maxSize: number): AnalysisLimit {
  return { characters: maxSize * 1_000_000, lines: Math.max(MIN_LINES, Math.floor(maxSize * LINES_PER_MILLION)) };
}

/** The most bytes worth reading from disk for the limit: a UTF-16 character is at most 3 bytes of UTF-8. */
export function maxBytesFor(maxSize: number): number {
  return analysisLimit(maxSize).characters * 3;
}

/** Lines as LSP counts them (`\r\n`, `\r` or `\n` ends one). */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** A number of millions as messages show it: `12.3`, `12,3`. */
export function millions(locale: Locale, n: number): string {
  return n.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumSignificantDigits: 3 });
}

/** Why a text of `characters` and `lines` is not analysed under `maxSize`, in the user's language;
 *  undefined when it is analysed. */
export function tooLargeMessage(locale: Locale, characters: number, lines: number, maxSize: number): string | undefined {
  const limit = analysisLimit(maxSize);
  if (characters > limit.characters) return message(locale, 'file-too-large', millions(locale, characters / 1_000_000), millions(locale, maxSize));
  if (lines > limit.lines) return message(locale, 'file-too-large.lines', lines, limit.lines, millions(locale, maxSize));
  return undefined;
}
