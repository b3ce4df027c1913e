/**
 * Context that the organisation extractors (group relations, ownership, company relations,
 * employment) share: which group an article or section is about, so that "we", "our SIG",
 * "私たちのSIG", "我们" or an omitted Japanese subject can stand for it; negation; evidence.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { EntityDraft, Evidence } from '../src/extraction/types.ts';
import { GROUPS } from './lexicon/groups.ts';
import { findGroups } from './mentions/groups.ts';
import { findCompanies } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';

export interface GroupRef {
  name: string;
  kind: NonNullable<Mention['kind']>;
}

const groupCache = new Map<string, Mention[]>();

/** findGroups, remembered: the organisation extractors ask about the same sentences and headings often. */
export function groupsIn(text: string): Mention[] {
  let hit = groupCache.get(text);
  if (!hit) {
    if (groupCache.size >= 4096) groupCache.clear();
    hit = findGroups(text);
    groupCache.set(text, hit);
  }
  return hit.map((m) => ({ ...m }));
}

export function evidenceOf(s: Sentence): Evidence {
  return { quote: s.text, span: s.span, channel: s.channel };
}

export function groupDraft(g: GroupRef | Mention): EntityDraft {
  return { type: 'Sig', name: g.name, ...(g.kind ? { kind: g.kind } : {}) };
}

function refOf(m: Mention): GroupRef {
  return { name: m.name, kind: m.kind ?? 'other' };
}

/** Distinct groups of a text in order of first mention. */
export function distinctGroups(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.name) ? false : (seen.add(m.name), true)));
}

/** "sig-contribex-spotlight-2023" → SIG Contributor Experience; "wg-etcd-operator-…" → WG etcd Operator. */
function groupFromSlug(slug: string): GroupRef | undefined {
  const s = `-${slug.toLowerCase()}-`;
  let best: { ref: GroupRef; len: number } | undefined;
  for (const g of GROUPS) {
    const prefix = g.kind === 'wg' ? 'wg' : g.kind === 'committee' ? 'committee' : 'sig';
    for (const n of [g.dir, ...[g.short, ...(g.aliases ?? [])].map((x) => `${prefix}-${x.toLowerCase().replace(/[\s_]+/g, '-')}`)]) {
      if (!s.includes(`-${n}-`)) continue;
      if (!best || n.length > best.len) best = { ref: { name: g.name, kind: g.kind }, len: n.length };
    }
  }
  return best?.ref;
}

const articleCache = new WeakMap<ParsedArticle, { group: GroupRef | undefined }>();

/**
 * The group an article is mainly about: named in the title, else in the slug, else the group
 * that clearly dominates the body's headings and sentences. Undefined for articles about people,
 * events or the community at large.
 */
export function articleGroup(article: ParsedArticle): GroupRef | undefined {
  const cached = articleCache.get(article);
  if (cached) return cached.group;
  const group = computeArticleGroup(article);
  articleCache.set(article, { group });
  return group;
}

function computeArticleGroup(article: ParsedArticle): GroupRef | undefined {
  const title = article.frontMatter?.title ?? '';
  const inTitle = distinctGroups(groupsIn(title)).filter((g) => g.kind !== 'other' || /Working Group|User Group/.test(g.name));
  if (inTitle.length === 1 && inTitle[0]) return refOf(inTitle[0]);
  const slug = article.frontMatter?.slug ?? article.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  const fromSlug = groupFromSlug(slug);
  if (fromSlug) return fromSlug;
  // Dominance in the body (headings count double): at least 3 mentions and half of all.
  const counts = new Map<string, { ref: GroupRef; n: number }>();
  let total = 0;
  for (const p of article.paragraphs) {
    if (p.channel !== 'body') continue;
    const weight = p.kind === 'heading' ? 2 : 1;
    for (const m of groupsIn(p.text)) {
      const c = counts.get(m.name) ?? { ref: refOf(m), n: 0 };
      c.n += weight;
      total += weight;
      counts.set(m.name, c);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (top && top.n >= 3 && top.n * 2 >= total) return top.ref;
  return undefined;
}

/** The group a paragraph's section is about: its heading's only group, else the article's group. */
const CONTRAST_HEADING = /\b(?:not|vs\.?|versus|compared|unlike|beyond|outside|instead\s+of)\b|ではない|不是|并非/iu;

export function contextGroup(article: ParsedArticle, paragraph: Paragraph | undefined): GroupRef | undefined {
  if (paragraph?.section !== undefined) {
    const heading = article.paragraphs[paragraph.section];
    if (heading && heading.index === paragraph.section) {
      const groups = distinctGroups(groupsIn(heading.text));
      // "## Not the same thing as the SRC", "## SIG Security vs. the SRC": a contrast, not the section's group.
      if (groups.length === 1 && groups[0] && !CONTRAST_HEADING.test(heading.text.slice(0, groups[0].start))) return refOf(groups[0]);
    }
  }
  return speakerHomeGroup(article, paragraph) ?? articleGroup(article);
}

/** Per article: the home group of each answer paragraph's speaker, when the title names several groups. */
const speakerHomes = new WeakMap<ParsedArticle, Map<number, GroupRef | undefined>>();

/**
 * In an interview whose title names several groups ("在 SIG Apps 和 SIG Network 做导师与学员"), "we" in
 * an answer is the speaker's own group: the first group named in the speaker's first answer.
 */
function speakerHomeGroup(article: ParsedArticle, paragraph: Paragraph | undefined): GroupRef | undefined {
  if (!paragraph || article.turns.length === 0) return undefined;
  let homes = speakerHomes.get(article);
  if (!homes) {
    homes = new Map();
    speakerHomes.set(article, homes);
    if (distinctGroups(groupsIn(article.frontMatter?.title ?? '')).length >= 2) {
      const byLabel = new Map<string, GroupRef | undefined>();
      for (const turn of article.turns) {
        if (turn.isQuestion) continue;
        if (!byLabel.has(turn.label)) {
          const named = groupsIn(turn.paragraphs.map((i) => article.paragraphs[i]?.text ?? '').join('\n'))[0];
          byLabel.set(turn.label, named ? refOf(named) : undefined);
        }
        for (const i of turn.paragraphs) homes.set(i, byLabel.get(turn.label));
      }
    }
  }
  return homes.get(paragraph.index);
}

/**
 * The one group that the sentences before `s` in its paragraph name, as what "the SIG" or a title
 * ("co-chair Hiroshi Takeda") refers back to. Undefined when they name none or several.
 */
export function paragraphGroup(article: ParsedArticle, s: Sentence, find: (text: string) => Mention[] = groupsIn): Mention | undefined {
  let found: Mention | undefined;
  for (const prev of paragraphOf(article, s.paragraph)?.sentences ?? []) {
    if (prev.span.start >= s.span.start) break;
    for (const g of find(prev.text)) {
      if (found && g.name !== found.name) return undefined;
      found ??= g;
    }
  }
  return found;
}

/** "the SIG" as the subject of a sentence or of its main clause: "The SIG's main tool is …", "When one shows up, the SIG works …". */
const THE_GROUP_AS_SUBJECT = /(?:^|[,;]\s*)(?:the|this|our)\s+(?:SIG|group|working\s+group|WG)(?:['’]s)?\s/iu;

/**
 * "SIG Release turns … into a release. It owns the release tooling": "it" opens the sentence after
 * one whose subject is a group, named first or written "the SIG".
 */
export function itIsTheGroup(article: ParsedArticle, s: Sentence): boolean {
  const prev = sentenceBefore(article, s);
  if (!prev) return false;
  const first = groupsIn(prev.text)[0];
  return (first !== undefined && first.start <= 4) || THE_GROUP_AS_SUBJECT.test(prev.text);
}

const sentenceIndexes = new WeakMap<ParsedArticle, Map<Sentence, number>>();

/** The sentence right before `s` in its paragraph, if any. */
export function sentenceBefore(article: ParsedArticle, s: Sentence): Sentence | undefined {
  const i = sentencePosition(article, s);
  const prev = i > 0 ? article.sentences[i - 1] : undefined;
  return prev?.paragraph === s.paragraph ? prev : undefined;
}

/** The sentence right after `s` in its paragraph, if any. */
export function sentenceAfter(article: ParsedArticle, s: Sentence): Sentence | undefined {
  const i = sentencePosition(article, s);
  const next = i >= 0 ? article.sentences[i + 1] : undefined;
  return next?.paragraph === s.paragraph ? next : undefined;
}

/** Where `s` stands in `article.sentences` (-1 if it is not one of them), from an index built once per article. */
export function sentencePosition(article: ParsedArticle, s: Sentence): number {
  let indexes = sentenceIndexes.get(article);
  if (!indexes) {
    indexes = new Map(article.sentences.map((x, i) => [x, i]));
    sentenceIndexes.set(article, indexes);
  }
  return indexes.get(s) ?? -1;
}

export function paragraphOf(article: ParsedArticle, index: number): Paragraph | undefined {
  const p = article.paragraphs[index];
  return p && p.index === index ? p : article.paragraphs.find((x) => x.index === index);
}

/** "the two SIGs" where no group is the article's: the other group named most recently before. */
export function twoGroupsBefore(article: ParsedArticle, s: Sentence, here: Mention[]): Mention[] | undefined {
  const i = sentencePosition(article, s);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const prev = article.sentences[j];
    const named = prev ? distinctGroups(groupsIn(prev.text)).filter((g) => here.every((h) => h.name !== g.name)) : [];
    if (named.length === 2) return named;
    if (named.length > 2) return undefined;
  }
  return undefined;
}

/** "we", "our", "us", "私たち", "我々", "我们": the speaker's group may be the subject. */
export const WE = /\b(?:we|our|us|ourselves)\b|私たち|我々|われわれ|僕たち|僕ら|我们|咱们/i;
const WE_ALL = new RegExp(WE.source, 'giu');
/**
 * "we" standing for the article's group: not when a company is named first ("At Nirmata, we
 * maintain Kyverno", "We at Google…"), where "we" is the company's team.
 */
export function weTheGroup(text: string, end = text.length): boolean {
  const head = text.slice(0, end);
  if (!WE.test(head)) return false;
  // "Our lab built Flux": the speaker's lab, company or university, not the group.
  const last = [...head.matchAll(WE_ALL)].pop();
  if (last && /^our\s+(?:lab|labs|company|employer|university|startup|team\s+at|customers?|product)\b/iu.test(head.slice(last.index))) return false;
  // "我们团队负责 ACK 的节点组件", "私たちのチームは…": the speaker's team at work, not the group.
  if (last && /^(?:我们|咱们)\s*(?:团队|公司|部门|小组)|^(?:私たち|僕たち|我々)の?(?:チーム|会社|部署)/u.test(head.slice(last.index))) return false;
  // "At Google, we work closely with SIG Network": the company's team, not the group. A company in
  // a speaker label ("Hana Kobayashi (Google): We …") or in another clause ("The CNCF funds our
  // credits, and we coordinate with SIG Release") is not the "we".
  const label = LEADING_LABEL.exec(head)?.[0].length ?? 0;
  const clause = Math.max(...[...head.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0);
  return findCompanies(head).every((c) => c.end <= label || (c.end <= clause && !COMPANY_PLACE.test(head.slice(0, c.start))));
}

/** Where one clause ends and the next begins: ", and", ";", "，而", "。". */
export const CLAUSE_BREAK = /,\s*(?:and|but|while|so)\s+|;\s*|，(?:而|但|并且)?|。/giu;
const COMPANY_PLACE = /\b(?:at|in|for|with|from)\s+(?:the\s+)?$/iu;

const LEADING_LABEL = /^[^:：。.!?！？]{1,80}[:：]\s/u;

/** A singular first person: the subject is a person, not the group. */
export const I_ONLY = /\b(?:I|I'm|I've|my)\b|私(?!たち)|我(?!们)/;
/** "this SIG", "本SIG", "このSIG", "该 SIG", "the SIG", "the group". */
export const THIS_GROUP = /\b(?:this|the|our)\s+(?:SIG|group|working\s+group|WG)\b|(?:この|本|当|我々の|私たちの)\s?(?:SIG|グループ|ワーキンググループ)|(?:这个|该|本|我们的?)\s?(?:SIG|sig|小组|工作组)/;

const NEG_EN = /\b(?:not|never|no\s+longer|neither|nor)\b|n['’]t\b/i;
const NEG_JA = /(?:ない|ません|ず[、。]|ずに|なく)/;
const NEG_ZH = /(?:不|没有|并非|未|无需|不再)/;

/** Negation within a window around a cue (English before it, Japanese after it, Chinese both). */
export function negatedNear(text: string, at: number, end: number): boolean {
  // A negation in an earlier clause ("I don't work with SIG Node much, but …") does not reach here.
  const window = text.slice(Math.max(0, at - 30), at);
  // Nor does one inside a relative clause that ends before it ("For people who haven't followed the news, Isovalent …").
  const afterRelative = /\b(?:who|which)\s[^,;]{1,40},\s*$/iu.test(text.slice(Math.max(0, at - 60), at));
  const before = afterRelative ? '' : window.slice(Math.max(0, ...[...window.matchAll(/,\s*but\b|;|，\s*但/giu)].map((m) => m.index + m[0].length)));
  // Japanese negation ends the verb's clause: "…が所有し、WGはコードを所有しません" negates the second clause only.
  const after = /^[^、。]*[、。]?/u.exec(text.slice(end, end + 20))?.[0] ?? '';
  if (NEG_EN.test(before)) return true;
  if (NEG_JA.test(after.replace(/ないし|少なく|間違いなく|問題なく/g, ''))) return true;
  if (NEG_ZH.test(text.slice(Math.max(0, at - 8), at)) && !/不仅|不断|不只|不少|不错|不同|不久|不过/.test(text.slice(Math.max(0, at - 8), at))) return true;
  return false;
}

export function isAnswer(article: ParsedArticle, paragraphIndex: number): boolean {
  return article.turns.some((t) => !t.isQuestion && t.paragraphs.includes(paragraphIndex));
}

/**
 * A question of the interviewer: the first paragraph of a question turn, or a bold paragraph or
 * one ending in a question mark inside it. Plain paragraphs after a bold question with no label of
 * their own are the (unlabelled, often joint) answer.
 */
export function isQuestion(article: ParsedArticle, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false;
  const turn = article.turns.find((t) => t.isQuestion && t.paragraphs.includes(paragraph.index));
  if (turn && (turn.paragraphs[0] === paragraph.index || paragraph.allStrong || /[?？]\s*$/.test(paragraph.text))) return true;
  return paragraph.allStrong && /[?？]\s*$/.test(paragraph.text);
}

/** The interviewer's question an answer paragraph replies to (a question paragraph or a heading ending in "?"). */
export function questionOf(article: ParsedArticle, p: Paragraph): Paragraph | undefined {
  for (let i = p.index - 1; i >= 0; i--) {
    const x = paragraphOf(article, i);
    if (!x || x.channel !== p.channel) continue;
    if (isQuestion(article, x) || (x.kind === 'heading' && /[?？]\s*$/u.test(x.text))) return x;
    if (x.kind === 'heading' || !isAnswer(article, x.index)) return undefined;
  }
  return undefined;
}
