// Running a per-file command over the files given: on this thread, or on worker threads when there
// are more than a handful of files and more than one job (pool.ts). Either way the outcomes are
// printed in the files' order (sink.ts), so the output and the exit code are the same.
import { availableParallelism } from 'node:os';
import { frameOf, treatFile, type Counts, type FileCommand } from './fileCommand';
import type { Options } from './options';
import { treatOnWorkers } from './pool';
import { Progress, showsProgress } from './progress';
import { Sink, type Streams } from './sink';

/** Up to this many files are treated on this thread whatever --jobs says: starting workers would
 *  take longer than the files. */
export const HANDFUL = 8;

/** The number of worker threads for `files` files: --jobs, else one per CPU; 1 means none. */
export function jobsFor(options: Options, files: number): number {
  if (files <= HANDFUL) return 1;
  return Math.max(1, Math.min(options.jobs ?? availableParallelism(), files));
}

function sinkFor(command: FileCommand, files: string[], options: Options, streams: Streams): Sink {
  const bar = showsProgress(process.stderr, process.env, options.progress, files.length) ? new Progress(files.length, options.locale, process.stderr) : undefined;
  return new Sink(streams, frameOf(command, options), command.separator?.(options), bar);
}

/** The summary and the exit code once every file is printed; a file Stenogram failed on makes it 2. */
function finish(command: FileCommand, counts: Counts, options: Options, sink: Sink): number {
  const code = command.finish(counts, options, sink.streams.write);
  return counts.crashed ? 2 : code;
}

/** Treat `files` one after another on this thread. */
export function treatHere<S>(command: FileCommand<S>, files: string[], options: Options, streams: Streams): number {
  command.check?.(files, options);
  const sink = sinkFor(command, files, options, streams);
  const state = command.state(options);
  const frame = frameOf(command, options);
  for (const [i, file] of files.entries()) {
    sink.add(treatFile(command, file, options, state, frame));
    sink.advance(i + 1);
  }
  return finish(command, sink.end(), options, sink);
}

/** Treat `files` on worker threads of `script` (the bundle) when it pays, else on this thread. */
export async function treat<S>(name: string, command: FileCommand<S>, files: string[], options: Options, streams: Streams, script: string): Promise<number> {
  const jobs = jobsFor(options, files.length);
  if (jobs === 1) return treatHere(command, files, options, streams);
  command.check?.(files, options);
  const sink = sinkFor(command, files, options, streams);
  try {
    await treatOnWorkers(name, command, files, options, sink, jobs, script);
  } catch (error) {
    sink.abandon();
    throw error;
  }
  return finish(command, sink.end(), options, sink);
}
