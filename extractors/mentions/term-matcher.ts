/**
 * Lexicon matching for company and project names: text is cut into tokens (runs of Latin letters
 * and digits, every other character alone; spaces, hyphens, underscores and middle dots separate)
 * and each token that can start a term is looked up, longest window first, in hash maps keyed by
 * the term's tokens. Latin-script terms must start and end at word boundaries.
 */
import type { OrgTerm } from '../lexicon/companies.ts';

/** Comparison key: NFKC, case-folded, separators dropped (as the scorer and resolver compare names). */
export function orgKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s·・.\-_,]+/g, '');
}

export interface Entry {
  surface: string;
  canonical: string;
  caseSensitive: boolean;
  generic: boolean;
  /** The surface is also an everyday English word ("kind"): its idioms are no mention. */
  word?: boolean;
}

export interface Hit {
  start: number;
  end: number;
  name: string;
  generic: boolean;
  word?: boolean;
}

export const LATIN_CHAR = /[\p{Script=Latin}\p{N}]/u;
const LATIN_OR_MARK = /[\p{Script=Latin}\p{N}_@#]/u;

/**
 * Tokens for matching: runs of Latin letters and digits, and every other character on its own;
 * spaces, hyphens, underscores and middle dots separate tokens ("metrics-server" = "Metrics Server",
 * "リリース・チーム" = "リリースチーム").
 */
const TOKEN = /[\p{Script=Latin}\p{N}]+|[^\s\u00a0\-_・·]/gu;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// The company, project and not-a-company matchers look at the same sentence one after another.
let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  lastText = text;
  lastTokens = out;
  return out;
}

function tokenKey(tokens: string[], caseSensitive: boolean): string {
  const k = tokens.join(' ');
  return caseSensitive ? k : k.toLowerCase();
}

const DOMAIN_AFTER = /^\.(?:io|com|dev|ai|co|net|org|jp|cn|de)(?![\p{L}\p{N}])/u;

/** A Latin-script term may not end inside a word, nor right before ".x" or "-x" ("etcd-io", "etcd.io"). */
function boundaryAfter(text: string, end: number): boolean {
  if (!LATIN_CHAR.test(text.charAt(end - 1))) return true;
  const next = text.charAt(end);
  if (next === '') return true;
  if (next === '_' || LATIN_CHAR.test(next)) return false;
  return !((next === '.' || next === '-') && LATIN_CHAR.test(text.charAt(end + 1)));
}

/** A Latin-script term may not start inside a word, nor right after "x." or "x-" ("etcd-io", "docs.prow"). */
function boundaryBefore(text: string, i: number): boolean {
  const prev = text.charAt(i - 1);
  if (prev === '') return true;
  if (LATIN_OR_MARK.test(prev)) return false;
  return !((prev === '.' || prev === '-') && LATIN_CHAR.test(text.charAt(i - 2)));
}

/**
 * A compiled lexicon: terms keyed by their token sequence (folded unless case-sensitive), looked
 * up at each token that can start a term, longest first. A hash lookup per candidate window is
 * far cheaper than one regular expression over hundreds of alternatives.
 */
export class TermMatcher {
  private readonly ci = new Map<string, Entry>();
  private readonly cs = new Map<string, Entry>();
  private readonly firstCi = new Set<string>();
  private readonly firstCs = new Set<string>();
  private maxTokens = 1;

  /** `domains`: a company may be written with its domain ("Tetrate.io", "Buoyant.io"). */
  constructor(entries: Entry[], private readonly domains = false) {
    for (const e of entries) {
      const tokens = tokenize(e.surface).map((t) => t.text);
      const first = tokens[0];
      if (first === undefined) continue;
      const key = tokenKey(tokens, e.caseSensitive);
      const map = e.caseSensitive ? this.cs : this.ci;
      if (map.has(key)) continue;
      map.set(key, e);
      (e.caseSensitive ? this.firstCs : this.firstCi).add(e.caseSensitive ? first : first.toLowerCase());
      this.maxTokens = Math.max(this.maxTokens, tokens.length);
    }
  }

  find(text: string): Hit[] {
    const hits: Hit[] = [];
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first) continue;
      const ci = this.firstCi.has(first.lower);
      const cs = this.firstCs.has(first.text);
      if (!ci && !cs) continue;
      if (LATIN_CHAR.test(first.text.charAt(0)) && !boundaryBefore(text, first.start)) continue;
      let best: { entry: Entry; end: number } | undefined;
      let exact = '';
      let lower = '';
      for (let j = i; j < tokens.length && j - i < this.maxTokens; j++) {
        const t = tokens[j];
        const prev = tokens[j - 1];
        if (!t) break;
        // Tokens of one term are adjacent or separated by at most three spaces/hyphens/underscores.
        if (j > i && prev && t.start - prev.end > 3) break;
        exact = j === i ? t.text : `${exact} ${t.text}`;
        lower = j === i ? t.lower : `${lower} ${t.lower}`;
        const entry = (cs ? this.cs.get(exact) : undefined) ?? (ci ? this.ci.get(lower) : undefined);
        if (entry && (boundaryAfter(text, t.end) || (this.domains && DOMAIN_AFTER.test(text.slice(t.end, t.end + 8))))) best = { entry, end: t.end };
      }
      if (best) hits.push({ start: first.start, end: best.end, name: best.entry.canonical, generic: best.entry.generic, ...(best.entry.word ? { word: true } : {}) });
    }
    return hits;
  }
}

export function entriesOf(terms: Array<OrgTerm & { generic?: boolean; genericAliases?: string[]; distinctAliases?: string[]; wordAliases?: string[] }>): Entry[] {
  const out: Entry[] = [];
  for (const t of terms) {
    const generic = t.generic ?? false;
    const cs = t.caseSensitive ?? false;
    out.push({ surface: t.name, canonical: t.name, caseSensitive: cs, generic });
    for (const a of t.aliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: false, generic });
    for (const a of t.csAliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: true, generic });
    for (const a of t.genericAliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: false, generic: true });
    for (const a of t.distinctAliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: true, generic: false });
    for (const a of t.wordAliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: true, generic, word: true });
  }
  return out;
}
