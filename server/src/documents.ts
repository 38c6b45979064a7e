// The one cache: a document version's text is parsed once, and every feature reads that model.
// Results derived from the model (the findings behind diagnostics and code actions) are kept per
// version too, until the settings they depend on change.
import { parseTranscript, type Transcript } from './transcript';

interface Entry {
  version: number;
  transcript: Transcript;
  derived: Map<string, unknown>;
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class TranscriptCache {
  private readonly entries = new Map<string, Entry>();
  /** How many parses ran; tests read it to prove that features share one parse. */
  parses = 0;

  private entry(document: VersionedText): Entry {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) return hit;
    const transcript = parseTranscript(document.getText());
    this.parses++;
    const entry: Entry = { version: document.version, transcript, derived: new Map() };
    this.entries.set(document.uri, entry);
    return entry;
  }

  get(document: VersionedText): Transcript {
    return this.entry(document).transcript;
  }

  /** `compute(model)` once per document version and `key`. */
  derive<T>(document: VersionedText, key: string, compute: (transcript: Transcript) => T): T {
    const entry = this.entry(document);
    if (!entry.derived.has(key)) entry.derived.set(key, compute(entry.transcript));
    return entry.derived.get(key) as T;
  }

  /** Forget derived results of every document (the settings they were computed with changed). */
  clearDerived(): void {
    for (const entry of this.entries.values()) entry.derived.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
