// Row "hover": hover on a label of the most frequent speaker (В.Председатель, a fifth of the turns),
// over the protocol, in a 10 MB and a 100 KB transcript (a server each, as in the `edit` row). The
// hover's numbers are the model's; who the speaker is, worked out from their labels and the lead,
// is kept per document version (server/src/derived.ts), and kept through an edit spliced into the
// turns. The notes give the same hover right after a keystroke, and semantic tokens after a
// keystroke asked as VS Code asks for them (`…/full/delta` from the last result).
import { HoverRequest, SemanticTokensDeltaRequest, SemanticTokensRequest } from 'vscode-languageserver-protocol';
import { median } from '../measure';
import { ms, row } from './row';
import { alternately, TypedDocument, versus, withDocuments } from './typing';

const RUNS = 10;
const WARMUP = 2;

function hoverOn(document: TypedDocument): Promise<unknown> {
  return document.ask(
    () => document.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: document.label }),
    'hover',
  );
}

/** The last semantic tokens result each document's client holds. */
const held = new Map<TypedDocument, string>();

async function tokensFull(document: TypedDocument): Promise<void> {
  const tokens = await document.ask(() => document.server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: document.uri } }), 'semantic tokens');
  if (!tokens?.resultId) throw new Error('semantic tokens came without a result id');
  held.set(document, tokens.resultId);
}

async function tokensDelta(document: TypedDocument): Promise<void> {
  const previousResultId = held.get(document);
  if (!previousResultId) throw new Error('no semantic tokens held');
  const answer = await document.ask(
    () => document.server.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: document.uri }, previousResultId }),
    'semantic tokens delta',
  );
  if (!answer?.resultId || !('edits' in answer)) throw new Error('semantic tokens delta not answered as edits');
  held.set(document, answer.resultId);
}

export const hoverRow = row('hover', 'hover on the most frequent speaker, 10 MB vs 100 KB (protocol)', 2, (inputs) =>
  withDocuments(inputs.large, inputs.small, async (large, small) => {
    const hover = await alternately(large, small, hoverOn, { runs: RUNS, warmup: WARMUP });
    const afterKeystroke = async (document: TypedDocument) => {
      await document.keystroke();
      await hoverOn(document);
    };
    const typedHover = await alternately(large, small, afterKeystroke, { runs: RUNS, warmup: WARMUP, after: (d) => d.settled() });
    await tokensFull(large);
    await tokensFull(small);
    const afterKeystrokeTokens = async (document: TypedDocument) => {
      await document.keystroke();
      await tokensDelta(document);
    };
    const typedTokens = await alternately(large, small, afterKeystrokeTokens, { runs: RUNS, warmup: WARMUP, after: (d) => d.settled() });
    return {
      subject: ms('hover, 10 MB', hover.a, median(hover.a)),
      baseline: ms('hover, 100 KB', hover.b, median(hover.b)),
      notes: [
        `on ${large.speaker} (${large.speakerTurns.toLocaleString('en')} turns in 10 MB, ${small.speakerTurns} in 100 KB); ${RUNS} hovers each, after ${WARMUP} untimed`,
        `keystroke → hover: ${versus(typedHover.a, typedHover.b)}`,
        `keystroke → semanticTokens/full/delta: ${versus(typedTokens.a, typedTokens.b)}`,
      ],
    };
  }),
);
