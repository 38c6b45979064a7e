// `stenogram import FILE [-o OUT] [--force]`, run in-process on files written into a fresh temporary
// folder: what goes to standard output and to stderr, the exit code, and the bytes of the folder's
// files afterwards (nothing is written when the import fails; an existing file is kept without --force).
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/cli';

const VTT = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', '<v Anna Lee>Hello.', '', '00:00:02.000 --> 00:00:03.000', '<v Boris>Hi.', ''].join('\n');
const TRANSCRIPT = ['talk', '', 'Anna Lee (00:00:01): Hello.', 'Boris (00:00:02): Hi.', ''].join('\n');

describe('stenogram import', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('without -o the transcript goes to standard output', () => {
    const { code, out, err } = run('import', file('talk.vtt', VTT));
    assert.deepEqual({ code, text: `${out.join('\n')}\n`, err }, { code: 0, text: TRANSCRIPT, err: '' });
  });

  test('with -o it is written to a new file; an existing one is kept unless --force', () => {
    const input = file('talk.vtt', VTT);
    const target = join(dir, 'talk.transcript');
    const first = run('import', input, '-o', target);
    assert.deepEqual({ code: first.code, out: first.out, err: first.err }, { code: 0, out: [`${input} → ${target}`], err: '' });
    assert.equal(readFileSync(target, 'utf8'), TRANSCRIPT);

    writeFileSync(target, 'mine');
    const again = run('import', input, '--output', target, '--lang', 'en');
    assert.deepEqual({ code: again.code, err: again.err }, { code: 2, err: `stenogram: ${target}: already exists; not overwritten (--force replaces it)\n` });
    assert.equal(readFileSync(target, 'utf8'), 'mine');

    assert.equal(run('import', input, '-o', target, '--force').code, 0);
    assert.equal(readFileSync(target, 'utf8'), TRANSCRIPT);
  });

  test('a file that cannot be imported: FILE:LINE: why, exit 2, nothing written', () => {
    const input = file('broken.srt', '1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:09,000 --> 00:00:08,000\nBye\n');
    const target = join(dir, 'broken.transcript');
    const en = run('import', input, '-o', target, '--lang', 'en');
    assert.deepEqual(
      { code: en.code, out: en.out, err: en.err },
      { code: 2, out: [], err: `stenogram: ${input}:6: The cue ends (00:00:08,000) before it starts (00:00:09,000). Nothing was written.\n` },
    );
    const ru = run('import', input, '--lang', 'ru');
    assert.equal(ru.err, `stenogram: ${input}:6: Фрагмент заканчивается (00:00:08,000) раньше, чем начинается (00:00:09,000). Ничего не записано.\n`);
    assert.deepEqual(readdirSync(dir), ['broken.srt']);
  });

  test('bytes that are not UTF-8 are refused on their line; UTF-16 with its byte order mark is read', () => {
    const latin1 = file('latin1.vtt', Buffer.concat([Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const bad = run('import', latin1, '--lang', 'en');
    assert.deepEqual(
      { code: bad.code, err: bad.err },
      { code: 2, err: `stenogram: ${latin1}:4: Not UTF-8 text: these bytes are no character. Save the file as UTF-8 (or UTF-16 with a byte order mark) and import it again. Nothing was written.\n` },
    );
    const utf16 = file('talk.vtt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VTT, 'utf16le')]));
    const good = run('import', utf16);
    assert.deepEqual({ code: good.code, text: `${good.out.join('\n')}\n` }, { code: 0, text: TRANSCRIPT });
  });

  test('usage: one FILE; -o and --force belong to export and import', () => {
    const several = run('import', file('a.vtt', VTT), file('b.vtt', VTT));
    assert.deepEqual({ code: several.code, out: several.out }, { code: 2, out: [] });
    assert.match(several.err, /import takes one FILE/);
    assert.match(run('import').err, /no FILE or DIR given/);
    assert.match(run('lint', '-o', 'x', file('c.transcript', 'A: b')).err, /unknown option -o \(it belongs to export\)/);
    assert.match(run('--help').out.join('\n'), /\n {2}import FILE \[-o OUT\]\n/);
  });
});
