/**
 * Ownership said in a phrase rather than with an ownership verb: a relative clause about the
 * article's group ("the Cluster Autoscaler, which the SIG has maintained since 2016"), a donation
 * to a group ("Karpenter, which AWS donated to the SIG"), a possessive ("MCS API is our best-known
 * project", "Gateway API 是他们的项目"), 属于 ("Kueue 和 JobSet 分别属于 SIG Scheduling 和 SIG Apps")
 * and "developed under SIG Node".
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { findCompanies } from './mentions/orgs.ts';
import { adjacentList } from './owned-lists.ts';
import { jaListOwnership } from './owned-ja-lists.ts';
import { negatedAnywhere, ownedProjects } from './owned-terms.ts';
import { contextGroup, isAnswer, negatedNear, type GroupRef } from './org-context.ts';

// "kompose, which lives under the SIG".
const WHICH_THE_GROUP_OWNS =
  /,\s*which\s+(?:(?:lives|sits|falls)\s+under\s+(?:the|this|our)\s+(?:SIG|group|WG|working\s+group|committee)\b|(?:the|this|our)\s+(?:SIG|group|WG|working\s+group|committee)\s+(?:(?:has|have|had)\s+)?(?:(?:also|always|long|now|still)\s+)?(?:owns|owned|maintains|maintained|looks\s+after|looked\s+after|stewards|stewarded|runs|ran|oversees|overseen)\b)/iu;
/** "SIG Auth agreed to adopt the Policy Report API as one of its subprojects": the group takes the project in. */
const ADOPTED_AS = /\b(?:adopt(?:s|ed|ing)?|took\s+on|take\s+on|takes\s+on|taken\s+on|inherit(?:s|ed)?|accept(?:s|ed)?)\s+(?:the\s+)?$/iu;
const AS_SUBPROJECT = /^\s+as\s+(?:one\s+of\s+)?(?:its|their|our|a|an)\s+(?:own\s+|new\s+|official\s+)*sub-?projects?\b/iu;
const DONATED_TO = /\b(?:donated|transferred|handed\s+over)\b[^.;]{0,60}?\bto\s+/iu;
const OUR_PROJECT = /^\s*(?:是|为)我们(?:[^，。、的]{0,6}的)?\s*(?:子)?项目|^\s+(?:is|are)\s+(?:one\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}projects?\b/iu;
const ALL_OURS = /\b(?:are|is)\s+(?:all\s+|both\s+)?ours\b/iu;
const THEIRS = /^\s*(?:是|归)(?:他们|它们)的(?:项目)?|^\s+(?:is|are)\s+theirs\b/iu;
const BELONGS_ZH = /(分别)?(?:都)?(?:隶|从)?属于/u;
const DEVELOPED_UNDER = /\b(?:developed|built|incubated|created|designed)\s+(?:under|within|in)\s+(?:the\s+)?/iu;
/** A group's own tool or project named after "is": the group is "the SIG" (group 1) or named right before "'s". */
const GROUP_TOOL_IS =
  /(?:\b((?:the|this|our)\s+(?:SIG|group|WG|working\s+group))|['’])['’]?s\s+(?:(?:main|primary|flagship|biggest|best-known|best\s+known|own|key|central|most\s+important)\s+)?(?:tools?|projects?|subprojects?|products?)\s+(?:is|are|include|includes)\s+/iu;
const THE_FEATURE = /^\s*(?:The|This)\s+(?:feature|project|tool|component|subproject|work)\b/u;

export interface PhraseFinding {
  group: GroupRef | Mention | undefined;
  project: Mention | string;
  confidence: number;
}

/** Ownership phrases of one sentence; `projects` are its owned-project mentions, code names included. */
export function phraseOwnership(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, groups: Mention[], projects: Mention[]): PhraseFinding[] {
  const text = s.text;
  const out: PhraseFinding[] = [];
  const add = (group: GroupRef | Mention | undefined, project: Mention | string, confidence: number): void => {
    out.push({ group, project, confidence });
  };
  // "the Cluster Autoscaler, which the SIG has maintained since 2016": the article's group in a relative clause.
  const whichUs = WHICH_THE_GROUP_OWNS.exec(text);
  if (whichUs) {
    const m = [...projects].reverse().find((x) => x.end <= whichUs.index && /^\s*$/u.test(text.slice(x.end, whichUs.index)));
    if (m) add(contextGroup(article, p), m, 0.8);
  }
  // "SIG Auth agreed to adopt the Policy Report API as one of its subprojects", "we took on kjob as a subproject".
  for (const x of projects) {
    const verb = ADOPTED_AS.exec(text.slice(Math.max(0, x.start - 40), x.start));
    if (!verb || !AS_SUBPROJECT.test(text.slice(x.end))) continue;
    const at = x.start - (Math.min(40, x.start) - verb.index);
    if (negatedAnywhere(text) || negatedNear(text, at, x.start)) continue;
    const named = [...groups].reverse().find((g) => g.end <= at && at - g.end <= 40);
    const group = named ?? (/\bwe\s+(?:\w+\s+){0,3}$/iu.test(text.slice(0, at)) ? contextGroup(article, p) : undefined);
    if (group) add(group, x, 0.8);
  }
  // "Karpenter, which AWS donated to the SIG in 2023", "Google donated Kubeflow to SIG X": given to the group.
  const donated = DONATED_TO.exec(text);
  if (donated && !negatedNear(text, donated.index, donated.index + donated[0].length)) {
    const at = donated.index + donated[0].length;
    const named = groups.find((g) => g.start === at);
    const group = named ?? (/^(?:the|this|our)\s+(?:SIG|group|WG|working\s+group)\b/iu.test(text.slice(at)) ? contextGroup(article, p) : undefined);
    const inside = projects.filter((x) => x.start >= donated.index && x.end <= at);
    const before = [...projects].reverse().find((x) => x.end <= donated.index && /^\s*,?\s*which\s+[^,.;]{1,40}?\s*$/iu.test(text.slice(x.end, donated.index)));
    // "Karpenter is a separate project: AWS donated it to SIG Autoscaling": the project named before "it".
    const it = !before && /^\s*\S+\s+it\s+/u.test(text.slice(donated.index, at)) ? [...projects].reverse().find((x) => x.end <= donated.index) : undefined;
    for (const m of inside.length > 0 ? inside : before ? [before] : it ? [it] : []) add(group, m, 0.8);
  }
  // "多集群服务 API（MCS API）是我们最知名的项目", "MCS API is our best-known project": in an answer, the group's.
  if (!negatedAnywhere(text)) {
    for (const x of projects) {
      // "多集群服务 API（MCS API）是…": past the bracket that holds or closes the name.
      const after = text.slice(x.end).replace(/^\s*(?:[(（][^()（）]{1,30}[)）]|[)）])/u, '');
      // ("AIBrix 是我们字节跳动开源的项目": the speaker's company's project, not the group's.)
      if (OUR_PROJECT.test(after) && p && isAnswer(article, p.index) && findCompanies(after.slice(0, 16)).length === 0) add(contextGroup(article, p), x, 0.75);
      // "因为 Gateway API 是他们的项目", "since Gateway API is theirs": the group named before in the sentence.
      const owner = THEIRS.test(after) ? [...groups].reverse().find((g) => g.end <= x.start) : undefined;
      if (owner) add(owner, x, 0.75);
    }
  }
  // "The SIG's main tool is ClusterLoader2", "SIG Scalability's best-known projects are A and B".
  const tool = GROUP_TOOL_IS.exec(text);
  if (tool && !negatedAnywhere(text)) {
    const at = tool.index + tool[0].length;
    const named = tool[1] ? undefined : [...groups].reverse().find((g) => g.end <= at && /^['’]s\s/u.test(text.slice(g.end)));
    const group = named ?? (tool[1] ? contextGroup(article, p) : undefined);
    const first = projects.find((x) => x.start >= at && /^\s*(?:the\s+)?$/iu.test(text.slice(at, x.start)));
    if (group && first) for (const m of adjacentList(text, projects, first.start, false)) add(group, m, 0.75);
  }
  // "kubeadm, Cluster API, kOps and minikube are all ours, along with etcdadm": in an answer, the group's.
  const ours = ALL_OURS.exec(text);
  if (ours && p && isAnswer(article, p.index) && !negatedAnywhere(text)) {
    const last = [...projects].reverse().find((x) => x.end <= ours.index && /^\s*$/u.test(text.slice(x.end, ours.index)));
    const along = /^\s*,?\s*(?:along\s+with|as\s+well\s+as|plus)\s+/iu.exec(text.slice(ours.index + ours[0].length));
    const listed = last ? adjacentList(text, projects, last.end, true) : [];
    const after = along ? adjacentList(text, projects, ours.index + ours[0].length + along[0].length, false) : [];
    for (const m of [...listed, ...after]) add(contextGroup(article, p), m, 0.75);
  }
  for (const f of belongsTo(text, groups, projects)) out.push(f);
  for (const f of jaListOwnership(article, s, p, groups, projects)) add(f.group, f.project, 0.75);
  // "The feature was … developed under SIG Node": the project the paragraph opened with.
  const under = DEVELOPED_UNDER.exec(text);
  if (under) {
    const g = groups.find((x) => x.start === under.index + under[0].length);
    const named = [...projects].reverse().find((x) => x.end <= under.index);
    const opener = !named && THE_FEATURE.test(text) ? paragraphProject(p) : undefined;
    const project = named ?? opener;
    if (g && project) add(g, project, 0.8);
  }
  return out;
}

/** "Kueue 和 JobSet 分别属于 SIG Scheduling 和 SIG Apps" (respectively), "kind 属于 SIG Testing". */
function belongsTo(text: string, groups: Mention[], projects: Mention[]): PhraseFinding[] {
  const belongs = BELONGS_ZH.exec(text);
  if (!belongs || negatedNear(text, belongs.index, belongs.index + belongs[0].length)) return [];
  const last = [...projects].reverse().find((x) => x.end <= belongs.index && /^[\s\u3000]*(?:虽然|都|也|则|目前|现在)?\s*$/u.test(text.slice(x.end, belongs.index)));
  const owned = last ? [...adjacentList(text, projects, last.end, true)].reverse() : [];
  const owners: Mention[] = [];
  for (const g of groups) {
    const prev = owners[owners.length - 1];
    const gap = text.slice(prev ? prev.end : belongs.index + belongs[0].length, g.start);
    if (g.start < belongs.index || !/^[\s\u3000]*(?:和|与|、|及|以及)?[\s\u3000]*$/u.test(gap)) continue;
    owners.push(g);
  }
  if (belongs[1] && owners.length === owned.length) return owned.map((m, i) => ({ group: owners[i], project: m, confidence: 0.8 }));
  const [only] = owners;
  return owners.length === 1 && only ? owned.map((m) => ({ group: only, project: m, confidence: 0.8 })) : [];
}

/** The project a paragraph's first sentence names first ("In-place Pod Resize, the ability to …"). */
function paragraphProject(p: Paragraph | undefined): string | undefined {
  const first = p?.sentences[0];
  return first ? ownedProjects(first.text)[0]?.name : undefined;
}
