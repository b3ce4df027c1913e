/**
 * The extraction contract: what extractors emit and what `extract` prints.
 * The output shape follows ../shared/spec/extraction.md ("Output of extract").
 */
import type { ArticleDiagnostic, Channel, Lang, ParsedArticle, Span } from '../article/types.ts';

export type EntityType = 'Person' | 'Company' | 'Sig' | 'Project' | 'Article';
export type SigKind = 'sig' | 'wg' | 'committee' | 'usergroup' | 'other';

export const PREDICATES = [
  'LEADS',
  'MEMBER_OF',
  'WORKS_AT',
  'MAINTAINS',
  'CONTRIBUTES_TO',
  'COLLABORATES_WITH',
  'OWNS',
  'SPONSORS',
  'PART_OF',
  'DEVELOPS',
  'AUTHORED',
  'TRANSLATED',
  'INTERVIEWED',
  'ABOUT',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Subject and object types of each predicate. */
export const PREDICATE_TYPES: Record<Predicate, readonly [EntityType, EntityType]> = {
  LEADS: ['Person', 'Sig'],
  MEMBER_OF: ['Person', 'Sig'],
  WORKS_AT: ['Person', 'Company'],
  MAINTAINS: ['Person', 'Project'],
  CONTRIBUTES_TO: ['Person', 'Project'],
  COLLABORATES_WITH: ['Sig', 'Sig'],
  OWNS: ['Sig', 'Project'],
  SPONSORS: ['Sig', 'Sig'],
  PART_OF: ['Company', 'Company'],
  DEVELOPS: ['Company', 'Project'],
  AUTHORED: ['Person', 'Article'],
  TRANSLATED: ['Person', 'Article'],
  INTERVIEWED: ['Person', 'Article'],
  ABOUT: ['Article', 'Sig'],
};

/** The article itself as a subject or object. */
export const ARTICLE_REF = '@article';

/** An entity mention as an extractor sees it, before resolution. */
export interface EntityDraft {
  type: EntityType;
  /** The name as found (may be a first name, another script, a typo); the resolver canonicalises it. */
  name: string;
  github?: string;
  aliases?: string[];
  kind?: SigKind;
}

export interface Evidence {
  /** The sentence (or front-matter line) that states the fact, as plain text. */
  quote: string;
  /** Offsets of the quote in the original file. */
  span: Span;
  channel: Channel;
}

export interface TripleDraft {
  s: EntityDraft | typeof ARTICLE_REF;
  p: Predicate;
  o: EntityDraft | typeof ARTICLE_REF;
  role?: string;
  /** In [0, 1]. */
  confidence: number;
  evidence: Evidence;
  since?: string;
  until?: string;
}

/** What an extractor may call while it runs. */
export interface Emit {
  entity(entity: EntityDraft): void;
  triple(triple: TripleDraft): void;
  diagnostic(message: string, span?: Span, severity?: ArticleDiagnostic['severity']): void;
}

export interface Extractor {
  id: string;
  /** Free text saying what the extractor finds. */
  description: string;
  run(article: ParsedArticle, emit: Emit): void;
}

/** A canonical entity in the output. */
export interface Entity {
  type: EntityType;
  name: string;
  github?: string;
  aliases: string[];
  kind?: SigKind;
}

export interface EvidenceOut {
  quote: string;
  start: number;
  end: number;
  channel: Channel;
  extractor: string;
  confidence: number;
}

/** A resolved triple in the output; `evidence` is the best quote, `evidences` all of them. */
export interface Triple {
  s: string;
  sType: EntityType;
  p: Predicate;
  o: string;
  oType: EntityType;
  role?: string;
  confidence: number;
  evidence: string;
  evidences: EvidenceOut[];
  since?: string;
  until?: string;
}

export interface ArticleMeta {
  title?: string;
  date?: string;
  url?: string;
  slug?: string;
  draft?: boolean;
}

/** One line of `sig-atlas extract --format json`. */
export interface ArticleExtraction {
  article: string;
  lang: Lang;
  meta: ArticleMeta;
  /** sha256 of the file bytes, so loaders can skip unchanged articles. */
  hash: string;
  entities: Entity[];
  triples: Triple[];
  diagnostics: ArticleDiagnostic[];
}
