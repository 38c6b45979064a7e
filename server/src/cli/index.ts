// `stenogram lint|format|outline|stats|export|import` — the command-line front end over the same model and features
// as the language server. One file per command; this one reads the command line and runs the command.
import { exportFiles } from './export';
import type { FileCommand } from './fileCommand';
import { format } from './format';
import { importFile } from './import';
import { lint } from './lint';
import { parseArgs, USAGE, UsageError, type Options } from './options';
import { outline } from './outline';
import { isPoolWorker, PoolFailure, serveFiles } from './pool';
import { collectFiles, reportLine, reporter, type Report } from './read';
import type { Streams } from './sink';
import { stats } from './stats';
import { treat, treatHere } from './treat';

export { fixText } from './lint';
export { formatText } from './format';
export { collectFiles } from './read';

/** The commands that treat each file on its own, on worker threads when there are many. */
const FILE_COMMANDS: Readonly<Record<string, FileCommand>> = { lint, format, outline, stats, export: exportFiles };

/** `import`: one file, whatever --jobs says. It returns the exit code. */
const ONE_FILE_COMMANDS: Record<string, (files: string[], options: Options, write: (s: string) => void, report: Report) => number> = { import: importFile };

type Write = (s: string) => void;
const stdoutLine: Write = (s) => process.stdout.write(s + '\n');

/** The command line read: the command, its options and its files; or the exit code when there is
 *  nothing more to do (help, no file found). Throws a UsageError. */
function prepare(argv: string[], write: Write): { command: string; options: Options; files: string[]; ok: boolean } | number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    write(USAGE);
    return command ? 0 : 2;
  }
  if (!Object.hasOwn(FILE_COMMANDS, command) && !Object.hasOwn(ONE_FILE_COMMANDS, command)) throw new UsageError(`unknown command ${command}`);
  const options = parseArgs(command, rest);
  const { files, ok } = collectFiles(options.paths, options.locale, reporter(options.locale));
  return files.length === 0 ? 2 : { command, options, files, ok };
}

function usageError(error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`stenogram: ${error.message}\n${error.message.startsWith('unknown') || error.message.startsWith('no FILE') ? USAGE + '\n' : ''}`);
  return 2;
}

const streamsOf = (write: Write): Streams => ({ write, writeError: (text) => process.stderr.write(text) });

/** Run `stenogram …argv` on this thread (whatever --jobs says): output through `write`, problems on
 *  stderr; returns the exit code. */
export function main(argv: string[], write: Write = stdoutLine): number {
  try {
    const run = prepare(argv, write);
    if (typeof run === 'number') return run;
    const { command, options, files, ok } = run;
    const code = Object.hasOwn(ONE_FILE_COMMANDS, command)
      ? ONE_FILE_COMMANDS[command](files, options, write, reporter(options.locale))
      : treatHere(FILE_COMMANDS[command], files, options, streamsOf(write));
    return ok ? code : 2;
  } catch (error) {
    return usageError(error);
  }
}

/** Run `stenogram …argv` as the installed command does: many files on worker threads started from
 *  `script` (this bundle, dist/cli.js), --jobs of them. */
export async function cli(argv: string[], script: string, write: Write = stdoutLine): Promise<number> {
  try {
    const run = prepare(argv, write);
    if (typeof run === 'number') return run;
    const { command, options, files, ok } = run;
    if (Object.hasOwn(ONE_FILE_COMMANDS, command)) {
      const code = ONE_FILE_COMMANDS[command](files, options, write, reporter(options.locale));
      return ok ? code : 2;
    }
    try {
      const code = await treat(command, FILE_COMMANDS[command], files, options, streamsOf(write), script);
      return ok ? code : 2;
    } catch (error) {
      if (!(error instanceof PoolFailure)) throw error;
      process.stderr.write(reportLine(options.locale, 'cli.no-workers', error.message));
      return 2;
    }
  } catch (error) {
    return usageError(error);
  }
}

if (isPoolWorker()) serveFiles(FILE_COMMANDS);
else if (require.main === module) {
  // `stenogram stats … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void cli(process.argv.slice(2), __filename).then((code) => {
    process.exitCode = code;
  });
}
