// The requests answered from results the cache keeps per document version (derived.ts): the
// outline, folding, hover (who a speaker is) and semantic tokens, whole, as a delta from the last
// result the client holds, or for a range.
import { hover, tokensInRange, type TranscriptSource } from './features';
import { cachedFoldingRanges, cachedIdentity, cachedOutline, cachedSemanticTokens, SemanticTokensResults } from './derived';
import type { LineDocument } from './lineDocument';
import type { ServerContext } from './serverContext';

export function wireCachedFeatures(server: ServerContext): void {
  const { connection, cache, documents, onDocument } = server;
  /** The open document a request's source was read from (onDocument answered empty if none is open). */
  const documentOf = (source: TranscriptSource): LineDocument => {
    const document = documents.get(source.uri);
    if (!document) throw new Error(`${source.uri} is not open`);
    return document;
  };
  const results = new SemanticTokensResults();
  documents.onDidClose((e) => results.delete(e.document.uri));

  connection.onDocumentSymbol(onDocument('documentSymbol', [], (source) => cachedOutline(cache, documentOf(source), server.locale())));
  connection.onFoldingRanges(onDocument('foldingRange', [], (source) => cachedFoldingRanges(cache, documentOf(source))));
  connection.onHover(
    onDocument('hover', null, (source, params) =>
      hover(source.transcript, params.position, {
        uri: source.uri,
        locale: server.locale(),
        register: server.register.get(),
        identity: cachedIdentity(cache, documentOf(source)),
      }),
    ),
  );
  connection.languages.semanticTokens.on(
    onDocument('semanticTokens', { data: [] }, (source) => results.full(source.uri, cachedSemanticTokens(cache, documentOf(source)))),
  );
  connection.languages.semanticTokens.onDelta(
    onDocument('semanticTokens/delta', { data: [] }, (source, params) =>
      results.delta(source.uri, params.previousResultId, cachedSemanticTokens(cache, documentOf(source))),
    ),
  );
  connection.languages.semanticTokens.onRange(
    onDocument('semanticTokens/range', { data: [] }, (source, params) => ({ data: tokensInRange(cachedSemanticTokens(cache, documentOf(source)), params.range) })),
  );
}
