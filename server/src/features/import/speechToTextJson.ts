// Speech-to-text JSON as a transcript's turns. Two shapes are read:
//
//   Whisper / WhisperX (openai-whisper `--output_format json`, whisperx with diarization):
//     { "segments": [ { "start": 1.02, "end": 4.5, "text": " Hello.", "speaker": "SPEAKER_00" }, … ] }
//     or the segments array alone. `start`, `end` in seconds; `speaker` only where diarized (a segment
//     without one goes on the previous speaker's turn).
//   AssemblyAI (speaker_labels: true):
//     { "utterances": [ { "speaker": "A", "start": 1020, "end": 4500, "text": "Hello." }, … ] }
//     `start`, `end` in milliseconds.
//
// Every other field (`words`, `tokens`, `confidence`, …) is ignored. AssemblyAI rather than Deepgram as
// the second shape: its `utterances` are already speaker turns, while Deepgram's need `utterances=true`
// and otherwise leave the turns to be rebuilt from `words`.
import type { Imported, Problem, Utterance } from './types';

type Shape = { list: 'segments' | 'utterances' | undefined; unit: 1 | 1000 };

/** The turns a speech-to-text JSON file holds, or the first thing wrong with it. */
export function readSpeechToTextJson(text: string): Imported | Problem {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { line: syntaxErrorLine(text, e instanceof Error ? e.message : ''), id: 'import.json-invalid', args: [] };
  }
  const shape = shapeOf(data);
  if (!shape) return { line: 1, id: 'import.json-shape', args: [] };
  const entries = (shape.list ? (data as Record<string, unknown>)[shape.list] : data) as unknown[];
  const lines = elementLines(text, shape.list);
  const utterances: Utterance[] = [];
  for (let i = 0; i < entries.length; i++) {
    const read = entryUtterance(entries[i], `${shape.list ?? ''}[${i}]`, lines[i] ?? 1, shape);
    if ('id' in read) return read;
    if (read.text !== '') utterances.push(read);
  }
  if (utterances.length === 0) return { line: 1, id: 'import.no-cues', args: [] };
  return { utterances };
}

function shapeOf(data: unknown): Shape | undefined {
  if (Array.isArray(data)) return { list: undefined, unit: 1 };
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.segments)) return { list: 'segments', unit: 1 };
  if (Array.isArray(record.utterances)) return { list: 'utterances', unit: 1000 };
  return undefined;
}

/** One segment or utterance: `at` names it (`segments[3]`) in a message. */
function entryUtterance(entry: unknown, at: string, line: number, shape: Shape): Utterance | Problem {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return { line, id: 'import.json-not-object', args: [at] };
  const e = entry as Record<string, unknown>;
  const timeId = shape.unit === 1 ? 'import.json-seconds' : 'import.json-milliseconds';
  if (typeof e.start !== 'number' || !Number.isFinite(e.start) || e.start < 0) return { line, id: timeId, args: [at, 'start'] };
  // `end` is optional (a transcript keeps only when a turn starts), but a wrong one is a sign of a broken file.
  if (e.end !== undefined && (typeof e.end !== 'number' || !Number.isFinite(e.end))) return { line, id: timeId, args: [at, 'end'] };
  if (typeof e.end === 'number' && e.end < e.start) return { line, id: 'import.json-end-before-start', args: [at, e.start, e.end] };
  if (typeof e.text !== 'string') return { line, id: 'import.json-text', args: [at, 'text'] };
  const speaker = e.speaker === undefined || e.speaker === null ? undefined : typeof e.speaker === 'number' ? String(e.speaker) : e.speaker;
  if (speaker !== undefined && typeof speaker !== 'string') return { line, id: 'import.json-text', args: [at, 'speaker'] };
  return { speaker: speaker?.trim() || undefined, text: e.text.replace(/[ \t\r\n\f]+/g, ' ').trim(), start: e.start / shape.unit, line };
}

/** The line a JSON.parse message points at: V8 says `… at position 42 (line 3 column 7)` or `… at
 *  position 42`; a text that breaks off is wrong on its last line. */
function syntaxErrorLine(text: string, message: string): number {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  const at = position ? Number(position[1]) : /end of JSON/i.test(message) ? text.length : 0;
  return lineAt(text, at);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The 1-based line where each element of the array starts: the array under `key` in the top-level
 *  object, or the top-level array when `key` is undefined. The text is valid JSON (JSON.parse read it). */
export function elementLines(text: string, key: string | undefined): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let target = -1;
  let awaiting = false;
  let lastString: string | undefined;
  let keyBefore: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') continue;
    if (awaiting && c !== ']') {
      out.push(line);
      awaiting = false;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1) lastString = text.slice(i + 1, end);
      i = end;
    } else if (c === ':' && depth === 1) keyBefore = lastString;
    else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && target < 0 && (key === undefined ? depth === 1 : depth === 2 && keyBefore === key)) {
        target = depth;
        awaiting = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === target) return out;
      depth--;
    } else if (c === ',' && depth === target) awaiting = true;
  }
  return out;
}

/** The index of the quote that closes the string opened at `i`. */
function stringEnd(text: string, i: number): number {
  let k = i + 1;
  while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
  return k;
}
