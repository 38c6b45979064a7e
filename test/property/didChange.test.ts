// "The incremental result equals a fresh parse", seen from outside: random edit sequences are sent to
// the bundled server (`node dist/server.js --stdio`) as incremental didChange notifications; then its
// document symbols, folding ranges and last published diagnostics must equal those of a second
// server that was only ever sent the final text in a didOpen. Sequences run in batches on distinct
// documents at once, as an editor with several files open would send them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { documentUri, LspTestClient } from '../lsp/client';
import { editSequenceArb } from './arbitraries';
import { applyChangeEvent } from './changes';
import { show } from './check';
import { checkProperty, FUZZING, runsOf } from './runs';

const FILE = 'didChange.test.ts';
/** Sequences per run: several documents edited at once (more under fuzzing, to keep the run short). */
const BATCH = FUZZING ? { minLength: 10, maxLength: 12 } : { minLength: 1, maxLength: 4 };

describe('incremental didChange over stdio equals a fresh didOpen of the final text', () => {
  let incremental: LspTestClient;
  let fresh: LspTestClient;
  let n = 0;

  before(async () => {
    incremental = await LspTestClient.initialized();
    fresh = await LspTestClient.initialized();
  });

  after(async () => {
    await incremental?.dispose();
    await fresh?.dispose();
  });

  async function answers(client: LspTestClient, uri: string, version: number) {
    const [symbols, folds, published] = await Promise.all([
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }),
      client.diagnostics(uri, (p) => p.version === version),
    ]);
    return { symbols, folds, diagnostics: published.diagnostics };
  }

  async function checkSequence(start: string, events: readonly (readonly import('./arbitraries').EditChoice[])[]): Promise<void> {
    const id = n++;
    const uri = documentUri(`incremental-${id}`);
    let document = await incremental.open(uri, start);
    const sent: TextDocumentContentChangeEvent[][] = [];
    for (const event of events) {
      const { changes, next } = applyChangeEvent(document, event);
      sent.push(changes);
      document = await incremental.change(document, changes);
      assert.equal(document.getText(), next.getText());
    }
    const text = document.getText();
    const freshUri = documentUri(`fresh-${id}`);
    await fresh.open(freshUri, text);
    const [got, want] = await Promise.all([answers(incremental, uri, document.version), answers(fresh, freshUri, 1)]);
    await incremental.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await fresh.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: freshUri } });
    assert.deepStrictEqual(got, want, `after ${JSON.stringify(sent)} on ${show(start)} the server answers otherwise than on a fresh open of ${show(text)}`);
  }

  test('document symbols, folding ranges and the last published diagnostics', async (t) => {
    let sequences = 0;
    await checkProperty(
      t,
      fc.asyncProperty(fc.array(editSequenceArb, BATCH), async (batch) => {
        sequences += batch.length;
        await Promise.all(batch.map(({ start, events }) => checkSequence(start, events)));
      }),
      { numRuns: runsOf(15, 1 / 10), unit: 'edit sequences', file: FILE, units: () => sequences },
    );
    assert.ok(incremental.running && fresh.running, 'both servers still run');
    assert.deepEqual([...incremental.loggedErrors, ...fresh.loggedErrors], [], 'no feature failed');
  });
});
