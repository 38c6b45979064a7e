// The one cache: a document version's text is parsed once, and every feature reads that model.
import { parseTranscript, type Transcript } from './transcript';

interface Entry {
  version: number;
  transcript: Transcript;
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

  get(document: VersionedText): Transcript {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) return hit.transcript;
    const transcript = parseTranscript(document.getText());
    this.parses++;
    this.entries.set(document.uri, { version: document.version, transcript });
    return transcript;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
