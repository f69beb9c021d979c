/**
 * Bytes -> canonical text. Handles UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * Windows-1252 as a fallback, normalises line ends to `\n` and no-break spaces to spaces
 * (one code unit for one, so nothing shifts), and refuses what is not a readable text file.
 */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/** The part of the WHATWG TextDecoder this module uses; shared/ has no DOM lib to declare it. */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type Utf8DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;

let utf8Decoder: Utf8Decoder | null | undefined;

/** One decoder for every call: decoding with `fatal` keeps no state between calls. */
function strictUtf8Decoder(): Utf8Decoder | null {
  if (utf8Decoder === undefined) {
    const ctor = (globalThis as unknown as { TextDecoder?: Utf8DecoderConstructor }).TextDecoder;
    utf8Decoder = ctor ? new ctor('utf-8', { fatal: true, ignoreBOM: true }) : null;
  }
  return utf8Decoder;
}

/** Signatures of common binary formats people may drop by mistake. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    chunk.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Pure-TS UTF-8 decoding for hosts without TextDecoder; returns null on invalid input. */
function decodeUtf8Fallback(bytes: Uint8Array): string | null {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b0 = bytes[i] ?? 0;
    let cp: number;
    let size: number;
    if (b0 < 0x80) [cp, size] = [b0, 1];
    else if (b0 >= 0xc2 && b0 < 0xe0) [cp, size] = [b0 & 0x1f, 2];
    else if (b0 >= 0xe0 && b0 < 0xf0) [cp, size] = [b0 & 0x0f, 3];
    else if (b0 >= 0xf0 && b0 < 0xf5) [cp, size] = [b0 & 0x07, 4];
    else return null;
    for (let k = 1; k < size; k += 1) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    i += size;
    if (units.length > 8000) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  const decoder = strictUtf8Decoder();
  if (!decoder) return decodeUtf8Fallback(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;
/** Everything normaliseText replaces or removes. */
const NOT_NORMAL = /[\r\u00a0\u2007\u202f\u2000-\u200a\u3000\u200b\u2060\ufeff]/;
/** What either CONTROL_CHARACTER or NOT_NORMAL finds: most files have none, and one scan settles both. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL_OR_NOT_NORMAL = /[\x00-\x08\x0b\x0e-\x1f\ufffd\r\u00a0\u2007\u202f\u2000-\u200a\u3000\u200b\u2060\ufeff]/;

/** Share of characters that never occur in text files (controls other than tab, newlines, form feed). */
function controlCharacterShare(text: string): number {
  const sample = text.slice(0, 16384);
  // One native scan settles the usual case, a text without any.
  if (sample.length === 0 || !CONTROL_CHARACTER.test(sample)) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) controls += 1;
  }
  return controls / sample.length;
}

/**
 * Line ends become `\n`; no-break and other fixed-width spaces become plain spaces, so offsets into
 * the result are the offsets the user sees. Typographic quotes are kept: matching folds them.
 */
export function normaliseText(raw: string): string {
  // Most files have none of these: one scan instead of three replacing passes.
  if (!NOT_NORMAL.test(raw)) return raw;
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '');
}

export function decodePostmortemBytes(fileName: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: `${fileName}: the file is empty.` };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, reason: `${fileName}: the file is ${mb} MB, over the 5 MB limit for a postmortem.` };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { ok: false, reason: `${fileName}: this is ${signature.name}, not a text postmortem.` };

  const warnings: string[] = [];
  let raw: string | null;
  if (startsWith(bytes, [0xff, 0xfe])) raw = decodeUtf16(bytes, true);
  else if (startsWith(bytes, [0xfe, 0xff])) raw = decodeUtf16(bytes, false);
  else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) return { ok: false, reason: `${fileName}: the file looks binary (it contains NUL bytes).` };
    raw = decodeUtf8(body);
    if (raw === null) {
      raw = decodeWindows1252(body);
      warnings.push(`${fileName}: not valid UTF-8; read as Windows-1252.`);
    }
  }
  const plain = !CONTROL_OR_NOT_NORMAL.test(raw);
  if (!plain && controlCharacterShare(raw) > 0.05) {
    return { ok: false, reason: `${fileName}: the file looks binary (too many control characters).` };
  }
  const text = plain ? raw : normaliseText(raw);
  if (text.trim().length === 0) return { ok: false, reason: `${fileName}: the file contains only whitespace.` };
  return { ok: true, text, warnings };
}
