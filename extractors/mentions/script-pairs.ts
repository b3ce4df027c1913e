/**
 * A person's name written in Han characters with its Latin form beside it, in either order:
 * "王磊（Wang Lei）", "王磊（Wang Lei，@wlei）", "田中 太郎（Taro Tanaka）", "Paco Xu（徐俊杰）", and a
 * katakana transliteration before its Latin form with an honorific after ("ルボミール・イワノフ（Lubomir Ivanov）さん").
 */
import { HAN_ORGANISATION, LATIN_PLAIN_NAME } from '../../src/article/names.ts';
import { canonicalCompany, canonicalProject } from './orgs.ts';
import { looksLikeOrganisation } from './people-generic.ts';
import { CHINESE_SURNAMES, isCjkName, isKatakanaName, isLatinFullName } from './people-names.ts';

// A handle or an employer may follow the Latin name inside the brackets: "王磊（Wang Lei，@wlei）",
// "王明（Wang Ming，GitHub：@wming）", "张磊（Zhang Lei，阿里云）", "藤井 真理子（Mariko Fujii、@mfujii、富士通）";
// a katakana reading may come first: "王 思远（ワン・スーユエン / Wang Siyuan）".
const HAN_THEN_LATIN = new RegExp(`([\\u3400-\\u9fff]{1,6}[·•][\\u3400-\\u9fff]{1,8}|[\\u3400-\\u9fff\\u3005]{2,5}|[\\u3400-\\u9fff\\u3005]{1,3}[ \\u3000][\\u3400-\\u9fff\\u3005]{1,3})(?:さん|氏)?\\s*[（(]\\s*(?:[\\u30a1-\\u30fa\\u30fc]{2,}(?:[・･][\\u30a1-\\u30fa\\u30fc]{2,})*\\s*[/／、,，]\\s*)?(${LATIN_PLAIN_NAME})\\s*(?:[,，、;；/／]\\s*(?:(?:GitHub\\s*[:：]\\s*)?@[A-Za-z0-9][A-Za-z0-9-]{0,38}|[^()（）,，、;；/／@]{1,30}?)\\s*){0,2}[）)]`, 'gu');
/** What may run into a transliterated name before it: a particle, a title ("联合主席阿达泽·奥孔科沃"). */
/** Particles that run into a Han name written without a space before it ("来自微软的林娜"). */
const PARTICLES = '的是与及由在了从对为被把向跟让请';
export const TRANSLITERATION_START = new RegExp(`^.*(?:[${PARTICLES}和、]|主席|负责人|维护者|工程师|成员|嘉宾|讲者|作者|译者|专家|经理|总监|主持人|研究员|架构师|开发者|贡献者|大使)`, 'u');
const TITLE_BEFORE_NAME = /^.*(?:主席|负责人|维护者|工程师|成员|嘉宾|讲者|作者|译者|专家|经理|总监|主持人|研究员|架构师|开发者|贡献者|大使)/u;
const LEADING_PARTICLES = new RegExp(`^[${PARTICLES}]+`, 'u');
const HANDLE = /@([A-Za-z0-9][A-Za-z0-9-]{0,38})/u;
// Katakana also writes terms ("コンテナ・ランタイム（Container Runtime）"): only a person takes さん or 氏.
// "ジェレミー・オルムステッド（Jeremy Olmsted、Google）さん": an employer may follow here too.
// Without an honorific, a handle in the brackets or a topic particle after them marks a person:
// "ラヴィ・チャンドラセカラン(Ravi Chandrasekaran、@ravi-chandra)は" (checked in scriptPairs).
const KATAKANA_LATIN = `([\\u30a1-\\u30fa\\u30fc]{2,}(?:[・･＝=][\\u30a1-\\u30fa\\u30fc]{2,}){1,2})\\s*[（(]\\s*(${LATIN_PLAIN_NAME})\\s*(?:[,，、;；]\\s*[^()（）,，、;；]{1,30}?\\s*)?[）)]`;
const KATAKANA_THEN_LATIN = new RegExp(`${KATAKANA_LATIN}\\s*(さん|氏|様|先生|(?=は|が|も|です|でした|\\s*[：:]))`, 'gu');
/** "| チェア | ダニエル・ムワンギ（Daniel Mwangi） | …": a table cell holding the pair and nothing else. */
const KATAKANA_LATIN_CELL = new RegExp(`^\\s*${KATAKANA_LATIN}\\s*$`, 'u');
// "Henrik Lindqvist（ヘンリク・リンドクヴィスト、@hlindq）は": a Latin name glossed by its transliteration.
const LATIN_THEN_KATAKANA = new RegExp(`(${LATIN_PLAIN_NAME})\\s*[（(]\\s*([\\u30a1-\\u30fa\\u30fc]{2,}[・･][\\u30a1-\\u30fa\\u30fc]{2,})\\s*(?:[,，、;；]\\s*[^()（）]{1,40}?\\s*)?[）)]`, 'gu');
// "黒田あゆみ（Ayumi Kuroda）さん": a family name in kanji and a given name in hiragana.
const KANA_GIVEN_THEN_LATIN = new RegExp(`(?<![\\u3400-\\u9fff\\u3005])([\\u3400-\\u9fff\\u3005]{1,3}(?!(?:さん|さま|くん|ちゃん|たち|など)(?![\\u3041-\\u3096]))[\\u3041-\\u3096]{2,4})\\s*[（(]\\s*(${LATIN_PLAIN_NAME})\\s*(?:[,，、;；]\\s*[^()（）,，、;；]{1,30}?\\s*)?[）)]\\s*(さん|氏|様|先生|(?=は|が|も|です|でした|\\s*[：:]))`, 'gu');
// "Zhou Mingyuan（周明远、@zmingyuan）": a handle may follow.
const LATIN_THEN_HAN = new RegExp(`(${LATIN_PLAIN_NAME})\\s*[（(]\\s*([\\u3400-\\u9fff]{2,4})\\s*(?:[,，、;；]\\s*[^()（）]{1,40}?\\s*)?[）)]`, 'gu');

const githubOf = (text: string): { github?: string } => {
  const handle = HANDLE.exec(text)?.[1];
  return handle ? { github: handle } : {};
};

/** Without an honorific the pair is a person only when the brackets hold a handle or the name is no known term. */
function personWithoutHonorific(m: RegExpMatchArray, latin: string): boolean {
  if (m[3]) return true;
  return HANDLE.test(m[0]) || (canonicalProject(latin) === undefined && canonicalCompany(latin) === undefined);
}

/** The two spellings, the handle when given, and where the pair sits in the text. */
export interface ScriptPair {
  latin: string;
  han: string;
  github?: string;
  start: number;
  end: number;
}

/** The pairs of a text, in order: names that look like organisations or companies are left out. */
export function scriptPairs(text: string, inCell = false): ScriptPair[] {
  const out: ScriptPair[] = [];
  const keep = (latin: string, han: string, start: number, end: number, github?: string): void => {
    if (isLatinFullName(latin) && isCjkName(han) && !HAN_ORGANISATION.test(han) && canonicalCompany(han) === undefined && canonicalCompany(latin) === undefined && !looksLikeOrganisation(latin)) out.push({ latin, han, start, end, ...(github ? { github } : {}) });
  };
  for (const m of text.matchAll(HAN_THEN_LATIN)) {
    // Chinese runs on without spaces: "贡献者张伟（Zhang Wei）" names 张伟, one character per pinyin syllable.
    let han = m[1] ?? '';
    const latin = m[2] ?? '';
    const syllables = latin.toLowerCase().match(/[aeiouü]+/gu)?.length ?? 0;
    // "在谷歌…工作的阿达泽·奥孔科沃（Adaeze Okonkwo）": a transliteration starts after the last particle.
    // "技术负责人马特乌什·科瓦尔（Mateusz Kowal）": the run of Han may start before the match's window.
    let from = m.index;
    while (from > 0 && /[\u3400-\u9fff]/u.test(text.charAt(from - 1))) from--;
    if (/[·•]/u.test(han)) {
      const run = text.slice(from, m.index + han.length);
      const stripped = run.replace(TRANSLITERATION_START, '');
      han = stripped.length < han.length ? stripped : han.replace(TRANSLITERATION_START, '');
    } else {
      // "子项目负责人普丽娅（Priya Raghunathan）": a title runs into the name; the name starts after it.
      const untitled = text.slice(from, m.index + han.length).replace(TITLE_BEFORE_NAME, '');
      if (untitled.length >= 2 && untitled.length < han.length) han = untitled;
      else if (!/\s/u.test(han) && syllables >= 2 && syllables < han.length) {
        han = han.slice(-syllables);
        // "陈晓雯（Ruby Chen）": an English given name has fewer syllables than its Chinese one.
        const before = (m[1] ?? '').charAt((m[1] ?? '').length - han.length - 1);
        if (!CHINESE_SURNAMES.has(han.charAt(0)) && CHINESE_SURNAMES.has(before) && han.length < 4) han = before + han;
      }
    }
    // A Latin given name that is not pinyin ("Nina Lin" for 林娜) miscounts: "来自微软的林娜" is not "的林娜".
    const particle = LEADING_PARTICLES.exec(han)?.[0] ?? '';
    if (han.length - particle.length >= 2) han = han.slice(particle.length);
    const start = m.index + (m[1] ?? '').length - han.length;
    // "结构化鉴权配置（Structured Authorization Configuration）": a cut from a longer run of Han, glossed by
    // far more syllables than it has characters, is a term unless it starts with a family name.
    if (han === m[1] && syllables > 2 * han.length && /[\u3400-\u9fff]/u.test(text.charAt(start - 1)) && !/[·•\s]/u.test(han) && !CHINESE_SURNAMES.has(han.charAt(0))) continue;
    keep(latin, han, start, m.index + m[0].length, HANDLE.exec(m[0].slice((m[1] ?? '').length))?.[1]);
  }
  for (const m of text.matchAll(LATIN_THEN_HAN)) keep(m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length, githubOf(m[0]).github);
  const cell = inCell ? KATAKANA_LATIN_CELL.exec(text) : null;
  for (const m of cell ? [cell] : text.matchAll(KATAKANA_THEN_LATIN)) {
    const [kana, latin] = [m[1] ?? '', m[2] ?? ''];
    const end = m.index + m[0].replace(/\s*(?:さん|氏|様|先生)$/u, '').length;
    if (isLatinFullName(latin) && isKatakanaName(kana) && !looksLikeOrganisation(latin) && personWithoutHonorific(m, latin)) out.push({ latin, han: kana, start: m.index, end, ...githubOf(m[0]) });
  }
  for (const m of text.matchAll(LATIN_THEN_KATAKANA)) {
    const [latin, kana] = [m[1] ?? '', m[2] ?? ''];
    if (isLatinFullName(latin) && isKatakanaName(kana) && !looksLikeOrganisation(latin) && canonicalCompany(latin) === undefined) {
      out.push({ latin, han: kana, start: m.index, end: m.index + m[0].length, ...githubOf(m[0]) });
    }
  }
  for (const m of text.matchAll(KANA_GIVEN_THEN_LATIN)) {
    const [name, latin] = [m[1] ?? '', m[2] ?? ''];
    const end = m.index + m[0].replace(/\s*(?:さん|氏|様|先生)$/u, '').length;
    if (isLatinFullName(latin) && !looksLikeOrganisation(latin) && !HAN_ORGANISATION.test(name) && personWithoutHonorific(m, latin)) out.push({ latin, han: name, start: m.index, end, ...githubOf(m[0]) });
  }
  return out.sort((a, b) => a.start - b.start);
}
