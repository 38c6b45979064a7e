// The diagnostic rules, one row each: the code, the default severity, and the check that reports it.
// A turn check runs on every turn of the lines checked; a transcript check runs once. The order of
// the rows is the order of `RULE_CODES`, which sorts findings that start at one position.
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { headerDateInvalid } from './headerDateInvalid';
import { labelsUnrecognised } from './labelsUnrecognised';
import { labelTooltipArtefact } from './labelTooltipArtefact';
import { markUnclosed } from './markUnclosed';
import { speakerDoubleColon, speakerNoSpaceAfterColon, speakerSpaceBeforeColon } from './speakerColonSpacing';
import { speakerInconsistentForm } from './speakerInconsistentForm';
import { speakerInitialsSpacing } from './speakerInitialsSpacing';
import { speakerLowercase } from './speakerLowercase';
import { speakerMissingColon } from './speakerMissingColon';
import { speakerMixedScript } from './speakerMixedScript';
import { speakerUnknownNearMiss } from './speakerUnknownNearMiss';
import { turnEmbeddedLabel } from './turnEmbeddedLabel';
import { turnEmpty } from './turnEmpty';
import { turnRepeatedSpeaker } from './turnRepeatedSpeaker';
import { timestampBeyondMedia } from './timestampBeyondMedia';
import { timestampInvalid } from './timestampInvalid';
import { timestampOrder } from './timestampOrder';
import type { TranscriptCheck, TurnCheck } from './rule';

export type Rule = { code: string; severity: DiagnosticSeverity } & ({ turn: TurnCheck } | { transcript: TranscriptCheck });

const TABLE = [
  { code: 'speaker-missing-colon', severity: DiagnosticSeverity.Error, transcript: speakerMissingColon },
  { code: 'speaker-space-before-colon', severity: DiagnosticSeverity.Warning, turn: speakerSpaceBeforeColon },
  { code: 'speaker-no-space-after-colon', severity: DiagnosticSeverity.Warning, turn: speakerNoSpaceAfterColon },
  { code: 'speaker-double-colon', severity: DiagnosticSeverity.Warning, turn: speakerDoubleColon },
  { code: 'speaker-initials-spacing', severity: DiagnosticSeverity.Warning, turn: speakerInitialsSpacing },
  { code: 'speaker-lowercase', severity: DiagnosticSeverity.Warning, turn: speakerLowercase },
  { code: 'speaker-mixed-script', severity: DiagnosticSeverity.Error, turn: speakerMixedScript },
  { code: 'speaker-unknown-near-miss', severity: DiagnosticSeverity.Warning, transcript: speakerUnknownNearMiss },
  { code: 'speaker-inconsistent-form', severity: DiagnosticSeverity.Warning, turn: speakerInconsistentForm },
  { code: 'turn-empty', severity: DiagnosticSeverity.Warning, turn: turnEmpty },
  { code: 'turn-repeated-speaker', severity: DiagnosticSeverity.Hint, turn: turnRepeatedSpeaker },
  { code: 'turn-embedded-label', severity: DiagnosticSeverity.Error, transcript: turnEmbeddedLabel },
  { code: 'mark-unclosed', severity: DiagnosticSeverity.Warning, transcript: markUnclosed },
  { code: 'header-date-invalid', severity: DiagnosticSeverity.Error, transcript: headerDateInvalid },
  { code: 'label-tooltip-artefact', severity: DiagnosticSeverity.Warning, turn: labelTooltipArtefact },
  { code: 'labels-unrecognised', severity: DiagnosticSeverity.Information, transcript: labelsUnrecognised },
  { code: 'timestamp-invalid', severity: DiagnosticSeverity.Error, turn: timestampInvalid },
  { code: 'timestamp-order', severity: DiagnosticSeverity.Warning, transcript: timestampOrder },
  { code: 'timestamp-beyond-media', severity: DiagnosticSeverity.Warning, turn: timestampBeyondMedia },
] as const satisfies readonly Rule[];

export type RuleCode = (typeof TABLE)[number]['code'];

export const RULES: readonly (Rule & { code: RuleCode })[] = TABLE;

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.code, r.severity])) as Record<RuleCode, DiagnosticSeverity>;

export type { Fix, FindingContext, LineWindow, Report, RuleScope, TurnCheck } from './rule';
export { findingContext } from './context';
