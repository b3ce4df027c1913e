/**
 * Where an article names its people: front matter and bylines, profile links, label definitions
 * ("Divya Mohan（下称 DM）"), lists with handles ("本杰明·王 (@ahtr)，VMware"), self-introductions
 * ("I'm Kaslin Fields", "Matthias Bertschyと申します"), speaker labels and headings of profile
 * sections. Each source feeds the registry; nothing here guesses from capitalisation alone.
 */
import type { Byline, Link, ParsedArticle, PersonRef } from '../../src/article/types.ts';
import { repairMojibake } from '../../src/article/mojibake.ts';
import { CHINESE_SURNAMES, cleanName, editDistance, foldName, isCjkName, isLatinFullName, isNameToken, isPlausibleFullName } from './people-names.ts';
import { scriptPairs } from './script-pairs.ts';
import { looksLikeOrganisation } from './people-generic.ts';
import { canonicalCompany } from './orgs.ts';
import { HAN_ORGANISATION } from '../../src/article/names.ts';
import { sameHandle, type PeopleRegistry, type PersonRole } from './people-registry.ts';
import { correctedRef } from './person-refs.ts';
import { aliasFamilyName, fromCompanyPossessives, fromPronounedHanNames, fromForeignNames, fromHanProfileLines, fromHonorificNames, fromScriptPairs, fromGivenNameOpenings, fromTableCells, fromTitledHanNames } from './people-script-sources.ts';
import { fromLabelledNames, fromTurns } from './people-labels.ts';

const SOCIAL_HOST = /(?:^|\.)(?:github\.com|linkedin\.com|twitter\.com|x\.com|mastodon\.social|bsky\.app)$/i;

/** ", better known as Dims", " (aka Dims)", " (a.k.a. Dims)": a nickname right after a full name. */
const NICKNAME = /(?:,\s*(?:better\s+|also\s+|widely\s+)?known\s+as\s+|,\s*who\s+goes\s+by\s+["“]?|\s*[(（]\s*(?:aka|a\.k\.a\.)\s+)(\p{Lu}[\p{Ll}'’-]+)\b/gu;
/** 'Oluwaseun "Seun" Adeyemi': a full name with a nickname in quotes between its parts. */
const QUOTED_NICKNAME = /\b(\p{Lu}[\p{Ll}'’-]+)\s+["“](\p{Lu}[\p{Ll}'’-]+)["”]\s+(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?)\b/gu;
/** "Katarzyna goes by Kasia in most Slack threads": a first name the article already knows, and its nickname. */
const GOES_BY = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(?:goes|went)\s+by\s+["“]?(\p{Lu}[\p{Ll}'’-]+)\b/gu;
/** "(FSM)", "（下称 DM）", "(hereafter DM)": a label of capitals defined right after a name. */
const LABEL_DEF = /[(（]\s*(?:下称|以下|hereafter|hereinafter)?\s*([A-Z]{2,4})\s*[)）]/gu;
/** "knows only as @rakhmedov", "goes by @kim-j on GitHub": a handle given as what someone is called. */
const KNOWN_AS_HANDLE = /\b(?:knows?\s+(?:him|her|them)?\s*|known\s+|goes\s+by\s+|go\s+by\s+)(?:(?:only|simply|mostly|just|better)\s+)?(?:as\s+)?@([A-Za-z0-9][A-Za-z0-9-]{0,38})\b/gu;
/** "本杰明·王 (@ahtr)", "Marek Siarkowicz (@serathius)", "Amina Okafor (@aokafor, Google)". */
// "罗佳琪（GitHub：@luojiaqi）": the handle may be labelled.
const HANDLE_AFTER = /[(（]\s*(?:GitHub\s*[:：]\s*)?@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\s*(?:[)）]|[,，;；])/giu;
/** A line that is a name and an organisation in parentheses, and maybe more after a comma or dash. */
const NAME_COMPANY_LINE = /^[ \t]*((?:[A-Z][\p{Script=Latin}'’.-]*[ \t]+){1,3}[A-Z][\p{Script=Latin}'’-]+)[ \t]*[(（]([^()（）\n]{2,40})[)）][ \t]*(?:[,，:：–—-].*)?$/gmu;
/** Parentheses that may hold an employer: "Sofia Marquez（Google）", "Fabio Conti (Broadcom)". */
const PARENTHESES = /[(（]([^()（）\n]{2,40})[)）]/gu;
/** "ahrtr@github.com": a handle named in an address. */
const HANDLE_AT_GITHUB = /(?<![\w.-])([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@github\.com/giu;
/** Self-introductions; the captured group is the name. */
const INTRO_PATTERNS: RegExp[] = [
  /(?:^|\b)(?:I'm|I’m|I am|My name is)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z]\.\s+)?[A-Z][\p{L}'’-]+){0,2})/gu,
  /(?:私は|僕は|こんにちは、)\s*([A-Za-z][\p{Script=Latin}'’. -]*?[A-Za-z])\s*(?:です|と申します|といいます|と言います)/gu,
  /(?:^|[、。！\s])([A-Z][\p{Script=Latin}'’-]+(?:\s+[A-Z][\p{Script=Latin}'’-]+){0,2})\s*(?:と申します|といいます|と言います)/gu,
  /(?:我是|我叫|我的名字是)\s*([A-Za-z][\p{Script=Latin}'’. -]*?[A-Za-z]|[\u3400-\u9fff·]{2,8})(?=[，。,、\s]|$)/gu,
];

function fix(name: string): string {
  return cleanName(repairMojibake(name));
}

function addRef(reg: PeopleRegistry, written: PersonRef, role: PersonRole | undefined): void {
  const ref = correctedRef(written);
  const name = fix(ref.name);
  const rec = reg.add(name, {
    ...(ref.github ? { github: ref.github } : {}),
    ...(ref.company ? { company: ref.company } : {}),
    ...(role ? { role } : {}),
    strong: true,
    signed: true,
    offset: ref.span.start,
  });
  // "吉田 夏美（Fujitsu）" signs the post; "こんにちは、吉田です" in it is the same person.
  if (rec && SPACED_JAPANESE_NAME.test(name)) aliasFamilyName(reg, rec, name);
}

const SPACED_JAPANESE_NAME = /^[\u3400-\u9fff\u3005]{1,3}[ \u3000][\u3400-\u9fff\u3005]{1,3}$/u;

/**
 * Whether a byline is the article's own: above the first heading of its channel. A "作者：" line
 * further down names the author of a quoted document, not of the article.
 */
export function isArticleByline(article: ParsedArticle, byline: Byline): boolean {
  const at = byline.people[0]?.span.start;
  const para = at === undefined ? undefined : article.paragraphs.find((p) => at >= p.span.start && at < p.span.end);
  if (!para) return false;
  const heading = article.paragraphs.find((p) => p.kind === 'heading' && p.channel === byline.channel);
  return heading === undefined || para.index < heading.index;
}

function fromFrontMatter(article: ParsedArticle, reg: PeopleRegistry): void {
  const fm = article.frontMatter;
  for (const ref of fm?.authors ?? []) addRef(reg, ref, 'author');
  for (const ref of fm?.translators ?? []) addRef(reg, ref, 'translator');
  for (const byline of article.bylines) {
    const own = isArticleByline(article, byline);
    for (const ref of byline.people) addRef(reg, ref, own ? byline.role : undefined);
  }
}

/** "destiny-o-connor-28b2a5255" → "Destiny O Connor" when the link text is "Destiny". */
function nameFromLinkedinSlug(text: string, url: string): string | undefined {
  const m = /linkedin\.com\/in\/([a-z0-9-]+)/i.exec(url);
  if (!m?.[1]) return undefined;
  const words = m[1].split('-').filter((w) => /^[a-z]+$/i.test(w));
  if (words.length < 2 || words.length > 4 || words[0]?.toLowerCase() !== text.toLowerCase()) return undefined;
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  // "o-connor" is O'Connor, "d-angelo" D'Angelo: a one-letter word is an elided prefix.
  return words
    .map((w, i) => (w.length === 1 && words[i + 1] ? `${w.toUpperCase()}'` : cap(w)))
    .join(' ')
    .replace(/' /g, "'");
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function fromLinks(links: Link[], reg: PeopleRegistry): void {
  for (const link of links) {
    const social = SOCIAL_HOST.test(hostOf(link.url));
    if (!social && !link.github) continue;
    const text = fix(link.text);
    // "[Kruise Rollout](https://github.com/openkruise/rollouts)": a project's repository, not a profile.
    if (looksLikeOrganisation(text)) continue;
    const opts = { ...(link.github ? { github: link.github } : {}), strong: true, offset: link.span.start };
    if (isLatinFullName(text) || (isCjkName(text) && link.github)) {
      reg.add(text, opts);
      continue;
    }
    if (isNameToken(text)) {
      const full = nameFromLinkedinSlug(text, link.url);
      const rec = full ? reg.add(full, opts) : link.github ? reg.byHandle(link.github) : undefined;
      if (rec) reg.alias(rec, text);
    }
  }
}

/** Names right before a position in a text: the longest plausible run of name tokens. */
function nameBefore(text: string, end: number): string | undefined {
  // One line only: in "Lucas Ferreira (@lf)，DaoCloud⏎Sofia Rossi (@sr)" the name starts after the line break.
  const line = text.slice(Math.max(0, end - 60), end).split(/\n/u).pop() ?? '';
  const before = line.replace(/[\s\u3000]+$/u, '');
  const m = /((?:[A-Z][\p{Script=Latin}'’-]+[ \t]+){1,3}[A-Z][\p{Script=Latin}'’-]+|[\u3400-\u9fff]{1,6}[·・][\u3400-\u9fff]{1,6}|[\u3400-\u9fff]{2,4})$/u.exec(before);
  if (!m?.[1]) return undefined;
  // "华为的王志强（@wzqiang）": a particle before a Han name is no part of it.
  const tokens = m[1].replace(/^(?:的|是|和|与|及|在|有|由|为|从|向|给|跟|同|被|让|与)+(?=[\u3400-\u9fff]{2})/u, '').split(/\s+/);
  // Drop leading words until the rest is a name ("Hello Divya Mohan" → "Divya Mohan").
  for (let i = 0; i < tokens.length - 1 || (tokens.length === 1 && i === 0); i++) {
    const candidate = fix(tokens.slice(i).join(' '));
    if (isPlausibleFullName(candidate)) return candidate;
  }
  return undefined;
}

function fromParagraphPatterns(article: ParsedArticle, reg: PeopleRegistry, labels: Map<string, string>): void {
  for (const def of article.labelDefinitions) {
    const name = fix(def.name);
    if (reg.add(name, { strong: true, offset: def.span.start })) labels.set(def.label, name);
  }
  for (const p of article.paragraphs) {
    for (const m of p.text.matchAll(LABEL_DEF)) {
      const name = nameBefore(p.text, m.index);
      const label = m[1] ?? '';
      if (!name || !isLatinFullName(name) || looksLikeOrganisation(name)) continue;
      // "(AWS)" after "Chris Short" is a company: a label must start with the name's first letter.
      if (label.charAt(0) !== name.charAt(0).toUpperCase()) continue;
      if (reg.add(name, { strong: true, offset: p.map[m.index] ?? p.span.start })) labels.set(label, name);
    }
    // "- Jane Doe (Example Corp)": one person per list item or line, with the employer in parentheses.
    if (p.kind === 'listItem' || p.text.includes('\n')) {
      for (const m of p.text.matchAll(NAME_COMPANY_LINE)) {
        const name = fix(m[1] ?? '');
        if (isLatinFullName(name) && !looksLikeOrganisation(name)) {
          reg.add(name, { company: (m[2] ?? '').trim(), strong: true, offset: p.map[m.index] ?? p.span.start });
        }
      }
    }
    // "…を務めるSofia Marquez（Google）と…": a full name right before a known company in parentheses,
    // anywhere in prose (where shape alone is too weak, in Japanese above all).
    for (const m of p.text.matchAll(PARENTHESES)) {
      const company = canonicalCompany((m[1] ?? '').trim());
      if (company === undefined) continue;
      const name = nameBefore(p.text, m.index);
      if (name && isLatinFullName(name) && !looksLikeOrganisation(name)) reg.add(name, { company, strong: true, offset: p.map[m.index] ?? p.span.start });
    }
    // "**孙丽**，华为研发工程师，…", "- **山田 太郎**（@ytaro）：…": someone introduced by a bold Han name opening a paragraph.
    const bold = p.strong[0];
    const intro = bold && bold.start <= 1 ? /^\s*(?:[(（]\s*@([A-Za-z0-9][A-Za-z0-9-]{0,38})\s*[)）])?\s*[，、,：:]/u.exec(p.text.slice(bold.end)) : null;
    // After a colon only in a profile line with a handle or a spaced full name: "**博客**：" and "**田中**:" are labels.
    const colon = intro !== null && /[：:]\s*$/u.test(intro[0]);
    if (bold && intro && (!colon || (p.kind === 'listItem' && (intro[1] !== undefined || /\S[ \u3000]\S/u.test(p.text.slice(bold.start, bold.end)))))) {
      const name = p.text.slice(bold.start, bold.end).trim();
      if (isCjkName(name) && !HAN_ORGANISATION.test(name) && canonicalCompany(name) === undefined) {
        const rec = reg.add(name, { strong: true, offset: p.map[bold.start] ?? p.span.start, ...(intro[1] ? { github: intro[1].toLowerCase() } : {}) });
        if (rec) aliasFamilyName(reg, rec, name);
      }
    }
    // "Davanum Srinivas, better known as Dims", "Davanum Srinivas (aka Dims)": a nickname labels may use.
    for (const m of p.text.matchAll(NICKNAME)) {
      const name = nameBefore(p.text, m.index);
      const nick = m[1] ?? '';
      if (!name || !isLatinFullName(name)) continue;
      const rec = reg.add(name, { strong: true, offset: p.map[m.index] ?? p.span.start });
      if (rec) {
        reg.alias(rec, nick);
        labels.set(nick, rec.name);
      }
    }
    for (const m of p.text.matchAll(QUOTED_NICKNAME)) {
      const name = fix(`${m[1] ?? ''} ${m[3] ?? ''}`);
      const nick = m[2] ?? '';
      if (!isLatinFullName(name) || looksLikeOrganisation(name)) continue;
      const rec = reg.add(name, { strong: true, offset: p.map[m.index] ?? p.span.start });
      if (rec) {
        reg.alias(rec, nick);
        labels.set(nick, rec.name);
      }
    }
    for (const m of p.text.matchAll(GOES_BY)) {
      const first = m[1] ?? '';
      const nick = m[2] ?? '';
      const named = reg.records.filter((r) => isLatinFullName(r.name) && r.name.split(' ')[0] === first);
      const rec = named.length === 1 ? named[0] : undefined;
      if (rec && nick !== first) {
        reg.alias(rec, nick);
        labels.set(nick, rec.name);
      }
    }
    for (const m of p.text.matchAll(HANDLE_AFTER)) {
      const name = nameBefore(p.text, m.index);
      if (name) reg.add(name, { github: m[1] ?? '', strong: true, offset: p.map[m.index] ?? p.span.start });
    }
  }
}

/**
 * "Rustam Akhmedov, whom most of the community knows only as @rakhmedov": the handle belongs to the
 * last person named in the 150 characters before it. Run once every name is known, shape-found ones too.
 */
export function handlesKnownAs(article: ParsedArticle, reg: PeopleRegistry): void {
  for (const p of article.paragraphs) {
    if (!p.text.includes('@')) continue;
    for (const m of p.text.matchAll(KNOWN_AS_HANDLE)) {
      const before = p.text.slice(Math.max(0, m.index - 150), m.index);
      const named = reg.records.filter((r) => !r.github && isLatinFullName(r.name) && before.includes(r.name));
      const rec = named.sort((a, b) => before.lastIndexOf(b.name) - before.lastIndexOf(a.name))[0];
      if (rec) rec.github = (m[1] ?? '').toLowerCase();
    }
  }
}

/** Handles mentioned anywhere ("ahrtr@github.com", profile links): a misspelt "(@ahtr)" is corrected to one of them. */
export function knownHandles(article: ParsedArticle): string[] {
  const handles = new Set<string>();
  for (const l of article.links) if (l.github) handles.add(l.github);
  for (const m of article.text.matchAll(HANDLE_AT_GITHUB)) handles.add((m[1] ?? '').toLowerCase());
  return [...handles];
}

function fromIntroductions(article: ParsedArticle, reg: PeopleRegistry): void {
  for (const s of article.sentences) {
    for (const re of INTRO_PATTERNS) {
      for (const m of s.text.matchAll(re)) {
        const name = fix(m[1] ?? '');
        // "我是第一次": a Han name starts with a family name (or is a transliteration with a dot).
        if (/^[\u3400-\u9fff]+$/u.test(name) && !CHINESE_SURNAMES.has(name.charAt(0))) continue;
        if (isPlausibleFullName(name) && !looksLikeOrganisation(name)) reg.add(name, { strong: true, offset: s.map[m.index] ?? s.span.start });
      }
    }
  }
}

/** Headings that are a person ("## [Arsh Sharma](…)", "### Keita Mochizukiさん（NTT DATA）", "### 王磊（Wang Lei）"). */
const SCRIPT_NAME_HEADING = /^([\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,}){1,2}|[\u3400-\u9fff\u3005]{1,4}[ \u3000]?[\u3400-\u9fff\u3005]{1,4})\s*[(（]\s*([^()（）,，、@]{3,40}?)\s*(?:[,，、][^()（）]*)?[)）]\s*(?:さん|氏)?$/u;

const HAN_NAME_HEADING = /^[\u3400-\u9fff]{2,4}$/u;
const HAN_DOT_HEADING = /^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff]{1,8}$/u;

export function personHeadings(article: ParsedArticle): Map<number, string> {
  const out = new Map<number, string>();
  for (const p of article.paragraphs) {
    if (p.kind !== 'heading') continue;
    // "Keita Mochizukiさん（NTT DATA）", "Franziska Vogel（@fvogel）さん": brackets and honorifics at the end go.
    // "## 中村 葵（Aoi Nakamura）：CELとバリデーション": a full-width colon needs no space before its tagline.
    // "## マリアム・ハダッド（Mariam Haddad）― Cilium": a dash after the bracket starts a tagline too.
    const head = p.text.replace(/\s*：.*$/u, '').replace(/(?<=[)）])\s*[―—–]\s*.*$/u, '');
    let bare = head;
    for (let prev = ''; prev !== bare; ) {
      prev = bare;
      bare = bare.replace(/\s*[(（][^)）]*[)）]\s*$/u, '').replace(/(?:さん|氏|様)\s*$/u, '');
    }
    // "Meet Nilufar Rashidova, SIG Network tech lead": the heading introduces the person after "Meet".
    // "## Adaeze Okonkwo: the Slack whisperer", "## Kojo Mensah-Bonsu — from mentee to reviewer": a tagline after the name.
    const text = fix(bare.replace(/\s*(?:[:：]|\s[—–-])\s+.*$/u, '').replace(/\s*[,，]\s*[^,，]*$/u, '').replace(/^(?:Meet|Introducing|Spotlight\s+on)\s+/u, ''));
    // "## Pressure Stall Information(PSI)": a term glossed with its own initials is no person.
    const acronym = /[(（]\s*([A-Z]{2,6})\s*[)）]/u.exec(head)?.[1];
    const ownInitials = acronym !== undefined && acronym === text.split(/\s+/u).map((w) => w.charAt(0)).join('');
    if (isLatinFullName(text) && !looksLikeOrganisation(text) && !ownInitials) out.set(p.index, text);
    else {
      const pair = scriptPairs(head)[0];
      if (pair && pair.start === 0 && head.slice(pair.end).trim() === '') out.set(p.index, pair.latin);
      else {
        // "## エリフ・ユルマズ（Elif Yılmaz）", "## 陳 立偉（Liwei Chen）": a name in another script with its Latin form.
        const glossed = SCRIPT_NAME_HEADING.exec(head.trim());
        // "陳 思遠（チェン・スーユエン / Chen Siyuan）": the gloss may give a reading before the Latin form.
        const latin = glossed?.[2]?.split(/[/／]/u).map((x) => fix(x.trim())).find((x) => isLatinFullName(x));
        if (latin && !looksLikeOrganisation(latin)) out.set(p.index, latin);
        // "### 齐振宇：从 ManifestWork 到 Work API", "### 纳迪娅·哈达德：…": a Han name alone before its tagline.
        else if (((HAN_NAME_HEADING.test(head) && CHINESE_SURNAMES.has(head.charAt(0))) || HAN_DOT_HEADING.test(head)) && isCjkName(head) && !HAN_ORGANISATION.test(head) && canonicalCompany(head) === undefined && /：/u.test(p.text)) out.set(p.index, head);
      }
    }
  }
  return out;
}

/**
 * The handle is the person's own spelling: "Madhav Jivarajani" with github.com/MadhavJivrajani
 * is "Madhav Jivrajani" (the first name starts the handle, the rest is one or two letters off).
 */
function spellLikeHandle(name: string, handle: string): string | undefined {
  const tokens = name.split(' ');
  const [first, last] = tokens;
  if (tokens.length !== 2 || !first || !last) return undefined;
  const h = handle.toLowerCase().replace(/-/g, '');
  const f = foldName(first);
  if (!h.startsWith(f)) return undefined;
  const rest = h.slice(f.length);
  const l = foldName(last);
  // The same first letter: "anubha-v-ardhan" splits differently, it does not respell "Vardhan".
  // "jiayichen-nv" spells "Jiayi Chen" and adds a suffix: no respelling.
  if (rest.startsWith(l) || rest.length < 5 || rest.charAt(0) !== l.charAt(0) || editDistance(rest, l, 2) > 2 || /[^a-z]/.test(rest)) return undefined;
  return `${first} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

export interface CollectedPeople {
  labels: Map<string, string>;
  headings: Map<number, string>;
}

export function collectPeople(article: ParsedArticle, reg: PeopleRegistry): CollectedPeople {
  const labels = new Map<string, string>();
  fromFrontMatter(article, reg);
  fromLinks(article.links, reg);
  fromParagraphPatterns(article, reg, labels);
  // Before the labels: "田中：" is the "田中 太郎（Taro Tanaka）" the prose introduced.
  fromScriptPairs(article, reg);
  fromHonorificNames(article, reg);
  fromHanProfileLines(article, reg);
  fromTitledHanNames(article, reg);
  fromTableCells(article, reg);
  fromCompanyPossessives(article, reg);
  fromPronounedHanNames(article, reg);
  fromTurns(article, reg, labels);
  fromLabelledNames(article, reg);
  fromGivenNameOpenings(article, reg);
  fromIntroductions(article, reg);
  const headings = personHeadings(article);
  for (const [index, name] of headings) {
    const p = article.paragraphs[index];
    reg.add(name, { strong: true, role: 'featured', ...(p ? { offset: p.span.start } : {}) });
  }
  // Correct misspelt handles against the ones the article names elsewhere.
  const handles = knownHandles(article);
  for (const rec of reg.records) {
    if (!rec.github || handles.includes(rec.github)) continue;
    const own = rec.github;
    const fixed = handles.find((h) => h !== own && sameHandle(h, own) && !reg.records.some((r) => r !== rec && r.github === h));
    if (fixed) rec.github = fixed;
  }
  for (const rec of reg.records) {
    const fixed = rec.github ? spellLikeHandle(rec.name, rec.github) : undefined;
    if (fixed) reg.rename(rec, fixed);
  }
  fromForeignNames(article, reg);
  return { labels, headings };
}

