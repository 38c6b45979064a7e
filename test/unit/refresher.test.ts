// Refresher: how the Speakers view, the statistics view and the status bar ask the server again
// after an edit. A run waits until typing pauses (each new edit restarts the wait), and an answer is
// shown only while its question is the latest: one asked before a newer question, or before the
// view stopped asking, is dropped. Fake timers: no test waits for real time.
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { Refresher } from '../../client/src/refresher';

/** The statistics view's pause: typing that stops for 300 ms asks once. */
const DELAY_MS = 300;

beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
afterEach(() => mock.timers.reset());

/** A refresher and the times its scheduled run ran. */
function scheduled(): { refresher: Refresher; runs: () => number; edit: () => void } {
  const refresher = new Refresher();
  let count = 0;
  return { refresher, runs: () => count, edit: () => refresher.schedule(DELAY_MS, () => count++) };
}

describe('Refresher.schedule: wait until typing pauses', () => {
  test('one edit: the run comes once, when the pause is over and not a millisecond before', () => {
    const { runs, edit } = scheduled();
    edit();
    mock.timers.tick(DELAY_MS - 1);
    assert.equal(runs(), 0);
    mock.timers.tick(1);
    assert.equal(runs(), 1);
    mock.timers.tick(10 * DELAY_MS);
    assert.equal(runs(), 1);
  });

  test('edits 200 ms apart: each restarts the wait, so the run comes once, 300 ms after the last', () => {
    const { runs, edit } = scheduled();
    edit();
    mock.timers.tick(200);
    edit();
    mock.timers.tick(200);
    edit();
    mock.timers.tick(DELAY_MS - 1);
    assert.equal(runs(), 0);
    mock.timers.tick(1);
    assert.equal(runs(), 1);
  });

  test('a delay of 0 (the status bar on a switch of editor) still runs after the current task, once', () => {
    const refresher = new Refresher();
    let count = 0;
    refresher.schedule(0, () => count++);
    assert.equal(count, 0);
    mock.timers.tick(0);
    assert.equal(count, 1);
  });

  test('each run is the one scheduled last', () => {
    const refresher = new Refresher();
    const ran: string[] = [];
    refresher.schedule(DELAY_MS, () => ran.push('edit'));
    refresher.schedule(150, () => ran.push('cursor'));
    mock.timers.tick(DELAY_MS);
    assert.deepEqual(ran, ['cursor']);
  });
});

describe('Refresher.cancelWait and cancel: the view asks now, or stops asking', () => {
  test('cancelWait: the scheduled run never comes', () => {
    const { refresher, runs, edit } = scheduled();
    edit();
    mock.timers.tick(100);
    refresher.cancelWait();
    mock.timers.tick(10 * DELAY_MS);
    assert.equal(runs(), 0);
  });

  test('cancelWait leaves a question asked before it the latest', () => {
    const refresher = new Refresher();
    const isLatest = refresher.newQuestion();
    refresher.cancelWait();
    assert.equal(isLatest(), true);
  });

  test('cancel: neither the scheduled run nor the answer on its way', () => {
    const { refresher, runs, edit } = scheduled();
    const isLatest = refresher.newQuestion();
    edit();
    refresher.cancel();
    mock.timers.tick(10 * DELAY_MS);
    assert.equal(runs(), 0);
    assert.equal(isLatest(), false);
  });

  test('after cancel, a new edit is waited for and run as before', () => {
    const { refresher, runs, edit } = scheduled();
    edit();
    refresher.cancel();
    edit();
    mock.timers.tick(DELAY_MS);
    assert.equal(runs(), 1);
  });
});

describe('Refresher.newQuestion: only the answer to the latest question is shown', () => {
  test('a question is the latest until a newer one is asked', () => {
    const refresher = new Refresher();
    const first = refresher.newQuestion();
    assert.equal(first(), true);
    const second = refresher.newQuestion();
    assert.deepEqual([first(), second()], [false, true]);
  });

  test('drop: the answers on their way are not shown, and the next question is the latest again', () => {
    const refresher = new Refresher();
    const asked = refresher.newQuestion();
    refresher.drop();
    assert.equal(asked(), false);
    assert.equal(refresher.newQuestion()(), true);
  });

  test('answers that come back out of order: only the one to the last question is shown', async () => {
    const refresher = new Refresher();
    const shown: string[] = [];
    const answers: { answer: string; resolve: () => void }[] = [];
    /** A view's refresh: asks, and shows the answer if its question is still the latest. */
    const ask = (answer: string): Promise<void> => {
      const isLatest = refresher.newQuestion();
      return new Promise<void>((resolve) => answers.push({ answer, resolve })).then(() => {
        if (isLatest()) shown.push(answer);
      });
    };
    const before = ask('turns: 3');
    const after = ask('turns: 4');
    answers[1].resolve();
    answers[0].resolve();
    await Promise.all([before, after]);
    assert.deepEqual(shown, ['turns: 4']);
  });

  test('an edit, its pause and its question: the answer to a question asked before the edit is dropped', async () => {
    const refresher = new Refresher();
    const shown: string[] = [];
    const answerBefore = Promise.resolve('turns: 3');
    const isLatestBefore = refresher.newQuestion();
    refresher.schedule(DELAY_MS, () => {
      const isLatest = refresher.newQuestion();
      if (isLatest()) shown.push('turns: 4');
    });
    mock.timers.tick(DELAY_MS);
    const answer = await answerBefore;
    if (isLatestBefore()) shown.push(answer);
    assert.deepEqual(shown, ['turns: 4']);
  });
});
