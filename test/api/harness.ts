/**
 * Runs the API server against the test Neo4j on a free loopback port, and sends GraphQL
 * requests to it over HTTP.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { API_DRIVER_CONFIG } from '../../src/api/api-driver.ts';
import { CypherReader, type QueryEvent } from '../../src/api/cypher-reader.ts';
import { DEFAULT_LIMITS, type ApiLimits } from '../../src/api/limits.ts';
import { listen, type RunningServer } from '../../src/api/server.ts';
import type { ApiMetrics } from '../../src/api/metrics.ts';
import { testDatabaseInfo } from '../helpers/neo4j.ts';

export interface GraphqlResponse {
  status: number;
  contentType: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
}

export interface Api {
  url: string;
  reader: CypherReader;
  metrics: ApiMetrics;
  /** JSON log lines the server wrote. */
  logs: Array<Record<string, unknown>>;
  /** Cypher round trips, in order, since the server started (clear it between checks). */
  queries: QueryEvent[];
  gql(query: string, variables?: Record<string, unknown>, init?: { headers?: Record<string, string> }): Promise<GraphqlResponse>;
  /** `data` of a request that must succeed. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startApi(limits: Partial<ApiLimits> = {}): Promise<Api> {
  const info = testDatabaseInfo();
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), API_DRIVER_CONFIG);
  // A generous query timeout: test machines can be slow; the timeout itself is tested on its own.
  const all = { ...DEFAULT_LIMITS, queryTimeoutMs: 60_000, ...limits };
  const reader = new CypherReader({ driver, database: info.database, timeoutMs: all.queryTimeoutMs });
  const queries: QueryEvent[] = [];
  reader.onQuery((e) => queries.push(e));
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const running: RunningServer & { metrics: ApiMetrics } = await listen({ reader, limits: all, logger, host: '127.0.0.1', port: 0 });
  const gql: Api['gql'] = async (query, variables, init) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...init?.headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: (await res.json()) as GraphqlResponse['body'] };
  };
  return {
    url: running.url,
    reader,
    metrics: running.metrics,
    logs,
    queries,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await gql(query, variables);
      if (res.body.errors !== undefined || res.status !== 200) {
        throw new Error(`GraphQL request failed (${res.status}): ${JSON.stringify(res.body.errors)}`);
      }
      return res.body.data as T;
    },
    async close() {
      await running.close();
      await driver.close();
    },
  };
}

/** A server for this file's tests, started after `before` (e.g. loading data) and closed after them. */
export function useApi(before?: () => Promise<void>, limits: Partial<ApiLimits> = {}): () => Api {
  let api: Api | undefined;
  beforeAll(async () => {
    await before?.();
    api = await startApi(limits);
  });
  afterAll(async () => {
    await api?.close();
  });
  return () => {
    if (api === undefined) throw new Error('useApi(): the server runs only inside tests and hooks');
    return api;
  };
}
