// Random edit sequences applied as the server applies didChange: incremental content changes on a
// TextDocument, the model taken from the one cache (documents.ts) per version. After every change the
// model's text is the document's text, every range of the model lies inside the document, the
// features answer without throwing and inside the document, and the model and the findings equal a
// fresh parse of the same text. The protocol-level twin is didChange.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TranscriptCache } from '../../server/src/documents';
import { computeFindings } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { documentSymbols } from '../../server/src/features/symbols';
import { parseTranscript } from '../../server/src/transcript';
import { editSequenceArb } from './arbitraries';
import { applyChangeEvent } from './changes';
import { modelTextProblems, rangeProblemsIn, show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'incremental.test.ts';
const URI = 'file:///property/incremental.transcript';

describe('incremental edits', () => {
  test('after every didChange the cached model is the document text parsed afresh; every range lies inside; the features answer', async (t) => {
    let changes = 0;
    await checkProperty(
      t,
      fc.property(editSequenceArb, ({ start, events }) => {
        const cache = new TranscriptCache();
        let client = TextDocument.create(URI, 'transcript', 1, start);
        // The server's copy, updated only through the content changes, as TextDocuments updates it.
        const server = TextDocument.create(URI, 'transcript', 1, start);
        cache.get(server);
        const history = [start];
        for (const event of events) {
          const { changes: sent, next } = applyChangeEvent(client, event);
          TextDocument.update(server, sent, next.version);
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
          const findings = cache.derive(server, 'findings', (m) => computeFindings(m));
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
      }),
      { numRuns: runsOf(300), unit: 'edit sequences', file: FILE },
    );
    t.diagnostic(`${changes} didChange notifications`);
  });
});
