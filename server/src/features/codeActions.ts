// Quick fixes for the findings under the cursor, "fix all … in this file" per rule, and
// `source.fixAll.stenogram` (safe fixes only, as on save). Every edit is one the finding named.
import { CodeAction, CodeActionKind, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Range } from '../transcript';
import { message, type Locale } from '../l10n';
import { toDiagnostic, type Finding } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.stenogram`;

export interface CodeActionRequest {
  textDocument: { uri: string };
  range: Range;
  context: CodeActionContext;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Ranges that share a position, ends included: a cursor on a label touches its finding. */
function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Two edits that cannot both apply: they share characters, or insert at the same place. */
function conflicts(a: Range, b: Range): boolean {
  const sameStart = !before(a.start, b.start) && !before(b.start, a.start);
  return (before(a.start, b.end) && before(b.start, a.end)) || sameStart;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return !before(a.range.start, b.range.start) && !before(b.range.start, a.range.start) && !before(a.range.end, b.range.end) && !before(b.range.end, a.range.end) && a.newText === b.newText;
}

/** Edits from several fixes, in document order. A group that repeats one already taken counts as
 *  fixed by it; a group that conflicts with one taken is left out (fixed on the next run). */
export function mergeEdits(groups: TextEdit[][]): { edits: TextEdit[]; fixed: number } {
  const taken: TextEdit[] = [];
  // The edits taken, by each line they touch: two edits can only meet on a line both touch, so a
  // fix all over 200,000 labels compares each edit with its neighbours, not with all the others.
  const byLine = new Map<number, TextEdit[]>();
  const near = (e: TextEdit): TextEdit[] => {
    const out: TextEdit[] = [];
    for (let line = e.range.start.line; line <= e.range.end.line; line++) out.push(...(byLine.get(line) ?? []));
    return out;
  };
  let fixed = 0;
  for (const group of groups) {
    if (group.every((e) => near(e).some((t) => sameEdit(t, e)))) {
      fixed++;
      continue;
    }
    if (group.some((e) => near(e).some((t) => conflicts(t.range, e.range)))) continue;
    taken.push(...group);
    for (const e of group) {
      for (let line = e.range.start.line; line <= e.range.end.line; line++) {
        const list = byLine.get(line);
        if (list) list.push(e);
        else byLine.set(line, [e]);
      }
    }
    fixed++;
  }
  const edits = taken.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  return { edits, fixed };
}

/** Every finding's safe repair (its `fixAll`, or else its first safe fix), merged: what "fix all",
 *  `source.fixAll.stenogram` and `lint --fix` apply. `fixed` counts findings, not edits. */
export function safeFixes(findings: readonly Finding[], combined = true): { edits: TextEdit[]; fixed: number } {
  const groups: TextEdit[][] = [];
  for (const f of findings) {
    const safe = f.fixes.find((x) => x.safe);
    if (!safe) continue;
    groups.push(combined && f.fixAll ? f.fixAll : safe.edits);
  }
  return mergeEdits(groups);
}

export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  return safeFixes(findings).edits;
}

function sameDiagnostic(d: Diagnostic, f: Finding): boolean {
  return (
    d.code === f.code &&
    d.range.start.line === f.range.start.line &&
    d.range.start.character === f.range.start.character &&
    d.range.end.line === f.range.end.line &&
    d.range.end.character === f.range.end.character
  );
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(findings: readonly Finding[], params: CodeActionRequest, locale: Locale, rulesUrl?: string): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wants(only, CodeActionKind.QuickFix)) {
    const here = findings.filter((f) => touches(f.range, params.range));
    const fixAllOffered = new Set<string>();
    for (const finding of here) {
      const diagnostic = params.context.diagnostics.find((d: Diagnostic) => sameDiagnostic(d, finding)) ?? toDiagnostic(finding, rulesUrl);
      finding.fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && fix.safe,
          edit: edit(fix.edits),
        });
      });
      if (fixAllOffered.has(finding.code) || !finding.fixes.some((f) => f.safe)) continue;
      const same = findings.filter((f) => f.code === finding.code && f.fixes.some((x) => x.safe));
      if (same.length > 1) {
        fixAllOffered.add(finding.code);
        actions.push({
          title: message(locale, 'fix.all', finding.code),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          // "Fix all <rule>" applies that rule's own fix everywhere, and nothing of another rule.
          edit: edit(safeFixes(same, false).edits),
        });
      }
    }
  }

  if (only && only.some((o: string) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`))) {
    const edits = safeFixEdits(findings);
    if (edits.length > 0) {
      actions.push({ title: message(locale, 'fix.all-safe'), kind: FIX_ALL_KIND, diagnostics: [], edit: edit(edits) });
    }
  }
  return actions;
}

