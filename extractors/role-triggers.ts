/** Finds role words in a sentence: one cheap prefilter, one alternation per language, then each hit confirmed. */
import type { RoleLang } from './lexicon/roles.ts';
import { COMPILED_ROLE_WORDS, EN_ROLE_AS_MODIFIER, ROLE_WORD_PREFILTER, type CompiledRoleWord } from './role-grammar.ts';
import type { Trigger } from './role-types.ts';

export function findTriggers(text: string, langs: RoleLang[]): Trigger[] {
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
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end) && !companions(text, t)) kept.push(t);
  // Frames overlap freely: they only count when filled by objects alone.
  return [...kept, ...frames].sort((a, b) => a.start - b.start);
}

/** "我与三位现任和前任委员进行了对话": the role of the people met, not of the one meeting them. */
const WITH_COUNTED = /(?:与|和|跟|同|向)\s*[一二两三四五六七八九十几多\d]+\s*(?:位|名)[^，。、：:,]{0,12}$/u;

function companions(text: string, t: Trigger): boolean {
  // "筆者は現役のSRCメンバー3名と、名誉メンバー1名に話を聞きました": the people met, counted after the role.
  if (COUNTED_MET_JA.test(text.slice(t.end, t.end + 40))) return true;
  return WITH_COUNTED.test(text.slice(Math.max(0, t.start - 20), t.start)) && !/^\s*(?:之一|中的一)/u.test(text.slice(t.end));
}

const COUNTED_MET_JA = /^\s*(?:[(（][^()（）]{0,20}[)）])?\s*[一二三四五六七八九十\d１-９]+\s*(?:名|人)(?:と|に)(?:[^。]{0,30}?)(?:話を|お話を|インタビュー|取材)/u;

/**
 * The longest word matching at `start` (nouns win ties, but a verb does right after a subject
 * pronoun: "she co-chairs the group"), re-checked for noun context and modifier use.
 */
function pickWord(text: string, start: number, words: CompiledRoleWord[]): Trigger | undefined {
  let best: Trigger | undefined;
  const verbFirst = SUBJECT_BEFORE_VERB.test(text.slice(Math.max(0, start - 24), start));
  for (const w of words) {
    w.sticky.lastIndex = start;
    const m = w.sticky.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    // "she co-chairs the group", "Clara co-chairs it": a verb after a subject word or before "it".
    // "Ian Coldwater co-chairs SIG Security": after a name and before a group, the verb.
    // "Her mentor, Mateus Albuquerque (@malbuquerque), co-chairs SIG Apps": a bracket or an apposition's comma may close the name.
    const nameThenGroup = /^\s+(?:SIG|WG)\s/u.test(text.slice(end)) && /(?:\p{Lu}[\p{Ll}'’-]+,?|\band|[)）],?)\s+$/u.test(text.slice(Math.max(0, start - 30), start));
    const pluralVerb = PLURAL_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !NOUN_FOLLOWS.test(text.slice(end));
    // "Ifeoma Okonkwo, co-leads the Third Party Security Audit subproject": a verb before "the" and a name.
    // "Ken Ito co-leads the kubeadm subproject", "Ken Ito co-leads ContribEx's Mentoring subproject", "… co-leads kubeadm".
    const theName = VERB_OBJECT_AFTER.test(text.slice(end)) && /\p{Ll}s$/u.test(text.slice(start, end)) && !NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    const verbWins = (verbFirst || nameThenGroup || pluralVerb || theName || /^\s+(?:it|them)\b/u.test(text.slice(end))) && best?.word.shape === 'noun' && w.word.shape === 'verbRight' && end === best.end;
    if (best && end <= best.end && !verbWins) continue;
    if (w.word.needsNounContext && !nounContext(text, start, end)) continue;
    // "contributor experience" is no contributor; "took over the chair role" is a chair.
    if (w.word.lang === 'en' && w.word.shape === 'noun' && EN_ROLE_AS_MODIFIER.test(text.slice(end)) && !TAKEN_ROLE.test(text.slice(Math.max(0, start - 30), start))) continue;
    best = { start, end, word: w.word };
  }
  return best;
}

const VERB_OBJECT_AFTER = /^\s+(?:the\s+\p{Lu}|the\s+[\w-]+\s+sub-?project\b|\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?['’]s\s|[a-z][a-z0-9]*(?:-[a-z0-9]+)*[.;]?$)/u;
const TAKEN_ROLE = /\b(?:took\s+over|takes\s+over|assumed|stepped\s+into|took\s+on|handed\s+over)\s+(?:the|a|his|her|their)\s+$/iu;
const SUBJECT_BEFORE_VERB = /\b(?:I|we|he|she|who|also|now|currently|still|jointly|today)\s+$/iu;
/** "Both co-lead the group" (a verb), "both co-chairs of SIG X" (a noun): a plural subject, then an object. */
const PLURAL_SUBJECT_BEFORE = /\b(?:both|they|we)\s+$/iu;
const NOUN_FOLLOWS = /^\s*(?:of|for|at|in|from|on|and|,|\.|$)/iu;

const LEAD_NOUN_BEFORE =
  /(?:\b(?:a|an|the|our|their|his|her|my|its|as|co|project|subproject|sub-project|team|release|technical|tech|area|feature|group|program)\s*|-)$/iu;
/** "SIG ContribEx lead": a group name right before it ("Matthias leads SIG Node" stays a verb). */
const NAME_BEFORE = /\b(?:SIG|WG)[\s-]+[\w-]+(?:\s+[A-Z][\w-]*)?\s+$/iu;

/** Bare "lead(s)" is a noun after a determiner or a name, or before "of/for"; otherwise a verb. */
function nounContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return LEAD_NOUN_BEFORE.test(before) || NAME_BEFORE.test(before) || /^\s+(?:of|for)\b/iu.test(text.slice(end));
}
