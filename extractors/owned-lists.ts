/**
 * How the ownership extractor reads lists of projects: "subprojects include A, B and C",
 * "like KubeFed and Cluster Registry", "AやBといった…も", list items named in bold, and the clause
 * a cue belongs to.
 */
import type { Paragraph } from '../src/article/types.ts';
import { canonicalProject, findProjects } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import { CLAUSE_BREAK } from './org-context.ts';

/** The region of a list: up to a clause that is no longer the list ("…, which is built with Hugo"). */
function listRegion(raw: string): string {
  // ("…owns kubeadm and minikube, and kind clusters are bootstrapped with kubeadm": a clause of its own.)
  return raw.split(/[。；;]|[,，]\s*(?:(?:which|that|but|so|because|since|while|where|although)\b|后者|前者|它|其)|\s(?:which|that|who)\s|，(?=[^，]*[\u4e00-\u9fff]{4})|,\s+and\s+(?=(?:[\w-]+\s+){1,3}(?:are|is|were|was|has|have|had)\b)/)[0] ?? raw;
}

/** A short list of names: "blogs and localization", "reference-docs 和 website". */
function listItems(raw: string): string[] {
  return listRegion(raw)
    .split(/\s*(?:,|，|、|\band\b|\bor\b|和|与|及|以及|や|と)\s*/)
    .map((x) => x.replace(/^(?:そして|それに|さらに|また)、?\s*/u, '').replace(/^\(?[a-z0-9]\)\s*/i, '').replace(/^(?:the|a|an)\s+/i, '').replace(/[\s*_`.!)）]+$|^[\s*_`(（]+/g, '').trim())
    .filter((x) => x.length > 1 && x.length <= 40 && x.split(/\s+/).length <= 4);
}

const LIST_ITEM_END_JA = /^[\s`*_\])）」』]*(?:[、,，]|や|と(?!して)|など|のほか|の他|および|及び|という|です|があり|$)/u;
const REPOSITORY_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/u;

/** "kompose for people migrating from Docker Compose": a name in the description of an English item is no item. */
function describedInItem(region: string, mentions: readonly Mention[], m: Mention): boolean {
  const head = region.slice(0, m.start);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(':'), head.lastIndexOf(';'));
  const earlier = mentions.find((x) => x.start > cut && x.end <= m.start);
  return earlier !== undefined && /\b(?:for|from|of|on|in|to|by|via|into|than|like)\b/iu.test(region.slice(earlier.end, m.start).replace(/\b(?:together|along)\s+with\b|\bas\s+well\s+as\b/giu, ''));
}

/** Projects of a list: lexicon mentions in its region, plus items that are known (generic) names or repository names. */
export function listProjects(raw: string): string[] {
  const region = listRegion(raw);
  // "etcdに保存するデータを暗号化するencryption-at-rest": in Japanese, a name inside an item's modifier is no item.
  const cjk = /[\u3040-\u30ff]/u.test(region);
  const mentions = findProjects(region);
  const out = mentions
    .filter((m) => (cjk ? LIST_ITEM_END_JA.test(region.slice(m.end)) : !describedInItem(region, mentions, m)))
    .map((m) => m.name);
  for (const item of listItems(region)) {
    // "Gateway API、Network Policy API 和 kube-network-policies": a repository name ends the list.
    const known = canonicalProject(item) ?? (REPOSITORY_NAME.test(item) ? item : undefined);
    if (known && !out.includes(known)) out.push(known);
  }
  return out;
}

/** The items of a list that the lexicon knows, everyday spellings included ("the blog" → Kubernetes Blog). */
export function knownItems(raw: string): string[] {
  return listItems(raw).flatMap((item) => {
    const known = canonicalProject(item);
    return known ? [known] : [];
  });
}

/** A list item's name: "**Community**: Manages …" → "Community"; "kubetest2（用于端到端测试）" → "kubetest2". */
export function itemName(p: Paragraph): string | undefined {
  const lead = p.strong.find((r) => r.start <= 2);
  if (lead) {
    const name = p.text.slice(lead.start, lead.end).replace(/[:：\s]+$/, '').replace(/^\d+\.\s*/, '').trim();
    return name && name.length <= 40 && name.split(/\s+/).length <= 5 && !/[?？。]/.test(name) ? name : undefined;
  }
  const colon = /^([^:：]{2,40})[:：]/.exec(p.text)?.[1];
  if (colon !== undefined && colon.split(/\s+/).length <= 5) return colon.trim();
  // "- scheduler-plugins": a known name alone, even one made of everyday words.
  const whole = p.text.trim().replace(/[.,;。；]$/u, '');
  if (canonicalProject(whole)) return whole;
  const first = findProjects(p.text)[0];
  if (first && first.start <= 1) return first.name;
  return undefined;
}


/** The clause of `text` around offset `at`, between clause breaks (", and", ";", "，而"). */
export function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const LIST_GAP = /^[\s\u00a0]*(?:,|，|、|\band\b|\bor\b|和|与|及|や|と)?[\s\u00a0]*(?:the\s+)?$/i;

/** Projects forming a list right after (or right before) a position: "like KubeFed and Cluster Registry". */
export function adjacentList(text: string, projects: Mention[], at: number, before: boolean): Mention[] {
  const out: Mention[] = [];
  let edge = at;
  if (before) {
    for (const m of [...projects].reverse()) {
      if (m.end > edge) continue;
      const gap = text.slice(m.end, edge);
      if (out.length === 0 ? gap.trim().length > 0 : !LIST_GAP.test(gap)) break;
      out.push(m);
      edge = m.start;
    }
    return out;
  }
  for (const m of projects) {
    if (m.start < edge) continue;
    const gap = text.slice(edge, m.start);
    if (out.length === 0 ? !/^[\s\u00a0]*(?:是|は|:|：)?[\s\u00a0]*(?:the\s+)?$/i.test(gap) : !LIST_GAP.test(gap)) break;
    // "…kubeadm and minikube, and kind clusters are bootstrapped…": a new clause, not the list's last item.
    if (out.length > 0 && /,\s*and\b/iu.test(gap) && NEW_CLAUSE_AFTER.test(text.slice(m.end))) break;
    out.push(m);
    edge = m.end;
  }
  return out;
}

const NEW_CLAUSE_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,2}(?:are|is|were|was|has|have|had)\b/u;

/** The projects listed ("AやBといった…も", "AとBは") right before a group that manages them. */
export function listBefore(text: string, projects: Mention[], groupStart: number): Mention[] {
  const head = text.slice(0, groupStart);
  const marker = /(?:といった|などの|のような)[^。、]{0,20}?(?:も|は)、?\s*$|(?:も|は)、?\s*$/u.exec(head);
  if (!marker) return [];
  const last = [...projects].reverse().find((x) => x.end <= marker.index && /^\s*$/u.test(text.slice(x.end, marker.index)));
  return last ? chainBefore(text, projects, last, /^\s*(?:や|、|と)\s*$/u) : [];
}

/** `first` with the projects coordinated right after it, in order: "Chainer and Optuna", "A 和 B". */
export function chainAfter(text: string, projects: Mention[], first: Mention, gap: RegExp): Mention[] {
  const list = [first];
  for (const x of projects) {
    const tail = list[list.length - 1];
    if (!tail || x.start < tail.end) continue;
    if (!gap.test(text.slice(tail.end, x.start))) break;
    list.push(x);
  }
  return list;
}

/** `last` with the projects coordinated right before it, in order: "Cluster API 和 kubeadm", "COSIや、…csi-driver-host-path". */
export function chainBefore(text: string, projects: Mention[], last: Mention, gap: RegExp): Mention[] {
  const list = [last];
  for (const x of [...projects].reverse()) {
    const head = list[0];
    if (!head || x.end > head.start) continue;
    if (!gap.test(text.slice(x.end, head.start))) break;
    list.unshift(x);
  }
  return list;
}

const LIST_TAIL = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w-])/u;

/** Code-style names (lower case, hyphenated) that continue a list of known projects. */
export function listTail(text: string, from: number): string[] {
  const out: string[] = [];
  let at = from;
  for (let m = LIST_TAIL.exec(text.slice(at)); m?.[1] !== undefined; m = LIST_TAIL.exec(text.slice(at))) {
    out.push(m[1]);
    at += m[0].length;
  }
  return out;
}

/** "Cluster AutoscalerとVertical Pod Autoscaler、それにHPAを担当": the project before the verb and those coordinated with it. */
/**
 * Between two items of a Japanese list: a joiner, perhaps "さらに", perhaps a head noun after the
 * item before ("cloud-controller-managerのフレームワークや") and an apposition before the next
 * ("共通ライブラリであるcloud-provider"), but no particle that would open a clause.
 */
const JA_LIST_GAP = /^(?:の[\p{L}\p{N}ー]{1,10})?\s*(?:や|、|と|および|及び)\s*、?\s*(?:それに|さらに|そして|また)?\s*、?\s*(?:[^、。はがをにで\s]{1,20}?(?:である|という))?\s*$/u;

export function jaObjects(text: string, projects: Mention[], verb: number): Mention[] {
  const last = projects.filter((m) => m.end <= verb + 1 && verb - m.end <= 2).pop();
  if (!last) return [];
  const list = [last];
  for (const x of [...projects].reverse()) {
    const head = list[0];
    if (head && x.end <= head.start && JA_LIST_GAP.test(text.slice(x.end, head.start))) list.unshift(x);
  }
  return list;
}

/** After an item of a Japanese list: a joiner, "はもちろん" (not to mention), or the particle before the verb. */
const JA_ITEM_END = /^(?:本体)?\s*(?:はもちろん(?:のこと)?|、|，|や|と|および|及び|も|を|など)/u;
/** The last item of "XやYがあります" (there are X and Y). */
export const JA_LIST_LAST = /^\s*(?:が|も)(?:あります|ありました|ある)/u;

/**
 * "etcd本体はもちろん、…であるclient、運用ツールのetcdutl、そしてrobustness testsも担当しています", answering
 * what the group is responsible for: every project that ends a list item before the verb.
 */
export function answerItems(text: string, projects: Mention[], verb: number): Mention[] {
  const listed = projects.filter((m) => m.end <= verb + 1 && (JA_ITEM_END.test(text.slice(m.end)) || JA_LIST_LAST.test(text.slice(m.end))));
  return listed.length > 0 ? listed : jaObjects(text, projects, verb);
}
