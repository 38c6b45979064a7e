// The command-line front end: `main(argv, write)` returns the exit code; output goes through
// `write` one line at a time, errors to stderr. Paths are given relative to the working directory,
// as a user types them, and come back unchanged.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../helpers/cli';
import { fixturePath, REPO_ROOT } from '../helpers/fixtures';
import { symbolLines } from '../helpers/symbols';


/** The rule links point at docs/rules.md as shipped beside the CLI (here: the repository's copy). */
const RULES_DOC = pathToFileURL(join(REPO_ROOT, 'docs', 'rules.md')).href;

/** A fixture's path as a user in the working directory would type it. */
function fixture(name: string): string {
  return relative(process.cwd(), fixturePath(name));
}

describe('stenogram outline', () => {
  test('prints the outline with 1-based lines, one level of indent per nesting', () => {
    const file = fixture('small-outline.transcript');
    assert.deepEqual(run('outline', '--lang', 'en', file), {
      code: 0,
      out: [
        file,
        '    1  Совещание по вопросам паводка  — 2023-04-11 09:00:00 · Озёрск',
        '    7  Вводная часть  — Губернатор провела совещание о подготовке к паводку.',
        '    9  Стенограмма совещания  — 3 turns',
        '   10    И.Лебедь: Доброе утро. Начнём.',
        '   11    Р.Мансуров: Дамбы готовы.',
        '   13    И.Лебедь: Спасибо.',
      ],
      err: '',
    });
  });

  test('--json gives the DocumentSymbol tree per file', () => {
    const file = fixture('small-outline.transcript');
    const { code, out, err } = run('outline', '--json', '--lang', 'en', file);
    assert.equal(code, 0);
    assert.equal(err, '');
    const parsed = JSON.parse(out.join('\n')) as { file: string; symbols: Parameters<typeof symbolLines>[0] }[];
    assert.deepEqual(
      parsed.map((p) => [p.file, symbolLines(p.symbols)]),
      [
        [
          file,
          [
            'File Совещание по вопросам паводка — 2023-04-11 09:00:00 · Озёрск [0:0-4:6] sel [0:0-0:29]',
            'String Вводная часть — Губернатор провела совещание о подготовке к паводку. [6:0-6:52] sel [6:0-6:52]',
            'Namespace Стенограмма совещания — 3 turns [7:0-12:18] sel [8:0-8:21]',
            '  Event И.Лебедь: Доброе утро. Начнём. [9:0-9:30] sel [9:0-9:8]',
            '  Event Р.Мансуров: Дамбы готовы. [10:0-11:16] sel [10:0-10:10]',
            '  Event И.Лебедь: Спасибо. [12:0-12:18] sel [12:0-12:8]',
          ],
        ],
      ],
    );
  });

  test('drops a BOM as VS Code does, so columns agree with the editor (bom.transcript)', () => {
    const { out } = run('outline', '--json', '--lang', 'en', fixture('bom.transcript'));
    const [{ symbols }] = JSON.parse(out.join('\n')) as { symbols: Parameters<typeof symbolLines>[0] }[];
    assert.deepEqual(symbolLines(symbols), [
      'File Совещание по вопросам паводка — 2023-04-11 09:00:00 [0:0-2:19] sel [0:0-0:29]',
      'Event И.Лебедь: Доброе утро. [4:0-4:22] sel [4:0-4:8]',
    ]);
  });
});

describe('stenogram stats', () => {
  test('a table per file, most words first, with totals', () => {
    const a = fixture('only-turns.transcript');
    const b = fixture('small-outline.transcript');
    assert.deepEqual(run('stats', '--lang', 'en', a, b), {
      code: 0,
      out: [
        a,
        'Tradition: kremlin.ru (detected)',
        'Speaker      Turns  Words   Share',
        'Н.Абдуллаев      1     18   62.1%',
        'В.Соколов        2     11   37.9%',
        'Total            3     29  100.0%',
        '',
        `${b} — Совещание по вопросам паводка`,
        'Tradition: kremlin.ru (detected)',
        'Speaker     Turns  Words   Share',
        'И.Лебедь        2      4   50.0%',
        'Р.Мансуров      1      4   50.0%',
        'Total           3      8  100.0%',
      ],
      err: '',
    });
  });

  test('--lang ru', () => {
    const file = fixture('small-outline.transcript');
    assert.deepEqual(run('stats', '--lang', 'ru', file).out, [
      `${file} — Совещание по вопросам паводка`,
      'Традиция: kremlin.ru (определена по тексту)',
      'Спикер      Реплики  Слова    Доля',
      'И.Лебедь          2      4   50.0%',
      'Р.Мансуров        1      4   50.0%',
      'Итого             3      8  100.0%',
    ]);
  });

  test('--json', () => {
    const file = fixture('small-outline.transcript');
    const { code, out } = run('stats', '--json', file);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out.join('\n')), [
      {
        file,
        title: 'Совещание по вопросам паводка',
        date: '2023-04-11 09:00:00',
        turns: 3,
        words: 8,
        sections: 1,
        speakers: [
          { key: 'и.лебедь', name: 'И.Лебедь', forms: ['И.Лебедь'], isRole: false, turns: 2, words: 4, share: 0.5, longestTurnWords: 3, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 9, lastTurnLine: 12 },
          { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 1, words: 4, share: 0.5, longestTurnWords: 4, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 10, lastTurnLine: 10 },
        ],
        tradition: { id: 'kremlin', name: 'kremlin.ru', detected: true },
        speakingTime: { seconds: 4, timedTurns: 0, wordsPerMinute: 120 },
        audience: { laughter: 0, applause: 0 },
      },
    ]);
  });
});

describe('stenogram lint', () => {
  test('an invalid date line is an error: exit 1', () => {
    const file = fixture('date-invalid.transcript');
    assert.deepEqual(run('lint', '--lang', 'en', file), {
      code: 1,
      out: [
        `${file}:3:1 error header-date-invalid The date line “2017-13-45 25:00:00” is not a real date or time (month 13).`,
        '1 file(s), 1 problem(s), 1 error(s)',
      ],
      err: '',
    });
  });

  test('--json: the diagnostics per file, how many were fixed, links to docs/rules.md; still exit 1 on an error', () => {
    const file = fixture('date-invalid.transcript');
    const { code, out } = run('lint', '--json', '--lang', 'en', file);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(out.join('\n')), [
      {
        file,
        fixed: 0,
        diagnostics: [
          {
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } },
            severity: 1,
            code: 'header-date-invalid',
            codeDescription: { href: `${RULES_DOC}#header-date-invalid` },
            source: 'stenogram',
            message: 'The date line “2017-13-45 25:00:00” is not a real date or time (month 13).',
          },
        ],
      },
    ]);
  });

  test('malformed-labels.transcript: warnings and a hint, 1-based line:col; a double colon is a warning, so exit 0', () => {
    const file = fixture('malformed-labels.transcript');
    assert.deepEqual(run('lint', '--lang', 'en', file), {
      code: 0,
      out: [
        `${file}:1:1 warning speaker-space-before-colon Space before the colon of the label “В.Соколов”.`,
        `${file}:2:1 hint turn-repeated-speaker “В.Соколов” speaks twice in a row.`,
        `${file}:2:10 warning speaker-no-space-after-colon No space after the colon of the label “В.Соколов”.`,
        `${file}:3:1 warning turn-empty The turn of “Н.Абдуллаев” has no text.`,
        `${file}:3:13 warning speaker-double-colon The label “Н.Абдуллаев” has more than one colon.`,
        `${file}:5:1 warning turn-empty The turn of “Н.Абдуллаев” has no text.`,
        '1 file(s), 6 problem(s), 0 error(s)',
      ],
      err: '',
    });
  });

  test('warnings only: exit 0; a clean file adds no lines', () => {
    const marks = fixture('marks.transcript');
    const clean = fixture('small-outline.transcript');
    assert.deepEqual(run('lint', '--lang', 'en', marks, clean), {
      code: 0,
      out: [
        `${marks}:7:26 warning mark-unclosed “(” is opened here and not closed on this line.`,
        `${marks}:7:42 warning mark-unclosed “[” is opened here and not closed on this line.`,
        '2 file(s), 2 problem(s), 0 error(s)',
      ],
      err: '',
    });
  });
});

describe('stenogram: usage errors', () => {
  test('a missing file: exit 2, the message on stderr, nothing on stdout', () => {
    const missing = fixture('no-such-file.transcript');
    assert.deepEqual(run('lint', missing), { code: 2, out: [], err: `stenogram: ${missing}: no such file or folder\n` });
  });

  test('no file: exit 2, the message and the usage on stderr', () => {
    const { code, out, err } = run('stats');
    assert.equal(code, 2);
    assert.deepEqual(out, []);
    assert.match(err, /^stenogram: no FILE or DIR given\nUsage: stenogram <command>/);
  });

  test('an unknown command: exit 2', () => {
    const { code, out, err } = run('bogus', fixture('small-outline.transcript'));
    assert.equal(code, 2);
    assert.deepEqual(out, []);
    assert.match(err, /^stenogram: unknown command bogus\nUsage:/);
  });

  test('an unknown --lang: exit 2', () => {
    assert.deepEqual(run('lint', '--lang', 'de', fixture('small-outline.transcript')), { code: 2, out: [], err: 'stenogram: --lang takes en or ru, not de\n' });
  });

  test('--help prints the usage on stdout, exit 0; no arguments at all is exit 2', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out.join('\n'), /^Usage: stenogram <command> \[options\] FILE\|DIR…\n\nCommands:\n  lint FILE\|DIR…/);
    assert.equal(run().code, 2);
  });
});
