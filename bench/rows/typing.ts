// What the `hover` and `outline` rows share: a transcript open in a server of its own, a place to type
// in (the text of a turn in the middle of the document, as in the `edit` row), and the label of a
// turn of the most frequent speaker. A keystroke is a didChange (a character typed, then deleted, so
// the document never drifts); the request after it is timed from sending the didChange to the answer.
// The servers keep their typing debounce (diagnostics 150 ms after the last change, as in VS Code),
// and each timed request is followed by an untimed wait for that version's diagnostics, so no
// measure holds diagnostics work and every one starts from a quiet server.
import type { Position } from 'vscode-languageserver-protocol';
import { parseTranscript } from '../../server/src/transcript';
import { BenchServer, startServer } from '../lspClient';
import { median, time } from '../measure';

const TYPED = 'ы';

/** Inside the text of the turn in the middle of `text`, a few characters after its label; and the
 *  label of the most frequent speaker's turn nearest the middle. */
function places(text: string): { typing: Position; label: Position; speaker: string; turns: number } {
  const transcript = parseTranscript(text);
  const turns = transcript.turns;
  let typing: Position | undefined;
  for (let i = Math.floor(turns.length / 2); i < turns.length && !typing; i++) {
    const span = turns[i].text;
    if (span.text.length > 8) typing = { line: span.range.start.line, character: span.range.start.character + 4 };
  }
  if (!typing) throw new Error('no turn with text after the middle of the document');
  const top = [...transcript.speakers.values()].sort((a, b) => b.turns.length - a.turns.length)[0];
  const turn = turns[top.turns[Math.floor(top.turns.length / 2)]];
  return { typing, label: { line: turn.startLine, character: turn.label.range.start.character + 1 }, speaker: top.displayName, turns: top.turns.length };
}

export class TypedDocument {
  private version = 1;
  private inserted = false;
  /** The diagnostics of the last version typed, waited for from before its didChange was sent. */
  private diagnostics: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly server: BenchServer,
    readonly uri: string,
    readonly typing: Position,
    /** On the label of a turn of the most frequent speaker. */
    readonly label: Position,
    /** Who that is, and how many turns they have. */
    readonly speaker: string,
    readonly speakerTurns: number,
  ) {}

  /** A server (with its typing debounce) with `text` open and its first analysis done. */
  static async open(uri: string, text: string): Promise<TypedDocument> {
    const server = await startServer({});
    await server.openAnalysed(uri, text, 1);
    const { typing, label, speaker, turns } = places(text);
    return new TypedDocument(server, uri, typing, label, speaker, turns);
  }

  /** Type the character, or delete the one typed before: one didChange, not waited on. */
  async keystroke(): Promise<void> {
    const version = ++this.version;
    const end = this.inserted ? { line: this.typing.line, character: this.typing.character + TYPED.length } : this.typing;
    const change = { range: { start: this.typing, end }, text: this.inserted ? '' : TYPED };
    this.inserted = !this.inserted;
    this.diagnostics = this.server.published(this.uri, version);
    await this.server.change(this.uri, version, [change]);
  }

  /** The diagnostics of the last version typed published: the server is quiet again. */
  async settled(): Promise<void> {
    await this.diagnostics;
  }

  /** `request` answered (a guard fails it after two minutes). */
  ask<T>(request: () => Promise<T>, what: string): Promise<T> {
    return this.server.guard(request(), what);
  }

  dispose(): Promise<void> {
    return this.server.dispose();
  }
}

/** Both documents open; `use` runs with them and both servers are shut down after. */
export async function withDocuments<T>(large: string, small: string, use: (large: TypedDocument, small: TypedDocument) => Promise<T>): Promise<T> {
  const a = await TypedDocument.open('file:///bench/large.transcript', large);
  let b: TypedDocument | undefined;
  try {
    b = await TypedDocument.open('file:///bench/small.transcript', small);
    return await use(a, b);
  } finally {
    await Promise.all([a.dispose(), b?.dispose()]);
  }
}

/** Timings of `measure` on each document, alternating which goes first, after `warmup` untimed
 *  rounds; `after` runs untimed after each timed one (waiting for the server to settle). */
export async function alternately(
  large: TypedDocument,
  small: TypedDocument,
  measure: (document: TypedDocument) => Promise<unknown>,
  options: { runs: number; warmup: number; after?: (document: TypedDocument) => Promise<void> },
): Promise<{ a: number[]; b: number[] }> {
  const one = async (document: TypedDocument, into?: number[]) => {
    const ms = await time(() => measure(document));
    into?.push(ms);
    await options.after?.(document);
  };
  for (let i = 0; i < options.warmup; i++) {
    await one(large);
    await one(small);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    if (i % 2 === 0) {
      await one(large, a);
      await one(small, b);
    } else {
      await one(small, b);
      await one(large, a);
    }
  }
  return { a, b };
}

/** `10 MB 12.3 ms vs 100 KB 1.2 ms (10.3×)`. */
export function versus(a: readonly number[], b: readonly number[]): string {
  const x = median(a);
  const y = median(b);
  return `10 MB ${x.toFixed(1)} ms vs 100 KB ${y.toFixed(1)} ms (${(x / y).toFixed(1)}×)`;
}
