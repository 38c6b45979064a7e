// The layers of docs/architecture.md, checked on every run: what each folder may import, the one door
// of the model and of the features, and no source file over 600 lines.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const MAX_LINES = 600;

function filesUnder(dir: string, pattern = /\.(ts|mjs)$/): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (pattern.test(entry.name)) out.push(path);
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/** What a file imports: each specifier of `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

/** A relative specifier as a path from the repository root (`server/src/transcript`), a package as itself. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(dirname(file), specifier)).split(sep).join('/');
}

function violations(files: string[], allowed: (to: string, from: string) => boolean): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = relative(ROOT, file).split(sep).join('/');
    for (const specifier of importsOf(file)) {
      const to = target(file, specifier);
      if (!allowed(to, from)) out.push(`${from} imports ${specifier}`);
    }
  }
  return out;
}

const within = (to: string, folder: string) => to === folder || to.startsWith(`${folder}/`);
const isNodeBuiltin = (to: string) => to.startsWith('node:');

test('the model imports nothing outside server/src/transcript: no LSP, no Node, no server', () => {
  assert.deepEqual(
    violations(filesUnder('server/src/transcript'), (to) => within(to, 'server/src/transcript')),
    [],
  );
});

test('features import the model through its index, LSP types, the messages and each other; never the server layer', () => {
  const allowed = (to: string) =>
    within(to, 'server/src/features') ||
    to === 'server/src/transcript' ||
    to === 'server/src/l10n' ||
    within(to, 'protocol') ||
    to === 'vscode-languageserver-types' ||
    to === 'fflate';
  assert.deepEqual(violations(filesUnder('server/src/features'), allowed), []);
});

test('server.ts, the CLI and the tests reach the features only through features/index.ts', () => {
  const users = [join(ROOT, 'server/src/server.ts'), ...filesUnder('server/src/cli'), ...filesUnder('test'), ...filesUnder('bench'), ...filesUnder('scripts')];
  const allowed = (to: string) => !within(to, 'server/src/features') || to === 'server/src/features';
  assert.deepEqual(violations(users, allowed), []);
});

test('the client imports VS Code, the language client and protocol/; never server/src, and no Node module (it runs in a browser too)', () => {
  // Each platform's language client in its own entry only: node.ts (desktop), web.ts (browser).
  const platformEntry: Record<string, string> = { 'vscode-languageclient/node': 'client/src/node.ts', 'vscode-languageclient/browser': 'client/src/web.ts' };
  const allowed = (to: string, from: string) =>
    within(to, 'client/src') || within(to, 'protocol') || to === 'vscode' || to === 'vscode-languageclient' || platformEntry[to] === from;
  assert.deepEqual(violations(filesUnder('client/src'), allowed), []);
});

test('the server imports Node only where it reads the disk, for the CLI and the Node entry; the rest also runs in a Web Worker', () => {
  const NODE_ONLY = ['server/src/node.ts', 'server/src/files.ts', 'server/src/diskFiles.ts', 'server/src/rulesDocument.ts'];
  const allowed = (to: string, from: string) =>
    NODE_ONLY.includes(from) || within(from, 'server/src/cli') || (!isNodeBuiltin(to) && to !== 'vscode-languageserver/node' && !NODE_ONLY.includes(to));
  assert.deepEqual(violations(filesUnder('server/src'), allowed), []);
});

test('protocol/ imports neither side', () => {
  assert.deepEqual(
    violations(filesUnder('protocol'), (to) => !within(to, 'server') && !within(to, 'client')),
    [],
  );
});

test(`no source file is over ${MAX_LINES} lines`, () => {
  const sources = ['server/src', 'client/src', 'protocol', 'syntaxes', 'scripts', 'bench'].flatMap((d) => filesUnder(d));
  const long = sources
    .map((f) => ({ file: relative(ROOT, f).split(sep).join('/'), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.file}: ${f.lines} lines`);
  assert.deepEqual(long, []);
});
