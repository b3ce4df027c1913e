/**
 * Scores extraction output against gold (../shared/spec/extraction.md, "Gold format and
 * scoring"): micro P/R/F1 overall, per predicate and per language. Output articles with no
 * gold article are listed, not scored; gold articles with no output count as all missed.
 */
import { PREDICATES, type Predicate } from '../extraction/types.ts';
import { matchTriples } from './match-triples.ts';
import { pairArticles } from './pair-articles.ts';
import type { ArticleScore, EvalReport, GoldArticle, Prf, ScoredArticle, ScoredTriple } from './types.ts';

export interface ScoreOptions {
  /** Leave out output triples whose every evidence comes from HTML comments (zh-cn's English original). */
  noComments?: boolean;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    // 2PR/(P+R) written with counts: defined (as 0) even when nothing was output.
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function onlyFromComments(t: ScoredTriple): boolean {
  return t.evidences !== undefined && t.evidences.length > 0 && t.evidences.every((e) => e.channel === 'comment');
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function tally<K extends string>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (t === undefined) {
    t = { tp: 0, fp: 0, fn: 0 };
    map.set(key, t);
  }
  return t;
}

function toPrf<K extends string>(map: Map<K, Tally>, order: (a: K, b: K) => number): Record<K, Prf> {
  const entries = [...map.entries()].sort(([a], [b]) => order(a, b));
  return Object.fromEntries(entries.map(([k, t]) => [k, prf(t.tp, t.fp, t.fn)])) as Record<K, Prf>;
}

export function scoreArticles(
  outputs: readonly ScoredArticle[],
  gold: readonly GoldArticle[],
  options: ScoreOptions = {},
): EvalReport {
  const filtered = options.noComments
    ? outputs.map((a) => ({ ...a, triples: a.triples.filter((t) => !onlyFromComments(t)) }))
    : outputs;
  const { pairs, missing, unpaired } = pairArticles(filtered, gold);
  const scoredPairs = [...pairs, ...missing.map((g) => ({ output: undefined, gold: g }))];

  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const byPredicate = new Map<Predicate, Tally>();
  const byLang = new Map<string, Tally>();
  const articles: ArticleScore[] = scoredPairs.map(({ output, gold: g }) => {
    const classified = matchTriples(output, g);
    const lang = tally(byLang, g.lang);
    const count = (p: Predicate, field: keyof Tally): void => {
      total[field]++;
      lang[field]++;
      tally(byPredicate, p)[field]++;
    };
    classified.correct.forEach(({ gold: t }) => count(t.p, 'tp'));
    classified.wrong.forEach((t) => count(t.p, 'fp'));
    classified.missed.forEach((t) => count(t.p, 'fn'));
    return {
      article: output?.article ?? g.article,
      gold: g.article,
      lang: g.lang,
      hadOutput: output !== undefined,
      prf: prf(classified.correct.length, classified.wrong.length, classified.missed.length),
      ...classified,
    };
  });
  return {
    overall: prf(total.tp, total.fp, total.fn),
    byPredicate: toPrf(byPredicate, (a, b) => PREDICATES.indexOf(a) - PREDICATES.indexOf(b)),
    byLang: toPrf(byLang, (a, b) => a.localeCompare(b)),
    articles,
    unpaired: unpaired.map((a) => a.article),
  };
}
