// The `stenogram.*` settings the server reads, with their defaults and validation: a wrong value
// in settings.json falls back to the default instead of breaking a feature.
import { RULE_CODES, type DiagnosticOptions, type RuleCode, type SeveritySetting } from './features/diagnostics';

export interface Settings {
  diagnostics: Required<Pick<DiagnosticOptions, 'enable' | 'initials'>> & { severity: Partial<Record<RuleCode, SeveritySetting>> };
}

export const DEFAULT_SETTINGS: Settings = { diagnostics: { enable: true, initials: 'auto', severity: {} } };

const SEVERITIES: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Settings from the client's `stenogram` section (`{ diagnostics: { enable, <code>: … }, labels: { initials } }`). */
export function readSettings(raw: unknown): Settings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const diagnostics = (section.diagnostics && typeof section.diagnostics === 'object' ? section.diagnostics : {}) as Record<string, unknown>;
  const labels = (section.labels && typeof section.labels === 'object' ? section.labels : {}) as Record<string, unknown>;
  const severity: Partial<Record<RuleCode, SeveritySetting>> = {};
  for (const code of RULE_CODES) {
    const value = diagnostics[code];
    if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code] = value as SeveritySetting;
  }
  const initials = labels.initials === 'compact' || labels.initials === 'spaced' ? labels.initials : 'auto';
  return { diagnostics: { enable: diagnostics.enable !== false, initials, severity } };
}
