// The one cache: a document version's text is parsed once, and every feature reads that model.
// Results derived from the model (the findings behind diagnostics and code actions; the outline,
// folds, semantic tokens and speakers' identities, derived.ts) are kept per version too, until the
// settings they depend on change.
//
// Incremental: the cache sees every content change (`update` is the TextDocuments update hook), so
// it knows which lines changed since the version it parsed last. The next version is then spliced
// from the previous model (transcript/incremental.ts) instead of parsed whole, and derived results
// that can follow a splice are updated for the re-read lines only.
//
// Each document is read by the tradition its folder's `stenogram.tradition` names (`resolveTradition`).
// A splice keeps the tradition of the model it splices into, so a model parsed with another
// setting is never reused: the next request parses the document afresh.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { LineDocument } from './lineDocument';
import { composeSplices, parseLines, parseWithState, reparse, type Parsed, type Splice, type Transcript } from './transcript';
import type { TraditionSetting } from './settings';
import { findingsOf, updateFindings, type DiagnosticOptions, type Finding, type FindingsResult } from './features/diagnostics';

interface Entry {
  version: number;
  /** The `stenogram.tradition` setting the model was parsed with. */
  tradition: TraditionSetting;
  parsed: Parsed;
  derived: Map<string, unknown>;
  /** Per key, the result of the latest earlier version that has one, and how this version was
   *  spliced from that one: each key follows the edits on its own, so a result one request reads
   *  after a few edits (the outline) is updated as well as one read after every edit (the findings). */
  earlier: Map<string, Earlier>;
}

interface Earlier {
  value: unknown;
  splice: Splice;
}

/** A result not asked for during this many splices is computed afresh rather than updated. */
const MAX_STEPS = 64;

/** Lines changed since the cached version of a document, in the coordinates of both texts. */
interface PendingEdit {
  baseVersion: number;
  version: number;
  /** The first line any change touched. */
  start: number;
  /** How many lines at the end no change touched. */
  tail: number;
  /** A change without a range (the whole text) or from an unknown version: parse afresh. */
  unknown: boolean;
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class TranscriptCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, PendingEdit>();
  private readonly cleared = new Map<string, number>();
  private clearedAll = 0;
  /** How many parses ran (whole or spliced); tests read it to prove that features share one parse. */
  parses = 0;
  /** How many of them were splices of an edit into the previous model. */
  splices = 0;

  /** `resolveTradition(uri)`: the `stenogram.tradition` setting a document is read with (`auto` by default). */
  constructor(private readonly resolveTradition: (uri: string) => TraditionSetting = () => 'auto') {}

  /** Apply content changes to a document, remembering which lines they touched: the TextDocuments
   *  `update` hook, so that the next parse can be a splice. */
  update(document: LineDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): LineDocument {
    const entry = this.entries.get(document.uri);
    let p = this.pending.get(document.uri);
    if (!p || p.version !== document.version) {
      p = {
        baseVersion: entry?.version ?? NaN,
        version: document.version,
        start: Infinity,
        tail: Infinity,
        unknown: !entry || entry.version !== document.version || entry.parsed.transcript.lines.length !== document.lineCount,
      };
      this.pending.set(document.uri, p);
    }
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        p.unknown = true;
        document.update([change], version);
        continue;
      }
      // The document says which lines the change replaced; the lines after them stay as they were.
      const before = document.lineCount;
      const pending = p;
      document.update([change], version, (lines) => {
        if (!lines) {
          pending.unknown = true;
          return;
        }
        pending.start = Math.min(pending.start, lines.start);
        pending.tail = Math.min(pending.tail, before - lines.oldEnd);
      });
    }
    if (changes.length === 0) document.update(changes, version);
    p.version = version;
    return document;
  }

  private entry(document: VersionedText): Entry {
    const tradition = this.resolveTradition(document.uri);
    const cached = this.entries.get(document.uri);
    // A model read with another tradition setting is of no use, not even to splice into.
    const hit = cached?.tradition === tradition ? cached : undefined;
    if (hit && hit.version === document.version) return hit;
    const p = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    let entry: Entry | undefined;
    if (hit && p && !p.unknown && p.baseVersion === hit.version && p.version === document.version && p.start !== Infinity && document instanceof LineDocument) {
      const oldLines = hit.parsed.transcript.lines.length;
      const tail = Math.min(p.tail, oldLines - p.start);
      // The splice reads the changed lines from the document: the whole text is never joined.
      const spliced = reparse(hit.parsed, document, { start: p.start, oldEnd: oldLines - tail });
      if (spliced && spliced.transcript.lines.length === document.lineCount) {
        this.splices++;
        entry = { version: document.version, tradition, parsed: spliced, derived: new Map(), earlier: earlierResults(hit, spliced.splice) };
      }
    }
    // A full parse: of the document's own lines (shared with it, the text never joined), or of the text.
    entry ??= {
      version: document.version,
      tradition,
      parsed: document instanceof LineDocument ? parseLines(document.lines(), document.length, { tradition }) : parseWithState(document.getText(), { tradition }),
      derived: new Map(),
      earlier: new Map(),
    };
    this.parses++;
    this.entries.set(document.uri, entry);
    return entry;
  }

  get(document: VersionedText): Transcript {
    return this.entry(document).parsed.transcript;
  }

  /** `compute(model)` once per document version and `key`. With `update`, a version spliced from an
   *  earlier one whose result is known gets `update(earlier result, model, splice)` instead (which
   *  may answer undefined: then `compute` runs). */
  derive<T>(
    document: VersionedText,
    key: string,
    compute: (transcript: Transcript) => T,
    update?: (previous: T, transcript: Transcript, splice: Splice) => T | undefined,
  ): T {
    const entry = this.entry(document);
    if (!entry.derived.has(key)) {
      const earlier = entry.earlier.get(key);
      let value: T | undefined;
      if (update && earlier) value = update(earlier.value as T, entry.parsed.transcript, earlier.splice);
      entry.derived.set(key, value === undefined ? compute(entry.parsed.transcript) : value);
      // The earlier result is no longer needed: let it go.
      entry.earlier.delete(key);
    }
    return entry.derived.get(key) as T;
  }

  /** Whether `derive(document, key, …)` would answer without computing from scratch: the result of
   *  this version is known, or that of an earlier version it was spliced from (then it is updated). */
  derivable(document: VersionedText, key: string): boolean {
    const entry = this.entry(document);
    return entry.derived.has(key) || entry.earlier.has(key);
  }

  /** Keep `value` as the derived result `key` of the document's current version (computed elsewhere:
   *  a first analysis done in slices). Nothing is kept for a version that is no longer current, nor
   *  when the document's derived results were cleared since the work began (`clears` then). */
  store<T>(document: VersionedText, key: string, value: T, clears = this.clears(document.uri)): void {
    const entry = this.entries.get(document.uri);
    if (!entry || entry.version !== document.version || entry.derived.has(key) || clears !== this.clears(document.uri)) return;
    entry.derived.set(key, value);
    entry.earlier.delete(key);
  }

  /** How many times the document's derived results were cleared: work begun before a clear (with the
   *  settings or the recording's length of then) must not be kept after it. */
  clears(uri: string): number {
    return this.clearedAll + (this.cleared.get(uri) ?? 0);
  }

  /** Forget derived results of every document, or of one (what they were computed with changed). */
  clearDerived(uri?: string): void {
    if (uri === undefined) this.clearedAll++;
    else this.cleared.set(uri, (this.cleared.get(uri) ?? 0) + 1);
    for (const [key, entry] of this.entries) {
      if (uri !== undefined && key !== uri) continue;
      entry.derived.clear();
      entry.earlier.clear();
    }
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }
}

/** What a version spliced from `previous` starts with: each of `previous`'s results, and the earlier
 *  results it had not asked for again, with the splices composed. */
function earlierResults(previous: Entry, splice: Splice): Map<string, Earlier> {
  const out = new Map<string, Earlier>();
  for (const [key, earlier] of previous.earlier) {
    if (previous.derived.has(key)) continue;
    const composed = composeSplices(earlier.splice, splice);
    if ((composed.steps?.length ?? 1) <= MAX_STEPS) out.set(key, { value: earlier.value, splice: composed });
  }
  for (const [key, value] of previous.derived) out.set(key, { value, splice });
  return out;
}

/** The key of the findings among a version's derived results. */
export const FINDINGS = 'findings';

/** The findings of a document's current version from the cache: computed once per version, and for
 *  a version spliced from an earlier one, updated from that one's findings. */
export function cachedFindings(cache: TranscriptCache, document: VersionedText, options: DiagnosticOptions = {}): Finding[] {
  return cache.derive(
    document,
    FINDINGS,
    (transcript) => findingsOf(transcript, options),
    (previous: FindingsResult, transcript, splice) => updateFindings(previous, transcript, splice, options),
  ).findings;
}
