// Diagnostics over the transcript model, each with its fixes. A rule has a stable code, a default
// severity, a message in English and Russian and the narrowest range (the label, not the line).
// Fixes are computed next to the finding they repair, so that quick fixes, "fix all" and
// `stenogram lint --fix` apply exactly the same edits. Each rule is one check in `rules/`, registered
// in one table (`rules/index.ts`); this module runs the checks over the model, applies the settings
// and keeps the findings of an edited document up to date.
import { Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import { firstFrom, mapLine, type Position, type Range, type Splice, type Transcript } from '../transcript';
import { message, type Locale, type MessageId } from '../l10n';
import { DEFAULT_SEVERITY, findingContext, RULE_CODES, RULES, type Fix, type FindingContext, type LineWindow, type Report, type RuleCode, type RuleScope, type TurnCheck } from './rules';

export { DEFAULT_SEVERITY, RULE_CODES, type Fix, type FindingContext, type RuleCode } from './rules';

export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

export const SEVERITY_OF_SETTING: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export interface DiagnosticOptions {
  locale?: Locale;
  /** `stenogram.diagnostics.enable`: false turns every rule off. */
  enable?: boolean;
  /** `stenogram.diagnostics.<code>`. */
  severity?: Partial<Record<RuleCode, SeveritySetting>>;
  /** `stenogram.labels.initials`: which way initials are written; `auto` follows the file. */
  initials?: 'auto' | 'compact' | 'spaced';
  /** From `stenogram.speakers.json`: the key of an alias (`путин в.в.`) → the person's label (`В.Путин`). */
  aliases?: ReadonlyMap<string, string>;
  /** The length in seconds of the transcript's recording, when known (`timestamp-beyond-media`). */
  mediaDuration?: number;
}

export interface Finding {
  code: RuleCode;
  range: Range;
  severity: DiagnosticSeverity;
  message: string;
  fixes: Fix[];
  /** What "fix all" applies instead of the first safe fix, where several rules rewrite one label
   *  (`b. соколов:` is lowercase, mixed-script and spaced): one edit with the label fully repaired,
   *  so that one pass leaves nothing for the next. */
  fixAll?: TextEdit[];
}

export function computeFindings(transcript: Transcript, options: DiagnosticOptions = {}): Finding[] {
  return findingsOf(transcript, options).findings;
}

export interface FindingsResult {
  findings: Finding[];
  context: FindingContext;
}

/** Every finding of the transcript, with the context they were computed in. */
export function findingsOf(transcript: Transcript, options: DiagnosticOptions = {}): FindingsResult {
  const context = findingContext(transcript, options.initials ?? 'auto');
  return { findings: findingsIn(transcript, options, context), context };
}

/** The findings of a model spliced from the previous one (transcript/incremental.ts): the lines the
 *  splice re-read are checked again, with the previous context (every label is as it was); the
 *  findings of other lines are the previous ones, moved with their lines. */
export function updateFindings(previous: FindingsResult, transcript: Transcript, splice: Splice, options: DiagnosticOptions = {}): FindingsResult {
  // Fixes elsewhere insert the file's usual line ending: when the edit changed which that is, they all change.
  if (previous.context.eol !== transcript.eol) return findingsOf(transcript, options);
  // The turn right after the re-read lines follows a turn that may have changed (`turn-repeated-speaker`).
  const next = transcript.turns[firstFrom(transcript.turns, splice.newTo, (t) => t.startLine)];
  const newTo = next && next.startLine === splice.newTo ? next.endLine + 1 : splice.newTo;
  const oldTo = newTo - splice.lineDelta;
  const fresh = findingsIn(transcript, options, previous.context, { from: splice.from, to: newTo });
  const out: Finding[] = [];
  let i = 0;
  const old = previous.findings;
  while (i < old.length && old[i].range.start.line < splice.from) out.push(moveFinding(old[i++], splice));
  while (i < old.length && old[i].range.start.line < oldTo) i++;
  for (const f of fresh) out.push(f);
  while (i < old.length) out.push(moveFinding(old[i++], splice));
  return { findings: out, context: previous.context };
}

/** A finding with every range (its own, its fixes') moved as the splice moved the lines. */
function moveFinding(f: Finding, splice: Splice): Finding {
  if (splice.lineDelta === 0 && !splice.steps) return f;
  const move = (r: Range): Range => {
    const start = mapLine(splice, r.start.line);
    const end = mapLine(splice, r.end.line);
    return start === r.start.line && end === r.end.line ? r : { start: { line: start, character: r.start.character }, end: { line: end, character: r.end.character } };
  };
  const moveEdit = (e: TextEdit): TextEdit => ({ range: move(e.range), newText: e.newText });
  const moved: Finding = { ...f, range: move(f.range), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(moveEdit) })) };
  if (f.fixAll) moved.fixAll = f.fixAll.map(moveEdit);
  return moved;
}

/** Where each rule sorts among findings that start at one position: its place in `RULE_CODES`. */
const RANK = new Map(RULE_CODES.map((code, i) => [code, i]));

/** How far `findingSlices` has come: lines checked of all, and (on the first step when asked for a
 *  window first) the findings of that window alone, to show at once. */
export interface SliceProgress {
  checked: number;
  total: number;
  first?: Finding[];
}

/** Every finding of the transcript, computed a slice of lines at a time so that a server can answer
 *  other requests between slices (and drop the work when the text changes): the context first, then
 *  `first` (the lines on screen) if given, then the other lines in order, `sliceLines` a step. Each
 *  step yields how far it came; the generator returns what `findingsOf` returns, finding for finding:
 *  every check keeps to its window, and the windows cover each line once. */
export function* findingSlices(
  transcript: Transcript,
  options: DiagnosticOptions = {},
  first?: LineWindow,
  sliceLines = 500,
): Generator<SliceProgress, FindingsResult, void> {
  const context = findingContext(transcript, options.initials ?? 'auto');
  const total = transcript.lines.length;
  const head = first && first.from < first.to ? { from: Math.max(0, first.from), to: Math.min(total, first.to) } : undefined;
  const parts: Finding[][] = [];
  let checked = 0;
  if (head && head.from < head.to) {
    const found = findingsIn(transcript, options, context, head);
    parts.push(found);
    checked += head.to - head.from;
    yield { checked, total, first: found };
  } else {
    yield { checked, total };
  }
  for (let from = 0; from < total; from += sliceLines) {
    const to = Math.min(total, from + sliceLines);
    // The slice less the lines checked first: what is left before them, and after them.
    const windows = head ? [{ from, to: Math.min(to, head.from) }, { from: Math.max(from, head.to), to }] : [{ from, to }];
    for (const w of windows) {
      if (w.from >= w.to) continue;
      parts.push(findingsIn(transcript, options, context, w));
      checked += w.to - w.from;
    }
    yield { checked, total };
  }
  const findings = parts.flat();
  findings.sort(byPosition);
  return { findings, context };
}

/** Findings in document order; at one position, in the order of `RULE_CODES`. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || RANK.get(a.code)! - RANK.get(b.code)!;
}

function findingsIn(transcript: Transcript, options: DiagnosticOptions, context: FindingContext, window?: LineWindow): Finding[] {
  if (options.enable === false) return [];
  const out: Finding[] = [];
  const scope = ruleScope(transcript, options, context, window);
  const turnChecks: TurnRun[] = [];
  for (const rule of RULES) {
    const report = reporter(rule.code, options, context, out);
    if (!report) continue;
    if ('turn' in rule) turnChecks.push({ check: rule.turn, report });
    else rule.transcript(scope, report);
  }
  const turns = transcript.turns;
  for (let ti = window ? firstFrom(turns, window.from, (t) => t.startLine) : 0; ti < turns.length; ti++) {
    const turn = turns[ti];
    if (window && turn.startLine >= window.to) break;
    for (const { check, report } of turnChecks) check(turn, scope, report);
  }
  out.sort(byPosition);
  return out;
}

/** A turn check of a rule that is on, with its reporter. */
interface TurnRun {
  check: TurnCheck;
  report: Report;
}

function ruleScope(transcript: Transcript, options: DiagnosticOptions, context: FindingContext, window: LineWindow | undefined): RuleScope {
  const locale = options.locale ?? 'en';
  return {
    transcript,
    context,
    window,
    locale,
    t: (id: MessageId, ...args: (string | number)[]) => message(locale, id, ...args),
    initialsSetting: options.initials,
    aliases: options.aliases,
    mediaDuration: options.mediaDuration,
  };
}

/** What reports a rule's findings into `out` at the severity the settings give it; undefined when
 *  the rule is off. */
function reporter(code: RuleCode, options: DiagnosticOptions, context: FindingContext, out: Finding[]): Report | undefined {
  const setting = options.severity?.[code];
  if (setting === 'off') return undefined;
  // What the tradition's norm makes moot (a speaker following themselves in a speech-to-text export)
  // is reported only when a setting asks for the rule.
  if (!setting && context.tradition.quiet.includes(code)) return undefined;
  const severity = setting ? SEVERITY_OF_SETTING[setting] : DEFAULT_SEVERITY[code];
  return (range, text, fixes = [], fixAll) => {
    out.push(fixAll ? { code, range, severity, message: text, fixes, fixAll } : { code, range, severity, message: text, fixes });
  };
}

/** The LSP diagnostic of a finding; `rulesUrl` is where docs/rules.md is (its sections are the codes). */
export function toDiagnostic(finding: Finding, rulesUrl?: string): Diagnostic {
  return {
    range: finding.range,
    severity: finding.severity,
    code: finding.code,
    ...(rulesUrl ? { codeDescription: { href: `${rulesUrl}#${finding.code}` } } : {}),
    source: 'stenogram',
    message: finding.message,
  };
}

export function computeDiagnostics(transcript: Transcript, options: DiagnosticOptions = {}, rulesUrl?: string): Diagnostic[] {
  return computeFindings(transcript, options).map((f) => toDiagnostic(f, rulesUrl));
}

/** `stenogram.diagnostics.maxProblems`: how many diagnostics one document shows at most. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The findings beyond the first `max`, counted: how many, and how many of each rule (most first). */
export interface OmittedFindings {
  count: number;
  byRule: [RuleCode, number][];
  /** Where the first finding left out is. */
  at: Position;
}

/** At most `max` findings of a document are shown, so that a file of 200,000 malformed lines is not
 *  400,000 diagnostics: the first `max` (in document order), and what was left out. */
export function capFindings(findings: readonly Finding[], max: number): { shown: readonly Finding[]; omitted?: OmittedFindings } {
  if (findings.length <= max) return { shown: findings };
  const counts = new Map<RuleCode, number>();
  for (let i = max; i < findings.length; i++) counts.set(findings[i].code, (counts.get(findings[i].code) ?? 0) + 1);
  const byRule = [...counts].sort((a, b) => b[1] - a[1] || RULE_CODES.indexOf(a[0]) - RULE_CODES.indexOf(b[0]));
  return { shown: findings.slice(0, max), omitted: { count: findings.length - max, byRule, at: findings[max].range.start } };
}

/** The one information diagnostic that stands for the findings left out; `how` says how to see them
 *  (the setting in the editor, the flag on the command line). */
export function omittedDiagnostic(omitted: OmittedFindings, max: number, locale: Locale, how: 'setting' | 'flag'): Diagnostic & { message: string } {
  const format = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB');
  const rules = omitted.byRule.map(([code, n]) => `${code} ×${format.format(n)}`).join(', ');
  return {
    range: { start: omitted.at, end: omitted.at },
    severity: DiagnosticSeverity.Information,
    code: 'too-many-problems',
    source: 'stenogram',
    message: message(locale, 'too-many-problems', omitted.count, rules, format.format(max), message(locale, `too-many-problems.${how}`)),
  };
}

/** The diagnostics a document shows: its first `max` findings, then the one that stands for the rest. */
export function cappedDiagnostics(findings: readonly Finding[], max: number, locale: Locale, how: 'setting' | 'flag', rulesUrl?: string): Diagnostic[] {
  const { shown, omitted } = capFindings(findings, max);
  const diagnostics = shown.map((f) => toDiagnostic(f, rulesUrl));
  if (omitted) diagnostics.push(omittedDiagnostic(omitted, max, locale, how));
  return diagnostics;
}
