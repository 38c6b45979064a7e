// What each side bundles of the other: the client (dist/extension.js) shares only protocol/ with the
// server, never server/src code or the server's library; protocol/ itself imports neither side and
// of vscode-languageserver-protocol only its platform-neutral entry, so it bundles for a browser too.
// The client and the server are each one bundle for every platform (client/src/main.ts,
// server/src/main.ts), which requires the Node side or the browser side where it runs: what a browser
// side reaches holds nothing of Node — no built-in module, no stand-in for one, none of our files
// that uses Node's globals (the e2e --web run and browserWorker.test.ts run them in a browser).
// Read from esbuild's metafile: the files a bundle of the entry point holds, as esbuild.mjs bundles it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../helpers/fixtures';

/** esbuild's account of a bundle of `entry`, built as esbuild.mjs builds it (nothing written). */
async function metafileOf(entry: string, platform: esbuild.Platform = 'node', format: esbuild.Format = 'cjs'): Promise<esbuild.Metafile> {
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    platform,
    format,
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The files a bundle of `entry` holds, relative to the repository root. */
async function bundledFiles(entry: string, platform: esbuild.Platform = 'node'): Promise<string[]> {
  return Object.keys((await metafileOf(entry, platform)).inputs).sort();
}

/** What a browser bundle would take from Node, one line each: a module left to be required at run
 *  time (all but `vscode`, which the extension host gives), a Node module switched off by a
 *  package's `browser` field (esbuild lists it as `(disabled):fs`), and each of our own files that
 *  names Node's globals. */
function nodeInBrowserBundle(metafile: esbuild.Metafile): string[] {
  const found: string[] = [];
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (file.startsWith('(disabled):')) found.push(`${file} (Node's ${file.slice('(disabled):'.length)} switched off)`);
    for (const i of input.imports) {
      if (i.external && i.path !== 'vscode') found.push(`${file} requires ${i.path} at run time`);
      else if (builtins.has(i.path)) found.push(`${file} imports ${i.path}`);
    }
    if (file.startsWith('node_modules/') || file.startsWith('(disabled):')) continue;
    const globals = /\b(?:Buffer|process|__dirname|__filename|require|setImmediate|global)\b/.exec(withoutComments(readFileSync(join(REPO_ROOT, file), 'utf8')));
    if (globals) found.push(`${file} uses Node's ${globals[0]}`);
  }
  return found.sort();
}

/** Source text without its comments (a comment may name Node's globals: "no Buffer here"). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** A bundle for every platform as esbuild.mjs builds it (client/src/main.ts, server/src/main.ts):
 *  both sides' library entries, fflate's browser build, the client's stand-ins. */
async function bundleMetafile(entry: string): Promise<esbuild.Metafile> {
  const { vscodeVersion } = (await import(join(REPO_ROOT, 'scripts/vscodeVersionPlugin.mjs'))) as { vscodeVersion: esbuild.Plugin };
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: entry.startsWith('server') ? 'iife' : 'cjs',
    conditions: ['browser'],
    alias: { fflate: 'fflate/browser', minimatch: './client/src/noFileOperationGlobs.ts' },
    external: ['vscode'],
    plugins: [vscodeVersion],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The inputs a bundle evaluates once `start` is: it and what it imports, transitively. */
function reachable(metafile: esbuild.Metafile, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !metafile.inputs[file]) return;
    seen.add(file);
    for (const i of metafile.inputs[file].imports) if (!i.external) visit(i.path);
  };
  visit(start);
  return seen;
}

/** The folders of the repository's own files in a bundle (libraries under node_modules apart). */
function ownFolders(files: string[]): string[] {
  return [...new Set(files.filter((f) => !f.startsWith('node_modules/')).map((f) => f.slice(0, f.lastIndexOf('/'))))].sort();
}

/** The packages under node_modules a bundle holds code of. */
function packages(files: string[]): string[] {
  return [...new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]))].sort();
}

describe('bundles: the client and the server share protocol/ only', () => {
  test('the client bundle holds client/src and protocol/, no server/src, and not the server library', async () => {
    const files = await bundledFiles('client/src/extension.ts');
    assert.deepEqual(ownFolders(files), ['client/src', 'protocol']);
    assert.ok(files.includes('protocol/index.ts'));
    assert.ok(!packages(files).includes('vscode-languageserver'), packages(files).join(', '));
  });

  test('protocol/ bundles alone: its own files and the platform-neutral protocol library', async () => {
    const files = await bundledFiles('protocol/index.ts');
    assert.deepEqual(ownFolders(files), ['protocol']);
    assert.deepEqual(packages(files), ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver-types']);
    assert.deepEqual(files.filter((f) => f.includes('/lib/node/')), []);
  });

  test('protocol/ bundles for a browser as well (the web client and the worker server share it)', async () => {
    const files = await bundledFiles('protocol/index.ts', 'browser');
    assert.deepEqual(ownFolders(files), ['protocol']);
  });

  test('the desktop server bundle (server/src/node.ts) holds no client code', async () => {
    const files = await bundledFiles('server/src/node.ts');
    assert.deepEqual(ownFolders(files).filter((f) => !f.startsWith('server/src')), ['protocol']);
    assert.ok(!packages(files).includes('vscode-languageclient'), packages(files).join(', '));
  });
});

describe('what runs in a browser: nothing of Node', () => {
  test('the client bundle (client/src/main.ts) requires each side where it runs; its browser side: the browser language client, client/src and protocol/, nothing of Node', async () => {
    const metafile = await bundleMetafile('client/src/main.ts');
    assert.deepEqual(
      metafile.inputs['client/src/main.ts'].imports.map((i) => [i.path, i.kind]),
      [
        ['client/src/node.ts', 'require-call'],
        ['client/src/web.ts', 'require-call'],
      ],
    );
    const files = [...reachable(metafile, 'client/src/web.ts')].sort();
    assert.deepEqual(nodeInBrowserBundle({ inputs: Object.fromEntries(files.map((f) => [f, metafile.inputs[f]])), outputs: {} }), []);
    assert.deepEqual(ownFolders(files), ['client/src', 'protocol']);
    assert.ok(files.includes('node_modules/vscode-languageclient/lib/browser/main.js'));
    assert.deepEqual(files.filter((f) => f.includes('/lib/node/')), []);
    assert.ok(!files.includes('client/src/node.ts'));
    assert.ok(!packages(files).includes('vscode-languageserver'), packages(files).join(', '));
    assert.ok(reachable(metafile, 'client/src/node.ts').has('node_modules/vscode-languageclient/lib/node/main.js'));
  });

  test('the server bundle (server/src/main.ts) requires each side where it runs; its browser side reaches nothing of Node, no disk reader', async () => {
    const metafile = await bundleMetafile('server/src/main.ts');
    const entry = metafile.inputs['server/src/main.ts'];
    assert.deepEqual(
      entry.imports.map((i) => [i.path, i.kind]),
      [
        ['server/src/node.ts', 'require-call'],
        ['server/src/browser.ts', 'require-call'],
      ],
    );
    const browserSide = reachable(metafile, 'server/src/browser.ts');
    const files = [...browserSide].sort();
    assert.deepEqual(nodeInBrowserBundle({ inputs: Object.fromEntries(files.map((f) => [f, metafile.inputs[f]])), outputs: {} }), []);
    assert.ok(files.includes('node_modules/vscode-languageserver/lib/browser/main.js'));
    assert.deepEqual(files.filter((f) => f.includes('/lib/node/')), []);
    for (const nodeOnly of ['server/src/node.ts', 'server/src/files.ts', 'server/src/diskFiles.ts', 'server/src/rulesDocument.ts']) {
      assert.ok(!files.includes(nodeOnly), `${nodeOnly} is on the worker's side`);
    }
    assert.deepEqual(ownFolders(files).filter((f) => !f.startsWith('server/src')), ['protocol']);
    // The Node side has what Node gives it.
    assert.ok(reachable(metafile, 'server/src/node.ts').has('node_modules/vscode-languageserver/lib/node/main.js'));
  });

  test('the check finds what it looks for: the desktop server names Node modules and globals', async () => {
    const found = nodeInBrowserBundle(await metafileOf('server/src/node.ts'));
    assert.ok(found.includes('server/src/files.ts requires node:fs at run time'), found.join('\n'));
    assert.ok(found.includes('server/src/rulesDocument.ts uses Node\'s __dirname'), found.join('\n'));
  });
});
