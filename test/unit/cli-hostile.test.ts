// The command line in a hostile folder (issue 21): a shared folder where someone else plants links, a
// cloned repository with a link to /dev/zero or a FIFO, files with escape sequences in their names and
// text. Each row of the issue is a test: what the CLI prints, its exit code, and the exact bytes of
// every file afterwards — a file the CLI did not write is byte-identical. What could hang the CLI (a
// FIFO, a device) runs the bundled CLI in its own process with a guard, so a regression fails the
// test instead of hanging `npm test`.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, runBundled } from '../helpers/cli';
import { SAMPLES_DIR } from '../helpers/fixtures';

/** One safe finding (a space before the colon), and the text --fix makes of it. */
const BAD = 'В.Соколов : Начнём.\n';
const FIXED = 'В.Соколов: Начнём.\n';
const SPACE_BEFORE_COLON = (path: string) => `${path}:1:1 warning speaker-space-before-colon Space before the colon of the label “В.Соколов”.`;
const isRoot = process.getuid?.() === 0;

describe('stenogram in a hostile folder', () => {
  let dir: string;
  const path = (name: string) => join(dir, name);
  const file = (name: string, content: string | Buffer, mode?: number): string => {
    writeFileSync(path(name), content);
    if (mode !== undefined) chmodSync(path(name), mode);
    return path(name);
  };
  const text = (name: string) => readFileSync(path(name), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-hostile-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('1. links planted at the temporary name', () => {
    test('--fix never writes through them: the victim keeps its bytes and mode, the links stay', () => {
      const victim = file('victim-bashrc', 'export PATH=/usr/bin\n', 0o640);
      const minutes = file('minutes.transcript', BAD);
      // The names the CLI used to use (`.FILE.<pid>.stenogram-tmp`), for this process and others.
      const planted = [process.pid, process.pid + 1, 1, 4242].map((pid) => `.minutes.transcript.${pid}.stenogram-tmp`);
      for (const name of planted) symlinkSync(victim, path(name));
      assert.deepEqual(run('lint', '--fix', '--lang', 'en', minutes), {
        code: 0,
        out: [`${minutes}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'],
        err: '',
      });
      assert.equal(text('minutes.transcript'), FIXED);
      assert.equal(text('victim-bashrc'), 'export PATH=/usr/bin\n');
      assert.equal(statSync(victim).mode & 0o7777, 0o640);
      assert.deepEqual(planted.map((name) => readlinkSync(path(name))), planted.map(() => victim));
      // Nothing else is left in the folder: the CLI's own temporary file is gone.
      assert.deepEqual(readdirSync(dir).sort(), [...planted, 'minutes.transcript', 'victim-bashrc'].sort());
    });
  });

  describe('2. and 3. a link to /dev/zero and a FIFO (the bundled CLI, guarded)', () => {
    for (const command of ['lint', 'outline', 'stats']) {
      test(`${command} DIR skips them with one line each and goes on with the good file: exit 2`, () => {
        file('good.transcript', BAD);
        symlinkSync('/dev/zero', path('z.transcript'));
        execFileSync('mkfifo', [path('x.transcript')]);
        const result = runBundled(dir, command, '--lang', 'en', '.');
        assert.equal(result.timedOut, false, 'the CLI hung');
        assert.equal(result.code, 2);
        assert.equal(
          result.err,
          'stenogram: x.transcript: not a regular file (a FIFO); skipped\n' + 'stenogram: z.transcript: not a regular file (a character device); skipped\n',
        );
        assert.equal(result.out[0], command === 'lint' ? SPACE_BEFORE_COLON('good.transcript') : 'good.transcript');
      });
    }

    test('a FIFO named on the command line, and a loop of links', () => {
      execFileSync('mkfifo', [path('x.transcript')]);
      symlinkSync('b.transcript', path('a.transcript'));
      symlinkSync('a.transcript', path('b.transcript'));
      const result = runBundled(dir, 'lint', '--fix', '--lang', 'en', 'x.transcript', 'a.transcript');
      // The loop is found as the arguments are collected, the FIFO when it is opened.
      assert.deepEqual(result, {
        code: 2,
        out: ['0 file(s), 0 problem(s), 0 error(s)'],
        err: 'stenogram: a.transcript: cannot be read (ELOOP); skipped\nstenogram: x.transcript: not a regular file (a FIFO); skipped\n',
        timedOut: false,
      });
    });
  });

  describe('4. a link', () => {
    test('--fix and format write through it to its target; the link stays a link', () => {
      mkdirSync(path('real'));
      file('real/target.transcript', BAD);
      symlinkSync('real/target.transcript', path('link.transcript'));
      const link = path('link.transcript');
      assert.deepEqual(run('lint', '--fix', '--lang', 'en', link), { code: 0, out: [`${link}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
      assert.equal(lstatSync(link).isSymbolicLink(), true);
      assert.equal(text('real/target.transcript'), FIXED);
      writeFileSync(path('real/target.transcript'), 'В.Соколов: Начнём.   \n');
      assert.deepEqual(run('format', link), { code: 0, out: [`${link}: formatted`, '1 of 1 file(s) reformatted'], err: '' });
      assert.equal(lstatSync(link).isSymbolicLink(), true);
      assert.equal(text('real/target.transcript'), FIXED);
      assert.deepEqual(readdirSync(path('real')), ['target.transcript']);
    });
  });

  describe('5. a hard link', () => {
    test('--fix rewrites the file in place: every name sees the fixed text, one inode', () => {
      const a = file('a.transcript', BAD);
      linkSync(a, path('b.transcript'));
      assert.deepEqual(run('lint', '--fix', '--lang', 'en', a), { code: 0, out: [`${a}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
      assert.equal(text('a.transcript'), FIXED);
      assert.equal(text('b.transcript'), FIXED);
      assert.equal(statSync(a).ino, statSync(path('b.transcript')).ino);
      assert.equal(statSync(a).nlink, 2);
    });
    // A file appended to between the read and the write: test/unit/files.test.ts (replaceFile).
  });

  describe('6. a read-only file', () => {
    test('--fix leaves it byte-identical and still reports its findings (exit 2); --force rewrites it, mode kept', () => {
      const ro = file('ro.transcript', BAD, 0o444);
      assert.deepEqual(run('lint', '--fix', '--lang', 'en', ro), {
        code: 2,
        out: [SPACE_BEFORE_COLON(ro), '1 file(s), 1 problem(s), 0 error(s)'],
        err: `stenogram: ${ro}: read-only; left untouched (--force rewrites it)\n`,
      });
      assert.equal(text('ro.transcript'), BAD);
      assert.deepEqual(run('lint', '--fix', '--force', '--lang', 'en', ro), { code: 0, out: [`${ro}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
      assert.equal(text('ro.transcript'), FIXED);
      assert.equal(statSync(ro).mode & 0o7777, 0o444);
    });

    test('format refuses it too', () => {
      const ro = file('ro.transcript', 'В.Соколов: Начнём.  \n', 0o444);
      assert.deepEqual(run('format', ro), { code: 2, out: ['0 of 1 file(s) reformatted'], err: `stenogram: ${ro}: read-only; left untouched (--force rewrites it)\n` });
      assert.equal(text('ro.transcript'), 'В.Соколов: Начнём.  \n');
    });

    test('owner, group and mode are kept (as root, who could take the file over)', { skip: !isRoot && 'needs root to give the file another owner' }, () => {
      const owned = file('owned.transcript', BAD, 0o664);
      chownSync(owned, 1234, 2345);
      assert.equal(run('lint', '--fix', '--lang', 'en', owned).code, 0);
      assert.equal(text('owned.transcript'), FIXED);
      const st = statSync(owned);
      assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [1234, 2345, 0o664]);
    });
  });

  describe('7. --backup', () => {
    test('an existing FILE.bak is not overwritten: the file is left as it was, its findings reported', () => {
      const a = file('a.transcript', BAD);
      file('a.transcript.bak', 'an older backup\n');
      assert.deepEqual(run('lint', '--fix', '--backup', '--lang', 'en', a), {
        code: 2,
        out: [SPACE_BEFORE_COLON(a), '1 file(s), 1 problem(s), 0 error(s)'],
        err: `stenogram: ${a}: ${a}.bak already exists; left untouched\n`,
      });
      assert.deepEqual([text('a.transcript'), text('a.transcript.bak')], [BAD, 'an older backup\n']);
    });

    test('a link planted at FILE.bak is not followed', () => {
      const victim = file('victim', 'secret\n');
      const a = file('a.transcript', BAD);
      symlinkSync(victim, path('a.transcript.bak'));
      assert.equal(run('lint', '--fix', '--backup', '--lang', 'en', a).code, 2);
      assert.deepEqual([text('victim'), text('a.transcript')], ['secret\n', BAD]);
    });

    test('a new backup holds the bytes that were read, with the file’s mode', () => {
      const a = file('a.transcript', BAD, 0o640);
      assert.equal(run('lint', '--fix', '--backup', '--lang', 'en', a).code, 0);
      assert.deepEqual([text('a.transcript'), text('a.transcript.bak')], [FIXED, BAD]);
      assert.equal(statSync(`${a}.bak`).mode & 0o777, 0o640);
    });
  });

  describe('8. and 14. escape sequences and bidi overrides', () => {
    // A title with ESC [2J (clear the screen), an OSC 8 hyperlink and an OSC 0 window title, and a
    // right-to-left override; a turn whose text carries one too.
    const TITLE = '\x1b[2JЗаседание \x1b]8;;https://evil.example\x07ссылка\x1b]8;;\x07 \x1b]0;pwned\x07 \u202eанеротс';
    const TRANSCRIPT = `${TITLE}\n\n2023-04-11 09:00:00\n\nЛид.\n\nВ.Соколов : Начнём \u202eсовещание\u202c.\n`;
    const SHOWN_TITLE = '\\x1b[2JЗаседание \\x1b]8;;https://evil.example\\x07ссылка\\x1b]8;;\\x07 \\x1b]0;pwned\\x07 \\u202eанеротс';

    test('outline, stats and lint text show them escaped, in the text and in the file name', () => {
      const evil = file('evil\x1b[2J\nname.transcript', TRANSCRIPT);
      const shown = evil.replace('\x1b', '\\x1b').replace('\n', '\\n');
      assert.deepEqual(run('outline', '--lang', 'en', evil), {
        code: 0,
        out: [shown, `    1  ${SHOWN_TITLE}  — 2023-04-11 09:00:00`, '    5  Вводная часть  — Лид.', '    7  В.Соколов: Начнём \\u202eсовещание\\u202c.'],
        err: '',
      });
      assert.deepEqual(run('stats', '--lang', 'en', evil).out, [
        `${shown} — ${SHOWN_TITLE}`,
        'Tradition: kremlin.ru (detected)',
        'Speaker    Turns  Words   Share',
        'В.Соколов      1      2  100.0%',
        'Total          1      2  100.0%',
      ]);
      assert.deepEqual(run('lint', '--lang', 'en', evil).out, [SPACE_BEFORE_COLON(shown).replace(':1:1 ', ':7:1 '), '1 file(s), 1 problem(s), 0 error(s)']);
      assert.equal(run('lint', '--lang', 'en', join(dir, 'missing\x1b[2J.transcript')).err, `stenogram: ${dir}/missing\\x1b[2J.transcript: no such file or folder\n`);
    });

    test('JSON stays exact (and prints no raw control), SARIF percent-encodes the URI', () => {
      const evil = file('evil\x1b\u202e.transcript', TRANSCRIPT);
      const outline = run('outline', '--json', evil).out.join('\n');
      assert.doesNotMatch(outline, /[\x00-\x09\x0b-\x1f\u202e]/);
      const [parsed] = JSON.parse(outline) as { file: string; symbols: { name: string; detail: string }[] }[];
      assert.deepEqual([parsed.file, parsed.symbols.map((s) => s.name), parsed.symbols[2].detail], [evil, [TITLE, 'Вводная часть', 'В.Соколов: Начнём \u202eсовещание\u202c.'], '']);
      const stats = JSON.parse(run('stats', '--json', evil).out.join('\n')) as { title: string }[];
      assert.equal(stats[0].title, TITLE);
      const sarif = JSON.parse(run('lint', '--format', 'sarif', evil).out.join('\n')) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      assert.deepEqual(
        sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
        [`file://${dir}/evil%1B%E2%80%AE.transcript`],
      );
    });
  });

  describe('10. a Latin-1 file and a binary one', () => {
    for (const command of ['outline', 'stats']) {
      test(`${command} DIR reports the one that is not UTF-8 and prints the others; no NUL reaches the output; exit 2`, () => {
        file('a-latin1.transcript', Buffer.from('Caf\xe9: oui\n', 'latin1'));
        file('b-binary.transcript', Buffer.from('\x00\x01\x02PK\x00\x00', 'latin1'));
        file('c-good.transcript', 'В.Соколов: Начнём.\n');
        const result = run(command, '--lang', 'en', dir);
        assert.equal(result.code, 2);
        assert.equal(result.err, `stenogram: ${dir}/a-latin1.transcript: not UTF-8 text; left untouched\n`);
        assert.deepEqual(
          result.out.filter((l) => l.startsWith(dir)),
          [`${dir}/b-binary.transcript`, `${dir}/c-good.transcript`],
        );
        assert.doesNotMatch(result.out.join('\n'), /[\x00-\x09\x0b-\x1f]/);
        if (command === 'outline') assert.ok(result.out.includes('    1  Lead  — \\x00\\x01\\x02PK\\x00\\x00'), result.out.join('\n'));
      });
    }
  });

  describe('11. nothing to read', () => {
    test('an empty folder is an error with a message: exit 2, nothing on stdout', () => {
      mkdirSync(path('empty'));
      assert.deepEqual(run('lint', path('empty')), { code: 2, out: [], err: `stenogram: ${dir}/empty: no transcripts (.transcript, .stenogram) found\n` });
    });

    test('a wrong folder beside a good one: the good one is linted, exit 2', () => {
      const good = file('good.transcript', BAD);
      assert.deepEqual(run('lint', '--lang', 'ru', path('wrong'), good), {
        code: 2,
        out: [`${good}:1:1 warning speaker-space-before-colon Пробел перед двоеточием в метке «В.Соколов».`, '1 file(s), 1 problem(s), 0 error(s)'],
        err: `stenogram: ${dir}/wrong: нет такого файла или папки\n`,
      });
    });
  });

  describe('12. the shipped samples', () => {
    test('format --check samples/ finds nothing to change', () => {
      const { code, out } = run('format', '--check', SAMPLES_DIR);
      assert.deepEqual({ code, last: out[out.length - 1] }, { code: 0, last: '0 of 3 file(s) would be reformatted' });
    });
  });

  describe('13. a long name, an unwritable folder', () => {
    test('a 247-character file name is fixed: the temporary name is short', () => {
      const long = file(`${'з'.repeat(118)}.transcript`, BAD); // 247 bytes of UTF-8
      assert.equal(Buffer.byteLength(long.slice(dir.length + 1)), 247);
      assert.deepEqual(run('lint', '--fix', '--lang', 'en', long), { code: 0, out: [`${long}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
      assert.equal(readFileSync(long, 'utf8'), FIXED);
    });

    test('a file in a folder it cannot write to keeps its findings in the report', { skip: isRoot && 'root writes to any folder' }, () => {
      const a = file('a.transcript', BAD);
      chmodSync(dir, 0o555);
      try {
        const result = run('lint', '--fix', '--lang', 'en', a);
        assert.deepEqual({ code: result.code, out: result.out }, { code: 2, out: [SPACE_BEFORE_COLON(a), '1 file(s), 1 problem(s), 0 error(s)'] });
        assert.match(result.err, /cannot write \(EACCES\); left untouched/);
      } finally {
        chmodSync(dir, 0o755);
      }
      assert.equal(text('a.transcript'), BAD);
    });
  });

  describe('15. bounded findings and the size limit', () => {
    const FOUR = 'В.П:x\n'.repeat(4);

    test('--max-problems N prints the first N, then one line for the rest, by rule; the summary counts all', () => {
      const four = file('four.transcript', FOUR);
      assert.deepEqual(run('lint', '--max-problems', '3', '--lang', 'en', four), {
        code: 0,
        out: [
          `${four}:1:4 warning speaker-no-space-after-colon No space after the colon of the label “В.П”.`,
          `${four}:2:1 hint turn-repeated-speaker “В.П” speaks twice in a row.`,
          `${four}:2:4 warning speaker-no-space-after-colon No space after the colon of the label “В.П”.`,
          `${four}:3:1 info too-many-problems 4 more problems not shown (speaker-no-space-after-colon ×2, turn-repeated-speaker ×2): at most 3 per file are shown (--max-problems all shows every one).`,
          '1 file(s), 7 problem(s), 0 error(s)',
        ],
        err: '',
      });
      assert.equal(run('lint', '--max-problems', 'all', four).out.length, 8);
    });

    test('by default at most 1,000 per file', () => {
      const many = file('many.transcript', 'В.П:x\n'.repeat(600));
      const { out } = run('lint', '--lang', 'en', many);
      assert.deepEqual([out.length, out[1000], out[1001]], [
        1002,
        `${many}:501:4 info too-many-problems 199 more problems not shown (speaker-no-space-after-colon ×100, turn-repeated-speaker ×99): at most 1,000 per file are shown (--max-problems all shows every one).`,
        '1 file(s), 1199 problem(s), 0 error(s)',
      ]);
    });

    test('the size limit counts lines: 10,000 per million characters (at least 1,000)', () => {
      const lines = file('lines.transcript', 'В.П:x\n'.repeat(1000)); // 1,001 lines, 6,000 characters
      assert.deepEqual(run('lint', '--max-size', '0.1', '--lang', 'en', lines), {
        code: 2,
        out: ['0 file(s), 0 problem(s), 0 error(s)'],
        err: `stenogram: ${lines}: 0.006 million characters, 1,001 lines: more than --max-size 0.1 allows (0.1 million characters, 1,000 lines); not analysed\n`,
      });
      assert.equal(run('lint', '--max-size', '0.2', '--max-problems', '1', lines).out.length, 3);
    });
  });
});
