// RelaxNG validation with Debian's jing (`apt-get install jing`; .ci/run installs it), for the schema
// tests of the XML exports. The schemas are in ../shared/schemas. jing takes many files in one run and
// reads the 650 KB TEI schema once (about a second), so a test writes all its files and validates
// them together. libxml2 cannot compile the TEI schema (../shared/schemas/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './fixtures';

export const SCHEMAS_DIR = resolve(REPO_ROOT, '..', 'shared', 'schemas');
export const PARLA_CLARIN_SCHEMA = join(SCHEMAS_DIR, 'parla-clarin.rng');

function jingInstalled(): boolean {
  const probe = spawnSync('jing', [], { encoding: 'utf8' });
  return (probe.error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT';
}

/** Why a schema test cannot run here (say it when skipping), or undefined when it can. In CI a
 *  missing jing is an error, not a reason: a skipped check there would pass unseen. */
export function relaxNgSkipReason(schema: string): string | undefined {
  if (!existsSync(schema)) return `${schema} is absent: the schema check runs where ../shared/schemas is laid out`;
  if (jingInstalled()) return undefined;
  if (process.env.CI === 'true') throw new Error('jing is not installed, and CI must validate the XML exports: .ci/run installs it (apt-get install jing)');
  return 'jing is not installed (apt-get install jing): the schema check is skipped';
}

export interface XmlFile {
  /** A file name, unique among the files validated together: `en--kremlin-en-1.xml`. */
  name: string;
  xml: string;
}

/** Validate the files against a RelaxNG schema in one jing run: its errors as `name:line:column:
 *  error: …` (each cut to 300 characters: jing lists every element it expected), [] when all are valid. */
export function relaxNgErrors(schema: string, files: readonly XmlFile[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stenogram-jing-'));
  try {
    const paths = files.map((f) => join(dir, f.name));
    files.forEach((f, i) => writeFileSync(paths[i], f.xml, 'utf8'));
    const result = spawnSync('jing', [schema, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    // Standard error holds only Debian's launcher warnings about optional jars.
    const errors = result.stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(`${dir}/`).join('').slice(0, 300));
    if (result.status !== 0 && errors.length === 0) errors.push(`jing exited with ${result.status}: ${result.stderr.trim()}`);
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
