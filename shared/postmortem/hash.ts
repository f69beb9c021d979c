/** 64-bit FNV-1a over the UTF-16 code units of a string, as 16 hex digits. Synchronous and pure. */
export function contentHash(text: string): string {
  // The 64-bit state in four 16-bit limbs, least significant first, so every product stays a small integer.
  // The FNV prime 0x100000001b3 is 0x1b3 + 2^40: limb k times 0x1b3, plus limb k-2 shifted left by 8.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i += 1) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (limb: number): string => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
