/**
 * Ownership read from whole blocks rather than one sentence: a paragraph where the group speaks of
 * its subprojects, list items under a subproject lead-in, bold labels described as subprojects,
 * tables with a Subproject column, and answers that only list projects to "what does the SIG own?".
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import { canonicalProject, isCommunitySubproject } from './mentions/orgs.ts';
import { contextGroup, distinctGroups, groupsIn, isQuestion, paragraphOf, questionOf } from './org-context.ts';
import { answerItems, itemName } from './owned-lists.ts';
import type { Mention } from './mentions/types.ts';
import { NEVER_OWNED, SUBPROJECT, USES, negatedAnywhere, ownedProjects, projectDraft, sentenceProjects, type Found } from './owned-terms.ts';
import { SUBPROJECT_COLUMN, cellName, cellUnder, tableRows } from './table-rows.ts';

const RESPONSIBILITY_LEAD = /responsib|in\s+charge\s+of|\bscope\b|\bowns?\b|負責|责任|职责|负责|範囲|担当|責任|スコープ/i;
const NOT_IN_SCOPE = /不包括|不负责|out\s+of\s+scope|not\s+(?:in\s+scope|responsible)|対象外|担当していない|含まれない/i;
const NAME_LIKE = /^(?:[A-Z0-9][\w+.'’/-]*|[a-z0-9]+(?:[-.][a-z0-9]+)+)(?:\s+[A-Za-z0-9][\w+.'’/-]*){0,3}$|^[^\sA-Za-z]{2,12}$/;
const INSTRUCTION = /^(?:Improve|Write|Join|Help|Review|Fix|Attend|Contribute|Read|Learn|Start|Find|Ask|Share|Create|Add|Update|Test|Triage|Document|Check|Get|Be|Do|Make|Take|Use|Try|Follow|Subscribe)\b/;
const HOW_TO = /\bways?\b|\bhow\s+(?:to|you|can)\b|\bhelp\b|\btips?\b|\bsteps?\b|方法|方式|如何|方法で|方法は|手順/i;
const THIS_SUBPROJECT = /\b(?:this|the)\s+sub-?project\b|这个子项目|该子项目|此子项目|このサブプロジェクト|本サブプロジェクト/i;
/** A sentence that enumerates: "there's …", "such as …", "for example …", "例如 …". */
const ENUMERATES = /\b(?:there(?:'s|’s|\s+is|\s+are)|such\s+as|like|including|include[sd]?|for\s+example|e\.g\.)\b|例如|比如|包括|例えば|など|といった/i;
/** A paragraph where the group speaks of its subprojects: "we have many subprojects", "SIG X has subprojects". */
const HAS_SUBPROJECTS = /\b(?:we|our|the\s+SIG|this\s+SIG|SIG's)\b[^.]{0,60}?sub[-\s]?projects?|私たちのサブプロジェクト|我们的子项目|我们拥有[^。]{0,20}子项目/i;

const LIVES_IN_BEFORE = /\b(?:lives?|living|sits?|resides?|is\s+kept|are\s+kept|is\s+hosted|are\s+hosted)\s+(?:in|inside|under|within)\s+(?:the\s+)?[`'"“]?$/iu;

/** In a paragraph where the group speaks of its subprojects, the community subprojects it names. */
export function fromSubprojectParagraph(article: ParsedArticle, p: Paragraph): Array<Found & { s: Sentence }> {
  if (p.kind === 'heading' || isQuestion(article, p) || !HAS_SUBPROJECTS.test(p.text)) return [];
  const group = contextGroup(article, p);
  if (!group) return [];
  const out: Array<Found & { s: Sentence }> = [];
  for (const s of p.sentences) {
    const groups = distinctGroups(groupsIn(s.text));
    if (groups.some((g) => g.name !== group.name) || negatedAnywhere(s.text) || USES.test(s.text)) continue;
    if (!ENUMERATES.test(s.text) && !SUBPROJECT.test(s.text)) continue;
    for (const m of ownedProjects(s.text)) {
      // "…the metric stability framework that lives in component-base": where something else lives.
      if (LIVES_IN_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      if (isCommunitySubproject(m.name)) out.push({ group, project: projectDraft(m.name), confidence: 0.7, s });
    }
  }
  return out;
}

/** List items under a subproject heading or lead-in, or under a "responsible for:" lead-in. */
export function fromListItem(article: ParsedArticle, p: Paragraph): Found[] {
  if (p.kind !== 'listItem') return [];
  const heading = p.section === undefined ? undefined : paragraphOf(article, p.section);
  // The lead-in is the paragraph right before this run of list items (and the one before it).
  const sameChannel = article.paragraphs.filter((x) => x.channel === p.channel && x.index < p.index);
  let k = sameChannel.length - 1;
  while (k >= 0 && sameChannel[k]?.kind === 'listItem') k--;
  const leads = [sameChannel[k - 1], sameChannel[k]].filter(
    (x): x is Paragraph => x !== undefined && x.kind !== 'listItem' && x.kind !== 'heading' && (heading === undefined || x.index > heading.index),
  );
  const lead = leads[leads.length - 1];
  if (lead && NOT_IN_SCOPE.test(lead.text)) return [];
  const headingGroups = heading ? distinctGroups(groupsIn(heading.text)) : [];
  // "After the transfer, SIG Scheduling owns the following subprojects:" under "KWOK moves to SIG Testing": the lead-in's group.
  const leadGroups = lead && /[:：]\s*$/u.test(lead.text) ? distinctGroups(groupsIn(lead.text)) : [];
  const group = (leadGroups.length === 1 ? leadGroups[0] : undefined) ?? (headingGroups.length === 1 ? headingGroups[0] : undefined) ?? contextGroup(article, p);
  if (!group) return [];
  const subprojectList = (heading !== undefined && SUBPROJECT.test(heading.text)) || leads.some((x) => SUBPROJECT.test(x.text));
  if (subprojectList) {
    const name = itemName(p);
    if (!name || NEVER_OWNED.has(canonicalProject(name) ?? name) || groupsIn(name).length) return [];
    // A name the lexicon does not know must look like one, under a lead-in that lists subprojects
    // rather than ways to help ("Contribute to our subprojects in these ways: **Write docs** …").
    if (!canonicalProject(name) && (!NAME_LIKE.test(name) || INSTRUCTION.test(name) || leads.some((x) => HOW_TO.test(x.text)))) return [];
    return [{ group, project: projectDraft(name), confidence: 0.8 }];
  }
  if (lead && RESPONSIBILITY_LEAD.test(lead.text) && /[:：]\s*$/.test(lead.text)) {
    return ownedProjects(p.text).map((m) => ({ group, project: projectDraft(m.name), confidence: 0.75 }));
  }
  return [];
}

/** "| Gateway API | Hannah Becker (Google) | … |" under a "Subproject" column: the section's or article's group owns it. */
export function fromTables(article: ParsedArticle): Array<Found & { s: Sentence }> {
  const out: Array<Found & { s: Sentence }> = [];
  for (const row of tableRows(article)) {
    const cell = cellUnder(row, SUBPROJECT_COLUMN);
    const name = cell ? cellName(cell.text) : undefined;
    if (!cell || !name || NEVER_OWNED.has(canonicalProject(name) ?? name) || groupsIn(name).length) continue;
    if (!canonicalProject(name) && !NAME_LIKE.test(name)) continue;
    const group = contextGroup(article, cell);
    if (group) out.push({ group, project: projectDraft(name), confidence: 0.8, s: row.sentence });
  }
  return out;
}

/** "**Blogs**: This subproject highlights …" — a bold label described as a subproject. */
export function fromBoldLabel(article: ParsedArticle, p: Paragraph): Found[] {
  if (p.kind === 'listItem') return [];
  // A speaker's label is not a subproject's name.
  if (article.turns.some((t) => t.paragraphs[0] === p.index)) return [];
  const name = itemName(p);
  if (!name) return [];
  const colon = p.text.slice(0, name.length + 6).search(/[:：]/);
  if (colon < 0 || !THIS_SUBPROJECT.test(p.text.slice(colon, colon + 24))) return [];
  const group = contextGroup(article, p);
  if (!group || groupsIn(name).length) return [];
  return [{ group, project: projectDraft(name), confidence: 0.8 }];
}

/** "What does SIG K8s Infra own?", "SIG Storage 负责哪些内容？", "どのようなものを担当していますか？". */
const OWNERSHIP_QUESTION = /\b(?:own|owns|responsible\s+for|look\s+after|take\s+care\s+of|takes\s+care\s+of|in\s+charge\s+of|maintain|cover|covers|scope|sub-?projects)\b|负责|管理|担当|管理して|所有|范围|範囲|子项目|サブプロジェクト/iu;
const ANSWER_LEAD = /^(?:\[[\d:]+\]\s*)?(?:[^:：\n]{1,40}[:：]\s*|(?:A\d*|答)\s*[.．]\s*)?(?:(?:mostly|mainly|well|so)[,\s]+|(?:that|this|it)\s+(?:means|includes|covers)\s+)?(?:[^.;:!?()。]{0,40}?(?:,|、|，)\s*|(?:[^.;:：!?()。\s]+\s+){1,10}[^.;:：!?()。\s]+[:：]\s*(?:(?:the|our)\s+)?(?:(?!(?:I|we|you|he|she|they|it)\b)[a-z][\w-]*\s+){0,2})?(?:the\s+|our\s+)?$/iu;
/** Between listed projects: other items of the list, separated by commas or "and" — no verb. */
const ANSWER_GAP = /^(?:\s+(?:repository|repo|repositories|project|service|tool|subproject))?[^.:!?()。]{0,60}$/iu;
const LIST_JOINER = /,|;|、|，|和|と|や|\band\b/u;
/** "Prow, which is our CI system; TestGrid, the dashboards; kind": an item's description up to the semicolon. */
const ITEM_DESCRIPTION = /^,\s*(?:which|that|the|a|an|our)\b[^;.]*;/iu;
/** "The big pieces are Prow, …": a lead that announces the list. */
const LIST_ANNOUNCED = /(?:^|[.:!]\s+)(?:the\s+)?(?:big|biggest|main|key|major|important|core)\s+(?:pieces|ones|projects|parts|things|subprojects)\s+(?:are|include)\s*:?\s*(?:the\s+)?$/iu;
const VERB_WORD = /\b(?:is|are|was|were|has|have|do|does|not|but|which|that|because|we|it)\b/iu;
/** After a project: its head noun, then the list or the sentence goes on. */
const ITEM_END = /^(?:\s+(?:repository|repo|repositories|project|service|tool|subproject))?(?:\s+itself)?(?:\s+for\s+[\w-]+(?:\s+[\w-]+){0,3}?)?\s*(?:[,.;、，。]|and\b|以及|及|和|与|など|等|$)/iu;

/** An answer that only lists projects to a question about what the group owns: "The kubernetes/k8s.io repository, registry.k8s.io, and …". */
export function fromOwnershipAnswer(article: ParsedArticle, p: Paragraph): Array<Found & { s: Sentence }> {
  // The answer's first sentence, else one that spells it out: "In short: metrics, logs … That means A, B and C."
  // "Quite a lot! The API server itself, client-go, …": a short exclamation before the list.
  const opener = p.sentences[0];
  // "A lot of plumbing. The big pieces are Prow, …": a short opener that names nothing.
  const s = opener && opener.text.length <= 80 && (INTERJECTION.test(opener.text) || sentenceProjects(opener.text).length === 0) && p.sentences[1] ? p.sentences[1] : opener;
  const found = s ? ownershipAnswer(article, p, s) : [];
  // "代表的なのはCSIサイドカー群で、A、B、Cなどがあります": a later sentence of a Japanese answer listing what there is.
  const there = p.sentences.slice(1).filter((x) => x !== s && THERE_ARE_JA.test(x.text) && /[\u3040-\u30ff]/u.test(x.text));
  const next = p.sentences.slice(1, 3).find((x) => SPELLED_OUT.test(x.text));
  const later = there.flatMap((x) => ownershipAnswer(article, p, x));
  return found.length > 0 || !next ? [...found, ...later] : [...ownershipAnswer(article, p, next), ...later];
}

// Words with a separator between each (no nested repetition to backtrack through on long CJK runs).
const INTERJECTION = /^(?:[^:：\n]{1,40}[:：]\s*)?[\p{L}'’]+(?:[ ,]+[\p{L}'’]+){0,3}[ ,]*[!！]\s*$/u;
const ZH_ITEM_BEFORE = /(?:是|有|包括|包含|还有|以及|[、，,和与及：:])\s*$/u;
const ZH_ITEM_AFTER = /^\s*(?:[，、。；,;]|和|与|及|以及|等|$)/u;
const THERE_ARE_JA = /(?:が|も)(?:あります|ありますね)[。．]?\s*$/u;

/** A Japanese or Chinese answer listing projects (the question was about what the group owns). */
function cjkAnswer(article: ParsedArticle, p: Paragraph, s: Sentence, items: Mention[]): Array<Found & { s: Sentence }> {
  if (items.length === 0 || negatedAnywhere(s.text)) return [];
  const group = contextGroup(article, p);
  return group ? items.map((m) => ({ group, project: projectDraft(m.name), confidence: 0.7, s })) : [];
}

const SPELLED_OUT = /^(?:that|this|it)\s+(?:means|includes|covers)\s/iu;

function ownershipAnswer(article: ParsedArticle, p: Paragraph, s: Sentence): Array<Found & { s: Sentence }> {
  if (isQuestion(article, p)) return [];
  // The question first: most paragraphs answer none about ownership, and finding projects costs more.
  const asked = questionOf(article, p);
  if (!asked || !OWNERSHIP_QUESTION.test(asked.text)) return [];
  const text = s.text;
  // "the contributor site k8s.dev": a description and the name of one project read as one mention.
  const projects: Mention[] = [];
  for (const m of sentenceProjects(text)) {
    const last = projects[projects.length - 1];
    if (last && last.name === m.name && /^\s*$/u.test(text.slice(last.end, m.start))) projects[projects.length - 1] = { ...m, start: last.start };
    else projects.push(m);
  }
  // "Windows向けのCSI Proxyや、sig-windows-toolsがあります": a Japanese answer listing what there is.
  const there = /[\u3040-\u30ff]/u.test(text) ? THERE_ARE_JA.exec(text) : null;
  if (there) return cjkAnswer(article, p, s, answerItems(text, projects, there.index));
  // "最重要的是 Gateway API，另外还有 kube-proxy、Network Policy API 和 ingress-nginx。"
  if (/[\u4e00-\u9fff]/u.test(text) && !/[\u3040-\u30ff]/u.test(text)) {
    const listed = cjkAnswer(article, p, s, projects.filter((m) => ZH_ITEM_BEFORE.test(text.slice(0, m.start)) && ZH_ITEM_AFTER.test(text.slice(m.end))));
    if (listed.length > 0) return listed;
  }
  const first = projects[0];
  const announced = first !== undefined && LIST_ANNOUNCED.test(text.slice(0, first.start));
  if (!first || (!announced && (!ANSWER_LEAD.test(text.slice(0, first.start)) || VERB_WORD.test(text.slice(0, first.start).replace(/^[^:：\n]{1,40}[:：]/u, '').replace(/^[^.;:：!?()。]{2,60}?[:：]\s*/u, '').replace(SPELLED_OUT, ''))))) return [];
  if (negatedAnywhere(text)) return [];
  const group = contextGroup(article, p);
  if (!group) return [];
  const out: Array<Found & { s: Sentence }> = [];
  let prev = first;
  for (const m of projects) {
    const gap = text.slice(prev.end, m.start).replace(ITEM_DESCRIPTION, ';');
    if (m !== first && (!ANSWER_GAP.test(gap) || !LIST_JOINER.test(gap) || VERB_WORD.test(gap))) break;
    // "the Prow build clusters": a project name that only qualifies another noun is not listed.
    if (ITEM_END.test(text.slice(m.end))) out.push({ group, project: projectDraft(m.name), confidence: 0.7, s });
    prev = m;
  }
  return out;
}

