import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decodePostmortemBytes } from '../../../../shared/postmortem/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

function decoded(bytes: Uint8Array): string {
  const r = decodePostmortemBytes('pm.txt', bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe('decodePostmortemBytes', () => {
  const sample = 'We’ll add “canary” checks — naïve 😀\nNext line';

  it('reads UTF-8 with and without a BOM identically', () => {
    expect(decoded(utf8(sample))).toBe(sample);
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]))).toBe(sample);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decoded(utf16(sample, true))).toBe(sample);
    expect(decoded(utf16(sample, false))).toBe(sample);
  });

  it('turns CRLF and CR into LF and no-break spaces into spaces, keeping typographic quotes', () => {
    expect(decoded(utf8('a\r\nb\rc\u00a0d\u202fe ‘x’'))).toBe('a\nb\nc d e ‘x’');
  });

  it('falls back to Windows-1252 for invalid UTF-8 and says so', () => {
    const r = decodePostmortemBytes('old.txt', new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0xe9]));
    expect(r.ok && r.text).toBe('“hi” é');
    expect(r.ok && r.warnings[0]).toMatch(/old\.txt.*Windows-1252/);
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty\.txt.*empty/],
    ['blank.md', utf8(' \n\t\n'), /blank\.md.*whitespace/],
    ['image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /image\.png.*PNG/],
    ['report.pdf', utf8('%PDF-1.7 ...'), /report\.pdf.*PDF/],
    ['blob.bin', new Uint8Array([0x41, 0x00, 0x42, 0x43]), /blob\.bin.*binary/],
    ['controls.txt', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /controls\.txt.*binary/],
  ])('refuses %s with a message naming the file and the reason', (name, bytes, message) => {
    const r = decodePostmortemBytes(name, bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(message);
  });

  it('refuses a file over 5 MB', () => {
    const r = decodePostmortemBytes('huge.md', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(!r.ok && r.reason).toMatch(/huge\.md.*5 MB/);
  });
});
