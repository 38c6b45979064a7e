// The `|` cursor marker of the house style: a position written into the text it points at.
import type { Position } from '../../server/src/transcript';

/**
 * Where `marked` (a piece of `text` with one `|` in it) points: `positionOf(text, 'Насосы завезены.|')`
 * is the end of that line. Columns are UTF-16 code units, as LSP counts them (a JS string index is one).
 */
export function positionOf(text: string, marked: string): Position {
  const bar = marked.indexOf('|');
  if (bar < 0 || marked.indexOf('|', bar + 1) >= 0) throw new Error(`marker needs exactly one "|": ${marked}`);
  const plain = marked.slice(0, bar) + marked.slice(bar + 1);
  const at = text.indexOf(plain);
  if (at < 0) throw new Error(`not found in the text: ${plain}`);
  if (text.indexOf(plain, at + 1) >= 0) throw new Error(`found more than once in the text: ${plain}`);
  return positionAt(text, at + bar);
}

/** Text with one `|` marker → the text without it and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const bar = marked.indexOf('|');
  if (bar < 0 || marked.indexOf('|', bar + 1) >= 0) throw new Error(`marker needs exactly one "|": ${marked}`);
  return { text: marked.slice(0, bar) + marked.slice(bar + 1), position: positionAt(marked, bar) };
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // CRLF: count the LF
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
