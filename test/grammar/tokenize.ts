// Tokenise with syntaxes/transcript.tmLanguage.json exactly as VS Code does: vscode-textmate over
// vscode-oniguruma (the engine VS Code ships), one line at a time, each line's state carried to the
// next. The oniguruma WebAssembly comes from the installed package, read from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar, type StateStack } from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/fixtures';

export const GRAMMAR_PATH = join(REPO_ROOT, 'syntaxes', 'transcript.tmLanguage.json');
export const SCOPE = 'text.transcript';

export interface Token {
  start: number;
  end: number;
  /** The scope stack, outermost first, without the root `text.transcript`. */
  scopes: string[];
}

export interface TokenizedLine {
  text: string;
  tokens: Token[];
}

let onigReady: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  onigReady ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onigReady;
}

/** A grammar loaded into a fresh registry: the repository's, or any other raw grammar (benchmarks). */
export async function loadGrammar(raw: IRawGrammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as IRawGrammar): Promise<IGrammar> {
  await loadOniguruma();
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === raw.scopeName ? raw : null),
  });
  const grammar = await registry.loadGrammar(raw.scopeName);
  if (!grammar) throw new Error(`grammar ${raw.scopeName} did not load`);
  return grammar;
}

let shared: Promise<IGrammar> | undefined;

/** The repository's grammar, loaded once per test process. */
export function transcriptGrammar(): Promise<IGrammar> {
  shared ??= loadGrammar();
  return shared;
}

/** Lines as an editor has them: split at LF, CRLF or CR, terminators dropped. VS Code drops a BOM. */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Tokenise a whole document from its first line. Throws if the engine stops a line early. */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): TokenizedLine[] {
  let state: StateStack = INITIAL;
  return lines.map((text, i) => {
    const result = grammar.tokenizeLine(text, state);
    if (result.stoppedEarly) throw new Error(`line ${i + 1}: tokenization stopped early`);
    state = result.ruleStack;
    return {
      text,
      tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes.slice(1) })),
    };
  });
}

export async function tokenizeDocument(text: string): Promise<TokenizedLine[]> {
  return tokenizeLines(await transcriptGrammar(), editorLines(text));
}

/** The scopes at a column of a tokenised line (empty past its end). */
export function scopesAt(line: TokenizedLine, column: number): string[] {
  for (const t of line.tokens) if (t.start <= column && column < t.end) return t.scopes;
  return [];
}

/** True when `scope` is `selector` or a child of it (`entity.name.function.speaker.transcript` ⊂ `entity.name.function`). */
export function scopeMatches(scope: string, selector: string): boolean {
  return scope === selector || scope.startsWith(`${selector}.`);
}

/** The spans of a line whose scopes include one matching `selector`, merged when adjacent. */
export function spansOf(line: TokenizedLine, selector: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const t of line.tokens) {
    if (!t.scopes.some((s) => scopeMatches(s, selector))) continue;
    const last = out[out.length - 1];
    if (last && last.end === t.start) {
      last.end = t.end;
      last.text = line.text.slice(last.start, last.end);
    } else out.push({ start: t.start, end: t.end, text: line.text.slice(t.start, t.end) });
  }
  return out;
}
