/**
 * SPONSORS said with a sponsor's role rather than a founding verb: "SIG Autoscaling is one of the
 * sponsoring SIGs of the working group, together with SIG Apps and SIG Node", "We were one of the
 * sponsoring SIGs of WG LTS", "SIG AuthはSIG Nodeと一緒にWG Checkpoint Restoreのスポンサーになっています",
 * "WG BatchがSIG SchedulingやSIG Appsなど複数のSIGをスポンサーとする", "SIG InstrumentationはWG Structured
 * Loggingを立ち上げ". A working group written as "the working group" or "that working group" is the
 * one named last before, in the sentence or the three before it.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { GROUP_KINDS_SPONSOR, GROUP_KINDS_SPONSORED, listFrom, type Pair } from './group-relation-cues.ts';
import { WE, articleGroup, contextGroup, groupsIn, isQuestion, negatedNear, sentencePosition, twoGroupsBefore, type GroupRef } from './org-context.ts';

/** "one of the sponsoring SIGs of", "the co-sponsors of", "sponsors for". */
// "…are both sponsoring the AI Gateway Working Group", "…sponsored that working group": the verb, with a working group after it.
// "SIG Apps is one of its sponsoring SIGs", "we're one of the stakeholder SIGs of the Checkpoint Restore working group".
const SPONSOR_ROLE_EN = /\b(?:(?:one|two|both|all)\s+of\s+)?(?:the\s+|its\s+)?(?:(?:(?:co-?)?sponsoring|stakeholder)\s+(?:SIGs?|groups?|committees?)|(?:co-?)?sponsors?)\s+(?:of|for|behind)\s+|\b(?<its>(?:(?:one|two|both|all)\s+of\s+)?its\s+(?:(?:co-?)?sponsoring|stakeholder)\s+(?:SIGs?|groups?|committees?))\b|\b(?:co-?)?sponsor(?:s|ed|ing)\s+(?=(?:the|that|this)\s+(?:working\s+group|WG)\b|(?:the\s+)?(?:WG\s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:Working\s+Group|WG)\b))/u;
/** A working group referred back to: "the working group", "that WG", "it". */
const THE_WG = /^(?:the|that|this)\s+(?:working\s+group|WG)\b|^it\b/iu;
const TOGETHER_WITH = /^\s*,?\s*(?:together\s+with|along\s+with|alongside|jointly\s+with)\s+(?:the\s+)?$/iu;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|、|や|と)$/iu;
/** Between the sponsors before the role: "A, B and C are (both) sponsoring", "A is one of". */
// "SIG A and SIG B agreed to sponsor it".
const SPONSORS_BEFORE_EN = /^\s*(?:(?:is|are|was|were|has\s+been|have\s+been|became|has\s+become|have\s+become)\s+)?(?:(?:also|both|now|still|jointly|originally|initially)\s+)*(?:(?:agreed|offered|decided|volunteered|stepped\s+up)\s+to\s+)?$/iu;
/** "WのスポンサーになっているSIG X", "…のスポンサーになりました/です". */
const JA_SPONSOR_OF = /^\s*の(?:共同)?スポンサー(?:に|と|で|を|も|です|として)/u;
const JA_SPONSORED_BY = /^[^。]{0,16}?(?:を|が)(?:共同)?スポンサー(?:と|に)(?:する|して|なって|なる)/u;
const JA_ITS_SPONSOR = /(?:この|その)(?:\s*(?:ワーキンググループ|WG)\s*の)?\s*(?:共同)?スポンサー(?:に|と|で|を|も|です|として)/u;
const JA_LAUNCHED = /^\s*[)）]?\s*を(?:共同で)?(?:立ち上げ|設立|発足|創設|結成)/u;

export function sponsorRolePairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  if (isQuestion(article, p)) return [];
  const groups = groupsIn(text);
  const sponsors = groups.filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''));
  const pairs: Pair[] = [];
  const role = SPONSOR_ROLE_EN.exec(text);
  if (role && !negatedNear(text, role.index, role.index + role[0].length)) {
    const at = role.index + role[0].length;
    const its = role.groups?.['its'] !== undefined;
    // "with SIG Node as a sponsor and SIG Network as a stakeholder": stakeholders apart from sponsors are not.
    const stakeholderOnly = /stakeholder/iu.test(role[0]) && /sponsor/iu.test(text);
    const named = its ? undefined : groups.find((g) => g.start >= at && GROUP_KINDS_SPONSORED.has(g.kind ?? '') && /^(?:the\s+)?$/iu.test(text.slice(at, g.start)));
    const target: GroupRef | Mention | undefined = stakeholderOnly ? undefined : named ?? (its || THE_WG.test(text.slice(at)) ? recentWorkingGroup(article, s, role.index) : undefined);
    if (target) {
      const end = named?.end ?? (its ? at : at + (THE_WG.exec(text.slice(at))?.[0].length ?? 0));
      const holders = listBackFrom(text, role.index, sponsors);
      const said = holders.length === 0 && /\bwe(?:\s+(?:are|were|have\s+been)|['’]re)\s+(?:also\s+)?$/iu.test(text.slice(0, role.index));
      // Under a heading about the working group ("## WG LTS"), "we" is still the article's group.
      const context = said ? contextGroup(article, p) : undefined;
      const us = context && GROUP_KINDS_SPONSOR.has(context.kind) ? context : said ? articleGroup(article) : undefined;
      const partners = listFrom(text, end, sponsors, TOGETHER_WITH, LIST_GAP);
      for (const g of [...holders, ...(us && GROUP_KINDS_SPONSOR.has(us.kind) ? [us] : []), ...partners]) pairs.push({ a: g, b: target });
    }
  }
  // "SIG NodeとSIG Cloud Providerがそのスポンサーに名を連ねています", "…と一緒にこのワーキンググループのスポンサーになっています".
  const back = JA_ITS_SPONSOR.exec(text);
  const wg = back && !negatedNear(text, back.index, back.index + back[0].length) ? recentWorkingGroup(article, s, back.index) : undefined;
  const floor = back ? (groups.filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? '') && g.end <= back.index).pop()?.end ?? 0) : 0;
  if (back && wg) for (const g of sponsors.filter((x) => x.end <= back.index && x.start >= floor)) pairs.push({ a: g, b: wg });
  for (const w of groups.filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? ''))) {
    const after = text.slice(w.end);
    // "SIG AuthはSIG Nodeと一緒にWG Checkpoint Restoreのスポンサーになっています", "SIG AutoscalingはWG BatchとWG Device Managementのスポンサー".
    if (JA_SPONSOR_OF.test(text.slice(lastOfChain(text, groups, w).end))) for (const g of sponsors.filter((x) => x.end <= w.start)) pairs.push({ a: g, b: w });
    // "WG Node Lifecycleの正式なスポンサーはSIG NodeとSIG Appsです".
    const of = JA_SPONSORS_ARE.exec(after);
    if (of) for (const g of listFrom(text, w.end + of[0].length, sponsors, /^\s*$/u, LIST_GAP)) pairs.push({ a: g, b: w });
    // "WG BatchがSIG SchedulingやSIG Appsなど複数のSIGをスポンサーとする".
    const by = sponsors.filter((x) => x.start >= w.end && /^\s*(?:が|は)/u.test(after));
    const last = by.filter((x) => JA_SPONSORED_BY.test(text.slice(x.end))).pop();
    if (last) for (const g of by.filter((x) => x.end <= last.end)) pairs.push({ a: g, b: w });
    // "SIG Instrumentationは構造化ログのワーキンググループ（WG Structured Logging）を立ち上げ".
    // "SIG etcdとSIG Cluster Lifecycleが共同でWG etcd Operatorを立ち上げました": every coordinated subject.
    if (JA_LAUNCHED.test(after)) {
      const subject = sponsors.filter((x) => x.end <= w.start && /^\s*(?:は|が)/u.test(text.slice(x.end))).pop();
      if (subject && !/[。]/u.test(text.slice(subject.end, w.start))) for (const g of listBackFrom(text, subject.end, sponsors)) pairs.push({ a: g, b: w });
      // "両SIGが共同で…を立ち上げました": the two groups the sentence before named.
      if (!subject && BOTH_GROUPS_JA.test(text.slice(0, w.start))) for (const g of (twoGroupsBefore(article, s, []) ?? []).filter((x) => GROUP_KINDS_SPONSOR.has(x.kind ?? ''))) pairs.push({ a: g, b: w });
    }
  }
  return pairs;
}

const JA_SPONSORS_ARE = /^\s*の(?:正式な|主な|公式の)?\s*(?:共同)?スポンサー(?:SIG)?は、?\s*/u;
const BOTH_GROUPS_JA = /(?:両SIG|両者|この2つのSIG|この二つのSIG|2つのSIG|二つのSIG)(?:が|は)(?:共同で)?[^。、]{0,40}$/u;
const JA_CHAIN = /^\s*(?:と|、|や|および)\s*$/u;

/** The last group of a run joined by と/、 ("WG BatchとWG Device Management"). */
function lastOfChain(text: string, groups: Mention[], first: Mention): Mention {
  let last = first;
  for (const g of groups) if (g.start >= last.end && JA_CHAIN.test(text.slice(last.end, g.start))) last = g;
  return last;
}


/** The groups listed right before `at`: "SIG Network and SIG Multicluster are both". */
export function listBackFrom(text: string, at: number, groups: Mention[]): Mention[] {
  const before = groups.filter((g) => g.end <= at);
  const last = before[before.length - 1];
  if (!last || !SPONSORS_BEFORE_EN.test(text.slice(last.end, at))) return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const g = before[i];
    const next = out[0];
    if (!g || !next || !LIST_GAP.test(text.slice(g.end, next.start))) break;
    out.unshift(g);
  }
  return out;
}

/** The working group named last before `at` in the sentence, else in the three sentences before it. */
export function recentWorkingGroup(article: ParsedArticle, s: Sentence, at: number): Mention | undefined {
  const here = groupsIn(s.text.slice(0, at)).filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? '')).pop();
  if (here) return here;
  const i = sentencePosition(article, s);
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = article.sentences[j];
    const found = prev ? groupsIn(prev.text).filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? '')).pop() : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The speaker's own group joins "我们和 SIG Apps、SIG Autoscaling 一起发起成立了 WG X". */
export function weTogether(article: ParsedArticle, p: Paragraph | undefined, text: string): GroupRef | undefined {
  if (!/(?:我们|私たち)(?:和|与|跟|同|は|も)/u.test(text) || !WE.test(text) || isQuestion(article, p)) return undefined;
  const us = contextGroup(article, p);
  return us && GROUP_KINDS_SPONSOR.has(us.kind) ? us : undefined;
}
