/**
 * A project no lexicon knows, standing exactly where a maintaining role takes its object: "Annika
 * created Tessera", "the creator of Tessera", "a Tessera maintainer", "Tsumikiのメンテナー",
 * "Chaoxi 的维护者". Only one word (or a lower-case hyphenated name) right at the role, not a person,
 * company, group or everyday word, and followed by what may end a project's name.
 */
import { findCompanies } from './mentions/orgs.ts';
import { isStopWord } from './mentions/people-names.ts';
import { EN_PROJECT_HEAD_END } from './role-grammar.ts';
import type { Obj, Trigger } from './role-types.ts';

const MAINTAINING = new Set(['maintainer', 'creator', 'reviewer', 'approver', 'lead']);
const DIRECT_VERBS = new Set(['maintainer', 'creator', 'lead']);
const NAME = String.raw`(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*|[A-Z]{2,}[a-z0-9]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)`;
const EN_NOUN_AFTER = new RegExp(String.raw`^\s+(?:of|for)\s+(?:the\s+)?(${NAME})(?![\w@/'’-])`, 'u');
const EN_NOUN_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:a|an|the|one\s+of\s+the|as|core)\s+(${NAME})\s+(?:core\s+|lead\s+)?$`, 'u');
const EN_DIRECT_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?(${NAME})(?![\w@/'’-])`, 'u');
const EN_NAMED_PROJECT_AFTER = new RegExp(String.raw`^\s+(?:of|for)\s+(?:the\s+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})(?:\s*,\s*(?:the|a|an)\s+[^,.;]{0,40}?\b(?:sub-?project|project|tool|library|framework)\b|\s+(?:sub-?project|project)\b)`, 'u');
const CJK_NOUN_BEFORE = new RegExp(String.raw`(?<![\w@/.-])(${NAME})\s*(?:の|的)\s*(?:(?:コア|主要な?|核心)\s*)?$`, 'u');
/** Capitalised words of the domain that name kinds of things or languages, not projects. */
const NOT_NAMES = new Set(['Kubernetes', 'English', 'Japanese', 'Chinese', 'Korean', 'Go', 'Rust', 'Python', 'Java', 'Linux', 'Windows', 'GitHub', 'Slack', 'CNCF', 'SIG', 'WG', 'KEP', 'KEPs', 'PR', 'PRs', 'API', 'CI', 'CLI', 'UI', 'OWNERS', 'LFX', 'GSoC']);

interface Span {
  start: number;
  end: number;
}

function acceptable(name: string, start: number, taken: readonly Span[]): boolean {
  const end = start + name.length;
  if (NOT_NAMES.has(name) || isStopWord(name) || findCompanies(name).length > 0) return false;
  return !taken.some((k) => start < k.end && k.start < end);
}

function project(name: string, start: number): Obj {
  return { m: { type: 'Project', name, surface: name, start, end: start + name.length }, type: 'Project' };
}

/** The unknown project a maintaining role takes, if the role's grammar puts a bare name there. */
export function unknownRoleObject(text: string, t: Trigger, objs: readonly Obj[], people: readonly Span[]): Obj | undefined {
  if (!MAINTAINING.has(t.word.cls) || t.word.objects === 'group') return undefined;
  const taken: Span[] = [...objs.map((o) => o.m), ...people];
  const before = text.slice(0, t.start);
  const after = text.slice(t.end);
  if (t.word.lang === 'en' && (t.word.shape === 'noun' || t.word.shape === 'verbRight')) {
    // "created Tessera", "maintains Kanban"; not "reviewing changes to the ServiceExport type".
    const m = t.word.shape === 'noun' ? EN_NOUN_AFTER.exec(after) : DIRECT_VERBS.has(t.word.cls) ? EN_DIRECT_AFTER.exec(after) : null;
    const name = m?.[1];
    if (m && name) {
      const start = t.end + m[0].length - name.length;
      if (EN_PROJECT_HEAD_END.test(text.slice(start + name.length)) && acceptable(name, start, taken)) return project(name, start);
    }
    // "a co-lead of Code Organization, the SIG Architecture subproject that…": a longer name, said to be a project.
    const long = t.word.shape === 'noun' ? EN_NAMED_PROJECT_AFTER.exec(after) : null;
    if (long?.[1]) {
      const at = t.end + (/^\s+(?:of|for)\s+(?:the\s+)?/u.exec(after)?.[0].length ?? 0);
      if (acceptable(long[1], at, taken)) return project(long[1], at);
    }
    // "one of the GAMMA leads": a plural role word read as a noun after the name.
    const nounLike = t.word.shape === 'noun' || (/s$/u.test(text.slice(t.start, t.end)) && /\b(?:one\s+of\s+the|the|our|its|their)\s+\S+\s+$/iu.test(before));
    if (!nounLike) return undefined;
    const b = EN_NOUN_BEFORE.exec(before);
    if (b?.[1]) {
      const start = before.lastIndexOf(b[1]);
      if (acceptable(b[1], start, taken)) return project(b[1], start);
    }
    return undefined;
  }
  if (t.word.shape !== 'noun' && t.word.shape !== 'frame') return undefined;
  const c = CJK_NOUN_BEFORE.exec(before);
  if (!c?.[1]) return undefined;
  const start = c.index + (c[0].indexOf(c[1]));
  return acceptable(c[1], start, taken) ? project(c[1], start) : undefined;
}
