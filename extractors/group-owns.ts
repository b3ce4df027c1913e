/**
 * OWNS: a group is responsible for a project, component or subproject.
 *
 * Evidence, most explicit first:
 * - "SIG X owns/maintains/is responsible for P", "P is owned/maintained by SIG X", "P 归 SIG X 所有",
 *   "SIG Xが管理するP", "under the aegis of SIG X";
 * - "the SIG X P subproject", a project named after its group ("SIG Multicluster services");
 * - subproject cues next to a name ("the elections subproject", "本地化子项目", "extraction and
 *   migrationサブプロジェクト"), subproject lists ("2 subprojects under Docs: blogs and
 *   localization", "サブプロジェクトはAとBの2つ", "A、Bなど、…サブプロジェクト"), list items under a
 *   subproject heading or lead-in, and bold labels described as "this subproject";
 * - items of a "responsible for:" list, and "our projects like P" in an article about the group.
 * The group is the one named in the sentence, else the section's or article's group.
 * Kubernetes itself is never owned by a group; negated sentences give nothing.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { EntityDraft } from '../src/extraction/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { findGroups } from './mentions/groups.ts';
import { canonicalProject, findProjects } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import {
  articleGroup,
  contextGroup,
  distinctGroups,
  evidenceOf,
  groupDraft,
  isAnswer,
  isQuestion,
  negatedNear,
  paragraphOf,
  WE,
  type GroupRef,
} from './org-context.ts';

const NEVER_OWNED = new Set(['Kubernetes', 'CNCF Landscape', 'Hugo', 'Ginkgo', 'Gomega', 'Docker Engine', 'KEP']);

const SUBPROJECT = /sub-?projects?|子项目|子項目|サブプロジェクト/iu;
const OWN_VERB_EN =
  /\b(?:owns?|maintains?|is\s+(?:responsible|in\s+charge)\s+for|are\s+(?:responsible|in\s+charge)\s+for|(?:is|are)\s+home\s+to|looks?\s+after|takes?\s+care\s+of|oversees?|stewards?)\b/iu;
const OWNED_BY_EN = /\b(?:owned|maintained|managed|run|stewarded|overseen|sponsored)\s+by\b|\b(?:sub-?project|project|component|repository|repo)\s+(?:of|under|from)\b|\bunder\s+(?:the\s+)?(?:aegis|umbrella|auspices|ownership)\s+of\b/iu;
const OWN_VERB_JA = /(?:を|の)(?:所有|保有|管理|担当|メンテナンス|保守|維持|運営|開発)(?:して|し、|する|しており|しています|しま)/u;
const OWNED_BY_JA = /(?:が|の)(?:所有|管理|担当|メンテナンス|保守|開発)(?:する|している|した)/u;
const OWN_VERB_ZH = /(?:负责|维护|拥有|管理|主导)(?:着|了)?/u;
const OWNED_BY_ZH = /^[\s\u3000]*(?:归|由)\s?$/u;
const RESPONSIBILITY_LEAD = /responsib|in\s+charge\s+of|\bscope\b|\bowns?\b|負責|责任|职责|负责|範囲|担当|責任|スコープ/iu;
const NOT_IN_SCOPE = /不包括|不负责|out\s+of\s+scope|not\s+(?:in\s+scope|responsible)|対象外|担当していない|含まれない/iu;
const EXAMPLES = /\b(?:like|such\s+as|including|e\.g\.|for\s+example)\b|例如|比如|像|之一|例子|のような|などの|といった|例えば/iu;
const PROJECT_WORD = /\b(?:projects?|sub-?projects?|efforts?|initiatives?)\b|项目|工作|プロジェクト|取り組み/iu;
const LIST_AFTER_COLON = /(?:sub-?projects?|子项目|子項目|サブプロジェクト)[^:：。.]{0,30}[:：]\s*(.+)$/iu;
const LIST_JA_WA = /サブプロジェクトは、?(.+?)(?:の\d+つ|の[一二三四五六七八九十]+つ|です|があります)/u;
const LIST_JA_NADO = /など、?[^。]{0,20}?サブプロジェクト/u;
const CUE_NEXT = /^[\s\u00a0]*(?:sub-?projects?\b|子项目|子項目|サブプロジェクト)/iu;
const THIS_SUBPROJECT = /\b(?:this|the)\s+sub-?project\b|这个子项目|该子项目|此子项目|このサブプロジェクト|本サブプロジェクト/iu;

interface Found {
  group: GroupRef | Mention;
  project: EntityDraft;
  confidence: number;
}

function projectDraft(name: string): EntityDraft {
  return { type: 'Project', name: canonicalProject(name) ?? name };
}

/** A short list of names: "blogs and localization", "reference-docs 和 website，后者…". */
function listItems(raw: string): string[] {
  const cut = raw.split(/[。；;]|[,，]\s*(?:which|that|后者|前者|它|其)|\s(?:which|that)\s|，(?=[^，]*[\u4e00-\u9fff]{4})/u)[0] ?? raw;
  return cut
    .split(/\s*(?:,|，|、|\band\b|\bor\b|和|与|及|以及|や|と)\s*/u)
    .map((x) => x.replace(/^(?:the|a|an)\s+/iu, '').replace(/[\s*_`.!)）]+$|^[\s*_`(（]+/gu, '').trim())
    .filter((x) => x.length > 1 && x.length <= 40 && x.split(/\s+/).length <= 4);
}

/** A list item's name: "**Community**: Manages …" → "Community". */
function itemName(p: Paragraph): string | undefined {
  const lead = p.strong.find((r) => r.start <= 2);
  const raw = lead ? p.text.slice(lead.start, lead.end) : /^([^:：]{2,40})[:：]/u.exec(p.text)?.[1];
  if (raw === undefined) return undefined;
  const name = raw.replace(/[:：\s]+$/u, '').replace(/^\d+\.\s*/u, '').trim();
  if (!name || name.split(/\s+/).length > 5) return undefined;
  return name;
}

function ownedProjects(text: string, from = 0, to = text.length): Mention[] {
  return findProjects(text).filter((m) => m.start >= from && m.end <= to && !NEVER_OWNED.has(m.name));
}

/** The group a sentence speaks of: its only group, else the section's/article's group. */
function sentenceGroup(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): GroupRef | Mention | undefined {
  const groups = distinctGroups(findGroups(s.text));
  if (groups.length === 1) return groups[0];
  if (groups.length > 1) return undefined;
  return contextGroup(article, p);
}

function fromSentence(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Found[] {
  const text = s.text;
  const out: Found[] = [];
  const groups = findGroups(text);
  const projects = ownedProjects(text);
  const add = (group: GroupRef | Mention | undefined, m: Mention | string, confidence: number): void => {
    if (!group) return;
    const name = typeof m === 'string' ? m : m.name;
    if (NEVER_OWNED.has(name)) return;
    out.push({ group, project: projectDraft(name), confidence });
  };
  // A project named after its group ("SIG Multicluster services (MCS)").
  for (const m of projects) {
    const g = groups.find((x) => x.start === m.start && x.end < m.end);
    if (g) add(g, m, 0.8);
  }
  // "the SIG ContribEx Upstream Marketing subproject", "SIG Docs' localization subproject".
  for (const g of groups) {
    const next = projects.find((m) => m.start >= g.end && /^[\s\u00a0]*(?:'s|’s|'|’|の)?[\s\u00a0]*$/u.test(text.slice(g.end, m.start)));
    if (next && CUE_NEXT.test(text.slice(next.end, next.end + 14))) add(g, next, 0.9);
  }
  if (negatedAnywhere(text)) return out;
  // Active: "SIG X owns / maintains P", "SIG Xは…Pを管理", "SIG X 负责 P".
  for (const re of [OWN_VERB_EN, OWN_VERB_JA, OWN_VERB_ZH]) {
    const v = re.exec(text);
    if (!v) continue;
    const subj = [...groups].reverse().find((g) => g.end <= v.index && v.index - g.end <= 40);
    const subject = subj ?? (WE.test(text.slice(0, v.index)) ? contextGroup(article, p) : undefined);
    if (!subject || isQuestion(article, p)) continue;
    const objects = re === OWN_VERB_JA ? projects.filter((m) => m.end <= v.index + 1 && v.index - m.end <= 2) : projects.filter((m) => m.start >= v.index && m.start - (v.index + v[0].length) <= 50);
    for (const m of objects) add(subject, m, 0.85);
  }
  // Passive: "P is maintained by SIG X", "under the aegis of SIG X", "P 归 SIG X 所有", "SIG Xが管理するP".
  const by = OWNED_BY_EN.exec(text);
  if (by) {
    const g = groups.find((x) => x.start >= by.index + by[0].length && x.start - (by.index + by[0].length) <= 6);
    const m = [...projects].reverse().find((x) => x.end <= by.index && by.index - x.end <= 80);
    if (g && m) add(g, m, 0.85);
  }
  const byJa = OWNED_BY_JA.exec(text);
  if (byJa) {
    const g = [...groups].reverse().find((x) => x.end <= byJa.index + 1 && byJa.index - x.end <= 1);
    const m = projects.find((x) => x.start >= byJa.index + byJa[0].length && x.start - (byJa.index + byJa[0].length) <= 12);
    if (g && m) add(g, m, 0.85);
  }
  for (const g of groups) {
    const m = [...projects].reverse().find((x) => x.end <= g.start && OWNED_BY_ZH.test(text.slice(x.end, g.start)));
    if (m && /^[\s\u3000]*(?:所有|负责|维护|管理)/u.test(text.slice(g.end, g.end + 6))) add(g, m, 0.85);
  }
  // Subproject cue next to a name, or a list of subprojects.
  if (SUBPROJECT.test(text) && !isQuestion(article, p)) {
    const group = sentenceGroup(article, s, p);
    for (const m of projects) if (CUE_NEXT.test(text.slice(m.end, m.end + 14))) add(group, m, 0.8);
    const colon = LIST_AFTER_COLON.exec(text);
    const wa = LIST_JA_WA.exec(text);
    for (const raw of [colon?.[1], wa?.[1]]) {
      if (raw === undefined) continue;
      for (const item of listItems(raw)) {
        const known = canonicalProject(item) ?? findProjects(item).find((x) => x.end - x.start >= item.length - 8)?.name;
        if (known) add(group, known, 0.8);
      }
    }
    const nado = LIST_JA_NADO.exec(text);
    if (nado) for (const m of projects.filter((x) => x.end <= nado.index && nado.index - x.end <= 2)) add(group, m, 0.75);
  }
  // "our projects like KubeFed", "最近最活跃的项目之一 MCS" in an article about the group.
  const ex = EXAMPLES.exec(text);
  if (ex && PROJECT_WORD.test(text) && groups.length <= 1 && !isQuestion(article, p)) {
    const group = groups[0] ?? (p && isAnswer(article, p.index) ? articleGroup(article) : undefined);
    const before = /のような|などの|といった/u.test(ex[0]);
    for (const m of adjacentList(text, projects, before ? ex.index : ex.index + ex[0].length, before)) add(group, m, 0.65);
  }
  return out;
}

const LIST_GAP = /^[\s\u00a0]*(?:,|，|、|\band\b|\bor\b|和|与|及|や|と)?[\s\u00a0]*(?:the\s+)?$/iu;

/** Projects forming a list right after (or right before) a position: "like KubeFed and Cluster Registry". */
function adjacentList(text: string, projects: Mention[], at: number, before: boolean): Mention[] {
  const out: Mention[] = [];
  if (before) {
    let edge = at;
    for (const m of [...projects].reverse()) {
      if (m.end > edge) continue;
      const gap = text.slice(m.end, edge);
      if (out.length === 0 ? gap.trim().length > 0 : !LIST_GAP.test(gap)) break;
      out.push(m);
      edge = m.start;
    }
    return out;
  }
  let edge = at;
  for (const m of projects) {
    if (m.start < edge) continue;
    const gap = text.slice(edge, m.start);
    if (out.length === 0 ? !/^[\s\u00a0]*(?:是|は|:|：)?[\s\u00a0]*(?:the\s+)?$/iu.test(gap) : !LIST_GAP.test(gap)) break;
    out.push(m);
    edge = m.end;
  }
  return out;
}

function negatedAnywhere(text: string): boolean {
  const cue = /担当|负责|responsible|own|maintain|管理/iu.exec(text);
  return cue !== null && negatedNear(text, cue.index, cue.index + cue[0].length);
}

/** List items under a subproject heading or lead-in, or under a "responsible for:" lead-in. */
function fromListItem(article: ParsedArticle, p: Paragraph): Found[] {
  if (p.kind !== 'listItem') return [];
  const heading = p.section === undefined ? undefined : paragraphOf(article, p.section);
  const leads = article.paragraphs
    .filter((x) => x.index < p.index && x.kind !== 'listItem' && x.channel === p.channel && (heading === undefined || x.index > heading.index))
    .slice(-2);
  const lead = leads[leads.length - 1];
  if (lead && NOT_IN_SCOPE.test(lead.text)) return [];
  const group = (heading && distinctGroups(findGroups(heading.text)).length === 1 ? distinctGroups(findGroups(heading.text))[0] : undefined) ?? contextGroup(article, p);
  if (!group) return [];
  const subprojectList = (heading !== undefined && SUBPROJECT.test(heading.text)) || leads.some((x) => SUBPROJECT.test(x.text));
  if (subprojectList) {
    const name = itemName(p);
    if (!name) return [];
    return NEVER_OWNED.has(name) ? [] : [{ group, project: projectDraft(name), confidence: 0.8 }];
  }
  if (lead && RESPONSIBILITY_LEAD.test(lead.text) && /[:：]\s*$/u.test(lead.text)) {
    return ownedProjects(p.text).map((m) => ({ group, project: projectDraft(m.name), confidence: 0.75 }));
  }
  return [];
}

/** "**Blogs**: This subproject highlights …" — a bold label described as a subproject. */
function fromBoldLabel(article: ParsedArticle, p: Paragraph): Found[] {
  if (p.kind === 'listItem' || !THIS_SUBPROJECT.test(p.text)) return [];
  const name = itemName(p);
  if (!name || !/[:：]/u.test(p.text.slice(0, name.length + 6))) return [];
  const group = contextGroup(article, p);
  if (!group || findGroups(name).length) return [];
  return [{ group, project: projectDraft(name), confidence: 0.8 }];
}

export const groupOwnership = defineExtractor(
  { id: 'group-owns', description: 'OWNS: groups responsible for projects, components and subprojects' },
  (article, emit) => {
    const seen = new Set<string>();
    const emitFound = (found: Found[], s: Sentence | undefined): void => {
      if (!s) return;
      for (const f of found) {
        const key = `${f.group.name}\u0000${f.project.name}\u0000${s.span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        emit.triple({ s: groupDraft(f.group), p: 'OWNS', o: f.project, confidence: f.confidence, evidence: evidenceOf(s) });
      }
    };
    for (const s of article.sentences) emitFound(fromSentence(article, s, paragraphOf(article, s.paragraph)), s);
    for (const p of article.paragraphs) {
      emitFound(fromListItem(article, p), p.sentences[0]);
      emitFound(fromBoldLabel(article, p), p.sentences[0]);
    }
  },
);
