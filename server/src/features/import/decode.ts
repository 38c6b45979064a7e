// A file's bytes as text for import: UTF-8 (with or without a byte order mark), or UTF-16 with its
// byte order mark (`FF FE` little-endian, `FE FF` big-endian: what Windows tools save as "Unicode").
// Bytes that are not text are refused with the line they are on, never replaced with `�`.
import { message, type Locale } from '../../l10n';
import type { ImportError } from '../../../../protocol';

/** The text of `bytes`, or the line of the first bytes that are not text in their encoding. */
export function decodeImportBytes(bytes: Uint8Array, locale: Locale): { text: string } | { error: ImportError } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  try {
    return { text: new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const id = utf16 ? 'import.not-utf16' : 'import.not-utf8';
    const line = utf16 ? 1 + utf16Lines(bytes, utf16 === 'utf-16le') : firstInvalidUtf8Line(bytes);
    return { error: { line, message: message(locale, id) } };
  }
}

/** The 1-based line of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return line;
    if (bytes[i] === 0x0a) line++;
    i += length;
  }
  return line;
}

/** How many bytes the valid UTF-8 sequence at `i` takes; 0 when none starts there. */
function sequenceLength(b: Uint8Array, i: number): number {
  const x = b[i];
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => b[i + k] !== undefined && b[i + k] >= lo && b[i + k] <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  // The second byte's range rules out overlong forms and surrogates (E0 A0–BF, ED 80–9F, F0 90–BF, F4 80–8F).
  if (x >= 0xe0 && x <= 0xef) return cont(1, x === 0xe0 ? 0xa0 : 0x80, x === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (x >= 0xf0 && x <= 0xf4) return cont(1, x === 0xf0 ? 0x90 : 0x80, x === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Line breaks before the first unpaired surrogate (or odd last byte) of UTF-16 text. */
function utf16Lines(bytes: Uint8Array, little: boolean): number {
  let lines = 0;
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const unit = little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (unit >= 0xdc00 && unit <= 0xdfff) return lines;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = little ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3];
      if (!(next >= 0xdc00 && next <= 0xdfff)) return lines;
      i += 2;
    }
    if (unit === 0x0a) lines++;
  }
  return lines;
}
