// The workspace index and the speaker register on workspaces that are not on disk: a virtual
// workspace (`vscode-vfs://github/owner/repo`, `memfs:/ws`), an untitled document, a `file:` URI of
// another machine (`file://server/share`, which Node cannot open on Linux). Each such folder is skipped
// with one line to report, nothing throws, and the folders that are on disk are still read.
//
// test/fixtures/workspace/ holds council-april, council-march and press-may.transcript;
// test/fixtures/register-workspace/ holds council.transcript and a stenogram.speakers.json naming К.Морозов.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpeakerRegister } from '../../server/src/register';
import { diskFiles, diskPathOf, notOnDisk } from '../../server/src/diskFiles';
import { WorkspaceIndex } from '../../server/src/workspace';
import { fixturePath } from '../helpers/fixtures';

const VFS = 'vscode-vfs://github/owner/repo';
const MEMFS = 'memfs:/ws';
const REMOTE_SHARE = 'file://server/share';
const WORKSPACE = pathToFileURL(fixturePath('workspace')).href;
const REGISTER_WORKSPACE = pathToFileURL(fixturePath('register-workspace')).href;

const line = (folder: string, scheme: string) =>
  `workspace folder ${folder} is not on disk (${scheme}:): transcripts open in the editor are analysed as usual; ` +
  'its other transcripts and its stenogram.speakers.json are not read';

describe('diskPathOf and notOnDisk', () => {
  test('a file: folder has a path; a virtual, untitled or other machine’s folder has none', () => {
    assert.equal(diskPathOf(WORKSPACE), fixturePath('workspace'));
    for (const uri of [VFS, MEMFS, 'untitled:Untitled-1', REMOTE_SHARE, 'file:%', '', 'no scheme at all']) {
      assert.equal(diskPathOf(uri), undefined, uri);
    }
  });

  test('the reported line names the folder and its scheme', () => {
    assert.equal(
      notOnDisk(VFS),
      'workspace folder vscode-vfs://github/owner/repo is not on disk (vscode-vfs:): transcripts open in the editor are analysed as usual; ' +
        'its other transcripts and its stenogram.speakers.json are not read',
    );
    assert.equal(notOnDisk(MEMFS), line(MEMFS, 'memfs'));
  });
});

describe('WorkspaceIndex on folders that are not on disk', () => {
  test('only virtual folders: an empty index, one line per folder, nothing thrown', async () => {
    const index = new WorkspaceIndex(() => diskFiles);
    const reported: string[] = [];
    await index.scan([VFS, MEMFS, REMOTE_SHARE], (m) => reported.push(m));
    assert.equal(index.size, 0);
    assert.deepEqual(reported, [line(VFS, 'vscode-vfs'), line(MEMFS, 'memfs'), line(REMOTE_SHARE, 'file')]);
  });

  test('a virtual folder beside a folder on disk: the disk folder is still indexed', async () => {
    const index = new WorkspaceIndex(() => diskFiles);
    const reported: string[] = [];
    await index.scan([VFS, WORKSPACE], (m) => reported.push(m));
    assert.deepEqual(reported, [line(VFS, 'vscode-vfs')]);
    assert.deepEqual(
      index.entries().map((e) => e.uri.slice(WORKSPACE.length)).sort(),
      ['/council-april.transcript', '/council-march.transcript', '/press-may.transcript'],
    );
  });

  test('a file change on a virtual file system is ignored: update and delete neither read nor throw', async () => {
    const index = new WorkspaceIndex(() => diskFiles);
    await index.scan([WORKSPACE]);
    for (const uri of [`${VFS}/a.transcript`, `${MEMFS}/b.transcript`, 'untitled:Untitled-1', `${REMOTE_SHARE}/c.transcript`, 'not a uri %']) {
      await index.update(uri);
      index.delete(uri);
    }
    assert.equal(index.size, 3);
  });
});

describe('WorkspaceIndex reading a folder on disk itself (a client that does not read for the server)', () => {
  test('a transcript that is not UTF-8 (Latin-1, a NUL) is not indexed, with one line; the others are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stenogram-utf8-'));
    try {
      writeFileSync(join(dir, 'good.transcript'), 'Н.Соколов: Начнём.\n');
      writeFileSync(join(dir, 'latin1.transcript'), Buffer.from('M. Dupr\xe9: Bonjour.\n', 'latin1'));
      const index = new WorkspaceIndex(() => diskFiles);
      const reported: string[] = [];
      await index.scan([pathToFileURL(dir).href], (m) => reported.push(m));
      assert.deepEqual(index.entries().map((e) => e.uri), [pathToFileURL(join(dir, 'good.transcript')).href]);
      assert.deepEqual(reported, [`${pathToFileURL(join(dir, 'latin1.transcript')).href}: not UTF-8 text; not indexed`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SpeakerRegister.load on folders that are not on disk', () => {
  test('only virtual folders: an empty register, no problem reported (the index reports the folder), nothing thrown', async () => {
    const register = new SpeakerRegister(() => diskFiles);
    await register.load([VFS, MEMFS, REMOTE_SHARE, 'untitled:Untitled-1'], (m) => assert.fail(`nothing to report: ${m}`));
    assert.deepEqual([...register.get().keys()], []);
  });

  test('a virtual folder first, then a folder on disk: the disk folder’s register is read', async () => {
    const register = new SpeakerRegister(() => diskFiles);
    await register.load([VFS, REGISTER_WORKSPACE], (m) => assert.fail(`nothing to report: ${m}`));
    assert.deepEqual([...register.get().keys()].sort(), ['к.морозов']);
  });
});
