// `stenogram lint --fix` on real files, random transcripts written as bytes (a BOM or not, LF, CRLF,
// CR or mixed, trailing white space): a file with nothing safe to fix is left byte-identical and not
// rewritten; a fixed file holds exactly the fixed text with its BOM, and no temporary file is left
// beside it; a file that is not UTF-8 is never touched. Run in-process through `main`, as
// test/unit/cli-fix.test.ts does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixText, main } from '../../server/src/cli';
import { documentArb } from './arbitraries';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'lintFix.test.ts';

/** Run the CLI in-process; what it writes to stderr is caught, not printed. */
function run(...argv: string[]): { code: number; err: string } {
  let err = '';
  const stderrWrite = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: main(argv, () => undefined), err };
  } finally {
    process.stderr.write = stderrWrite;
  }
}

describe('lint --fix on files', () => {
  let dir: string;
  let n = 0;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-lint-fix-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a file with nothing to fix stays byte-identical and is not rewritten; a fixed file holds the fixed text, BOM kept; no temporary file is left', async (t) => {
    let untouched = 0;
    let fixed = 0;
    await checkProperty(
      t,
      fc.property(documentArb({ maxLines: 20 }), (generated) => {
        // A file's BOM is its first bytes; a U+FEFF elsewhere is text.
        const file = join(dir, `doc-${n++}.transcript`);
        const bytes = Buffer.from(generated, 'utf8');
        writeFileSync(file, bytes);
        const hasBom = generated.startsWith('\uFEFF');
        const text = hasBom ? generated.slice(1) : generated;
        // Lone surrogates have no UTF-8: Buffer.from wrote U+FFFD for them. What the file holds is what counts.
        const stored = readFileSync(file, 'utf8');
        const storedText = stored.startsWith('\uFEFF') ? stored.slice(1) : stored;
        const expected = fixText(storedText, { locale: 'en' }).text;
        const inode = statSync(file).ino;
        const result = run('lint', '--fix', '--lang', 'en', file);
        assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.err} for ${show(text)}`);
        const now = readFileSync(file);
        if (expected === storedText) {
          untouched++;
          assert.ok(now.equals(bytes), `changed with nothing to fix: ${show(text)}`);
          assert.equal(statSync(file).ino, inode, `rewritten with nothing to fix: ${show(text)}`);
        } else {
          fixed++;
          assert.equal(now.toString('utf8'), (stored.startsWith('\uFEFF') ? '\uFEFF' : '') + expected, show(text));
        }
        assert.deepEqual(
          readdirSync(dir).filter((f) => !f.endsWith('.transcript')),
          [],
          'a temporary file is left',
        );
        rmSync(file);
      }),
      { numRuns: runsOf(150, 0.3), unit: 'files', file: FILE },
    );
    t.diagnostic(`${untouched} file(s) with nothing to fix, ${fixed} fixed`);
  });

  test('a file that is not UTF-8 is never touched', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb({ longLines: false, maxLines: 10 }), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat(), (text, junk, where) => {
        const good = Buffer.from(text, 'utf8');
        // 0xFF, 0xC0 and a lone continuation byte never occur in UTF-8.
        const bad = Buffer.from(junk.map((b, i) => (i === 0 ? [0xff, 0xc0, 0x80][b % 3] : b)));
        const at = good.length === 0 ? 0 : where % good.length;
        const bytes = Buffer.concat([good.subarray(0, at), bad, good.subarray(at)]);
        fc.pre(!isUtf8(bytes));
        const file = join(dir, `bad-${n++}.transcript`);
        writeFileSync(file, bytes);
        const inode = statSync(file).ino;
        const result = run('lint', '--fix', file);
        assert.equal(result.code, 2, `exit code for a file that is not UTF-8: ${result.err}`);
        assert.match(result.err, /not UTF-8 text; left untouched/);
        assert.ok(readFileSync(file).equals(bytes), 'the bytes changed');
        assert.equal(statSync(file).ino, inode, 'the file was replaced');
        rmSync(file);
      }),
      { numRuns: runsOf(100, 0.1), unit: 'files', file: FILE },
    );
  });
});

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
