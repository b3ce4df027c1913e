/**
 * SPONSORS between community groups: a working group "formed/sponsored by" SIGs ("WG Batch, which
 * SIG Scheduling sponsors with SIG Apps", "co-sponsors WG Batch together with SIG Apps"),
 * "SIG AとSIG Bにより設立された WG", "由 SIG A 发起的 WG", "SIG A 是 W 的发起 SIG 之一"; the sponsors
 * must be SIGs or committees and the sponsored group a working group or user group.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { GROUP_KINDS_SPONSOR, GROUP_KINDS_SPONSORED, SPONSOR_LIST, listFrom, type Pair } from './group-relation-cues.ts';
import { WE, contextGroup, distinctGroups, groupsIn, isQuestion, negatedNear } from './org-context.ts';
import { listBackFrom, recentWorkingGroup, sponsorRolePairs, weTogether } from './sponsor-roles.ts';

const SPONSOR_EN_PASSIVE = /\b(?:formed|founded|created|established|sponsored|chartered|started|launched|initiated|spun\s+up|set\s+up|co-sponsored)\s+(?:jointly\s+)?by\b/i;
const AS_SPONSORS = /\bas\s+(?:its|their|the)\s+(?:(?:co-?)?sponsoring\s+(?:SIGs|groups)|(?:co-?)?sponsors?)\b/iu;
const SPONSOR_EN_ACTIVE = /\b(?:formed|founded|created|established|sponsor(?:s|ed)?|co-sponsor(?:s|ed)?|charter(?:s|ed)?|launched|spun\s+up|set\s+up)\b/i;
const SPONSOR_JA = /(?:により|によって|が)(?:共同で)?(?:設立|発足|立ち上げ|創設|結成|スポンサー)|と(?:一緒に|共に|ともに)(?:共同で)?(?:スポンサー(?:して|する|となって)|設立し|立ち上げ)|(?:の共同の取り組み|の共同作業|の協力)(?:により|によって|で)(?:設立|発足|立ち上げ|創設|結成)|がスポンサー/;
const SPONSOR_ZH = /(?:发起|成立|创建|创立|赞助|牵头成立|共同成立|共同发起)/;

export function sponsorPairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  const byRole = SPONSOR_WORD.test(text) ? sponsorRolePairs(article, s, p) : [];
  if (byRole.length > 0) return byRole;
  const groups = distinctGroups(groupsIn(text));
  const sponsors = groups.filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''));
  // "このワーキンググループはSIG AとSIG Bがスポンサーとなっており、WG Batchとも連携しています": a
  // working group in the next clause is not the one sponsored.
  const jaVerb = SPONSOR_JA.exec(text);
  const jaVerbEnd = jaVerb ? jaVerb.index + jaVerb[0].length : 0;
  const sponsored = groups.filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? '') && !(jaVerb && g.start >= jaVerbEnd && /[、，。]/u.test(text.slice(jaVerbEnd, g.start))));
  if (!sponsored.length) return [...itFounded(article, s, p, sponsors), ...sponsorsOfContext(article, s, p, sponsors)];
  // "SIG K8s Infra 的前身是 2019 年成立的 WG K8s Infra": a group that became another sponsors nothing.
  if (SUCCESSION.test(text)) return [];
  if (!sponsors.length) {
    // "we chartered the Structured Logging Working Group": the group the speaker belongs to.
    const verb = SPONSOR_EN_ACTIVE.exec(text) ?? SPONSOR_JA.exec(text) ?? SPONSOR_ZH.exec(text);
    const us = contextGroup(article, p);
    if (!verb || !us || !GROUP_KINDS_SPONSOR.has(us.kind) || isQuestion(article, p)) return [];
    if (!WE.test(text.slice(0, verb.index)) || /by\s*$/i.test(text.slice(0, verb.index + verb[0].length))) return [];
    if (negatedNear(text, verb.index, verb.index + verb[0].length)) return [];
    return sponsored.filter((w) => w.start >= verb.index).map((w) => ({ a: us, b: w }));
  }
  const pairs: Pair[] = [];
  // "WG Device ManagementのスポンサーでもあるSIG Node".
  for (const w of sponsored) {
    const tail = /^\s*のスポンサー(?:でもある|である|を務める)\s*/u.exec(text.slice(w.end));
    if (!tail) continue;
    const g = sponsors.find((x) => x.start === w.end + tail[0].length);
    if (g) pairs.push({ a: g, b: w });
  }
  // "WG Serving was launched with SIG Apps, SIG Node and SIG Scheduling as its sponsoring SIGs".
  const asSponsors = AS_SPONSORS.exec(text);
  if (asSponsors) {
    const by = sponsors.filter((g) => g.end <= asSponsors.index);
    const first = by[0];
    for (const w of sponsored.filter((x) => first !== undefined && x.end <= first.start)) for (const g of by) pairs.push({ a: g, b: w });
  }
  // "WG Batch, which SIG Scheduling sponsors with SIG Apps": the sponsors fill a relative clause.
  for (const w of sponsored) {
    // "WG LTS, the working group that SIG Release and SIG Architecture sponsored".
    const rel = /^\s*,?\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:working\s+group|group|WG)\s+)?(?:which|that)\s+/iu.exec(text.slice(w.end));
    if (!rel) continue;
    const from = w.end + rel[0].length;
    const end = from + (/[.;:]|,\s*(?:but|while|and\s+(?:we|it|they|the))\b/iu.exec(text.slice(from))?.index ?? text.length - from);
    const verb = SPONSOR_EN_ACTIVE.exec(text.slice(from, end));
    if (!verb || /\bby\b/iu.test(text.slice(from, from + verb.index + verb[0].length + 4)) || negatedNear(text, from + verb.index, from + verb.index + verb[0].length)) continue;
    // Every mention in the clause ("with SIG Apps on StatefulSets, …, which we co-sponsor with SIG Apps").
    for (const g of groupsIn(text).filter((x) => GROUP_KINDS_SPONSOR.has(x.kind ?? '') && x.start >= from && x.end <= end)) pairs.push({ a: g, b: w });
    // "WG Data Protection, which we co-sponsor with SIG Apps": the speaker's group too.
    const us = /^we\s+(?:(?:also|jointly)\s+)?$/iu.test(text.slice(from, from + verb.index)) && !isQuestion(article, p) ? contextGroup(article, p) : undefined;
    if (us && GROUP_KINDS_SPONSOR.has(us.kind) && us.name !== w.name) pairs.push({ a: us, b: w });
  }
  // "WG Data Protectionの立ち上げにはSIG Appsと共に関わりました", "WG etcd Operatorを、SIG Cluster
  // Lifecycleと一緒に立ち上げました": the partner and the speaker's group.
  for (const w of sponsored) {
    const launch = /^\s*の(?:立ち上げ|設立|発足|創設)に/u.test(text.slice(w.end));
    const launched = /^\s*を、?/u.test(text.slice(w.end));
    if (!launch && !launched) continue;
    const partners = sponsors.filter(
      (g) => g.start >= w.end && (launch ? /^\s*と\s*(?:共に|ともに|一緒に)/u : /^\s*と\s*(?:共に|ともに|一緒に|共同で)\s*(?:立ち上げ|設立|発足|創設|結成)/u).test(text.slice(g.end)),
    );
    const us = partners.length > 0 && !isQuestion(article, p) ? contextGroup(article, p) : undefined;
    for (const g of partners) pairs.push({ a: g, b: w });
    if (us && GROUP_KINDS_SPONSOR.has(us.kind) && partners.every((g) => g.name !== us.name)) pairs.push({ a: us, b: w });
  }
  // "SIG Network 也是 WG Device Management 的发起 SIG 之一，其他发起方还包括 SIG Node 和 SIG Scheduling".
  for (const w of sponsored) {
    const of = ZH_SPONSOR_OF.exec(text.slice(w.end));
    if (!of) continue;
    const subject = sponsors.filter((g) => g.end <= w.start && /^\s*(?:也|还|则)?\s*(?:是|为)\s*$/u.test(text.slice(g.end, w.start))).pop();
    if (subject) pairs.push({ a: subject, b: w });
    // "WG Checkpoint Restore 的主要赞助方是 SIG Node": the sponsors named after 是.
    const are = /^\s*(?:是|为|包括|有)\s*/u.exec(text.slice(w.end + of[0].length));
    if (are) for (const g of listFrom(text, w.end + of[0].length + are[0].length, sponsors, /^\s*$/u, ZH_LIST_GAP)) pairs.push({ a: g, b: w });
    const others = ZH_OTHER_SPONSORS.exec(text.slice(w.end + of[0].length));
    const from = others ? w.end + of[0].length + others.index + others[0].length : -1;
    if (others) for (const g of listFrom(text, from, sponsors, /^\s*$/u, ZH_LIST_GAP)) pairs.push({ a: g, b: w });
  }
  if (pairs.length > 0) return pairs;
  const passive = SPONSOR_EN_PASSIVE.exec(text);
  // "WG Batch 成立于 2022 年，由 SIG Apps … 共同发起": the verb that follows 由, not the one before it.
  const zh = /[\u4e00-\u9fff]/.test(text) && !/[\u3040-\u30ff]/.test(text) ? zhSponsorVerb(text) : null;
  const active = SPONSOR_EN_ACTIVE.exec(text);
  for (const m of [passive, jaVerb, zh, active]) if (m && negatedNear(text, m.index, m.index + m[0].length)) return [];
  // "假如将来真的成立 WG X，很可能会由 SIG Y 发起", "If a WG Tracing is ever formed, SIG X would sponsor it": a supposition.
  if (SUPPOSED.test(text)) return [];
  if (passive) {
    const at = passive.index + passive[0].length;
    // "…was started jointly by SIG etcd and our SIG": the speaker's group among the founders.
    const ours = /\bour\s+(?:SIG|group)\b/iu.test(text.slice(at)) && !isQuestion(article, p) ? contextGroup(article, p) : undefined;
    // Every mention after the verb: "Kueue is a subproject of SIG Scheduling, and WG Batch, co-sponsored by SIG Scheduling and SIG Apps".
    const after = distinctGroups(groupsIn(text).filter((x) => x.start >= at && GROUP_KINDS_SPONSOR.has(x.kind ?? '')));
    const founders = [...after, ...(ours && GROUP_KINDS_SPONSOR.has(ours.kind) ? [ours] : [])];
    for (const w of sponsored.filter((g) => g.end <= passive.index)) for (const g of founders) pairs.push({ a: g, b: w });
  } else if (jaVerb) {
    for (const g of sponsors.filter((x) => x.end <= jaVerb.index)) for (const w of sponsored) pairs.push({ a: g, b: w });
  } else if (zh) {
    const by = text.indexOf('由');
    const from = by >= 0 && by < zh.index ? by : 0;
    const us = weTogether(article, p, text.slice(0, zh.index));
    const founders = [...sponsors.filter((x) => x.start >= from && x.end <= zh.index), ...(us ? [us] : [])];
    // "WG Batch 就是 SIG Scheduling 和 SIG Apps 等几个 SIG 一起发起的": the working group is the topic before its founders.
    const first = founders[0];
    const topic = (x: Mention): boolean => first !== undefined && 'start' in first && x.end <= first.start && /^\s*(?:就|也|则|最初|最早|其实)?\s*(?:是|由)\s*$/u.test(text.slice(x.end, first.start));
    // "除了 WG A，还有 WG B，它由 SIG X 和 SIG Y 共同发起": "它" is the working group named last.
    const it = by >= 0 && /(?:它|其|该工作组|这个工作组)\s*(?:是|则|最初|最早)?\s*$/u.test(text.slice(0, by)) ? sponsored.filter((x) => x.end <= by).pop() : undefined;
    // ("WG Batch 当初就是由 … 一起发起的；今年新成立的 WG X…": a working group in a later clause is another's.)
    const clauseEnd = /[；;。]/u.exec(text.slice(zh.index))?.index;
    const targets = it ? [it] : sponsored.filter((x) => (x.start >= zh.index || by >= 0 || topic(x)) && (clauseEnd === undefined || x.start < zh.index + clauseEnd));
    for (const g of founders) for (const w of targets) pairs.push({ a: g, b: w });
  } else if (active) {
    const targets = sponsored.filter((x) => x.start >= active.index + active[0].length);
    // "We also co-sponsor WG etcd Operator together with SIG etcd": the speakers' group.
    const us = /\bwe\s+(?:also\s+|jointly\s+|now\s+)?$/iu.test(text.slice(0, active.index)) && !isQuestion(article, p) ? contextGroup(article, p) : undefined;
    const ours = us && GROUP_KINDS_SPONSOR.has(us.kind) ? [us] : [];
    for (const g of [...sponsors.filter((x) => x.end <= active.index), ...ours, ...coSponsorsAfter(text, targets, sponsors)]) for (const w of targets) if (g.name !== w.name) pairs.push({ a: g, b: w });
  }
  return pairs;
}

/** "SIG API Machinery set it up together with SIG Architecture": "it" is the working group named just before. */
export const IT_FOUNDED = /\b(?:set\s+(?:it|that\s+(?:working\s+)?group|the\s+(?:working\s+)?group)\s+up|(?:started|formed|founded|chartered|launched|created|co-?sponsored|sponsored|(?:co-?)?sponsors?)\s+(?:it|that\s+(?:working\s+)?group|the\s+working\s+group))\b/iu;

function itFounded(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, sponsors: Mention[]): Pair[] {
  const m = IT_FOUNDED.exec(s.text);
  if (!m || isQuestion(article, p) || negatedNear(s.text, m.index, m.index + m[0].length)) return [];
  // "When we proposed the working group, SIG A and SIG B agreed to sponsor it": the working group the article is about.
  const ours = /\b(?:the|our|this)\s+(?:working\s+group|WG)\b/iu.test(s.text.slice(0, m.index)) ? contextGroup(article, p) : undefined;
  const wg = recentWorkingGroup(article, s, m.index) ?? (ours && GROUP_KINDS_SPONSORED.has(ours.kind) ? ours : undefined);
  if (!wg) return [];
  const founders = listBackFrom(s.text, m.index, sponsors);
  const partners = listFrom(s.text, m.index + m[0].length, sponsors, TOGETHER_WITH, LIST_GAP);
  return founders.length > 0 ? [...founders, ...partners].map((g) => ({ a: g, b: wg })) : [];
}

const SPONSOR_WORD = /sponsor|stakeholder|スポンサー|立ち上げ|設立|発足|創設|結成/iu;
const SUCCESSION = /前身|\bpredecessor\b|\bsuccessor\b|後継|后继|\brenamed\b|\bgraduated\s+(?:in)?to\b|\b(?:became|turned\s+into)\s+(?:a\s+|the\s+)?(?:SIG|working\s+group)/iu;
const ZH_SPONSOR_OF = /^\s*的\s*(?:主要|正式)?\s*(?:发起|赞助|牵头)\s*(?:SIG|方|者|小组)?\s*(?:之一)?/u;
const ZH_OTHER_SPONSORS = /^[，,]\s*(?:其他|其余|另外的?)\s*(?:的)?\s*(?:发起|赞助|牵头)\s*(?:SIG|方|者|小组)?\s*(?:还|则)?\s*(?:包括|有|是)\s*/u;
const ZH_LIST_GAP = /^\s*(?:[、，,]|和|与|及|以及)\s*$/u;
const TOGETHER_WITH = /^\s*,?\s*(?:together\s+with|along\s+with|alongside|jointly\s+with|with)\s+(?:the\s+)?$/iu;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/iu;

/** "SIG Scheduling co-sponsors WG Batch together with SIG Apps, SIG Autoscaling and SIG Node": the list after the last target. */
function coSponsorsAfter(text: string, targets: Mention[], sponsors: Mention[]): Mention[] {
  const last = targets[targets.length - 1];
  return last ? listFrom(text, last.end, sponsors, TOGETHER_WITH, LIST_GAP) : [];
}

const SUPPOSED = /假如|如果|要是|倘若|设想|很可能会|将来(?:如果|真的|会)|\b(?:if|unless|would|could|might)\b|もし|仮に|としたら|かもしれ/iu;
const SPONSOR_ZH_ALL = new RegExp(SPONSOR_ZH.source, 'gu');

function zhSponsorVerb(text: string): RegExpExecArray | null {
  const by = text.indexOf('由');
  const all = [...text.matchAll(SPONSOR_ZH_ALL)];
  return (by >= 0 ? all.find((m) => m.index > by) : undefined) ?? all[0] ?? null;
}

/** "SIG NodeとSIG Schedulingがスポンサーとなっています" in an article about a working group: its sponsors. */
// "SIG Node and SIG Scheduling jointly sponsored the working group when it was chartered".
// "We were chartered by four SIGs: …" in the working group's own article.
const SPONSORS_OF_IT = /がスポンサー(?:と|に|を|で)|(?:is|are|(?<=\b(?:we|it|(?:the|this|our)\s+(?:working\s+group|WG))\s+)(?:were|was))\s+(?:originally\s+|jointly\s+|first\s+)?(?:co-?sponsored|sponsored|chartered|formed|founded|created)\s+by|\b(?:jointly\s+|co-?)?(?:sponsored|sponsor|chartered|formed|founded)\s+(?:the|this|our)\s+(?:working\s+group|group|WG)\b|是(?:它|其|该工作组)?的?\s*(?:赞助|发起)\s*(?:方|者|单位|SIG)|由[^。；]{1,60}?(?:共同)?(?:发起|赞助|成立)/iu;

const THE_WG_PASSIVE = /^\s*(?:The|This|That)\s+(?:working\s+group|WG|group)\b(?:\s*,[^,.;]{1,80},)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:originally|jointly|first|officially)\s+)?(?:co-?sponsored|sponsored|chartered)\s+(?:jointly\s+)?by\s+/u;
const OUR_SPONSOR = /(?:\s*,\s*which\s+(?:has|had)\s+been|\s+(?:is|was|has\s+been|had\s+been))\s+(?:one\s+of\s+)?our\s+(?:(?:original|main|first)\s+)?sponsor(?:ing\s+SIGs?|s)?\b|\s*,\s*which\s+(?:also\s+|originally\s+|first\s+)?(?:co-?)?sponsor(?:s|ed)\s+us\b/iu;
const OUR_SPONSOR_ALL = new RegExp(OUR_SPONSOR.source, 'giu');
const THIS_WG = /(?:这个|该|此)\s*(?:工作组|WG)|この\s*(?:ワーキンググループ|WG)/u;

const THE_GROUP_WHICH = /^\s*(?:the|this|our)\s+(?:group|working\s+group|WG)\s*,\s*which\s+[^,.;]{1,80}?\b(?:co-?sponsor(?:s|ed)?|sponsor(?:s|ed)?|formed|founded|chartered|created|started)\b/iu;

function sponsorsOfContext(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, sponsors: Mention[]): Pair[] {
  const text = s.text;
  const group = contextGroup(article, p);
  // "The group, which SIG Release and SIG Architecture sponsored, studied …".
  const which = THE_GROUP_WHICH.exec(text);
  if (which && group && GROUP_KINDS_SPONSORED.has(group.kind) && !isQuestion(article, p) && !negatedNear(text, which.index, which.index + which[0].length)) {
    const inClause = sponsors.filter((g) => g.start >= which.index && g.end <= which.index + which[0].length);
    if (inClause.length > 0) return inClause.filter((g) => g.name !== group.name).map((g) => ({ a: g, b: group }));
  }
  // "We talked to SIG Auth, which had been our sponsoring SIG since day one".
  const ours = OUR_SPONSOR.exec(text);
  if (ours && group && GROUP_KINDS_SPONSORED.has(group.kind) && !isQuestion(article, p) && !negatedNear(text, ours.index, ours.index + ours[0].length)) {
    const found = [...text.matchAll(OUR_SPONSOR_ALL)].flatMap((m) => sponsors.filter((x) => x.end === m.index && x.name !== group.name));
    if (found.length > 0) return found.map((g) => ({ a: g, b: group }));
  }
  // "The working group is sponsored jointly by SIG Scheduling, SIG Apps and SIG Node", "The group, a revival of …, was sponsored by A and B".
  const passive = THE_WG_PASSIVE.exec(text);
  const wg = passive && !isQuestion(article, p) && !negatedNear(text, passive.index, passive.index + passive[0].length) ? recentWorkingGroup(article, s, passive.index) : undefined;
  if (passive && wg) {
    const by = listFrom(text, passive.index + passive[0].length, sponsors, /^\s*(?:the\s+)?$/u, /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/iu);
    if (by.length > 0) return by.filter((g) => g.name !== wg.name).map((g) => ({ a: g, b: wg }));
  }
  const verb = SPONSORS_OF_IT.exec(text);
  // "你刚才提到 Data Protection 工作组…？" — "这个工作组是由 SIG Storage 和 SIG Apps 共同发起和赞助的": the working group named last.
  const thisWg = THIS_WG.exec(text);
  const named = thisWg ? recentWorkingGroup(article, s, thisWg.index) : undefined;
  if (verb && named?.kind && !isQuestion(article, p) && !negatedNear(text, verb.index, verb.index + verb[0].length)) {
    const by = sponsors.filter((g) => (verb[0].startsWith('由') ? g.start > verb.index && g.end <= verb.index + verb[0].length : g.end <= verb.index) && g.name !== named.name);
    if (by.length > 0) return by.map((g) => ({ a: g, b: named }));
  }
  if (!verb || !group || !GROUP_KINDS_SPONSORED.has(group.kind) || isQuestion(article, p)) return [];
  if (negatedNear(text, verb.index, verb.index + verb[0].length)) return [];
  // The sponsors are the groups before a Japanese or Chinese verb, after an English passive.
  // "该工作组由 SIG Release 和 SIG Architecture 共同发起": the sponsors sit inside the match.
  const passiveVerb = /^(?:is|are|was|were)\b/iu.test(verb[0]);
  const before = passiveVerb ? [] : sponsors.filter((g) => (verb[0].startsWith('由') ? g.start > verb.index && g.end <= verb.index + verb[0].length : g.end <= verb.index));
  const after = passiveVerb ? sponsors.filter((g) => g.start >= verb.index + verb[0].length) : [];
  return [...before, ...after].filter((g) => g.name !== group.name).map((g) => ({ a: g, b: group }));
}

export function sponsorListPairs(article: ParsedArticle, p: Paragraph, s: Sentence): Pair[] {
  const m = SPONSOR_LIST.exec(s.text);
  if (!m) return [];
  const target = contextGroup(article, p);
  if (!target || !GROUP_KINDS_SPONSORED.has(target.kind)) return [];
  // "with SIG Node and SIG Scheduling as the sponsoring SIGs and SIG Network listed as stakeholders":
  // the sponsors come before the words, back to "with".
  const before = s.text.slice(0, m.index);
  const named = /\bas\s+(?:its|their|the)\s+$/iu.test(before)
    ? groupsIn(before).filter((g) => g.start >= Math.max(0, before.search(/\bwith\s+(?:(?!\bwith\b).)*$/iu)))
    : groupsIn(s.text.slice(m.index));
  return distinctGroups(named)
    .filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''))
    .map((g) => ({ a: g, b: target }));
}
