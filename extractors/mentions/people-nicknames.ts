/**
 * Nicknames that shorten a first name from its end ("Seun" for Oluwaseun Adeyemi, "Segun" for Olusegun
 * Adebayo, "Tina" for Christina Berg): a capitalised word of the article that ends the longer first
 * name of exactly one person and names nobody else.
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { foldName, isLatinFullName } from './people-names.ts';
import type { PeopleRegistry } from './people-registry.ts';

const CAPITALISED_WORD = /(?<![\p{L}\p{N}@/_.-])(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}_-])/gu;

export function nicknamesFromEndings(article: ParsedArticle, reg: PeopleRegistry): void {
  const firsts = reg.records.filter((r) => isLatinFullName(r.name)).map((r) => ({ rec: r, first: foldName(r.name.split(' ')[0] ?? '') }));
  if (firsts.length === 0) return;
  const seen = new Set<string>();
  for (const m of article.text.matchAll(CAPITALISED_WORD)) {
    const word = m[1] ?? '';
    if (seen.has(word)) continue;
    seen.add(word);
    const k = foldName(word);
    const owners = firsts.filter((x) => x.first.length >= k.length + 2 && x.first.endsWith(k));
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (owner && !reg.find(word)) reg.alias(owner.rec, word);
  }
}
