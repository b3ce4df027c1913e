/**
 * Executes write plans against Neo4j. Each write — any number of whole sources — is one
 * transaction through `executeWrite`, so a source is either fully loaded or not at all, and the
 * driver retries transient failures; around it, a bounded reconnect loop rides out a server
 * restart. Every statement is idempotent (MERGE by id or key), so a write repeated after an
 * unknown commit outcome changes nothing.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { DatabaseError, toDatabaseError, type DatabaseTarget } from './db-errors.ts';
import { entityIndex, mergeEntities, refreshEntities, renameEntities, rewriteKeys, upsertMentions } from './cypher/entities.ts';
import { recomputeRelationships, upsertRelationships } from './cypher/relationships.ts';
import { deleteSources, retractEvidence, retractMentions, sourceHashes, upsertSources } from './cypher/sources.ts';
import type { Statement } from './cypher/statement.ts';
import { EntityIndex } from './entity-index.ts';
import { migrate, type MigrationResult } from './migrations.ts';
import { ENTITY_LABELS, isEntityLabel, isPredicate, type EntityLabel, type Predicate, type SourceKind } from './model.ts';
import { planWrite, type WritePlan } from './plan.ts';
import type { SourceFacts } from './source-facts.ts';

export interface GraphTarget {
  driver: Driver;
  database: string;
  target: DatabaseTarget;
}

export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** Evidence rows written. */
  facts: number;
}

export interface StoredSource {
  id: string;
  kind: SourceKind;
  path: string;
  hash: string;
}

export interface LoaderOptions {
  /** How long to keep trying after the server becomes unreachable, in ms (default 60 000). */
  reconnectFor?: number;
  /** Told about each reconnect attempt (for a progress line). */
  onRetry?: (attempt: number, error: DatabaseError) => void;
}

export function emptyStats(): WriteStats {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, facts: 0 };
}

export function addStats(into: WriteStats, more: WriteStats): WriteStats {
  for (const k of Object.keys(into) as Array<keyof WriteStats>) into[k] += more[k];
  return into;
}

interface Refreshed {
  label: EntityLabel;
  id: string;
  deleted: boolean;
  keys: string[];
  github: string | null;
}

/** SIG_ATLAS_TRACE_CYPHER=1 prints each statement's time on stderr (for performance work). */
const TRACE = process.env['SIG_ATLAS_TRACE_CYPHER'] === '1';

/**
 * A growing graph changes its statistics with every write, and Neo4j then replans the loader's
 * statements (hundreds of ms each, again and again during a bulk load). Their plans are seeks on
 * unique ids and expansions from bound nodes, good at any size, so the first plan is kept.
 */
const REPLAN_SKIP = 'CYPHER replan=skip\n';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export class GraphLoader {
  readonly index = new EntityIndex();
  private indexLoaded = false;
  private readonly reconnectFor: number;

  constructor(
    private readonly db: GraphTarget,
    private readonly options: LoaderOptions = {},
  ) {
    this.reconnectFor = options.reconnectFor ?? 60_000;
  }

  migrate(): Promise<MigrationResult> {
    return this.retrying(() => migrate(this.db.driver, this.db.database));
  }

  /** Every stored source and its content hash, in one query. */
  async storedSources(): Promise<Map<string, StoredSource>> {
    const rows = await this.read(sourceHashes());
    return new Map(rows.map((r) => [String(r['id']), { id: String(r['id']), kind: r['kind'] as SourceKind, path: String(r['path']), hash: String(r['hash']) }]));
  }

  /** Loads the entity index once; writes keep it current afterwards. */
  async ensureIndex(): Promise<void> {
    if (this.indexLoaded) return;
    for (const r of await this.read(entityIndex())) {
      const label = r['label'];
      if (typeof label !== 'string' || !isEntityLabel(label)) continue;
      this.index.set({ label, id: String(r['id']), keys: (r['keys'] as string[] | null) ?? [], github: (r['github'] as string | null) ?? null });
    }
    this.indexLoaded = true;
  }

  /**
   * Loads the sources in one transaction; those listed in `retract` (changed ones) lose their
   * earlier facts first. Throws DatabaseError: `retryable` when the server stayed unreachable.
   */
  async write(sources: SourceFacts[], retract: string[] = []): Promise<WriteStats> {
    await this.ensureIndex();
    const plan = planWrite(this.index, sources, retract);
    const { stats, refreshed } = await this.transact((tx) => this.runPlan(tx, plan));
    this.applyToIndex(plan, refreshed);
    stats.facts = plan.facts;
    return stats;
  }

  /** Retracts sources entirely (`remove`, `--prune`): their facts, then their nodes. */
  async remove(sourceIds: string[]): Promise<WriteStats> {
    if (sourceIds.length === 0) return emptyStats();
    await this.ensureIndex();
    const plan = planWrite(this.index, [], sourceIds);
    const { stats, refreshed } = await this.transact(async (tx) => {
      const result = await this.runPlan(tx, plan);
      const res = await tx.run(deleteSources(sourceIds).cypher, deleteSources(sourceIds).params);
      addStats(result.stats, countersOf(res.summary.counters.updates()));
      return result;
    });
    this.applyToIndex(plan, refreshed);
    return stats;
  }

  private async runPlan(tx: ManagedTransaction, plan: WritePlan): Promise<{ stats: WriteStats; refreshed: Refreshed[] }> {
    const stats = emptyStats();
    const run = async (st: Statement): Promise<Array<Record<string, unknown>>> => {
      const t0 = performance.now();
      const res = await tx.run(`${REPLAN_SKIP}${st.cypher}`, st.params);
      if (TRACE) process.stderr.write(`${(performance.now() - t0).toFixed(0)} ms ${st.cypher.split('\n').slice(0, 4).join(' ')}\n`);
      addStats(stats, countersOf(res.summary.counters.updates()));
      return res.records.map((r) => r.toObject() as Record<string, unknown>);
    };
    const keys = new Map<Predicate, Set<string>>();
    const entities = new Map<EntityLabel, Set<string>>();
    const moved = new Map<string, string>([...plan.renames, ...plan.merges].map((r) => [r.from, r.to]));

    if (plan.retract.length > 0) {
      for (const r of await run(retractEvidence(plan.retract))) if (isPredicate(String(r['predicate']))) addToSet(keys, r['predicate'] as Predicate, String(r['key']));
      for (const r of await run(retractMentions(plan.retract))) {
        const label = String(r['label']);
        if (isEntityLabel(label)) addToSet(entities, label, moved.get(String(r['id'])) ?? String(r['id']));
      }
    }
    for (const { kind, rows } of plan.sources) await run(upsertSources(kind, rows, new Date().toISOString()));
    for (const label of ENTITY_LABELS) {
      const renames = plan.renames.filter((r) => r.label === label);
      const merges = plan.merges.filter((r) => r.label === label);
      if (renames.length > 0) await run(renameEntities(label, renames));
      if (merges.length > 0) await run(mergeEntities(label, merges));
      const targets = [...new Set([...renames, ...merges].map((r) => r.to))];
      if (targets.length > 0) for (const r of await run(rewriteKeys(label, targets))) addToSet(keys, r['predicate'] as Predicate, String(r['key']));
    }
    // Mentions are folded into their nodes incrementally; nodes that also lost mentions
    // (retracted) or changed identity (renamed, merged) get the full recomputation after them.
    for (const r of [...plan.renames, ...plan.merges]) addToSet(entities, r.label, r.to);
    const refreshed: Refreshed[] = [];
    const collect = (label: EntityLabel, records: Array<Record<string, unknown>>): void => {
      for (const r of records) {
        refreshed.push({ label, id: String(r['id']), deleted: r['deleted'] === true, keys: (r['keys'] as string[] | null) ?? [], github: (r['github'] as string | null) ?? null });
      }
    };
    for (const [label, rows] of plan.mentions) collect(label, await run(upsertMentions(label, rows)));
    for (const [predicate, rows] of plan.relationships) {
      await run(upsertRelationships(predicate, rows));
      for (const row of rows) keys.get(predicate)?.delete(row.key);
    }
    for (const [predicate, set] of keys) if (set.size > 0) await run(recomputeRelationships(predicate, [...set]));
    const mentioned = new Set([...plan.mentions.values()].flatMap((rows) => rows.map((r) => r.id)));
    for (const [label, ids] of plan.touched) for (const id of ids) if (!mentioned.has(id)) addToSet(entities, label, id);
    for (const [label, ids] of entities) if (ids.size > 0) collect(label, await run(refreshEntities(label, [...ids])));
    return { stats, refreshed };
  }

  private applyToIndex(plan: WritePlan, refreshed: Refreshed[]): void {
    for (const r of [...plan.renames, ...plan.merges]) this.index.remove(r.from);
    for (const r of refreshed) {
      if (r.deleted) this.index.remove(r.id);
      else this.index.set({ label: r.label, id: r.id, keys: r.keys, github: r.github });
    }
  }

  private async read(st: Statement): Promise<Array<Record<string, unknown>>> {
    return this.retrying(async () => {
      const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: 'READ' });
      try {
        const res = await session.executeRead((tx) => tx.run(st.cypher, st.params));
        return res.records.map((r) => r.toObject() as Record<string, unknown>);
      } finally {
        await session.close();
      }
    });
  }

  private transact<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.retrying(async () => {
      const session = this.db.driver.session({ database: this.db.database });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * `executeWrite` already retries transient errors for a while; this outer loop keeps trying
   * with backoff while the server is unreachable (a restart), up to `reconnectFor`, then gives
   * up with a message that says a rerun finishes the job.
   */
  private async answers(): Promise<boolean> {
    try {
      await this.db.driver.getServerInfo({ database: this.db.database });
      return true;
    } catch {
      return false;
    }
  }

  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const err = toDatabaseError(error, this.db.target);
        // A server going down mid-transaction does not always fail with a retryable code
        // (closed connections, a database being stopped): when it no longer answers, wait for it.
        if (!err.retryable && (await this.answers())) throw err;
        const left = started + this.reconnectFor - Date.now();
        if (left <= 0) {
          throw new DatabaseError(
            `${err.message} Gave up after ${Math.round((Date.now() - started) / 1000)} s of retrying; ` +
              'everything committed so far is intact and a rerun of the same command completes the job.',
            err.code,
            true,
            { cause: err },
          );
        }
        this.options.onRetry?.(attempt, err);
        await sleep(Math.min(500 * 2 ** Math.min(attempt - 1, 4), left));
      }
    }
  }
}

function countersOf(u: Record<string, number>): WriteStats {
  return {
    nodesCreated: u['nodesCreated'] ?? 0,
    nodesDeleted: u['nodesDeleted'] ?? 0,
    relationshipsCreated: u['relationshipsCreated'] ?? 0,
    relationshipsDeleted: u['relationshipsDeleted'] ?? 0,
    propertiesSet: u['propertiesSet'] ?? 0,
    facts: 0,
  };
}
