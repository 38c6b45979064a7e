// The `stenogram.*` settings the server reads, with their defaults and validation: a wrong value
// in settings.json falls back to the default instead of breaking a feature.
import { DEFAULT_MAX_PROBLEMS, RULE_CODES, type DiagnosticOptions, type RuleCode, type SeveritySetting } from './features/diagnostics';
import { DEFAULT_FORMAT_SETTINGS, type FormatSettings } from './features/formatting';
import { TRADITION_IDS, type TraditionId, type TraditionSetting } from './transcript/traditions';

export type { TraditionSetting };

export interface Settings {
  diagnostics: Required<Pick<DiagnosticOptions, 'enable' | 'initials'>> & { severity: Partial<Record<RuleCode, SeveritySetting>> };
  /** `stenogram.rename.scope`: rename a speaker in this file only, or in every transcript of the workspace. */
  renameScope: 'file' | 'workspace';
  /** `stenogram.analysis.maxSize`: the largest text analysed, in millions of UTF-16 characters. */
  maxSize: number;
  /** `stenogram.diagnostics.maxProblems`: the most diagnostics one document publishes. */
  maxProblems: number;
  /** `stenogram.format.*`: the steps of Format Document / Selection / on-type formatting. */
  format: FormatSettings;
  /** `stenogram.tradition`: how the files of a folder are read. */
  tradition: TraditionSetting;
}

export const DEFAULT_MAX_SIZE = 20;

export const DEFAULT_SETTINGS: Settings = {
  diagnostics: { enable: true, initials: 'auto', severity: {} },
  renameScope: 'file',
  maxSize: DEFAULT_MAX_SIZE,
  maxProblems: DEFAULT_MAX_PROBLEMS,
  format: DEFAULT_FORMAT_SETTINGS,
  tradition: 'auto',
};

const SEVERITIES: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Settings from the client's `stenogram` section (`{ diagnostics: { enable, <code>: … }, labels: { initials } }`). */
export function readSettings(raw: unknown): Settings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const diagnostics = (section.diagnostics && typeof section.diagnostics === 'object' ? section.diagnostics : {}) as Record<string, unknown>;
  const rename = (section.rename && typeof section.rename === 'object' ? section.rename : {}) as Record<string, unknown>;
  const analysis = (section.analysis && typeof section.analysis === 'object' ? section.analysis : {}) as Record<string, unknown>;
  const labels = (section.labels && typeof section.labels === 'object' ? section.labels : {}) as Record<string, unknown>;
  const severity: Partial<Record<RuleCode, SeveritySetting>> = {};
  for (const code of RULE_CODES) {
    const value = diagnostics[code];
    if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code] = value as SeveritySetting;
  }
  const initials = labels.initials === 'compact' || labels.initials === 'spaced' ? labels.initials : 'auto';
  return {
    diagnostics: { enable: diagnostics.enable !== false, initials, severity },
    renameScope: rename.scope === 'workspace' ? 'workspace' : 'file',
    maxSize: typeof analysis.maxSize === 'number' && analysis.maxSize > 0 ? analysis.maxSize : DEFAULT_MAX_SIZE,
    maxProblems: typeof diagnostics.maxProblems === 'number' && diagnostics.maxProblems >= 1 ? Math.floor(diagnostics.maxProblems) : DEFAULT_MAX_PROBLEMS,
    format: readFormatSettings(section.format),
    tradition: readTradition(section.tradition),
  };
}

/** `stenogram.format.*`; a value of the wrong type falls back to the step's default. */
export function readFormatSettings(raw: unknown): FormatSettings {
  const format = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const flag = (name: 'trimTrailingWhitespace' | 'labelSpacing' | 'collapseBlankLines' | 'normalizeLabels'): boolean =>
    typeof format[name] === 'boolean' ? (format[name] as boolean) : DEFAULT_FORMAT_SETTINGS[name];
  const marks = format.omissionMarks;
  return {
    trimTrailingWhitespace: flag('trimTrailingWhitespace'),
    labelSpacing: flag('labelSpacing'),
    collapseBlankLines: flag('collapseBlankLines'),
    normalizeLabels: flag('normalizeLabels'),
    omissionMarks: marks === 'entity' || marks === 'angle' ? marks : 'keep',
  };
}

/** `auto` or one of the traditions' ids; anything else reads as `auto`. */
export function readTradition(raw: unknown): TraditionSetting {
  return typeof raw === 'string' && (TRADITION_IDS as readonly string[]).includes(raw) ? (raw as TraditionId) : 'auto';
}
