// The workspace's transcripts that no editor has open, and stenogram.speakers.json, as the server
// gets them: read by the client through vscode.workspace.fs (client/src/workspaceFiles.ts) — in a
// Node extension host and in a browser's web worker host alike (the worker server has no disk).
// Files written here go through vscode.workspace.fs too; the file watcher the server registered
// tells it, and it asks the client to read them.
//
// test/e2e/fixtures/archive/council-2019.transcript, which no suite opens (zero-based lines):
//   6 Г.Орлов: Начнём с описи фондов.   7 А.Белкина: Опись готова.   8 Г.Орлов: Спасибо.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { at, fixtureUri, hoverText, openFixture, rangeText, revertAll, ticks, when } from './helpers';

/** Files this suite writes into the workspace; removed afterwards. */
const WRITTEN = ['archive/council-2020.transcript', 'archive/latin1.transcript', 'archive/utf8.transcript', 'stenogram.speakers.json'];

/** Stenogram's workspace symbols for `query` in the workspace folder's files (not in a document
 *  another suite opened from elsewhere) as `name — file line:character`, once `accept` takes them. */
async function symbolsWhen(query: string, what: string, accept: (lines: string[]) => boolean): Promise<string[]> {
  const ask = async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
    return symbols
      .filter((s) => vscode.workspace.getWorkspaceFolder(s.location.uri))
      .map((s) => `${s.name} — ${vscode.workspace.asRelativePath(s.location.uri)} ${rangeText(s.location.range).split('-')[0]}`)
      .sort();
  };
  return when(`workspace symbols ${JSON.stringify(query)}: ${what}`, ticks(100), ask, accept);
}

const write = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(fixtureUri(name), bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);

suite('the workspace through VS Code’s file system', () => {
  // The extension is active and the server up (a --grep run may start with any of these tests).
  suiteSetup(() => openFixture('meeting.transcript'));
  suiteTeardown(async () => {
    await revertAll();
    for (const name of WRITTEN) await vscode.workspace.fs.delete(fixtureUri(name)).then(undefined, () => undefined);
  });

  test('a transcript no editor has open is indexed: workspace symbols list its turns', async () => {
    assert.deepEqual(await symbolsWhen('Орлов', 'both turns of council-2019', (lines) => lines.length === 2), [
      'Г.Орлов: Начнём с описи фондов. — archive/council-2019.transcript 6:0',
      'Г.Орлов: Спасибо. — archive/council-2019.transcript 8:0',
    ]);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/council-2019.transcript')), 'council-2019 was never opened');
  });

  test('a transcript written into the workspace is read on its file event', async () => {
    await write('archive/council-2020.transcript', utf8('Заседание комиссии\n\n2020-06-03 11:00:00\n\nП.Сабуров: Продолжим опись.\n'));
    assert.deepEqual(await symbolsWhen('Сабуров', 'the turn of council-2020', (lines) => lines.length === 1), [
      'П.Сабуров: Продолжим опись. — archive/council-2020.transcript 4:0',
    ]);
  });

  test('a transcript that is not UTF-8 is refused; one written after it is read', async () => {
    // "Т.Зуев: Café." in Latin-1: the é is one byte, 0xE9, which is no UTF-8.
    await write('archive/latin1.transcript', Uint8Array.from([...utf8('Т.Зуев: Caf'), 0xe9, ...utf8('.\n')]));
    await write('archive/utf8.transcript', utf8('Т.Зуев: Кафе.\n'));
    assert.deepEqual(await symbolsWhen('Зуев', 'the turn of utf8.transcript', (lines) => lines.some((l) => l.includes('utf8.transcript'))), [
      'Т.Зуев: Кафе. — archive/utf8.transcript 0:0',
    ]);
  });

  test('stenogram.speakers.json written into the folder: the hover on a label says who the speaker is', async () => {
    const { document } = await openFixture('meeting.transcript');
    await write('stenogram.speakers.json', utf8(JSON.stringify({ 'С. Лавров': { name: 'Сергей Лавров', role: 'Министр иностранных дел' } })));
    const position = at(document, 'С.Лав|ров: Позвольте');
    const hover = await when(
      'the hover to use stenogram.speakers.json',
      ticks(100),
      async () => hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? []),
      (text) => text.includes('stenogram.speakers.json'),
    );
    assert.equal(hover.split('\n\n').slice(0, 2).join('\n\n'), '**С\\.Лавров** — Министр иностранных дел Сергей Лавров\n\n*from stenogram.speakers.json*');
  });
});
