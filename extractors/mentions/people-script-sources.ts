/**
 * People written in Han or kana: a Han or katakana name beside its Latin form ("王磊（Wang Lei）",
 * "ルボミール・イワノフ（Lubomir Ivanov）さん"), Japanese names with a space before an honorific
 * ("伊藤 直樹さん"), and transliterations of a Latin name the article already has ("马雷克·西亚科维奇").
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { HAN_ORGANISATION } from '../../src/article/names.ts';
import { canonicalCompany } from './orgs.ts';
import type { PeopleRegistry, PersonRecord } from './people-registry.ts';
import { isForeignScript, matchAcrossScripts } from './people-scripts.ts';
import { scriptPairs } from './script-pairs.ts';

/**
 * "田中 太郎（Taro Tanaka）", "山田 太郎": a Han name written with a space between family and given
 * name also goes unspaced, and the family name alone ("田中：") names the person too.
 */
export function aliasFamilyName(reg: PeopleRegistry, rec: PersonRecord, han: string): void {
  const [family, given] = han.split(/[ \u3000]/u);
  if (!family || !given) return;
  reg.alias(rec, family + given);
  reg.alias(rec, family);
}

export function fromScriptPairs(article: ParsedArticle, reg: PeopleRegistry): void {
  for (const p of article.paragraphs) {
    if (!/[\u3400-\u9fff\u30a1-\u30fa]/u.test(p.text)) continue;
    for (const pair of scriptPairs(p.text)) {
      const rec = reg.add(pair.latin, { strong: true, offset: p.map[pair.start] ?? p.span.start, ...(pair.github ? { github: pair.github.toLowerCase() } : {}) });
      if (rec) {
        reg.alias(rec, pair.han);
        aliasFamilyName(reg, rec, pair.han);
      }
    }
  }
}

/** "伊藤 直樹さん", "中村 美咲氏", "高橋 悠（Google）さん": a Japanese name written with a space, family name first, then an honorific. */
const HAN_SPACED_HONORIFIC = /(?<![\u3400-\u9fff\u3005])([\u3400-\u9fff\u3005]{1,3})[ \u3000]([\u3400-\u9fff\u3005]{1,3})(?=(?:[（(][^（）()\n]{1,30}[）)])?(?:さん|氏|先生))/gu;

export function fromHonorificNames(article: ParsedArticle, reg: PeopleRegistry): void {
  for (const p of article.paragraphs) {
    if (!/[\u3040-\u30ff]/u.test(p.text) || !/さん|氏|先生/u.test(p.text)) continue;
    for (const m of p.text.matchAll(HAN_SPACED_HONORIFIC)) {
      const [family, given] = [m[1] ?? '', m[2] ?? ''];
      if (HAN_ORGANISATION.test(given) || canonicalCompany(family + given) !== undefined) continue;
      const rec = reg.find(`${family} ${given}`) ?? reg.find(family + given) ?? reg.add(`${family} ${given}`, { offset: p.map[m.index] ?? p.span.start });
      if (rec) aliasFamilyName(reg, rec, `${family} ${given}`);
    }
  }
}

const FOREIGN_DOT_NAME = /[\u3400-\u9fff]{1,6}[·・][\u3400-\u9fff]{1,6}|[\u30a1-\u30fa\u30fc]{2,}[・･][\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})?/gu;

/** "马雷克·西亚科维奇", "マレク・シャルコビッチ": kept only when they transliterate a Latin name of the article. */
export function fromForeignNames(article: ParsedArticle, reg: PeopleRegistry): void {
  const latin = reg.records.filter((r) => !isForeignScript(r.name)).map((r) => r.name);
  if (latin.length === 0) return;
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(FOREIGN_DOT_NAME)) {
      const match = matchAcrossScripts(m[0], latin);
      const rec = match ? reg.find(match) : undefined;
      if (rec) {
        reg.alias(rec, m[0]);
        rec.offsets.push(s.map[m.index] ?? s.span.start);
      }
    }
  }
}
