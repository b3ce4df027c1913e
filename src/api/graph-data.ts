/**
 * Rows from the read queries decoded into the shapes resolvers work with: nodes (labelled
 * property bags), relationships (properties plus both ends) and evidence.
 */
import { isPredicate, type Predicate } from '../graph/model.ts';
import type { AnyLabel } from './cypher/nodes.ts';

const LABELS: readonly AnyLabel[] = ['Person', 'Company', 'Sig', 'Project', 'Article', 'Registry'];

export interface NodeData {
  label: AnyLabel;
  id: string;
  props: Readonly<Record<string, unknown>>;
}

export interface RelationshipData {
  key: string;
  predicate: Predicate;
  props: Readonly<Record<string, unknown>>;
  subject: NodeData;
  object: NodeData;
  /** The node the relationship was reached from (gives Collaboration.partner). */
  viewpoint?: string;
}

export interface EvidenceData {
  props: Readonly<Record<string, unknown>>;
  source: NodeData;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node map from `nodeMap()`; undefined for anything else. */
export function toNode(value: unknown): NodeData | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string') return undefined;
  const labels = Array.isArray(value['__labels']) ? value['__labels'] : [];
  const label = LABELS.find((l) => labels.includes(l));
  if (label === undefined) return undefined;
  return { label, id: value['id'], props: value };
}

export function mustNode(value: unknown, what: string): NodeData {
  const node = toNode(value);
  if (node === undefined) throw new Error(`unexpected ${what} in a query result`);
  return node;
}

/** A relationship map from `relationshipMap()` between two nodes, oriented by its stored direction. */
export function toRelationship(value: unknown, a: NodeData, b: NodeData, viewpoint?: string): RelationshipData {
  if (!isRecord(value)) throw new Error('unexpected relationship in a query result');
  const type = String(value['__type']);
  if (!isPredicate(type)) throw new Error(`unexpected relationship type ${type}`);
  const aIsSubject = value['__start'] === a.id;
  const subject = aIsSubject ? a : b;
  const object = aIsSubject ? b : a;
  const key = typeof value['key'] === 'string' ? value['key'] : `${subject.id}|${type}|${object.id}`;
  const data: RelationshipData = { key, predicate: type, props: value, subject, object };
  if (viewpoint !== undefined) data.viewpoint = viewpoint;
  return data;
}

export function toEvidence(value: unknown): EvidenceData {
  if (!isRecord(value) || !isRecord(value['evidence'])) throw new Error('unexpected evidence in a query result');
  return { props: value['evidence'], source: mustNode(value['source'], 'evidence source') };
}

export function text(props: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = props[key];
  return typeof value === 'string' ? value : value === null || value === undefined ? null : String(value);
}

export function texts(props: Readonly<Record<string, unknown>>, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function num(props: Readonly<Record<string, unknown>>, key: string): number | null {
  const value = props[key];
  return typeof value === 'number' ? value : null;
}

export function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
