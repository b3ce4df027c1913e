/**
 * The graph model's fixed vocabulary: labels, relationship types and how ids and keys are made.
 * Everything that ends up as a label or relationship type in Cypher text comes from here, never
 * from input, so Cypher can be written with static types (which the 5.26 planner can index)
 * while every value travels as a parameter.
 */
import { PREDICATES, PREDICATE_TYPES, type EntityType, type Predicate } from '../extraction/types.ts';
import { normalizeKey } from '../eval/normalize-key.ts';

export { PREDICATES, PREDICATE_TYPES, type Predicate };

/** Labels of the nodes that entity resolution merges (Article is a source, not an entity). */
export const ENTITY_LABELS = ['Person', 'Company', 'Sig', 'Project'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export type SourceKind = 'article' | 'registry';
export const SOURCE_LABELS: Record<SourceKind, 'Article' | 'Registry'> = { article: 'Article', registry: 'Registry' };

/** Relationship types that are not domain facts: provenance and bookkeeping. */
export const MENTIONS = 'MENTIONS';
export const FROM = 'FROM';

const ID_PREFIX: Record<EntityLabel, string> = { Person: 'person', Company: 'company', Sig: 'sig', Project: 'project' };

export function isEntityLabel(type: EntityType | string): type is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(type);
}

export function isPredicate(p: string): p is Predicate {
  return (PREDICATES as readonly string[]).includes(p);
}

/** `person:@serathius` when a handle is known; `<type>:<normalised name>` otherwise. */
export function entityId(label: EntityLabel, name: string, github?: string): string {
  if (label === 'Person' && github) return `person:@${github.toLowerCase()}`;
  return `${ID_PREFIX[label]}:${normalizeKey(name)}`;
}

export function sourceId(kind: SourceKind, path: string): string {
  return `${kind}:${path}`;
}

/** The identity of a domain relationship: one per (subject, predicate, object). */
export function relationshipKey(subjectId: string, predicate: Predicate, objectId: string): string {
  return `${subjectId}|${predicate}|${objectId}`;
}

/** COLLABORATES_WITH is symmetric: one relationship per pair, stored from the smaller id. */
export function isSymmetric(p: Predicate): boolean {
  return p === 'COLLABORATES_WITH';
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN_SEPARATORS = /[\s·・.\-_]+/u;

/**
 * Whether an alias of a person may identify them across articles. A lone Latin first name
 * ("Benjamin", used as a speaker label) names different people in different articles, so only
 * multi-part names and names in CJK scripts (where a transliterated full name is one token) count.
 */
function identifiesPerson(alias: string): boolean {
  const trimmed = alias.trim();
  if (CJK.test(trimmed)) return [...trimmed].length >= 2;
  return trimmed.split(TOKEN_SEPARATORS).filter(Boolean).length >= 2;
}

/** Lookup keys of an entity: its normalised name, the aliases that identify it, its handle as `@handle`. */
export function entityKeys(label: EntityLabel, name: string, aliases: readonly string[], github?: string): string[] {
  const keys = new Set<string>();
  const nameKey = normalizeKey(name);
  if (nameKey) keys.add(nameKey);
  for (const alias of aliases) {
    if (label === 'Person' && !identifiesPerson(alias)) continue;
    const key = normalizeKey(alias);
    if (key) keys.add(key);
  }
  if (github) keys.add(`@${github.toLowerCase()}`);
  return [...keys].sort();
}
