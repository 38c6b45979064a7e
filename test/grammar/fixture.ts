// Grammar fixtures, in the spirit of VS Code's grammar tests: a transcript line, then lines of `^`
// under the characters whose scopes they assert.
//
//   # title of a document           starts a document (tokenised from its first line on its own)
//   // a comment                    ignored
//   В.Путин: Уважаемый коллеги!     a line of the document (`␣` stands for U+00A0)
//   ^^^^^^^ entity.name.function.speaker.transcript
//          ^ punctuation.separator.label.transcript
//           ^^^^^^^^^^^^^^^^^^ - meta.label entity.name.function
//
// An assertion names scopes each marked character must carry, then after ` - ` scopes (or scope
// prefixes) none of them may carry. The last scope named before the `-` must also start and end
// where the carets do: the characters just before and after the run may not carry it, so a span is
// asserted exactly (scopes named before it may be outer ones that run on: `string… markup.inserted…`).
import { readFileSync } from 'node:fs';
import { scopeMatches, type TokenizedLine } from './tokenize';

export interface Assertion {
  /** Line of the fixture file (1-based), for messages. */
  fixtureLine: number;
  /** Line of the document it applies to (0-based). */
  line: number;
  start: number;
  end: number;
  present: string[];
  absent: string[];
}

export interface FixtureDocument {
  name: string;
  fixtureLine: number;
  lines: string[];
  assertions: Assertion[];
}

const ASSERTION = /^(\s*)(\^+)\s+(.*)$/;

export function parseFixture(text: string, file: string): FixtureDocument[] {
  const docs: FixtureDocument[] = [];
  let doc: FixtureDocument | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.startsWith('//')) return;
    if (raw.startsWith('# ')) {
      doc = { name: raw.slice(2).trim(), fixtureLine: i + 1, lines: [], assertions: [] };
      docs.push(doc);
      return;
    }
    if (!doc) {
      if (raw.trim() === '') return;
      throw new Error(`${file}:${i + 1}: text before the first \`# document\` line`);
    }
    const m = ASSERTION.exec(raw);
    if (m) {
      if (doc.lines.length === 0) throw new Error(`${file}:${i + 1}: an assertion before any line`);
      const words = m[3].split(/\s+/).filter(Boolean);
      const dash = words.includes('-') ? words.indexOf('-') : words.length;
      doc.assertions.push({
        fixtureLine: i + 1,
        line: doc.lines.length - 1,
        start: m[1].length,
        end: m[1].length + m[2].length,
        present: words.slice(0, dash),
        absent: words.slice(dash + 1).filter((w) => w !== '-'),
      });
      return;
    }
    doc.lines.push(raw.replace(/␣/g, '\u00a0'));
  });
  // Trailing blank lines separate documents in the file; they are not part of a document.
  for (const d of docs) while (d.lines.length > 0 && d.lines[d.lines.length - 1] === '' && !d.assertions.some((a) => a.line === d.lines.length - 1)) d.lines.pop();
  return docs;
}

export function readFixtureFile(path: string): FixtureDocument[] {
  return parseFixture(readFileSync(path, 'utf8'), path);
}

function has(scopes: readonly string[], selector: string): boolean {
  return scopes.some((s) => scopeMatches(s, selector));
}

function scopesAtColumn(line: TokenizedLine, column: number): string[] {
  for (const t of line.tokens) if (t.start <= column && column < t.end) return t.scopes;
  return [];
}

/** Every way the tokenised document falls short of the assertions, as messages (empty: all hold). */
export function checkAssertions(doc: FixtureDocument, tokenized: readonly TokenizedLine[], file: string): string[] {
  const problems: string[] = [];
  for (const a of doc.assertions) {
    const line = tokenized[a.line];
    const where = `${file}:${a.fixtureLine} (${JSON.stringify(line.text.slice(a.start, a.end))} in ${JSON.stringify(line.text)})`;
    if (a.end > line.text.length) problems.push(`${where}: the carets run past the end of the line`);
    for (let c = a.start; c < Math.min(a.end, line.text.length); c++) {
      const scopes = scopesAtColumn(line, c);
      for (const p of a.present) {
        if (!scopes.includes(p)) problems.push(`${where}: column ${c} (${JSON.stringify(line.text[c])}) lacks ${p}; has [${scopes.join(', ')}]`);
      }
      for (const n of a.absent) {
        if (has(scopes, n)) problems.push(`${where}: column ${c} (${JSON.stringify(line.text[c])}) has ${n}: [${scopes.join(', ')}]`);
      }
    }
    for (const p of a.present.slice(-1)) {
      if (a.start > 0 && scopesAtColumn(line, a.start - 1).includes(p)) problems.push(`${where}: ${p} starts before the carets`);
      if (a.end < line.text.length && scopesAtColumn(line, a.end).includes(p)) problems.push(`${where}: ${p} goes on after the carets`);
    }
  }
  return problems;
}
