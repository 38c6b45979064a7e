// A large file's first analysis over the protocol (server/src/analysis.ts): checked in slices, the
// lines on screen first and published at once, with a work-done progress report, and dropped when a
// newer version arrives. The thresholds are set low through initializationOptions, so a small file
// takes the path a 10 MB one takes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkDoneProgressCreateRequest, type ProgressToken, type PublishDiagnosticsParams, type WorkDoneProgressCreateParams } from 'vscode-languageserver-protocol/node';
import { VisibleRangesNotification } from '../../protocol';
import { documentUri, LspTestClient } from './client';

/** `$/progress` as the server sends it. */
interface ProgressParams {
  token: ProgressToken;
  value: unknown;
}

const SLICED = { analysis: { sliceAbove: 0, progressAfter: 0, budget: 0, sliceLines: 2 } };

/** Thirteen lines: findings on lines 6 (space before colon) and 10 (a lost colon inside a turn; line 2
 *  is the lead, where prose may start with a name). */
const TEXT = [
  'Встреча с членами правительства',
  '',
  'В.Путин Добрый день, уважаемые коллеги!',
  '',
  'Д.Песков: Спасибо.',
  '',
  'В.Путин : Начнём.',
  '',
  'Д.Песков: Да.',
  '',
  'В.Путин Ещё одно.',
  '',
  'В.Путин: Всё.',
].join('\n');

const codesAt = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.range.start.line} ${String(d.code)}`);

describe('the first analysis of a large file, in slices', () => {
  let client: LspTestClient;
  const created: WorkDoneProgressCreateParams[] = [];
  const progress: ProgressParams[] = [];
  before(async () => {
    client = await LspTestClient.initialized({
      initializationOptions: SLICED,
      answer: (connection) => {
        connection.onRequest(WorkDoneProgressCreateRequest.method, (params: WorkDoneProgressCreateParams) => {
          created.push(params);
          return null;
        });
        connection.onNotification('$/progress', (params: ProgressParams) => {
          progress.push(params);
        });
      },
    });
  });
  after(async () => {
    await client?.dispose();
  });

  test('the lines on screen are published first, then every finding; a progress report runs from begin to end', async () => {
    const uri = documentUri('analysis-sliced');
    await client.connection.sendNotification(VisibleRangesNotification, {
      uri,
      ranges: [{ start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }],
    });
    await client.open(uri, TEXT);
    const first = await client.diagnostics(uri);
    assert.deepEqual(codesAt(first), ['6 speaker-space-before-colon']);
    const all = await client.diagnostics(uri);
    assert.deepEqual(codesAt(all), ['6 speaker-space-before-colon', '10 speaker-missing-colon']);
    assert.equal(all.version, 1);

    assert.equal(created.length, 1);
    const token = created[0].token;
    const ours = progress.filter((p) => p.token === token).map((p) => p.value as { kind: string; title?: string; message?: string; percentage?: number });
    assert.deepEqual(ours[0], { kind: 'begin', title: 'Stenogram: checking analysis-sliced.transcript', cancellable: false, percentage: 0 });
    assert.deepEqual(ours.at(-1), { kind: 'end' });
    const reports = ours.filter((v) => v.kind === 'report');
    assert.ok(reports.length >= 2, JSON.stringify(ours));
    assert.deepEqual(
      reports.map((r) => r.percentage),
      [...reports.map((r) => r.percentage!)].sort((a, b) => a - b),
    );
    assert.equal(reports.at(-1)!.message, '13 of 13 lines');
  });

  test('a newer version drops the older one’s analysis: nothing of version 1 comes after version 2', async () => {
    const uri = documentUri('analysis-dropped');
    const document = await client.open(uri, TEXT);
    await client.change(document, [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: 'В.Путин Третье.\n\n' }]);
    const latest = await client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 3);
    assert.deepEqual(codesAt(latest), ['6 speaker-space-before-colon', '10 speaker-missing-colon', '12 speaker-missing-colon']);
    const published = client.publishedFor(uri);
    const firstOfTwo = published.findIndex((p) => p.version === 2);
    assert.ok(published.slice(firstOfTwo).every((p) => p.version === 2), JSON.stringify(published.map((p) => p.version)));
  });
});
