/**
 * Finds community groups (SIGs, working groups, committees, user groups, TAGs) in plain text.
 *
 * Lexicon groups need their kind word next to the name ("SIG Node", "Node SIG", "sig-node",
 * "etcd Operator Working Group", "the Testing special interest group") or a distinctive alias
 * ("ContribEx"), so that "node", "docs" or "release" on their own never become groups. Groups
 * outside the lexicon are recognised by shape: capitalised words before "Working Group"/"WG"/
 * "User Group", "TAG X", and acronyms such as "DHHWG".
 *
 * Boundaries are ASCII-only on purpose: in "SIG Nodeのレビュアー" or "SIG Docs技术负责人" the
 * neighbouring kana/hanzi are letters to Unicode but are word breaks for a Latin name.
 */
import { GROUPS, STANDALONE_ALIASES, type GroupTerm } from '../lexicon/groups.ts';
import type { SigKind } from '../../src/extraction/types.ts';
import type { ParsedArticle } from '../../src/article/types.ts';
import type { Mention } from './types.ts';

const LEFT = '(?<![A-Za-z0-9_])';
/** Also refuses a hyphenated continuation: "sig-node-e2e" is a job name, "etcd SIG-ify" a verb. */
const RIGHT = '(?![A-Za-z0-9_]|-[A-Za-z0-9])';
const SEP = '[\\s\\u3000_-]';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "API Machinery" also as "api-machinery", "APIMachinery", "API_Machinery". */
const namePattern = (name: string): string => name.split(/[\s_-]+/).map(escape).join(`${SEP}?`);
const key = (s: string): string => s.toLowerCase().replace(/[\s\u3000_-]+/g, '');

interface KindFamily {
  kinds: SigKind[];
  /** Words written before the name ("SIG Node"). */
  prefix: string;
  /** Words written after the name ("Node SIG", "Docs 特别兴趣小组"). */
  suffix: string;
  /** Lower-case words of which prefix or suffix holds one: a text with none of them is not searched. */
  triggers: string[];
}

const FAMILIES: KindFamily[] = [
  {
    kinds: ['sig'],
    prefix: `(?:SIG|Special${SEP}+Interest${SEP}+Group(?:${SEP}+(?:for|on|of))?)${SEP}+`,
    suffix: `(?:${SEP}+(?:SIG|special${SEP}+interest${SEP}+group)|[\\s\\u3000]*(?:特别兴趣小组|特殊兴趣小组|分科会))`,
    triggers: ['sig', 'special', '特别兴趣小组', '特殊兴趣小组', '分科会'],
  },
  {
    kinds: ['wg'],
    prefix: `(?:WG|Working${SEP}+Group(?:${SEP}+(?:for|on|of))?)${SEP}+`,
    // "etcd Operatorのワーキンググループ": Japanese may join the name with の.
    suffix: `(?:${SEP}+(?:WG|Working${SEP}+Group)|[\\s\\u3000]*(?:の[\\s\\u3000]*)?ワーキンググループ|[\\s\\u3000]*工作组)`,
    triggers: ['wg', 'working', 'ワーキンググループ', '工作组'],
  },
  {
    kinds: ['committee'],
    prefix: `(?:Committee(?:${SEP}+(?:for|on|of))?)${SEP}+`,
    suffix: `(?:${SEP}+Committee|[\\s\\u3000]*(?:委员会|委員会))`,
    triggers: ['committee', '委员会', '委員会'],
  },
];

interface CompiledFamily {
  triggers: string[];
  prefixRe: RegExp;
  suffixRe: RegExp;
  byKey: Map<string, GroupTerm>;
}

function compileFamily(family: KindFamily): CompiledFamily {
  const byKey = new Map<string, GroupTerm>();
  const names: string[] = [];
  for (const group of GROUPS) {
    if (!family.kinds.includes(group.kind)) continue;
    for (const n of [group.short, ...(group.aliases ?? [])]) {
      const k = key(n);
      const known = byKey.get(k);
      // A current group wins over a retired one with the same short name ("K8s Infra").
      if (!known || (known.retired && !group.retired)) byKey.set(k, group);
      names.push(n);
    }
  }
  const alternation = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join('|');
  return {
    triggers: family.triggers,
    prefixRe: new RegExp(`${LEFT}${family.prefix}(${alternation})${RIGHT}`, 'giu'),
    suffixRe: new RegExp(`${LEFT}(${alternation})${family.suffix}${RIGHT}`, 'giu'),
    byKey,
  };
}

const COMPILED = FAMILIES.map(compileFamily);

const STANDALONE_RE = new RegExp(
  `${LEFT}(${Object.keys(STANDALONE_ALIASES).sort((a, b) => b.length - a.length).map(escape).join('|')})${RIGHT}`,
  'gu',
);
const GROUP_BY_NAME = new Map(GROUPS.map((g) => [g.name, g]));

// Groups outside the lexicon, recognised by shape.
const CAP_WORD = "[A-Z][A-Za-z0-9'’&+-]*";
// "the" is left out on purpose: "Facilitator of the X Working Group" must not swallow its head noun.
const CONNECTOR = '(?:and|of|for|in|on|&|to)';
const CAP_WORDS = `${CAP_WORD}(?:\\s+(?:${CONNECTOR}\\s+){0,2}${CAP_WORD}){0,7}`;
const GENERIC_GROUP_RE = new RegExp(
  `${LEFT}(${CAP_WORDS})\\s+(Working\\s+Group|WG|User\\s+Group)${RIGHT}(?:\\s*[(（]([A-Z][A-Za-z]*[A-Z])[)）])?`,
  'gu',
);
const TAG_RE = new RegExp(`${LEFT}TAG\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){0,3})${RIGHT}|${LEFT}(${CAP_WORD}(?:\\s+${CAP_WORD}){0,3})\\s+TAG${RIGHT}`, 'gu');
/** "Kubernetes Meetup Tokyo", "Seoul Kubernetes Meetup": a user group named after its city. */
const MEETUP_RE = new RegExp(`${LEFT}((?:Kubernetes|K8s|Cloud\\s+Native)\\s+Meetup\\s+${CAP_WORD}|${CAP_WORD}\\s+(?:Kubernetes|K8s)\\s+Meetup)(?![A-Za-z0-9_])`, 'gu');
const ACRONYM_WG_RE = new RegExp(`${LEFT}([A-Z]{2,}WG)${RIGHT}`, 'gu');
/** "WG AI Integration": a working group the lexicon does not know, written the official way round. */
const WG_PREFIX_RE = new RegExp(`${LEFT}WG\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){0,3})(?![A-Za-z0-9])`, 'gu');
/** Words that follow "WG" without being part of a name: "the WG Meeting notes", "WG Chairs". */
const WG_TRAILING_NOUN = /\s+(?:Meetings?|Notes|Chairs?|Co-[Cc]hairs?|Leads?|Organi[sz]ers?|Charter|Slack|Channel|Page|Calls?|Sessions?|Members?|Updates?|Agenda|Mailing|List|Repo|Repository|Proposals?|KEPs?|Sponsors?)\b.*$/u;
/** Capitalised words that start a sentence or phrase rather than a group's name. */
const LEADING_NOISE =
  /^(?:(?:Spotlight\s+on|Meet|Meet\s+the|Introducing|Inside|Welcome\s+to|About)\s+|(?:The|A|An|Our|This|That|Their|Its|His|Her|My|Your|Join|Joining|New|Each|Every|Any|Both|From|In|At|With|As)\s+|(?:Facilitators?|Chairs?|Co-[Cc]hairs?|Leads?|Co-[Ll]eads?|Leaders?|Members?|Organi[sz]ers?|Founders?|Heads?|Friends)\s+(?:of|for|at|in|on|to)\s+)+/u;
/** Generic "X Working Group" whose X is itself just a kind word or a generic noun is not a name. */
const NOT_A_NAME = /^(?:SIG|SIGs|WG|TAG|CNCF|Kubernetes|Special Interest|Community|Working|User|Group|New)$/u;

function lexiconMentions(text: string, out: Mention[]): void {
  const lower = text.toLowerCase();
  // Case-insensitive Unicode matching also folds "ſ" (long s) to "s"; such a text is always searched.
  const anyFold = lower.includes('ſ');
  for (const family of COMPILED) {
    if (!anyFold && !family.triggers.some((t) => lower.includes(t))) continue;
    for (const re of [family.prefixRe, family.suffixRe]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const group = family.byKey.get(key(m[1] ?? ''));
        if (!group) continue;
        out.push({ type: 'Sig', name: group.name, surface: m[0], start: m.index, end: m.index + m[0].length, kind: group.kind });
      }
    }
  }
  for (const m of text.matchAll(STANDALONE_RE)) {
    const canonical = STANDALONE_ALIASES[m[1] ?? ''];
    const group = canonical === undefined ? undefined : GROUP_BY_NAME.get(canonical);
    if (!group) continue;
    out.push({ type: 'Sig', name: group.name, surface: m[0], start: m.index, end: m.index + m[0].length, kind: group.kind });
  }
}

const KIND_OF_GENERIC: Record<string, SigKind> = { working: 'wg', wg: 'wg', user: 'usergroup' };

function genericMentions(text: string, out: Mention[]): void {
  for (const m of text.matchAll(GENERIC_GROUP_RE)) {
    const raw = m[1] ?? '';
    const lead = LEADING_NOISE.exec(raw);
    // Keep a "CNCF"/"Kubernetes" qualifier but not sentence-initial determiners.
    const words = lead ? raw.slice(lead[0].length) : raw;
    if (!words || NOT_A_NAME.test(words)) continue;
    const kindWord = (m[2] ?? '').split(/\s+/)[0]?.toLowerCase() ?? '';
    const kind = KIND_OF_GENERIC[kindWord] ?? 'other';
    const suffix = kind === 'wg' ? 'Working Group' : 'User Group';
    const start = m.index + (raw.length - words.length);
    const end = m.index + m[0].length;
    out.push({ type: 'Sig', name: `${words} ${suffix}`, surface: text.slice(start, end), start, end, kind });
  }
  for (const m of text.matchAll(TAG_RE)) {
    const words = m[1] ?? m[2] ?? '';
    if (!words || NOT_A_NAME.test(words)) continue;
    out.push({ type: 'Sig', name: `TAG ${words}`, surface: m[0], start: m.index, end: m.index + m[0].length, kind: 'other' });
  }
  for (const m of text.matchAll(WG_PREFIX_RE)) {
    const words = (m[1] ?? '').replace(WG_TRAILING_NOUN, '');
    if (!words || WG_TRAILING_NOUN.test(` ${words}`) || NOT_A_NAME.test(words)) continue;
    const end = m.index + m[0].length - ((m[1] ?? '').length - words.length);
    out.push({ type: 'Sig', name: `WG ${words}`, surface: text.slice(m.index, end), start: m.index, end, kind: 'wg' });
  }
  for (const m of text.matchAll(MEETUP_RE)) {
    const name = m[1] ?? '';
    if (/^(?:The|A|An|Our|This|Each|Every)\s/u.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'Sig', name, surface: name, start, end: start + name.length, kind: 'usergroup' });
  }
  for (const m of text.matchAll(ACRONYM_WG_RE)) {
    out.push({ type: 'Sig', name: m[1] ?? m[0], surface: m[0], start: m.index, end: m.index + m[0].length, kind: 'wg' });
  }
}

/** Every group mention contains one of these; most sentences contain none and skip the big patterns. */
const MAY_NAME_A_GROUP = new RegExp(
  `(?<![a-z])sig|wg(?![a-z])|working|group|committee|meetup|(?<![a-z])tag(?![a-z])|特别兴趣小组|特殊兴趣小组|分科会|ワーキンググループ|工作组|委员会|委員会|${Object.keys(STANDALONE_ALIASES).map(escape).join('|')}`,
  'iu',
);

/** Longest first, then earliest; drops anything overlapping an already kept mention. */
export function selectNonOverlapping(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Groups named in `text`: canonical names for lexicon groups, the written name (WG spelled out) otherwise. */
export function findGroups(text: string): Mention[] {
  if (!MAY_NAME_A_GROUP.test(text)) return [];
  const lexicon: Mention[] = [];
  lexiconMentions(text, lexicon);
  const kept = selectNonOverlapping(lexicon);
  const generic: Mention[] = [];
  genericMentions(text, generic);
  // Lexicon matches win over shape matches that overlap them.
  const free = generic.filter((g) => !kept.some((k) => g.start < k.end && k.start < g.end));
  return selectNonOverlapping([...kept, ...free]);
}

/** Groups as one article names them: article-defined acronyms and shortened names map to the fullest form. */
export interface GroupIndex {
  /** `findGroups` with names made consistent across the article ("DHHWG" → "CNCF Deaf and Hard of Hearing Working Group"). */
  findGroups(text: string): Mention[];
  /** Other spellings of a group seen in the article (acronyms, forms without "CNCF"). */
  aliasesOf(name: string): string[];
  /** The group the article is about (title, slug, then headings), when that is unambiguous. */
  articleGroup(): { name: string; kind: SigKind } | undefined;
}

const LEXICON_NAMES = new Set(GROUPS.map((g) => g.name));
const QUALIFIER = /^(?:CNCF|Kubernetes|K8s)\s+/iu;
const ACRONYM_IN_SURFACE = /[(（]([A-Z][A-Za-z]*[A-Z])[)）]\s*$/u;

/** "CNCF Deaf and Hard-of-Hearing Working Group" and "Deaf and Hard of Hearing WG" share a key. */
const genericKey = (name: string): string =>
  name.replace(QUALIFIER, '').replace(/\bWG\b/gu, 'Working Group').toLowerCase().replace(/[\s_-]+/gu, ' ').trim();

/** "Deaf and Hard of Hearing Working Group" → "DHHWG": initials of its capitalised words. */
function initialsOf(name: string): string {
  const words = name.replace(QUALIFIER, '').replace(/\s+(?:Working Group|WG)$/u, '').split(/[\s-]+/u);
  const initials = words.filter((w) => /^[A-Z]/u.test(w)).map((w) => w[0]).join('');
  return `${initials}WG`;
}

const cache = new WeakMap<ParsedArticle, GroupIndex>();

export function groupIndex(article: ParsedArticle): GroupIndex {
  const cached = cache.get(article);
  if (cached) return cached;
  const built = buildGroupIndex(article);
  cache.set(article, built);
  return built;
}

function buildGroupIndex(article: ParsedArticle): GroupIndex {
  /** key → fullest name seen; key → all spellings. */
  const canonicalByKey = new Map<string, string>();
  const spellings = new Map<string, Set<string>>();
  const acronyms = new Map<string, string>();
  const generics: Mention[] = [];
  const texts = [article.frontMatter?.title ?? '', ...article.paragraphs.map((p) => p.text)];
  for (const text of texts) {
    for (const m of findGroups(text)) {
      if (LEXICON_NAMES.has(m.name) || /^[A-Z]{2,}WG$/u.test(m.name)) continue;
      generics.push(m);
      const k = genericKey(m.name);
      const known = canonicalByKey.get(k);
      // The qualified form ("CNCF …") is the official name; otherwise keep the first seen.
      if (!known || (QUALIFIER.test(m.name) && !QUALIFIER.test(known))) canonicalByKey.set(k, m.name);
      const set = spellings.get(k) ?? new Set<string>();
      set.add(m.name);
      spellings.set(k, set);
      const acronym = ACRONYM_IN_SURFACE.exec(m.surface)?.[1];
      if (acronym) acronyms.set(acronym, k);
    }
  }
  for (const m of generics) {
    if (m.kind !== 'wg') continue;
    const acronym = initialsOf(m.name);
    if (acronym.length >= 4 && !acronyms.has(acronym)) acronyms.set(acronym, genericKey(m.name));
  }
  for (const [acronym, k] of acronyms) spellings.get(k)?.add(acronym);

  const canonical = (m: Mention): Mention => {
    if (LEXICON_NAMES.has(m.name)) return m;
    const k = acronyms.get(m.name) ?? genericKey(m.name);
    const name = canonicalByKey.get(k);
    return name && name !== m.name ? { ...m, name } : m;
  };

  let about: { name: string; kind: SigKind } | undefined;
  let aboutDone = false;
  const articleGroup = (): { name: string; kind: SigKind } | undefined => {
    if (aboutDone) return about;
    aboutDone = true;
    about = findArticleGroup(article, (t) => findGroups(t).map(canonical));
    return about;
  };

  return {
    findGroups: (text) => findGroups(text).map(canonical),
    aliasesOf: (name) => {
      const k = [...canonicalByKey].find(([, n]) => n === name)?.[0];
      return k ? [...(spellings.get(k) ?? [])].filter((s) => s !== name) : [];
    },
    articleGroup,
  };
}

function single(mentions: Mention[]): { name: string; kind: SigKind } | undefined {
  const names = new Set(mentions.map((m) => m.name));
  if (names.size !== 1) return undefined;
  const m = mentions[0];
  return m ? { name: m.name, kind: m.kind ?? 'other' } : undefined;
}

function findArticleGroup(
  article: ParsedArticle,
  find: (text: string) => Mention[],
): { name: string; kind: SigKind } | undefined {
  const fm = article.frontMatter;
  const titles = [fm?.title, ...article.paragraphs.filter((p) => p.channel === 'comment').map((p) => /^title:\s*"?(.+?)"?\s*$/mu.exec(p.text)?.[1])];
  for (const title of titles) {
    const found = title ? single(find(title)) : undefined;
    if (found) return found;
  }
  const slug = fm?.slug ?? article.path.replace(/^.*\//u, '').replace(/\.[^.]*$/u, '');
  const fromSlug = single(find(slug.replace(/[-_]+/gu, ' ')));
  if (fromSlug) return fromSlug;
  // Otherwise the group that the headings keep naming, if only one is named there.
  return single(article.paragraphs.filter((p) => p.kind === 'heading').flatMap((p) => find(p.text)));
}
