// Injection: text from the transcript reaches the editor only as plain text. Hostile titles, places,
// lead paragraphs, section headings, labels and turn text (HTML, markdown links to `command:` and
// `javascript:` URIs, codicons `$(…)`, snippet syntax `${1:…}`, bidi overrides) come back from the
// outline, folding, diagnostics, code actions, completion, workspace symbols, links and statistics
// as plain strings holding the text exactly as written — neither interpreted nor mangled — never as
// MarkupContent, never as a snippet, never as a command, and never as a link other than the source
// URL's own http(s) one or the rules document. (Hover escaping is tested with the hover feature.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InsertTextFormat } from 'vscode-languageserver-types';
import {
  codeActions,
  completeLabels,
  computeFindings,
  computeStatistics,
  documentLinks,
  documentSymbols,
  FIX_ALL_KIND,
  foldingRanges,
  speakersTree,
  toDiagnostic,
  workspaceSymbols,
} from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { HOSTILE } from './arbitraries';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'injection.test.ts';
const URI = 'file:///property/hostile.transcript';
const RULES = 'file:///ext/docs/rules.md';

/** One line of hostile text (the markdown heading example has a line break; a paragraph is one line). */
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.tuple(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE)).map(([a, b]) => `${a} ${b}`)).map((h) => h.replace(/\n/g, ' '));

const doc = fc.record({ title: hostile, place: hostile, lead: hostile, heading: hostile, role: hostile, text: hostile, label: hostile, last: fc.oneof(hostile, fc.constantFrom('command:workbench.action.terminal.new', 'javascript:alert(1)', 'file:///etc/passwd', 'http://kremlin.ru/events/president/news/copy/56509')) });

/** Every string value anywhere in `value` with its path. */
function strings(value: unknown, path = '', out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Objects that a client would render as markdown or run. */
function renderedOrRun(value: unknown, path = '', out: string[] = []): string[] {
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (o.kind === 'markdown' && typeof o.value === 'string') out.push(`${path}: MarkupContent`);
  if ('command' in o && o.command !== undefined) out.push(`${path}: a command`);
  if (o.insertTextFormat === InsertTextFormat.Snippet) out.push(`${path}: a snippet`);
  for (const [k, v] of Object.entries(o)) renderedOrRun(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('user text reaches the editor as plain text, as written', () => {
  test('hostile titles, headings, labels and text: plain, verbatim strings from every feature but hover', async (t) => {
    await checkProperty(
      t,
      fc.property(doc, (d) => {
        const text = [
          d.title,
          '',
          '2021-06-02 11:00:00',
          '',
          'Москва',
          '',
          `Состоялась встреча. ${d.lead}`,
          '* * *',
          d.heading,
          `Host of ${d.role} Maria Morgun: ${d.text}`,
          `Maria Morgun: ${d.text}`,
          `${d.label}: ${d.text}`,
          `в.соколов: ${d.text}`,
          `В.Соколов :: ${d.text} [${d.text}`,
          `${d.text} Спасибо. Maria Morgun: ${d.text}`,
          '',
          d.last,
        ].join('\n');
        const transcript = parseTranscript(text);
        const findings = computeFindings(transcript, { locale: 'en' });
        const answers = {
          symbols: documentSymbols(transcript, 'en'),
          folds: foldingRanges(transcript),
          diagnostics: findings.map((f) => toDiagnostic(f, RULES)),
          actions: [
            ...codeActions(findings, { textDocument: { uri: URI }, range: { start: { line: 9, character: 0 }, end: { line: 14, character: 0 } }, context: { diagnostics: [] } }, 'en', RULES),
            ...codeActions(findings, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [FIX_ALL_KIND] } }, 'en'),
          ],
          completion: completeLabels(transcript, { line: 16, character: 0 }, 'en'),
          workspaceSymbols: workspaceSymbols([{ uri: URI, transcript }], ''),
          links: documentLinks(transcript),
          statistics: computeStatistics(transcript),
          speakers: speakersTree(transcript),
        };
        assert.deepEqual(renderedOrRun(answers), [], show(text));

        // Where the user's text is shown, it is shown whole, as written: the title, the heading, each label.
        const shown = strings(answers).map((s) => s.text);
        const has = (piece: string) => shown.some((s) => s.includes(piece));
        if (transcript.header.title) assert.ok(has(transcript.header.title.text), `the title is shown as written: ${JSON.stringify(transcript.header.title.text)}`);
        for (const s of transcript.sections) if (s.heading) assert.ok(has(s.heading.text), `the heading is shown as written: ${JSON.stringify(s.heading.text)}`);
        for (const turn of transcript.turns) assert.ok(has(turn.label.text), `the label is shown as written: ${JSON.stringify(turn.label.text)}`);
        for (const f of findings) assert.equal(typeof f.message, 'string');

        // Links: the source URL only, and only http(s); diagnostics link only to the rules document.
        for (const l of answers.links) assert.match(l.target ?? '', /^https?:\/\//, `link target ${l.target}`);
        for (const dg of answers.diagnostics) assert.ok(dg.codeDescription?.href.startsWith(`${RULES}#`), `diagnostic link ${dg.codeDescription?.href}`);
        for (const a of answers.actions) assert.deepEqual(Object.keys(a.edit?.changes ?? {}), a.edit ? [URI] : [], `code action ${JSON.stringify(a.title)} edits only this document`);
      }),
      { numRuns: runsOf(150, 0.3), unit: 'documents', file: FILE },
    );
  });

  test('the outline names hostile text as written: it interprets nothing, and shows a bidi override as \\u202e', () => {
    // Markup and links keep a line from being a label (a colon or a period inside ends the label's
    // shape); a bidi override does not, so that label is shown with it — visibly, as an escape, so
    // that it cannot turn the name around on screen (issue 21).
    const text = [
      '<img src=x onerror=alert(1)> [x](command:workbench.action.terminal.new)',
      '',
      '2021-06-02 11:00:00',
      '',
      '* * *',
      '$(zap) **Заголовок** ${1:x}',
      'Host of \u202Eevil\u202C Maria Morgun: <script>alert(1)</script> $(zap)',
      '',
    ].join('\n');
    const transcript = parseTranscript(text);
    const lines = documentSymbols(transcript, 'en').flatMap(function flat(s): string[] {
      return [`${s.name} — ${s.detail ?? ''}`, ...(s.children ?? []).flatMap(flat)];
    });
    assert.deepEqual(lines, [
      '<img src=x onerror=alert(1)> [x](command:workbench.action.terminal.new) — 2021-06-02 11:00:00',
      '$(zap) **Заголовок** ${1:x} — 1 turn',
      'Host of \\u202eevil\\u202c Maria Morgun: <script>alert(1)</script> $(zap) — ',
    ]);
    const [item] = completeLabels(transcript, { line: 7, character: 0 }, 'en');
    assert.equal(item.textEdit?.newText, 'Maria Morgun: ');
    assert.equal(item.insertTextFormat, undefined, 'plain text, not a snippet');
  });
});
