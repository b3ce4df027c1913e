/**
 * What the ownership readers share: the finding they produce, the projects no group owns, the
 * subproject cue, tools that are used rather than owned, and the negation of a responsibility.
 */
import type { ParsedArticle } from '../src/article/types.ts';
import type { EntityDraft } from '../src/extraction/types.ts';
import { canonicalProject, findProjects } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import { negatedNear, type GroupRef } from './org-context.ts';
import { codeNames } from './role-entities.ts';

export const NEVER_OWNED = new Set(['Kubernetes', 'CNCF Landscape', 'Hugo', 'Ginkgo', 'Gomega', 'Docker Engine', 'KEP', 'GitHub']);
export const SUBPROJECT = /sub[-\s]?projects?|子项目|子項目|サブプロジェクト/i;
/** Tools a group uses or builds on are not what it owns. */
export const USES = /\b(?:use[sd]?|using|rel(?:y|ies|ied)\s+on|built\s+(?:with|on)|based\s+on|depend(?:s|ed)?\s+on|integrat\w+\s+with)\b|利用|使用|使って|使う|采用|基于|依赖/i;

/** One ownership finding: the group, the project, and how sure the reading is. */
export interface Found {
  group: GroupRef | Mention;
  project: EntityDraft;
  confidence: number;
}

export function projectDraft(name: string): EntityDraft {
  return { type: 'Project', name: canonicalProject(name) ?? name };
}

export function ownedProjects(text: string): Mention[] {
  return findProjects(text).filter((m) => !NEVER_OWNED.has(m.name));
}

/** The projects a sentence names: lexicon projects, and repository names no lexicon knows ("sig-windows-tools"). */
export function sentenceProjects(text: string): Mention[] {
  const known = ownedProjects(text);
  return [...known, ...codeNames(text, known).filter((m) => m.name.includes('-'))].sort((a, b) => a.start - b.start);
}

/** The one project an article's title names ("kube-state-metrics v3 的设计与实践"), if it names one and no group. */
export function titleProject(article: ParsedArticle): Mention | undefined {
  const title = article.frontMatter?.title ?? '';
  const found = sentenceProjects(title);
  return found.length === 1 ? found[0] : undefined;
}

/** "SIG Cloud Provider does not handle node lifecycle": the sentence negates its responsibility cue. */
export function negatedAnywhere(text: string): boolean {
  // "People often ask whether Karmada belongs to SIG Multicluster", "「TopoLVMはSIG Storageのサブプロジェクトなのか」という質問".
  if (/\bwhether\b|(?:なのか|のかどうか|ですか)[」』]?(?:という|と)/u.test(text)) return true;
  const cue = OWNERSHIP_CUES.exec(text);
  if (cue === null) return false;
  // "People ask whether Falco would become a subproject under us if it were proposed": a hypothetical.
  if (HYPOTHETICAL.test(text)) return true;
  // "Cluster Autoscaler is SIG Autoscaling's project, not ours": the contrast denies only "ours".
  if (/^ours\b/iu.test(cue[0] + text.slice(cue.index + cue[0].length)) && /,\s*(?:and\s+)?not\s+$/iu.test(text.slice(0, cue.index))) return false;
  if (negatedNear(text, cue.index, cue.index + cue[0].length)) return true;
  // "Katalyst 并不是 SIG Node 的子项目，而是…", "Karmada 并不是 SIG Multicluster 的子项目，KubeAdmiral 也不是".
  if (ZH_NOT_GROUPS.test(text)) return true;

  // "People often assume that we also own X, but we don't", "很多人以为 X 也是 SIG Network 的项目，其实不是".
  return MISBELIEF.test(text.slice(0, cue.index)) || DENIED_AFTER.test(text.slice(cue.index));
}

const ZH_NOT_GROUPS = /(?:不是|并非|不属于|不归)\s*(?:SIG|WG)\s*[A-Za-z][\w -]{0,30}?\s*(?:的|下的|旗下的|名下的|管理的|负责的)\s*(?:[^，。；\s]{0,6})?(?:子项目|项目)/u;
const HYPOTHETICAL = /\bwhether\b[^.?!]{0,80}\bwould\b|\bwould\s+(?:become|be|move)\b[^.?!]{0,80}\bif\b|\bif\s+(?:it|they)\s+were\b|もし[^。]{0,40}(?:なら|たら|れば)/iu;
const OWNERSHIP_CUES = /担当|负责|responsible|own|ours|maintain|管理|维护(?!方|者|人|团队)|归|所有|属于|管轄|所管|sub-?project|子项目|サブプロジェクト/iu;
const MISBELIEF = /\b(?:assum(?:e|es|ed|ing)|mistakenly\s+(?:think|believe)|misconception)\b|(?:误以为|以为|誤解され)/iu;
const DENIED_AFTER = /^[^.;!?。；！？]*?,\s*but\s+(?:we|they|it|the\s+SIG)\s+(?:do|does|did)\s*(?:n['’]t|not)\b|其实不是|并不是|実はそうではありません|と(?:思われ|誤解され|考えられ)がち/iu;

/** A subproject cue right after a project's name ("… subproject", "子项目", "サブプロジェクト"). */
export const CUE_NEXT = /^[\s\u00a0]*(?:[(（]\s*(?:an?\s+)?(?:SIG\s+)?)?(?:sub[-\s]?projects?\b|(?:等\s*)?(?:这个|该|这一)?子项目|子項目|(?:も|を|は)?(?:最近|現在|今では|今は|新たに)?、?(?:(?:この|本)?\s?SIGの|SIG\s?[A-Za-z][\w -]{0,30}?の)?サブプロジェクト)/iu;
