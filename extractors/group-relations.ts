/**
 * COLLABORATES_WITH and SPONSORS between community groups, in English, Japanese and Chinese.
 *
 * COLLABORATES_WITH: a sentence with a collaboration cue ("work closely with", "連携", "合作") and
 * groups; the subject is the group in subject position (a Japanese は/が group, the group before the
 * cue in English and Chinese), else the group the article or section is about when the speaker
 * says "we" or (in Japanese and Chinese) leaves the subject out. Lists and answers that only name
 * groups are read in group-relation-blocks.ts.
 * SPONSORS: a working group "formed/sponsored by" SIGs, "SIG AとSIG Bにより設立された WG",
 * "由 SIG A 发起的 WG"; the sponsors must be SIGs or committees and the sponsored group a WG.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Emit } from '../src/extraction/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { findCompanies } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import { ellipticalAnswerPairs, relatedListPairs, sponsorItemPairs, sponsoredListPairs } from './group-relation-blocks.ts';
import { GROUP_KINDS_SPONSOR, GROUP_KINDS_SPONSORED, SPONSOR_LIST, collabCues, type Pair } from './group-relation-cues.ts';
import {
  I_ONLY,
  WE,
  weTheGroup,
  contextGroup,
  distinctGroups,
  evidenceOf,
  groupDraft,
  groupsIn,
  isQuestion,
  negatedNear,
  paragraphGroup,
  itIsTheGroup,
  paragraphOf,
  type GroupRef,
} from './org-context.ts';

/** "SIG Auth is probably the closest": a group named as the partner, with no partner after the cue. */
const PARTNER_NOUN = /partners?$|closest$/iu;
const SPONSOR_EN_PASSIVE = /\b(?:formed|founded|created|established|sponsored|chartered|started|launched|initiated|spun\s+up|set\s+up|co-sponsored)\s+(?:jointly\s+)?by\b/i;
/** "The group is in close contact with …", "AB: The subproject works with …", "工作组与…保持着密切联系": the article's group as the subject. */
const GROUP_SUBJECT = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:the|this|our)\s+(?:SIG|group|working\s+group|WG|team|sub-?project|project)\b|^\s*(?:该|本|这个)?\s*(?:工作组|小组)(?=\s*(?:与|和|同|跟|也|一直|正在|保持))/iu;
/** "…, so the SIG works closely with", "Stefan added that the SIG also partners with": the group heads the cue's clause. */
const GROUP_CLAUSE_SUBJECT = /(?:^|[,;:]\s*(?:so|and|but|while)?|\b(?:that|because|since|so|and|where|said|says|explained|explains|noted|notes|added|adds)\s)\s*(?:the|this|our)\s+(?:SIG|group|working\s+group|WG|sub-?project)\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/iu;
/** "The subproject maintains the API conventions, and it works very closely with …": "it" continues the group's sentence. */
/** "It also partners with SIG Testing": "it" opens the sentence. */
const IT_OPENS = /^\s*It\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/u;
const IT_CLAUSE_SUBJECT = /[,;]\s*(?:and|but|so)?\s*it\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/iu;
const PARTICIPLE_BEFORE = /\b(?:done|developed|built|designed|written|delivered|implemented|driven|run)\s+(?:in\s+(?:close\s+)?)?$/iu;
const BOTH_GROUPS = /\b(?:the\s+two|both)\s+(?:SIGs|groups)\b/iu;
const AS_SPONSORS = /\bas\s+(?:its|their|the)\s+(?:(?:co-?)?sponsoring\s+(?:SIGs|groups)|(?:co-?)?sponsors?)\b/iu;
const SPONSOR_EN_ACTIVE = /\b(?:formed|founded|created|established|sponsor(?:s|ed)?|co-sponsor(?:s|ed)?|charter(?:s|ed)?|launched|spun\s+up|set\s+up)\b/i;
const SPONSOR_JA = /(?:により|によって|が)(?:共同で)?(?:設立|発足|立ち上げ|創設|結成|スポンサー)|(?:の共同の取り組み|の共同作業|の協力)(?:により|によって|で)(?:設立|発足|立ち上げ|創設|結成)|がスポンサー/;
const SPONSOR_ZH = /(?:发起|成立|创建|创立|赞助|牵头成立|共同成立|共同发起)/;


const SUBJECT_JA = /^[\s\u3000]*(?:は|が|では|も、|としては)/;


/** Ends the clause of a collaboration cue; ", and with SIG B" does not (the list of partners goes on). */
const PARTNERS_END = /,\s*(?:but|while|whereas|although|though|which|who)\b|;|\s[-–—]\s|，\s*(?:但|而|不过)|が、|けど/iu;

const CONTRAST = /,\s*(?:but|while|whereas)\b|;|，\s*(?:但|而|不过)|(?:ており|ていて|であり|ですが|ますが|ませんが|ないが|ないけど)、/giu;
/** ", and with SIG Autoscaling on …": the list of partners resumes after a relative clause. */
const NEG_CLAUSE = /\b(?:not|never)\b|n['’]t\b/iu;
const PARTNERS_RESUME = /,?\s+and\s+(?:also\s+)?with\s+(?:the\s+)?$/iu;

/** Subject and partners of one collaboration sentence. */
function collaborationPairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  // Most sentences name no group: skip the cue patterns, the costliest part, for them.
  if (groupsIn(text).length === 0) return [];
  // "I don't work with SIG Node much, but SIG Apps works closely with SIG Scheduling": the first cue
  // that is not negated.
  const cue = collabCues(text, article.lang).find((c) => !negatedNear(text, c.index, c.index + c[0].length));
  if (!cue) return [];
  // "…works closely with SIG Release, but it does not maintain X, which belongs to SIG Architecture":
  // partners are named in the cue's own clause.
  const clauseEnd = PARTNERS_END.exec(text.slice(cue.index + cue[0].length));
  const end = clauseEnd ? cue.index + cue[0].length + clauseEnd.index : text.length;
  // …and the clause starts after a contrast: "I don't work with SIG Node much, but SIG Apps …".
  // "Contributors from SIG Node often join our meetings, and we regularly sync with SIG Testing": "we" opens the cue's clause.
  const weClause = [...text.slice(0, cue.index).matchAll(/(?:,|;)\s*(?:and\s+|but\s+|so\s+)?(?=we\b)/giu)].pop();
  const start = Math.max(0, ...[...text.slice(0, cue.index).matchAll(CONTRAST)].map((m) => m.index + m[0].length), weClause ? weClause.index + weClause[0].length : 0);
  const all = groupsIn(text);
  // "with WG Batch, which covers training, and with SIG Autoscaling": partners after the clause's end.
  const resumed = clauseEnd ? all.filter((m) => m.start >= end && PARTNERS_RESUME.test(text.slice(end, m.start).slice(-24)) && !NEG_CLAUSE.test(text.slice(end, m.start))) : [];
  const mentions = [...all.filter((m) => m.start >= start && m.start < end), ...resumed];
  const groups = distinctGroups(mentions);
  if (groups.length === 0) return [];
  const japanese = /[\u3040-\u30ff]/.test(text);
  // "the two SIGs met regularly": this sentence's group and another ("both SIGs depend on them": on something else).
  const both = BOTH_GROUPS.test(text.slice(0, cue.index)) && !/^(?:rel|depend)/iu.test(cue[0]);
  let subject: GroupRef | Mention | undefined;
  let partners: Mention[];
  if (japanese) {
    subject = mentions.find((m) => SUBJECT_JA.test(text.slice(m.end, m.end + 6)) && m.start < cue.index);
    partners = groups.filter((g) => g.name !== subject?.name);
  } else {
    const before = groups.filter((g) => g.start < cue.index);
    const lead = before[0] ? text.slice(start, before[0].start) : '';
    const leadIsSubject = before[0] !== undefined && !WE.test(lead) && !/\b(?:with|to|and|like|as|from)\s*$|与|和|跟|同|来自\s*$/i.test(lead) && !both;
    if (leadIsSubject) {
      subject = before[0];
      partners = groups.slice(1);
    } else {
      partners = groups;
    }
  }
  if (!subject) {
    // "We work closely with SIG X" / implicit Japanese and Chinese subjects: the context group.
    if (isQuestion(article, p)) return [];
    const head = text.slice(0, cue.index);
    const groupSubject =
      GROUP_SUBJECT.test(head) || GROUP_CLAUSE_SUBJECT.test(head) || (IT_CLAUSE_SUBJECT.test(head) && GROUP_SUBJECT.test(head)) || (IT_OPENS.test(head) && itIsTheGroup(article, s));
    // "Together with WG Batch, we designed…": the subject follows the fronted phrase.
    const fronted = /^\s*$/u.test(text.slice(0, cue.index)) && /^(?:together|jointly)\b/iu.test(cue[0]) && /^[^,]{0,60},\s*we\b/iu.test(text.slice(cue.index + cue[0].length));
    // "the work on ProvisioningRequests, done jointly with WG Batch": work of the group the text is about.
    const participle = PARTICIPLE_BEFORE.test(head) && /^(?:jointly|together\s+with|collaborat)/iu.test(cue[0]);
    const we = weTheGroup(text, cue.index + cue[0].length) || groupSubject || (fronted && weTheGroup(text)) || participle || both;
    const implicit =
      article.lang !== 'en' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !I_ONLY.test(text) && findCompanies(text.slice(0, cue.index)).length === 0;
    if (!we && !implicit) return [];
    if (both) partners = distinctGroups(all);
    // "The SIG, she explains, … shares a lot of work with SIG Multicluster", in an article about a person: the SIG the paragraph named.
    const context = contextGroup(article, p);
    // "the two SIGs": this sentence's group and another, the article's or the one named just before.
    if (both) subject = context && partners.every((g) => g.name !== context.name) ? context : groupNamedBefore(article, s, partners);
    else subject = context ?? (groupSubject ? paragraphGroup(article, s) : undefined);
    if (!subject) return [];
  }
  const subj = subject;
  // "SIG API Machinery is the closest partner" in an answer about the article's group: of that group.
  if (partners.length === 0 && PARTNER_NOUN.test(cue[0]) && !isQuestion(article, p)) {
    const context = contextGroup(article, p);
    if (context && context.name !== subj.name) return [{ a: context, b: subj }];
  }
  return partners.filter((g) => g.name !== subj.name).map((g) => ({ a: subj, b: g }));
}

function sponsorPairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  const groups = distinctGroups(groupsIn(text));
  const sponsors = groups.filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''));
  // "このワーキンググループはSIG AとSIG Bがスポンサーとなっており、WG Batchとも連携しています": a
  // working group in the next clause is not the one sponsored.
  const jaVerb = SPONSOR_JA.exec(text);
  const jaVerbEnd = jaVerb ? jaVerb.index + jaVerb[0].length : 0;
  const sponsored = groups.filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? '') && !(jaVerb && g.start >= jaVerbEnd && /[、，。]/u.test(text.slice(jaVerbEnd, g.start))));
  if (!sponsored.length) return sponsorsOfContext(article, s, p, sponsors);
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
    const rel = /^\s*,?\s*(?:which|that)\s+/iu.exec(text.slice(w.end));
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
  if (pairs.length > 0) return pairs;
  const passive = SPONSOR_EN_PASSIVE.exec(text);
  // "WG Batch 成立于 2022 年，由 SIG Apps … 共同发起": the verb that follows 由, not the one before it.
  const zh = /[\u4e00-\u9fff]/.test(text) && !/[\u3040-\u30ff]/.test(text) ? zhSponsorVerb(text) : null;
  const active = SPONSOR_EN_ACTIVE.exec(text);
  for (const m of [passive, jaVerb, zh, active]) if (m && negatedNear(text, m.index, m.index + m[0].length)) return [];
  if (passive) {
    const at = passive.index + passive[0].length;
    for (const w of sponsored.filter((g) => g.end <= passive.index))
      for (const g of sponsors.filter((x) => x.start >= at)) pairs.push({ a: g, b: w });
  } else if (jaVerb) {
    for (const g of sponsors.filter((x) => x.end <= jaVerb.index)) for (const w of sponsored) pairs.push({ a: g, b: w });
  } else if (zh) {
    const by = text.indexOf('由');
    const from = by >= 0 && by < zh.index ? by : 0;
    for (const g of sponsors.filter((x) => x.start >= from && x.end <= zh.index))
      for (const w of sponsored.filter((x) => x.start >= zh.index || by >= 0)) pairs.push({ a: g, b: w });
  } else if (active) {
    for (const g of sponsors.filter((x) => x.end <= active.index))
      for (const w of sponsored.filter((x) => x.start >= active.index + active[0].length)) pairs.push({ a: g, b: w });
  }
  return pairs;
}

/** "the two SIGs" where no group is the article's: the other group named most recently before. */
function groupNamedBefore(article: ParsedArticle, s: Sentence, here: Mention[]): Mention | undefined {
  const i = article.sentences.indexOf(s);
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const prev = article.sentences[j];
    const other = prev ? groupsIn(prev.text).filter((g) => here.every((h) => h.name !== g.name)).pop() : undefined;
    if (other) return other;
  }
  return undefined;
}

const SPONSOR_ZH_ALL = new RegExp(SPONSOR_ZH.source, 'gu');

function zhSponsorVerb(text: string): RegExpExecArray | null {
  const by = text.indexOf('由');
  const all = [...text.matchAll(SPONSOR_ZH_ALL)];
  return (by >= 0 ? all.find((m) => m.index > by) : undefined) ?? all[0] ?? null;
}

/** "SIG NodeとSIG Schedulingがスポンサーとなっています" in an article about a working group: its sponsors. */
const SPONSORS_OF_IT = /がスポンサー(?:と|に|を|で)|(?:is|are)\s+(?:co-?)?sponsored\s+by|是(?:它|其|该工作组)?的?(?:赞助|发起)(?:方|者|单位)|由[^。；]{1,60}?(?:共同)?(?:发起|赞助|成立)/iu;

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
  const verb = SPONSORS_OF_IT.exec(text);
  if (!verb || !group || !GROUP_KINDS_SPONSORED.has(group.kind) || isQuestion(article, p)) return [];
  if (negatedNear(text, verb.index, verb.index + verb[0].length)) return [];
  // The sponsors are the groups before a Japanese or Chinese verb, after an English passive.
  // "该工作组由 SIG Release 和 SIG Architecture 共同发起": the sponsors sit inside the match.
  const before = /^(?:is|are)/iu.test(verb[0]) ? [] : sponsors.filter((g) => (verb[0].startsWith('由') ? g.start > verb.index && g.end <= verb.index + verb[0].length : g.end <= verb.index));
  const after = /^(?:is|are)/iu.test(verb[0]) ? sponsors.filter((g) => g.start >= verb.index + verb[0].length) : [];
  return [...before, ...after].filter((g) => g.name !== group.name).map((g) => ({ a: g, b: group }));
}

function sponsorListPairs(article: ParsedArticle, p: Paragraph, s: Sentence): Pair[] {
  const m = SPONSOR_LIST.exec(s.text);
  if (!m) return [];
  const target = contextGroup(article, p);
  if (!target || !GROUP_KINDS_SPONSORED.has(target.kind)) return [];
  return distinctGroups(groupsIn(s.text.slice(m.index)))
    .filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''))
    .map((g) => ({ a: g, b: target }));
}

function emitPairs(emit: Emit, pairs: Pair[], s: Sentence, p: 'COLLABORATES_WITH' | 'SPONSORS', confidence: number): void {
  const seen = new Set<string>();
  for (const { a, b } of pairs) {
    if (a.name === b.name) continue;
    const key = `${a.name}\u0000${b.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    emit.triple({ s: groupDraft(a), p, o: groupDraft(b), confidence, evidence: evidenceOf(s) });
  }
}

export const groupRelations = defineExtractor(
  { id: 'group-relations', description: 'COLLABORATES_WITH and SPONSORS between SIGs, working groups and committees' },
  (article, emit) => {
    for (const s of article.sentences) {
      const p = paragraphOf(article, s.paragraph);
      const sponsors = [...sponsorPairs(article, s, p), ...(p ? sponsorListPairs(article, p, s) : [])];
      emitPairs(emit, sponsors, s, 'SPONSORS', 0.85);
      const collab = collaborationPairs(article, s, p);
      const explicit = collab.filter((x) => 'start' in x.a);
      emitPairs(emit, explicit, s, 'COLLABORATES_WITH', 0.85);
      emitPairs(emit, collab.filter((x) => !('start' in x.a)), s, 'COLLABORATES_WITH', 0.75);
    }
    for (const p of article.paragraphs) {
      const first = p.sentences[0];
      if (!first) continue;
      emitPairs(emit, relatedListPairs(article, p), first, 'COLLABORATES_WITH', 0.75);
      emitPairs(emit, ellipticalAnswerPairs(article, p), first, 'COLLABORATES_WITH', 0.7);
      emitPairs(emit, sponsoredListPairs(article, p), first, 'SPONSORS', 0.75);
      emitPairs(emit, sponsorItemPairs(article, p), first, 'SPONSORS', 0.75);
    }
  },
);
