// Where the test inputs live: fixtures under test/fixtures, the demo transcripts under samples/.
// Everything resolves from the repository root, so tests run from any working directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
export const SAMPLES_DIR = join(REPO_ROOT, 'samples');

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

/** A fixture's text exactly as stored (CRLF and a BOM stay). */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function samplePath(name: string): string {
  return join(SAMPLES_DIR, name);
}

export function readSample(name: string): string {
  return readFileSync(samplePath(name), 'utf8');
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.transcript')).sort();
}

export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.transcript')).sort();
}
