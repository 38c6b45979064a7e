// Apply LSP TextEdits to a text as an editor would, so a test can write out the whole text a fix
// leaves behind. Positions are zero-based lines and UTF-16 columns (a JS string index is one); a
// line ends at LF, CRLF or CR. Stricter than LSP, which clamps: a position past the end of its line
// or of the text is an error here, because a fix that points there is wrong.
import type { Position, Range } from '../../server/src/transcript';

export interface Edit {
  range: Range;
  newText: string;
}

/** UTF-16 offset of every line start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** The offset of `position` in `text`; throws when the position is not in the text. */
export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  const { line, character } = position;
  if (line < 0 || line >= starts.length) throw new Error(`line ${line} is outside a text of ${starts.length} line(s)`);
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  // The line's own length, without its terminator.
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  if (character < 0 || character > end - start) throw new Error(`${line}:${character} is past the end of line ${line} (${end - start} code units)`);
  return start + character;
}

/**
 * `text` with `edits` applied. The edits must not overlap (as LSP requires of one TextEdit[]);
 * edits may touch (one ends where the next starts); inserts at one position apply in array order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const resolved = edits.map((edit, index) => {
    const start = offsetAt(text, edit.range.start);
    const end = offsetAt(text, edit.range.end);
    if (end < start) throw new Error(`edit ${index} ends before it starts`);
    return { start, end, newText: edit.newText, index };
  });
  resolved.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (let i = 1; i < resolved.length; i++) {
    const a = resolved[i - 1];
    const b = resolved[i];
    if (b.start < a.end) throw new Error(`edits ${a.index} and ${b.index} overlap`);
  }
  let out = '';
  let last = 0;
  for (const e of resolved) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}
