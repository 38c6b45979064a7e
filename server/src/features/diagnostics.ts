// Diagnostics over the transcript model, each with its fixes. A rule has a stable code, a default
// severity, a message in English and Russian and the narrowest range (the label, not the line).
// Fixes are computed here, next to the finding they repair, so that quick fixes, "fix all" and
// `stenogram lint --fix` apply exactly the same edits.
import { Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import {
  canonicalLabel,
  capitaliseLabel,
  findEmbeddedLabels,
  findLookalikes,
  findMissingColons,
  firstFrom,
  initialsStyle,
  malformedContext,
  mapLine,
  type MalformedContext,
  type Splice,
  isLowercaseLabel,
  withInitialsStyle,
  departedForm,
  dominantForms,
  type DominantForm,
  type Position,
  type Range,
  type Speaker,
  type Transcript,
  type Turn,
  findUnrecognisedLabels,
  traditionOf,
  type Tradition,
  type UnrecognisedLabels,
} from '../transcript';
import type { TranscriptCache, VersionedText } from '../documents';
import { dateReason, message, type Locale, type MessageId } from '../l10n';

export const RULE_CODES = [
  'speaker-missing-colon',
  'speaker-space-before-colon',
  'speaker-no-space-after-colon',
  'speaker-double-colon',
  'speaker-initials-spacing',
  'speaker-lowercase',
  'speaker-mixed-script',
  'speaker-unknown-near-miss',
  'speaker-inconsistent-form',
  'turn-empty',
  'turn-repeated-speaker',
  'turn-embedded-label',
  'mark-unclosed',
  'header-date-invalid',
  'label-tooltip-artefact',
  'labels-unrecognised',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export const DEFAULT_SEVERITY: Record<RuleCode, DiagnosticSeverity> = {
  'speaker-missing-colon': DiagnosticSeverity.Error,
  'speaker-space-before-colon': DiagnosticSeverity.Warning,
  'speaker-no-space-after-colon': DiagnosticSeverity.Warning,
  'speaker-double-colon': DiagnosticSeverity.Warning,
  'speaker-initials-spacing': DiagnosticSeverity.Warning,
  'speaker-lowercase': DiagnosticSeverity.Warning,
  'speaker-mixed-script': DiagnosticSeverity.Error,
  'speaker-unknown-near-miss': DiagnosticSeverity.Warning,
  'speaker-inconsistent-form': DiagnosticSeverity.Warning,
  'turn-empty': DiagnosticSeverity.Warning,
  'turn-repeated-speaker': DiagnosticSeverity.Hint,
  'turn-embedded-label': DiagnosticSeverity.Error,
  'mark-unclosed': DiagnosticSeverity.Warning,
  'header-date-invalid': DiagnosticSeverity.Error,
  'label-tooltip-artefact': DiagnosticSeverity.Warning,
  'labels-unrecognised': DiagnosticSeverity.Information,
};

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
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all", `source.fixAll.stenogram` and `stenogram lint --fix`:
   *  each has one right answer and only restores what the rule names. */
  safe: boolean;
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

const point = (line: number, character: number): Position => ({ line, character });
const insert = (at: Position, newText: string): TextEdit => ({ range: { start: at, end: at }, newText });
const replace = (range: Range, newText: string): TextEdit => ({ range, newText });

export function computeFindings(transcript: Transcript, options: DiagnosticOptions = {}): Finding[] {
  return findingsOf(transcript, options).findings;
}

/** What the rules know of the whole transcript: computed once, reused while no label changes. */
export interface FindingContext {
  initials: 'compact' | 'spaced' | undefined;
  forms: Map<string, DominantForm>;
  /** Speakers whose name is a near miss of another's, with the candidates. */
  nearMisses: Map<string, Speaker[]>;
  malformed: MalformedContext;
  /** The line ending fixes insert (a split turn's line break). */
  eol: Transcript['eol'];
  /** The tradition the file is read by: what ends its labels, which rules its norms silence. */
  tradition: Tradition;
  /** Lines that open like labels no tradition reads (`labels-unrecognised`). */
  unrecognised: UnrecognisedLabels | undefined;
}

export interface FindingsResult {
  findings: Finding[];
  context: FindingContext;
}

/** Lines `[from, to)`: findings are computed for these lines only. */
interface LineWindow {
  from: number;
  to: number;
}

/** The findings of a document's current version from the cache: computed once per version, and for
 *  a version spliced from an earlier one, updated from that one's findings. */
export function cachedFindings(cache: TranscriptCache, document: VersionedText, options: DiagnosticOptions = {}): Finding[] {
  return cache.derive(
    document,
    'findings',
    (transcript) => findingsOf(transcript, options),
    (previous: FindingsResult, transcript, splice) => updateFindings(previous, transcript, splice, options),
  ).findings;
}

/** Every finding of the transcript, with the context they were computed in. */
export function findingsOf(transcript: Transcript, options: DiagnosticOptions = {}): FindingsResult {
  const context: FindingContext = {
    initials: initialsConvention(transcript, options.initials ?? 'auto'),
    forms: dominantForms(transcript),
    nearMisses: new Map(nearMisses(transcript).map((n) => [n.speaker.key, n.candidates])),
    malformed: malformedContext(transcript),
    eol: transcript.eol,
    tradition: traditionOf(transcript),
    unrecognised: findUnrecognisedLabels(transcript),
  };
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


function findingsIn(transcript: Transcript, options: DiagnosticOptions, context: FindingContext, window?: LineWindow): Finding[] {
  if (options.enable === false) return [];
  const inWindow = (line: number) => !window || (line >= window.from && line < window.to);
  const locale = options.locale ?? 'en';
  const out: Finding[] = [];
  const t = (id: MessageId, ...args: (string | number)[]) => message(locale, id, ...args);
  const quiet = context.tradition.quiet;
  const add = (code: RuleCode, range: Range, text: string, fixes: Fix[] = [], fixAll?: TextEdit[]) => {
    const setting = options.severity?.[code];
    if (setting === 'off') return;
    // What the tradition's norm makes moot (a speaker following themselves in a speech-to-text export)
    // is reported only when a setting asks for the rule.
    if (!setting && quiet.includes(code)) return;
    const severity = setting ? SEVERITY_OF_SETTING[setting] : DEFAULT_SEVERITY[code];
    out.push(fixAll ? { code, range, severity, message: text, fixes, fixAll } : { code, range, severity, message: text, fixes });
  };

  const date = transcript.header.date;
  if (date?.invalid && inWindow(date.range.start.line)) add('header-date-invalid', date.range, t('header-date-invalid', date.text, dateReason(locale, date.invalid)));

  // The label's end as the tradition writes it: `:`, or `.` where the period ends a label (`Председательствующий.`).
  const period = context.tradition.terminator === '.';
  for (const m of findMissingColons(transcript, context.malformed, window)) {
    add('speaker-missing-colon', m.range, t(period ? 'speaker-missing-colon.period' : 'speaker-missing-colon', m.name), [
      { title: t(period ? 'fix.insert-period' : 'fix.insert-colon', m.name), edits: [insert(m.range.end, period ? '.' : ':')], safe: m.known },
    ]);
  }

  const unrecognised = context.unrecognised;
  if (unrecognised && inWindow(unrecognised.range.start.line)) {
    const shapes = unrecognised.shapes.map((s) => t('labels-unrecognised.shape', s.text, s.count)).join(', ');
    add('labels-unrecognised', unrecognised.range, t('labels-unrecognised', unrecognised.lines, shapes, transcript.turns.length));
  }

  const initials = context.initials;
  const forms = context.forms;

  const firstTurn = window ? firstFrom(transcript.turns, window.from, (t) => t.startLine) : 0;
  for (let ti = firstTurn; ti < transcript.turns.length; ti++) {
    const turn = transcript.turns[ti];
    if (window && turn.startLine >= window.to) break;
    const label = turn.label;
    const line = turn.startLine;
    if (label.tooltip) {
      const published = label.note ? `${label.name} ${label.note.text}` : label.name;
      add('label-tooltip-artefact', label.tooltip.range, t('label-tooltip-artefact', label.name, label.tooltip.text, published), [
        {
          title: t('fix.remove-tooltip'),
          edits: [replace({ start: label.nameRange.end, end: label.tooltip.range.end }, '')],
          safe: false,
        },
      ]);
    }
    if (label.spaceBeforeColon) {
      add('speaker-space-before-colon', label.spaceBeforeColon, t('speaker-space-before-colon', label.name), [
        { title: t('fix.remove-space-before-colon'), edits: [replace(label.spaceBeforeColon, '')], safe: true },
      ]);
    }
    if (label.extraColons) {
      add('speaker-double-colon', label.extraColons, t('speaker-double-colon', label.name), [
        { title: t('fix.remove-extra-colons'), edits: [replace(label.extraColons, '')], safe: true },
      ]);
    }
    if (label.missingSpaceAfterColon) {
      const colonsEnd = label.extraColons?.end ?? label.colon.end;
      add('speaker-no-space-after-colon', { start: label.colon.start, end: colonsEnd }, t('speaker-no-space-after-colon', label.name), [
        { title: t('fix.insert-space-after-colon'), edits: [insert(colonsEnd, ' ')], safe: true },
      ]);
    }

    const repaired = repairLabel(label.name, forms.get(label.key)?.text, initials);
    const labelFixAll = repaired !== label.name ? [replace(label.nameRange, repaired)] : undefined;
    const lookalikes = findLookalikes(label.name);
    if (lookalikes.length > 0) {
      let fixed = label.name;
      for (const l of lookalikes) fixed = fixed.slice(0, l.index) + l.replacement + fixed.slice(l.index + 1);
      const named = lookalikes
        .map((l) => t(/[A-Za-z]/.test(l.char) ? 'speaker-mixed-script.latin' : 'speaker-mixed-script.cyrillic', l.char))
        .join(', ');
      add(
        'speaker-mixed-script',
        label.nameRange,
        t('speaker-mixed-script', label.name, named),
        [
          {
            title: t('fix.replace-lookalikes', fixed),
            edits: lookalikes.map((l) => replace(rangeIn(line, label.nameRange.start.character + l.index, 1), l.replacement)),
            safe: true,
          },
        ],
        labelFixAll,
      );
    }

    if (isLowercaseLabel(label.name)) {
      const known = forms.get(label.key);
      const target =
        known && canonicalLabel(known.text) === canonicalLabel(label.name) && !isLowercaseLabel(known.text)
          ? known.text
          : capitaliseLabel(label.name);
      add(
        'speaker-lowercase',
        label.nameRange,
        t('speaker-lowercase', label.name, target),
        [{ title: t('fix.rewrite-label', target), edits: [replace(label.nameRange, target)], safe: true }],
        labelFixAll,
      );
    }

    const style = initialsStyle(label.name);
    if (label.form === 'initials' && style && initials && style !== initials) {
      const target = withInitialsStyle(label.name, initials);
      const why = options.initials === 'compact' || options.initials === 'spaced' ? 'setting' : 'file';
      add(
        'speaker-initials-spacing',
        label.nameRange,
        t(`speaker-initials-spacing.${initials}-${why}`, target),
        [{ title: t('fix.rewrite-label', target), edits: [replace(label.nameRange, target)], safe: true }],
        labelFixAll,
      );
    }

    const canonical = canonicalLabel(label.name);
    const dominant = departedForm(turn, forms);
    if (dominant) {
      const others = dominant.turns.filter((i) => canonicalLabel(transcript.turns[i].label.name) === canonical);
      const fixes: Fix[] = [{ title: t('fix.rewrite-label', dominant.text), edits: [replace(label.nameRange, dominant.text)], safe: false }];
      if (others.length > 1) {
        fixes.push({
          title: t('fix.rewrite-label-all', label.name, dominant.text),
          edits: others.map((i) => replace(transcript.turns[i].label.nameRange, dominant.text)),
          safe: false,
        });
      }
      add('speaker-inconsistent-form', label.nameRange, t('speaker-inconsistent-form', label.name, dominant.text, dominant.count, dominant.turns.length), fixes);
    }

    // An alias the register ties to a person whose own label this file also uses: `Президент:`
    // beside `В.Путин:` when stenogram.speakers.json lists "Президент" among В.Путин's aliases.
    const registered = options.aliases?.get(label.key);
    if (registered && canonicalLabel(registered) !== canonical) {
      const main = [...transcript.speakers.values()].find((s) => s.key !== label.key && canonicalLabel(s.displayName) === canonicalLabel(registered));
      if (main) {
        add('speaker-inconsistent-form', label.nameRange, t('speaker-inconsistent-form.alias', label.name, registered), [
          { title: t('fix.rewrite-label', registered), edits: [replace(label.nameRange, registered)], safe: false },
        ]);
      }
    }

    if (turn.text.text.length === 0 && turn.paragraphs.length === 0) {
      const lineRange: Range =
        line + 1 < transcript.lines.length
          ? { start: point(line, 0), end: point(line + 1, 0) }
          : { start: point(line, 0), end: point(line, transcript.lines[line].text.length) };
      add('turn-empty', label.range, t('turn-empty', label.name), [{ title: t('fix.remove-line'), edits: [replace(lineRange, '')], safe: false }]);
    }

    const previous = transcript.turns[turn.index - 1];
    if (
      previous &&
      previous.label.key === label.key &&
      previous.section === turn.section &&
      label.form !== 'role' &&
      !endsWithMark(transcript, previous)
    ) {
      add('turn-repeated-speaker', label.range, t('turn-repeated-speaker', label.name), [
        {
          title: t('fix.merge-turns', label.name),
          edits: [replace({ start: label.range.start, end: turn.text.range.start }, '')],
          safe: false,
        },
      ]);
    }
  }

  for (const [key, candidates] of context.nearMisses) {
    for (const i of transcript.speakers.get(key)?.turns ?? []) {
      const label = transcript.turns[i].label;
      if (!inWindow(label.nameRange.start.line)) continue;
      add(
        'speaker-unknown-near-miss',
        label.nameRange,
        t('speaker-unknown-near-miss', label.name, candidates.map((c) => t('quoted', c.displayName)).join(', ')),
        candidates.map((c) => ({ title: t('fix.rewrite-label', c.displayName), edits: [replace(label.nameRange, c.displayName)], safe: false })),
      );
    }
  }

  for (const e of findEmbeddedLabels(transcript, context.malformed, window)) {
    add('turn-embedded-label', e.range, t('turn-embedded-label', e.name), [
      { title: t('fix.split-turn', e.name), edits: [replace(e.gap, transcript.eol)], safe: e.known },
    ]);
  }

  // One finding per line and kind of bracket: the first one left open. More of the same kind on the
  // line are usually the same slip, and a line of 10 MB of `(` must not become ten million diagnostics.
  let lastLine = -1;
  const reported = new Set<string>();
  for (let mi = window ? firstFrom(transcript.unclosedMarks, window.from, (m) => m.range.start.line) : 0; mi < transcript.unclosedMarks.length; mi++) {
    const mark = transcript.unclosedMarks[mi];
    if (window && mark.range.start.line >= window.to) break;
    if (mark.range.start.line !== lastLine) {
      lastLine = mark.range.start.line;
      reported.clear();
    }
    if (reported.has(mark.opener)) continue;
    reported.add(mark.opener);
    add('mark-unclosed', mark.range, t('mark-unclosed', mark.opener));
  }

  out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      RULE_CODES.indexOf(a.code) - RULE_CODES.indexOf(b.code),
  );
  return out;
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

/** A label with every safe label repair applied: look-alikes replaced, capitals restored (the
 *  speaker's usual spelling when it is the same label), initials written the file's way. */
function repairLabel(name: string, usual: string | undefined, initials: 'compact' | 'spaced' | undefined): string {
  let out = name;
  for (const l of findLookalikes(out)) out = out.slice(0, l.index) + l.replacement + out.slice(l.index + 1);
  if (isLowercaseLabel(out)) {
    out = usual && canonicalLabel(usual) === canonicalLabel(out) && !isLowercaseLabel(usual) ? usual : capitaliseLabel(out);
  }
  if (initials && initialsStyle(out) && initialsStyle(out) !== initials) out = withInitialsStyle(out, initials);
  return out;
}

/** A turn whose last paragraph is only a mark — `&lt;…&gt;`, `(Демонстрируется видеоролик.)` — stands
 *  for something between it and the next turn: the same speaker may well speak again. */
function endsWithMark(transcript: Transcript, turn: Turn): boolean {
  const last = turn.paragraphs[turn.paragraphs.length - 1] ?? turn.text;
  const line = last.range.start.line;
  for (let i = firstFrom(transcript.marks, line, (m) => m.range.start.line); i < transcript.marks.length && transcript.marks[i].range.start.line === line; i++) {
    const mark = transcript.marks[i];
    if (mark.range.start.character === last.range.start.character) return mark.range.end.character === last.range.end.character;
  }
  return false;
}

function rangeIn(line: number, character: number, length: number): Range {
  return { start: point(line, character), end: point(line, character + length) };
}

/** The initials style labels should follow: the setting, or what most labels of the file do. */
function initialsConvention(transcript: Transcript, setting: 'auto' | 'compact' | 'spaced'): 'compact' | 'spaced' | undefined {
  if (setting !== 'auto') return setting;
  let compact = 0;
  let spaced = 0;
  for (const turn of transcript.turns) {
    if (turn.label.form !== 'initials') continue;
    const style = initialsStyle(turn.label.name);
    if (style === 'compact') compact++;
    else if (style === 'spaced') spaced++;
  }
  if (compact === 0 && spaced === 0) return undefined;
  return spaced > compact ? 'spaced' : 'compact';
}

/** Optimal string alignment distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows (the transposition looks two back), reused: this runs for many pairs of names.
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/** Speakers with one or two turns whose name is a small edit away from a speaker who speaks more:
 *  `В.Пути` beside `В.Путин`. The allowed distance grows with the name: 1 up to 7 letters, then 2. */
function nearMisses(transcript: Transcript): { speaker: Speaker; candidates: Speaker[] }[] {
  const people = [...transcript.speakers.values()].filter((s) => !s.isRole);
  // Canonical names once per speaker, not once per pair compared.
  const canonical = new Map(people.map((s) => [s, canonicalLabel(s.displayName)]));
  const byInitial = new Map<string, Speaker[]>();
  for (const s of people) {
    const k = canonical.get(s)![0] ?? '';
    const list = byInitial.get(k) ?? [];
    list.push(s);
    byInitial.set(k, list);
  }
  const out: { speaker: Speaker; candidates: Speaker[] }[] = [];
  for (const s of people) {
    if (s.turns.length > 2) continue;
    const name = canonical.get(s)!;
    const candidates: Speaker[] = [];
    for (const other of byInitial.get(name[0] ?? '') ?? []) {
      if (other === s || other.turns.length < s.turns.length) continue;
      const otherName = canonical.get(other)!;
      // Two labels that speak as often (`Н.Назарбаев` and `Н.Назарбаевв`, once each): the later is the
      // slip. Not numbered speakers (`Speaker 1`, `Speaker 2`), nor one surname under two titles or
      // initials (`MR. HALL`, `MS. HALL`), who are two people.
      if (other.turns.length === s.turns.length) {
        if (other.turns[0] > s.turns[0] || /\d/.test(name) || /\d/.test(otherName) || surnameOf(name) === surnameOf(otherName)) continue;
      }
      const max = Math.min(name.length, otherName.length) <= 7 ? 1 : 2;
      // `А.Орлова` beside `А.Орлов` is a woman and a man of one family, not a typo.
      const feminine = name === `${otherName}а` || otherName === `${name}а` || name === `${otherName}a` || otherName === `${name}a`;
      if (!feminine && editDistance(name, otherName, max) <= max) candidates.push(other);
    }
    if (candidates.length > 0) {
      candidates.sort((a, b) => b.turns.length - a.turns.length);
      out.push({ speaker: s, candidates });
    }
  }
  return out;
}

/** The last word of a canonical label: `н.назарбаев` → `назарбаев`, `ms. hall` → `hall`. */
function surnameOf(canonical: string): string {
  const words = canonical.split(/[\s.]+/).filter(Boolean);
  return words[words.length - 1] ?? '';
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
