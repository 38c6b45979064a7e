// Transcripts that are not files on disk: an untitled document (`untitled:Untitled-1`) with the
// language set to Transcript, and a file of a virtual file system (`memfs:/council/a.transcript`,
// served by an in-memory FileSystemProvider this suite registers, as GitHub Repositories serves
// `vscode-vfs:`). The client's document selector takes every scheme and the server analyses the text
// VS Code sends, so each gets diagnostics and an outline like a file on disk.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWhen } from './helpers';

//   0 Е.Воронина: Добрый день, коллеги.
//   1 Т.Гараев: Подрядчики готовы.
//   2 Е.Воронина Сколько участков в плане?   the colon lost: joins Т.Гараев's turn
const TEXT = 'Е.Воронина: Добрый день, коллеги.\nТ.Гараев: Подрядчики готовы.\nЕ.Воронина Сколько участков в плане?\n';

/** Just enough of a file system for VS Code to open and read files kept in memory. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => {});
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.byteLength };
    if ([...this.files.keys()].some((path) => path.startsWith(uri.path.endsWith('/') ? uri.path : `${uri.path}/`))) {
      return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    }
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {}

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.files.set(uri.path, content);
  }

  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('rename');
  }
}

suite('transcripts that are not files on disk', () => {
  let memfs: vscode.Disposable | undefined;
  suiteSetup(() => {
    memfs = vscode.workspace.registerFileSystemProvider('memfs', new MemoryFileSystem());
  });
  suiteTeardown(() => memfs?.dispose());

  teardown(async () => {
    // An untitled document with text asks to be saved when closed: revert it, then close.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.scheme !== 'untitled') continue;
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an untitled transcript gets diagnostics and an outline', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: TEXT });
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.uri.scheme, 'untitled');
    const diagnostics = await diagnosticsWhen(document.uri, 'the lost colon', (d) => d.length > 0);
    assert.deepEqual(describeDiagnostics(document, diagnostics), ['speaker-missing-colon Error 2:0-2:10 «Е.Воронина»']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((s) => `${s.name}${s.detail ? ` — ${s.detail}` : ''}`),
      ['Е.Воронина: Добрый день, коллеги.', 'Т.Гараев: Подрядчики готовы.'],
    );
  });

  test('a transcript on a virtual file system (memfs:) gets diagnostics and an outline', async () => {
    const uri = vscode.Uri.parse('memfs:/council/a.transcript');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.languageId, 'transcript');
    const diagnostics = await diagnosticsWhen(document.uri, 'the lost colon', (d) => d.length > 0);
    assert.deepEqual(describeDiagnostics(document, diagnostics), ['speaker-missing-colon Error 2:0-2:10 «Е.Воронина»']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((s) => `${s.name}${s.detail ? ` — ${s.detail}` : ''}`),
      ['Е.Воронина: Добрый день, коллеги.', 'Т.Гараев: Подрядчики готовы.'],
    );
  });
});
