// Why a file was not read or not written, for every reader: the CLI and the server on Node
// (files.ts), and the client reading for the server (stenogram/readFile, protocol/workspaceFiles.ts).
// No Node here: the server bundles this for a browser Web Worker too.
import { message, type Locale } from './l10n';

/** What a file that is not a regular one is: a Node reader tells them apart; VS Code's file system
 *  API says `folder` or `other`. */
export type FileKind = (typeof FILE_KINDS)[number];
export const FILE_KINDS = ['fifo', 'character-device', 'block-device', 'socket', 'folder', 'other'] as const;

/** Why a file was not read or not written: `reason` names the case, `detail` adds what it is. */
export class FileRefusal extends Error {
  constructor(
    readonly reason: 'not-regular' | 'too-large' | 'not-utf8' | 'error' | 'changed' | 'read-only' | 'backup-exists' | 'exists',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** Why a file was not read, in the user's language: `not a regular file (a FIFO)`, `cannot be read (ELOOP)`. */
export function refusalText(locale: Locale, refusal: FileRefusal, maxBytes: number): string {
  const bytes = (n: number | string) => Number(n).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US');
  if (refusal.reason === 'not-regular') return message(locale, 'file.not-regular', message(locale, `file.kind.${refusal.detail as FileKind}`));
  if (refusal.reason === 'too-large') return message(locale, 'file.too-large', bytes(refusal.detail), bytes(maxBytes));
  if (refusal.reason === 'not-utf8') return message(locale, 'file.not-utf8');
  return message(locale, 'file.error', refusal.detail);
}
