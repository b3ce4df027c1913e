/** Small helpers for comparing how people are written: first names, initials, near-misses. */

const normalised = new Map<string, string>();
const MAX_CACHED = 10_000;

/** Comparable form of a name: no diacritics, lower case, separators as single spaces (memoised: labels repeat). */
export function normaliseName(s: string): string {
  const hit = normalised.get(s);
  if (hit !== undefined) return hit;
  const n = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s·・.\-_]+/g, ' ')
    .trim();
  if (normalised.size >= MAX_CACHED) normalised.clear();
  normalised.set(s, n);
  return n;
}

/** Words of a Latin-script name, hyphenated parts counted separately ("Olmsted-Thompson" → 2). */
function nameParts(name: string): string[] {
  return name.split(/[\s\-‐]+/).filter((w) => /^\p{Lu}/u.test(w));
}

/** "Jeremy Olmsted-Thompson" → "JOT"; "Chris Short" → "CS". */
export function initialsOf(name: string): string {
  return nameParts(name)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Initials over whitespace-separated words only ("Frederico Muñoz" → "FM"). */
export function wordInitialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Same person's first name allowing a typo ("Mathias" / "Matthias"), only for names long enough to be distinctive. */
export function sameFirstName(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5) return false;
  return boundedDistance(x, y, 1) <= 1;
}

/** A plausible personal name in Latin script: 1–4 capitalised words. */
// "Hyun-woo", "Seo-yeon": a hyphenated given name may go on in lower case.
export const LATIN_NAME = /^\p{Lu}[\p{L}'’]*(?:-\p{Ll}[\p{L}'’]*)?(?:[ -]\p{Lu}[\p{L}'’]*(?:-\p{Ll}[\p{L}'’]*)?){0,3}$/u;

/** A Chinese name in Han characters ("王磊", "张薇"). */
export const HAN_NAME = /^[\u3400-\u9fff\u3005]{2,4}$/u;
/** Han words that name an organisation rather than a person: "筑波大学", "阿里云", "华为公司". */
export const HAN_ORGANISATION = /(?:大学|学院|公司|集团|会社|研究所|研究院|科技|银行|实验室|研究室|云|社)$/u;
/** A romanised full name written beside a Han one ("Wang Lei", "Liu Yang"): two or three plain words. */
// "Min-jun Kang": a hyphenated given name may go on in lower case.
// "Trần Minh Khoa": Vietnamese letters (Latin Extended Additional) too.
// "Daniel O'Connell": a family name may keep an elided prefix.
const PLAIN_UPPER = 'A-Z\u00C0-\u00DE\u1E00-\u1EFF';
const PLAIN_LOWER = 'a-z\u00DF-\u00FF\u0100-\u017F\u1E00-\u1EFF';
const PLAIN_GIVEN = `[${PLAIN_UPPER}][${PLAIN_LOWER}]+(?:-[${PLAIN_LOWER}]+)?`;
const PLAIN_FAMILY = `[${PLAIN_UPPER}](?:['’][${PLAIN_UPPER}])?[${PLAIN_LOWER}]+(?:-[${PLAIN_LOWER}]+)?`;
export const LATIN_PLAIN_NAME = `${PLAIN_GIVEN}(?:[ -]${PLAIN_FAMILY}){1,2}`;
