// The speaker register a transcript on the command line is read with: `stenogram.speakers.json` in
// its folder or the nearest folder above it (where a workspace would keep it at its root). Who people
// are then comes from it before the lead, as in the editor. Read once per folder; a register that
// cannot be read or holds problems is reported once, and what could be read of it is used.
import { dirname, join } from 'node:path';
import type { RegisterEntry } from '../features';
import { FileRefusal, readRegularFileSync, refusalText } from '../files';
import type { Locale } from '../l10n';
import { MAX_REGISTER_BYTES, readRegister, REGISTER_FILE } from '../register';
import type { Report } from './read';

/** The register of `file`; a problem with a register read for it is said to `report`. */
export type RegisterLookup = (file: string, report: Report) => ReadonlyMap<string, RegisterEntry> | undefined;

export function registerLookup(locale: Locale): RegisterLookup {
  const byFolder = new Map<string, ReadonlyMap<string, RegisterEntry> | undefined>();
  const inFolder = (folder: string, report: Report): ReadonlyMap<string, RegisterEntry> | undefined => {
    if (byFolder.has(folder)) return byFolder.get(folder);
    const path = join(folder, REGISTER_FILE);
    let found: ReadonlyMap<string, RegisterEntry> | undefined;
    try {
      const { entries, problems } = readRegister(new TextDecoder('utf-8').decode(readRegularFileSync(path, MAX_REGISTER_BYTES).bytes), locale);
      for (const problem of problems) report('cli.register-problem', path, problem);
      found = entries;
    } catch (error) {
      const missing = error instanceof FileRefusal && error.reason === 'error' && error.detail === 'ENOENT';
      if (!(error instanceof FileRefusal)) throw error;
      if (!missing) report('cli.register-problem', path, refusalText(locale, error, MAX_REGISTER_BYTES));
      const parent = dirname(folder);
      found = parent === folder ? undefined : inFolder(parent, report);
    }
    byFolder.set(folder, found);
    return found;
  };
  return (file, report) => inFolder(dirname(file), report);
}
