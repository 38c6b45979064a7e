// The extension's icon: named by the manifest, a PNG of at least 128 × 128 pixels (what the
// Marketplace and the Extensions view ask for), and let into the .vsix by .vscodeignore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixtures';

test('package.json names a PNG icon of at least 128 × 128 that the .vsix holds', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { icon?: string };
  assert.equal(manifest.icon, 'images/icon.png');
  const png = readFileSync(join(REPO_ROOT, manifest.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.ok(width >= 128 && height >= 128, `${width} × ${height}`);
  assert.ok(readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n').includes(`!${manifest.icon}`));
});
