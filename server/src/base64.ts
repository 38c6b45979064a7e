// Base64 of bytes, for a binary export sent as JSON text (stenogram/export). Written out because
// the server has no Buffer in a browser Web Worker, and btoa wants a string of Latin-1 characters.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 base64 with `=` padding: `[0x4d, 0x61]` → `TWE=`. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i] << 16) | ((rest > 1 ? bytes[i + 1] : 0) << 8) | (rest > 2 ? bytes[i + 2] : 0);
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], rest > 1 ? ALPHABET[(n >> 6) & 63] : '=', rest > 2 ? ALPHABET[n & 63] : '=');
  }
  return out.join('');
}
