/**
 * Relations between groups read from blocks rather than single sentences: items listed under
 * "Related SIGs" or "Sponsoring SIGs:", working groups "we have sponsored:", and interview answers
 * that only name groups to a question about collaboration ("Who do you work with most?" —
 * "SIG Node, by far.").
 */
import type { Paragraph, ParsedArticle } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { GROUP_KINDS_SPONSOR, GROUP_KINDS_SPONSORED, RELATED_HEADING, SPONSOR_LIST, collabCues, type Pair } from './group-relation-cues.ts';
import { contextGroup, distinctGroups, groupsIn, isQuestion, paragraphOf, questionOf } from './org-context.ts';

/** The paragraph right before the run of list items that holds `p` (its lead-in), in `p`'s channel. */
function leadInOf(article: ParsedArticle, p: Paragraph): Paragraph | undefined {
  let lead: Paragraph | undefined;
  for (const x of article.paragraphs) {
    if (x.index >= p.index) break;
    if (x.channel === p.channel && x.kind !== 'listItem') lead = x;
  }
  return lead;
}

/** Items of a list under "Related SIGs" (or a lead-in saying so): the section's group works with each. */
export function relatedListPairs(article: ParsedArticle, p: Paragraph): Pair[] {
  if (p.kind !== 'listItem') return [];
  const heading = p.section === undefined ? undefined : paragraphOf(article, p.section);
  const lead = leadInOf(article, p);
  const cued = (heading && RELATED_HEADING.test(heading.text)) || (lead && RELATED_HEADING.test(lead.text) && (heading === undefined || lead.index > heading.index));
  if (!cued) return [];
  const subject = contextGroup(article, p);
  if (!subject) return [];
  return distinctGroups(groupsIn(p.text))
    .filter((g) => g.name !== subject.name)
    .map((g) => ({ a: subject, b: g }));
}

/** "Which groups do you talk to most?", "SIG Apps 和哪些 SIG 合作最多？", "他のSIGとの関係は？". */
const COLLAB_QUESTION = /\b(?:work|talk|interact|collaborat|coordinat|partner|sync)\w*\s+(?:to|with)\b|\b(?:depend|rely)\s+on\b|\bother\s+(?:SIGs|groups)\b|\bclosest\b|哪些\s*SIG|其他\s*SIG|关系最|合作最|どのSIG|他のSIG|どんなSIG|SIGはどこ|やり取り|交流が|関係(?:の|が)深い|関わりの深い|(?:一番|最も)近い/iu;

/** An answer that opens with groups and no verb of its own: "SIG Node, by far.", "And SIG Cloud Provider, because…". */
const ELLIPTICAL_LEAD = /^(?:\[[\d:]+\]\s*)?(?:[^:：\n]{1,40}[:：]\s*)?(?:(?:And|Also|Mostly|Mainly|Definitely|Probably|Certainly|Primarily|Obviously|Then|I['’]d\s+add|I\s+would\s+add|I['’]d\s+also\s+add|(?:\p{Lu}[\p{L}'’-]+\s+)?(?:pointed\s+to|named|mentioned|cited|singled\s+out|picked))\b[,\s]*|(?:主要是|主要|还有|是|主に|特に)\s*)?(?:with\s+)?(?:the\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:sub-?team|team|sub-?project|folks|people)\s+(?:of|in|from)\s+)?$/u;
const ELLIPTICAL_GAP = /^\s*(?:\([^()]{0,80}\)\s*)?(?:,|and|&|\/|、|，|和|と|や)?\s*(?:(?:also\s+)?with\s+)?$/iu;
const ELLIPTICAL_END = /^\s*(?:[,，、。.!！;；]|です|でしょう|ですね|$|\s(?:on|for|around|about)\s|\s(?:by\s+far|for\s+sure|definitely|of\s+course|mostly|too|as\s+well|above\s+all|more\s+than\s+(?:anyone|anybody|any\s+other)|every\s+(?:day|week|cycle|release))\b)/iu;

/** "Who do you work with most?" — "SIG Node, by far.": the groups an answer opens with, to a collaboration question. */
export function ellipticalAnswerPairs(article: ParsedArticle, p: Paragraph): Pair[] {
  const opening = (text: string): Mention[] => {
    const groups = groupsIn(text);
    const lead = groups[0];
    if (!lead || !ELLIPTICAL_LEAD.test(text.slice(0, lead.start))) return [];
    const list = [lead];
    for (const g of groups.slice(1)) {
      const prev = list[list.length - 1];
      if (!prev || !ELLIPTICAL_GAP.test(text.slice(prev.end, g.start))) break;
      list.push(g);
    }
    const last = list[list.length - 1];
    if (!last || !ELLIPTICAL_END.test(text.slice(last.end))) return [];
    // A verb of collaboration makes it a sentence of its own, unless it sits in a relative clause
    // after the groups ("… and SIG Scalability, which relies on our metrics").
    if (collabCues(text, article.lang).some((c) => c.index < last.end)) return [];
    // "SIG Multicluster, because of the MCS API, and SIG Node for anything touching pod networking".
    for (const g of groups.filter((x) => x.start > last.end)) if (/,\s*and\s+(?:also\s+)?$/iu.test(text.slice(last.end, g.start))) list.push(g);
    return list;
  };
  // "SIG Testing, every day. SIG Release too, because …": each sentence that only names groups.
  // (A heading that names a group starts a new topic: "## WG Node Lifecycle" after an answer.)
  if (p.kind === 'heading') return [];
  const named = p.sentences.flatMap((s) => opening(s.text));
  if (named.length === 0 || isQuestion(article, p)) return [];
  const question = questionOf(article, p);
  if (!question || (collabCues(question.text, article.lang).length === 0 && !COLLAB_QUESTION.test(question.text))) return [];
  const subject = contextGroup(article, p);
  if (!subject) return [];
  return distinctGroups(named).filter((g) => g.name !== subject.name).map((g) => ({ a: subject, b: g }));
}

/** A lead-in saying the speaker's group sponsored the working groups listed next. */
const WE_SPONSORED = /\b(?:we|our\s+SIG)\b[^.]{0,60}?\b(?:sponsor(?:ed|s)?|chartered|formed|created|started)\b|\bsponsored\s+by\s+(?:us|our)|(?:私たち|我々)が[^。]{0,30}?(?:支援|スポンサー|設立|立ち上げ)[^。]{0,20}?ワーキンググループ|我们[^。]{0,30}?(?:赞助|发起|支持|成立)[^。]{0,20}?工作组/i;

/** Items of a list led in by "Sponsoring SIGs:" in an article about a working group: each sponsors it. */
export function sponsorItemPairs(article: ParsedArticle, p: Paragraph): Pair[] {
  if (p.kind !== 'listItem') return [];
  const lead = leadInOf(article, p);
  if (!lead || !SPONSOR_LIST.test(lead.text) || !/[:：]\s*$/u.test(lead.text)) return [];
  const target = contextGroup(article, p);
  if (!target || !GROUP_KINDS_SPONSORED.has(target.kind)) return [];
  return distinctGroups(groupsIn(p.text))
    .filter((g) => GROUP_KINDS_SPONSOR.has(g.kind ?? ''))
    .map((g) => ({ a: g, b: target }));
}

/** Items of a list led in by "two working groups we have sponsored:": the section's group sponsors each. */
export function sponsoredListPairs(article: ParsedArticle, p: Paragraph): Pair[] {
  if (p.kind !== 'listItem') return [];
  const lead = leadInOf(article, p);
  if (!lead || lead.kind === 'heading' || !WE_SPONSORED.test(lead.text) || isQuestion(article, lead)) return [];
  const sponsor = contextGroup(article, p);
  if (!sponsor || !GROUP_KINDS_SPONSOR.has(sponsor.kind)) return [];
  return distinctGroups(groupsIn(p.text))
    .filter((g) => GROUP_KINDS_SPONSORED.has(g.kind ?? ''))
    .map((g) => ({ a: sponsor, b: g }));
}
