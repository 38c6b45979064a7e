// `stenogram lint --fix` (with and without --backup) and `lint --format json|sarif`, run in-process
// with `main(argv, write)` on files written into a fresh temporary folder: the exact bytes each file
// holds afterwards, what else is in the folder, the output and the exit code.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../helpers/cli';
import { RULE_CODES } from '../../server/src/features';


const BOM = '\uFEFF';
const lines = (...l: string[]) => l.join('\n');
const crlf = (...l: string[]) => l.join('\r\n');

/** A transcript with eight safe findings (two on one label, fixed in two passes) and none left but hints. */
const MALFORMED = lines(
  'Заседание комиссии',
  '',
  '2023-04-11 09:00:00',
  '',
  'В.Соколов : Начнём.',
  'Н.Абдуллаев:Да.',
  'B. Соколов:: Продолжим. Н.Абдуллаев: Хорошо.', // a Latin B, a spaced initial, a double colon, a glued label
  'в.соколов: Итак.',
  'В.Соколов Подведём итоги.',
  'В.Соколов: Всё.',
  '',
);

const MALFORMED_FIXED = lines(
  'Заседание комиссии',
  '',
  '2023-04-11 09:00:00',
  '',
  'В.Соколов: Начнём.',
  'Н.Абдуллаев: Да.',
  'В.Соколов: Продолжим.',
  'Н.Абдуллаев: Хорошо.',
  'В.Соколов: Итак.',
  'В.Соколов: Подведём итоги.',
  'В.Соколов: Всё.',
  '',
);

describe('stenogram lint --fix', () => {
  let dir: string;
  /** Write `content` (a string is written as UTF-8) into the test folder; its path. */
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const bytes = (path: string): Buffer => readFileSync(path);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-cli-fix-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('lint without --fix reports the errors (exit 1) and leaves the file as it was', () => {
    const path = file('malformed.transcript', MALFORMED);
    const result = run('lint', '--lang', 'en', path);
    assert.deepEqual(result, {
      code: 1,
      out: [
        `${path}:5:1 warning speaker-space-before-colon Space before the colon of the label “В.Соколов”.`,
        `${path}:6:12 warning speaker-no-space-after-colon No space after the colon of the label “Н.Абдуллаев”.`,
        `${path}:7:1 warning speaker-initials-spacing Write the initials without a space, as this file does: “B.Соколов”.`,
        `${path}:7:1 error speaker-mixed-script The label “B. Соколов” mixes scripts: Latin “B”.`,
        `${path}:7:12 warning speaker-double-colon The label “B. Соколов” has more than one colon.`,
        `${path}:7:25 error turn-embedded-label The label “Н.Абдуллаев” is glued inside the previous turn’s text.`,
        `${path}:8:1 warning speaker-lowercase The label “в.соколов” is in lowercase; write “В.Соколов”.`,
        `${path}:8:1 hint turn-repeated-speaker “в.соколов” speaks twice in a row.`,
        `${path}:9:1 error speaker-missing-colon “В.Соколов” starts a turn but has no colon after the label.`,
        `${path}:10:1 hint turn-repeated-speaker “В.Соколов” speaks twice in a row.`,
        '1 file(s), 10 problem(s), 3 error(s)',
      ],
      err: '',
    });
    assert.deepEqual(bytes(path), Buffer.from(MALFORMED, 'utf8'));
  });

  test('rewrites a malformed file to the exact fixed text, and exits 0 when only hints remain', () => {
    const path = file('malformed.transcript', MALFORMED);
    const result = run('lint', '--fix', '--lang', 'en', path);
    assert.equal(readFileSync(path, 'utf8'), MALFORMED_FIXED);
    assert.deepEqual(result, {
      code: 0,
      out: [
        `${path}: fixed 8 problem(s)`,
        `${path}:10:1 hint turn-repeated-speaker “В.Соколов” speaks twice in a row.`,
        `${path}:11:1 hint turn-repeated-speaker “В.Соколов” speaks twice in a row.`,
        '1 file(s), 2 problem(s), 0 error(s)',
      ],
      err: '',
    });
    // Nothing but the file: no temporary file is left, and no backup was asked for.
    assert.deepEqual(readdirSync(dir), ['malformed.transcript']);
    // A second run finds nothing to fix and leaves the bytes alone.
    assert.equal(run('lint', '--fix', '--lang', 'en', path).code, 0);
    assert.deepEqual(bytes(path), Buffer.from(MALFORMED_FIXED, 'utf8'));
  });

  test(
    '“fixed N problem(s)” counts problems, not edits: one label with two look-alike letters is one problem',
    () => {
      // `B.Сoколов`: a Latin B and a Latin o, one speaker-mixed-script finding.
      const path = file('lookalikes.transcript', 'B.Сoколов: Начнём.\nН.Абдуллаев: Да.\n');
      const result = run('lint', '--fix', '--lang', 'en', path);
      assert.equal(readFileSync(path, 'utf8'), 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n');
      assert.deepEqual(result, { code: 0, out: [`${path}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
    },
  );

  test('files with nothing to fix stay byte-identical: clean LF, CRLF + BOM + trailing spaces, findings without a safe fix', () => {
    const clean = Buffer.from(lines('В.Соколов: Начнём.', 'Н.Абдуллаев: Да.', ''), 'utf8');
    const windows = Buffer.from(BOM + crlf('Заседание  ', '', '2023-04-11 09:00:00', '', 'В.Соколов: Начнём.   ', 'Н.Абдуллаев: Да.\t', '', ''), 'utf8');
    // An empty turn and a bracket left open: reported, but no safe fix.
    const unsafe = Buffer.from(lines('Н.Абдуллаев:', 'В.Соколов: Это было в [две тысячи.', ''), 'utf8');
    const paths = [file('clean.transcript', clean), file('windows.transcript', windows), file('unsafe.transcript', unsafe)];
    const result = run('lint', '--fix', '--lang', 'en', ...paths);
    assert.deepEqual(result, {
      code: 0,
      out: [
        `${paths[2]}:1:1 warning turn-empty The turn of “Н.Абдуллаев” has no text.`,
        `${paths[2]}:2:23 warning mark-unclosed “[” is opened here and not closed on this line.`,
        '3 file(s), 2 problem(s), 0 error(s)',
      ],
      err: '',
    });
    assert.deepEqual(bytes(paths[0]), clean);
    assert.deepEqual(bytes(paths[1]), windows);
    assert.deepEqual(bytes(paths[2]), unsafe);
    assert.deepEqual(readdirSync(dir).sort(), ['clean.transcript', 'unsafe.transcript', 'windows.transcript']);
  });

  test('a fixed file keeps its BOM and its CRLF line ends (a split turn gets a CRLF too)', () => {
    const path = file(
      'windows.transcript',
      BOM + crlf('Заседание комиссии', '', '2023-04-11 09:00:00', '', 'В.Соколов : Начнём.', 'Н.Абдуллаев: Да. В.Соколов: Продолжим.  ', ''),
    );
    const result = run('lint', '--fix', '--lang', 'en', path);
    assert.deepEqual(result, { code: 0, out: [`${path}: fixed 2 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'], err: '' });
    assert.deepEqual(
      bytes(path),
      Buffer.from(BOM + crlf('Заседание комиссии', '', '2023-04-11 09:00:00', '', 'В.Соколов: Начнём.', 'Н.Абдуллаев: Да.', 'В.Соколов: Продолжим.  ', ''), 'utf8'),
    );
  });

  test('the file keeps its permission bits', { skip: process.platform === 'win32' ? 'no POSIX modes' : false }, () => {
    const path = file('mode.transcript', 'В.Соколов : Начнём.\n');
    chmodSync(path, 0o640);
    assert.equal(run('lint', '--fix', '--lang', 'en', path).code, 0);
    assert.equal(readFileSync(path, 'utf8'), 'В.Соколов: Начнём.\n');
    assert.equal(statSync(path).mode & 0o777, 0o640);
  });

  test('--backup leaves FILE.bak with the original bytes; without it no .bak exists', () => {
    const original = Buffer.from(BOM + crlf('В.Соколов : Начнём.', 'Н.Абдуллаев:Да.', ''), 'utf8');
    const withBackup = file('a.transcript', original);
    const without = file('b.transcript', original);
    assert.equal(run('lint', '--fix', '--backup', '--lang', 'en', withBackup).code, 0);
    assert.equal(run('lint', '--fix', '--lang', 'en', without).code, 0);
    const fixed = Buffer.from(BOM + crlf('В.Соколов: Начнём.', 'Н.Абдуллаев: Да.', ''), 'utf8');
    assert.deepEqual(bytes(withBackup), fixed);
    assert.deepEqual(bytes(without), fixed);
    assert.deepEqual(bytes(`${withBackup}.bak`), original);
    assert.deepEqual(readdirSync(dir).sort(), ['a.transcript', 'a.transcript.bak', 'b.transcript']);
  });

  test('a file that is not UTF-8 is reported (exit 2) and left byte-identical; the other files are still fixed', () => {
    // `В.Соколов : Начнём.` in Windows-1251.
    const cp1251 = Buffer.from([0xc2, 0x2e, 0xd1, 0xee, 0xea, 0xee, 0xeb, 0xee, 0xe2, 0x20, 0x3a, 0x20, 0xcd, 0xe0, 0xf7, 0xed, 0xb8, 0xec, 0x2e, 0x0a]);
    const legacy = file('legacy.transcript', cp1251);
    const good = file('good.transcript', 'В.Соколов : Начнём.\n');
    const result = run('lint', '--fix', '--backup', '--lang', 'en', legacy, good);
    assert.deepEqual(result, {
      code: 2,
      out: [`${good}: fixed 1 problem(s)`, '1 file(s), 0 problem(s), 0 error(s)'],
      err: `stenogram: ${legacy}: not UTF-8 text; left untouched\n`,
    });
    assert.deepEqual(bytes(legacy), cp1251);
    assert.equal(readFileSync(good, 'utf8'), 'В.Соколов: Начнём.\n');
    assert.deepEqual(readdirSync(dir).sort(), ['good.transcript', 'good.transcript.bak', 'legacy.transcript']);
  });

  test('--backup without --fix is a usage error (exit 2), and nothing is written', () => {
    const path = file('a.transcript', 'В.Соколов : Начнём.\n');
    assert.deepEqual(run('lint', '--backup', '--lang', 'en', path), { code: 2, out: [], err: 'stenogram: --backup goes with --fix\n' });
    assert.deepEqual(bytes(path), Buffer.from('В.Соколов : Начнём.\n', 'utf8'));
    assert.deepEqual(readdirSync(dir), ['a.transcript']);
  });
});

describe('stenogram lint --format json|sarif', () => {
  let dir: string;
  let path: string;
  // With a BOM and CRLF: columns count from after the BOM, as the editor shows them.
  const TEXT = BOM + crlf('В.Соколов : Начнём.', 'B.Соколов: Продолжим [работу.', '');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-cli-format-'));
    path = join(dir, 's.transcript');
    writeFileSync(path, TEXT);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** `file:///…/docs/rules.md#code` after checking that the link is a file: URL of docs/rules.md. */
  const portableHref = (href: string): string => {
    const url = new URL(href);
    assert.equal(url.protocol, 'file:', href);
    assert.ok(url.pathname.endsWith('/docs/rules.md'), href);
    return `file:///…/docs/rules.md${url.hash}`;
  };

  test('--format json: per file, the LSP diagnostics', () => {
    const { code, out, err } = run('lint', '--format', 'json', '--lang', 'en', path);
    assert.equal(code, 1);
    assert.equal(err, '');
    const parsed = JSON.parse(out.join('\n')) as { file: string; fixed: number; diagnostics: { codeDescription: { href: string } }[] }[];
    for (const d of parsed[0].diagnostics) d.codeDescription.href = portableHref(d.codeDescription.href);
    const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
    assert.deepEqual(parsed, [
      {
        file: path,
        fixed: 0,
        diagnostics: [
          {
            range: r(0, 0, 0, 10),
            severity: 2,
            code: 'speaker-space-before-colon',
            codeDescription: { href: 'file:///…/docs/rules.md#speaker-space-before-colon' },
            source: 'stenogram',
            message: 'Space before the colon of the label “В.Соколов”.',
          },
          {
            range: r(1, 0, 1, 9),
            severity: 1,
            code: 'speaker-mixed-script',
            codeDescription: { href: 'file:///…/docs/rules.md#speaker-mixed-script' },
            source: 'stenogram',
            message: 'The label “B.Соколов” mixes scripts: Latin “B”.',
          },
          {
            range: r(1, 0, 1, 9),
            severity: 4,
            code: 'turn-repeated-speaker',
            codeDescription: { href: 'file:///…/docs/rules.md#turn-repeated-speaker' },
            source: 'stenogram',
            message: '“B.Соколов” speaks twice in a row.',
          },
          {
            range: r(1, 21, 1, 22),
            severity: 2,
            code: 'mark-unclosed',
            codeDescription: { href: 'file:///…/docs/rules.md#mark-unclosed' },
            source: 'stenogram',
            message: '“[” is opened here and not closed on this line.',
          },
        ],
      },
    ]);
    assert.deepEqual(readFileSync(path), Buffer.from(TEXT, 'utf8'), 'lint alone writes nothing');
  });

  test('--format sarif: valid SARIF 2.1.0 JSON, one result per finding, 1-based lines and columns', () => {
    const { code, out, err } = run('lint', '--format', 'sarif', '--lang', 'en', path);
    assert.equal(code, 1);
    assert.equal(err, '');
    const sarif = JSON.parse(out.join('\n')) as {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; informationUri: string; rules: { id: string; helpUri: string }[] } };
        columnKind: string;
        results: unknown[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(sarif.runs.length, 1);
    const [runOf] = sarif.runs;
    assert.equal(runOf.tool.driver.name, 'stenogram');
    assert.equal(portableHref(runOf.tool.driver.informationUri), 'file:///…/docs/rules.md');
    assert.deepEqual(
      runOf.tool.driver.rules.map((rule) => ({ id: rule.id, helpUri: portableHref(rule.helpUri) })),
      RULE_CODES.map((id) => ({ id, helpUri: `file:///…/docs/rules.md#${id}` })),
    );
    assert.equal(runOf.columnKind, 'utf16CodeUnits');
    const uri = pathToFileURL(path).href;
    const result = (ruleId: string, level: string, text: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
      ruleId,
      ruleIndex: RULE_CODES.indexOf(ruleId as (typeof RULE_CODES)[number]),
      level,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn, endLine, endColumn } } }],
    });
    assert.deepEqual(runOf.results, [
      result('speaker-space-before-colon', 'warning', 'Space before the colon of the label “В.Соколов”.', 1, 1, 1, 11),
      result('speaker-mixed-script', 'error', 'The label “B.Соколов” mixes scripts: Latin “B”.', 2, 1, 2, 10),
      result('turn-repeated-speaker', 'note', '“B.Соколов” speaks twice in a row.', 2, 1, 2, 10),
      result('mark-unclosed', 'warning', '“[” is opened here and not closed on this line.', 2, 22, 2, 23),
    ]);
    // One result per finding: as many as the text output counts.
    const text = run('lint', '--lang', 'en', path);
    assert.equal(text.out.at(-1), `1 file(s), ${runOf.results.length} problem(s), 1 error(s)`);
  });

  test('--format sarif with --fix: the results are what is left after fixing', () => {
    const { code, out } = run('lint', '--fix', '--format', 'sarif', '--lang', 'en', path);
    assert.equal(code, 0);
    const sarif = JSON.parse(out.join('\n')) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { region: unknown } }[] }[] }[] };
    assert.deepEqual(
      sarif.runs[0].results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.region]),
      [
        ['turn-repeated-speaker', 'note', { startLine: 2, startColumn: 1, endLine: 2, endColumn: 10 }],
        ['mark-unclosed', 'warning', { startLine: 2, startColumn: 22, endLine: 2, endColumn: 23 }],
      ],
    );
    assert.deepEqual(readFileSync(path), Buffer.from(BOM + crlf('В.Соколов: Начнём.', 'В.Соколов: Продолжим [работу.', ''), 'utf8'));
  });
});
