// Row "outline": a keystroke in the text of a turn (didChange), then the document symbols of the new
// version, in a 10 MB and a 100 KB transcript. The outline is kept per document version and updated
// through the splice (server/src/derived.ts): the server's work is the didChange applied, the edit
// spliced into the model and the few symbols it changes updated — the row's subject, measured in
// this process with the server's own cache (documents.ts). Over the protocol the answer, 21,000
// symbols, is encoded by the server and decoded by the client whole (LSP has no delta for
// documentSymbol): 6.9 MB of JSON, whose JSON.stringify + JSON.parse alone takes ~100 ms; the notes
// give that, and keystroke → documentSymbol over the protocol, timed from sending the didChange to
// the answer (a server each), and keystroke → foldingRange.
import { performance } from 'node:perf_hooks';
import { DocumentSymbolRequest, FoldingRangeRequest } from 'vscode-languageserver-protocol';
import { cachedOutline } from '../../server/src/derived';
import { TranscriptCache } from '../../server/src/documents';
import { LineDocument } from '../../server/src/lineDocument';
import { alternate, median } from '../measure';
import { ms, row } from './row';
import { alternately, TypedDocument, versus, withDocuments } from './typing';

const RUNS = 10;
const WARMUP = 2;

function symbolsOf(document: TypedDocument): Promise<unknown> {
  return document.ask(() => document.server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: document.uri } }), 'documentSymbol');
}

function foldsOf(document: TypedDocument): Promise<unknown> {
  return document.ask(() => document.server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: document.uri } }), 'foldingRange');
}

/** Milliseconds to encode and decode `answer` as a JSON-RPC response (the median of 5). */
function jsonCost(answer: unknown): { ms: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const json = JSON.stringify({ jsonrpc: '2.0', id: 1, result: answer });
    JSON.parse(json);
    times.push(performance.now() - started);
    bytes = Buffer.byteLength(json);
  }
  return { ms: median(times), bytes };
}

/** A keystroke (typed, then deleted) in `text` at `at`, and the outline of the new version, as the
 *  server makes them, without the protocol. */
function inProcess(text: string, at: TypedDocument['typing']): () => void {
  const document = LineDocument.create('file:///bench/in-process.transcript', 'transcript', 1, text);
  const cache = new TranscriptCache();
  cachedOutline(cache, document, 'en');
  let inserted = false;
  return () => {
    const end = inserted ? { line: at.line, character: at.character + 1 } : at;
    cache.update(document, [{ range: { start: at, end }, text: inserted ? '' : 'ы' }], document.version + 1);
    inserted = !inserted;
    cachedOutline(cache, document, 'en');
  };
}

export const outlineRow = row('outline', 'keystroke → document symbols ready, 10 MB vs 100 KB (server)', 2, (inputs) =>
  withDocuments(inputs.large, inputs.small, async (large, small) => {
    const typed = (request: (d: TypedDocument) => Promise<unknown>) => async (document: TypedDocument) => {
      await document.keystroke();
      await request(document);
    };
    const symbols = await alternately(large, small, typed(symbolsOf), { runs: RUNS, warmup: WARMUP, after: (d) => d.settled() });
    const folds = await alternately(large, small, typed(foldsOf), { runs: RUNS, warmup: WARMUP, after: (d) => d.settled() });
    const json = { large: jsonCost(await symbolsOf(large)), small: jsonCost(await symbolsOf(small)) };
    const share = await alternate(inProcess(inputs.large, large.typing), inProcess(inputs.small, small.typing), { runs: 20, warmup: 2 });
    return {
      subject: ms('didChange + splice + outline updated, 10 MB', share.a, median(share.a)),
      baseline: ms('the same, 100 KB', share.b, median(share.b)),
      notes: [
        `over the protocol, keystroke → documentSymbol answered: ${versus(symbols.a, symbols.b)}`,
        `${RUNS} keystrokes each, after ${WARMUP} untimed; the answer is ${(json.large.bytes / 1e6).toFixed(1)} MB of JSON for 10 MB, ` +
          `${(json.small.bytes / 1e3).toFixed(0)} KB for 100 KB; its JSON.stringify + JSON.parse alone: ${json.large.ms.toFixed(1)} ms and ${json.small.ms.toFixed(2)} ms`,
        `keystroke → foldingRange: ${versus(folds.a, folds.b)}`,
      ],
    };
  }),
);
