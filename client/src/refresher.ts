// Asking the server again after an edit, the same way in the Speakers view, the statistics view and
// the status bar: wait until typing pauses, then ask, and show only the answer to the latest
// question (an answer that arrives late would put back what the text no longer says).
// No `vscode` import, so the unit tests drive it with fake timers.

/** The pending wait before asking again, and which question is still the latest. */
export class Refresher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the questions: an answer is shown only while its question is the last one asked. */
  private generation = 0;

  /** Runs `run` once `delayMs` pass without another `schedule`: typing asks once, after the pause. */
  schedule(delayMs: number, run: () => void): void {
    this.cancelWait();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, delayMs);
  }

  /** Forgets the scheduled run: the view asks now instead, or stops asking. */
  cancelWait(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Starts a question: the check returned says whether it is still the latest when its answer
   *  comes (no newer question, no `drop` since). */
  newQuestion(): () => boolean {
    const generation = ++this.generation;
    return () => generation === this.generation;
  }

  /** The answers on their way are no longer wanted. */
  drop(): void {
    this.generation++;
  }

  /** Neither the scheduled run nor the answers on their way: the view closes or is disposed. */
  cancel(): void {
    this.cancelWait();
    this.drop();
  }
}
