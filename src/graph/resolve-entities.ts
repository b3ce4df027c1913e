/**
 * Cross-source entity resolution for one write: which incoming entities are the same node,
 * and which stored nodes they join. Two entities are one when they share a key (normalised
 * name or identifying alias, or `@handle`) and their GitHub handles do not disagree; an
 * incoming entity that shares keys with several stored nodes merges them.
 */
import { entityId, entityKeys, type EntityLabel } from './model.ts';
import type { EntityIndex } from './entity-index.ts';
import type { SourceEntity } from './source-facts.ts';

interface Cluster {
  label: EntityLabel;
  parent: Cluster | null;
  /** Stored node ids that fold into this cluster. */
  existing: Set<string>;
  githubs: Set<string>;
  /** Canonical name of the first incoming entity, for a new node's id and name. */
  name: string | null;
  order: number;
}

const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function root(c: Cluster): Cluster {
  while (c.parent) {
    if (c.parent.parent) c.parent = c.parent.parent;
    c = c.parent;
  }
  return c;
}

function compatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return new Set([...a, ...b]).size <= 1;
}

/** How stored nodes change and which id each resolved entity gets. */
export interface Resolution {
  /** Stored node → new id (a handle became known). */
  renames: Array<{ label: EntityLabel; from: string; to: string }>;
  /** Stored node folded into another (already renamed) node. */
  merges: Array<{ label: EntityLabel; from: string; to: string }>;
}

export class EntityResolver {
  private readonly clusters: Cluster[] = [];
  private readonly byKey = new Map<string, Set<Cluster>>();
  private readonly byExisting = new Map<string, Cluster>();

  constructor(private readonly index: EntityIndex) {}

  private cluster(label: EntityLabel, existing?: string): Cluster {
    const c: Cluster = { label, parent: null, existing: new Set(), githubs: new Set(), name: null, order: this.clusters.length };
    if (existing) {
      c.existing.add(existing);
      const gh = this.index.get(existing)?.github;
      if (gh) c.githubs.add(gh);
      this.byExisting.set(existing, c);
    }
    this.clusters.push(c);
    return c;
  }

  private union(a: Cluster, b: Cluster): Cluster {
    const [keep, fold] = a.order <= b.order ? [a, b] : [b, a];
    fold.parent = keep;
    for (const id of fold.existing) keep.existing.add(id);
    for (const gh of fold.githubs) keep.githubs.add(gh);
    if (keep.name === null || (fold.name !== null && NON_LATIN.test(keep.name) && !NON_LATIN.test(fold.name))) keep.name = fold.name;
    return keep;
  }

  /** Resolves one incoming entity; the returned handle yields its final id through `idOf`. */
  add(entity: SourceEntity): Cluster {
    const { label } = entity;
    const keys = entityKeys(label, entity.name, entity.aliases, entity.github);
    const candidates: Cluster[] = [];
    const seen = new Set<Cluster>();
    const consider = (c: Cluster): void => {
      const r = root(c);
      if (seen.has(r)) return;
      candidates.push(r);
      seen.add(r);
    };
    // Stored nodes first, so that an ambiguous mention joins what the graph already has.
    for (const key of keys) for (const id of this.index.idsFor(label, key)) consider(this.byExisting.get(id) ?? this.cluster(label, id));
    for (const key of keys) for (const c of this.byKey.get(`${label}\u0000${key}`) ?? []) consider(c);
    const own = new Set(entity.github ? [entity.github] : []);
    let target: Cluster | null = null;
    for (const c of candidates) {
      if (!target) {
        if (compatible(c.githubs, own)) target = c;
      } else if (compatible(new Set([...target.githubs, ...own]), c.githubs)) {
        target = this.union(target, c);
      }
    }
    target ??= this.cluster(label);
    if (entity.github) target.githubs.add(entity.github);
    // The spec's canonical person name is in Latin script: it wins over a name in another script.
    if (target.name === null || (NON_LATIN.test(target.name) && !NON_LATIN.test(entity.name))) target.name = entity.name;
    for (const key of keys) {
      const k = `${label}\u0000${key}`;
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(target);
    }
    return target;
  }

  /** The id a resolved entity gets: from its handle, else its stored id, else its name. */
  idOf(handle: Cluster): string {
    const c = root(handle);
    const [gh] = c.githubs;
    if (c.label === 'Person' && gh && c.githubs.size === 1) return entityId('Person', '', gh);
    const stored = [...c.existing].sort();
    if (stored[0]) return stored[0];
    return entityId(c.label, c.name ?? '');
  }

  /** The stored nodes to rename or merge so that each resolved entity is one node with `idOf`. */
  resolution(): Resolution {
    const out: Resolution = { renames: [], merges: [] };
    for (const c of this.clusters) {
      if (c.parent || c.existing.size === 0) continue;
      const to = this.idOf(c);
      const stored = [...c.existing].sort();
      if (stored.includes(to)) {
        for (const from of stored) if (from !== to) out.merges.push({ label: c.label, from, to });
      } else {
        const [first, ...rest] = stored as [string, ...string[]];
        out.renames.push({ label: c.label, from: first, to });
        for (const from of rest) out.merges.push({ label: c.label, from, to });
      }
    }
    return out;
  }
}
