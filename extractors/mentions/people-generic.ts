/**
 * Person names recognised by shape inside English, Japanese or Chinese sentences: runs of two or
 * three capitalised Latin tokens that are not common or domain words, not group, company or
 * project names, and not written in lower case elsewhere in the same article ("Upstream
 * Training" is, "Jason Morgan" is not).
 */
import { findGroups } from './groups.ts';
import { canonicalCompany, canonicalProject, findCompanies, findProjects } from './orgs.ts';
import type { Mention } from './types.ts';
import { HONORIFIC, LETTER_CLASS, NAME_TOKEN, PARTICLE_WORDS, cleanName, isLatinFullName, isStopWord } from './people-names.ts';

// "Ilse de Vries", "Ludwig van der Berg": lower-case particles inside a name.
const RUN = new RegExp(
  `(?<![${LETTER_CLASS}0-9@#/._-])${NAME_TOKEN}(?:[ \\t]+(?:[A-Z]\\.[ \\t]+|(?:(?:${PARTICLE_WORDS.join('|')})[ \\t]+){1,2})?${NAME_TOKEN})*(?![${LETTER_CLASS}0-9_])`,
  'gu',
);
const PARTICLE_SET = new Set(PARTICLE_WORDS);
/** "Fatima Zahra El Idrissi", "María José De la Cruz": a four-word name holds a capitalised connector. */
const CAPITAL_CONNECTORS = new Set(['El', 'Al', 'Ben', 'Bin', 'Abu', 'Ibn', 'De', 'Del', 'Da', 'Dos', 'Das', 'Di', 'Van', 'Von', 'Le', 'La', 'Mac']);
const TITLE_AFTER = /^\s+(?:awards?|prizes?|medals?|programs?|programmes?|initiatives?|summits?|conferences?|meetups?|workshops?)\b/iu;
const LOWER_WORD = /(?<![A-Za-z])[a-z][a-z'’-]{2,}/g;
const POSSESSIVE = /['’]s$/;
const KANA = /[\u3040-\u30ff]/u;
const MOJIBAKE_NEXT = /[\u00a1-\u00bf\u00c2\u00c3\u0192\u2202-\u221e\u2260-\u2265]/u;

/** The start of a sentence, after a speaker label if there is one. */
const OPENING = /^(?:[^:：\n]{1,40}[:：])?\s*$/u;
const OPENERS = new Set(['Mostly', 'Mainly', 'Probably', 'Definitely', 'Certainly', 'Also', 'Then', 'Today', 'Currently', 'Recently', 'Both', 'Thanks', 'Ask', 'Meet', 'Welcome', 'Congratulations', 'Honestly', 'Personally', 'Obviously', 'Perhaps', 'Maybe']);

export interface GenericName {
  name: string;
  start: number;
  end: number;
  /** Followed by an honorific ("さん", "氏"): surer than shape alone. */
  honorific: boolean;
}

/** Lower-case words of an article's plain text, for telling common words from names. */
export function lowerWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(LOWER_WORD)) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

/** An extra check the caller can give: does this span name a company or project? */
export type NotAPerson = (text: string) => boolean;

export function findGenericNames(text: string, lower: Set<string>, notAPerson?: NotAPerson): GenericName[] {
  const out: GenericName[] = [];
  // "Inference Extension" in "Gateway API Inference Extension": a piece of a longer known name is no person.
  let orgs: Mention[] | undefined;
  const insideOrg = (start: number, end: number): boolean => {
    orgs ??= [...findProjects(text), ...findCompanies(text), ...findGroups(text)];
    return orgs.some((o) => start < o.end && o.start < end);
  };
  for (const m of text.matchAll(RUN)) {
    const tokens = m[0].split(/[ \t]+/);
    const offsets: number[] = [];
    let pos = m.index;
    for (const t of tokens) {
      const i = text.indexOf(t, pos);
      offsets.push(i);
      pos = i + t.length;
    }
    // Split the run at common or domain words; each piece may still hold a name.
    let piece: Array<{ start: number; end: number; token: string }> = [];
    const flush = (): void => {
      // "Mostly Mark Rossetti and me": a capitalised sentence opener before a name is no part of it.
      while (piece.length > 2 && piece[0] && OPENING.test(text.slice(0, piece[0].start)) && (lower.has(piece[0].token.toLowerCase()) || OPENERS.has(piece[0].token))) piece.shift();
      const first = piece[0];
      const last = piece[piece.length - 1];
      const words = piece.filter((p) => !PARTICLE_SET.has(p.token)).length;
      if (first && last && words >= 2 && (words <= 3 || (words === 4 && piece.some((p, i) => i > 0 && CAPITAL_CONNECTORS.has(p.token))))) {
        const candidate = cleanName(text.slice(first.start, last.end));
        // "Xing Yang（シン・ヤン）さん", "Franziska Vogel（@fvogel）さん": a reading or handle may sit before the honorific.
        const honorific = HONORIFIC.test(text.slice(last.end).replace(/^\s*[(（][^()（）\n]{1,30}[)）]\s*/u, ''));
        // "Imran Noor Mohamed (Delivery Hero)", "(Container Storage Interface)": parentheses hold organisations and expansions.
        // "ファブリツィオ・パンディーニ（Fabrizio Pandini）さん": the Latin form of a name in katakana is no expansion.
        const reading = /[\u30a0-\u30ff][(（]\s*$/u.test(text.slice(Math.max(0, first.start - 3), first.start)) && /^\s*[)）]\s*(?:さん|氏|様|先生)/u.test(text.slice(last.end));
        const parenthesised = !reading && /[(（]\s*$/u.test(text.slice(Math.max(0, first.start - 2), first.start));
        // "the Chop Wood and Carry Water award": a determiner before, or an award or event after, makes it a title.
        const titled = /\bthe\s+$/iu.test(text.slice(Math.max(0, first.start - 5), first.start)) || TITLE_AFTER.test(text.slice(last.end, last.end + 16));
        // "Frederico Mu√±oz" read as UTF-8 in Mac Roman: the name does not end at "Mu".
        const garbled = MOJIBAKE_NEXT.test(text.charAt(last.end));
        const common = piece.some((p) => !/^[A-Z]\.$/.test(p.token) && !PARTICLE_SET.has(p.token) && lower.has(p.token.toLowerCase()));
        // Japanese prose writes products and techniques in capitals too; a name there carries さん/氏.
        const japanese = KANA.test(text);
        if (
          !parenthesised &&
          !titled &&
          !garbled &&
          isLatinFullName(candidate) &&
          (honorific || reading || (!common && !japanese)) &&
          !isDomainName(candidate, notAPerson) &&
          !insideOrg(first.start, last.end)
        ) {
          out.push({ name: candidate, start: first.start, end: last.end, honorific });
        }
      }
      piece = [];
    };
    for (const [i, tok] of tokens.entries()) {
      const token = tok.replace(POSSESSIVE, '');
      const start = offsets[i] ?? 0;
      if (isStopWord(token)) {
        flush();
        continue;
      }
      piece.push({ start, end: start + token.length, token });
      if (token !== tok) flush();
    }
    flush();
  }
  return out;
}

/** A name the group, company or project lexicons know ("Google Kubernetes Engine", "SIG Node"). */
export function looksLikeOrganisation(candidate: string): boolean {
  return canonicalCompany(candidate) !== undefined || canonicalProject(candidate) !== undefined || findGroups(candidate).length > 0;
}

function isDomainName(candidate: string, notAPerson?: NotAPerson): boolean {
  return looksLikeOrganisation(candidate) || (notAPerson ? notAPerson(candidate) : false);
}
