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
  terminalSafeJson,
  type DiagnosticOptions,
  type Finding,
} from '../features';
import { rulesDocumentUrl } from '../rulesDocument';
import { parseTranscript, type ParseOptions } from '../transcript';
import type { Options } from './options';
import { forEachReadable, rewrite, type Report } from './read';

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

interface LintResult {
  file: string;
  /** Every finding (they count toward the summary and the exit code); the first `maxProblems` are printed. */
  findings: Finding[];
  fixed: number;
}

/** A path as a SARIF artifact URI: percent-encoded, so no control character or space is left raw. */
function artifactUri(file: string): string {
  if (file.startsWith('/')) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function sarif(results: LintResult[], options: Options): unknown {
  const rulesUrl = rulesDocumentUrl();
  const result = (file: string, code: string, level: string, text: string, range: Finding['range']) => ({
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
  });
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
        results: results.flatMap(({ file, findings }) => {
          const { shown, omitted } = capFindings(findings, options.maxProblems);
          const out = shown.map((f) => result(file, f.code, SARIF_LEVELS[f.severity], f.message, f.range));
          if (omitted) {
            const d = omittedDiagnostic(omitted, options.maxProblems, options.locale, 'flag');
            out.push(result(file, String(d.code), 'note', d.message, d.range));
          }
          return out;
        }),
        properties: { locale: options.locale },
      },
    ],
  };
}

export function lint(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const diagnosticOptions: DiagnosticOptions = { locale: options.locale, initials: options.initials };
  const results: LintResult[] = [];
  let unwritable = 0;
  const unreadable = forEachReadable(files, options, report, (file, read) => {
    let source = read;
    let fixed = 0;
    if (options.fix) {
      const result = fixText(source.text, diagnosticOptions, options.parse);
      if (result.text !== source.text) {
        // A file left as it was is reported as it is: its findings still count.
        if (rewrite(file, source, result.text, options, report)) {
          source = { ...source, text: result.text };
          fixed = result.fixed;
        } else unwritable++;
      }
    }
    results.push({ file, findings: computeFindings(parseTranscript(source.text, options.parse), diagnosticOptions), fixed });
  });
  const failed = unreadable + unwritable;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === DiagnosticSeverity.Error).length, 0);
  if (options.format === 'sarif') write(terminalSafeJson(sarif(results, options)));
  else if (options.format === 'json') {
    const rulesUrl = rulesDocumentUrl();
    const json = results.map((r) => ({
      file: r.file,
      fixed: r.fixed,
      diagnostics: cappedDiagnostics(r.findings, options.maxProblems, options.locale, 'flag', rulesUrl),
    }));
    write(terminalSafeJson(json));
  } else {
    for (const { file, findings, fixed } of results) {
      const name = showControls(file);
      if (fixed > 0) write(`${name}: fixed ${fixed} problem(s)`);
      const { shown, omitted } = capFindings(findings, options.maxProblems);
      const line = (at: Finding['range']['start'], severity: number, code: string, text: string) =>
        write(`${name}:${at.line + 1}:${at.character + 1} ${SEVERITY_NAMES[severity]} ${code} ${showControls(text)}`);
      for (const f of shown) line(f.range.start, f.severity, f.code, f.message);
      if (omitted) {
        const d = omittedDiagnostic(omitted, options.maxProblems, options.locale, 'flag');
        line(d.range.start, DiagnosticSeverity.Information, String(d.code), d.message);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    write(`${results.length} file(s), ${total} problem(s), ${errors} error(s)`);
  }
  if (failed > 0) return 2;
  return errors > 0 ? 1 : 0;
}
