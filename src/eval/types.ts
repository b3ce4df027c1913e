/**
 * What the scorer compares. Output and gold share the spec's article shape; these interfaces
 * keep only the fields scoring reads, so `ArticleExtraction` objects and parsed JSON Lines
 * (ours or another system's) can both be scored.
 */
import type { EntityType, Predicate } from '../extraction/types.ts';

export interface ScoredEntity {
  type: EntityType;
  name: string;
  github?: string;
  aliases?: readonly string[];
}

export interface ScoredTriple {
  s: string;
  sType: EntityType;
  p: Predicate;
  o: string;
  oType: EntityType;
  role?: string;
  evidence?: string;
  /** Ours carries every evidence with its channel; used by `--no-comments`. */
  evidences?: ReadonlyArray<{ quote: string; channel: string }>;
}

export interface ScoredArticle {
  article: string;
  lang: string;
  entities: readonly ScoredEntity[];
  triples: readonly ScoredTriple[];
}

export interface GoldTriple extends ScoredTriple {
  /** Neither counted right nor wrong when matched; not needed for recall. */
  optional?: boolean;
}

export interface GoldArticle extends ScoredArticle {
  triples: readonly GoldTriple[];
}

/** Precision, recall and F1 from counts; a ratio is null when its denominator is zero. */
export interface Prf {
  /** Output triples matched one-to-one with a required gold triple. */
  tp: number;
  /** Output triples matching no gold triple at all. */
  fp: number;
  /** Required gold triples no output triple was matched with. */
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Why an output triple was left out of precision. */
export type IgnoredReason = 'optional' | 'duplicate';

export interface ArticleScore {
  /** The output article's path, or the gold path when there was no output for it. */
  article: string;
  gold: string;
  lang: string;
  hadOutput: boolean;
  prf: Prf;
  correct: Array<{ output: ScoredTriple; gold: GoldTriple }>;
  wrong: ScoredTriple[];
  missed: GoldTriple[];
  ignored: Array<{ output: ScoredTriple; reason: IgnoredReason }>;
}

export interface EvalReport {
  overall: Prf;
  byPredicate: Partial<Record<Predicate, Prf>>;
  byLang: Record<string, Prf>;
  articles: ArticleScore[];
  /** Output articles with no gold article (not scored). */
  unpaired: string[];
}
