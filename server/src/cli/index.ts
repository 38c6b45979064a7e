// `stenogram lint|format|outline|stats|export|import` — the command-line front end over the same model and features
// as the language server. One file per command; this one reads the command line and runs the command.
import { exportFiles } from './export';
import { format } from './format';
import { importFile } from './import';
import { lint } from './lint';
import { parseArgs, USAGE, UsageError, type Options } from './options';
import { outline } from './outline';
import { collectFiles, reporter, type Report } from './read';
import { stats } from './stats';

export { fixText } from './lint';
export { formatText } from './format';
export { collectFiles } from './read';

/** A command: the files it was given (folders expanded to their transcripts), the options, where
 *  its output goes and where problems are said; it returns the exit code. */
type Command = (files: string[], options: Options, write: (s: string) => void, report: Report) => number;

const COMMANDS: Record<string, Command> = { lint, format, outline, stats, export: exportFiles, import: importFile };

export function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s + '\n')): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command ${command}`);
    const options = parseArgs(command, rest);
    const report = reporter(options.locale);
    const { files, ok } = collectFiles(options.paths, options.locale, report);
    if (files.length === 0) return 2;
    const code = COMMANDS[command](files, options, write, report);
    return ok ? code : 2;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`stenogram: ${error.message}\n${error.message.startsWith('unknown') || error.message.startsWith('no FILE') ? USAGE + '\n' : ''}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  // `stenogram stats … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
