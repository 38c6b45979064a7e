// The grammar and the server agree on what a label is, over every transcript in samples/ and
// test/fixtures/ and every document of the grammar fixtures:
// - a line the server takes for a person's or a role's label gets that label scope over exactly the
//   server's name, from the grammar or from the server's semantic tokens;
// - a line the server takes for prose gets no label scope from the grammar, and a label the grammar
//   does colour is coloured over exactly the span the server names (nothing for tokens to undo);
// - the title, date, place and section heading the grammar finds by position are the server's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { flattenSpans, semanticSpans, type SemanticSpan } from '../../server/src/features';
import { parseTranscript, TRADITION_IDS, type Range, type TextSpan, type TraditionId } from '../../server/src/transcript';
import { FIXTURES_DIR, REPO_ROOT, SAMPLES_DIR } from '../helpers/fixtures';
import { readFixtureFile } from './fixture';
import { editorLines, spansOf, tokenizeLines, transcriptGrammar, type TokenizedLine } from './tokenize';

function transcriptsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...transcriptsUnder(path));
    else if (name.endsWith('.transcript') || name.endsWith('.stenogram')) out.push(path);
  }
  return out;
}

const PERSON = 'entity.name.function.speaker';
const ROLE = 'support.type.role';

interface Span {
  start: number;
  end: number;
}

const show = (line: string, s: Span | undefined) => (s ? `«${line.slice(s.start, s.end)}» [${s.start}, ${s.end})` : 'nothing');

/** Disagreements between the grammar and the server on one document, as messages: read as the
 *  server detects its tradition, or as a file of the tradition named. */
async function disagreements(text: string, tradition?: TraditionId): Promise<string[]> {
  // As VS Code holds it: no BOM; the server is sent the same text.
  const content = text.replace(/^\uFEFF/, '');
  const transcript = parseTranscript(content, { tradition: tradition ?? 'auto' });
  const lines = tokenizeLines(await transcriptGrammar(), editorLines(content));
  const semantic = flattenSpans(semanticSpans(transcript));
  const problems: string[] = [];
  const turns = new Map(transcript.turns.map((t) => [t.startLine, t]));

  lines.forEach((line: TokenizedLine, i) => {
    const where = `line ${i + 1} ${JSON.stringify(line.text.slice(0, 90))}`;
    const person = spansOf(line, PERSON)[0];
    const role = spansOf(line, ROLE)[0];
    const turn = turns.get(i);
    if (!turn) {
      if (person || role) problems.push(`${where}: the server reads prose, the grammar colours ${show(line.text, person ?? role)} as a label`);
      return;
    }
    const kind = turn.label.form === 'role' ? 'role' : 'speaker';
    const expected: Span = { start: turn.label.range.start.character, end: turn.label.nameRange.end.character };
    const fromGrammar = kind === 'role' ? role : person;
    const wrongKind = kind === 'role' ? person : role;
    if (wrongKind) problems.push(`${where}: the server reads a ${kind} label, the grammar colours ${show(line.text, wrongKind)} as the other kind`);
    if (fromGrammar && (fromGrammar.start !== expected.start || fromGrammar.end !== expected.end)) {
      problems.push(`${where}: the grammar colours ${show(line.text, fromGrammar)}, the server's label is ${show(line.text, expected)}`);
    }
    const fromTokens = semantic.find((s: SemanticSpan) => s.line === i && s.type === kind && s.start === expected.start && s.end === expected.end);
    if (!fromGrammar && !fromTokens) problems.push(`${where}: the server's ${kind} label ${show(line.text, expected)} gets no label scope`);
  });

  // Header and headings: what the grammar finds by position is what the server finds.
  const positional: [string, string, (TextSpan | undefined)[]][] = [
    ['title', 'markup.heading.title', [transcript.header.title]],
    ['date', 'meta.date', [transcript.header.date]],
    ['place', 'markup.italic.place', [transcript.header.place]],
    ['section heading', 'markup.heading.section', transcript.sections.map((s) => s.heading)],
  ];
  for (const [what, scope, spans] of positional) {
    const server = spans.filter((s): s is TextSpan => s !== undefined).map((s) => s.range);
    lines.forEach((line, i) => {
      for (const g of spansOf(line, scope)) {
        const match = server.find((r: Range) => r.start.line === i && r.start.character === g.start && r.end.character === g.end);
        if (!match) problems.push(`line ${i + 1}: the grammar colours ${show(line.text, g)} as the ${what}; the server's is ${server.map((r) => `line ${r.start.line + 1}`).join(', ') || 'none'}`);
      }
    });
  }
  return problems;
}

describe('grammar and server agree on the transcripts of samples/ and test/fixtures/', () => {
  for (const file of [...transcriptsUnder(SAMPLES_DIR), ...transcriptsUnder(FIXTURES_DIR)]) {
    test(relative(REPO_ROOT, file), async () => {
      const problems = await disagreements(readFileSync(file, 'utf8'));
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});

describe('grammar and server agree on the grammar fixtures', () => {
  const dir = join(__dirname, 'fixtures');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const doc of readFixtureFile(join(dir, file))) {
      test(`${file}: ${doc.name}`, async () => {
        const problems = await disagreements(doc.lines.join('\n'));
        assert.deepEqual(problems, [], problems.join('\n'));
      });
    }
  }
});

// The grammar cannot know a file's tradition (the server detects it from the first 400 lines), so a
// line it colours as a label must be that label in a file of every tradition: each document is read
// again as each tradition would read it. Where the server reads a label only in some traditions
// (`Q    So…`, `Mr. NIELDS. What…`, `TRUMP:`), the grammar leaves it to the semantic tokens.
describe('grammar labels are labels in every tradition', () => {
  const dir = join(__dirname, 'fixtures');
  const documents = [
    ...[...transcriptsUnder(SAMPLES_DIR), ...transcriptsUnder(FIXTURES_DIR)].map((file) => ({ name: relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') })),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((file) => readFixtureFile(join(dir, file)).map((doc) => ({ name: `${file}: ${doc.name}`, text: doc.lines.join('\n') }))),
  ];
  for (const tradition of TRADITION_IDS) {
    test(`read as ${tradition}`, async () => {
      const problems: string[] = [];
      for (const doc of documents) for (const p of await disagreements(doc.text, tradition)) problems.push(`${doc.name}: ${p}`);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
