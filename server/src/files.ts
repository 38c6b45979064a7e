// Reading and rewriting transcripts on disk when the folder may be hostile: a shared folder where
// someone else can plant links, a cloned repository whose `x.transcript` is a link to /dev/zero, a FIFO
// that never delivers a byte. Every path Stenogram opens (CLI arguments and folder walks, the
// workspace index, file events, the speaker register) goes through `readRegularFile`, and every file
// the CLI rewrites through `replaceFile`.
//
// Reading: a path is opened without blocking (O_NONBLOCK: opening a FIFO does not wait for a writer)
// and what was opened is checked on the descriptor itself, so nothing can swap the file between the
// check and the read. Only a regular file is read — a link is followed to its file; a FIFO, device,
// socket or folder is refused, and so is a loop of links (ELOOP) — and never more than `maxBytes`.
//
// Writing never replaces a file it did not read, never follows a link planted at a temporary name
// and never changes whose file it is:
// - a link is written through to its target (the link stays a link);
// - a file that changed since it was read (size, modification time or inode) is left alone;
// - a file whose owner has no write permission is left alone unless `force`;
// - a new content goes to a temporary file created exclusively (O_EXCL: a planted link or file at
//   that name makes the creation fail, never followed), named at random and short, in the file's own
//   folder, given the file's owner, group and mode, then renamed over the file;
// - a file with other hard links, or one whose owner the temporary file cannot be given, is rewritten
//   in place instead (the same inode, so every name and the owner keep it);
// - the backup (`FILE.bak`) is created exclusively with the bytes that were read: an existing backup
//   or a link at its name stops the rewrite.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { message, type Locale } from './l10n';

/** Why a file was not read or not written: `reason` names the case, `detail` adds what it is. */
export class FileRefusal extends Error {
  constructor(
    readonly reason: 'not-regular' | 'too-large' | 'error' | 'changed' | 'read-only' | 'backup-exists' | 'exists',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** What `replaceFile` compares to be sure the file is still the one that was read. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

export interface FileSnapshot {
  bytes: Buffer;
  identity: FileIdentity;
}

const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const CHUNK = 1 << 16;

/** The kind of a file that is not a regular one. */
function kindOf(stat: BigIntStats): FileKind {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice()) return 'character-device';
  if (stat.isBlockDevice()) return 'block-device';
  if (stat.isSocket()) return 'socket';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

type FileKind = 'fifo' | 'character-device' | 'block-device' | 'socket' | 'folder' | 'other';

/** Why a file was not read, in the user's language: `not a regular file (a FIFO)`, `cannot be read (ELOOP)`. */
export function refusalText(locale: Locale, refusal: FileRefusal, maxBytes: number): string {
  const bytes = (n: number | string) => Number(n).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US');
  if (refusal.reason === 'not-regular') return message(locale, 'file.not-regular', message(locale, `file.kind.${refusal.detail as FileKind}`));
  if (refusal.reason === 'too-large') return message(locale, 'file.too-large', bytes(refusal.detail), bytes(maxBytes));
  return message(locale, 'file.error', refusal.detail);
}

function identityOf(stat: BigIntStats): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs };
}

const sameFile = (a: FileIdentity, b: FileIdentity): boolean => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** The checks on an opened descriptor, before a byte is read. */
function checkOpened(stat: BigIntStats, maxBytes: number): void {
  if (!stat.isFile()) throw new FileRefusal('not-regular', kindOf(stat));
  if (stat.size > BigInt(Math.floor(maxBytes))) throw new FileRefusal('too-large', String(stat.size));
}

function refusalOf(error: unknown): FileRefusal {
  return error instanceof FileRefusal ? error : new FileRefusal('error', (error as NodeJS.ErrnoException).code ?? String(error));
}

/** Read a regular file of at most `maxBytes` (the CLI's way: synchronously). */
export function readRegularFileSync(path: string, maxBytes: number): FileSnapshot {
  let fd: number | undefined;
  try {
    fd = openSync(path, READ_FLAGS);
    const stat = fstatSync(fd, { bigint: true });
    checkOpened(stat, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      // A file that grows while it is read is still held to the limit.
      if (total > maxBytes) throw new FileRefusal('too-large', String(total));
      chunks.push(chunk.subarray(0, n));
    }
    return { bytes: Buffer.concat(chunks, total), identity: identityOf(stat) };
  } catch (error) {
    throw refusalOf(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Read a regular file of at most `maxBytes` (the server's way: no thread of the pool waits on a FIFO). */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
    checkOpened(await handle.stat({ bigint: true }), maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(CHUNK), 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileRefusal('too-large', String(total));
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw refusalOf(error);
  } finally {
    await handle?.close();
  }
}

export interface ReplaceOptions {
  /** Keep the bytes that were read as this file, created exclusively. */
  backup?: string;
  /** Rewrite a file whose owner has no write permission. */
  force?: boolean;
}

/** Replace the content of `path` — read earlier as `read` — with `content`, as the header says.
 *  Throws a FileRefusal, having changed nothing, when the file cannot be replaced safely. */
export function replaceFile(path: string, read: FileSnapshot, content: Buffer, options: ReplaceOptions = {}): void {
  let target: string;
  let stat: BigIntStats;
  try {
    target = realpathSync(path);
    stat = lstatSync(target, { bigint: true });
  } catch (error) {
    throw refusalOf(error);
  }
  if (!stat.isFile()) throw new FileRefusal('not-regular', kindOf(stat));
  if (!sameFile(identityOf(stat), read.identity)) throw new FileRefusal('changed', path);
  if ((stat.mode & 0o200n) === 0n && !options.force) throw new FileRefusal('read-only', path);
  if (options.backup !== undefined) createExclusively(options.backup, read.bytes, Number(stat.mode & 0o666n), 'backup-exists');
  if (stat.nlink > 1n || !replaceByRename(target, stat, content, read.identity)) rewriteInPlace(target, content, read.identity);
}

/** Write a file that the command creates (an export, an import): created exclusively, so an existing
 *  file, or a link planted at the name, is refused ('exists') unless `force`; with `force` an existing
 *  regular file (or a link) is replaced by a new file renamed over the name, never written through. */
export function writeNewFile(path: string, content: Buffer, options: { force?: boolean } = {}): void {
  if (!options.force) return createExclusively(path, content, 0o666, 'exists');
  let stat: BigIntStats | undefined;
  try {
    stat = lstatSync(path, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw refusalOf(error);
  }
  if (!stat) return createExclusively(path, content, 0o666, 'exists');
  if (!stat.isFile() && !stat.isSymbolicLink()) throw new FileRefusal('not-regular', kindOf(stat));
  const temporary = join(dirname(path), `.stenogram-${randomBytes(6).toString('hex')}.tmp`);
  createExclusively(temporary, content, 0o666, 'exists');
  try {
    renameSync(temporary, path);
  } catch (error) {
    unlinkSync(temporary);
    throw refusalOf(error);
  }
}

function createExclusively(path: string, bytes: Buffer, mode: number, taken: 'backup-exists' | 'exists'): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileRefusal(taken, path);
    throw refusalOf(error);
  }
  try {
    writeAll(fd, bytes);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    throw refusalOf(error);
  }
  closeSync(fd);
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, done);
  fsyncSync(fd);
}

/** Write a temporary file beside `target` and rename it over; false (nothing changed) when the
 *  temporary file cannot be given the target's owner and group. */
function replaceByRename(target: string, stat: BigIntStats, content: Buffer, read: FileIdentity): boolean {
  // Short, so that a file name of 250 characters still leaves room; random, so it cannot be guessed.
  const temporary = join(dirname(target), `.stenogram-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      fchownSync(fd, Number(stat.uid), Number(stat.gid));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
      throw error;
    }
    fchmodSync(fd, Number(stat.mode & 0o7777n));
    writeAll(fd, content);
    closeSync(fd);
    fd = undefined;
    // The last look before the rename: a file appended to meanwhile keeps what was appended.
    if (!sameFile(identityOf(lstatSync(target, { bigint: true })), read)) throw new FileRefusal('changed', basename(target));
    renameSync(temporary, target);
    renamed = true;
    return true;
  } catch (error) {
    throw refusalOf(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (!renamed) {
      try {
        unlinkSync(temporary);
      } catch {
        // not created
      }
    }
  }
}

/** Overwrite the file's own bytes: every hard link and the owner keep it. */
function rewriteInPlace(target: string, content: Buffer, read: FileIdentity): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, constants.O_RDWR | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!sameFile(identityOf(fstatSync(fd, { bigint: true })), read)) throw new FileRefusal('changed', basename(target));
    writeAll(fd, content);
    ftruncateSync(fd, content.length);
    fsyncSync(fd);
  } catch (error) {
    throw refusalOf(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
