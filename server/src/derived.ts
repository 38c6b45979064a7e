// What the cache (documents.ts) keeps per document version besides the findings: the outline, the
// folds, the semantic tokens, and who each speaker is. Each is made once per version, and for a
// version spliced from an earlier one whose result is known, updated from that result for the lines
// the splice re-read (features/symbols.ts `updateOutline`, folding.ts `updateFolds`,
// semanticTokens.ts `updateSemanticTokens`); who a speaker is does not change with a splice at all.
// A request then costs what it answers, not the size of the transcript.
import type { DocumentSymbol, FoldingRange, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { TranscriptCache, VersionedText } from './documents';
import {
  foldsOf,
  outlineOf,
  semanticTokenData,
  semanticTokensEdits,
  transcriptIdentity,
  updateFolds,
  updateOutline,
  updateSemanticTokens,
  type Folds,
  type Outline,
  type SpeakerIdentity,
  type TranscriptIdentity,
} from './features';
import type { Locale } from './l10n';

/** `textDocument/documentSymbol` of the document's current version. */
export function cachedOutline(cache: TranscriptCache, document: VersionedText, locale: Locale): DocumentSymbol[] {
  return cache.derive(
    document,
    `outline:${locale}`,
    (transcript) => outlineOf(transcript, locale),
    (previous: Outline, transcript, splice) => updateOutline(previous, transcript, splice, locale),
  ).symbols;
}

/** `textDocument/foldingRange` of the document's current version. */
export function cachedFoldingRanges(cache: TranscriptCache, document: VersionedText): FoldingRange[] {
  return cache.derive(document, 'folds', foldsOf, (previous: Folds, transcript, splice) => updateFolds(previous, transcript, splice)).ranges;
}

/** The encoded semantic tokens of the document's current version (never changed once made). */
export function cachedSemanticTokens(cache: TranscriptCache, document: VersionedText): readonly number[] {
  return cache.derive(document, 'semanticTokens', semanticTokenData, updateSemanticTokens);
}

/** Who each speaker is by the transcript alone, worked out for a speaker when first asked and kept
 *  for this version and every version spliced from it (the register is looked up on top, hover.ts). */
export function cachedIdentity(cache: TranscriptCache, document: VersionedText): TranscriptIdentity {
  const known = cache.derive(
    document,
    'identities',
    () => new Map<string, SpeakerIdentity | null>(),
    (previous) => previous,
  );
  return (transcript, speaker) => {
    let identity = known.get(speaker.key);
    if (identity === undefined) {
      identity = transcriptIdentity(transcript, speaker) ?? null;
      known.set(speaker.key, identity);
    }
    return identity ?? undefined;
  };
}

/** The last semantic tokens answered per document, for `semanticTokens/full/delta`: a client that
 *  holds the last result gets the edits from it to the current tokens, any other the tokens whole. */
export class SemanticTokensResults {
  private readonly last = new Map<string, { resultId: string; data: readonly number[] }>();
  private count = 0;

  full(uri: string, data: readonly number[]): SemanticTokens {
    const resultId = this.remember(uri, data);
    return { resultId, data: data as number[] };
  }

  delta(uri: string, previousResultId: string, data: readonly number[]): SemanticTokens | SemanticTokensDelta {
    const last = this.last.get(uri);
    if (!last || last.resultId !== previousResultId) return this.full(uri, data);
    const edits = last.data === data ? [] : semanticTokensEdits(last.data, data);
    return { resultId: this.remember(uri, data), edits };
  }

  delete(uri: string): void {
    this.last.delete(uri);
  }

  private remember(uri: string, data: readonly number[]): string {
    const resultId = String(++this.count);
    this.last.set(uri, { resultId, data });
    return resultId;
  }
}
