// The first analysis of a large transcript, in slices. A 10 MB file takes a few hundred
// milliseconds to check whole; done at once, every request waits behind it. So, above
// `sliceAbove` lines, the findings of a version not known yet (and not to be had by updating the
// previous version's) are computed a slice at a time (features/diagnostics.ts `findingSlices`):
// - the lines on screen first (as the client last said, `stenogram/visibleRanges`; the top of the
//   file until it says), published at once;
// - the rest in slices of a few milliseconds each, yielding to the event loop between slices so that
//   hovers, the outline and completion are answered meanwhile;
// - dropped as soon as a newer version of the document arrives (its own analysis follows);
// - with a work-done progress report (`$/progress`: "Stenogram: checking talk.transcript — 12,000 of
//   63,000 lines") once the work has taken longer than `progressAfter` milliseconds.
// The result is kept in the cache as the version's findings, exactly as one pass computes them.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { VisibleRangesParams } from '../../protocol';
import { cachedFindings, FINDINGS, type TranscriptCache } from './documents';
import { findingSlices, type DiagnosticOptions, type Finding, type FindingsResult } from './features';
import { message, type Locale } from './l10n';
import type { LineDocument } from './lineDocument';

export interface SlicingOptions {
  /** Documents of more lines than this are checked in slices on their first analysis. */
  sliceAbove: number;
  /** A first analysis that has run this long (ms) shows a progress report. */
  progressAfter: number;
  /** How long (ms) the work runs before it yields to other requests. */
  budget: number;
  /** Lines per step of the work (a step is never cut; a few steps make one `budget`). */
  sliceLines: number;
}

export const DEFAULT_SLICING: SlicingOptions = { sliceAbove: 20_000, progressAfter: 500, budget: 15, sliceLines: 500 };

/** `initializationOptions.analysis`: tests and benchmarks set other thresholds (`{ sliceAbove: 0,
 *  progressAfter: 0 }` slices every file and reports at once); what is not a number ≥ 0 keeps its default. */
export function slicingOptions(raw: unknown): SlicingOptions {
  const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = (key: keyof SlicingOptions, min: number) => {
    const value = given[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : DEFAULT_SLICING[key];
  };
  return { sliceAbove: pick('sliceAbove', 0), progressAfter: pick('progressAfter', 0), budget: pick('budget', 0), sliceLines: Math.floor(pick('sliceLines', 1)) };
}

/** How the analysis reaches out: the document is still the current version; the findings of the
 *  lines on screen are ready to be shown. */
export interface AnalysisHooks {
  isCurrent(): boolean;
  partial(findings: Finding[]): Promise<void>;
}

/** Lines the top of a file shows, until the client says what it shows. */
const FIRST_SCREEN = 100;

/** Let the messages that came meanwhile be handled (a timer, not setImmediate: this runs in a Web Worker too). */
const yieldToRequests = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class SlicedAnalysis {
  private readonly visible = new Map<string, { from: number; to: number }>();
  options: SlicingOptions = DEFAULT_SLICING;

  constructor(
    private readonly connection: Connection,
    private readonly cache: TranscriptCache,
    private readonly locale: () => Locale,
  ) {}

  /** `stenogram/visibleRanges`: the lines to check first, from the first line shown to the last. */
  setVisible(params: VisibleRangesParams): void {
    const ranges = Array.isArray(params?.ranges) ? params.ranges.filter((r) => Number.isInteger(r?.start?.line) && Number.isInteger(r?.end?.line)) : [];
    if (typeof params?.uri !== 'string' || ranges.length === 0) return;
    const from = Math.min(...ranges.map((r) => r.start.line));
    const to = Math.max(...ranges.map((r) => r.end.line)) + 1;
    this.visible.set(params.uri, { from, to });
  }

  forget(uri: string): void {
    this.visible.delete(uri);
  }

  /** The findings of the document's current version: from the cache when known or updated from the
   *  previous version's; for a large document checked the first time, in slices. Undefined when a
   *  newer version arrived meanwhile (the work is dropped). */
  async findings(document: LineDocument, options: DiagnosticOptions, hooks: AnalysisHooks): Promise<Finding[] | undefined> {
    const started = Date.now();
    const clears = this.cache.clears(document.uri);
    // The version is parsed here if it was not (that part is one piece of work).
    if (document.lineCount <= this.options.sliceAbove || this.cache.derivable(document, FINDINGS)) return cachedFindings(this.cache, document, options);
    const transcript = this.cache.get(document);
    const slices = findingSlices(transcript, options, this.visible.get(document.uri) ?? { from: 0, to: FIRST_SCREEN }, this.options.sliceLines);
    let progress: WorkDoneProgressServerReporter | undefined;
    let askedForProgress = false;
    try {
      for (;;) {
        const turnStarted = Date.now();
        let step = slices.next();
        while (!step.done && !step.value.first && Date.now() - turnStarted < this.options.budget) step = slices.next();
        if (step.done) {
          const result: FindingsResult = step.value;
          this.cache.store(document, FINDINGS, result, clears);
          return result.findings;
        }
        if (step.value.first) await hooks.partial(step.value.first);
        if (!askedForProgress && Date.now() - started >= this.options.progressAfter) {
          askedForProgress = true;
          // A client without work-done progress gets a reporter that sends nothing.
          progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
          progress?.begin(message(this.locale(), 'analysis.title', fileName(document.uri)), 0, undefined, false);
        }
        const { checked, total } = step.value;
        const format = new Intl.NumberFormat(this.locale() === 'ru' ? 'ru-RU' : 'en-GB');
        progress?.report(Math.floor((100 * checked) / Math.max(1, total)), message(this.locale(), 'analysis.progress', format.format(checked), format.format(total)));
        await yieldToRequests();
        if (!hooks.isCurrent()) return undefined;
        // A request that needed every finding (fix all) computed them meanwhile: take those.
        if (this.cache.derivable(document, FINDINGS)) return cachedFindings(this.cache, document, options);
      }
    } finally {
      progress?.done();
    }
  }
}

function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}
