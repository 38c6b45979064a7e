// `stenogram lint`: the diagnostics of each file as text, JSON or SARIF 2.1.0; with `--fix`, the safe
// fixes applied and the files rewritten.
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import {
  capFindings,
  cappedDiagnostics,
  computeFindings,
  omittedDiagnostic,
  RULE_CODES,
  safeFixes,
  showControls,
  type DiagnosticOptions,
  type Finding,
} from '../features';
import { rulesDocumentUrl } from '../rulesDocument';
import { parseTranscript, type ParseOptions } from '../transcript';
import { ITEMS, type FileCommand, type FileOutput } from './fileCommand';
import type { Options } from './options';
import { identityKey, readSource, rewrite } from './read';

/** `--fix` repeats until no safe fix is left (a fix can reveal another), at most this many times. */
const MAX_FIX_PASSES = 10;

/** Apply safe fixes until none is left. Returns the new text and how many findings were fixed. */
export function fixText(text: string, options: DiagnosticOptions, parse: ParseOptions = {}): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = safeFixes(computeFindings(parseTranscript(text, parse), options));
    if (fixes.edits.length === 0) break;
    const document = TextDocument.create('file:///fix', 'transcript', pass, text);
    const next = TextDocument.applyEdits(document, fixes.edits);
    if (next === text) break;
    fixed += fixes.fixed;
    text = next;
  }
  return { text, fixed };
}

const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const SARIF_LEVELS: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

/** A path as a SARIF artifact URI: percent-encoded, so no control character or space is left raw. */
function artifactUri(file: string): string {
  if (file.startsWith('/')) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The SARIF log, its results standing as `ITEMS`. */
function sarifLog(options: Options): unknown {
  const rulesUrl = rulesDocumentUrl();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stenogram',
            informationUri: rulesUrl,
            rules: RULE_CODES.map((id) => ({ id, helpUri: `${rulesUrl}#${id}` })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [ITEMS],
        properties: { locale: options.locale },
      },
    ],
  };
}

function sarifResult(file: string, code: string, level: string, text: string, range: Finding['range']): unknown {
  return {
    ruleId: code,
    ...(RULE_CODES.includes(code as Finding['code']) ? { ruleIndex: RULE_CODES.indexOf(code as Finding['code']) } : {}),
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file) },
          region: {
            startLine: range.start.line + 1,
            startColumn: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
          },
        },
      },
    ],
  };
}

/** What lint says of one file's findings, in the chosen format. */
function printFindings(file: string, findings: Finding[], fixed: number, options: Options, out: FileOutput): void {
  const { shown, omitted } = capFindings(findings, options.maxProblems);
  const more = omitted ? omittedDiagnostic(omitted, options.maxProblems, options.locale, 'flag') : undefined;
  if (options.format === 'sarif') {
    for (const f of shown) out.item(sarifResult(file, f.code, SARIF_LEVELS[f.severity], f.message, f.range));
    if (more) out.item(sarifResult(file, String(more.code), 'note', more.message, more.range));
  } else if (options.format === 'json') {
    out.item({ file, fixed, diagnostics: cappedDiagnostics(findings, options.maxProblems, options.locale, 'flag', rulesDocumentUrl()) });
  } else {
    const name = showControls(file);
    if (fixed > 0) out.line(`${name}: fixed ${fixed} problem(s)`);
    const line = (at: Finding['range']['start'], severity: number, code: string, text: string) =>
      out.line(`${name}:${at.line + 1}:${at.character + 1} ${SEVERITY_NAMES[severity]} ${code} ${showControls(text)}`);
    for (const f of shown) line(f.range.start, f.severity, f.code, f.message);
    if (more) line(more.range.start, DiagnosticSeverity.Information, String(more.code), more.message);
  }
}

/** `lint`: each file's diagnostics (after its safe fixes with --fix), then, as text, a summary. The
 *  counts: `files` read, `problems`, `errors`; `unreadable`, `unwritable`. */
export const lint: FileCommand<DiagnosticOptions> = {
  document: (options) => (options.format === 'sarif' ? sarifLog(options) : options.format === 'json' ? [ITEMS] : undefined),
  state: (options) => ({ locale: options.locale, initials: options.initials }),
  writes: (file, options) => (options.fix ? [identityKey(file)] : []),
  file(file, options, diagnosticOptions, out) {
    let source = readSource(file, options, out.report);
    if (!source) return out.count('unreadable');
    let fixed = 0;
    if (options.fix) {
      const result = fixText(source.text, diagnosticOptions, options.parse);
      if (result.text !== source.text) {
        // A file left as it was is reported as it is: its findings still count.
        if (rewrite(file, source, result.text, options, out.report)) {
          source = { ...source, text: result.text };
          fixed = result.fixed;
        } else out.count('unwritable');
      }
    }
    const findings = computeFindings(parseTranscript(source.text, options.parse), diagnosticOptions);
    out.count('files');
    out.count('problems', findings.length);
    out.count('errors', findings.filter((f) => f.severity === DiagnosticSeverity.Error).length);
    printFindings(file, findings, fixed, options, out);
  },
  finish(counts, options, write) {
    const n = (key: string) => counts[key] ?? 0;
    if (options.format === 'text') write(`${n('files')} file(s), ${n('problems')} problem(s), ${n('errors')} error(s)`);
    if (n('unreadable') + n('unwritable') > 0) return 2;
    return n('errors') > 0 ? 1 : 0;
  },
};
