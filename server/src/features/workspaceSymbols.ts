// Workspace symbols (Ctrl+T): every turn across the workspace's transcripts whose speaker matches
// the query — `Назарбаев` lists each turn of Н.Назарбаев in every file.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { TranscriptSource } from './speakerOccurrences';
import { turnName } from './symbols';

const MAX_RESULTS = 1000;

/** The file name a user reads: `совет (черновик).transcript`, not its percent-encoding. */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function fold(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

export function workspaceSymbols(sources: readonly TranscriptSource[], query: string): SymbolInformation[] {
  const q = fold(query.trim());
  const out: SymbolInformation[] = [];
  for (const { uri, transcript } of sources) {
    const container = transcript.header.title?.text ?? fileName(uri);
    for (const turn of transcript.turns) {
      const label = fold(turn.label.text);
      if (q && !label.includes(q) && !fold(transcript.speakers.get(turn.label.key)?.displayName ?? '').includes(q)) continue;
      out.push({
        name: turnName(turn),
        kind: SymbolKind.Event,
        location: { uri, range: turn.range },
        containerName: container,
      });
      if (out.length >= MAX_RESULTS) return out;
    }
  }
  return out;
}
