// Characters that change how text is shown rather than what it says. A transcript or a file name
// may carry them on purpose: U+202E (right-to-left override) makes `В.Путин` display as another
// name, ESC [2J clears a terminal, OSC 8 forges a link, a newline splits a `file:line:col` record.
// Where Stenogram shows such text, it shows these characters as escapes instead: `\u202e`, `\x1b`.

/** Bidirectional formatting characters: LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E),
 *  the isolates (U+2066–U+2069). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What a terminal acts on: C0 controls, DEL, C1 controls, and the line and paragraph separators. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const TERMINAL = new RegExp(`${CONTROLS.source}|${BIDI.source}`, 'g');
/** The same, less what JSON.stringify escapes itself (C0 controls): JSON's own line breaks stay. */
const TERMINAL_IN_JSON = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029]|${BIDI.source}`, 'g');

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with its bidirectional formatting characters written as `\u202e`: for the outline and hovers. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI, escape);
}

/** `text` safe to print on a terminal: control characters (`\x1b`, `\n`, `\x9b`) and bidirectional
 *  formatting characters (`\u202e`) written as escapes; everything else as it is. */
export function showControls(text: string): string {
  return text.replace(TERMINAL, escape);
}

/** JSON of `value` in which the same characters appear only as `\u` escapes (JSON.stringify escapes C0
 *  controls itself), so printing it is safe and parsing it gives back exactly `value`. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(TERMINAL_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
