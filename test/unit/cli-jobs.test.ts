// The command line over many files on worker threads (--jobs): the bundled CLI (dist/cli.js, which
// `npm test` builds) run over a folder of some thirty transcripts, good and broken, once on one thread
// and once on workers — stdout, stderr, the exit code and every file written are the same byte for
// byte. Then the parts: the order outcomes are printed in, the JSON written as it comes, the progress
// bar (never on a pipe), and a worker that dies on a file.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../server/src/cli';
import { ITEMS, jsonFrame, type FileCommand } from '../../server/src/cli/fileCommand';
import { parseArgs } from '../../server/src/cli/options';
import { PoolFailure, treatOnWorkers } from '../../server/src/cli/pool';
import { clock, Progress, showsProgress } from '../../server/src/cli/progress';
import { Sink } from '../../server/src/cli/sink';
import { HANDFUL, jobsFor, treatHere } from '../../server/src/cli/treat';
import { terminalSafeJson } from '../../server/src/features';
import { CLI_GUARD_MS } from '../helpers/cli';
import { fixtureNames, fixturePath, REPO_ROOT, samplePath } from '../helpers/fixtures';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
/** The environment of a run: no CI (it would hide the bar), messages in English. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CI' && k !== 'LANG' && k !== 'LC_ALL' && k !== 'LC_MESSAGES'));

interface Bundled {
  code: number | null;
  out: string;
  err: string;
}

function bundled(cwd: string, args: string[], env: NodeJS.ProcessEnv = ENV): Bundled {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: CLI_GUARD_MS, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.error, undefined, `the CLI did not finish: ${String(r.error)}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file below `dir` (not following links), with its bytes. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = join(prefix, name);
    const st = statSync(join(dir, rel), { throwIfNoEntry: false });
    if (st?.isDirectory()) Object.assign(out, tree(dir, rel));
    else if (st?.isFile()) out[rel] = readFileSync(join(dir, rel)).toString('base64');
  }
  return out;
}

/** 24 fixtures, the 3 samples, and the broken: Latin-1, binary, 200,001 lines (over the line limit),
 *  a FIFO, a link to /dev/zero, an escape sequence in a name, an empty file; two transcripts of one
 *  name in two subfolders (their exports are one NAME.md); a speaker register with a problem. */
function mixedFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of fixtureNames().slice(0, 24)) writeFileSync(join(dir, name), readFileSync(fixturePath(name)));
  for (const name of ['bilateral-meeting', 'press-conference', 'roundtable-en']) writeFileSync(join(dir, `${name}.transcript`), readFileSync(samplePath(`${name}.transcript`)));
  writeFileSync(join(dir, 'm-latin1.transcript'), Buffer.from('M. Dupont : Café déjà servi.\n', 'latin1'));
  writeFileSync(join(dir, 'm-binary.transcript'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'm-lines.transcript'), '\n'.repeat(200_001));
  writeFileSync(join(dir, 'm-escape\x1b[2J.transcript'), 'В.Соколов : Начнём.\n');
  writeFileSync(join(dir, 'm-empty.transcript'), '');
  execFileSync('mkfifo', [join(dir, 'm-fifo.transcript')]);
  symlinkSync('/dev/zero', join(dir, 'm-zero.transcript'));
  for (const sub of ['x', 'y']) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, 'same.transcript'), `В.${sub === 'x' ? 'Соколов' : 'Петров'} : Начнём.\n`);
  }
  writeFileSync(join(dir, 'stenogram.speakers.json'), '{ "В.Петров": 5 }');
}

describe('--jobs: the same output on one thread and on workers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-jobs-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('lint, outline, stats, format --check in every format: stdout, stderr and exit code byte-identical', () => {
    mixedFolder(join(dir, 'in'));
    const cwd = join(dir, 'in');
    const files = readdirSync(cwd).length;
    assert.ok(files > HANDFUL + 20, `${files} files: enough for workers`);
    const runs: [string[], number][] = [
      [['lint'], 2],
      [['lint', '--json'], 2],
      [['lint', '--format', 'sarif', '--max-problems', '2'], 2],
      [['outline', '--json'], 2],
      [['stats'], 2],
      [['stats', '--json'], 2],
      [['format', '--check'], 2],
    ];
    for (const [args, code] of runs) {
      const one = bundled(cwd, [...args, '--jobs', '1', '.']);
      const two = bundled(cwd, [...args, '--jobs', '3', '.']);
      assert.equal(one.code, code, args.join(' '));
      assert.deepEqual(two, one, args.join(' '));
    }
    // What the broken files say, once each, in the order of the files.
    const { err, out } = bundled(cwd, ['lint', '--jobs', '2', '.']);
    assert.equal(
      err,
      [
        "stenogram: m-binary.transcript: not UTF-8 text; left untouched",
        'stenogram: m-fifo.transcript: not a regular file (a FIFO); skipped',
        'stenogram: m-latin1.transcript: not UTF-8 text; left untouched',
        'stenogram: m-lines.transcript: 0.2 million characters, 200,002 lines: more than --max-size 20 allows (20 million characters, 200,000 lines); not analysed',
        'stenogram: m-zero.transcript: not a regular file (a character device); skipped',
        '',
      ].join('\n'),
    );
    assert.match(out, /^m-escape\\x1b\[2J\.transcript:1:1 warning speaker-space-before-colon /m);
    assert.match(out, /^\d+ file\(s\), \d+ problem\(s\), [1-9]\d* error\(s\)\n$/m);
  });

  test('a file that is not UTF-8 among good ones: reported, the others printed, exit 2, on workers as on one thread', () => {
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'in', `good-${String(i).padStart(2, '0')}.transcript`), 'В.Соколов : Начнём.\n');
    writeFileSync(join(dir, 'in', 'good-05-cp1251.transcript'), Buffer.from([0xc2, 0x2e, 0xcf, 0xf3, 0xf2, 0xe8, 0xed, 0x3a, 0x20, 0xc4, 0xe0, 0x2e, 0x0a]));
    const one = bundled(join(dir, 'in'), ['stats', '--json', '--jobs', '1', '.']);
    const two = bundled(join(dir, 'in'), ['stats', '--json', '--jobs', '2', '.']);
    assert.deepEqual(two, one);
    assert.equal(two.code, 2);
    assert.equal(two.err, 'stenogram: good-05-cp1251.transcript: not UTF-8 text; left untouched\n');
    const stats = JSON.parse(two.out) as { file: string; turns: number }[];
    assert.deepEqual(
      stats.map((s) => [s.file, s.turns]),
      Array.from({ length: 12 }, (_, i) => [`good-${String(i).padStart(2, '0')}.transcript`, 1]),
    );
  });

  test('lint --fix and format: each file written once, by one worker, in order; a file named twice is fixed once', () => {
    for (const side of ['one', 'two']) mixedFolder(join(dir, side));
    for (const [jobs, side] of [['1', 'one'], ['2', 'two']]) {
      // One file named twice, then its folder: handed to two workers at once, the three would race
      // to rewrite it; the first fixes it, the others find nothing left to fix.
      const twice = 'm-escape\x1b[2J.transcript';
      const fix = bundled(join(dir, side), ['lint', '--fix', '--backup', '--jobs', jobs, twice, twice, '.']);
      assert.equal(fix.code, 2);
      assert.equal(fix.out.split('\n').filter((l) => l === 'm-escape\\x1b[2J.transcript: fixed 1 problem(s)').length, 1);
      assert.equal(bundled(join(dir, side), ['format', '--jobs', jobs, '.']).code, 2);
    }
    assert.deepEqual(tree(join(dir, 'two')), tree(join(dir, 'one')));
    assert.equal(readFileSync(join(dir, 'two', 'm-escape\x1b[2J.transcript'), 'utf8'), 'В.Соколов: Начнём.\n');
    assert.equal(readFileSync(join(dir, 'two', 'm-escape\x1b[2J.transcript.bak'), 'utf8'), 'В.Соколов : Начнём.\n');
  });

  test('export -o DIR on workers: each file created once; of two with one name the first is kept, the second refused', () => {
    mixedFolder(join(dir, 'in'));
    mkdirSync(join(dir, 'one'));
    mkdirSync(join(dir, 'two'));
    const one = bundled(join(dir, 'in'), ['export', '--to', 'md', '-o', '../one', '--jobs', '1', '.']);
    const two = bundled(join(dir, 'in'), ['export', '--to', 'md', '-o', '../two', '--jobs', '2', '.']);
    assert.deepEqual({ ...two, out: two.out.replaceAll('../two/', '../one/'), err: two.err.replaceAll('../two/', '../one/') }, one);
    assert.deepEqual(tree(join(dir, 'two')), tree(join(dir, 'one')));
    assert.equal(two.code, 2);
    const created = two.out.split('\n').filter(Boolean).map((l) => l.split(' → ')[1]);
    assert.deepEqual(created, [...new Set(created)], 'no file is created twice');
    assert.equal(readFileSync(join(dir, 'two', 'same.md'), 'utf8').includes('Соколов'), true, 'x/same.transcript, the first, is the one kept');
    assert.match(two.err, /^stenogram: \.\.\/two\/same\.md: already exists; not overwritten \(--force replaces it\)$/m);
    assert.equal(two.err.split('\n').filter((l) => l.includes('stenogram.speakers.json')).length, 1, 'the register is reported once');
  });
});

describe('--jobs and the progress bar on the command line', () => {
  test('--jobs takes a positive whole number; workers only beyond a handful of files, at most one per file', () => {
    const options = parseArgs('lint', ['--jobs', '3', 'x']);
    assert.equal(options.jobs, 3);
    assert.deepEqual([HANDFUL, jobsFor(options, HANDFUL), jobsFor(options, HANDFUL + 1), jobsFor(options, 1000)], [8, 1, 3, 3]);
    assert.equal(jobsFor(parseArgs('lint', ['--jobs', '16', 'x']), 10), 10);
    assert.equal(jobsFor(parseArgs('lint', ['--jobs', '1', 'x']), 1000), 1);
    assert.throws(() => parseArgs('lint', ['--jobs', '0', 'x']), /--jobs takes a positive number, not 0/);
    assert.throws(() => parseArgs('lint', ['--jobs', '1.5', 'x']), /--jobs takes a positive whole number, not 1.5/);
    assert.equal(parseArgs('stats', ['--no-progress', 'x']).progress, false);
  });

  test('the bar: only on a terminal, not with CI set or --no-progress, not for one file', () => {
    const tty = { isTTY: true, write: () => true };
    assert.equal(showsProgress(tty, {}, true, 30), true);
    assert.equal(showsProgress({ write: () => true }, {}, true, 30), false);
    assert.equal(showsProgress({ isTTY: false, write: () => true }, {}, true, 30), false);
    assert.equal(showsProgress(tty, { CI: 'true' }, true, 30), false);
    assert.equal(showsProgress(tty, { CI: 'false' }, true, 30), true);
    assert.equal(showsProgress(tty, {}, false, 30), false);
    assert.equal(showsProgress(tty, {}, true, 1), false);
  });

  test('the bar says files done of all, files per second and the time left, cut to the width; wiped before results', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new Progress(300, 'en', { write: (s: string) => written.push(s), columns: 120 }, () => now);
    now = 2000;
    bar.update(75);
    assert.deepEqual(written, ['\r\x1b[K██████░░░░░░░░░░░░░░░░░░ 75/300 files · 38 files/s · ETA 0:06']);
    now = 2050;
    bar.update(80);
    assert.equal(written.length, 1, 'at most every 100 ms');
    const sink = new Sink({ write: (line) => written.push(`out:${line}`), writeError: (text) => written.push(`err:${text}`) }, undefined, undefined, bar);
    sink.add({ out: ['a.transcript:1:1 …'], err: [{ text: 'stenogram: b\n' }], counts: {} });
    sink.advance(81);
    assert.deepEqual(written.slice(1), ['\r\x1b[K', 'err:stenogram: b\n', 'out:a.transcript:1:1 …', '\r\x1b[K██████░░░░░░░░░░░░░░░░░░ 81/300 files · 40 files/s · ETA 0:06']);
    sink.end();
    assert.equal(written.at(-1), '\r\x1b[K');
    const narrow = new Progress(300, 'ru', { write: () => true, columns: 40 }, () => 1000);
    assert.equal(narrow.line(3000), '░░░░░░░░░░░░░░░░░░░░░░░░ 0/300 файлов ·');
    assert.deepEqual([clock(7.4), clock(125), clock(3725)], ['0:07', '2:05', '1:02:05']);
  });

  test('piped, the bundled CLI draws no bar: stderr is what --no-progress gives', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stenogram-progress-'));
    try {
      mixedFolder(cwd);
      const piped = bundled(cwd, ['lint', '--jobs', '2', '.']);
      assert.doesNotMatch(piped.err, /\r|\x1b|files\/s/);
      assert.deepEqual(piped, bundled(cwd, ['lint', '--jobs', '2', '--no-progress', '.']));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  test('on a terminal (script(1) gives it one) the bundled CLI draws the bar; CI=true and --no-progress hide it', { skip: script.status !== 0 && 'no script(1) to run the CLI on a terminal' }, () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stenogram-progress-'));
    try {
      mixedFolder(cwd);
      const onTerminal = (env: NodeJS.ProcessEnv, extra = '') =>
        spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" lint --jobs 2 ${extra} . > /dev/null`, '/dev/null'], { cwd, env, encoding: 'utf8', timeout: CLI_GUARD_MS }).stdout;
      assert.match(onTerminal(ENV), /\r\x1b\[K[█░]{24} \d+\/36 files · \d+ files\/s · ETA \d+:\d\d/);
      assert.doesNotMatch(onTerminal({ ...ENV, CI: 'true' }), /files\/s/);
      assert.doesNotMatch(onTerminal(ENV, '--no-progress'), /files\/s/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('the order of outcomes and the JSON written as it comes', () => {
  test('a JSON document written item by item is byte for byte the document written at once', () => {
    const log = { version: '2.1.0', runs: [{ tool: { name: 'x' }, results: [ITEMS], properties: { locale: 'en' } }] };
    const items = [{ a: 1, b: ['\u202e', 2] }, { c: { d: [] } }, 'three'];
    for (const count of [0, 1, 3]) {
      const frame = jsonFrame(log);
      const lines: string[] = [];
      const sink = new Sink({ write: (l) => lines.push(l), writeError: () => {} }, frame, undefined);
      for (const item of items.slice(0, count)) sink.add({ out: [frame.indent + terminalSafeJson(item).replaceAll('\n', `\n${frame.indent}`)], err: [], counts: {} });
      sink.end();
      assert.equal(lines.join('\n'), terminalSafeJson({ ...log, runs: [{ ...log.runs[0], results: items.slice(0, count) }] }), `${count} items`);
    }
    assert.equal(jsonFrame([ITEMS]).empty, '[]');
  });

  test('counts are summed, a message said `once` is printed with the first file that says it, a separator between files', () => {
    const lines: string[] = [];
    const sink = new Sink({ write: (l) => lines.push(l), writeError: (t) => lines.push(`! ${t}`) }, undefined, '');
    sink.add({ out: ['a'], err: [{ text: 'reg 1', once: 'R' }, { text: 'reg 2', once: 'R' }], counts: { files: 1, problems: 2 } });
    sink.add({ out: [], err: [{ text: 'c unreadable' }], counts: { unreadable: 1 } });
    sink.add({ out: ['b', 'b2'], err: [{ text: 'reg 1', once: 'R' }, { text: 'reg 2', once: 'R' }], counts: { files: 1, problems: 3 } });
    assert.deepEqual(sink.end(), { files: 2, problems: 5, unreadable: 1 });
    assert.deepEqual(lines, ['! reg 1', '! reg 2', 'a', '! c unreadable', '', 'b', 'b2']);
  });

  test('on this thread, a file Stenogram fails on is reported with its name and the others are treated: exit 2', () => {
    const command: FileCommand<undefined> = {
      state: () => undefined,
      file(file, _options, _state, out) {
        if (file === 'b') throw new Error('boom');
        out.line(file);
      },
      finish: () => 0,
    };
    const lines: string[] = [];
    const code = treatHere(command, ['a', 'b', 'c'], parseArgs('lint', ['--lang', 'en', 'x']), { write: (l) => lines.push(l), writeError: (t) => lines.push(t) });
    assert.deepEqual({ code, lines }, { code: 2, lines: ['a', 'stenogram: b: Stenogram failed on this file (boom); skipped\n', 'c'] });
  });
});

describe('a worker that dies', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-pool-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in for the bundle's worker: it speaks the pool's protocol and dies on the files named so. */
  const WORKER = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ index, file }) => {
      if (file.startsWith('exit')) process.exit(7);
      if (file.startsWith('throw')) throw new Error('worker bug on ' + file);
      parentPort.postMessage({ index, outcome: { out: ['treated ' + file], err: [], counts: { files: 1 } } });
    });
    parentPort.postMessage({ ready: true });
  `;
  const command: FileCommand<undefined> = { state: () => undefined, file: () => {}, finish: () => 0 };

  async function runPool(files: string[], script: string, jobs = 2): Promise<{ lines: string[]; counts: Record<string, number> }> {
    const lines: string[] = [];
    const sink = new Sink({ write: (l) => lines.push(l), writeError: (t) => lines.push(t.trimEnd()) }, undefined, undefined);
    await treatOnWorkers('lint', command, files, parseArgs('lint', ['--lang', 'en', 'x']), sink, jobs, script);
    return { lines, counts: sink.end() };
  }

  test('is reported with the file it was treating, is replaced, and the run goes on in order', async () => {
    const script = join(dir, 'worker.js');
    writeFileSync(script, WORKER);
    const files = ['exit-first', 'a', 'b', 'throw-c', 'd', 'e', 'exit-f', 'g'];
    assert.deepEqual(await runPool(files, script), {
      lines: [
        'stenogram: exit-first: Stenogram failed on this file (its thread stopped with code 7); skipped',
        'treated a',
        'treated b',
        'stenogram: throw-c: Stenogram failed on this file (worker bug on throw-c); skipped',
        'treated d',
        'treated e',
        'stenogram: exit-f: Stenogram failed on this file (its thread stopped with code 7); skipped',
        'treated g',
      ],
      counts: { crashed: 3, files: 5 },
    });
  });

  test('two files that write one thing are never treated at once: the later waits for the earlier', async () => {
    // Each file takes 150 ms and logs when it starts and ends; `writes` says what it writes (before #).
    const log = join(dir, 'log');
    const script = join(dir, 'slow.js');
    writeFileSync(
      script,
      `const { appendFileSync } = require('node:fs');
       const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ index, file }) => {
         appendFileSync(${JSON.stringify(log)}, 'start ' + file + '\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
         appendFileSync(${JSON.stringify(log)}, 'end ' + file + '\\n');
         parentPort.postMessage({ index, outcome: { out: [file], err: [], counts: {} } });
       });
       parentPort.postMessage({ ready: true });`,
    );
    const writing: FileCommand<undefined> = { ...command, writes: (file) => [file.split('#')[0]] };
    const lines: string[] = [];
    const sink = new Sink({ write: (l) => lines.push(l), writeError: () => {} }, undefined, undefined);
    await treatOnWorkers('lint', writing, ['a#1', 'a#2', 'b#1', 'a#3'], parseArgs('lint', ['x']), sink, 3, script);
    assert.deepEqual(lines, ['a#1', 'a#2', 'b#1', 'a#3']);
    const events = readFileSync(log, 'utf8').split('\n').filter((l) => l.includes(' a#'));
    assert.deepEqual(events, ['start a#1', 'end a#1', 'start a#2', 'end a#2', 'start a#3', 'end a#3']);
  });

  test('workers that cannot start end the run with a PoolFailure, never a hang', async () => {
    const script = join(dir, 'broken.js');
    writeFileSync(script, 'throw new Error("cannot load");');
    await assert.rejects(runPool(['a', 'b', 'c'], script), (error: unknown) => error instanceof PoolFailure && error.message === 'cannot load');
  });

  test('the command line says so and exits 2', async () => {
    const script = join(dir, 'broken.js');
    writeFileSync(script, 'throw new Error("cannot load");');
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, 'in', `${i}.transcript`), 'В.Соколов: Начнём.\n');
    let err = '';
    const stderrWrite = process.stderr.write;
    process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
    try {
      assert.equal(await cli(['lint', '--jobs', '2', '--lang', 'en', join(dir, 'in')], script, () => {}), 2);
    } finally {
      process.stderr.write = stderrWrite;
    }
    assert.equal(err, 'stenogram: the worker threads did not start (cannot load); --jobs 1 reads the files on this thread\n');
  });
});
