// `stenogram format [--check]`, run in-process with `main(argv, write)` on files written into a fresh
// temporary folder: the exact bytes each file holds afterwards, what else is in the folder, the
// output and the exit code.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/cli';


const BOM = '\uFEFF';
const NBSP = '\u00A0';
const crlf = (...l: string[]) => l.join('\r\n');
const lf = (...l: string[]) => l.join('\n');

/** Trailing spaces, label spacing, a run of blank lines; CRLF; `<…>` and a second form of a label. */
const MESSY = crlf('В.Соколов : Начнём. <…>  ', 'Н.Абдуллаев:Да.', '', '', '', 'Соколов В.В.: Итак.', 'В.Соколов: Всё.', '');
const MESSY_FORMATTED = crlf('В.Соколов: Начнём. <…>', 'Н.Абдуллаев: Да.', '', 'Соколов В.В.: Итак.', 'В.Соколов: Всё.', '');
const CLEAN = lf('В.Соколов: Начнём.', `Н.Абдуллаев:${NBSP}Да.`, '');

describe('stenogram format', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-cli-format-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('--check lists the files that would change and exits 1; nothing is written', () => {
    const messy = file('a-messy.transcript', MESSY);
    const clean = file('b-clean.transcript', CLEAN);
    const result = run('format', '--check', messy, clean);
    assert.deepEqual(result, { code: 1, out: [messy, '1 of 2 file(s) would be reformatted'], err: '' });
    assert.equal(readFileSync(messy, 'utf8'), MESSY);
    assert.equal(readFileSync(clean, 'utf8'), CLEAN);
  });

  test('--check on clean files exits 0 and lists none; a folder is searched for transcripts', () => {
    file('b-clean.transcript', CLEAN);
    file('notes.txt', 'В.Соколов : не транскрипт  ');
    assert.deepEqual(run('format', '--check', dir), { code: 0, out: ['0 of 1 file(s) would be reformatted'], err: '' });
  });

  test('rewrites a file to the exact formatted text: CRLF kept, the BOM kept; a clean file is not rewritten; no temporary file is left', () => {
    const messy = file('a-messy.transcript', BOM + MESSY);
    const clean = file('b-clean.transcript', CLEAN);
    const cleanInode = statSync(clean).ino;
    const result = run('format', messy, clean);
    assert.deepEqual(result, { code: 0, out: [`${messy}: formatted`, '1 of 2 file(s) reformatted'], err: '' });
    assert.deepEqual(readFileSync(messy), Buffer.from(BOM + MESSY_FORMATTED, 'utf8'));
    assert.deepEqual(readFileSync(clean), Buffer.from(CLEAN, 'utf8'));
    assert.equal(statSync(clean).ino, cleanInode);
    assert.deepEqual(readdirSync(dir).sort(), ['a-messy.transcript', 'b-clean.transcript']);
    assert.deepEqual(run('format', '--check', messy, clean), { code: 0, out: ['0 of 2 file(s) would be reformatted'], err: '' });
  });

  test('--normalize-labels and --omission-marks entity', () => {
    const messy = file('a-messy.transcript', MESSY);
    assert.equal(run('format', '--normalize-labels', '--omission-marks', 'entity', messy).code, 0);
    assert.equal(readFileSync(messy, 'utf8'), crlf('В.Соколов: Начнём. &lt;…&gt;', 'Н.Абдуллаев: Да.', '', 'В.Соколов: Итак.', 'В.Соколов: Всё.', ''));
  });

  test('--no-* leave out a step; --insert-final-newline and --trim-final-newlines end the file with one line break', () => {
    const path = file('steps.transcript', lf('В.Соколов :Начнём.  ', '', '', 'Н.Абдуллаев: Да.', '', '', ''));
    run('format', '--no-label-spacing', '--no-collapse-blank-lines', '--trim-final-newlines', path);
    assert.equal(readFileSync(path, 'utf8'), lf('В.Соколов :Начнём.', '', '', 'Н.Абдуллаев: Да.', ''));
    const last = file('last.transcript', 'В.Соколов: Начнём.  ');
    run('format', '--no-trim-trailing-whitespace', '--insert-final-newline', last);
    assert.equal(readFileSync(last, 'utf8'), 'В.Соколов: Начнём.  \n');
  });

  test('a file that is not UTF-8 is reported and never touched; the others are formatted; exit 2', () => {
    const latin1 = Buffer.from([0xc2, 0x20, 0x3a, 0xe9, 0x20, 0x20]);
    const bad = file('a-latin1.transcript', latin1);
    const messy = file('b-messy.transcript', MESSY);
    const result = run('format', bad, messy);
    assert.deepEqual(result, {
      code: 2,
      out: [`${messy}: formatted`, '1 of 1 file(s) reformatted'],
      err: `stenogram: ${bad}: not UTF-8 text; left untouched\n`,
    });
    assert.deepEqual(readFileSync(bad), latin1);
    assert.equal(readFileSync(messy, 'utf8'), MESSY_FORMATTED);
  });

  test('bad usage: an unknown value, and format options given to lint', () => {
    const path = file('a.transcript', CLEAN);
    const wrongValue = run('format', '--omission-marks', 'brackets', path);
    assert.equal(wrongValue.code, 2);
    assert.equal(wrongValue.err, 'stenogram: --omission-marks takes keep or entity or angle, not brackets\n');
    const wrongCommand = run('lint', '--check', path);
    assert.equal(wrongCommand.code, 2);
    assert.ok(wrongCommand.err.startsWith('stenogram: unknown option --check (it belongs to format)\n'), wrongCommand.err);
  });

  test('the usage text names the command and its options', () => {
    const result = run('--help');
    const usage = result.out.join('\n');
    for (const part of ['format FILE|DIR…', '--check', '--normalize-labels', '--omission-marks keep|entity|angle', '--insert-final-newline']) {
      assert.ok(usage.includes(part), `usage lacks ${part}`);
    }
  });
});
