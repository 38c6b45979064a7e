// The `vscode.l10n.t(…)` calls of the client's sources, read as text: the key each one looks up in
// `l10n/bundle.l10n.<language>.json`. VS Code's key is the message, or with a translator's comment
// `message/comment` (the comment's lines joined): extHostLocalizationService.getMessage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface L10nCall {
  file: string;
  /** 1-based line of the call. */
  line: number;
  /** The bundle key, or undefined when the message is not a string literal (no bundle can hold it). */
  key: string | undefined;
  /** The message itself (the key without its comment). */
  message: string | undefined;
  /** The call as written, for the failure message. */
  source: string;
}

const CALL = 'l10n.t(';

/** Every `l10n.t(` call in the `.ts` files of `dir`. */
export function l10nCalls(dir: string): L10nCall[] {
  const calls: L10nCall[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (let at = text.indexOf(CALL); at !== -1; at = text.indexOf(CALL, at + CALL.length)) {
      const line = text.slice(0, at).split('\n').length;
      const args = skipSpace(text, at + CALL.length);
      const { key, message, end } = keyOf(text, args);
      calls.push({ file: name, line, key, message, source: text.slice(at, Math.min(end, at + 160)) });
    }
  }
  return calls;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** A string literal at `i` ('…', "…" or a template with no `${`): its value and where it ends. */
function literalAt(text: string, i: number): { value: string; end: number } | undefined {
  const quote = text[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\') j++;
    else if (quote === '`' && text.startsWith('${', j)) return undefined;
    j++;
  }
  const source = text.slice(i, j + 1);
  // Our own source, a plain literal: evaluating it gives exactly the string the call passes.
  return { value: new Function(`return ${source};`)() as string, end: j + 1 };
}

function keyOf(text: string, i: number): { key: string | undefined; message: string | undefined; end: number } {
  const literal = literalAt(text, i);
  if (literal) return { key: literal.value, message: literal.value, end: literal.end };
  if (text[i] !== '{') return { key: undefined, message: undefined, end: i };
  // `{ message: '…', args: […], comment: ['…'] }`: find the object's end, skipping literals.
  let depth = 0;
  let j = i;
  for (; j < text.length; j++) {
    const lit = literalAt(text, j);
    if (lit) {
      j = lit.end - 1;
      continue;
    }
    if ('{[('.includes(text[j])) depth++;
    else if ('}])'.includes(text[j]) && --depth === 0) break;
  }
  const object = text.slice(i, j + 1);
  const messageAt = /\bmessage:\s*/.exec(object);
  const message = messageAt ? literalAt(object, messageAt.index + messageAt[0].length) : undefined;
  if (!message) return { key: undefined, message: undefined, end: j + 1 };
  const commentAt = /\bcomment:\s*/.exec(object);
  let comment = '';
  if (commentAt) {
    let k = commentAt.index + commentAt[0].length;
    const list = object[k] === '[';
    if (list) k = skipSpace(object, k + 1);
    for (let lit = literalAt(object, k); lit; lit = list ? literalAt(object, k) : undefined) {
      comment += lit.value;
      k = skipSpace(object, lit.end);
      if (object[k] === ',') k = skipSpace(object, k + 1);
    }
  }
  return { key: comment ? `${message.value}/${comment}` : message.value, message: message.value, end: j + 1 };
}
