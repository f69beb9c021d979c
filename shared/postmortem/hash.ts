/** 64-bit FNV-1a over the UTF-16 code units of a string, as 16 hex digits. Synchronous and pure. */
export function contentHash(text: string): string {
  // Two 32-bit halves emulate 64-bit multiplication by the FNV prime 0x100000001b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i += 1) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi:lo) * 0x1b3 + (lo << 40)
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    const newHi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    hi = newHi;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
