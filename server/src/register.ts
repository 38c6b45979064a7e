// The workspace's speaker register, `stenogram.speakers.json` at the root of a workspace folder:
// full name, role and aliases per person. It pins what the lead cannot say (hover) and ties label
// forms to one person. A missing, unreadable or invalid file is an empty register, reported once.
// The file is read only if it is a regular file of at most MAX_REGISTER_BYTES: a register is a few
// kilobytes, and parsing 100 MB of JSON would hold the server's one thread for seconds.
import { join } from 'node:path';
import { FileRefusal, readRegularFile, refusalText } from './files';
import type { RegisterEntry } from './features';
import { message, type Locale, type MessageId } from './l10n';
import { matchLabel, speakerKey } from './transcript';
import { diskPathOf } from './workspace';

export const REGISTER_FILE = 'stenogram.speakers.json';
/** 1 MB: some ten thousand people with their roles and aliases, parsed in milliseconds. */
export const MAX_REGISTER_BYTES = 1_000_000;

/** The key a register label stands for: the same key its turns get. */
function keyOf(label: string): string {
  return matchLabel(`${label}: x`)?.key ?? speakerKey(label, 'name');
}

/** Entries by speaker key, aliases included; problems in plain words. */
export function readRegister(json: string, locale: Locale = 'en'): { entries: Map<string, RegisterEntry>; problems: string[] } {
  const t = (id: MessageId, ...args: (string | number)[]) => message(locale, id, ...args);
  const entries = new Map<string, RegisterEntry>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { entries, problems: [t('register.invalid-json', (error as Error).message)] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { entries, problems: [t('register.top-level')] };
  for (const [label, value] of Object.entries(data as Record<string, unknown>)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(t('register.value-not-object', label));
      continue;
    }
    if (!label.trim() || /[:\r\n]/.test(label)) {
      problems.push(t('register.bad-label', label));
      continue;
    }
    const v = value as Record<string, unknown>;
    // What the schema says, said again here for files edited outside VS Code.
    for (const field of Object.keys(v)) if (!['name', 'role', 'aliases'].includes(field)) problems.push(t('register.unknown-field', label, field));
    if (v.name !== undefined && (typeof v.name !== 'string' || !v.name.trim())) problems.push(t('register.bad-name', label));
    if (v.role !== undefined && typeof v.role !== 'string') problems.push(t('register.bad-role', label));
    if (v.aliases !== undefined) {
      if (!Array.isArray(v.aliases)) problems.push(t('register.bad-aliases', label));
      else {
        const seen = new Set<string>();
        for (const a of v.aliases) {
          if (typeof a !== 'string' || !a.trim() || /[:\r\n]/.test(a)) problems.push(t('register.bad-alias', label, JSON.stringify(a) ?? String(a)));
          else if (seen.has(a)) problems.push(t('register.duplicate-alias', label, a));
          else seen.add(a);
        }
      }
    }
    const entry: RegisterEntry = { label: label.trim() };
    if (typeof v.name === 'string' && v.name.trim()) entry.name = v.name.trim();
    if (typeof v.role === 'string' && v.role.trim()) entry.role = v.role.trim();
    if (Array.isArray(v.aliases)) entry.aliases = v.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '' && !/[:\r\n]/.test(a));
    for (const key of [keyOf(label), ...(entry.aliases ?? []).map(keyOf)]) if (!entries.has(key)) entries.set(key, entry);
  }
  return { entries, problems };
}

export class SpeakerRegister {
  private entries = new Map<string, RegisterEntry>();

  get(): ReadonlyMap<string, RegisterEntry> {
    return this.entries;
  }

  /** Alias keys → the person's label, for diagnostics (the person's own key is left out). */
  aliases(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, entry] of this.entries) if (key !== keyOf(entry.label)) out.set(key, entry.label);
    return out;
  }

  /** Every key that names the same person as `key` (itself, its label's and its aliases' keys). */
  samePerson(key: string): Set<string> {
    const entry = this.entries.get(key);
    const out = new Set([key]);
    if (entry) for (const [k, e] of this.entries) if (e === entry) out.add(k);
    return out;
  }

  /** Read the register files of the given folders (a later folder does not override an earlier label).
   *  A folder that is not on disk (a virtual workspace) has no register here: the workspace index
   *  already reports it (workspace.ts `notOnDisk`). */
  async load(folderUris: readonly string[], report: (message: string) => void, locale: Locale = 'en'): Promise<void> {
    const merged = new Map<string, RegisterEntry>();
    for (const folder of folderUris) {
      const path = diskPathOf(folder);
      if (path === undefined) continue;
      let json: string;
      try {
        json = (await readRegularFile(join(path, REGISTER_FILE), MAX_REGISTER_BYTES)).toString('utf8');
      } catch (error) {
        // No register in this folder is no problem; one that cannot be read is said once.
        if (error instanceof FileRefusal && error.detail !== 'ENOENT') report(message(locale, 'register.unreadable', REGISTER_FILE, folder, refusalText(locale, error, MAX_REGISTER_BYTES)));
        continue;
      }
      const { entries, problems } = readRegister(json, locale);
      for (const p of problems) report(message(locale, 'register.in-folder', REGISTER_FILE, folder, p));
      for (const [k, v] of entries) if (!merged.has(k)) merged.set(k, v);
    }
    this.entries = merged;
  }
}
