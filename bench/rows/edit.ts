// Row "edit": typing in a large document. Over the real protocol, one server per document (a 10 MB
// and a 100 KB transcript, so that neither's heap slows the other), edits alternating between the
// two: a character typed into the text of the turn in the middle of the document (incremental
// didChange, version + 1), then the same character deleted, so the document never drifts. Each edit
// is timed from sending didChange to the publishDiagnostics of that version. The servers are asked
// for `diagnosticsDelay: 0`, so the figure is the work, not the typing debounce.
import type { Position } from 'vscode-languageserver-protocol';
import { parseTranscript } from '../../server/src/transcript';
import { BenchServer, startServer } from '../lspClient';
import { median, time } from '../measure';
import { ms, row } from './row';

/** Timed edits per document (half inserts, half deletes), after `WARMUP` untimed ones. */
const EDITS = 8;
const WARMUP = 2;
/** The server's typing debounce: an edit of a 100 KB document that takes longer did not skip it. */
const DEBOUNCE_MS = 150;
const TYPED = 'ы';

/** Inside the text of the turn in the middle of `text`, a few characters after its label. */
function middleOfTurn(text: string): Position {
  const turns = parseTranscript(text).turns;
  for (let i = Math.floor(turns.length / 2); i < turns.length; i++) {
    const span = turns[i].text;
    if (span.text.length > 8) return { line: span.range.start.line, character: span.range.start.character + 4 };
  }
  throw new Error('no turn with text after the middle of the document');
}

class EditedDocument {
  private version = 1;
  private inserted = false;

  private constructor(
    readonly server: BenchServer,
    readonly uri: string,
    private readonly at: Position,
  ) {}

  /** A server with `text` open and its first diagnostics published. */
  static async open(uri: string, text: string): Promise<EditedDocument> {
    const server = await startServer();
    await server.openAnalysed(uri, text, 1);
    return new EditedDocument(server, uri, middleOfTurn(text));
  }

  /** Type the character, or delete the one typed before; resolves when that version is published. */
  async edit(): Promise<void> {
    const version = ++this.version;
    const end = this.inserted ? { line: this.at.line, character: this.at.character + TYPED.length } : this.at;
    const change = { range: { start: this.at, end }, text: this.inserted ? '' : TYPED };
    this.inserted = !this.inserted;
    const published = this.server.published(this.uri, version);
    await this.server.change(this.uri, version, [change]);
    await published;
  }
}

export const editRow = row('edit', 'edit → diagnostics, 10 MB vs 100 KB (protocol)', 2, async (inputs) => {
  const large = await EditedDocument.open('file:///bench/large.transcript', inputs.large);
  const small = await EditedDocument.open('file:///bench/small.transcript', inputs.small).catch(async (error: unknown) => {
    await large.server.dispose();
    throw error;
  });
  try {
    for (let i = 0; i < WARMUP; i++) {
      await large.edit();
      await small.edit();
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      if (i % 2 === 0) {
        a.push(await time(() => large.edit()));
        b.push(await time(() => small.edit()));
      } else {
        b.push(await time(() => small.edit()));
        a.push(await time(() => large.edit()));
      }
    }
    const honoured = median(b) < DEBOUNCE_MS;
    return {
      subject: ms('edit → publish, 10 MB', a, median(a)),
      baseline: ms('edit → publish, 100 KB', b, median(b)),
      notes: [
        `diagnosticsDelay: 0 honoured: ${honoured ? 'yes' : `no (100 KB edits take ${median(b).toFixed(0)} ms ≥ the ${DEBOUNCE_MS} ms debounce)`}; ` +
          `${EDITS} edits each, after ${WARMUP} untimed`,
      ],
    };
  } finally {
    await Promise.all([large.server.dispose(), small.server.dispose()]);
  }
});
