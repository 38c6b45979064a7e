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
import { ms, row, type Inputs, type RowResult } from './row';

/** Timed edits per document (half inserts, half deletes), after `WARMUP` untimed ones. */
const EDITS = 16;
const WARMUP = 2;
/** The server's typing debounce: an edit of a 100 KB document that takes longer did not skip it. */
const DEBOUNCE_MS = 150;
/** What the `edit` row types. */
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
    private readonly typed: string,
  ) {}

  /** A server with `text` open and its first analysis done; `typed` is what each edit types. */
  static async open(uri: string, text: string, typed: string): Promise<EditedDocument> {
    const server = await startServer();
    await server.openAnalysed(uri, text, 1);
    return new EditedDocument(server, uri, middleOfTurn(text), typed);
  }

  /** Type the text, or delete what was typed before; resolves when that version is published. */
  async edit(): Promise<void> {
    const version = ++this.version;
    const end = !this.inserted
      ? this.at
      : this.typed === '\n'
        ? { line: this.at.line + 1, character: 0 }
        : { line: this.at.line, character: this.at.character + this.typed.length };
    const change = { range: { start: this.at, end }, text: this.inserted ? '' : this.typed };
    this.inserted = !this.inserted;
    const published = this.server.published(this.uri, version);
    await this.server.change(this.uri, version, [change]);
    await published;
  }
}

/** Edits of `typed` (typed, then deleted) in the middle of the 10 MB and the 100 KB document. */
async function typing(inputs: Inputs, typed: string, what: string): Promise<RowResult> {
  const large = await EditedDocument.open('file:///bench/large.transcript', inputs.large, typed);
  const small = await EditedDocument.open('file:///bench/small.transcript', inputs.small, typed).catch(async (error: unknown) => {
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
      subject: ms(`${what} → publish, 10 MB`, a, median(a)),
      baseline: ms(`${what} → publish, 100 KB`, b, median(b)),
      notes: [
        `diagnosticsDelay: 0 honoured: ${honoured ? 'yes' : `no (100 KB edits take ${median(b).toFixed(0)} ms ≥ the ${DEBOUNCE_MS} ms debounce)`}; ` +
          `${EDITS} edits each, after ${WARMUP} untimed`,
      ],
    };
  } finally {
    await Promise.all([large.server.dispose(), small.server.dispose()]);
  }
}

export const editRow = row('edit', 'edit → diagnostics, 10 MB vs 100 KB (protocol)', 2, (inputs) => typing(inputs, TYPED, 'a character'));

/** An Enter in the middle of the document: every line after it moves (transcript/shiftedList.ts). */
export const enterRow = row('enter', 'Enter → diagnostics, 10 MB vs 100 KB (protocol)', 2, (inputs) => typing(inputs, '\n', 'a line break'));
