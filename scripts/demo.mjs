// `npm run demo`: the CLI over the bundled samples — outline, statistics and lint. Each command is
// printed as it runs, so it can be copied and run as printed.
import { spawnSync } from 'node:child_process';

let failed = false;
for (const command of ['outline', 'stats', 'lint']) {
  console.log(`\n$ node dist/cli.js ${command} samples/`);
  const run = spawnSync(process.execPath, ['dist/cli.js', command, 'samples/'], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
