/**
 * Repairs text whose UTF-8 bytes were decoded with a single-byte code page: "Mu√±oz" (Mac Roman)
 * and "MuÃ±oz" (Latin-1 / Windows-1252) both become "Muñoz". Only runs of non-ASCII characters
 * that re-encode to valid UTF-8 are touched, so correct text (including CJK) is left as it is.
 */

/** Mac Roman bytes 0x80–0xFF. */
const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Windows-1252 bytes 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1). Undefined bytes map to the C1 control. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function table(chars: string, from: number): Map<string, number> {
  const m = new Map<string, number>();
  [...chars].forEach((c, i) => m.set(c, from + i));
  return m;
}

const MAC_TABLE = table(MAC_ROMAN, 0x80);
const CP1252_TABLE = (() => {
  const m = table(CP1252_HIGH, 0x80);
  for (let b = 0xa0; b <= 0xff; b++) m.set(String.fromCharCode(b), b);
  return m;
})();

const decoder = new TextDecoder('utf-8', { fatal: true });
const PLAUSIBLE = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]+$/u;
const NON_ASCII_RUN = /[^\x00-\x7f]{2,}/g;

function reencode(run: string, codes: Map<string, number>): string | null {
  const bytes: number[] = [];
  for (const c of run) {
    const b = codes.get(c);
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    const out = decoder.decode(new Uint8Array(bytes));
    // A wrong code page often still yields valid UTF-8, but of combining marks or controls.
    return out.length < run.length && PLAUSIBLE.test(out) ? out : null;
  } catch {
    return null;
  }
}

export function repairMojibake(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  return s.replace(NON_ASCII_RUN, (run) => reencode(run, MAC_TABLE) ?? reencode(run, CP1252_TABLE) ?? run);
}
