// Row "vsix": the size of the packaged extension (`vsce package`, as `npm run package` makes it)
// against the limit of 500 KB. Needs the production build in dist/ (`npm run bench` builds).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/helpers/fixtures';
import { row } from './row';

const LIMIT_KB = 500;

export const vsixRow = row('vsix', '.vsix size vs 500 KB', 1, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stenogram-bench-'));
  try {
    const out = join(dir, 'stenogram.vsix');
    const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: REPO_ROOT, stdio: 'pipe' });
    const kb = statSync(out).size / 1000;
    return {
      subject: { label: 'stenogram.vsix', value: kb, unit: 'KB', samples: [kb] },
      baseline: { label: 'limit', value: LIMIT_KB, unit: 'KB', samples: [LIMIT_KB] },
      notes: ['KB = 1,000 bytes; packaged with vsce package --no-dependencies from the current dist/'],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
