// `--tradition auto|kremlin|…` on every command: the files are read by the tradition named (or the
// one each file is detected to follow); `stats` names the tradition, `outline` shows a turn's time
// in the recording. The files are written by the test into a temporary folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/cli';

/** A US hearing: the label ends with the period (`Mr. NIELDS. What…`). */
const HEARING = ['Mr. NIELDS. What was your role?', 'Mr. NORTH. I ran the operation.', 'Mr. NIELDS. Who approved it?', ''].join('\n');
/** A US press briefing: `Q` and a tab-like run of spaces is the reporter's turn. */
const PRESS = ['MS. PSAKI:  Good afternoon.', 'Q    Thanks, Jen.', 'MS. PSAKI:  Go ahead.', ''].join('\n');
/** A speech-to-text export: a timestamp before each label. */
const RECORDING = ['[00:01:23] Anna Lee: Hello there, everyone.', '[00:01:30] Bob Stone: Hi, Anna.', '[00:02:05] Anna Lee: Shall we begin?', ''].join('\n');

let dir: string;
let hearing: string;
let recording: string;
let press: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'stenogram-cli-tradition-'));
  hearing = join(dir, 'hearing.transcript');
  recording = join(dir, 'recording.transcript');
  writeFileSync(hearing, HEARING);
  writeFileSync(recording, RECORDING);
  press = join(dir, 'press.transcript');
  writeFileSync(press, PRESS);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('stenogram --tradition', () => {
  test('stats names the tradition it detected', () => {
    assert.deepEqual(run('stats', '--lang', 'en', hearing), {
      code: 0,
      out: [
        hearing,
        'Tradition: US hearing (detected)',
        'Speaker     Turns  Words   Share',
        'Mr. NIELDS      2      7   63.6%',
        'Mr. NORTH       1      4   36.4%',
        'Total           3     11  100.0%',
      ],
      err: '',
    });
  });

  test('--tradition kremlin: the period labels are prose, no turns; the line says the option chose it', () => {
    assert.deepEqual(run('stats', '--lang', 'en', '--tradition', 'kremlin', hearing), {
      code: 0,
      out: [hearing, 'Tradition: kremlin.ru (--tradition)', 'Speaker  Turns  Words  Share', 'Total        0      0   0.0%'],
      err: '',
    });
    assert.deepEqual(run('outline', '--lang', 'en', '--tradition', 'kremlin', hearing).out, [hearing, '    1  Lead  — Mr. NIELDS. What was your role?']);
  });

  test('--tradition us-hearing in Russian', () => {
    assert.deepEqual(run('stats', '--lang', 'ru', '--tradition', 'us-hearing', hearing).out, [
      hearing,
      'Традиция: Слушания (США) (--tradition)',
      'Спикер      Реплики  Слова    Доля',
      'Mr. NIELDS        2      7   63.6%',
      'Mr. NORTH         1      4   36.4%',
      'Итого             3     11  100.0%',
    ]);
  });

  test('stats --json: `tradition` with its id, name and whether it was detected', () => {
    const tradition = (...args: string[]) => (JSON.parse(run('stats', '--json', ...args).out.join('\n')) as { tradition: unknown }[]).map((s) => s.tradition);
    assert.deepEqual(tradition('--lang', 'en', hearing, recording), [
      { id: 'us-hearing', name: 'US hearing', detected: true },
      { id: 'speech-to-text', name: 'Speech-to-text export', detected: true },
    ]);
    assert.deepEqual(tradition('--lang', 'ru', '--tradition', 'us-hearing', hearing), [{ id: 'us-hearing', name: 'Слушания (США)', detected: false }]);
  });

  test('lint reads by the tradition too: under kremlin `Q    Thanks` is no turn, so the press secretary speaks twice in a row', () => {
    assert.deepEqual(run('lint', '--lang', 'en', press), { code: 0, out: ['1 file(s), 0 problem(s), 0 error(s)'], err: '' });
    assert.deepEqual(run('lint', '--lang', 'en', '--tradition', 'kremlin', press), {
      code: 0,
      out: [`${press}:3:1 hint turn-repeated-speaker “MS. PSAKI” speaks twice in a row.`, '1 file(s), 1 problem(s), 0 error(s)'],
      err: '',
    });
  });

  test('--tradition auto is the default', () => {
    assert.deepEqual(run('outline', '--lang', 'en', '--tradition', 'auto', hearing), run('outline', '--lang', 'en', hearing));
  });

  test('outline shows a turn’s time in the recording after its label and first words', () => {
    assert.deepEqual(run('outline', '--lang', 'en', recording), {
      code: 0,
      out: [
        recording,
        '    1  Anna Lee: Hello there, everyone.  — 00:01:23',
        '    2  Bob Stone: Hi, Anna.  — 00:01:30',
        '    3  Anna Lee: Shall we begin?  — 00:02:05',
      ],
      err: '',
    });
  });

  test('an unknown tradition, or none: usage error, exit 2, the ids listed', () => {
    const ids = 'auto or kremlin or court or us-press or us-hearing or parliament or dialogue or speech-to-text';
    for (const command of ['lint', 'format', 'outline', 'stats']) {
      assert.deepEqual(run(command, '--tradition', 'hansard', hearing), { code: 2, out: [], err: `stenogram: --tradition takes ${ids}, not hansard\n` });
    }
    assert.deepEqual(run('stats', hearing, '--tradition'), { code: 2, out: [], err: `stenogram: --tradition takes ${ids}, not nothing\n` });
  });
});
