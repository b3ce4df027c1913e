/**
 * The API's only door to Neo4j: runs the read queries that src/api/cypher/ builds, each as one
 * auto-commit query in a read session with a timeout, turns driver values into plain JSON values,
 * and reports every round trip (for metrics, logs and the round-trip test).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { fromDriverError } from './errors.ts';

/** A query as the pure builders return it: Cypher text that never contains input, and the input as parameters. */
export interface CypherQuery {
  /** Stable name for metrics and logs (`people.page`, `relationships.LEADS.out`…). */
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export interface QueryEvent {
  name: string;
  /** When the round trip began (performance.now()), to tell sequential from concurrent ones. */
  startedAt: number;
  durationMs: number;
  rows: number;
  /** The error code a client saw, or `error` for a masked failure; absent on success. */
  failure?: string;
  requestId: string | undefined;
}

export interface CypherReaderOptions {
  driver: Driver;
  database: string;
  /** Neo4j transaction timeout; the server terminates the transaction past it. */
  timeoutMs: number;
  /** Called after every round trip, successful or not. */
  onQuery?: (event: QueryEvent) => void;
}

/** Tries of a read that fails with a transient (retryable) error. */
const READ_ATTEMPTS = 3;

export class CypherReader {
  readonly timeoutMs: number;
  private readonly listeners: ((event: QueryEvent) => void)[] = [];

  constructor(private readonly options: CypherReaderOptions) {
    this.timeoutMs = options.timeoutMs;
    if (options.onQuery !== undefined) this.listeners.push(options.onQuery);
  }

  /** Adds a listener for round trips (metrics, tests); returns a function that removes it. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  async read(query: CypherQuery, requestId?: string): Promise<Row[]> {
    const started = performance.now();
    const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let rows: Row[] = [];
    let failure: string | undefined;
    const config = { timeout: this.timeoutMs, metadata: { app: 'sig-atlas-api', query: query.name, ...(requestId ? { requestId } : {}) } };
    try {
      // One auto-commit query per round trip: an explicit read transaction (BEGIN, RUN, COMMIT)
      // costs the server nearly three times as much per query (measured: 570 against 1,560
      // trivial queries/s). Reads are idempotent, so the retries of transient errors that a
      // managed transaction would do are done here.
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await session.run(query.cypher, query.params, config);
          rows = result.records.map((record) => plainRow(record.keys, (key) => record.get(key)));
          return rows;
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error as Error)) throw error;
          await new Promise((r) => setTimeout(r, 50 * attempt));
        }
      }
    } catch (error) {
      const mapped = fromDriverError(error, this.timeoutMs);
      failure = mapped === undefined ? 'error' : String(mapped.extensions['code']);
      if (mapped !== undefined) throw mapped;
      throw error;
    } finally {
      await session.close().catch(() => undefined);
      const event: QueryEvent = { name: query.name, startedAt: started, durationMs: performance.now() - started, rows: rows.length, requestId };
      if (failure !== undefined) event.failure = failure;
      for (const listener of this.listeners) listener(event);
    }
  }

  /** Whether the database answers a trivial read within `timeoutMs` (readiness). */
  async ping(timeoutMs: number): Promise<boolean> {
    const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }).then(() => true);
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      return await Promise.race([answer, late]);
    } catch {
      return false;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }
}

function plainRow(keys: readonly PropertyKey[], get: (key: string) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = plainValue(get(String(key)));
  return row;
}

/** Driver values as JSON: integers as numbers, temporals as ISO strings, maps and lists deeply. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = plainValue(inner);
  return out;
}
