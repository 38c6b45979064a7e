// The server's copy of an open document, kept as lines. `vscode-languageserver-textdocument` keeps
// one string and rebuilds it on every change: on a 10 MB transcript each keystroke copied 20 MB and
// left the old copy to the garbage collector. Here a change replaces the lines it touches (and one on
// each side, where a lone `\r` and an `\n` may meet); the whole text is joined only when asked for
// (a full parse), and the incremental parse reads the changed lines directly.
//
// Positions behave exactly as TextDocument's: the same line breaks (`\r\n`, `\r`, `\n`), and a
// character past the end of a line, or a range given end first, is read as TextDocument reads it.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { splitLines, type SourceLine } from './transcript';

export class LineDocument implements TextDocument {
  private texts: string[] = [];
  private terminators: SourceLine['terminator'][] = [];
  /** Where each line starts in the text. */
  private starts: number[] = [];
  private textLength = 0;
  /** The whole text, once joined (until the next change). */
  private joined: string | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.reset(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): LineDocument {
    return new LineDocument(uri, languageId, version, content);
  }

  get lineCount(): number {
    return this.texts.length;
  }

  /** The length of the text in UTF-16 code units, without joining it. */
  get length(): number {
    return this.textLength;
  }

  /** Lines `[from, to)` as the model keeps them. */
  lines(from: number, to: number): SourceLine[] {
    const out: SourceLine[] = [];
    for (let i = from; i < to; i++) out.push({ text: this.texts[i], terminator: this.terminators[i] });
    return out;
  }

  getText(range?: Range): string {
    if (this.joined === undefined) {
      let text = '';
      for (let i = 0; i < this.texts.length; i++) text += this.texts[i] + this.terminators[i];
      this.joined = text;
    }
    return range ? this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.joined;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.texts.length) return this.textLength;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    if (position.character <= 0) return start;
    return start + Math.min(position.character, this.texts[position.line].length);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.textLength), 0);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: Math.min(at - this.starts[line], this.texts[line].length) };
  }

  getLineRange(line: number): Range {
    const at = Math.max(0, Math.min(line, this.texts.length - 1));
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: { line: at, character: 0 }, end: { line: at, character: this.texts[at].length } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.texts.length ? '' : this.terminators[line];
  }

  /** Apply content changes in order, as TextDocument.update does. For each change, `changed` hears
   *  which lines it replaced: lines `[start, oldEnd)` became `[start, newEnd)`, the others are as
   *  they were (the whole text, undefined, for a change without a range). */
  update(
    changes: readonly TextDocumentContentChangeEvent[],
    version: number,
    changed?: (lines: { start: number; oldEnd: number; newEnd: number } | undefined) => void,
  ): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.reset(change.text);
        changed?.(undefined);
        continue;
      }
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      const startOffset = this.offsetAt(start);
      const endOffset = this.offsetAt(end);
      const n = this.texts.length;
      // The lines the change touches, and one more on each side: a `\r` left at the end of one line
      // and an `\n` at the start of the next become one line break.
      const first = Math.max(0, this.positionAt(startOffset).line - 1);
      const last = Math.min(n - 1, this.positionAt(endOffset).line + 1);
      let segment = '';
      for (let i = first; i <= last; i++) segment += this.texts[i] + this.terminators[i];
      const base = this.starts[first];
      segment = segment.slice(0, startOffset - base) + change.text + segment.slice(endOffset - base);
      const split = splitLines(segment).lines;
      // Before a line that stays, the segment ends with its line break: the split's last line is empty.
      if (last < n - 1) split.pop();
      // Lines at either end of the segment that came out as they were are not changed lines.
      let same = 0;
      const oldCount = last - first + 1;
      while (same < oldCount && same < split.length && this.texts[first + same] === split[same].text && this.terminators[first + same] === split[same].terminator) same++;
      let sameEnd = 0;
      while (
        sameEnd < oldCount - same &&
        sameEnd < split.length - same &&
        this.texts[last - sameEnd] === split[split.length - 1 - sameEnd].text &&
        this.terminators[last - sameEnd] === split[split.length - 1 - sameEnd].terminator
      )
        sameEnd++;
      changed?.({ start: first + same, oldEnd: last + 1 - sameEnd, newEnd: first + split.length - sameEnd });
      this.texts = replaced(this.texts, first, last + 1, split.map((l) => l.text));
      this.terminators = replaced(this.terminators, first, last + 1, split.map((l) => l.terminator));
      this.textLength += change.text.length - (endOffset - startOffset);
      this.recount(first);
    }
    this.joined = undefined;
    this.version = version;
  }

  private reset(content: string): void {
    const { lines } = splitLines(content);
    this.texts = lines.map((l) => l.text);
    this.terminators = lines.map((l) => l.terminator);
    this.textLength = content.length;
    this.starts = [];
    this.recount(0);
    this.joined = content;
  }

  /** Line starts from line `from` on. */
  private recount(from: number): void {
    this.starts.length = this.texts.length;
    let at = from === 0 ? 0 : this.starts[from - 1] + this.texts[from - 1].length + this.terminators[from - 1].length;
    for (let i = from; i < this.texts.length; i++) {
      this.starts[i] = at;
      at += this.texts[i].length + this.terminators[i].length;
    }
  }
}

/** `items` with `[from, to)` replaced by `by`: in place for a few lines, rebuilt for a large paste
 *  (a spread of hundreds of thousands of arguments would overflow the stack). */
function replaced<T>(items: T[], from: number, to: number, by: T[]): T[] {
  if (by.length < 10_000) {
    items.splice(from, to - from, ...by);
    return items;
  }
  return items.slice(0, from).concat(by, items.slice(to));
}
