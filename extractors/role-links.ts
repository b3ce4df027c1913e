/**
 * Links role words to the people who hold them and the groups or projects they are held in, one
 * sentence at a time: "X is a co-chair of SIG Y", "SIG Yの共同チェアであるX", "X 是 SIG Y 技术负责人之一",
 * "contributing to the SIG Testing and SIG Docs projects", "the co-chairs, A (DM), B (RL) and C (NV)".
 *
 * A role word finds its object by the language's grammar (role-grammar.ts), coordinated objects
 * included; then its holder: a list of people right after it, else the nearest person or pronoun
 * before it in the same clause (checked for negation, modality and hearsay), else the unstated
 * subject of a Japanese/Chinese answer. Every fact carries the sentence as evidence.
 */
import type { Lang, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Predicate, SigKind } from '../src/extraction/types.ts';
import { FIRST_PERSON, OTHER_PERSON, THIRD_PERSON, relationFor, type RoleLang, type RoleWord } from './lexicon/roles.ts';
import { groupIndex, selectNonOverlapping, type GroupIndex } from './mentions/groups.ts';
import { findProjects } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import {
  COMPILED_ROLE_WORDS,
  type CompiledRoleWord,
  COORDINATION,
  EN_AS_INTRO,
  EN_BLOCKERS,
  EN_FOREIGN_APPOSITION,
  EN_FUTURE_BECOME,
  EN_NOUN_GAP_BLOCKERS,
  EN_ROLE_AS_MODIFIER,
  EN_COPULA_BEFORE,
  EN_PLURAL_LICENCE,
  EN_PROJECT_HEAD_END,
  EN_RELATION_NOUNS,
  GROUP_POSSESSIVE,
  HOLDERS_AFTER,
  HOLDER_COORDINATION,
  JA_ADVICE,
  JA_AFTER_BLOCKERS,
  JA_BLOCKERS,
  JA_PREDICATE_AFTER,
  JA_VERB_GAP,
  OBJECT_AFTER,
  OBJECT_BEFORE_NOUN,
  PEOPLE_LIST_GAP,
  ROLE_WORD_PREFILTER,
  ZH_AFTER_BLOCKERS,
  ZH_BLOCKERS,
  ZH_PREDICATE_BEFORE,
} from './role-grammar.ts';
import { articleContext, firstPersonHolders, implicitHolder, thirdPersonHolders, type ArticleContext } from './role-holders.ts';
import { roleListFacts } from './role-lists.ts';

export interface RoleObject {
  type: 'Sig' | 'Project';
  name: string;
  kind?: SigKind;
  aliases: string[];
}

export interface RoleFact {
  p: Predicate;
  role?: string;
  person: string;
  object: RoleObject;
  confidence: number;
  sentence: Sentence;
}

interface Obj {
  m: Mention;
  type: 'Sig' | 'Project';
}

interface Trigger {
  start: number;
  end: number;
  word: RoleWord;
  /** For frame patterns: where the object must sit. */
  frame?: { start: number; end: number };
}

type HolderKind = 'person' | 'first' | 'firstPlural' | 'third' | 'other';
interface Holder {
  start: number;
  end: number;
  kind: HolderKind;
  name?: string;
}

interface Resolved {
  names: string[];
  confidence: number;
}

const HAS_KANA = /[\u3040-\u30ff]/u;
/** Classes that make MAINTAINS (or LEADS): their object must really be the thing held. */
const MAINTAINING = new Set(['chair', 'co-chair', 'tech-lead', 'lead', 'maintainer', 'creator', 'reviewer', 'approver']);
const ROLE_COORDINATION = /^\s*(?:,|and|or|&|\/|、|，|和|及|与|や|と|および|兼)\s*(?:(?:a|an|the)\s+)?$/iu;
const HAS_HAN = /[\u3400-\u9fff]/u;
const QUESTION_END = /[?？]\s*$/u;
/** A role alone in parentheses right after a name: "Xing Yang (Chair)", "王五（联合主席）". */
const PAREN_BEFORE = /[\p{L}.]\s*[(（]\s*(?:(?:the|a|an)\s+)?$/iu;
const PAREN_AFTER = /^\s*[)）]/u;

const cache = new WeakMap<ParsedArticle, RoleFact[]>();

/** All role facts of an article (cached: the LEADS/MEMBER_OF and MAINTAINS/CONTRIBUTES_TO extractors share them). */
export function roleFacts(article: ParsedArticle): RoleFact[] {
  const known = cache.get(article);
  if (known) return known;
  const ctx = articleContext(article);
  const groups = groupIndex(article);
  const facts: RoleFact[] = [];
  for (const s of article.sentences) {
    const paragraph = article.paragraphs[s.paragraph];
    if (paragraph?.kind === 'heading' || paragraph?.kind === 'html') continue;
    facts.push(...linkSentence(ctx, groups, s));
  }
  facts.push(...roleListFacts(ctx, groups));
  // Leading a group implies belonging to it: plain membership of the same group adds nothing.
  const leads = new Set(facts.filter((f) => f.p === 'LEADS').map((f) => `${f.person}|${f.object.name}`));
  const kept = facts.filter((f) => f.p !== 'MEMBER_OF' || !leads.has(`${f.person}|${f.object.name}`));
  cache.set(article, kept);
  return kept;
}

function sentenceLangs(text: string, articleLang: Lang): RoleLang[] {
  if (HAS_KANA.test(text)) return ['en', 'ja'];
  if (HAS_HAN.test(text)) return articleLang === 'ja' ? ['en', 'ja'] : ['en', 'zh'];
  return ['en'];
}

/** "the SIG", "this group", "このSIG", "该 SIG": the article's own group when the sentence names no other. */
const GROUP_COREF = /(?<![A-Za-z])(?:the|this|our)\s+(?:SIG|WG|working\s+group|group)(?![A-Za-z'’])|(?:この|本|当|同)\s*(?:SIG|WG)(?![A-Za-z])|(?:该|本|这个|此)\s*(?:SIG|WG)(?![A-Za-z])/giu;

function groupCoreference(text: string, groups: GroupIndex, named: Mention[]): Mention[] {
  const about = groups.articleGroup();
  if (!about || named.some((m) => m.type === 'Sig' && m.name !== about.name)) return [];
  const out: Mention[] = [];
  GROUP_COREF.lastIndex = 0;
  for (const m of text.matchAll(GROUP_COREF)) {
    const said = m[0].toLowerCase();
    // "the SIG" only stands for a SIG, "the WG" for a working group; "the group" for either.
    if (/sig/u.test(said) && about.kind !== 'sig') continue;
    if (/wg|working/u.test(said) && about.kind !== 'wg') continue;
    out.push({ type: 'Sig', name: about.name, surface: m[0], start: m.index, end: m.index + m[0].length, kind: about.kind });
  }
  return out;
}

function entities(text: string, groups: GroupIndex): Obj[] {
  const named = [...groups.findGroups(text), ...findProjects(text)];
  const found = selectNonOverlapping([...named, ...groupCoreference(text, groups, named)]);
  const out: Obj[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!m) continue;
    const next = found[i + 1];
    // "Kubernetes SIG ContribEx": the project name only qualifies the group.
    if (m.type === 'Project' && next?.type === 'Sig' && /^\s*$/u.test(text.slice(m.end, next.start))) continue;
    out.push({ m, type: m.type === 'Sig' ? 'Sig' : 'Project' });
  }
  return out;
}

/** "the Kubernetes Contributor Summit": a known name that is only the first word of a longer, unknown one. */
function isNamePrefix(text: string, o: Obj): boolean {
  if (o.type !== 'Project') return false;
  return /^[ \t]+[A-Z][A-Za-z]+/u.test(text.slice(o.m.end));
}

function findTriggers(text: string, langs: RoleLang[]): Trigger[] {
  const all: Trigger[] = [];
  const frames: Trigger[] = [];
  for (const lang of langs) {
    if (!ROLE_WORD_PREFILTER[lang].test(text)) continue;
    const compiled = COMPILED_ROLE_WORDS[lang];
    compiled.combined.lastIndex = 0;
    for (const m of text.matchAll(compiled.combined)) {
      const chosen = pickWord(text, m.index, compiled.words);
      if (chosen) all.push(chosen);
    }
    for (const { word, re } of compiled.cased) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) all.push({ start: m.index, end: m.index + m[0].length, word });
    }
    for (const { word, re } of compiled.frames) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const inner = m[1];
        if (inner === undefined) continue;
        const capStart = m.index + m[0].indexOf(inner);
        frames.push({ start: m.index, end: m.index + m[0].length, word, frame: { start: capStart, end: capStart + inner.length } });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  // Frames overlap freely: they only count when filled by objects alone.
  return [...kept, ...frames].sort((a, b) => a.start - b.start);
}

/** The longest word matching at `start` (nouns win ties), re-checked for noun context and modifier use. */
function pickWord(text: string, start: number, words: CompiledRoleWord[]): Trigger | undefined {
  let best: Trigger | undefined;
  for (const w of words) {
    w.sticky.lastIndex = start;
    const m = w.sticky.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    if (best && end <= best.end) continue;
    if (w.word.needsNounContext && !nounContext(text, start, end)) continue;
    if (w.word.lang === 'en' && w.word.shape === 'noun' && EN_ROLE_AS_MODIFIER.test(text.slice(end))) continue;
    best = { start, end, word: w.word };
  }
  return best;
}

const LEAD_NOUN_BEFORE =
  /(?:\b(?:a|an|the|our|their|his|her|my|its|as|co|project|subproject|sub-project|team|release|technical|tech|area|feature|group|program)\s*|-)$/iu;
/** "SIG ContribEx lead": a group name right before it ("Matthias leads SIG Node" stays a verb). */
const NAME_BEFORE = /\b(?:SIG|WG)[\s-]+[\w-]+(?:\s+[A-Z][\w-]*)?\s+$/iu;

/** Bare "lead(s)" is a noun after a determiner or a name, or before "of/for"; otherwise a verb. */
function nounContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return LEAD_NOUN_BEFORE.test(before) || NAME_BEFORE.test(before) || /^\s+(?:of|for)\b/iu.test(text.slice(end));
}

// ---------------------------------------------------------------------------------------------

function linkSentence(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleFact[] {
  const text = s.text;
  if (QUESTION_END.test(text)) return [];
  if (HAS_KANA.test(text) && JA_ADVICE.test(text)) return [];
  const langs = sentenceLangs(text, ctx.article.lang);
  const triggers = findTriggers(text, langs);
  if (triggers.length === 0) return [];
  const objs = entities(text, groups);
  const holders = findHolders(ctx, s, langs, objs);
  const consumed = new Set<Obj>();
  const facts: RoleFact[] = [];
  const own = triggers.map((t) => objectsOf(text, t, objs, triggers));
  triggers.forEach((t, i) => {
    if ((own[i]?.length ?? 0) > 0 || t.word.shape !== 'noun') return;
    // "a reviewer and approver for SIG Node", "SIG Docs 的评审人和审批人": coordinated roles share the object.
    const next = triggers[i + 1];
    const prev = triggers[i - 1];
    if (next?.word.shape === 'noun' && ROLE_COORDINATION.test(text.slice(t.end, next.start))) {
      const theirs = own[i + 1] ?? [];
      if (theirs.every((o) => o.m.start >= next.end)) own[i] = theirs;
    }
    if ((own[i]?.length ?? 0) === 0 && prev?.word.shape === 'noun' && ROLE_COORDINATION.test(text.slice(prev.end, t.start))) {
      const theirs = own[i - 1] ?? [];
      if (theirs.every((o) => o.m.end <= prev.start)) own[i] = theirs;
    }
  });
  for (const [i, t] of triggers.entries()) {
    let objects = own[i] ?? [];
    let objectConfidence = 0.9;
    let phraseStart = Math.min(t.start, ...objects.map((o) => o.m.start));
    const phraseEnd = Math.max(t.end, ...objects.map((o) => o.m.end));
    let fallback: RoleObject | undefined;
    if (objects.length === 0 && t.word.shape === 'noun') {
      // "one of our co-chairs", "このSIGのリード": the article's own group.
      const possessive = GROUP_POSSESSIVE[t.word.lang].exec(text.slice(0, t.start));
      const about = groups.articleGroup();
      if (possessive && about) {
        fallback = { type: 'Sig', name: about.name, kind: about.kind, aliases: groups.aliasesOf(about.name) };
        phraseStart = possessive.index;
        objectConfidence = 0.75;
      } else if (about && t.word.objects !== 'project' && PAREN_BEFORE.test(text.slice(0, t.start)) && PAREN_AFTER.test(text.slice(t.end))) {
        // "Xing Yang (Chair)" in an article about one group: the role is held there.
        fallback = { type: 'Sig', name: about.name, kind: about.kind, aliases: groups.aliasesOf(about.name) };
        objectConfidence = 0.7;
      }
    }
    // Without an object only a role noun naming its holders can still find its group in the sentence.
    if (objects.length === 0 && !fallback && t.word.shape !== 'noun') continue;
    const holderSet = holdersOf(ctx, s, t, holders, objs, consumed, phraseStart, phraseEnd);
    if (process.env['DEBUG_ROLES']) console.error('TRIGGER', text.slice(t.start, t.end), t.word.cls, objects.map((o) => o.m.name), holderSet);
    if (!holderSet) continue;
    if (objects.length === 0 && !fallback && holderSet.fromList) {
      // "my conversation with the co-chairs, A, B and C" in a sentence naming one group.
      const named = new Set(objs.filter((o) => o.type === 'Sig').map((o) => o.m.name));
      const only = objs.find((o) => o.type === 'Sig');
      if (named.size === 1 && only) {
        objects = [only];
        objectConfidence = 0.8;
      }
    }
    const targets: RoleObject[] = objects.map((o) => toRoleObject(o, groups));
    if (fallback) targets.push(fallback);
    for (const o of objects) consumed.add(o);
    for (const target of targets) {
      if (t.word.objects === 'project' && target.type !== 'Project') continue;
      if (t.word.objects === 'group' && target.type !== 'Sig') continue;
      const rel = relationFor(t.word.cls, target.type);
      if (!rel) continue;
      for (const person of holderSet.names) {
        facts.push({
          p: rel.p,
          ...(rel.role ? { role: rel.role } : {}),
          person,
          object: target,
          confidence: Math.min(objectConfidence, holderSet.confidence),
          sentence: s,
        });
      }
    }
  }
  return facts;
}

function toRoleObject(o: Obj, groups: GroupIndex): RoleObject {
  return {
    type: o.type,
    name: o.m.name,
    ...(o.m.kind ? { kind: o.m.kind } : {}),
    aliases: o.type === 'Sig' ? groups.aliasesOf(o.m.name) : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Objects.

function objectsOf(text: string, t: Trigger, objs: Obj[], triggers: Trigger[]): Obj[] {
  const { word } = t;
  const lang = word.lang;
  if (word.shape === 'frame' && t.frame) {
    const frame = t.frame;
    const inside = objs.filter((o) => o.m.start >= frame.start && o.m.end <= frame.end);
    if (inside.length === 0) return [];
    // The frame must hold nothing but the objects and their coordination.
    let rest = text.slice(frame.start, frame.end);
    for (const o of [...inside].reverse()) rest = rest.slice(0, o.m.start - frame.start) + ' ' + rest.slice(o.m.end - frame.start);
    return /^[\s,、，和与及以及的项目子社区]*$/u.test(rest) ? inside : [];
  }
  if (word.shape === 'verbRight' || (word.shape === 'noun' && lang === 'en')) {
    if (word.needsCopula && !EN_COPULA_BEFORE.test(text.slice(0, t.start))) return [];
    const direct = word.shape === 'verbRight' && MAINTAINING.has(word.cls);
    const re = word.shape === 'noun' ? OBJECT_AFTER.en.noun : direct ? OBJECT_AFTER[lang].direct : OBJECT_AFTER[lang].verb;
    const first = objs.find((o) => o.m.start >= t.end && re.test(text.slice(t.end, o.m.start)));
    if (first && !isNamePrefix(text, first)) {
      const chain = chainRight(text, first, objs);
      // "maintains Kubernetes compatibility": a project name used as a modifier is not what is maintained.
      if (lang === 'en' && MAINTAINING.has(word.cls)) return chain.filter((o) => o.type === 'Sig' || EN_PROJECT_HEAD_END.test(text.slice(o.m.end)));
      return chain;
    }
    if (word.shape === 'verbRight') return [];
  }
  if (word.shape === 'noun') {
    const before = [...objs].reverse().find((o) => o.m.end <= t.start);
    if (!before || !OBJECT_BEFORE_NOUN[lang].test(text.slice(before.m.end, t.start))) return [];
    return lang === 'en' ? [before] : chainLeft(text, before, objs);
  }
  if (word.shape === 'verbLeft') {
    const before = [...objs].reverse().find((o) => o.m.end <= t.start);
    const gap = before ? text.slice(before.m.end, t.start) : '';
    const direct = word.cls === 'creator' || word.cls === 'lead' || word.cls === 'maintainer';
    const ok = word.pattern.startsWith('から') ? /^\s*$/u.test(gap) : JA_VERB_GAP[direct ? 'direct' : 'participant'].test(gap);
    // Another role word in between takes that object ("SIG etcdへの貢献に関心のある方が関わり").
    const blocked = before !== undefined && triggers.some((o) => o !== t && !o.frame && o.start >= before.m.end && o.end <= t.start);
    if (before && ok && !blocked && !isNamePrefix(text, before)) return chainLeft(text, before, objs);
    const after = word.alsoRight ? alsoRightPattern(word.alsoRight) : undefined;
    if (after) {
      const next = objs.find((o) => o.m.start >= t.end);
      if (next && after.test(text.slice(t.end, next.m.start))) return chainRight(text, next, objs);
    }
    return [];
  }
  return [];
}

const alsoRightCache = new Map<string, RegExp>();
function alsoRightPattern(source: string): RegExp {
  let re = alsoRightCache.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    alsoRightCache.set(source, re);
  }
  return re;
}

function chainRight(text: string, first: Obj, objs: Obj[]): Obj[] {
  const out = [first];
  let last = first;
  for (const o of objs) {
    if (o.m.start < last.m.end) continue;
    if (!COORDINATION.test(text.slice(last.m.end, o.m.start)) || isNamePrefix(text, o)) break;
    out.push(o);
    last = o;
  }
  return out;
}

function chainLeft(text: string, first: Obj, objs: Obj[]): Obj[] {
  const out = [first];
  let head = first;
  for (const o of [...objs].reverse()) {
    if (o.m.end > head.m.start) continue;
    if (!COORDINATION.test(text.slice(o.m.end, head.m.start))) break;
    out.unshift(o);
    head = o;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Holders.

function findHolders(ctx: ArticleContext, s: Sentence, langs: RoleLang[], objs: Obj[]): Holder[] {
  const text = s.text;
  const index = ctx.sentenceIndex.get(s);
  const persons = index === undefined ? ctx.people.findPeople(text, s.span.start) : ctx.peopleIn(index);
  // A speaker label ("Kensei：", "**Mo:**") opens the turn; it is not the sentence's subject.
  const labelEnd = labelEndIn(ctx, s);
  const out: Holder[] = persons
    .filter((p) => p.start >= labelEnd)
    .map((p) => ({ start: p.start, end: p.end, kind: 'person' as const, name: p.name }));
  const taken = (a: number, b: number): boolean =>
    out.some((h) => a < h.end && h.start < b) || objs.some((o) => a < o.m.end && o.m.start < b);
  for (const lang of langs) {
    const add = (re: RegExp, kind: HolderKind): void => {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!taken(start, end)) out.push({ start, end, kind });
      }
    };
    add(FIRST_PERSON[lang].plural, 'firstPlural');
    add(FIRST_PERSON[lang].singular, 'first');
    add(THIRD_PERSON[lang], 'third');
    add(OTHER_PERSON[lang], 'other');
  }
  return out.sort((a, b) => a.start - b.start);
}

function labelEndIn(ctx: ArticleContext, s: Sentence): number {
  const turn = ctx.turnOf.get(s.paragraph);
  if (!turn || turn.paragraphs[0] !== s.paragraph) return 0;
  const { start, end } = turn.labelSpan;
  if (end <= s.span.start || start >= s.span.end) return 0;
  let i = 0;
  while (i < s.map.length && (s.map[i] ?? 0) < end) i++;
  return i;
}

interface HolderSet extends Resolved {
  fromList: boolean;
}

function holdersOf(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  holders: Holder[],
  objs: Obj[],
  consumed: Set<Obj>,
  phraseStart: number,
  phraseEnd: number,
): HolderSet | undefined {
  const text = s.text;
  const { word } = t;
  const lang = word.lang;
  const leadsOrMaintains = ['chair', 'co-chair', 'tech-lead', 'lead', 'maintainer'].includes(word.cls);

  // 1. People named right after the role: "co-chair Kaslin Fields", "联合主席 A、B 和 C".
  if (word.shape === 'noun') {
    const after = holders.find((h) => h.start >= phraseEnd);
    const re = word.plural || word.namesFollow ? HOLDERS_AFTER[lang].plural : HOLDERS_AFTER[lang].singular;
    if (after?.kind === 'person' && re.test(text.slice(phraseEnd, after.start)) && afterIsClean(text, lang, phraseEnd)) {
      const list = [after];
      for (const h of holders) {
        const last = list[list.length - 1];
        if (!last || h.start < last.end || h === after) continue;
        if (h.kind !== 'person' || !PEOPLE_LIST_GAP.test(text.slice(last.end, h.start))) break;
        list.push(h);
      }
      if (list.length > 1 || word.plural || word.namesFollow || lang !== 'en' || !/,/u.test(text.slice(phraseEnd, after.start))) {
        const names = list.map((h) => h.name).filter((n): n is string => n !== undefined);
        return { names, confidence: list.length > 1 ? 0.85 : 0.9, fromList: true };
      }
    }
  }

  // 2. The nearest person or pronoun before the role phrase.
  const left = [...holders].reverse().find((h) => h.end <= phraseStart);
  if (left) {
    if (left.kind === 'other') return undefined;
    if (!gapIsClean(text, lang, left, t, objs, consumed, phraseStart, phraseEnd)) return undefined;
    if (left.kind === 'firstPlural' && leadsOrMaintains) return undefined;
    const resolved = resolveHolder(ctx, s, left);
    if (!resolved || resolved.names.length === 0) return undefined;
    const names = [...resolved.names];
    // "Kaslin and Madhav are co-chairs", "AとBは…の共同チェア".
    if (left.kind === 'person' && (lang !== 'en' || word.plural || /\b(?:are|were)\b/iu.test(text.slice(left.end, phraseStart)))) {
      let head = left;
      for (const h of [...holders].reverse()) {
        if (h.end > head.start) continue;
        if (h.kind !== 'person' || !HOLDER_COORDINATION.test(text.slice(h.end, head.start))) break;
        if (h.name) names.unshift(h.name);
        head = h;
      }
    }
    return { names, confidence: resolved.confidence, fromList: false };
  }

  // 3. "As a co-lead for the X subproject, I …".
  if (lang === 'en' && EN_AS_INTRO.test(text.slice(0, phraseStart))) {
    const comma = text.indexOf(',', phraseEnd);
    const next = holders.find((h) => h.start >= phraseEnd);
    if (comma >= 0 && next && next.start > comma && next.kind !== 'other') {
      const resolved = resolveHolder(ctx, s, next);
      if (resolved && resolved.names.length > 0) return { ...resolved, fromList: false };
    }
    return undefined;
  }

  // 4. Japanese and Chinese leave the speaker unsaid: "SIG etcdのリードを務めています。"
  if (lang === 'ja') {
    const after = text.slice(phraseEnd);
    const predicated = word.shape === 'noun' ? JA_PREDICATE_AFTER.test(after) : !JA_AFTER_BLOCKERS.test(after);
    if (!predicated || JA_BLOCKERS.test(text.slice(0, phraseStart)) || JA_AFTER_BLOCKERS.test(after)) return undefined;
    const names = implicitHolder(ctx, s);
    return names.length > 0 ? { names, confidence: 0.8, fromList: false } : undefined;
  }
  if (lang === 'zh') {
    const before = text.slice(0, phraseStart);
    const predicated = word.shape === 'noun' ? ZH_PREDICATE_BEFORE.test(before) : true;
    if (!predicated || ZH_BLOCKERS.test(before) || ZH_AFTER_BLOCKERS.test(text.slice(phraseEnd))) return undefined;
    const names = implicitHolder(ctx, s);
    return names.length > 0 ? { names, confidence: 0.8, fromList: false } : undefined;
  }
  return undefined;
}

function afterIsClean(text: string, lang: RoleLang, from: number): boolean {
  const after = text.slice(from, from + 40);
  if (lang === 'ja') return !JA_AFTER_BLOCKERS.test(after);
  return true;
}

function resolveHolder(ctx: ArticleContext, s: Sentence, h: Holder): Resolved | undefined {
  switch (h.kind) {
    case 'person':
      return h.name ? { names: [h.name], confidence: 0.9 } : undefined;
    case 'first':
      return { names: firstPersonHolders(ctx, s, false), confidence: 0.85 };
    case 'firstPlural':
      return { names: firstPersonHolders(ctx, s, true), confidence: 0.7 };
    case 'third':
      return { names: thirdPersonHolders(ctx, s), confidence: 0.8 };
    default:
      return undefined;
  }
}

/** The words between the holder and the role phrase must not negate, hedge or report it. */
function gapIsClean(
  text: string,
  lang: RoleLang,
  holder: Holder,
  t: Trigger,
  objs: Obj[],
  consumed: Set<Obj>,
  phraseStart: number,
  phraseEnd: number,
): boolean {
  let gap = text.slice(holder.end, phraseStart);
  const after = text.slice(phraseEnd);
  // Objects already linked (or this phrase's own) read as a placeholder.
  for (const o of [...objs].reverse()) {
    if (o.m.start >= holder.end && o.m.end <= phraseStart && consumed.has(o)) {
      gap = gap.slice(0, o.m.start - holder.end) + 'X'.padEnd(o.m.end - o.m.start, ' ') + gap.slice(o.m.end - holder.end);
    }
  }
  if (lang === 'en') {
    // "I help maintain Kustomize" is a fact; "helps contributors become reviewers" is not.
    if (t.word.shape !== 'noun') gap = gap.replace(/\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$/iu, '');
    if (/[;:]|\s[-–—]\s/u.test(gap) || /\b(?:but|while|whereas|although|though|because|so)\b/iu.test(gap)) return false;
    if (EN_BLOCKERS.test(gap) || EN_FUTURE_BECOME.test(gap)) return false;
    const words = gap.replace(/\([^)]*\)/gu, ' ').split(/\s+/u).filter((w) => /\w/u.test(w));
    if (words.length > 14) return false;
    if (/\bto\s+(?:be|become|join|serve)\b/iu.test(gap)) return false;
    if (t.word.shape === 'noun') {
      if (EN_NOUN_GAP_BLOCKERS.test(gap) || EN_FOREIGN_APPOSITION.test(gap)) return false;
      // "one of the SIG Docs tech leads", "A and B are co-chairs", "A and B, co-chairs of SIG Z".
      const coordinated = holder.kind === 'person' && /^\s*,\s*(?:the\s+|both\s+)?$/u.test(gap) && /(?:,|\band|&)\s*$/u.test(text.slice(0, holder.start));
      if (t.word.plural && !EN_PLURAL_LICENCE.test(gap) && !coordinated) return false;
    }
    if (holder.kind !== 'person' && EN_RELATION_NOUNS.test(gap)) return false;
    if (/^\s+(?:not|never)\b/iu.test(after)) return false;
  } else if (lang === 'ja') {
    if (JA_BLOCKERS.test(gap) || JA_AFTER_BLOCKERS.test(after)) return false;
    if (/が、|けど|けれど/u.test(gap)) return false;
  } else {
    if (ZH_BLOCKERS.test(gap) || ZH_AFTER_BLOCKERS.test(after)) return false;
    if (/但是?|然而|；/u.test(gap)) return false;
  }
  if (t.word.shape !== 'noun') {
    // "Kaslin said SIG Docs maintains X": another entity between holder and verb is the real subject.
    const between = objs.some((o) => o.m.start >= holder.end && o.m.end <= phraseStart && !consumed.has(o));
    if (between) return false;
  }
  return true;
}
