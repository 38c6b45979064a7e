// What a benchmark row is: two sides measured in the same run, their ratio and its target.
import { generateDocument, renderMarkdown, renderTranscript, type GeneratedDocument } from '../generate';

export interface Side {
  /** What was measured, e.g. `parse + diagnostics`. */
  label: string;
  /** The median of `samples` (or the one value, for a size). */
  value: number;
  unit: 'ms' | 'MB' | 'KB';
  samples: number[];
}

export interface RowResult {
  subject: Side;
  baseline: Side;
  /** Facts the table prints under the row (input sizes, whether an option was honoured, …). */
  notes: string[];
}

export interface Row {
  /** For `npm run bench -- --only <id>`. */
  id: string;
  title: string;
  /** subject / baseline must be at most this. */
  target: number;
  run(inputs: Inputs): Promise<RowResult>;
}

/** The seed of every generated input: change it and every figure changes. */
export const SEED = 42;
/** "10 MB": ten million and a half UTF-16 code units (10 MiB of text as the editor holds it;
 *  about 16 MiB as UTF-8 on disk, since most of it is Cyrillic). */
export const LARGE_CHARS = 10 * 1024 * 1024;
/** "100 KB": 100 KiB of UTF-16 code units, the same generator and seed. */
export const SMALL_CHARS = 100 * 1024;

/** The generated inputs, made once per run and shared by the rows that need them. */
export class Inputs {
  private largeDocument?: GeneratedDocument;
  private largeText?: string;
  private largeMarkdownText?: string;
  private smallText?: string;

  get large(): string {
    this.largeText ??= renderTranscript(this.largeDoc);
    return this.largeText;
  }

  get largeMarkdown(): string {
    this.largeMarkdownText ??= renderMarkdown(this.largeDoc);
    return this.largeMarkdownText;
  }

  get small(): string {
    this.smallText ??= renderTranscript(generateDocument(SMALL_CHARS, SEED));
    return this.smallText;
  }

  get largeDoc(): GeneratedDocument {
    this.largeDocument ??= generateDocument(LARGE_CHARS, SEED);
    return this.largeDocument;
  }
}

export function ms(label: string, samples: number[], value: number): Side {
  return { label, value, unit: 'ms', samples };
}

/** A row: what `--only` names it, what it measures, its target ratio, and how it measures. */
export function row(id: string, title: string, target: number, run: Row['run']): Row {
  return { id, title, target, run };
}
