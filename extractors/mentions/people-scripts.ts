/**
 * Names written in another script: a Chinese transliteration ("马雷克·西亚科维奇") or a katakana
 * one ("マレク・シャルコビッチ") compared with the Latin names of the same article. Both sides are
 * reduced to a consonant skeleton (vowels dropped, similar sounds folded into one class) and
 * compared part by part with an edit distance; pinyin of a plain Chinese name is also compared
 * letter for letter ("梁远鹏" ↔ "Liang Yuanpeng").
 */
import { pinyin } from 'pinyin-pro';
import { toRomaji } from 'wanakana';
import { foldName } from './people-names.ts';

const HAN = /[\u3400-\u9fff]/u;
const KANA = /[\u30a0-\u30ff]/u;
const PART_SEPARATOR = /[·・･．•\s/]+/u;

/** Sound classes: letters in one class are interchangeable between transliterations. */
function skeleton(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/(?:tch|tsch|sch|sz|cz|ch|sh|zh|ts|tz|dz|dj)/g, 'S')
    .replace(/c(?=[eiy])/g, 'S')
    .replace(/ng\b/g, 'N')
    .replace(/ph/g, 'F')
    .replace(/([a-z])\1+/g, '$1');
  let out = '';
  for (const ch of w) {
    const cls =
      ch === 'S' || 's z x j q'.includes(ch) ? 'S'
      : 'b p'.includes(ch) ? 'P'
      : 'v w f F'.includes(ch) ? 'W'
      : 'd t'.includes(ch) ? 'T'
      : 'g k c'.includes(ch) ? 'K'
      : 'l r'.includes(ch) ? 'R'
      : ch === 'm' ? 'M'
      : ch === 'n' || ch === 'N' ? 'N'
      : '';
    if (cls && !out.endsWith(cls)) out += cls;
  }
  return out;
}

/** Similar classes cost half: Japanese writes v/w as b ("ビッチ" for "wicz"). */
function subCost(a: string, b: string): number {
  if (a === b) return 0;
  const pair = a < b ? a + b : b + a;
  return pair === 'PW' || pair === 'ST' ? 0.5 : 1;
}

function weightedDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + subCost(a[i - 1] ?? '', b[j - 1] ?? '')));
    }
    prev = cur;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

const romanized = new Map<string, string[] | undefined>();

/** Romanised parts of a foreign-script name: pinyin for Han, romaji for katakana (memoised: names repeat). */
export function romanizedParts(name: string): string[] | undefined {
  if (romanized.has(name)) return romanized.get(name);
  const parts = romanize(name);
  if (romanized.size > 5000) romanized.clear();
  romanized.set(name, parts);
  return parts;
}

function romanize(name: string): string[] | undefined {
  if (HAN.test(name)) {
    return name
      .split(PART_SEPARATOR)
      .filter((p) => p.length > 0)
      .map((p) => pinyin(p, { toneType: 'none', type: 'array' }).join(''));
  }
  if (KANA.test(name)) {
    return name
      .split(PART_SEPARATOR)
      .filter((p) => p.length > 0)
      .map((p) => toRomaji(p).replace(/[^a-z]/g, ''));
  }
  return undefined;
}

/** True when the name is written (mostly) in Han or katakana. */
export function isForeignScript(name: string): boolean {
  return HAN.test(name) || KANA.test(name);
}

/**
 * How far a foreign-script name is from a Latin name, 0 (same) to 1; undefined when they
 * cannot be compared (different number of parts, nothing to compare).
 */
export function crossScriptDistance(foreign: string, latin: string): number | undefined {
  const parts = romanizedParts(foreign);
  if (!parts || parts.length === 0) return undefined;
  const tokens = foldName(latin).split(' ').filter((t) => t.length > 0);
  if (tokens.length < 2) return undefined;
  const hasDot = PART_SEPARATOR.test(foreign.trim());
  if (!hasDot) {
    // A plain Chinese name: pinyin equals the Latin spelling in either order.
    const py = parts.join('');
    const fwd = tokens.join('');
    const rev = [...tokens.slice(1), tokens[0]].join('');
    return py === fwd || py === rev ? 0 : undefined;
  }
  if (parts.length !== tokens.length) return undefined;
  let total = 0;
  let length = 0;
  for (const [i, part] of parts.entries()) {
    const a = skeleton(part);
    const b = skeleton(tokens[i] ?? '');
    if (a.length === 0 || b.length === 0) return undefined;
    // The first sound of every part must agree.
    if (subCost(a.charAt(0), b.charAt(0)) >= 1) return undefined;
    const d = weightedDistance(a, b);
    if (d / Math.max(a.length, b.length) > 0.5) return undefined;
    total += d;
    length += Math.max(a.length, b.length);
  }
  return length === 0 ? undefined : total / length;
}

/** "CXW" for 陈晓雯: the first letter of each character's pinyin. */
function hanInitials(han: string): string {
  return pinyin(han, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toUpperCase();
}

/** The people whose Han name (or alias) has each set of pinyin initials. */
export function hanInitialsIndex<R extends { name: string; aliases: Iterable<string> }>(records: readonly R[]): Map<string, Set<R>> {
  const out = new Map<string, Set<R>>();
  for (const r of records) {
    for (const a of [r.name, ...r.aliases]) {
      if (!/^[\u4e00-\u9fff]{2,4}$/u.test(a)) continue;
      const key = hanInitials(a);
      out.set(key, (out.get(key) ?? new Set()).add(r));
    }
  }
  return out;
}

/** The Latin name that a foreign-script name transliterates, when exactly one fits well. */
export function matchAcrossScripts(foreign: string, latinNames: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  let second = Infinity;
  for (const latin of latinNames) {
    const d = crossScriptDistance(foreign, latin);
    if (d === undefined) continue;
    if (d < bestScore) {
      second = bestScore;
      bestScore = d;
      best = latin;
    } else if (d < second) second = d;
  }
  if (best === undefined || bestScore > 0.3) return undefined;
  return second - bestScore < 0.1 && second !== Infinity ? undefined : best;
}

const KATAKANA_PARTS = /^([\u30a1-\u30fa\u30fc]{2,})(?:[・･][\u30a1-\u30fa\u30fc]{2,})*[・･]([\u30a1-\u30fa\u30fc]{2,})$/u;

/** How unlike a Latin token a katakana part sounds, 0 (same) to 1. */
function partDistance(kana: string, token: string): number {
  const a = skeleton(toRomaji(kana).replace(/[^a-z]/g, ''));
  const b = skeleton(token);
  return a.length === 0 || b.length === 0 ? 1 : weightedDistance(a, b) / Math.max(a.length, b.length);
}

/**
 * The given name of a katakana full name: its first part ("ジェレミー" of "ジェレミー・オルムステッド"),
 * or its last where the name is written family name first and that part sounds like the Latin
 * given name ("ジャーイー" of "ウー・ジャーイー" for Jiayi Wu).
 */
export function katakanaGivenName(kana: string, latin: string): string | undefined {
  const m = KATAKANA_PARTS.exec(kana);
  const first = m?.[1];
  const last = m?.[2];
  if (first === undefined || last === undefined) return undefined;
  const given = foldName(latin).split(' ')[0];
  if (given === undefined || isForeignScript(latin) || !/\s/u.test(latin)) return first;
  return partDistance(last, given) < partDistance(first, given) ? last : first;
}
