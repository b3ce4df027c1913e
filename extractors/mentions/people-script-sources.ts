/**
 * People written in Han or kana: a Han or katakana name beside its Latin form ("王磊（Wang Lei）",
 * "ルボミール・イワノフ（Lubomir Ivanov）さん"), Japanese names with a space before an honorific
 * ("伊藤 直樹さん"), and transliterations of a Latin name the article already has ("马雷克·西亚科维奇").
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { HAN_ORGANISATION } from '../../src/article/names.ts';
import { canonicalCompany, findCompanies, findProjects } from './orgs.ts';
import { looksLikeOrganisation } from './people-generic.ts';
import { CHINESE_SURNAMES, isLatinFullName } from './people-names.ts';
import type { PeopleRegistry, PersonRecord } from './people-registry.ts';
import { isForeignScript, matchAcrossScripts } from './people-scripts.ts';
import { TRANSLITERATION_START, scriptPairs } from './script-pairs.ts';
import { tableRows } from '../table-rows.ts';

/**
 * "田中 太郎（Taro Tanaka）", "山田 太郎": a Han name written with a space between family and given
 * name also goes unspaced, and the family name alone ("田中：") names the person too.
 */
export function aliasFamilyName(reg: PeopleRegistry, rec: PersonRecord, han: string): void {
  // "洛伦佐·比安奇": Chinese prose takes up a transliterated name by either part ("洛伦佐说", "奥孔科沃开场").
  const parts = han.split(/[·•]/u);
  if (parts.length > 1) for (const part of parts) if (part.length >= 2) reg.alias(rec, part);
  const [family, given] = han.split(/[ \u3000]/u);
  if (!family || !given) return;
  reg.alias(rec, family + given);
  reg.alias(rec, family);
}

const standsAlone = (text: string, part: string): boolean =>
  new RegExp(`(?<![\\u30a0-\\u30ff・･])${part}(?=さん|氏|は|が|も|と|に|の|：|:)`, 'u').test(text);

export function fromScriptPairs(article: ParsedArticle, reg: PeopleRegistry): void {
  const pairs = article.paragraphs.flatMap((p) => (/[\u3400-\u9fff\u30a1-\u30fa]/u.test(p.text) ? scriptPairs(p.text, p.cell !== undefined).map((pair) => ({ p, pair })) : []));
  // Another Han name of the article starting the same way ("王磊" beside "王思远"): the family name alone names neither.
  const sharedStart = (family: string, han: string): boolean => pairs.some(({ pair: x }) => x.han !== han && x.han.startsWith(family));
  for (const { p, pair } of pairs) {
    const rec = reg.add(pair.latin, { strong: true, offset: p.map[pair.start] ?? p.span.start, ...(pair.github ? { github: pair.github.toLowerCase() } : {}) });
    if (rec) {
      reg.alias(rec, pair.han);
      aliasFamilyName(reg, rec, pair.han);
      // "ラファエル・コスタ(Rafael Costa)氏" then "コスタ氏は", "とラファエルは言います": a part used on its own.
      for (const part of pair.han.split(/[・･]/u)) if (part !== pair.han && part.length >= 2 && standsAlone(article.text, part)) reg.alias(rec, part);
      // "大西拓海さん（Takumi Ohnishi）" then "大西さんは…", "王思远(Siyuan Wang)" then "王さんは…": the family name
      // (the name's start) with an honorific, when no other pair starts the same way.
      // "吉岡ひかり(Hikari Yoshioka)" then "ひかりは…": a given name in hiragana used on its own.
      const kanaGiven = /^[\u3400-\u9fff\u3005]{1,3}([\u3041-\u3096]{2,4})$/u.exec(pair.han)?.[1];
      if (kanaGiven && !/^(?:さん|さま|くん|ちゃん)$/u.test(kanaGiven) && new RegExp(`(?<![\\u3040-\\u309f])${kanaGiven}(?=さん|は|が|も|と|に|の|：|:)`, 'u').test(article.text)) reg.alias(rec, kanaGiven);
      if (/^[\u3400-\u9fff\u3005]{2,5}$/u.test(pair.han)) {
        const family = [2, 1].map((n) => pair.han.slice(0, n)).find((f) => f.length < pair.han.length && (article.text.includes(`${f}さん`) || article.text.includes(`${f}氏`)));
        if (family && !sharedStart(family, pair.han)) reg.alias(rec, family);
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

/** "- 中村 亮（さくらインターネット）：cloud-provider-kindのメンテナー": a profile line opening with a spaced Japanese name and its affiliation. */
const HAN_PROFILE_LINE = /^[ \t]*([\u3400-\u9fff\u3005]{1,3})[ \u3000]([\u3400-\u9fff\u3005]{1,3})[ \t]*[（(]([^（）()\n]{1,30})[）)][ \t]*(?:[：:、，,]|[ \t][-–—])/gmu;

export function fromHanProfileLines(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang !== 'ja') return;
  for (const p of article.paragraphs) {
    if (p.kind !== 'listItem' && !p.text.includes('\n')) continue;
    for (const m of p.text.matchAll(HAN_PROFILE_LINE)) {
      const [family, given, company] = [m[1] ?? '', m[2] ?? '', (m[3] ?? '').trim()];
      if (HAN_ORGANISATION.test(given) || canonicalCompany(family + given) !== undefined) continue;
      const name = `${family} ${given}`;
      const offset = p.map[m.index + m[0].indexOf(family)] ?? p.span.start;
      const handle = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})$/u.exec(company)?.[1];
      const known = reg.find(name) ?? reg.find(family + given);
      if (known && !handle) known.company ??= company;
      const rec = known ?? reg.add(name, { strong: true, offset, ...(handle ? { github: handle.toLowerCase() } : { company }) });
      if (rec) aliasFamilyName(reg, rec, name);
    }
  }
}

const FOREIGN_DOT_NAME = /[\u3400-\u9fff]{1,10}[·・][\u3400-\u9fff]{1,6}|[\u30a1-\u30fa\u30fc]{2,}[・･][\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})?/gu;

/** "马雷克·西亚科维奇", "マレク・シャルコビッチ": kept only when they transliterate a Latin name of the article. */
export function fromForeignNames(article: ParsedArticle, reg: PeopleRegistry): void {
  const latin = reg.records.filter((r) => !isForeignScript(r.name)).map((r) => r.name);
  if (latin.length === 0) return;
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(FOREIGN_DOT_NAME)) {
      const name = m[0].replace(TRANSLITERATION_START, '');
      const match = matchAcrossScripts(name, latin);
      const rec = match ? reg.find(match) : undefined;
      if (rec) {
        reg.alias(rec, name);
        rec.offsets.push(s.map[m.index + m[0].length - name.length] ?? s.span.start);
      }
    }
  }
}

/** A Han word shaped like a Chinese name: a common family name first, no organisation's ending, no company. */
function isChineseName(name: string): boolean {
  return CHINESE_SURNAMES.has(name.charAt(0)) && !HAN_ORGANISATION.test(name) && canonicalCompany(name) === undefined;
}

/** Headers of a column of people: "负责人", "姓名", "Name", "リード". */
const PERSON_COLUMN = /^(?:name|names|person|people|lead|leads|chair|chairs|maintainers?|姓名|名字|成员|人员|负责人|维护者|名前|氏名|担当者?|リード|メンテナー)$/iu;
const HAN_CELL = /^[\u4e00-\u9fff]{2,3}$/u;

/** "| Release Notes | 黄嘉怡 | @jiayih | 阿里云 |": a Chinese name alone in a cell under a column of people. */
export function fromTableCells(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang !== 'zh') return;
  for (const row of tableRows(article)) {
    for (const c of row.cells) {
      const name = c.text.trim();
      const header = row.header.find((h) => h.cell?.column === c.cell?.column)?.text.trim() ?? '';
      if (HAN_CELL.test(name) && PERSON_COLUMN.test(header) && isChineseName(name) && !reg.find(name)) reg.add(name, { offset: c.span.start });
    }
  }
}

/** "来自第四范式的工程师王磊介绍了…": a Han name between a job title and what the person does. */
const TITLED_HAN_NAME = /(?:工程师|研究员|架构师|开发者|专家|同学|老师|经理|总监|负责人|维护者|讲师|嘉宾|审批人|评审人|主席|成员|贡献者)([\u4e00-\u9fff]{2,3}?)(?=介绍|分享|表示|说|提到|认为|指出|讲解|演示|带来|也是|是|在|，|、|。|和|与|（|\()/gu;

export function fromTitledHanNames(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang !== 'zh') return;
  for (const p of article.paragraphs) {
    if (!/[\u4e00-\u9fff]/u.test(p.text)) continue;
    for (const m of p.text.matchAll(TITLED_HAN_NAME)) {
      const name = m[1] ?? '';
      if (!isChineseName(name)) continue;
      if (!reg.find(name)) reg.add(name, { offset: p.map[m.index + m[0].length - name.length] ?? p.span.start });
    }
  }
}

/** "GoogleのTim Allclairが", "NVIDIAのIvy Zhangが": a full Latin name right after a company and の, before a particle. */
// ("Google の Daniela Kowalczyk(ダニエラ・コヴァルチク)さん": a reading in brackets may come first.)
const LATIN_AFTER_COMPANY_JA = /^\s*の\s*(\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*(?:[(（][^()（）\n]{1,40}[)）]\s*)?(?:が|は|も|と|、|に|を|さん|氏))/u;
const HAN_AFTER_COMPANY_JA = /^の\s*([\u4e00-\u9fff\u3005]{2,4}?)(?=氏|さん)/u;
/** "字节跳动的陈雪是…": a Chinese name right after a company and 的. */
const HAN_AFTER_COMPANY_ZH = /^\s*的\s*(?:前?同事|老同事)?\s*([\u4e00-\u9fff]{2,3}?)(?=。|是|在|也|负责|担任|表示|介绍|则|还|曾|目前|现在|简单|聊|说|提到|分享|随后|接着|首先|最后|随即|又|，|、|和|与|（|\()/u;

export function fromCompanyPossessives(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang === 'en') return;
  for (const p of article.paragraphs) {
    if (!/[\u3040-\u30ff\u4e00-\u9fff]/u.test(p.text)) continue;
    for (const c of findCompanies(p.text)) {
      const after = p.text.slice(c.end);
      const latin = article.lang === 'ja' ? LATIN_AFTER_COMPANY_JA.exec(after) : null;
      // "サイバーエージェントの吉川翔太氏": a Han name with an honorific after a company and の.
      const hanJa = article.lang === 'ja' ? HAN_AFTER_COMPANY_JA.exec(after)?.[1] : undefined;
      if (hanJa && !reg.find(hanJa) && !HAN_ORGANISATION.test(hanJa) && canonicalCompany(hanJa) === undefined) {
        reg.add(hanJa, { offset: p.map[c.end + after.indexOf(hanJa)] ?? p.span.start });
        continue;
      }
      const name = latin?.[1] ?? HAN_AFTER_COMPANY_ZH.exec(after)?.[1];
      if (!name || reg.find(name)) continue;
      const offset = p.map[c.end + after.indexOf(name)] ?? p.span.start;
      if (latin && isLatinFullName(name) && !looksLikeOrganisation(name) && findProjects(name).length === 0) reg.add(name, { offset });
      else if (!latin && article.lang === 'zh' && isChineseName(name)) reg.add(name, { offset });
    }
  }
}

/** "张伟是其中之一。他在字节跳动工作": a Chinese name opening a sentence that the next one takes up with 他/她. */
const HAN_NAME_OPENING = /^([\u4e00-\u9fff]{2,3}?)(?=是|在|也|目前|现在|担任|从|于|曾|一直|已经)/u;

/** "浩然此前在阿里云工作" after "王浩然（Haoran Wang）": a given name opening a sentence, as its subject. */
// Any opening will do: the two characters must end the three-character name of someone the article introduced.
const GIVEN_NAME_OPENING = /^\s*([\u4e00-\u9fff]{2})/u;

/** The one person whose three-character Chinese name ends with `given` ("思远" of 陈思远). */
export function hanGivenNameOf(reg: PeopleRegistry, given: string): PersonRecord | undefined {
  const hanOf = (r: PersonRecord): string | undefined => [r.name, ...r.aliases].find((a) => /^[\u4e00-\u9fff]{3}$/u.test(a) && a.endsWith(given));
  const found = reg.records.filter((r) => hanOf(r) !== undefined);
  // "陈志强（Zhiqiang Chen）" and a label defined as "陈志强": one person seen twice, the Latin record first.
  if (new Set(found.map(hanOf)).size === 1) return found.find((r) => /^[A-Za-z]/u.test(r.name)) ?? found[0];
  return undefined;
}

export function fromGivenNameOpenings(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang !== 'zh') return;
  for (const s of article.sentences) {
    const given = GIVEN_NAME_OPENING.exec(s.text)?.[1];
    if (!given || reg.find(given)) continue;
    const owner = hanGivenNameOf(reg, given);
    if (owner) reg.alias(owner, given);
  }
}

export function fromPronounedHanNames(article: ParsedArticle, reg: PeopleRegistry): void {
  if (article.lang !== 'zh') return;
  article.sentences.forEach((s, i) => {
    const next = article.sentences[i + 1];
    if (!next || next.paragraph !== s.paragraph || !/^\s*(?:他|她)/u.test(next.text)) return;
    const name = HAN_NAME_OPENING.exec(s.text)?.[1];
    if (!name || !isChineseName(name) || reg.find(name)) return;
    reg.add(name, { offset: s.map[0] ?? s.span.start });
  });
}
