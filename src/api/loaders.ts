/**
 * Per-request DataLoaders: every field that needs the database asks a loader, and the loader
 * turns all the asks of one tick into one query. A loader is keyed by what its query depends on
 * besides the parent ids (filter, order, page), so a request costs one round trip per distinct
 * field and argument set at each level, however long the lists are.
 */
import DataLoader from 'dataloader';
import type { CypherQuery, Row } from './cypher-reader.ts';
import { sigLeaderCountQuery } from './cypher/entity-counts.ts';
import {
  evidenceByArticleQuery,
  evidenceByKeyQuery,
  evidenceCountByArticleQuery,
  type EvidenceFilter,
} from './cypher/evidence.ts';
import type { Seek } from './cypher/keyset.ts';
import { entitySourcesQuery, nodesByIdQuery, relationshipSourcesQuery } from './cypher/nodes.ts';
import {
  relationshipCountQuery,
  relationshipPagesQuery,
  type PageExtras,
  type PageSpec,
  type RelationshipFilter,
  type RelationshipOrder,
} from './cypher/relationship-page.ts';
import { asNumber, mustNode, toEvidence, toNode, toRelationship, type EvidenceData, type NodeData, type RelationshipData } from './graph-data.ts';
import type { RelationshipField } from './relationship-fields.ts';

export type Read = (query: CypherQuery) => Promise<Row[]>;

// Separates a page request's key from the parent id in the pages loader's keys.
const SEP = '\u0000';

export interface RelationshipItem {
  relationship: RelationshipData;
  sortKey: unknown[];
}

function byKey<V>(rows: readonly Row[], keyColumn: string, value: (row: Row) => V): Map<string, V> {
  return new Map(rows.map((row) => [String(row[keyColumn]), value(row)]));
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly read: Read) {}

  private memo<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (loader === undefined) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Nodes by id (null when absent). */
  node(): DataLoader<string, NodeData | null> {
    return this.memo('node', async (ids) => {
      const query = nodesByIdQuery(ids);
      if (query === undefined) return ids.map(() => null);
      const found = new Map<string, NodeData>();
      for (const row of await this.read(query)) {
        const node = toNode(row['node']);
        if (node !== undefined) found.set(node.id, node);
      }
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** Source ids of entities, by entity id. */
  entitySources(): DataLoader<string, string[]> {
    return this.memo('entitySources', (ids) => this.sourcesBatch(entitySourcesQuery(ids), ids));
  }

  /** Source ids of relationships, by relationship key. */
  relationshipSources(): DataLoader<string, string[]> {
    return this.memo('relationshipSources', (keys) => this.sourcesBatch(relationshipSourcesQuery(keys), keys));
  }

  private async sourcesBatch(query: CypherQuery | undefined, keys: readonly string[]): Promise<string[][]> {
    if (query === undefined) return keys.map(() => []);
    // Sorted here: the loader appends a node's new sources rather than re-sorting thousands in Cypher.
    const found = byKey(await this.read(query), 'key', (row) => (Array.isArray(row['sources']) ? row['sources'].map(String).sort() : []));
    return keys.map((key) => found.get(key) ?? []);
  }

  /** Remembers nodes a query returned anyway, so that later asks for them cost nothing. */
  prime(nodes: readonly NodeData[]): void {
    const loader = this.node();
    for (const node of nodes) loader.prime(node.id, node);
  }

  /** Page requests seen in this request, by their key (field and arguments). */
  private readonly pageSpecs = new Map<string, Omit<PageSpec, 'parentIds'>>();

  /**
   * A page of relationships per parent id. All the page requests of one tick, whatever their
   * field and arguments (a person's `leads`, `maintains` and `worksAt`), go out as one query.
   * With `extras`, that query also brings each connection's total and each relationship's
   * evidence, which then cost no round trip.
   */
  relationshipPage(
    field: RelationshipField,
    filter: RelationshipFilter,
    order: RelationshipOrder,
    seek: Seek,
    extras: PageExtras = {},
  ): { load: (parentId: string) => Promise<RelationshipItem[]> } {
    const spec = `${field.parent}.${field.predicate}.${field.direction}:${JSON.stringify([filter, order, seek, extras])}`;
    if (!this.pageSpecs.has(spec)) this.pageSpecs.set(spec, { field, filter, order, seek, extras });
    const pages = this.memo('relationshipPages', (keys) => this.pagesBatch(keys));
    return { load: (parentId) => pages.load(`${spec}${SEP}${parentId}`) };
  }

  private async pagesBatch(keys: readonly string[]): Promise<RelationshipItem[][]> {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.lastIndexOf(SEP);
      const spec = key.slice(0, at);
      groups.set(spec, [...(groups.get(spec) ?? []), key.slice(at + SEP.length)]);
    }
    const specs = [...groups].map(([spec, parentIds]): PageSpec => ({ ...(this.pageSpecs.get(spec) as Omit<PageSpec, 'parentIds'>), parentIds }));
    const row = (await this.read(relationshipPagesQuery(specs)))[0] ?? {};
    const seen: NodeData[] = [];
    const found = new Map<string, RelationshipItem[]>();
    [...groups.keys()].forEach((spec, i) => {
      const { field, filter, extras = {} } = specs[i] as PageSpec;
      const evidence = extras.evidence === undefined ? undefined : this.evidence(extras.evidence);
      const counts = extras.total ? this.relationshipCount(field, filter) : undefined;
      for (const page of Array.isArray(row[`r${i}`]) ? (row[`r${i}`] as Row[]) : []) {
        const parent = mustNode(page['parent'], 'parent');
        seen.push(parent);
        counts?.prime(parent.id, asNumber(page['total']));
        const items = Array.isArray(page['items']) ? (page['items'] as Row[]) : [];
        found.set(
          `${spec}${SEP}${String(page['pid'])}`,
          items.map((item): RelationshipItem => {
            const other = mustNode(item['other'], 'related node');
            seen.push(other);
            const relationship = toRelationship(item['rel'], parent, other, parent.id);
            if (evidence !== undefined && Array.isArray(item['evidence'])) {
              const list = item['evidence'].map(toEvidence);
              for (const e of list) seen.push(e.source);
              evidence.prime(relationship.key, list);
            }
            return { relationship, sortKey: Array.isArray(item['sortKey']) ? (item['sortKey'] as unknown[]) : [] };
          }),
        );
      }
    });
    this.prime(seen);
    return keys.map((key) => found.get(key) ?? []);
  }

  relationshipCount(field: RelationshipField, filter: RelationshipFilter): DataLoader<string, number> {
    const name = `relcount:${field.parent}.${field.predicate}.${field.direction}:${JSON.stringify(filter)}`;
    return this.memo(name, async (ids) => {
      const totals = byKey(await this.read(relationshipCountQuery(field, ids, filter)), 'pid', (row) => asNumber(row['total']));
      return ids.map((id) => totals.get(id) ?? 0);
    });
  }

  /** Evidence of relationships, by relationship key. */
  evidence(filter: EvidenceFilter): DataLoader<string, EvidenceData[]> {
    return this.memo(`evidence:${JSON.stringify(filter)}`, (keys) => this.evidenceBatch(evidenceByKeyQuery(keys, filter), keys));
  }

  /** Evidence extracted from articles, by article id. */
  articleEvidence(filter: EvidenceFilter): DataLoader<string, EvidenceData[]> {
    return this.memo(`articleEvidence:${JSON.stringify(filter)}`, (ids) => this.evidenceBatch(evidenceByArticleQuery(ids, filter), ids));
  }

  articleEvidenceCount(): DataLoader<string, number> {
    return this.memo('articleEvidenceCount', async (ids) => {
      const totals = byKey(await this.read(evidenceCountByArticleQuery(ids)), 'key', (row) => asNumber(row['total']));
      return ids.map((id) => totals.get(id) ?? 0);
    });
  }

  sigLeaderCount(): DataLoader<string, number> {
    return this.memo('sigLeaderCount', async (ids) => {
      const totals = byKey(await this.read(sigLeaderCountQuery(ids)), 'key', (row) => asNumber(row['total']));
      return ids.map((id) => totals.get(id) ?? 0);
    });
  }

  private async evidenceBatch(query: CypherQuery, keys: readonly string[]): Promise<EvidenceData[][]> {
    const rows = await this.read(query);
    const sources: NodeData[] = [];
    const found = byKey(rows, 'key', (row) =>
      (Array.isArray(row['items']) ? (row['items'] as unknown[]) : []).map((item) => {
        const evidence = toEvidence(item);
        sources.push(evidence.source);
        return evidence;
      }),
    );
    this.prime(sources);
    return keys.map((key) => found.get(key) ?? []);
  }
}
