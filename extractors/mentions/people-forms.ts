/**
 * The surface forms a person is found by in a sentence: full names (also without diacritics),
 * aliases, first names, and family names or katakana given names before an honorific
 * ("Hockinさん", "ジェレミーさん"); compiled into one pattern, longest forms first.
 */
import { isForeignScript, katakanaGivenName } from './people-scripts.ts';
import { isLatinFullName } from './people-names.ts';
import type { PersonRecord } from './people-registry.ts';

const LATIN_L = '(?<![A-Za-zÀ-ÿĀ-ž0-9])';
const LATIN_R = '(?![A-Za-zÀ-ÿĀ-ž0-9])';
const LABEL_SHAPE = /^[A-Z]{1,4}$/;
const SPACED_HAN = /^[\u3400-\u9fff\u3005]{1,3} [\u3400-\u9fff\u3005]{1,3}$/u;

/** The given name of a four-character Japanese name ("美咲" of "田中美咲"), or the one after the space ("佐藤 美咲"). */
const HAN_GIVEN = /^[\u3400-\u9fff\u3005]{2}[ \u3000]?([\u3400-\u9fff\u3005]{2})$|^[\u3400-\u9fff\u3005]{1,3}[ \u3000]([\u3400-\u9fff\u3005]{1,3})$/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstToken = (name: string): string => name.split(' ')[0] ?? name;
const lastToken = (name: string): string => name.split(' ').pop() ?? name;

export interface SurfaceForms {
  /** Form → the people it may stand for. */
  forms: Map<string, PersonRecord[]>;
  /** Forms that name someone only before an honorific. */
  honorificForms: Map<string, PersonRecord[]>;
  knownRe: RegExp | undefined;
}

/**
 * `commonWord` tells a family name that is also an ordinary word in the article ("Long", "Bell")
 * from one that names only the person, which then works alone: "Eze, a principal engineer at…",
 * "says Figueroa".
 */
export function surfaceForms(records: readonly PersonRecord[], commonWord: (word: string) => boolean = () => true): SurfaceForms {
  const forms = new Map<string, PersonRecord[]>();
  const addForm = (form: string, rec: PersonRecord): void => {
    if (form.length < 2) return;
    const list = forms.get(form) ?? [];
    if (!list.includes(rec)) list.push(rec);
    forms.set(form, list);
  };
  const honorificForms = new Map<string, PersonRecord[]>();
  const kanaGiven = new Map<string, PersonRecord[]>();
  const hanFamily = new Map<string, PersonRecord[]>();
  for (const rec of records) {
    addForm(rec.name, rec);
    const folded = rec.name.normalize('NFKD').replace(/\p{M}/gu, '');
    if (folded !== rec.name) addForm(folded, rec);
    for (const a of rec.aliases) {
      if (!LABEL_SHAPE.test(a)) addForm(a, rec);
      // "王思远" later "王さん": a one-character family name, too short for a form of its own, works with an honorific.
      if (/^[\u3400-\u9fff]$/u.test(a)) hanFamily.set(a, [...(hanFamily.get(a) ?? []), rec]);
    }
    // "佐藤 美咲" also written with an ideographic space (U+3000) between the names.
    if (SPACED_HAN.test(rec.name)) addForm(rec.name.replace(' ', '\u3000'), rec);
    if (isLatinFullName(rec.name)) {
      addForm(firstToken(rec.name), rec);
      const last = lastToken(rec.name);
      honorificForms.set(last, [...(honorificForms.get(last) ?? []), rec]);
    }
    // "ジェレミー・オルムステッド（Jeremy Olmsted）さん", later "ジェレミーさん": the given name in katakana, with an honorific.
    for (const a of rec.aliases) {
      // "田中美咲（Misaki Tanaka）さん" or "佐藤 美咲さん", later "美咲さん": a Japanese given name, with an honorific.
      const han = HAN_GIVEN.exec(a);
      const given = katakanaGivenName(a, rec.name) ?? han?.[1] ?? han?.[2];
      if (given) kanaGiven.set(given, [...(kanaGiven.get(given) ?? []), rec]);
    }
  }
  // A family name alone, when it is one person's and nobody's given name.
  const latinNames = records.filter((r) => isLatinFullName(r.name)).map((r) => r.name);
  const givenNames = new Set(latinNames.map(firstToken));
  const familyCount = new Map<string, number>();
  for (const n of latinNames) familyCount.set(lastToken(n), (familyCount.get(lastToken(n)) ?? 0) + 1);
  for (const rec of records) {
    if (!isLatinFullName(rec.name)) continue;
    const last = lastToken(rec.name);
    if (last.length >= 3 && familyCount.get(last) === 1 && !givenNames.has(last) && !forms.has(last) && !commonWord(last)) addForm(last, rec);
  }
  for (const [given, recs] of kanaGiven) honorificForms.set(given, [...(honorificForms.get(given) ?? []), ...recs]);
  const sorted = [...forms.keys()].sort((a, b) => b.length - a.length);
  // One boundary test around each group rather than around every name: the engine would
  // otherwise evaluate both lookarounds once per name at every position of every sentence.
  // Foreign-script forms go first: one that starts with Latin letters is longer than the Latin
  // form it begins with, and longest-first is the rule.
  const foreign = sorted.filter(isForeignScript).map(escape);
  const latin = sorted.filter((f) => !isForeignScript(f)).map(escape);
  const lasts = [...honorificForms.keys()].map(escape);
  const groups = [
    foreign.length > 0 ? `(?:${foreign.join('|')})` : '',
    latin.length > 0 ? `${LATIN_L}(?:${latin.join('|')})${LATIN_R}` : '',
    lasts.length > 0 ? `${LATIN_L}(?<![\\u30a1-\\u30fa\\u30fc・])(?:${lasts.join('|')})(?=\\s*(?:さん|氏|先生|様))` : '',
    hanFamily.size > 0 ? `(?<![\\u3400-\\u9fff\\u3005])(?:${[...hanFamily.keys()].join('|')})(?=(?:さん|氏|先生|様))` : '',
  ].filter(Boolean);
  for (const [family, recs] of hanFamily) honorificForms.set(family, [...(honorificForms.get(family) ?? []), ...recs]);
  const knownRe = groups.length > 0 ? new RegExp(groups.join('|'), 'gu') : undefined;
  return { forms, honorificForms, knownRe };
}
