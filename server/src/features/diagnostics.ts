// Diagnostics over the transcript model. Each rule has a stable code, a default severity and a
// message in English and Russian; every range is the narrowest one (the label, not the line).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Range, Transcript } from '../transcript';
import { message, type Locale, type MessageId } from '../l10n';

export const RULES_URL = 'https://github.com/stenogram/stenogram/blob/main/docs/rules.md';

export type RuleCode =
  | 'header-date-invalid'
  | 'speaker-space-before-colon'
  | 'speaker-no-space-after-colon'
  | 'speaker-double-colon'
  | 'turn-empty'
  | 'mark-unclosed'
  | 'label-tooltip-artefact';

export const DEFAULT_SEVERITY: Record<RuleCode, DiagnosticSeverity> = {
  'header-date-invalid': DiagnosticSeverity.Error,
  'speaker-space-before-colon': DiagnosticSeverity.Warning,
  'speaker-no-space-after-colon': DiagnosticSeverity.Warning,
  'speaker-double-colon': DiagnosticSeverity.Error,
  'turn-empty': DiagnosticSeverity.Warning,
  'mark-unclosed': DiagnosticSeverity.Warning,
  'label-tooltip-artefact': DiagnosticSeverity.Warning,
};

export interface DiagnosticOptions {
  locale?: Locale;
  severity?: Partial<Record<RuleCode, DiagnosticSeverity | 'off'>>;
}

export function computeDiagnostics(transcript: Transcript, options: DiagnosticOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'en';
  const out: Diagnostic[] = [];
  const add = (code: RuleCode, range: Range, id: MessageId, ...args: (string | number)[]) => {
    const severity = options.severity?.[code] ?? DEFAULT_SEVERITY[code];
    if (severity === 'off') return;
    out.push({
      range,
      severity,
      code,
      codeDescription: { href: `${RULES_URL}#${code}` },
      source: 'stenogram',
      message: message(locale, id, ...args),
    });
  };

  const date = transcript.header.date;
  if (date?.invalidReason) add('header-date-invalid', date.range, 'header-date-invalid', date.text, date.invalidReason);

  for (const turn of transcript.turns) {
    const label = turn.label;
    if (label.tooltip) {
      add('label-tooltip-artefact', label.tooltip.range, 'label-tooltip-artefact', label.name, label.tooltip.text);
    }
    if (label.spaceBeforeColon) add('speaker-space-before-colon', label.spaceBeforeColon, 'speaker-space-before-colon', label.text);
    if (label.extraColons) add('speaker-double-colon', label.extraColons, 'speaker-double-colon', label.text);
    if (label.missingSpaceAfterColon) {
      add('speaker-no-space-after-colon', { start: label.colon.start, end: label.colon.end }, 'speaker-no-space-after-colon', label.text);
    }
    if (turn.text.text.length === 0 && turn.paragraphs.length === 0) {
      add('turn-empty', label.range, 'turn-empty', label.text);
    }
  }
  for (const mark of transcript.unclosedMarks) add('mark-unclosed', mark.range, 'mark-unclosed', mark.opener);
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
