/**
 * OWNS: a group is responsible for a project, component or subproject.
 *
 * Evidence, most explicit first:
 * - "SIG X owns/maintains/is responsible for P", "P is owned/maintained by SIG X", "P 归 SIG X 所有",
 *   "SIG Xが管理するP", "under the aegis of SIG X";
 * - "the SIG X P subproject", a project named after its group ("SIG Multicluster services");
 * - subproject cues: "the elections subproject", "本地化子项目", "Release Teamサブプロジェクト",
 *   "subproject owner of P", "サブプロジェクトであるP", lists ("2 subprojects under Docs: blogs and
 *   localization", "other subprojects include klog, …", "our most important projects are …",
 *   "AとBという2つのサブプロジェクト", "A、Bなど、…サブプロジェクト");
 * - list items under a subproject heading or lead-in, bold labels described as "this subproject",
 *   items of a "responsible for:" list;
 * - in a paragraph where the group says it has subprojects, the community subprojects it names;
 * - "our projects like P", "项目之一 P" in an answer of an article about the group (weak).
 * - phrases read in owned-phrases.ts: "P, which the SIG has maintained", "P, which AWS donated to the
 *   SIG", "P is our best-known project", "P 是他们的项目", "A 和 B 分别属于 SIG X 和 SIG Y", "developed under SIG X";
 * - "SIG X owns all of them" after a sentence that lists projects; "All of these are subprojects of SIG X",
 *   "どちらもSIG Xの管轄です" after projects named before (owned-summaries.ts).
 * The group is the one named in the sentence, else the section's or article's group.
 * Kubernetes itself is never owned by a group; negated sentences give nothing.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { canonicalProject } from './mentions/orgs.ts';
import { adjacentList, answerItems, chainAfter, clauseAround, jaObjects, knownItems, listProjects, listTail } from './owned-lists.ts';
import { passiveOwnership, pronounOwner } from './owned-passives.ts';
import { projectAntecedent } from './project-antecedent.ts';
import { phraseOwnership } from './owned-phrases.ts';
import { fromBoldLabel, fromListItem, fromOwnershipAnswer, fromSubprojectParagraph, fromTables } from './owned-blocks.ts';
import { CUE_NEXT, NEVER_OWNED, SUBPROJECT, USES, negatedAnywhere, projectDraft, sentenceProjects, titleProject, type Found } from './owned-terms.ts';
import { namedSubprojects } from './owned-subprojects.ts';
import { summaryOwnership } from './owned-summaries.ts';
import {
  EN_ROLE_NOUN_AFTER,
  JA_OTHER_SUBJECT,
  NEXT_CLAUSE_ZH,
  OWN_VERBS,
  OWN_VERB_EN,
  OWN_VERB_JA,
  PERSON_SUBJECT_BEFORE,
  ROLE_NOUN_AFTER,
  ZH_FOUNDED_REL,
  ZH_MODIFIES_OTHER,
  ZH_PRONOUN_CLAUSE,
  ZH_PROJECT_CLAUSE,
  newClauseAt,
} from './owned-verbs.ts';
import type { Mention } from './mentions/types.ts';
import {
  articleGroup,
  contextGroup,
  distinctGroups,
  evidenceOf,
  groupDraft,
  groupsIn,
  isAnswer,
  isQuestion,
  itIsTheGroup,
  negatedNear,
  paragraphGroup,
  paragraphOf,
  sentenceAfter,
  sentenceBefore,
  questionOf,
  THIS_GROUP,
  WE,
  weTheGroup,
  type GroupRef,
} from './org-context.ts';

const BESIDES = /(?:除了|除)[^，。]{1,60}?(?:之外|以外)|\b(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+[^,.;]{1,60}?,|[^、。]{1,60}?(?:以外にも|のほかに|の他に)/u;
/** "AやBなどの<noun>を担当": a list of names (known projects or code-style names) before など. */
const JA_EXAMPLES_OWNED = /((?:[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2}\s*(?:や|、|と)\s*)*[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2})\s*など(?:の[^。、を]{1,15}|、[^。を]{1,30})?を(?:担当|管理|メンテナンス|保守|所有)/u;
const SUBJECT_MARK_JA = /^\s*(?:は|が)/u;
const CODE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;
const OWNS_AFTER_GROUP = /^\s+(?:owns|maintains|looks\s+after|runs|oversees|stewards|is\s+responsible\s+for)\b/iu;
const EXAMPLES = /\b(?:like|such\s+as|including|e\.g\.|for\s+example)\b|例如|比如|像|之一|例子|のような|などの|といった|例えば/i;

/** "由阿里巴巴开源", "developed by Tencent", "PFNが開発した": a company's project, not a group's. */
const MADE_BY_COMPANY = /由\s*\S{2,20}?\s*(?:开源|开发|捐赠|推出)|\b(?:developed|built|created|open[- ]sourced|started)\s+(?:at|by)\s+[A-Z]|(?:が|の)(?:開発|公開|オープンソース化)(?:した|する|している)/u;
/** "Projects like Istio are outside our scope": examples of what the group does not own. */
const NOT_OURS = /(?:プロジェクト|项目)(?:の|的)(?:人たち|人々|方々|メンバー|メンテナー|開発者|人|朋友|开发者|维护者)|独立して|独立(?:开发|维护|的)|\boutside\b|out\s+of\s+scope|\bbeyond\b|\bnot\s+(?:part\s+of|ours|our)\b|\b(?:separate|independent)\s+projects?\b|\bother\s+(?:SIGs?|groups?|communit)|third-party|範囲外|以外|之外|不属于|其他\s?SIG/i;
const THERE_ARE_JA = /(?:のような|といった)[^。]{0,10}?(?:取り組み|プロジェクト|活動|イベント)(?:も|が)(?:あります|ありました|ある)/u;
const PROJECT_WORD = /\b(?:projects?|sub-?projects?|efforts?|initiatives?)\b|项目|工作|プロジェクト|取り組み/i;
/** "subprojects: A and B", "subprojects include A, B", "our most important projects are A and B", "子项目：A 和 B". */
const LIST_INTRO =
  /(?:sub[-\s]?projects?|子项目|子項目|サブプロジェクト)(?:\s*,(?=\s*\S)|\s*[，,]\s*其中(?:包括|有)?\s*|[^.:：。;；]{0,40}?(?:[:：;；]|\b(?:include|includes|including|are|is|such\s+as|like)\b|包括|包含|有|比如|例如))\s*|\bour\s+(?:[\w-]+\s+){0,3}projects?\b[^.:;]{0,70}?\b(?:are|include|includes)\b:?\s*|我们(?:的)?[^。；]{0,25}?项目[^。；]{0,40}?(?:是|包括)[:：]?\s*|私たちの[^。]{0,25}?プロジェクト[^。]{0,30}?は、?/i;
const LIST_JA_WA = /サブプロジェクト(?:には|は|として(?:は)?)、?(.+?)(?:の\d+つ|の[一二三四五六七八九十]+つ|です|があります|などがあります)/;
const LIST_JA_TOIU = /(?:には|は)、?(.{2,80}?)という[^。]{0,8}?サブプロジェクト/;
const LIST_JA_NADO = /など、?[^。]{0,20}?サブプロジェクト/;
const CUE_BEFORE = /(?:sub[-\s]?project\s+(?:owners?|leads?|maintainers?|chairs?)\s+(?:of|for)\s+(?:the\s+)?|sub[-\s]?project\b[^.;]{0,120}?\b(?:called|named)\s+|\bsub[-\s]?projects?,?\s+|サブプロジェクト(?:である|の|として(?:は)?、?)\s*|子项目\s*(?:之一)?(?:是|为)?\s*|子项目[^。；]{0,50}?(?:称为|叫做|名为)\s*)$/i;

/** The group a sentence speaks of: its only group, else the section's/article's group. */
function sentenceGroup(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, at?: number): GroupRef | Mention | undefined {
  // Only groups of the clause around `at`: in "the subproject leads for X, and I've been a reviewer
  // in SIG Testing", SIG Testing does not own X.
  const clause = at === undefined ? undefined : clauseAround(s.text, at);
  // "…, who is also a SIG Release approver": a group that only qualifies someone's role owns nothing here.
  const groups = distinctGroups(
    groupsIn(s.text).filter((g) => (!clause || (g.start >= clause.start && g.end <= clause.end)) && !ROLE_NOUN_AFTER.test(s.text.slice(g.end)) && !EN_ROLE_NOUN_AFTER.test(s.text.slice(g.end))),
  );
  if (groups.length === 1) return groups[0];
  if (groups.length > 1) return undefined;
  return contextGroup(article, p);
}

const DENIED_NEXT = /^\s*(?:其实|实际上|但)?(?:并|也)?不是(?:这样)?[。！!，,]|^\s*(?:実は|でも|しかし)?、?(?:そう|それ)?ではありません|^\s*(?:But\s+)?(?:it|that)(?:['’]s|\s+is)\s+not\s+(?:true|the\s+case|so)\b/iu;
/** A sentence ending in a question mark. */
const ASKS = /[?？]\s*["”」]?\s*$/u;
/** "The SIG, he explains, owns …", "…, but the SIG also owns …": the group word opens a clause. */
// "For now the working group maintains it itself": a time adverbial may open the sentence.
const THE_GROUP_SUBJECT = new RegExp(`(?:^\\s*(?:[^:：\\n]{1,40}[:：]\\s*)?(?:(?:for\\s+now|today|currently|at\\s+the\\s+moment|these\\s+days|so\\s+far)\\s*,?\\s+)?|[,;]\\s*(?:but|and|so|while)?\\s*)(?:${THIS_GROUP.source})`, 'iu');
/** "It owns the cloud-controller-manager framework…" answering a question about the group. */
const IT_SUBJECT = /(?:^\s*(?:[^:：\n]{1,40}[:：]\s*)?It|[,;]\s*(?:and\s+|but\s+)?it)\s+(?:also\s+|mainly\s+|mostly\s+)?$/u;
// "The Cluster Autoscaler and the VPA are ours" (said by the group's people).
const OURS_CHAIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;
const OURS_SUBPROJECT = /\b(?:is|are)\s+(?:now\s+|also\s+|all\s+|both\s+)*(?:(?:(?:a|one)\s+(?:of\s+)?)?(?:our\s+sub-?projects?|sub-?projects?\s+of\s+ours)|ours(?=\s*[.;,]|\s*$))/i;

const THE_PROJECT = /^\s+(?:(?:the|this)\s+(?:project|tool|subproject)\b|it\b(?!['’]))/iu;
const THEM = /^\s+(?:all\s+of\s+(?:them|these|those)|them\s+all|both\s+of\s+them|them|these|those|both)\s*[.,;]/iu;

/** "Asked which projects the SIG is responsible for, Mo listed …": an answer reported in prose. */
const REPORTED_OWNERSHIP =
  /^\s*Asked\s+(?:what|which)\b[^,]{0,80}?\b(?:own|owns|responsible\s+for|maintain|maintains|look\s+after|in\s+charge\s+of)\b[^,]{0,20},\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:listed|named|mentioned|pointed\s+to|cited)\s+/u;

/**
 * The objects of "SIG Xは…を担当しています": the list right before the verb, else ("ContribExは、k8s.devや、
 * Slackの運営などを担当") the listed projects between the named group and the verb.
 */
function jaObjectsAfter(text: string, projects: Mention[], verb: number, subject: Mention | undefined): Mention[] {
  const direct = jaObjects(text, projects, verb);
  if (direct.length > 0 || !subject) return direct;
  return answerItems(text, projects.filter((m) => m.start >= subject.end), verb).filter((m) => m.start >= subject.end);
}

/** The paragraph answers a question that names the group it is about ("What is SIG Cloud Provider about?"). */
function questionAboutGroup(article: ParsedArticle, p: Paragraph | undefined): boolean {
  const question = p && !isQuestion(article, p) ? questionOf(article, p) : undefined;
  const group = contextGroup(article, p);
  return question !== undefined && group !== undefined && groupsIn(question.text).some((g) => g.name === group.name);
}

function fromSentence(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Found[] {
  const text = s.text;
  const out: Found[] = [];
  const groups = groupsIn(text);
  const projects = sentenceProjects(text);
  // "…: what exactly falls under SIG Autoscaling today?": a question asks, it does not say.
  const asks = ASKS.test(text);
  const question = isQuestion(article, p) || asks;
  const covered: Array<{ start: number; end: number }> = [];
  const add = (group: GroupRef | Mention | undefined, m: Mention | string, confidence: number): void => {
    if (!group) return;
    if (typeof m !== 'string' && covered.some((c) => m.start >= c.start && m.end <= c.end && !(m.start === c.start && m.end === c.end))) return;
    const name = typeof m === 'string' ? m : m.name;
    // "the ContribEx subproject": a group's own short name is no project of it.
    if (NEVER_OWNED.has(name) || groups.some((g) => g.name === name) || groupsIn(name).some((g) => g.surface === name)) return;
    out.push({ group, project: projectDraft(name), confidence });
  };
  // Projects named as a group's subproject ("Gateway API 是 SIG Network 的子项目", "Kueue, a SIG Scheduling subproject").
  // "很多人以为 Metrics Server 是由 SIG Autoscaling 维护的。其实并不是。": the next sentence takes it back.
  const denied = negatedAnywhere(text) || DENIED_NEXT.test(sentenceAfter(article, s)?.text ?? '');
  const named = namedSubprojects(text, groups, projects, denied, () => sentenceProjects(sentenceBefore(article, s)?.text ?? ''), () => sentenceBefore(article, s)?.text ?? '');
  for (const f of named) if (f.covers) covered.push(f.covers);
  for (const f of named) add(f.group, f.project, f.confidence);
  if (denied) return out;
  // "All of these are subprojects of SIG Multicluster", "どちらもSIG API Machineryの管轄です": projects named before.
  if (!question) for (const f of summaryOwnership(article, s, p, groups)) add(f.group, f.project.name, 0.75);
  // Active: "SIG X owns / maintains P", "SIG Xは…Pを管理", "SIG X 负责 P".
  // Every verb counts: "We own the kubelet …, and we are also responsible for the node problem detector".
  const verbs = question ? [] : OWN_VERBS.flatMap(({ re, all }) => [...text.matchAll(all)].map((v) => ({ re, v })));
  for (const { re, v } of verbs) {
    // "SIG Instrumentation 并不维护 Prometheus Operator", "we don't own Prometheus".
    if (negatedNear(text, v.index, v.index + v[0].length)) continue;
    if (ZH_PROJECT_CLAUSE.test(text.slice(0, v.index))) continue;
    // "If SIG Apps ever took ownership of Kueue, …": a condition, not a fact.
    if (/\b(?:if|unless|whether)\b[^.;,]{0,60}$/iu.test(text.slice(0, v.index))) continue;
    // "…找红帽的 Rafael Mendes，他维护 CRI-O 已经很多年了": a person's work, not the group's.
    if (PERSON_SUBJECT_BEFORE.test(text.slice(Math.max(0, v.index - 12), v.index))) continue;
    // "kube-schedulerを所有するSIG Scheduling": a relative clause on the group after it, read as a passive.
    if (re === OWN_VERB_JA && groups.some((g) => g.start >= v.index + v[0].length && /^(?:している|ている|る)?\s*$/u.test(text.slice(v.index + v[0].length, g.start)))) continue;
    // "SIG Scheduling 的技术负责人，主要负责 …": a group that only qualifies a role noun is not the subject.
    // A Japanese topic ("ContribExは、…を担当しています") may stand further from its verb.
    const reach = (g: Mention): number => (re === OWN_VERB_JA && /^\s*は/u.test(text.slice(g.end)) ? 100 : 40);
    // "…和 SIG API Machinery 一起完成的，因为…，我们负责提供…": a pronoun opening a later clause is the verb's subject.
    const near = [...groups].reverse().find((g) => g.end <= v.index && v.index - g.end <= reach(g) && !ROLE_NOUN_AFTER.test(text.slice(g.end, v.index)) && !(ZH_PRONOUN_CLAUSE.test(text.slice(g.end, v.index)) && !/在\s*$/u.test(text.slice(0, g.start))));
    // "WG X 是由 SIG A 和 SIG B 共同发起的工作组，负责 DRA": the groups after 由 founded it; the topic is responsible.
    const by = near ? text.lastIndexOf('由', near.start) : -1;
    const founders = near !== undefined && by >= 0 && ZH_FOUNDED_REL.test(text.slice(near.end, v.index));
    const subj = founders ? groups.find((g) => g.end <= by) : near;
    // "…to the people who maintain our Go and etcd dependencies": someone else's work.
    if (!subj && /\b(?:people|those|folks|someone|anyone|everyone|others)\s+(?:who|that)\s+(?:\w+ly\s+)?$/iu.test(text.slice(0, v.index))) continue;
    // "The SIG, he explains, owns kube-proxy": the group the paragraph is about.
    // "SIG Autoscalingではどんなことを…？" — "Cluster AutoscalerとVPAを担当しています": Japanese leaves the group unsaid.
    const unsaid = re === OWN_VERB_JA && !subj && !JA_OTHER_SUBJECT.test(text.slice(0, v.index)) && questionAboutGroup(article, p);
    const anaphor =
      !subj && !weTheGroup(text, v.index) && (unsaid || THE_GROUP_SUBJECT.test(text.slice(0, v.index)) || (IT_SUBJECT.test(text.slice(0, v.index)) && (questionAboutGroup(article, p) || itIsTheGroup(article, s))));
    const subject = subj ?? (weTheGroup(text, v.index) ? contextGroup(article, p) : anaphor ? (contextGroup(article, p) ?? paragraphGroup(article, s)) : undefined);
    if (!subject) continue;
    // "Gateway API 由 SIG Network 维护，Kueue 则…": the agent of a passive owns what comes before, not after.
    const passiveAgent = subj !== undefined && /由\s*$/u.test(text.slice(0, subj.start));
    const objects = passiveAgent
      ? []
      : re === OWN_VERB_JA
        ? unsaid
          ? answerItems(text, projects, v.index)
          : jaObjectsAfter(text, projects, v.index, subj)
        : // "在 SIG Node 帮忙维护 node e2e 测试，也给 cri-tools 提过一些 PR": the next clause has a verb of its own.
          // "…owns kubeadm and minikube, and kind clusters are bootstrapped…": nor does an English one after ", and".
          projects.filter((m) => m.start >= v.index && m.start - (v.index + v[0].length) <= 50 && !NEXT_CLAUSE_ZH.test(text.slice(v.index, m.start)) && !newClauseAt(text, v.index, m) && !(ZH_MODIFIES_OTHER.test(text.slice(m.end)) && !/^\S*?\s*的\s*$/u.test(text.slice(v.index + v[0].length, m.start))));
    // "…: external-provisioner, external-attacher and external-resizer. SIG Storage owns all of them.": the projects just listed.
    if (objects.length === 0 && re === OWN_VERB_EN && THEM.test(text.slice(v.index + v[0].length))) for (const m of sentenceProjects(sentenceBefore(article, s)?.text ?? '')) add(subject, m, 0.75);
    // "people from SIG Network, which owns the project", "For now the working group maintains it itself":
    // the project the sentences before, else the title, are about.
    if (objects.length === 0 && re === OWN_VERB_EN && THE_PROJECT.test(text.slice(v.index + v[0].length))) {
      const it = projectAntecedent(article, s) ?? titleProject(article);
      if (it) add(subject, it, 0.7);
    }
    const lastObject = objects[objects.length - 1];
    // "负责…，以及 external-snapshotter、external-provisioner 等": a list that runs past the window.
    if (re !== OWN_VERB_JA && lastObject) for (const m of adjacentList(text, projects, lastObject.start, false).slice(1)) objects.push(m);
    for (const m of objects) add(subject, m, 0.85);
    // "除了 kubectl 之外，我们还负责 Kustomize…", "Besides kubectl, we also own …": the exception is owned too.
    const besides = objects.length > 0 ? BESIDES.exec(text.slice(0, v.index)) : null;
    if (besides) for (const m of projects.filter((x) => x.start >= besides.index && x.end <= besides.index + besides[0].length)) add(subject, m, 0.8);
    // "owns the Cluster Autoscaler, the Vertical Pod Autoscaler and the addon-resizer": a code-style name ends the list.
    const last = objects[objects.length - 1];
    if (re === OWN_VERB_EN && last) {
      for (const name of listTail(text, last.end)) add(subject, name, 0.75);
      // "owns the Kubernetes website, the localization subprojects and the blog": everyday names in the same list.
      const from = v.index + v[0].length;
      for (const name of knownItems(text.slice(from, clauseAround(text, from).end))) add(subject, name, 0.75);
    }
  }
  // "krelやpromoなどのリリースツールを担当しています": examples of what the group is responsible for.
  // The pattern backtracks over every Latin word: only sentences with "など" are worth it.
  const examples = question || !text.includes('など') ? null : JA_EXAMPLES_OWNED.exec(text);
  if (examples?.[1] !== undefined) {
    const subj = [...groups].reverse().find((g) => g.end <= examples.index && SUBJECT_MARK_JA.test(text.slice(g.end, g.end + 3)));
    const subject = subj ?? contextGroup(article, p);
    for (const item of examples[1].split(/や|、|と/u)) {
      const name = canonicalProject(item.trim()) ?? (CODE_NAME.test(item.trim()) ? item.trim() : undefined);
      if (name) add(subject, name, 0.75);
    }
  }
  // "Asked which projects the SIG is responsible for, Mo listed A, B and C": a reported answer.
  const reported = question ? null : REPORTED_OWNERSHIP.exec(text);
  if (reported) {
    const asked = groupsIn(reported[0])[0] ?? contextGroup(article, p);
    const listed = projects.filter((x) => x.start >= reported.index + reported[0].length);
    for (const m of listed) add(asked, m, 0.75);
    const lastListed = listed[listed.length - 1];
    if (lastListed) for (const name of listTail(text, lastListed.end)) add(asked, name, 0.7);
  }
  // "SIG Scheduling, whose Kueue project integrates with JobSet".
  for (const g of groups) {
    const whose = /^\s*,?\s*whose\s+(?:own\s+)?$/iu;
    const m = projects.find((x) => x.start >= g.end && whose.test(text.slice(g.end, x.start)));
    if (m) add(g, m, 0.8);
  }
  // "Prow, which SIG Testing owns": a relative clause after the project.
  for (const g of groups) {
    if (!OWNS_AFTER_GROUP.test(text.slice(g.end, g.end + 30))) continue;
    const m = [...projects].reverse().find((x) => x.end <= g.start && /^\s*,?\s*(?:which|that)\s+(?:the\s+)?$/iu.test(text.slice(x.end, g.start)));
    if (m) add(g, m, 0.85);
  }
  // Relative clauses, donations, possessives, 属于 and "developed under" (owned-phrases.ts).
  if (!question) for (const f of phraseOwnership(article, s, p, groups, projects)) add(f.group, f.project, f.confidence);
  // "Karpenter, which AWS donated, is also a subproject of ours now": the sentence's subject.
  const ours = question ? null : OURS_SUBPROJECT.exec(text);
  if (ours) {
    const subject = projects.find((x) => x.end <= ours.index);
    const owner = groups.length === 0 ? contextGroup(article, p) : undefined;
    if (subject) for (const x of chainAfter(text, projects, subject, OURS_CHAIN)) if (x.end <= ours.index) add(owner, x, 0.8);
  }
  // Passive: "P is maintained by SIG X", "P 归 SIG X 所有", "SIG Xが管理するP", "X自体はSIG Yの担当です".
  const previousGroup = (): Mention | undefined => {
    const named = distinctGroups(groupsIn(sentenceBefore(article, s)?.text ?? ''));
    return named.length === 1 ? named[0] : undefined;
  };
  if (!asks) for (const f of passiveOwnership(text, groups, projects, question ? undefined : () => contextGroup(article, p), previousGroup)) add(f.group, f.project, f.confidence);
  const pronoun = pronounOwner(text, groups);
  // The project before the pronoun is the subject: "The csi-proxy project, which allows CSI node plugins …, is not ours. It is owned by SIG Storage."
  if (pronoun && !projects.some((x) => x.end <= pronoun.at)) {
    // "Prow schedules the jobs, Boskos …, and the results land in TestGrid. All of that belongs to SIG Testing": every project named.
    if (/^\s*["“]?All\s+of\s+/u.test(text)) for (const referent of sentenceProjects(sentenceBefore(article, s)?.text ?? '')) add(pronoun.group, referent, 0.75);
    else {
      const referent = projectAntecedent(article, s);
      if (referent) add(pronoun.group, referent, 0.75);
    }
  }
  // Subproject cues next to a name, and lists of subprojects.
  if ((SUBPROJECT.test(text) || WE.test(text)) && !question) {
    const group = sentenceGroup(article, s, p);
    for (const m of projects) {
      if (CUE_NEXT.test(text.slice(m.end, m.end + 24)) || CUE_BEFORE.test(text.slice(Math.max(0, m.start - 160), m.start))) {
        add(sentenceGroup(article, s, p, m.start), m, 0.8);
        // "我们有 external-snapshotter 和 COSI 等子项目", "bboltとraftもSIG etcdのサブプロジェクト": the list before it too.
        if (/^\s*(?:等|も)/u.test(text.slice(m.end))) for (const x of adjacentList(text, projects, m.end, true)) add(sentenceGroup(article, s, p, x.start), x, 0.75);
      }
    }
    const intro = LIST_INTRO.exec(text);
    if (intro && (SUBPROJECT.test(intro[0]) || weTheGroup(text, intro.index + intro[0].length))) {
      for (const name of listProjects(text.slice(intro.index + intro[0].length))) add(group, name, 0.8);
    }
    const wa = LIST_JA_WA.exec(text) ?? LIST_JA_TOIU.exec(text);
    if (wa?.[1] !== undefined) for (const name of listProjects(wa[1])) add(group, name, 0.8);
    const nado = LIST_JA_NADO.exec(text);
    if (nado) for (const m of jaObjects(text, projects, nado.index)) add(group, m, 0.75);
  }
  // "our projects like KubeFed", "最近最活跃的项目之一 MCS" in an article about the group.
  const ex = EXAMPLES.exec(text);
  // "Kubernetes Upstream Training in Japanのような取り組みもあります": there are such efforts, not ours.
  if (ex && PROJECT_WORD.test(text) && groups.length <= 1 && !question && !NOT_OURS.test(text) && !MADE_BY_COMPANY.test(text) && !USES.test(text) && !THERE_ARE_JA.test(text)) {
    const group = groups[0] ?? (p && isAnswer(article, p.index) ? articleGroup(article) : undefined);
    const before = /のような|などの|といった/.test(ex[0]);
    for (const m of adjacentList(text, projects, before ? ex.index : ex.index + ex[0].length, before)) add(group, m, 0.65);
  }
  return out;
}

export const groupOwnership = defineExtractor(
  { id: 'group-owns', description: 'OWNS: groups responsible for projects, components and subprojects' },
  (article, emit) => {
    const found: Array<{ f: Found; s: Sentence }> = [];
    const collect = (fs: Found[], s: Sentence | undefined): void => {
      if (s) for (const f of fs) found.push({ f, s });
    };
    for (const s of article.sentences) collect(fromSentence(article, s, paragraphOf(article, s.paragraph)), s);
    for (const p of article.paragraphs) {
      // "- **Koordinator**：由阿里巴巴开源…", "- **Crane**, developed by Tencent": a company's project listed, not the group's.
      if (!MADE_BY_COMPANY.test(p.text)) {
        collect(fromListItem(article, p), p.sentences[0]);
        collect(fromBoldLabel(article, p), p.sentences[0]);
      }
      for (const f of [...fromSubprojectParagraph(article, p), ...fromOwnershipAnswer(article, p)]) collect([f], f.s);
    }
    for (const f of fromTables(article)) collect([f], f.s);
    // "the Elections subproject of SIG Contributor Experience" names its owner: elsewhere in a
    // Steering Committee article, "the Elections subproject" is not the article group's.
    const named = found.map(({ f, s }) => groupsIn(s.text).some((g) => g.name === f.group.name));
    const namedOwners = new Map<string, Set<string>>();
    found.forEach(({ f }, i) => {
      if (named[i]) namedOwners.set(f.project.name, (namedOwners.get(f.project.name) ?? new Set()).add(f.group.name));
    });
    const seen = new Set<string>();
    for (const [i, { f, s }] of found.entries()) {
      const owners = namedOwners.get(f.project.name);
      if (owners && !owners.has(f.group.name) && !named[i]) continue;
      const key = `${f.group.name}\u0000${f.project.name}\u0000${s.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      emit.triple({ s: groupDraft(f.group), p: 'OWNS', o: f.project, confidence: f.confidence, evidence: evidenceOf(s) });
    }
  },
);
