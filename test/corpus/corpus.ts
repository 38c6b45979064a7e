// Shared by the corpus checks: where ../shared/corpus is, and its reference labels.
import { existsSync, readFileSync } from 'node:fs';
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
