/**
 * The people of one article: who is named (front matter, bylines, profile links, labels, lists,
 * introductions, speaker labels, profile headings, and Latin names by shape), under one canonical
 * full name each, with the aliases the article uses for them (first names, initials, other
 * scripts, typos). Built once per article and cached; every extractor and the resolver use it.
 */
import type { ParsedArticle, Turn } from '../../src/article/types.ts';
import { repairMojibake } from '../../src/article/mojibake.ts';
import { findGenericNames, lowerWords, type GenericName, type NotAPerson } from './people-generic.ts';
import { surfaceForms } from './people-forms.ts';
import { cleanName, editDistance, foldName, initialsMatch, initialsOf, isLatinFullName, isStopWord } from './people-names.ts';
import { PeopleRegistry, type PersonRecord } from './people-registry.ts';
import { hanInitialsIndex, isForeignScript, katakanaGivenName, matchAcrossScripts } from './people-scripts.ts';
import { collectPeople, handlesKnownAs } from './people-sources.ts';
import { nicknamesFromEndings } from './people-nicknames.ts';
import { questionTurns } from './people-turns.ts';
import { anonymousAnswers } from './people-answers.ts';
import { BARE_HANDLE_LABEL, isAnswerLabel } from '../../src/article/interview.ts';
import type { Mention } from './types.ts';

export interface PersonEntry {
  name: string;
  github?: string;
  aliases: string[];
}

export interface PeopleIndex {
  /** People named in a piece of text; `at` (a file offset) chooses between people sharing a first name. */
  findPeople(text: string, at?: number): Mention[];
  /** Full names of the speakers of the answer turn holding this paragraph; [] for questions and outside interviews. */
  speakersAt(paragraphIndex: number): string[];
  /** The person asking the questions, when the article is an interview. */
  interviewer(): string | undefined;
  people(): PersonEntry[];
  /** The canonical person for a name as written (full name, first name, label, other script, typo, handle). */
  resolve(name: string, opts?: { github?: string; at?: number }): PersonEntry | undefined;
  authors(): string[];
  translators(): string[];
  /** Speakers of answer turns, in order of first answer, with the first answer turn. */
  answerSpeakers(): Array<{ name: string; turn: Turn }>;
  /** The person a profile section is about ("## [Arsh Sharma](…)"), for paragraphs under that heading. */
  featuredAt(paragraphIndex: number): string | undefined;
  /** Heading paragraph index → the person the section profiles. */
  featured(): Map<number, string>;
}

const cache = new WeakMap<ParsedArticle, PeopleIndex>();
let notAPerson: NotAPerson | undefined;

/** Lets the organisation finders veto names ("Google Kubernetes Engine"); set once at start-up. */
export function setNotAPerson(check: NotAPerson): void {
  notAPerson = check;
}

export function peopleIndex(article: ParsedArticle): PeopleIndex {
  let index = cache.get(article);
  if (!index) {
    index = buildIndex(article);
    cache.set(article, index);
  }
  return index;
}

const LABEL_SHAPE = /^[A-Z]{1,4}$/;
const SHOW_NAME = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:podcast|show|newsletter|livestream)\b|\b(?:[Ww]elcome\s+to|[Ee]pisode\s+\d+\s+of|[Tt]his\s+episode\s+of)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;

function entry(rec: PersonRecord): PersonEntry {
  return { name: rec.name, ...(rec.github ? { github: rec.github } : {}), aliases: [...rec.aliases] };
}

function firstToken(name: string): string {
  return name.split(' ')[0] ?? name;
}


function buildIndex(article: ParsedArticle): PeopleIndex {
  const reg = new PeopleRegistry();
  const { labels, headings } = collectPeople(article, reg);
  const lower = lowerWords(article.sentences.map((s) => s.text));
  // Every extractor asks about the same sentences: shape matches are computed once per text.
  const genericCache = new Map<string, GenericName[]>();
  // "Derek Olsen (Acme Logistics)" signs the post: "Acme Logistics moves millions…" is no person.
  const employers = new Set(
    [...(article.frontMatter?.authors ?? []), ...(article.frontMatter?.translators ?? []), ...article.bylines.flatMap((b) => b.people)].flatMap((r) => (r.company ? [r.company.trim()] : [])),
  );
  // "**Reconcile Loop**, the community podcast", "welcome to Reconcile Loop": a show, not a person.
  for (const s of article.sentences) for (const m of s.text.matchAll(SHOW_NAME)) employers.add(m[1] ?? m[2] ?? '');
  const generic = (text: string): GenericName[] => {
    let found = genericCache.get(text);
    if (!found) {
      found = findGenericNames(text, lower, notAPerson).filter((g) => !employers.has(g.name));
      genericCache.set(text, found);
    }
    return found;
  };
  // Names found by shape alone are weak: they help first names resolve, never outrank strong ones.
  for (const s of article.sentences) {
    for (const g of generic(s.text)) {
      if (!reg.find(g.name)) reg.add(g.name, { offset: s.map[g.start] ?? s.span.start });
    }
  }
  reg.consolidate();
  handlesKnownAs(article, reg);
  nicknamesFromEndings(article, reg);
  const records = reg.records;

  // Offsets of every full-name occurrence, for the nearest-mention rule.
  const text = article.text;
  for (const rec of records) {
    for (const form of [rec.name, ...[...rec.aliases].filter((a) => isLatinFullName(a) || isForeignScript(a))]) {
      let i = text.indexOf(form);
      while (i >= 0) {
        rec.offsets.push(i);
        i = text.indexOf(form, i + form.length);
      }
    }
    rec.offsets.sort((a, b) => a - b);
  }

  const byFirst = new Map<string, PersonRecord[]>();
  for (const rec of records) {
    if (!isLatinFullName(rec.name)) continue;
    const k = foldName(firstToken(rec.name));
    byFirst.set(k, [...(byFirst.get(k) ?? []), rec]);
  }

  const nearest = (cands: PersonRecord[], at: number | undefined): PersonRecord | undefined => {
    const strong = cands.filter((c) => c.strong);
    const pool = strong.length > 0 ? strong : cands;
    if (pool.length === 1) return pool[0];
    if (at === undefined) return undefined;
    let best: PersonRecord | undefined;
    let bestAt = -1;
    for (const c of pool) {
      for (const o of c.offsets) if (o <= at && o > bestAt) [best, bestAt] = [c, o];
    }
    return best;
  };

  const byFirstName = (token: string, at?: number): PersonRecord | undefined => {
    const k = foldName(token);
    const exact = byFirst.get(k);
    if (exact) return nearest(exact, at);
    // "Mathias" for "Matthias": a typo of a first name of six letters or more.
    const close = k.length < 6 ? [] : [...byFirst.entries()].filter(([f]) => f.length >= 6 && editDistance(f, k, 2) <= 2).flatMap(([, r]) => r);
    if (close.length > 0) return nearest(close, at);
    // "**Maciej**：" for "Soltysh Maciejさん", written family name first: the one person whose last word it is.
    const last = records.filter((r) => isLatinFullName(r.name) && foldName(r.name.split(' ').pop() ?? '') === k);
    return last.length === 1 ? last[0] : undefined;
  };

  const excluded = (rec: PersonRecord): boolean => rec.roles.has('author') || rec.roles.has('translator') || rec.roles.has('interviewer');

  const resolveRecord = (raw: string, opts: { github?: string; at?: number } = {}): PersonRecord | undefined => {
    const name = cleanName(repairMojibake(raw)).replace(/\s*[(（]\s*[A-Z]{2,4}\s*[)）]$/u, '');
    if (opts.github) {
      const h = reg.byHandle(opts.github);
      if (h) return h;
    }
    // "**@zbrandt:**": a speaker labelled with a GitHub handle the article gives.
    const handle = /^\s*@([A-Za-z0-9][A-Za-z0-9-]{0,38})\s*$/u.exec(raw)?.[1];
    if (handle) return reg.byHandle(handle);
    const direct = reg.find(name);
    if (direct) return direct;
    // "**rakhmedov**:": a label that is someone's handle written without its "@".
    if (BARE_HANDLE_LABEL.test(name)) {
      const byHandle = reg.byHandle(name);
      if (byHandle) return byHandle;
    }
    const labelled = labels.get(name);
    if (labelled) return reg.find(labelled);
    if (isForeignScript(name)) {
      // "**カタリナ**：" for "カタリナ・ロペス（Catalina López）": the katakana given name of one person.
      const byGiven = records.filter((r) => [...r.aliases].some((a) => katakanaGivenName(a, r.name) === name));
      if (byGiven.length === 1) return byGiven[0];
      const latin = matchAcrossScripts(name, records.filter((r) => !isForeignScript(r.name)).map((r) => r.name));
      return latin ? reg.find(latin) : undefined;
    }
    const tokens = name.split(' ');
    // "Q:" and "A:" mark questions and answers, not someone called Alice.
    if (name === 'Q' || name === 'A') return undefined;
    if (tokens.length === 1 && LABEL_SHAPE.test(name)) {
      if (name.length === 1) {
        const pool = records.filter((r) => isLatinFullName(r.name) && !excluded(r) && r.name.charAt(0) === name);
        return pool.length === 1 ? pool[0] : pool.length === 0 ? byHanSyllables(name) : undefined;
      }
      const pool = initialsPool(name);
      if (pool.length <= 1) return pool[0] ?? byHanSyllables(name);
      // "JL" for Jonas Lindqvist when "LJY" already labels Jiayi Lin: a person another label names is not this one.
      const free = pool.filter((r) => !claimedByOtherLabel(r, name));
      return free.length === 1 ? free[0] : undefined;
    }
    if (tokens.length === 1) return byFirstName(name, opts.at);
    if (isLatinFullName(name)) {
      // A typo of a full name introduced in the article.
      const f = foldName(name);
      const close = records.filter((r) => {
        const g = foldName(r.name);
        return isLatinFullName(r.name) && g.length >= 6 && editDistance(f, g, 2) <= (g.length >= 10 ? 2 : 1);
      });
      if (close.length === 1) return close[0];
    }
    return undefined;
  };

  /** Who initials could stand for; "IS" and "SI" for Ingrid Solheim and Santiago Ibarra: the names' own order comes first. */
  const initialsPool = (label: string): PersonRecord[] => {
    const pool = records.filter((r) => isLatinFullName(r.name) && initialsMatch(label, r.name));
    const own = pool.length > 1 ? pool.filter((r) => initialsOf(r.name) === label) : pool;
    return own.length > 0 ? own : pool;
  };
  let claims: Map<string, PersonRecord> | undefined;
  const claimedByOtherLabel = (rec: PersonRecord, label: string): boolean => {
    if (!claims) {
      claims = new Map();
      for (const t of article.turns) {
        if (!LABEL_SHAPE.test(t.label) || t.label.length < 2 || claims.has(t.label)) continue;
        const pool = initialsPool(t.label);
        const only = pool.length === 1 ? pool[0] : byHanSyllables(t.label);
        if (only) claims.set(t.label, only);
      }
    }
    return [...claims].some(([l, r]) => l !== label && r === rec);
  };

  // "**CXW**" for 陈晓雯 (Ruby Chen): the first letter of each character's pinyin (worked out once per article).
  let byHanInitials: Map<string, Set<PersonRecord>> | undefined;
  const byHanSyllables = (label: string): PersonRecord | undefined => {
    const index = (byHanInitials ??= hanInitialsIndex(records));
    const pool = [...(index.get(label) ?? [])];
    return pool.length === 1 ? pool[0] : undefined;
  };

  // "**Rafa:**" for Rafael Quintero: a label that shortens the first name of one person of the article.
  const shortenedFirstName = (label: string): PersonRecord | undefined => {
    const k = foldName(label.trim());
    if (!/^[a-z]{3,}$/u.test(k) || !/^\p{Lu}/u.test(label.trim())) return undefined;
    const pool = records.filter((r) => isLatinFullName(r.name) && !excluded(r) && foldName(r.name.split(' ')[0] ?? '').startsWith(k));
    return pool.length === 1 ? pool[0] : undefined;
  };

  // Speakers: each turn's labels → people. Interviewers are the speakers of questions.
  const speakerCache = new Map<Turn, PersonRecord[]>();
  const turnSpeakers = (turn: Turn): PersonRecord[] => {
    let out = speakerCache.get(turn);
    if (!out) {
      const parts = turn.speakers.length > 0 ? turn.speakers : [turn.label];
      out = parts.map((s) => resolveRecord(s, { at: turn.labelSpan.start }) ?? shortenedFirstName(s)).filter((r): r is PersonRecord => r !== undefined);
      speakerCache.set(turn, out);
    }
    return out;
  };
  // Resolve question turns first so that single-letter labels skip the interviewer.
  for (const turn of article.turns) if (turn.isQuestion) for (const r of turnSpeakers(turn)) r.roles.add('interviewer');
  const questions = questionTurns(article, turnSpeakers);
  for (const turn of questions) for (const r of turnSpeakers(turn)) r.roles.add('interviewer');
  for (const turn of article.turns) if (!questions.has(turn)) for (const r of turnSpeakers(turn)) r.roles.add('speaker');

  const byParagraph = new Map<number, Turn>();
  for (const turn of article.turns) for (const p of turn.paragraphs) byParagraph.set(p, turn);

  const { forms, honorificForms, knownRe } = surfaceForms(records, (word) => lower.has(word.toLowerCase()) || isStopWord(word) || (notAPerson?.(word) ?? false));

  const foundCache = new Map<string, Mention[]>();
  const findPeople = (sentence: string, at?: number): Mention[] => {
    const key = `${at ?? ''}|${sentence}`;
    const cached = foundCache.get(key);
    if (cached) return cached.map((m) => ({ ...m }));
    const out = findPeopleUncached(sentence, at);
    foundCache.set(key, out);
    return out.map((m) => ({ ...m }));
  };

  const findPeopleUncached = (sentence: string, at?: number): Mention[] => {
    const out: Mention[] = [];
    const covered: Array<[number, number]> = [];
    if (knownRe) {
      for (const m of sentence.matchAll(knownRe)) {
        const surface = m[0];
        const cands = forms.get(surface) ?? honorificForms.get(surface) ?? [];
        const rec = cands.length === 1 ? cands[0] : isLatinFullName(surface) ? reg.find(surface) : byFirstName(surface, at);
        covered.push([m.index, m.index + surface.length]);
        if (!rec) continue;
        out.push({ type: 'Person', name: rec.name, surface, start: m.index, end: m.index + surface.length, ...(rec.github ? { github: rec.github } : {}) });
      }
    }
    for (const g of generic(sentence)) {
      if (covered.some(([s, e]) => g.start < e && g.end > s)) continue;
      const rec = reg.find(g.name);
      out.push({ type: 'Person', name: rec?.name ?? g.name, surface: sentence.slice(g.start, g.end), start: g.start, end: g.end, ...(rec?.github ? { github: rec.github } : {}) });
    }
    // "王五（Wang Wu，@wangwu）": the name repeated in brackets right after is the same mention.
    return out
      .sort((a, b) => a.start - b.start)
      .filter((m, i, all) => {
        const prev = all[i - 1];
        return !(prev && prev.name === m.name && /^\s*[(（]\s*$/u.test(sentence.slice(prev.end, m.start)));
      });
  };

  // "A:" turns and unlabelled answers: the one person the introduction names as interviewed.
  const anonymous = anonymousAnswers(article, findPeople, (name) => {
    const rec = reg.find(name);
    return rec !== undefined && excluded(rec);
  });
  const answerer = anonymous.speaker === undefined ? undefined : reg.find(anonymous.speaker);
  if (answerer) {
    for (const turn of article.turns) {
      if (!isAnswerLabel(turn.label) || questions.has(turn)) continue;
      speakerCache.set(turn, [answerer]);
      answerer.roles.add('speaker');
    }
    if (anonymous.paragraphs.size > 0) answerer.roles.add('speaker');
  }

  const interviewerName = (() => {
    const counts = new Map<PersonRecord, number>();
    for (const turn of questions) for (const r of turnSpeakers(turn)) counts.set(r, (counts.get(r) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return best?.[0].name;
  })();

  const featuredAt = (paragraphIndex: number): string | undefined => {
    const p = article.paragraphs[paragraphIndex];
    if (!p) return undefined;
    const h = p.kind === 'heading' ? p.index : p.section;
    if (h === undefined) return undefined;
    const name = headings.get(h);
    return name ? (reg.find(name)?.name ?? name) : undefined;
  };

  return {
    findPeople,
    speakersAt(paragraphIndex) {
      const turn = byParagraph.get(paragraphIndex);
      if (!turn) return answerer && anonymous.paragraphs.has(paragraphIndex) ? [answerer.name] : [];
      if (questions.has(turn)) return [];
      return turnSpeakers(turn).map((r) => r.name);
    },
    interviewer: () => interviewerName,
    people: () => records.map(entry),
    resolve(name, opts) {
      const rec = resolveRecord(name, opts);
      return rec ? entry(rec) : undefined;
    },
    authors: () => records.filter((r) => r.roles.has('author')).map((r) => r.name),
    translators: () => records.filter((r) => r.roles.has('translator')).map((r) => r.name),
    answerSpeakers() {
      const seen = new Map<PersonRecord, Turn>();
      for (const turn of article.turns) if (!questions.has(turn)) for (const r of turnSpeakers(turn)) if (!seen.has(r)) seen.set(r, turn);
      return [...seen.entries()].map(([r, turn]) => ({ name: r.name, turn }));
    },
    featuredAt,
    featured: () => new Map([...headings].map(([i, n]) => [i, reg.find(n)?.name ?? n])),
  };
}


