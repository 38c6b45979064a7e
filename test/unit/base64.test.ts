// base64 (server/src/base64.ts): what stenogram/export sends a binary file (docx) as, written out
// because a browser Web Worker has no Buffer. It must agree with Node's Buffer byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base64 } from '../../server/src/base64';

test('RFC 4648 examples: padding after one and two bytes, none after three', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  assert.deepEqual(
    ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => base64(ascii(s))),
    ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'],
  );
});

test('every byte value, and the last two letters of the alphabet (+ and /)', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.equal(base64(all), Buffer.from(all).toString('base64'));
  assert.equal(base64(Uint8Array.of(0xfb, 0xff, 0xbf)), '+/+/');
});

test('the same as Buffer for every length up to 64 of a zip file’s bytes', () => {
  // The start of a .docx (a zip): "PK\x03\x04" and binary after it.
  const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i < 4 ? [0x50, 0x4b, 3, 4][i] : (i * 151 + 7) % 256));
  for (let n = 0; n <= bytes.length; n++) assert.equal(base64(bytes.subarray(0, n)), Buffer.from(bytes.subarray(0, n)).toString('base64'), `${n} bytes`);
});
