/**
 * The comparison key of a name, as ../shared/spec/extraction.md defines it for scoring:
 * Unicode NFKC, case folding, removal of diacritics, and white space and the separators
 * `·・.-_` dropped, so "Metrics Server", "metrics-server" and "METRICS_SERVER" share one key,
 * as do "本杰明·王" and "本杰明王". The graph loader uses the same key to merge entities.
 */

// Only the combining marks that are diacritics of alphabetic scripts: a blanket \p{M} would
// also strip the Japanese (han)dakuten that NFD splits off ("グーグル" is not "クークル").
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;

// Letters with a stroke are not decomposed by Unicode, but a stroke is a diacritic all the same.
const STROKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h' };

// NFKC has already mapped the full-width and half-width forms (．－＿･) onto these.
const SEPARATORS = /[\s·・.\-_]+/gu;

export function normalizeKey(name: string): string {
  return (
    name
      .normalize('NFKC')
      // Upper then lower approximates full case folding: "ß" → "SS" → "ss", "ς" → "Σ" → "σ".
      .toUpperCase()
      .toLowerCase()
      .normalize('NFD')
      .replace(DIACRITICS, '')
      .replace(/[łøđħ]/gu, (c) => STROKED[c] ?? c)
      .normalize('NFC')
      .replace(SEPARATORS, '')
  );
}
