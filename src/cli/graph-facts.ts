/**
 * Relationships as the graph commands print them: one fact per row (relation, the node on the
 * other side, role, confidence) with the evidence that states it, as JSON for scripts and as
 * an aligned table for people.
 */
import stringWidth from 'string-width';
import { formatTable, truncate } from './text-table.ts';

/** The GraphQL selection every command asks of a relationship (its role, certainty and evidence). */
export const RELATIONSHIP_FIELDS = `role roles confidence sourceKinds evidenceCount
  evidence(first: 2) { quote confidence source { kind path } article { id title url path date language } }`;

export interface EvidenceData {
  quote: string;
  confidence: number;
  source: { kind: 'ARTICLE' | 'REGISTRY'; path: string };
  article: { id: string; title: string | null; url: string | null; path: string; date: string | null; language: string | null } | null;
}

export interface RelationshipData {
  role: string | null;
  roles: string[];
  confidence: number;
  sourceKinds: string[];
  evidenceCount: number;
  evidence: EvidenceData[];
}

export interface NodeRef {
  id: string;
  name: string;
}

export interface Fact {
  /** `leads`, `member of`, `works at`, … as seen from the entity the command is about. */
  relation: string;
  with: NodeRef & { type: string; note?: string };
  role: string | null;
  roles: string[];
  confidence: number;
  sources: string[];
  evidenceCount: number;
  evidence: Array<{ quote: string; source: string; article: { title: string | null; url: string | null; path: string } | null }>;
}

/** A relationship's own facts for JSON: role, certainty, sources and evidence. */
export function relationshipJson(rel: RelationshipData): Omit<Fact, 'relation' | 'with'> {
  return {
    role: rel.role,
    roles: rel.roles,
    confidence: rel.confidence,
    sources: rel.sourceKinds.map((k) => k.toLowerCase()),
    evidenceCount: rel.evidenceCount,
    evidence: rel.evidence.map((e) => ({
      quote: e.quote,
      source: e.source.path,
      article: e.article ? { title: e.article.title, url: e.article.url, path: e.article.path } : null,
    })),
  };
}

export function toFact(relation: string, type: string, other: NodeRef, rel: RelationshipData, note?: string): Fact {
  return { relation, with: { type, id: other.id, name: other.name, ...(note ? { note } : {}) }, ...relationshipJson(rel) };
}

/** `“quote” — article title` (or the source path when there is no article). */
export function evidenceCell(fact: Pick<Fact, 'evidence'>): string {
  const first = fact.evidence[0];
  if (first === undefined) return '';
  const where = first.article?.title ?? first.article?.path ?? first.source;
  return `“${first.quote.replace(/\s+/g, ' ').trim()}” — ${where}`;
}

/**
 * Rows under a header, the last column cut to fit `width` display columns (evidence quotes are
 * long; the full text is in the JSON output).
 */
export function tableFitting(header: readonly string[], rows: ReadonlyArray<readonly string[]>, width: number): string[] {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => stringWidth(row[i] ?? ''))));
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const room = Math.max(20, width - fixed);
  const cut = (row: readonly string[]): string[] => row.map((cell, i) => (i === row.length - 1 ? truncate(cell, room) : cell));
  return formatTable([header, ...rows.map(cut)]);
}

/** Fact rows: RELATION, WITH, ROLE, CONF, EVIDENCE. */
export function factTable(facts: readonly Fact[], width: number): string[] {
  const rows = facts.map((f) => [
    f.relation,
    f.with.note ? `${f.with.name} (${f.with.note})` : f.with.name,
    f.roles.length > 0 ? f.roles.join(', ') : (f.role ?? '-'),
    f.confidence.toFixed(2),
    evidenceCell(f),
  ]);
  return tableFitting(['RELATION', 'WITH', 'ROLE', 'CONF', 'EVIDENCE'], rows, width);
}
