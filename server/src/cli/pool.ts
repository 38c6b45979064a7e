// Files read and treated on worker threads (node:worker_threads). The main thread hands out paths,
// never texts, two files at a time to each worker; the worker reads the file, treats it as this thread
// would (fileCommand.ts) and sends back what came of it; the main thread prints the outcomes in the
// files' order as soon as each and every earlier one are in (sink.ts). The worker is this same bundle
// (dist/cli.js) started with `workerData.stenogramWorker`.
//
// Files that write one thing (a file named twice, two exports to one NAME.EXT) are never handed out at
// once: the later waits for the earlier, so each is written by one thread, in order. At most
// AHEAD_PER_WORKER outcomes per worker wait for an earlier file, so memory stays flat when one file
// takes long. A worker that dies (out of memory, a crash) is reported with the file it was treating,
// counted as `crashed`, and replaced (the file it held next goes to another); one that cannot start
// at all ends the run with a PoolFailure.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { crashed, FileOutput, frameOf, treatFile, type FileCommand, type FileOutcome } from './fileCommand';
import { cliMessage } from './messages';
import type { Options } from './options';
import type { Sink } from './sink';

const AHEAD_PER_WORKER = 32;
/** Files a worker holds at once: the one it treats and the next, so that it never waits for this
 *  thread between two (on a busy machine this thread may not run at once). */
const QUEUED = 2;

interface Setup {
  stenogramWorker: true;
  command: string;
  options: Options;
}

interface Task {
  index: number;
  file: string;
}

type Reply = { ready: true } | { index: number; outcome: FileOutcome };

/** The worker threads could not be started: what went wrong. */
export class PoolFailure extends Error {}

/** Whether this thread is a worker of the pool. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as Partial<Setup> | undefined)?.stenogramWorker === true;
}

/** A worker's life: treat each file the main thread names, until it is stopped. */
export function serveFiles(commands: Readonly<Record<string, FileCommand>>): void {
  const { command: name, options } = workerData as Setup;
  const command = commands[name];
  const state = command.state(options);
  const frame = frameOf(command, options);
  const port = parentPort!;
  port.on('message', (task: Task) => {
    const reply: Reply = { index: task.index, outcome: treatFile(command, task.file, options, state, frame) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies Reply);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The files handed to it, in order: the first is the one it is treating. */
  tasks: Task[];
  error?: unknown;
}

/** Treat `files` with `jobs` workers of `script` (the bundle), the outcomes going to `sink` in order. */
export function treatOnWorkers<S>(name: string, command: FileCommand<S>, files: string[], options: Options, sink: Sink, jobs: number, script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // This thread's own state serves `writes` only (an export's folder); the workers read the files.
    const state = command.state(options);
    const ahead = jobs * AHEAD_PER_WORKER;
    const outcomes = new Map<number, FileOutcome>();
    const writing = new Set<string>();
    const writesOf = new Map<number, string[]>();
    const slots = new Set<Slot>();
    /** Files handed to a worker that died before it came to them, for another. */
    let handedBack: Task[] = [];
    let nextWrites: string[] | undefined;
    let next = 0;
    let printed = 0;
    let completed = 0;
    let finished = false;

    const stop = (failure?: unknown) => {
      if (finished) return;
      finished = true;
      void Promise.all([...slots].map((slot) => slot.worker.terminate())).then(() => (failure === undefined ? resolve() : reject(failure)));
    };

    /** The file to hand out next, if one may be. */
    const nextTask = (): Task | undefined => {
      if (handedBack.length > 0) return handedBack.shift();
      if (next >= files.length || next >= printed + ahead) return undefined;
      nextWrites ??= command.writes?.(files[next], options, state) ?? [];
      // What this file writes is being written for an earlier one: it waits for that one to be done.
      if (nextWrites.some((key) => writing.has(key))) return undefined;
      for (const key of nextWrites) writing.add(key);
      writesOf.set(next, nextWrites);
      nextWrites = undefined;
      return { index: next, file: files[next++] };
    };

    /** The worker with the fewest files, if it has room for one more. */
    const roomiest = (): Slot | undefined => {
      let best: Slot | undefined;
      for (const slot of slots) if (slot.tasks.length < QUEUED && (!best || slot.tasks.length < best.tasks.length)) best = slot;
      return best;
    };

    const handOut = () => {
      for (let slot = roomiest(); slot; slot = roomiest()) {
        const task = nextTask();
        if (!task) return;
        slot.tasks.push(task);
        slot.worker.postMessage(task);
      }
    };

    const complete = (index: number, outcome: FileOutcome) => {
      outcomes.set(index, outcome);
      completed++;
      for (const key of writesOf.get(index) ?? []) writing.delete(key);
      writesOf.delete(index);
      for (let ready = outcomes.get(printed); ready; ready = outcomes.get(printed)) {
        outcomes.delete(printed);
        printed++;
        sink.add(ready);
      }
      sink.advance(completed);
      if (printed === files.length) stop();
      else handOut();
    };

    const start = () => {
      const setup: Setup = { stenogramWorker: true, command: name, options };
      const slot: Slot = { worker: new Worker(script, { workerData: setup }), ready: false, tasks: [] };
      slots.add(slot);
      slot.worker.on('message', (reply: Reply) => {
        if (finished) return;
        if ('ready' in reply) {
          slot.ready = true;
          return;
        }
        slot.tasks.shift();
        try {
          complete(reply.index, reply.outcome);
        } catch (error) {
          stop(error);
        }
      });
      slot.worker.on('error', (error) => {
        slot.error = error;
      });
      slot.worker.on('exit', (code) => {
        slots.delete(slot);
        if (finished) return;
        const why = slot.error instanceof Error ? slot.error.message : cliMessage(options.locale, 'cli.worker-exit', code);
        if (!slot.ready) return stop(new PoolFailure(why));
        const [dying, ...waiting] = slot.tasks;
        handedBack = [...waiting, ...handedBack].sort((a, b) => a.index - b.index);
        try {
          start();
          if (dying) {
            const out = new FileOutput(options.locale, undefined);
            crashed(out, dying.file, why);
            complete(dying.index, out.result());
          } else handOut();
        } catch (error) {
          stop(error);
        }
      });
    };

    try {
      for (let i = 0; i < jobs; i++) start();
      handOut();
    } catch (error) {
      stop(error);
    }
  });
}
