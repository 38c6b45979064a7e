// An esbuild plugin for the desktop client: vscode-languageclient/node asks semver one thing, whether
// VS Code's version satisfies `^1.91.0`, and client/src/vscodeVersion.ts answers that in place of
// semver's 20 KB (the .vsix must stay under 500 KB). `require('semver/functions/parse')` is the
// function itself (CommonJS `module.exports = parse`), so each path loads as a module whose exports
// are that one function of ours.
import { dirname } from 'node:path';

const file = new URL('../client/src/vscodeVersion.ts', import.meta.url).pathname;

/** @type {import('esbuild').Plugin} */
export const vscodeVersion = {
  name: 'vscode-version',
  setup(build) {
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => ({ path: args.path.slice(args.path.lastIndexOf('/') + 1), namespace: 'vscode-version' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-version' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(file)}).${args.path};`, resolveDir: dirname(file), loader: 'js' }));
  },
};
