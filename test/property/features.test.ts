// Every feature answers on any document at any position — inside it or past its end — without
// throwing, and whatever it answers lies inside the document and is what VS Code accepts: a
// DocumentSymbol's name is not empty and its selection range lies in its range (VS Code rejects the
// whole outline otherwise), a selection range lies in its parent, a completion edit is on the
// cursor's line and covers the cursor, folds run forward inside the document, fixes' edits do not
// overlap, and rename either refuses or renames. Only RenameRefusal may be thrown, by rename.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CompletionItem, DocumentSymbol, SelectionRange } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import {
  codeActions,
  completeLabels,
  computeFindings,
  computeStatistics,
  definition,
  documentHighlights,
  documentLinks,
  documentSymbols,
  FIX_ALL_KIND,
  foldingRanges,
  hover,
  navigateTurns,
  prepareRename,
  references,
  rename,
  RenameRefusal,
  selectionRanges,
  speakersTree,
  workspaceSymbols,
} from '../../server/src/features';
import type { Locale } from '../../server/src/l10n';
import { parseTranscript, type Position, type Range, type Transcript } from '../../server/src/transcript';
import { applyEdits } from '../helpers/edits';
import { anyText, documentArb, labelName, positionChoice, smallDocument, type PositionChoice } from './arbitraries';
import { lineLengths, rangeInside, rangeProblemsIn, show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'features.test.ts';
const URI = 'file:///property/doc.transcript';
const OTHER_URI = 'file:///property/other.transcript';
const NOW = new Date(Date.UTC(2024, 0, 1));

/** A position chosen as fractions of the document (inside it) or as numbers (perhaps past its end). */
export function resolvePosition(text: string, choice: PositionChoice): Position {
  if (!choice.inside) return { line: choice.line, character: choice.character };
  const lengths = lineLengths(text);
  const line = Math.min(lengths.length - 1, Math.floor(choice.line * lengths.length));
  return { line, character: Math.round(choice.character * lengths[line]) };
}

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function symbolProblems(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    if (typeof s.name !== 'string' || s.name.trim() === '') out.push(`symbol with an empty name ${JSON.stringify(s.name)} at ${JSON.stringify(s.range)}`);
    if (!contains(s.range, s.selectionRange)) out.push(`symbol ${JSON.stringify(s.name)}: selection range outside its range`);
    if (parent && !contains(parent.range, s.range)) out.push(`symbol ${JSON.stringify(s.name)} lies outside its parent ${JSON.stringify(parent.name)}`);
    out.push(...symbolProblems(s.children ?? [], s));
  }
  return out;
}

function selectionProblems(selections: readonly SelectionRange[]): string[] {
  const out: string[] = [];
  for (const s of selections) {
    for (let r: SelectionRange | undefined = s; r?.parent; r = r.parent) {
      if (!contains(r.parent.range, r.range)) out.push(`selection range ${JSON.stringify(r.range)} is not inside its parent ${JSON.stringify(r.parent.range)}`);
    }
  }
  return out;
}

function completionProblems(items: readonly CompletionItem[], position: Position): string[] {
  const out: string[] = [];
  for (const item of items) {
    // A label is the file's text: as a snippet, its `$` and `}` would be read as syntax. The one
    // snippet is the new section, whose text is the server's own (`* * *`, a heading, a speaker).
    const isSection = item.label === '* * *' && item.kind === CompletionItemKind.Snippet;
    if (item.insertTextFormat === InsertTextFormat.Snippet && !isSection) out.push(`completion ${JSON.stringify(item.label)} is a snippet: labels would be read as snippet syntax`);
    const edit = item.textEdit;
    if (!edit || !('range' in edit)) continue;
    const r = edit.range;
    if (r.start.line !== r.end.line || r.start.line !== position.line) out.push(`completion ${JSON.stringify(item.label)}: edit ${JSON.stringify(r)} is not on the cursor's line ${position.line}`);
    else if (r.start.character > position.character || r.end.character < position.character) out.push(`completion ${JSON.stringify(item.label)}: edit ${JSON.stringify(r)} does not cover the cursor`);
  }
  return out;
}

/** Ask every feature at `position`; collect what is wrong with the answers (anything thrown fails the property). */
function askEverything(text: string, transcript: Transcript, position: Position, locale: Locale, newName: string, query: string): string[] {
  const problems: string[] = [];
  const lengths = lineLengths(text);
  const inside = rangeInside({ start: position, end: position }, lengths) === undefined;
  const source = { uri: URI, transcript };
  const other = { uri: OTHER_URI, transcript: parseTranscript('В.Путин: Добрый день.\nН.Назарбаев: Спасибо.\n') };
  const answers: Record<string, unknown> = {};

  answers.documentSymbols = documentSymbols(transcript, locale);
  problems.push(...symbolProblems(answers.documentSymbols as DocumentSymbol[]));
  const folds = foldingRanges(transcript);
  for (const f of folds) if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lengths.length)) problems.push(`fold ${f.startLine}-${f.endLine} outside the document`);
  answers.selectionRanges = selectionRanges(transcript, [position]);
  if ((answers.selectionRanges as SelectionRange[]).length !== 1) problems.push('selectionRanges: not one answer per position');
  problems.push(...selectionProblems(answers.selectionRanges as SelectionRange[]));
  const completions = completeLabels(transcript, position, locale);
  if (inside) problems.push(...completionProblems(completions, position));
  answers.completion = completions;
  answers.hover = hover(transcript, position, { uri: URI, locale, now: NOW });
  answers.highlights = documentHighlights(transcript, position);
  answers.definition = definition(transcript, URI, position);
  const found = references(source, position, [other], true);
  if (found.some((l) => l.uri !== URI && l.uri !== OTHER_URI)) problems.push('references in a document not given');
  answers.references = found.filter((l) => l.uri === URI);
  try {
    const prepared = prepareRename(transcript, position, locale);
    answers.prepareRename = prepared;
    if (!contains(prepared.range, { start: position, end: position }) && inside) {
      // The label's name range is answered on the whole label (`В.Путин (как переведено)`): it must at least be on the cursor's line.
      if (prepared.range.start.line !== position.line) problems.push(`prepareRename answers ${JSON.stringify(prepared.range)} for a cursor on line ${position.line}`);
    }
  } catch (error) {
    if (!(error instanceof RenameRefusal)) throw error;
  }
  try {
    const changes = rename(source, position, newName, [other], locale);
    for (const [uri, edits] of Object.entries(changes)) {
      const target = uri === URI ? text : uri === OTHER_URI ? 'В.Путин: Добрый день.\nН.Назарбаев: Спасибо.\n' : undefined;
      if (target === undefined) problems.push(`rename edits a document it was not given: ${uri}`);
      else applyEdits(target, edits); // throws on an edit outside the text or overlapping another
      if (uri === URI) answers.rename = edits;
    }
  } catch (error) {
    if (!(error instanceof RenameRefusal)) throw error;
  }

  const findings = computeFindings(transcript, { locale });
  answers.findings = findings;
  for (const f of findings) {
    for (const fix of f.fixes) applyEdits(text, fix.edits);
    if (f.fixAll) applyEdits(text, f.fixAll);
  }
  const range = { start: position, end: position };
  const diagnostics = findings.slice(0, 3).map((f) => ({ range: f.range, message: f.message, code: f.code, source: 'stenogram' }));
  const actions = [
    ...codeActions(findings, { textDocument: { uri: URI }, range, context: { diagnostics } }, locale, 'file:///docs/rules.md'),
    ...codeActions(findings, { textDocument: { uri: URI }, range, context: { diagnostics: [], only: [FIX_ALL_KIND] } }, locale),
  ];
  answers.codeActions = actions;
  for (const a of actions) {
    for (const [uri, edits] of Object.entries(a.edit?.changes ?? {})) {
      if (uri !== URI) problems.push(`code action ${JSON.stringify(a.title)} edits ${uri}`);
      applyEdits(text, edits);
    }
    if (a.command) problems.push(`code action ${JSON.stringify(a.title)} runs a command`);
  }

  for (const direction of ['next', 'previous'] as const) {
    for (const sameSpeaker of [false, true]) {
      answers[`navigate ${direction}${sameSpeaker ? ' same' : ''}`] = navigateTurns(transcript, { uri: URI, position, direction, sameSpeaker });
    }
  }
  answers.speakers = speakersTree(transcript);
  const stats = computeStatistics(transcript);
  let share = 0;
  let laughter = 0;
  let applause = 0;
  for (const s of stats.speakers) {
    if (!(s.share >= 0 && s.share <= 1)) problems.push(`speaker ${JSON.stringify(s.name)} has a share of ${s.share}`);
    if (!(s.words >= 0 && s.turns >= 1 && s.longestTurnWords <= s.words)) problems.push(`speaker ${JSON.stringify(s.name)}: ${s.turns} turns, ${s.words} words, longest ${s.longestTurnWords}`);
    if (!(Number.isInteger(s.speakingSeconds) && s.speakingSeconds >= 0)) problems.push(`speaker ${JSON.stringify(s.name)} speaks ${s.speakingSeconds} s`);
    share += s.share;
    laughter += s.audience.laughter;
    applause += s.audience.applause;
  }
  if (share > 1 + 1e-9) problems.push(`shares add up to ${share}`);
  if (laughter > stats.audience.laughter || applause > stats.audience.applause) problems.push(`the speakers' laughter and applause (${laughter}, ${applause}) exceed the file's`);
  if (!(stats.speakingTime.timedTurns >= 0 && stats.speakingTime.timedTurns <= stats.turns)) problems.push(`${stats.speakingTime.timedTurns} timed turns of ${stats.turns}`);
  answers.links = documentLinks(transcript);
  answers.workspaceSymbols = workspaceSymbols([source, other], query).filter((s) => s.location.uri === URI);

  problems.push(...rangeProblemsIn(answers, text, 'answer'));
  return problems;
}

describe('regressions found by the feature properties', () => {
  // Found by the first property below, shrunk to a document of one BOM and the cursor before it.
  test('completion at column 0 of a line that starts with a BOM answers a range that covers the cursor', () => {
    for (const text of ['\uFEFF', 'В.Соколов: Начнём.\n\uFEFFВ.Со']) {
      const line = text.split('\n').length - 1;
      const items = completeLabels(parseTranscript(text), { line, character: 0 }, 'en');
      assert.ok(items.length > 0);
      assert.deepEqual(completionProblems(items, { line, character: 0 }), []);
    }
  });
});

describe('regressions found by the feature properties (positions past the end)', () => {
  // Found by the first property below, shrunk to an empty document and the position 0:1.
  test('completion past the end of a line answers a range inside the document', () => {
    const items = completeLabels(parseTranscript(''), { line: 0, character: 1 }, 'en');
    assert.deepEqual(rangeProblemsIn(items, '', 'completion'), []);
  });
});

describe('regressions found by npm run fuzz', () => {
  // Found by the first property below under `npm run fuzz` (seed 332525913), shrunk to two lines.
  test('a section heading of only white space does not name an outline symbol with nothing', () => {
    assert.deepEqual(symbolProblems(documentSymbols(parseTranscript('* * *\n\f'), 'en')), []);
  });
});

describe('every feature answers on any document at any position', () => {
  test('no feature throws on a random transcript at random positions, inside it or past its end, and every range answered lies inside the document', async (t) => {
    await checkProperty(
      t,
      fc.property(
        smallDocument,
        fc.array(positionChoice, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Locale>('en', 'ru'),
        fc.oneof(labelName, anyText),
        fc.string({ maxLength: 6 }),
        (text, choices, locale, newName, query) => {
          const transcript = parseTranscript(text);
          for (const choice of choices) {
            const position = resolvePosition(text, choice);
            const problems = askEverything(text, transcript, position, locale, newName, query);
            assert.deepEqual(problems, [], `at ${position.line}:${position.character} of ${show(text)}`);
          }
        },
      ),
      { numRuns: runsOf(200), unit: 'documents', file: FILE },
    );
  });

  test('no feature throws on any string at all, at every label and at random positions', async (t) => {
    await checkProperty(
      t,
      fc.property(anyText, fc.array(positionChoice, { minLength: 1, maxLength: 3 }), (text, choices) => {
        const transcript = parseTranscript(text);
        const positions = [...choices.map((c) => resolvePosition(text, c)), ...transcript.turns.slice(0, 3).map((turn) => turn.label.range.start)];
        for (const position of positions) {
          assert.deepEqual(askEverything(text, transcript, position, 'en', 'В.Новиков', 'а'), [], `at ${position.line}:${position.character} of ${show(text)}`);
        }
      }),
      { numRuns: runsOf(200), unit: 'documents', file: FILE },
    );
  });

  test('the document-wide features answer on transcripts with 100,000-character lines', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb({ maxLines: 12 }), (text) => {
        const transcript = parseTranscript(text);
        const findings = computeFindings(transcript);
        const answers = {
          symbols: documentSymbols(transcript),
          folds: foldingRanges(transcript),
          findings,
          statistics: computeStatistics(transcript),
          links: documentLinks(transcript),
          selection: selectionRanges(transcript, [{ line: 0, character: 5 }]),
        };
        for (const f of findings) for (const fix of f.fixes) applyEdits(text, fix.edits);
        assert.deepEqual([...rangeProblemsIn(answers, text, 'answer'), ...symbolProblems(answers.symbols)], [], show(text));
      }),
      { numRuns: runsOf(100, 0.2), unit: 'documents', file: FILE },
    );
  });
});
