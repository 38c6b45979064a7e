// Expand selection: word → sentence → paragraph → turn → section → document.
import type { SelectionRange } from 'vscode-languageserver-types';
import { contains, findSectionAt, findTurnAt, type Position, type Range, type Transcript } from '../transcript';

/** A word keeps initials and hyphenated names together: `В.Путин`, `Кара-Мурза`, `don’t`. */
const WORD = /[\p{L}\p{N}]+(?:[-’'.][\p{L}\p{N}]+)*/gu;
/** Sentences end at `.`, `!`, `?` or `…` followed by white space. */
const SENTENCE_BREAK = /(?<=[.!?…])[\s\u00A0]+/g;

function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function wordAt(text: string, line: number, character: number): Range | undefined {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m.index > character) break;
    if (character <= m.index + m[0].length) return rangeOn(line, m.index, m.index + m[0].length);
  }
  return undefined;
}

function sentenceAt(text: string, from: number, to: number, line: number, character: number): Range | undefined {
  let start = from;
  SENTENCE_BREAK.lastIndex = from;
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < to; m = SENTENCE_BREAK.exec(text)) {
    if (character <= m.index) return rangeOn(line, start, m.index);
    start = m.index + m[0].length;
  }
  return character >= start ? rangeOn(line, start, to) : undefined;
}

function equal(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

function encloses(outer: Range, inner: Range): boolean {
  return contains(outer, inner.start) && contains(outer, inner.end);
}

function selectionAt(transcript: Transcript, position: Position): SelectionRange {
  const lines = transcript.lines;
  const lastLine = lines.length - 1;
  const documentRange = rangeOn(0, 0, 0);
  documentRange.end = { line: lastLine, character: lines[lastLine].text.length };
  const chain: Range[] = [];
  const line = Math.min(Math.max(position.line, 0), lastLine);
  const text = lines[line].text;
  const character = Math.min(Math.max(position.character, 0), text.length);
  let start = 0;
  while (start < text.length && /[\s\u00A0\uFEFF]/.test(text[start])) start++;
  let end = text.length;
  while (end > start && /[\s\u00A0]/.test(text[end - 1])) end--;
  const turn = findTurnAt(transcript, line);
  // On a label line the turn's text is a paragraph of its own, after the label.
  const textStart = turn && turn.startLine === line && character >= turn.text.range.start.character ? turn.text.range.start.character : start;
  const word = wordAt(text, line, character);
  if (word) chain.push(word);
  const onLabel = turn !== undefined && turn.startLine === line && character < turn.text.range.start.character;
  if (end > start) {
    // On a label the next step is the label line, not a "sentence" running from the label into the text.
    const sentence = onLabel ? undefined : sentenceAt(text, textStart, end, line, character);
    if (sentence) chain.push(sentence);
    if (textStart > start) chain.push(rangeOn(line, textStart, end));
    chain.push(rangeOn(line, start, end));
  }
  if (turn) chain.push(turn.range);
  const section = findSectionAt(transcript, line);
  if (section) chain.push(section.range);
  chain.push(documentRange);

  let result: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const range = chain[i];
    if (!contains(range, { line, character })) continue;
    if (result && (equal(result.range, range) || !encloses(result.range, range))) continue;
    result = { range, parent: result };
  }
  // Innermost first: the chain was built outward, the list is linked inward-to-outward.
  return result ?? { range: documentRange };
}

export function selectionRanges(transcript: Transcript, positions: readonly Position[]): SelectionRange[] {
  return positions.map((p) => selectionAt(transcript, p));
}
