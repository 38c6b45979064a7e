// Shared by the corpus checks: where ../shared/corpus is, and its reference labels.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

export interface ReferenceEntry {
  file: string;
  turns: number;
  labels: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'labels.json'));
}

export function loadReference(): ReferenceEntry[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as ReferenceEntry[];
}

export function readCorpusFile(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

/** Every transcript of the corpus as `en/…`, `ru-flat/…`, sorted (the folders as laid out, not labels.json). */
export function listCorpusFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(CORPUS_DIR, dir.name))) if (f.endsWith('.transcript')) out.push(`${dir.name}/${f}`);
  }
  return out.sort();
}

/** A corpus file's text with a leading BOM stripped. */
export function readCorpusText(file: string): string {
  return readCorpusFile(file).replace(/^\uFEFF/, '');
}
