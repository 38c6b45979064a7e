// Which recording belongs to a transcript: the one "Stenogram: Link Recording…" linked (remembered
// per transcript in the workspace's state; the transcript's text is not changed), else a file of the
// transcript's name beside it (`talk.transcript` → `talk.mp3`). Read through VS Code's file system,
// so a recording in a github.dev repository is found as one on disk.
import * as vscode from 'vscode';

/** What the panel plays, in the order a file beside the transcript is looked for. */
export const RECORDING_EXTENSIONS = ['mp3', 'm4a', 'wav', 'ogg', 'mp4', 'webm'];

const LINKS_KEY = 'stenogram.media.links';

export async function recordingOf(state: vscode.Memento, transcript: vscode.Uri): Promise<vscode.Uri | undefined> {
  const linked = state.get<Record<string, string>>(LINKS_KEY, {})[transcript.toString()];
  if (linked) return vscode.Uri.parse(linked);
  const base = transcript.path.replace(/\.[^./]*$/, '');
  for (const extension of RECORDING_EXTENSIONS) {
    const candidate = transcript.with({ path: `${base}.${extension}` });
    try {
      if ((await vscode.workspace.fs.stat(candidate)).type & vscode.FileType.File) return candidate;
    } catch {
      // Not there: try the next extension.
    }
  }
  return undefined;
}

/** Asks for a recording and remembers it for `transcript`; undefined when the user cancels. */
export async function linkRecording(state: vscode.Memento, transcript: vscode.Uri): Promise<vscode.Uri | undefined> {
  const [picked] =
    (await vscode.window.showOpenDialog({
      defaultUri: vscode.Uri.joinPath(transcript, '..'),
      canSelectMany: false,
      openLabel: vscode.l10n.t('Link Recording'),
      filters: { [vscode.l10n.t('Recordings')]: RECORDING_EXTENSIONS },
    })) ?? [];
  if (!picked) return undefined;
  await state.update(LINKS_KEY, { ...state.get<Record<string, string>>(LINKS_KEY, {}), [transcript.toString()]: picked.toString() });
  return picked;
}
