// What each side bundles of the other: the client (dist/extension.js) shares only protocol/ with the
// server, never server/src code or the server's library; protocol/ itself imports neither side and
// of vscode-languageserver-protocol only its platform-neutral entry, so it bundles for a browser too.
// Read from esbuild's metafile: the files a bundle of the entry point holds, as esbuild.mjs bundles it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../helpers/fixtures';

/** The files a bundle of `entry` holds, relative to the repository root. */
async function bundledFiles(entry: string, platform: esbuild.Platform = 'node'): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    platform,
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).sort();
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

  test('protocol/ bundles for a browser as well (a web client could share it)', async () => {
    const files = await bundledFiles('protocol/index.ts', 'browser');
    assert.deepEqual(ownFolders(files), ['protocol']);
  });
});
