/**
 * Leadership stated in the passive, with the leaders after the verb: "The working group is
 * co-chaired by A from Google, B from ByteDance and C", "SIG Docs is led by A and B". The group
 * is the one named before the verb, else the one "the group"/"it" refers back to. Likewise
 * maintenance: "JobSet is maintained by A and B", "JobSet, a subproject of SIG Apps, maintained by A".
 */
import type { Sentence } from '../src/article/types.ts';
import type { RoleClass } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import { THIS_GROUP, paragraphGroup, sentenceBefore } from './org-context.ts';
import { firstPersonHolders, type ArticleContext } from './role-holders.ts';
import { recentWorkingGroup } from './sponsor-roles.ts';
import { entities, groupObject } from './role-entities.ts';
import type { RoleFact, RoleObject } from './role-types.ts';

const PASSIVE_LEAD =
  /\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:currently\s+|now\s+|jointly\s+|also\s+)?(co-?chaired|chaired|co-?led|led|headed|run|facilitated|organi[sz]ed)\s+by\s+/iu;
/** Where the list of leaders ends: a new clause or a relative clause about the last of them. */
const LIST_END = /[;:]|,\s*(?:who|which|while|but)\b|\.\s/u;
/** Between a project and ", led by": nothing, its head noun, or a short bracketed note. */
const LED_PROJECT_GAP = /^(?:\s+(?:project|subproject|sub-project|feature|effort|work|team|controller|API|initiative|tool))?(?:\s*[(（][^()（）]{0,40}[)）])?\s*$/iu;
const ANAPHOR = /^\s*(?:it|they)\b/iu;
const GROUP_NOUN = new RegExp(THIS_GROUP.source, 'iu');

function roleOf(verb: string): RoleClass {
  const v = verb.toLowerCase().replace('-', '');
  if (v === 'cochaired') return 'co-chair';
  if (v === 'chaired') return 'chair';
  return 'lead';
}

export function passiveLeadFacts(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleFact[] {
  const text = s.text;
  if (!text.includes(' by ')) return [];
  const m = PASSIVE_LEAD.exec(text);
  if (!m?.[1]) return [];
  const head = text.slice(0, m.index);
  const named = groups.findGroups(head);
  let group: RoleObject | undefined;
  const last = named[named.length - 1];
  // "…organised by the Mentoring subproject, one of the SIG ContribEx subprojects. It is co-led by A and B": the subproject.
  const subproject = !last && ANAPHOR.test(head) ? previousSubproject(ctx, groups, s) : undefined;
  if (last) {
    group = groupObject(groups, last);
  } else if (!subproject && (GROUP_NOUN.test(head) || ANAPHOR.test(head))) {
    const about = groups.articleGroup();
    const before = paragraphGroup(ctx.article, s);
    // "The working group" in a spotlight of a SIG is a working group the paragraph named.
    const wantsWg = /working\s+group|\bWG\b/iu.test(head);
    // "WG LTS had a harder question… ¶ It was led by A together with B": else the working group named just before.
    const ref = [about, before].find((g) => g !== undefined && (!wantsWg || g.kind === 'wg')) ?? recentWorkingGroup(ctx.article, s, 0);
    if (ref) group = groupObject(groups, ref);
  }
  const object = subproject ?? group;
  if (!object) return [];
  const from = m.index + m[0].length;
  const rest = text.slice(from);
  const end = LIST_END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest;
  // A subproject's leads maintain it; a group's lead it.
  const fact = subproject ? { p: 'MAINTAINS' as const, role: 'lead', confidence: 0.75 } : { p: 'LEADS' as const, role: roleOf(m[1]), confidence: 0.8 };
  return ctx.people.findPeople(list, s.span.start + from).map((person) => ({ ...fact, person: person.name, object, sentence: s }));
}

const SUBPROJECT_AFTER = /^\s*(?:sub-?project|子项目|サブプロジェクト)\b/iu;

/** The subproject the sentence before names as one ("the Mentoring subproject"), when it names one. */
function previousSubproject(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleObject | undefined {
  const prev = sentenceBefore(ctx.article, s);
  if (!prev) return undefined;
  const found = entities(prev.text, groups).filter((o) => o.type === 'Project' && SUBPROJECT_AFTER.test(prev.text.slice(o.m.end)));
  const only = found[0];
  return only && found.every((o) => o.m.name === only.m.name) ? { type: 'Project', name: only.m.name, aliases: [] } : undefined;
}

const PASSIVE_MAINTAIN = /(?:\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:currently\s+|now\s+|jointly\s+|also\s+|mainly\s+|mostly\s+)?|,\s*(?:now\s+|currently\s+|jointly\s+)?)(co-?maintained|maintained|co-?led|led|co-?created|created|(?:originally\s+)?written)\s+by\s+/iu;

export function passiveMaintainFacts(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleFact[] {
  const text = s.text;
  if (text.includes('由')) return passiveMaintainZh(ctx, groups, s);
  if (!text.includes(' by ')) return [];
  const m = PASSIVE_MAINTAIN.exec(text);
  if (!m) return [];
  // The project the sentence is about: the last one before the verb, past groups it is part of
  // ("JobSet is now a subproject of SIG Apps, maintained by …").
  const before = entities(text.slice(0, m.index), groups);
  const project = before.filter((o) => o.type === 'Project').pop();
  if (!project) return [];
  // Groups are led too: "the Enhancements subproject, led by A" — but not "part of SIG Apps, led by A".
  const led = /led$/iu.test(m[1] ?? '');
  // Only the participle right after the project ("…, led by"): in "SIG Testing, which owns Prow, is led by A" the group is.
  // "the graduation of the Job success policy to stable, led by A": the participle follows another noun phrase.
  if (led && (before[before.length - 1] !== project || !m[0].startsWith(',') || !LED_PROJECT_GAP.test(text.slice(project.m.end, m.index)))) return [];
  const object: RoleObject = { type: 'Project', name: project.m.name, aliases: [] };
  const from = m.index + m[0].length;
  const rest = text.slice(from);
  const end = LIST_END.exec(rest);
  const role = led ? 'lead' : /created|written$/iu.test(m[1] ?? '') ? 'creator' : 'maintainer';
  const agents = end ? rest.slice(0, end.index) : rest;
  // "Today the project is maintained by Mei-Ling Zhou and me": the speaker among them.
  const me = /\b(?:and|&)\s+me\b|^me\b/iu.test(agents) ? firstPersonHolders(ctx, s, false) : [];
  // Only people: "maintained mostly by volunteers from Red Hat" names nobody.
  const named = ctx.people.findPeople(agents, s.span.start + from).map((person) => person.name);
  return [...named, ...me].map((person) => ({ p: 'MAINTAINS' as const, role, person, object, confidence: 0.8, sentence: s }));
}

/** "Kueue 目前由 A（谷歌）和 B 等人维护": the project before 由, the people between 由 and the verb. */
const PASSIVE_ZH = /由\s*([^，。；]{2,120}?)\s*(?:等人|等)?\s*(?:共同|一起|负责)?\s*(维护|领导|主导)/u;

function passiveMaintainZh(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleFact[] {
  const text = s.text;
  const m = PASSIVE_ZH.exec(text);
  if (!m?.[1]) return [];
  const before = entities(text.slice(0, m.index), groups);
  const last = before[before.length - 1];
  if (!last || last.type !== 'Project' || !/^\s*(?:目前|现在|现|一直|主要)?\s*$/u.test(text.slice(last.m.end, m.index))) return [];
  const object: RoleObject = { type: 'Project', name: last.m.name, aliases: [] };
  const from = m.index + m[0].indexOf(m[1]);
  const role = m[2] === '维护' ? 'maintainer' : 'lead';
  // "About API 目前由我和另外两位同事一起维护": the speaker among them.
  const me = /^我(?!们)/u.test(m[1]) ? firstPersonHolders(ctx, s, false) : [];
  const named = ctx.people.findPeople(m[1], s.span.start + from).map((person) => person.name);
  return [...me, ...named].map((person) => ({ p: 'MAINTAINS' as const, role, person, object, confidence: 0.8, sentence: s }));
}
