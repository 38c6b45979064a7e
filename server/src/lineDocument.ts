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
  /** The lines, shared with the models parsed from this document (never changed, only replaced). */
  private entries: SourceLine[] = [];
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
    return this.entries.length;
  }

  /** The length of the text in UTF-16 code units, without joining it. */
  get length(): number {
    return this.textLength;
  }

  /** Lines `[from, to)` as the model keeps them. */
  lines(from = 0, to = this.entries.length): SourceLine[] {
    return this.entries.slice(from, to);
  }

  getText(range?: Range): string {
    if (this.joined === undefined) {
      let text = '';
      for (const l of this.entries) text += l.text + l.terminator;
      this.joined = text;
    }
    return range ? this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.joined;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.entries.length) return this.textLength;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    if (position.character <= 0) return start;
    return start + Math.min(position.character, this.entries[position.line].text.length);
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
    return { line, character: Math.min(at - this.starts[line], this.entries[line].text.length) };
  }

  getLineRange(line: number): Range {
    const at = Math.max(0, Math.min(line, this.entries.length - 1));
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: { line: at, character: 0 }, end: { line: at, character: this.entries[at].text.length } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.entries.length ? '' : this.entries[line].terminator;
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
      const n = this.entries.length;
      // The lines the change touches, and one more on each side: a `\r` left at the end of one line
      // and an `\n` at the start of the next become one line break.
      const first = Math.max(0, this.positionAt(startOffset).line - 1);
      const last = Math.min(n - 1, this.positionAt(endOffset).line + 1);
      let segment = '';
      for (let i = first; i <= last; i++) segment += this.entries[i].text + this.entries[i].terminator;
      const base = this.starts[first];
      segment = segment.slice(0, startOffset - base) + change.text + segment.slice(endOffset - base);
      const split = splitLines(segment).lines;
      // Before a line that stays, the segment ends with its line break: the split's last line is empty.
      if (last < n - 1) split.pop();
      // Lines at either end of the segment that came out as they were are not changed lines.
      let same = 0;
      const oldCount = last - first + 1;
      const equal = (a: SourceLine, b: SourceLine) => a.text === b.text && a.terminator === b.terminator;
      while (same < oldCount && same < split.length && equal(this.entries[first + same], split[same])) same++;
      let sameEnd = 0;
      while (
        sameEnd < oldCount - same &&
        sameEnd < split.length - same &&
        equal(this.entries[last - sameEnd], split[split.length - 1 - sameEnd])
      )
        sameEnd++;
      changed?.({ start: first + same, oldEnd: last + 1 - sameEnd, newEnd: first + split.length - sameEnd });
      // Unchanged lines at either end keep their objects (models share them).
      this.entries = replaced(this.entries, first + same, last + 1 - sameEnd, split.slice(same, split.length - sameEnd));
      this.textLength += change.text.length - (endOffset - startOffset);
      this.recount(first);
    }
    this.joined = undefined;
    this.version = version;
  }

  private reset(content: string): void {
    const { lines } = splitLines(content);
    this.entries = lines;
    this.textLength = content.length;
    this.starts = [];
    this.recount(0);
    this.joined = content;
  }

  /** Line starts from line `from` on. */
  private recount(from: number): void {
    this.starts.length = this.entries.length;
    const lines = this.entries;
    let at = from === 0 ? 0 : this.starts[from - 1] + lines[from - 1].text.length + lines[from - 1].terminator.length;
    for (let i = from; i < lines.length; i++) {
      this.starts[i] = at;
      at += lines[i].text.length + lines[i].terminator.length;
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
