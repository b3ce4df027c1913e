/** What `sig-atlas ingest` and `remove` report: the JSON for scripts and the lines for people. */
import type { WriteStats } from '../graph/loader.ts';

export interface IngestFailure {
  path: string;
  error: string;
}

export interface IngestSummary {
  articles: { seen: number; new: number; changed: number; unchanged: number; failed: number; removed: number };
  registry: { path: string; status: 'new' | 'changed' | 'unchanged' | 'failed'; facts: number } | null;
  /** Database counters over every write: entities, sources and evidence nodes; domain, MENTIONS and FROM relationships. */
  nodes: { created: number; removed: number };
  relationships: { created: number; removed: number };
  /** Evidence rows (quotes) written. */
  facts: number;
  failures: IngestFailure[];
  seconds: number;
}

export function emptySummary(): IngestSummary {
  return {
    articles: { seen: 0, new: 0, changed: 0, unchanged: 0, failed: 0, removed: 0 },
    registry: null,
    nodes: { created: 0, removed: 0 },
    relationships: { created: 0, removed: 0 },
    facts: 0,
    failures: [],
    seconds: 0,
  };
}

export function addWrite(summary: IngestSummary, stats: WriteStats): void {
  summary.nodes.created += stats.nodesCreated;
  summary.nodes.removed += stats.nodesDeleted;
  summary.relationships.created += stats.relationshipsCreated;
  summary.relationships.removed += stats.relationshipsDeleted;
  summary.facts += stats.facts;
}

export function formatSummary(s: IngestSummary): string {
  const a = s.articles;
  const lines = [
    `articles: ${a.seen} seen, ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.failed} failed` +
      (a.removed > 0 ? `, ${a.removed} removed` : ''),
  ];
  if (s.registry) lines.push(`registry: ${s.registry.path} ${s.registry.status} (${s.registry.facts} facts)`);
  lines.push(
    `graph: ${s.nodes.created} nodes created, ${s.nodes.removed} removed; ` +
      `${s.relationships.created} relationships created, ${s.relationships.removed} removed; ${s.facts} facts written`,
    `time: ${s.seconds.toFixed(1)} s`,
  );
  return lines.join('\n');
}
