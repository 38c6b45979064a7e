// What the hover tests share: the hover-*.transcript fixtures, a hover asked at a `|` marker and
// written out as its range and markdown, and the check that every hover is inert (no link, HTML tag,
// emphasis or code from the transcript). `now` is pinned, so "how long ago" is fixed.
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover, type RegisterEntry } from '../../server/src/features';
import { message, type Locale } from '../../server/src/l10n';
import { readRegister } from '../../server/src/register';
import { parseTranscript, type Position } from '../../server/src/transcript';
import { positionOf, withCursor } from './cursor';
import { readFixture } from './fixtures';
import { rangeText } from './view';

/** "Now" for "how long ago": 1 June 2025, noon UTC. */
export const NOW = new Date('2025-06-01T12:00:00Z');

// hover-meeting.transcript (zero-based lines):
//  0 Встреча с Президентом Республики Озёрия Тимуром Алиевым        (title)
//  2 2017-12-27 12:40:00
//  6 Состоялась встреча Владимира Путина с Президентом Республики Озёрия Тимуром Алиевым.
//  7 Слово было предоставлено министру иностранных дел Ирине Соколовой.
//  8 Прозвучал доклад Артура Рашидовича Мансурова о торговле.
//  9 В переговорах принял участие Председатель Народного собрания Ли Вэймин.
// 11 * * *   (12: heading)
// 14 В.Путин: … [в Москве].   (15: a continuation line)   17 Т.Алиев: … (Аплодисменты.)
// 19 И.Соколова:   21 В. Путин:   23 И.Соколова:   25 А.Р.Мансуров: … <…> …   27 Ли Вэймин:   29 Вопрос:
// 31 * * *
// 33 В.Путин:   35 К.Морозов:   37 Т.Алиев:   39 А.Р.Мансуров:   41 Ли Вэймин:   43 К.Морозов:
// 45 http://kremlin.ru/events/president/news/copy/56509
// 14 turns, 46 words: В.Путин 3 turns / 17 words, Т.Алиев 2/5, И.Соколова 2/6, А.Р.Мансуров 2/5,
// Ли Вэймин 2/5, Вопрос 1/4, К.Морозов 2/4.
//
// hover-en.transcript: 0 title, 2 `2019-03-04` (no time), 6 lead, 8 Vladimir Putin:, 10 Peter Lund: …
// [It is] … (Laughter.), 12 Question:, 14 Vladimir Putin: … [...] …, 16 Peter Lund:, 18 en.kremlin.ru URL.
// 5 turns, 33 words: Vladimir Putin 2/13, Peter Lund 2/14, Question 1/6.
export const MEETING = readFixture('hover-meeting.transcript');
export const MEETING_URI = 'file:///w/hover-meeting.transcript';
export const EN = readFixture('hover-en.transcript');
export const EN_URI = 'file:///w/hover-en.transcript';
export const ESCAPING = readFixture('hover-escaping.transcript');
export const ESCAPING_URI = 'file:///w/hover-escaping.transcript';

interface HoverView {
  range: string;
  value: string;
}

interface Options {
  uri?: string;
  register?: ReadonlyMap<string, RegisterEntry>;
}

/** The hover at `position`: its range as `line:col-line:col` and its markdown. Checked to be inert. */
function hoverAt(text: string, position: Position, locale: Locale, options: Options = {}): HoverView | null {
  const uri = options.uri ?? 'file:///w/doc.transcript';
  const result = hover(parseTranscript(text), position, { uri, locale, now: NOW, register: options.register });
  if (!result) return null;
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  assert.ok(result.range, 'a hover has a range');
  assertInert(contents.value, uri);
  return { range: rangeText(result.range), value: contents.value };
}

/** The hover where `marked` (a piece of `text` with a `|`) points. */
export function hoverIn(text: string, marked: string, locale: Locale, options: Options = {}): HoverView | null {
  return hoverAt(text, positionOf(text, marked), locale, options);
}

/** The hover at the `|` of a whole transcript written inline. */
export function hoverInline(marked: string, locale: Locale, options: Options = {}): HoverView | null {
  const { text, position } = withCursor(marked);
  return hoverAt(text, position, locale, options);
}

/** Markdown lines, written one per argument. */
export function md(...lines: string[]): string {
  return lines.join('\n');
}

export function lines(...text: string[]): string {
  return text.join('\n');
}

export function registerOf(json: unknown): ReadonlyMap<string, RegisterEntry> {
  const { entries, problems } = readRegister(JSON.stringify(json));
  assert.deepEqual(problems, []);
  return entries;
}

const WHENCE: string[] = (['en', 'ru'] as const).flatMap((l) =>
  (['hover.from-lead', 'hover.from-register', 'hover.unknown-speaker'] as const).map((id) => `*${message(l, id)}*`),
);

/**
 * What markup a hover may hold is the server's own: the bold first line, the italic line that says
 * where "who" comes from, links to lines of this document, and a mark quoted in a code span. Any
 * other `*`, `_`, backtick, `[`, `]`, `<`, `>` or `#` must be backslash-escaped (or an entity), so
 * no link, HTML tag, emphasis or code from the transcript reaches the renderer.
 */
export function assertInert(value: string, uri: string): void {
  const escapedUri = uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let rest = value.replace(new RegExp(`\\[(?:line|строка) (\\d+)\\]\\(${escapedUri}#L(\\d+)\\)`, 'g'), (link, shown: string, target: string) => {
    assert.equal(shown, target, `${link}: the link goes to the line it names`);
    return 'LINK';
  });
  rest = rest.replace(/^`[^`\n]*` — /, 'MARK — ');
  rest = rest
    .split('\n')
    .filter((line) => !WHENCE.includes(line))
    .join('\n');
  if (rest.startsWith('**')) {
    const close = /(?<!\\)\*\*/g;
    close.lastIndex = 2;
    const end = close.exec(rest);
    assert.ok(end && !rest.slice(2, end.index).includes('\n'), `the bold first line is closed on its line:\n${value}`);
    rest = rest.slice(2, end.index) + rest.slice(end.index + 2);
  }
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') {
      i++;
      continue;
    }
    assert.ok(!'*_`[]<>#'.includes(rest[i]), `unescaped ${JSON.stringify(rest[i])} at ${i} of ${JSON.stringify(rest)}\nin the hover:\n${value}`);
  }
}
