/**
 * Turns the sources of one write into rows for the Cypher builders: resolved entity ids,
 * renames and merges of stored nodes, mentions, relationships with their evidence. Pure: the
 * same sources against the same index always give the same plan, which makes a retried write
 * idempotent.
 */
import { normalizeKey } from '../eval/normalize-key.ts';
import type { MentionRow } from './cypher/entities.ts';
import type { RelationshipRow } from './cypher/relationships.ts';
import type { SourceRow } from './cypher/sources.ts';
import type { EntityIndex } from './entity-index.ts';
import { entityKeys, isSymmetric, relationshipKey, type EntityLabel, type Predicate, type SourceKind } from './model.ts';
import { EntityResolver, type Resolution } from './resolve-entities.ts';
import type { SourceFacts } from './source-facts.ts';

export interface WritePlan extends Resolution {
  /** Sources whose earlier facts are retracted first (changed articles, a changed registry). */
  retract: string[];
  sources: Array<{ kind: SourceKind; rows: SourceRow[] }>;
  mentions: Map<EntityLabel, MentionRow[]>;
  relationships: Map<Predicate, RelationshipRow[]>;
  /** Entities whose properties are recomputed after the write (and deleted if unsupported). */
  touched: Map<EntityLabel, Set<string>>;
  /** Evidence rows written. */
  facts: number;
  /** Triples whose subject and object resolved to the same node: not loaded. */
  selfLoops: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function planWrite(index: EntityIndex, sources: SourceFacts[], retract: string[] = []): WritePlan {
  const resolver = new EntityResolver(index);
  const handles = sources.map((src) => src.entities.map((e) => resolver.add(e)));

  const plan: WritePlan = {
    ...resolver.resolution(),
    retract,
    sources: [],
    mentions: new Map(),
    relationships: new Map(),
    touched: new Map(),
    facts: 0,
    selfLoops: 0,
  };
  const touch = (label: EntityLabel, id: string): void => {
    let ids = plan.touched.get(label);
    if (!ids) plan.touched.set(label, (ids = new Set()));
    ids.add(id);
  };
  for (const r of [...plan.renames, ...plan.merges]) touch(r.label, r.to);

  for (const kind of ['article', 'registry'] as const) {
    const rows = sources.filter((s) => s.kind === kind).map((s) => ({ id: s.id, path: s.path, hash: s.hash, props: s.props }));
    if (rows.length > 0) plan.sources.push({ kind, rows });
  }

  const relRows = new Map<string, RelationshipRow & { p: Predicate }>();
  sources.forEach((src, si) => {
    const ids = (handles[si] ?? []).map((h) => resolver.idOf(h));
    // One mention per (source, node), even when the source named the node twice.
    const mentions = new Map<string, MentionRow & { label: EntityLabel }>();
    src.entities.forEach((e, ei) => {
      const id = ids[ei] as string;
      const keys = entityKeys(e.label, e.name, e.aliases, e.github);
      const known = mentions.get(id);
      if (known) {
        known.aliases = [...new Set([...known.aliases, e.name, ...e.aliases])].filter((a) => a !== known.name);
        known.keys = [...new Set([...known.keys, ...keys])].sort();
        known.github ??= e.github ?? null;
        return;
      }
      mentions.set(id, {
        label: e.label,
        id,
        sourceId: src.id,
        name: e.name,
        nameKey: normalizeKey(e.name),
        github: e.github ?? null,
        aliases: e.aliases,
        keys,
        kind: e.kind ?? null,
      });
    });
    for (const { label, ...row } of mentions.values()) {
      push(plan.mentions, label, row);
      touch(label, row.id);
    }

    src.triples.forEach((t, ti) => {
      let s = t.s === 'source' ? src.id : (ids[t.s.entity] as string);
      let o = t.o === 'source' ? src.id : (ids[t.o.entity] as string);
      if (s === o) {
        plan.selfLoops++;
        return;
      }
      if (isSymmetric(t.p) && o < s) [s, o] = [o, s];
      const key = relationshipKey(s, t.p, o);
      let row = relRows.get(key);
      if (!row) relRows.set(key, (row = { p: t.p, s, o, key, evidence: [] }));
      t.evidences.forEach((ev, ei) => {
        row.evidence.push({
          id: `${src.id}#${ti}.${ei}`,
          sourceId: src.id,
          sourceKind: src.kind,
          role: t.role ?? null,
          quote: ev.quote,
          start: ev.start,
          end: ev.end,
          channel: ev.channel,
          extractor: ev.extractor,
          confidence: ev.confidence,
          since: t.since ?? null,
          until: t.until ?? null,
        });
        plan.facts++;
      });
    });
  });
  for (const { p, ...row } of relRows.values()) push(plan.relationships, p, row);
  return plan;
}
