// `npm run demo`: the CLI over the bundled samples — outline, statistics and lint.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const samples = readdirSync('samples')
  .filter((n) => n.endsWith('.transcript'))
  .sort()
  .map((n) => `samples/${n}`);

let failed = false;
for (const command of ['outline', 'stats', 'lint']) {
  console.log(`\n$ stenogram ${command} samples/`);
  const run = spawnSync(process.execPath, ['dist/cli.js', command, ...samples], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
