// server/src/files.ts: what is read (regular files within a limit) and when a rewrite refuses. The
// CLI's side of the same rows is in cli-hostile.test.ts; a FIFO, which could hang a read, is tested
// there through the bundled CLI in a process of its own.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRefusal, readRegularFile, readRegularFileSync, refusalText, replaceFile } from '../../server/src/files';

/** What a call threw, as `reason: detail`. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    assert.ok(error instanceof FileRefusal, String(error));
    return `${error.reason}: ${error.detail}`;
  }
  return 'nothing thrown';
}

describe('files.ts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-files-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads a regular file; refuses a folder, a device and a file above the limit, before reading', async () => {
    const a = join(dir, 'a.transcript');
    writeFileSync(a, 'В.Соколов: Да.\n');
    assert.equal(readRegularFileSync(a, 100).bytes.toString('utf8'), 'В.Соколов: Да.\n');
    assert.equal((await readRegularFile(a, 100)).toString('utf8'), 'В.Соколов: Да.\n');
    mkdirSync(join(dir, 'folder.transcript'));
    assert.deepEqual(
      [refusal(() => readRegularFileSync(join(dir, 'folder.transcript'), 100)), refusal(() => readRegularFileSync('/dev/zero', 100)), refusal(() => readRegularFileSync(a, 10))],
      ['not-regular: folder', 'not-regular: character-device', 'too-large: 25'],
    );
    await assert.rejects(readRegularFile('/dev/zero', 100), (e) => e instanceof FileRefusal && e.detail === 'character-device');
    assert.equal(refusalText('ru', new FileRefusal('not-regular', 'fifo'), 0), 'не обычный файл (именованный канал)');
    assert.equal(refusalText('en', new FileRefusal('too-large', '104857600'), 1_000_000), '104,857,600 bytes, more than the limit of 1,000,000');
  });

  test('5. a file appended to between the read and the write is not replaced: the appended lines stay', () => {
    const a = join(dir, 'a.transcript');
    writeFileSync(a, 'В.Соколов : Начнём.\n');
    const read = readRegularFileSync(a, 1000);
    appendFileSync(a, 'Н.Абдуллаев: Дописано другим процессом.\n');
    assert.equal(refusal(() => replaceFile(a, read, Buffer.from('В.Соколов: Начнём.\n'))), `changed: ${a}`);
    assert.equal(readFileSync(a, 'utf8'), 'В.Соколов : Начнём.\nН.Абдуллаев: Дописано другим процессом.\n');
    assert.deepEqual(readdirSync(dir), ['a.transcript']);
  });
});
