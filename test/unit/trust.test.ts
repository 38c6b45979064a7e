// What the manifest declares about Restricted Mode and virtual workspaces, and the facts that make it
// true. Restricted Mode: the extension runs no code from the workspace, and no setting an untrusted
// workspace may set (`.vscode/settings.json`) runs a program, names a path or loads a URL — so
// `untrustedWorkspaces.supported` is `true` with no `restrictedConfigurations`. A setting that takes
// free text would break that: this test fails until whoever adds one decides again.
// Virtual workspaces: `true`, because the transcripts that are not open and the speaker register are
// read by the client through VS Code's file system (test/lsp/clientFiles.test.ts, the e2e suite
// `the workspace through VS Code's file system`, in a Node and in a web worker extension host).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixtures';

interface Setting {
  type: string;
  enum?: unknown[];
  scope?: string;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  capabilities: Record<string, unknown>;
  contributes: { configuration: { properties: Record<string, Setting> } };
};

describe('Restricted Mode and virtual workspaces, as the manifest declares them', () => {
  test('the declarations', () => {
    assert.deepEqual(manifest.capabilities, {
      untrustedWorkspaces: {
        supported: true,
        description:
          'Stenogram runs no code from the workspace: it reads transcripts and stenogram.speakers.json as data, and none of its settings runs a program, names a path or loads anything.',
      },
      virtualWorkspaces: {
        supported: true,
        description:
          "Every feature works on a virtual file system (GitHub Repositories, vscode.dev, github.dev): the transcripts that are not open and stenogram.speakers.json are read through VS Code's file system, not from disk.",
      },
    });
  });

  test('every setting is a boolean, a number or one of a fixed list of values: none takes a path, a command or a URL', () => {
    const free = Object.entries(manifest.contributes.configuration.properties)
      .filter(
        ([, s]) =>
          s.type !== 'boolean' && s.type !== 'number' && !(s.type === 'string' && Array.isArray(s.enum) && s.enum.every((v) => typeof v === 'string')),
      )
      .map(([name, s]) => `${name}: ${s.type}`);
    assert.deepEqual(free, []);
  });
});
