// Random edit sequences applied as the server applies didChange: incremental content changes on a
// TextDocument, the model taken from the one cache (documents.ts) per version. After every change the
// model's text is the document's text, every range of the model lies inside the document, the
// features answer without throwing and inside the document, and the model and the findings equal a
// fresh parse of the same text. The protocol-level twin is didChange.test.ts.
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cachedFindings, TranscriptCache } from '../../server/src/documents';
import { LineDocument } from '../../server/src/lineDocument';
import { computeFindings, documentSymbols, foldingRanges, selectionRanges } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { setShortListLimit } from '../../server/src/transcript/shiftedList';
import { editSequenceArb, insertion } from './arbitraries';
import { applyChangeEvent, sampleChange } from './changes';
import { modelTextProblems, rangeProblemsIn, show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'incremental.test.ts';
const URI = 'file:///property/incremental.transcript';
const SAMPLES = join(__dirname, '..', '..', 'samples');

describe('incremental edits', () => {
  test('after every didChange the cached model is the document text parsed afresh; every range lies inside; the features answer', async (t) => {
    let changes = 0;
    let splices = 0;
    await checkProperty(
      t,
      fc.property(editSequenceArb, ({ start, events }) => {
        const cache = new TranscriptCache();
        let client = TextDocument.create(URI, 'transcript', 1, start);
        // The server's copy, updated only through the content changes, as TextDocuments updates it.
        const server = LineDocument.create(URI, 'transcript', 1, start);
        cache.get(server);
        const history = [start];
        for (const event of events) {
          const { changes: sent, next } = applyChangeEvent(client, event);
          cache.update(server, sent, next.version);
          client = next;
          changes++;
          const text = server.getText();
          history.push(text);
          const where = `after ${history.length - 1} change(s): ${history.map((h) => show(h, 200)).join(' → ')}`;
          assert.equal(text, client.getText(), `the server's text is not the editor's ${where}`);
          const parses = cache.parses;
          const model = cache.get(server);
          assert.equal(cache.parses, parses + 1, 'one parse per version');
          assert.deepEqual([...modelTextProblems(model, text), ...rangeProblemsIn({ ...model, lines: [] }, text, 'model')], [], where);
          assert.deepStrictEqual(model, parseTranscript(text), `the cached model differs from a fresh parse ${where}`);
          const findings = cachedFindings(cache, server);
          assert.deepStrictEqual(findings, computeFindings(parseTranscript(text)), `findings differ from a fresh parse's ${where}`);
          const answers = {
            symbols: documentSymbols(model),
            folds: foldingRanges(model).map((f) => ({ start: { line: f.startLine, character: 0 }, end: { line: f.endLine, character: 0 } })),
            selection: selectionRanges(model, [server.positionAt(Math.floor(text.length / 2))]),
            findings,
          };
          assert.deepEqual(rangeProblemsIn(answers, text, 'answer'), [], where);
          assert.equal(cache.get(server), model, 'the same version is not parsed again');
        }
        splices += cache.splices;
      }),
      { numRuns: runsOf(300), unit: 'edit sequences', file: FILE },
    );
    t.diagnostic(`${changes} didChange notifications, ${splices} spliced`);
  });

  // Edits anywhere in real transcripts (the samples), at positions spread evenly: most land inside
  // turns, where the cache splices them into the previous model instead of parsing the whole text.
  test('typing anywhere in a real transcript: every spliced version equals a fresh parse, with the same findings', (t) => typingInSamples(t, 200));

  // A short list that needs no moving is a plain copy (shiftedList.ts): the samples' lines always
  // are. The same edits with every list a persistent one, so lines read through pieces are checked too.
  test('the same with every spliced list a persistent one, however short', async (t) => {
    const before = setShortListLimit(0);
    try {
      await typingInSamples(t, 100);
    } finally {
      setShortListLimit(before);
    }
  });
});

async function typingInSamples(t: TestContext, runs: number): Promise<void> {
    const samples = readdirSync(SAMPLES)
      .filter((n) => n.endsWith('.transcript'))
      .sort()
      .map((n) => readFileSync(join(SAMPLES, n), 'utf8'))
      // …and each as Windows would save it: a BOM and CRLF line ends.
      .flatMap((text) => [text, '\uFEFF' + text.replace(/\r?\n/g, '\r\n')]);
    const edit = fc.record({
      at: fc.integer({ min: 0, max: 1_000_000 }),
      length: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
      text: insertion,
    });
    const sequence = fc.record({ sample: fc.nat(samples.length - 1), edits: fc.array(edit, { minLength: 1, maxLength: 12 }) });
    let versions = 0;
    let splices = 0;
    await checkProperty(
      t,
      fc.property(sequence, ({ sample, edits }) => {
        const cache = new TranscriptCache();
        const start = samples[sample];
        const server = LineDocument.create(URI, 'transcript', 1, start);
        cache.get(server);
        cachedFindings(cache, server);
        const history: string[] = [];
        for (const e of edits) {
          const change = sampleChange(server, e);
          history.push(`${JSON.stringify(change.range)} ${show(e.text, 40)}`);
          cache.update(server, [change], server.version + 1);
          versions++;
          const now = server.getText();
          const where = `after ${history.join(' → ')} on sample ${sample}`;
          const model = cache.get(server);
          assert.deepStrictEqual(model, parseTranscript(now), `the spliced model differs from a fresh parse ${where}`);
          assert.deepStrictEqual(cachedFindings(cache, server), computeFindings(parseTranscript(now)), `findings differ from a fresh parse's ${where}`);
        }
        splices += cache.splices;
      }),
      { numRuns: runsOf(runs), unit: 'edit sequences', file: FILE },
    );
    t.diagnostic(`${versions} versions, ${splices} spliced`);
    assert.ok(splices > versions / 2, `only ${splices} of ${versions} versions were spliced: the incremental path is not exercised`);
}

describe('regressions found by npm run fuzz (incremental)', () => {
  // Seed 20261204: the source URL line of a sample turned into text with an open `<`, then a line
  // break typed after it. The splice re-read to the end of the body, whose last line moved; the
  // findings of that line were kept from the previous version as well as found again.
  test('an edit that re-reads to the end of the body, adding a line there, keeps no stale finding', () => {
    const start = readFileSync(join(SAMPLES, 'bilateral-meeting.transcript'), 'utf8');
    const cache = new TranscriptCache();
    const server = LineDocument.create(URI, 'transcript', 1, start);
    cache.get(server);
    cachedFindings(cache, server);
    const changes = [
      { range: { start: { line: 45, character: 19 }, end: { line: 45, character: 41 } }, text: '< \u0000 \n' },
      { range: { start: { line: 45, character: 22 }, end: { line: 45, character: 22 } }, text: ': \n' },
    ];
    for (const change of changes) {
      cache.update(server, [change], server.version + 1);
      assert.deepStrictEqual(cache.get(server), parseTranscript(server.getText()));
      assert.deepStrictEqual(cachedFindings(cache, server), computeFindings(parseTranscript(server.getText())));
    }
    assert.equal(cache.splices, 1);
    assert.deepEqual(
      cachedFindings(cache, server).map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code}`),
      ['45:19 mark-unclosed'],
    );
  });

  // Seed 99: a line break typed inside a turn made LF the file's usual line ending instead of CRLF;
  // the findings kept from the previous version still offered to split a turn with CRLF.
  test('an edit that changes the file’s usual line ending updates the fixes of the other lines too', () => {
    const start = 'В.Путин: Раз. Н.Назарбаев: Два.\r\nН.Назарбаев: Три.\r\nВ.Путин: Четыре.\r\nН.Назарбаев: Пять и шесть.\nВ.Путин: Семь.\n';
    const cache = new TranscriptCache();
    const server = LineDocument.create(URI, 'transcript', 1, start);
    const split = () => cachedFindings(cache, server).find((f) => f.code === 'turn-embedded-label')?.fixes[0].edits[0].newText;
    assert.equal(split(), '\r\n');
    cache.update(server, [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 17 } }, text: '\n' }], 2);
    assert.equal(cache.get(server).eol, '\n');
    assert.equal(cache.splices, 1);
    assert.equal(split(), '\n');
    assert.deepStrictEqual(cachedFindings(cache, server), computeFindings(parseTranscript(server.getText())));
  });

  // Seed 777: a paragraph edited into a line that reads as a label on its own, of a speaker the file
  // did not have (`Ново-Огарёво,Вопрос:  …`). Read with the file's speakers, that weak shape is
  // prose; a fresh parse reads it alone first and makes it a turn. The splice must read it so too,
  // and give up (a new speaker).
  test('a line edited into a label of a new speaker is a turn, as in a fresh parse', () => {
    const start = 'В.Путин: Начнём.\nВ.Путин: Дальше.\nНово-Огарёво, Московская область\nН.Абдуллаев: Да.\n';
    const cache = new TranscriptCache();
    const server = LineDocument.create(URI, 'transcript', 1, start);
    cache.get(server);
    cache.update(server, [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } }, text: 'Вопрос: ' }], 2);
    assert.deepStrictEqual(cache.get(server), parseTranscript(server.getText()));
    assert.deepEqual(cache.get(server).turns.map((t) => t.label.name), ['В.Путин', 'В.Путин', 'Ново-Огарёво,Вопрос', 'Н.Абдуллаев']);
  });
});
