/**
 * Matches one article's output triples against its gold triples, with the spec's rules:
 * an entity matches when any of its name, github and aliases shares a `normalizeKey` with the
 * gold entity's (same type); a triple matches when predicate, subject and object match
 * (`COLLABORATES_WITH` either way round).
 *
 * Duplicates count once. Exact repeats (same predicate and same normalised names) are merged
 * first. Then output and required gold triples are paired one-to-one by a maximum bipartite
 * matching, so several output triples that all name the same gold fact ("Marek" and "Marek
 * Siarkowicz" both LEADS SIG etcd) earn one true positive, and the rest are reported as
 * duplicates: not wrong, since each states a true fact, and not right a second time, which
 * would let a system raise precision by repeating its sure facts. The one-to-one pairing also
 * keeps precision and recall on the same true-positive count.
 */
import { ARTICLE_REF } from '../extraction/types.ts';
import { normalizeKey } from './normalize-key.ts';
import type { ArticleScore, GoldArticle, ScoredArticle, ScoredEntity, ScoredTriple } from './types.ts';

type Keys = ReadonlySet<string>;
type KeyIndex = (type: string, name: string) => Keys;

export type Classified = Pick<ArticleScore, 'correct' | 'wrong' | 'missed' | 'ignored'>;

/** Every spelling that counts as the entity `name` of `type` in this article. */
export function keyIndex(entities: readonly ScoredEntity[]): KeyIndex {
  const index = new Map<string, Set<string>>();
  for (const e of entities) {
    const id = `${e.type}\u0000${e.name}`;
    const keys = index.get(id) ?? new Set<string>();
    for (const spelling of [e.name, e.github, ...(e.aliases ?? [])]) {
      const key = spelling === undefined ? '' : normalizeKey(spelling);
      if (key !== '') keys.add(key);
    }
    index.set(id, keys);
  }
  return (type, name) => {
    if (name === ARTICLE_REF) return new Set([ARTICLE_REF]);
    return index.get(`${type}\u0000${name}`) ?? new Set([normalizeKey(name)]);
  };
}

function overlaps(a: Keys, b: Keys): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

interface Side<T extends ScoredTriple = ScoredTriple> {
  s: Keys;
  o: Keys;
  t: T;
}

function sidesMatch(out: Side, gold: Side): boolean {
  const o = out.t;
  const g = gold.t;
  if (o.p !== g.p) return false;
  const straight = o.sType === g.sType && o.oType === g.oType && overlaps(out.s, gold.s) && overlaps(out.o, gold.o);
  if (straight || o.p !== 'COLLABORATES_WITH') return straight;
  return o.sType === g.oType && o.oType === g.sType && overlaps(out.s, gold.o) && overlaps(out.o, gold.s);
}

/** Output triples with the same predicate and the same names after normalisation, merged. */
export function dedupeTriples<T extends ScoredTriple>(triples: readonly T[]): T[] {
  const seen = new Set<string>();
  return triples.filter((t) => {
    const ends = [`${t.sType}:${normalizeKey(t.s)}`, `${t.oType}:${normalizeKey(t.o)}`];
    if (t.p === 'COLLABORATES_WITH') ends.sort();
    const key = `${t.p}\u0000${ends.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Kuhn's augmenting paths: `adjacency[i]` lists the gold indexes output `i` may take. */
function maximumMatching(adjacency: readonly number[][], goldCount: number): Array<number | undefined> {
  const ownerOfGold: Array<number | undefined> = new Array<number | undefined>(goldCount).fill(undefined);
  const augment = (i: number, visited: boolean[]): boolean => {
    for (const j of adjacency[i] ?? []) {
      if (visited[j]) continue;
      visited[j] = true;
      const owner = ownerOfGold[j];
      if (owner === undefined || augment(owner, visited)) {
        ownerOfGold[j] = i;
        return true;
      }
    }
    return false;
  };
  adjacency.forEach((_, i) => augment(i, new Array<boolean>(goldCount).fill(false)));
  return ownerOfGold;
}

export function matchTriples(output: ScoredArticle | undefined, gold: GoldArticle): Classified {
  const outKeys = keyIndex(output?.entities ?? []);
  const goldKeys = keyIndex(gold.entities);
  const side = <T extends ScoredTriple>(t: T, keys: KeyIndex): Side<T> => ({ s: keys(t.sType, t.s), o: keys(t.oType, t.o), t });
  const outs = dedupeTriples(output?.triples ?? []).map((t) => side(t, outKeys));
  const required = gold.triples.filter((t) => t.optional !== true).map((t) => side(t, goldKeys));
  const optional = gold.triples.filter((t) => t.optional === true).map((t) => side(t, goldKeys));

  const adjacency = outs.map((o) => required.flatMap((g, j) => (sidesMatch(o, g) ? [j] : [])));
  const ownerOfGold = maximumMatching(adjacency, required.length);
  const goldOfOwner = new Map<number, number>();
  ownerOfGold.forEach((owner, j) => owner !== undefined && goldOfOwner.set(owner, j));

  const result: Classified = { correct: [], wrong: [], missed: [], ignored: [] };
  outs.forEach((o, i) => {
    const j = goldOfOwner.get(i);
    const matchedGold = j === undefined ? undefined : required[j];
    if (matchedGold !== undefined) result.correct.push({ output: o.t, gold: matchedGold.t });
    else if ((adjacency[i] ?? []).length > 0) result.ignored.push({ output: o.t, reason: 'duplicate' });
    else if (optional.some((g) => sidesMatch(o, g))) result.ignored.push({ output: o.t, reason: 'optional' });
    else result.wrong.push(o.t);
  });
  required.forEach((g, j) => ownerOfGold[j] === undefined && result.missed.push(g.t));
  return result;
}
