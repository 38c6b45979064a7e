// The desktop client's stand-in for semver (client/src/vscodeVersion.ts): it must read every version
// VS Code reports and answer vscode-languageclient's one question, `^1.91.0`, as semver does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, satisfies } from '../../client/src/vscodeVersion';
import { REPO_ROOT } from '../helpers/fixtures';

test('parse: released and insider versions; anything else null', () => {
  assert.deepEqual(parse('1.99.3'), { major: 1, minor: 99, patch: 3, prerelease: [] });
  assert.deepEqual(parse('1.100.0-insider'), { major: 1, minor: 100, patch: 0, prerelease: ['insider'] });
  assert.equal(parse('1.99'), null);
  assert.equal(parse(undefined), null);
});

test('satisfies: a caret range as semver reads it', () => {
  const cases: [string, boolean][] = [
    ['1.91.0', true],
    ['1.99.3', true],
    ['1.100.0', true],
    ['1.90.9', false],
    ['2.0.0', false],
    ['0.91.0', false],
  ];
  assert.deepEqual(cases.map(([v]) => [v, satisfies(parse(v)!, '^1.91.0')]), cases);
  assert.throws(() => satisfies('1.99.3', '>=1.91.0'), /caret/);
});

test('the range vscode-languageclient asks is a caret range this reads', () => {
  const main = readFileSync(join(REPO_ROOT, 'node_modules/vscode-languageclient/lib/node/main.js'), 'utf8');
  const range = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(main)?.[1];
  assert.ok(range && /^\^\d+\.\d+\.\d+$/.test(range), range);
  assert.equal(satisfies('1.99.3', range), true);
});

test('bundled as the desktop client is, semver/functions/parse and /satisfies are these two functions', async () => {
  const esbuild = await import('esbuild');
  const { vscodeVersion } = (await import(join(REPO_ROOT, 'scripts/vscodeVersionPlugin.mjs'))) as { vscodeVersion: import('esbuild').Plugin };
  const built = await esbuild.build({
    stdin: {
      contents: "const parse = require('semver/functions/parse'); const satisfies = require('semver/functions/satisfies'); module.exports = [typeof parse, typeof satisfies, satisfies(parse('1.99.3'), '^1.91.0'), satisfies(parse('1.90.0'), '^1.91.0')];",
      resolveDir: REPO_ROOT,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    plugins: [vscodeVersion],
  });
  const module = { exports: undefined as unknown };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, require);
  assert.deepEqual(module.exports, ['function', 'function', true, false]);
});
