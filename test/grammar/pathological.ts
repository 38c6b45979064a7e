// Lines built to make a backtracking regex engine go quadratic or worse: one character repeated
// (colons, dots, brackets of every kind), brackets nested as deep as the line is long, label-like
// prefixes that almost match, and unclosed pairs. Shared by test/grammar/linear.test.ts (correctness
// and completion) and test/grammar/linearity.bench.ts (timings against a one-rule grammar).
import { spansOf, type TokenizedLine } from './tokenize';

export interface PathologicalCase {
  name: string;
  /** The line, about `n` characters long. */
  make(n: number): string;
  /** What the grammar must make of it (as a body line), as a message when it does not. */
  check?(line: TokenizedLine): string | undefined;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
const LABEL_SCOPES = ['meta.label', 'entity.name.function', 'support.type'];

function none(...selectors: string[]) {
  return (line: TokenizedLine) => {
    for (const s of selectors) {
      const found = spansOf(line, s);
      if (found.length > 0) return `${s} at ${found[0].start}: ${JSON.stringify(found[0].text.slice(0, 40))}`;
    }
    return undefined;
  };
}

function count(selector: string, expected: (line: string) => number) {
  return (line: TokenizedLine) => {
    const got = spansOf(line, selector).length;
    const want = expected(line.text);
    return got === want ? undefined : `${want} ${selector} spans expected, ${got} found`;
  };
}

function whole(selector: string) {
  return (line: TokenizedLine) => {
    const spans = spansOf(line, selector);
    return spans.length === 1 && spans[0].start === 0 && spans[0].end === line.text.length
      ? undefined
      : `one ${selector} span over the whole line expected, found ${JSON.stringify(spans.map((s) => [s.start, s.end]).slice(0, 5))}`;
  };
}

export const PATHOLOGICAL_CASES: PathologicalCase[] = [
  { name: 'prose', make: (n) => repeat('Слово и ещё слово, а потом В.Путин сказал: «да». ', n), check: none(...LABEL_SCOPES) },
  { name: 'only colons', make: (n) => ':'.repeat(n), check: none(...LABEL_SCOPES, 'markup', 'string', 'comment') },
  { name: 'only dots', make: (n) => '.'.repeat(n), check: none('markup', 'string', 'comment') },
  { name: 'only spaces', make: (n) => ' '.repeat(n) },
  { name: 'only no-break spaces', make: (n) => '\u00a0'.repeat(n) },
  { name: 'only [', make: (n) => '['.repeat(n), check: none('markup', 'comment') },
  { name: 'only (', make: (n) => '('.repeat(n), check: none('markup', 'comment') },
  { name: 'only ]', make: (n) => ']'.repeat(n), check: none('markup', 'comment') },
  { name: 'only <', make: (n) => '<'.repeat(n), check: none('markup') },
  { name: 'only &lt;', make: (n) => repeat('&lt;', n), check: none('markup') },
  { name: 'only «', make: (n) => '«'.repeat(n), check: whole('string.quoted.other.guillemets') },
  { name: 'only “', make: (n) => '“'.repeat(n), check: whole('string.quoted.double') },
  { name: 'only "', make: (n) => '"'.repeat(n) },
  { name: 'nested ( )', make: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2), check: none('comment', 'markup') },
  { name: 'nested [ ]', make: (n) => '['.repeat(n / 2) + ']'.repeat(n / 2), check: count('markup.inserted', () => 1) },
  { name: 'nested (Смех [', make: (n) => repeat('(Смех [', n / 2) + repeat('].)', n / 2) },
  { name: 'nested « »', make: (n) => '«'.repeat(n / 2) + '»'.repeat(n / 2) },
  { name: 'nested ([«“', make: (n) => repeat('([«“', n / 2) + repeat('”»])', n / 2) },
  { name: 'pairs [a]', make: (n) => repeat('[a] ', n), check: count('markup.inserted', (t) => t.length / 4) },
  { name: 'pairs (Смех.)', make: (n) => repeat('(Смех.) ', n), check: count('comment.remark', (t) => t.length / 8) },
  { name: 'unclosed (Смех', make: (n) => repeat('(Смех ', n), check: none('comment') },
  { name: 'pairs &lt;…&gt;', make: (n) => repeat('&lt;…&gt; ', n), check: count('markup.deleted', (t) => t.length / 10) },
  { name: 'pairs «a»', make: (n) => repeat('«a» ', n), check: count('string.quoted.other.guillemets', (t) => t.length / 4) },
  { name: 'initials В.', make: (n) => repeat('В.', n), check: none(...LABEL_SCOPES) },
  { name: 'initials В. + colon', make: (n) => `${repeat('В. ', n)}Путин: да`, check: none(...LABEL_SCOPES) },
  { name: 'name words + colon', make: (n) => `${repeat('Аа ', n)}Бб: да`, check: none(...LABEL_SCOPES) },
  { name: 'hyphenated word + colon', make: (n) => `А${repeat('-а', n)}: да`, check: none(...LABEL_SCOPES) },
  { name: 'Question from … + colon', make: (n) => `Question from ${repeat('x ', n)}: yes`, check: none(...LABEL_SCOPES) },
  { name: 'labels glued', make: (n) => repeat('В.Путин: ', n), check: count('entity.name.function', () => 1) },
  { name: 'stars', make: (n) => `${repeat('* ', n)}x`, check: none('meta.separator') },
  { name: 'URL', make: (n) => `http://${'a'.repeat(n)}`, check: whole('markup.underline.link') },
  { name: 'URL of dots', make: (n) => `http://${'.'.repeat(n)}` },
  { name: 'URLs glued', make: (n) => repeat('http://', n) },
  { name: 'date-like', make: (n) => `2017-12-27${repeat(' 1', n)}`, check: none('meta.date') },
  {
    name: 'turns in one line',
    make: (n) => repeat(`Vladimir Putin: ${'word '.repeat(50)}(Laughter.) [x] &lt;…&gt; «q» “e” `, n),
    check: count('comment.remark', (t) => (t.match(/\(Laughter\.\)/g) ?? []).length),
  },
  // The tradition shapes: runs of title words, names in capitals, notes and timestamps that almost make a label.
  { name: 'titles + colon', make: (n) => `${repeat('Mr. ', n)}SMITH: yes`, check: none(...LABEL_SCOPES) },
  { name: 'title + names + colon', make: (n) => `Mr. ${repeat('SMITH ', n)}: yes`, check: none(...LABEL_SCOPES) },
  { name: 'title + name + notes', make: (n) => `Mr. SMITH ${repeat('(a) ', n)}: yes`, check: none(...LABEL_SCOPES) },
  { name: 'THE + capitals + colon', make: (n) => `THE ${repeat('VICE ', n)}: yes`, check: none(...LABEL_SCOPES) },
  { name: 'timestamps + label', make: (n) => `${repeat('[00:01:23] ', n)}Anna Lee: yes`, check: none(...LABEL_SCOPES) },
  { name: 'timestamp-like digits', make: (n) => `[${repeat('0:', n)}00] x`, check: none('constant.numeric.time.timestamp') },
];
