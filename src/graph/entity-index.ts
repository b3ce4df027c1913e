/**
 * The loader's in-memory view of the entities in the database: id → keys and key → ids, per
 * label. Loaded with one query before the first write of an ingest and updated only after a
 * transaction commits, so it never runs ahead of the database. (A list property cannot use a
 * range index in Neo4j 5.26, so key lookups in Cypher would scan every node of the label.)
 */
import type { EntityLabel } from './model.ts';

export interface IndexedEntity {
  label: EntityLabel;
  id: string;
  keys: readonly string[];
  github: string | null;
}

const slot = (label: EntityLabel, key: string): string => `${label}\u0000${key}`;

export class EntityIndex {
  private readonly byId = new Map<string, IndexedEntity>();
  private readonly byKey = new Map<string, Set<string>>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedEntity | undefined {
    return this.byId.get(id);
  }

  /** Ids of the entities of this label that carry the key, in id order. */
  idsFor(label: EntityLabel, key: string): string[] {
    const ids = this.byKey.get(slot(label, key));
    return ids ? [...ids].sort() : [];
  }

  set(entity: IndexedEntity): void {
    this.remove(entity.id);
    this.byId.set(entity.id, entity);
    for (const key of entity.keys) {
      const s = slot(entity.label, key);
      let ids = this.byKey.get(s);
      if (!ids) this.byKey.set(s, (ids = new Set()));
      ids.add(entity.id);
    }
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    for (const key of old.keys) {
      const s = slot(old.label, key);
      const ids = this.byKey.get(s);
      ids?.delete(id);
      if (ids?.size === 0) this.byKey.delete(s);
    }
  }
}
