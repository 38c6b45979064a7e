// Only for `node scripts/run-e2e.mjs --check-guard`: the ways a run can end that the workbench
// still reports as exit code 0. The runner must call each of them a failure.
//   STENOGRAM_E2E_SABOTAGE=exit   a test calls process.exit(0) before the suite finishes
//   STENOGRAM_E2E_SABOTAGE=crash  the extension host is killed (SIGKILL) mid-suite
import { suite, test } from 'mocha';

suite('sabotage (guard check)', () => {
  test('sabotage: a test that passes first', () => {});

  test(`sabotage: ${process.env.STENOGRAM_E2E_SABOTAGE}`, () => {
    const how = process.env.STENOGRAM_E2E_SABOTAGE;
    if (how === 'exit') process.exit(0);
    if (how === 'crash') process.kill(process.pid, 'SIGKILL');
    throw new Error(`unknown STENOGRAM_E2E_SABOTAGE=${how}`);
  });
});
