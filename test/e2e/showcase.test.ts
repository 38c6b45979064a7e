// What a newcomer sees, read through the runner's browser on the press conference of samples/ (one
// label's colon taken out, for a problem to show): the statistics view with its speaking time,
// laughter and applause and legends, where a timeline mark opens its turn; the opt-in speaker
// colours, on and off; and the README's pictures, in Dark Modern and Light Modern (the editor with
// its problem, outline and hover; the statistics view; the speaker colours), which the runner saves
// to docs/screenshots/ with --screenshots and to test-results/screenshots/ otherwise.
// Skipped under @vscode/test-electron, which has no browser to look through.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { besideWorkspace } from './environment';
import { askUi, at, diagnosticsWhen, extension, revertAll, uiBridge, when } from './helpers';

const NAME = 'press-conference.transcript';
/** The turn of А.Кара-Мурзаев whose colon the showcase takes out. */
const UNCOLONED = 'А.Кара-Мурзаев: Спасибо, Ирина Викторовна.';

/** The palette's first three colours (protocol/palette.ts), as the browser reports them. */
const BLUE = 'rgb(0, 114, 178)';
const PALETTE = ['rgb(0, 114, 178)', 'rgb(230, 159, 0)', 'rgb(0, 158, 115)', 'rgb(204, 121, 167)', 'rgb(86, 180, 233)', 'rgb(213, 94, 0)', 'rgb(240, 228, 66)'];

/** The README's pictures: the browser window at this size. */
const SHOT_SIZE = { width: 960, height: 600 };
/** Below the title bar (which names the test host, not the file). */
const SHOT_CLIP = { x: 0, y: 35, width: SHOT_SIZE.width, height: SHOT_SIZE.height - 35 };
/** The statistics view alone, tall enough for its table, bars and timeline. */
const STATISTICS_SIZE = { width: 960, height: 980 };

interface StatisticsSeen {
  rows: string[];
  summary: string[];
  legends: string[];
  chartLinks: number;
}

let uri: vscode.Uri;

async function showTranscript(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** The label lines of the transcript's turns, in order, from its outline. */
async function turnLines(): Promise<number[]> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const out: number[] = [];
  const walk = (list: vscode.DocumentSymbol[]) => {
    for (const symbol of list) {
      if (symbol.kind === vscode.SymbolKind.Event) out.push(symbol.range.start.line);
      walk(symbol.children);
    }
  };
  walk(symbols);
  return out.sort((a, b) => a - b);
}

async function setting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

suite('showcase: the statistics view, speaker colours and the README’s screenshots', () => {
  suiteSetup(async function () {
    if (!uiBridge) this.skip();
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, 'samples', NAME)));
    assert.ok(sample.includes(UNCOLONED));
    // Beside the workspace folder, not in it: other suites count the workspace's transcripts.
    uri = besideWorkspace(NAME);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(sample.replace(UNCOLONED, UNCOLONED.replace(':', ''))));
  });
  suiteTeardown(async () => {
    if (uiBridge) await askUi('viewport', {});
    await setting('stenogram', 'speakerColors', undefined);
    await setting('workbench', 'colorTheme', undefined);
    await setting('editor', 'minimap.enabled', undefined);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await revertAll();
    if (!uri) return;
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('the statistics view: speaking time, laughter and applause, legends; a timeline mark opens its turn', async () => {
    await showTranscript();
    await vscode.commands.executeCommand('stenogram.showStatistics');
    const seen = await askUi<StatisticsSeen>('statistics', { expect: ['Laughter: 3 · Applause: 1', 'Each mark is a turn', 'И.Лебедева'] });
    assert.deepEqual(seen.rows[0].split('\t').map((s) => s.trim()), [
      'Speaker',
      'Turns',
      'Words',
      'Share',
      'Average turn, words',
      'Longest turn, words',
      'Speaking time',
      'Laughter',
      'Applause',
    ]);
    assert.match(seen.summary.join('\n'), /^Speaking time: ≈ \d+ min \d+ s, estimated at 120 words a minute$/m);
    assert.ok(seen.summary.includes('Copy as CSVExport CSV…'), seen.summary.join('\n'));
    const lines = await turnLines();
    const speakers = seen.rows.length - 2;
    assert.equal(seen.chartLinks, speakers + lines.length, 'a link per bar and per mark');

    await askUi('statistics', { click: 'svg.timeline a:nth-of-type(5) rect' });
    const cursor = await when(
      `the cursor on the fifth turn's label (line ${lines[4]})`,
      vscode.window.onDidChangeTextEditorSelection,
      () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.selection.active,
      (p) => p?.line === lines[4],
    );
    assert.deepEqual([cursor?.line, cursor?.character], [lines[4], 0]);
  });

  test('speaker colours: none by default; with stenogram.speakerColors each label wears its speaker’s swatch; turned off, none', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await showTranscript();
    const palette = (colours: string[]) => colours.filter((c) => PALETTE.some((p) => c.endsWith(p) || c.endsWith(p.replace('rgb', 'rgba').replace(')', ', 0.2)'))));
    const before = await askUi<{ colours: string[] }>('decorations', {});
    assert.deepEqual(palette(before.colours), [], 'off by default');

    await setting('stenogram', 'speakerColors', true);
    const on = await askUi<{ colours: string[] }>('decorations', { expect: [`background rgba(0, 114, 178, 0.2)`, `border ${BLUE}`] });
    const borders = palette(on.colours).filter((c) => c.startsWith('border'));
    assert.ok(borders.length >= 3, `the labels in sight wear three colours or more: ${on.colours.join(', ')}`);
    assert.ok(on.colours.includes(`background rgba(0, 114, 178, 0.2)`), on.colours.join(', '));

    await setting('stenogram', 'speakerColors', false);
    const off = await askUi<{ colours: string[] }>('decorations', { gone: [`border ${BLUE}`] });
    assert.deepEqual(palette(off.colours), [], 'every colour removed');
  });

  /** The hover at `position`, on screen, in a picture: the hover is asked again (at most three
   *  times) if it has not shown, as one asked while the workbench settles can be dropped. */
  async function shotWithHover(editor: vscode.TextEditor, position: vscode.Position, name: string, theme: string, waitFor: string[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.showHover');
      try {
        await askUi('shot', { name, theme, clip: SHOT_CLIP, waitFor: ['.monaco-hover', ...waitFor], deadlineMs: 5000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** The pictures' layout: a 960 × 600 window, no minimap, the Outline open in the Explorer. */
  async function pictureLayout(themeName: string): Promise<vscode.TextEditor> {
    await setting('workbench', 'colorTheme', themeName);
    await setting('editor', 'minimap.enabled', false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await askUi('viewport', { size: SHOT_SIZE });
    const editor = await showTranscript();
    await vscode.commands.executeCommand('outline.focus');
    return editor;
  }

  /** In the workbench, with the semantic tokens on as the theme has them: a person's label and a role
   *  label are painted apart from the title and the section heading. */
  async function labelsApartFromHeadings(theme: string): Promise<void> {
    const editor = await showTranscript();
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const title = 'Пресс-конференция';
    const heading = 'Стенограмма';
    const { colours } = await askUi<{ colours: Record<string, string> }>('textColours', { texts: [title, heading, 'Н.Орлова'] });
    editor.revealRange(new vscode.Range(23, 0, 23, 0), vscode.TextEditorRevealType.AtTop);
    const role = (await askUi<{ colours: Record<string, string> }>('textColours', { texts: ['Вопрос'] })).colours['Вопрос'];
    const seen = `${theme}: ${JSON.stringify({ ...colours, Вопрос: role })}`;
    for (const label of [colours['Н.Орлова'], role]) {
      assert.ok(label && label !== colours[title] && label !== colours[heading], seen);
    }
    assert.ok(colours['Н.Орлова'] !== role, seen);
  }

  test('screenshots in Default Dark Modern: a problem’s hover with the outline; the statistics view', async function () {
    this.timeout(90_000);
    const editor = await pictureLayout('Default Dark Modern');
    await labelsApartFromHeadings('Dark Modern');
    await diagnosticsWhen(uri, 'the label without its colon', (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'speaker-missing-colon'));
    await shotWithHover(editor, at(editor.document, 'А.Кара-Мур|заев Спасибо'), 'editor-dark', 'vs-dark', ['.outline-pane .monaco-list-row']);
    await statisticsShot('statistics-dark', 'vs-dark');
  });

  test('screenshots in Default Light Modern: a speaker’s hover with the outline (labels apart from headings); the statistics view', async function () {
    this.timeout(90_000);
    const editor = await pictureLayout('Default Light Modern');
    await labelsApartFromHeadings('Light Modern');
    await shotWithHover(editor, at(editor.document, 'И.Лебе|дева: Спасибо, Наталья'), 'editor-light', 'vs', ['.outline-pane .monaco-list-row']);
    await statisticsShot('statistics-light', 'vs');
  });

  /** The statistics view of the transcript, alone in the window (its group and the transcript's
   *  joined, the side bar closed). */
  async function statisticsShot(name: string, theme: string): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await askUi('viewport', { size: STATISTICS_SIZE });
    await vscode.commands.executeCommand('stenogram.showStatistics', uri);
    await askUi('statistics', { expect: ['Each mark is a turn'] });
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await vscode.commands.executeCommand('workbench.action.joinAllGroups');
    await askUi('shot', { name, theme, clip: { x: 0, y: 35, width: STATISTICS_SIZE.width, height: STATISTICS_SIZE.height - 35 }, waitFor: ['svg.timeline'] });
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    await askUi('viewport', {});
  }

  test('screenshot: the speaker colours in Light Modern', async function () {
    this.timeout(60_000);
    const editor = await pictureLayout('Default Light Modern');
    // From the section's heading: Н.Орлова, И.Лебедева, Вопрос in sight.
    editor.revealRange(new vscode.Range(12, 0, 12, 0), vscode.TextEditorRevealType.AtTop);
    await setting('stenogram', 'speakerColors', true);
    await askUi('decorations', { expect: [`border ${BLUE}`, `border ${PALETTE[3]}`] });
    await askUi('shot', { name: 'speaker-colors-light', theme: 'vs', clip: SHOT_CLIP, waitFor: ['.outline-pane .monaco-list-row'] });
    await askUi('viewport', {});
    await setting('stenogram', 'speakerColors', undefined);
  });
});
