/** Prometheus metrics of one server (own registry, so several servers in one process stay apart). */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryEvent } from './cypher-reader.ts';

export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'sig_atlas_http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'sig_atlas_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'sig_atlas_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly roundTrips = new Histogram({
    name: 'sig_atlas_graphql_cypher_round_trips',
    help: 'Cypher round trips per GraphQL request',
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32],
    registers: [this.registry],
  });

  readonly cypherQueries = new Counter({
    name: 'sig_atlas_cypher_queries_total',
    help: 'Cypher queries run by the API, by query name and outcome',
    labelNames: ['query', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly cypherDuration = new Histogram({
    name: 'sig_atlas_cypher_query_duration_seconds',
    help: 'Cypher query duration (one round trip) by query name',
    labelNames: ['query'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly ready = new Gauge({
    name: 'sig_atlas_neo4j_ready',
    help: '1 when the last readiness check reached Neo4j, else 0',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'sig_atlas_' });
  }

  recordQuery(event: QueryEvent): void {
    this.cypherQueries.inc({ query: event.name, outcome: event.failure ?? 'ok' });
    this.cypherDuration.observe({ query: event.name }, event.durationMs / 1000);
  }
}
