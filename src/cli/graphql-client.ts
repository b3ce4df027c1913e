/**
 * Runs GraphQL operations for the CLI's graph commands, either against a running server
 * (`--api URL`, over HTTP) or in this process straight against the database, through the API's
 * own executable schema, limits and resolvers, so both modes answer exactly alike.
 */
import { randomUUID } from 'node:crypto';
import { execute, GraphQLError, specifiedRules, validate, type DocumentNode } from 'graphql';
import { config } from '../config.ts';
import { createContext } from '../api/context.ts';
import { CypherReader } from '../api/cypher-reader.ts';
import { limitsFromEnv } from '../api/limits.ts';
import { buildSchema } from '../api/schema.ts';
import { limitedParse, validationRules } from '../api/validation-rules.ts';
import { openDatabase } from '../graph/connect.ts';

export interface GraphqlErrorInfo {
  message: string;
  /** The API's stable `extensions.code`, when it gave one. */
  code?: string;
  path?: ReadonlyArray<string | number>;
}

export interface GraphqlResult<T> {
  data: T | null;
  errors: GraphqlErrorInfo[];
}

export interface GraphqlClient {
  /** Where operations go, for messages ("the API at http://…/graphql", "the graph in bolt://…"). */
  readonly target: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  close(): Promise<void>;
}

export interface ClientOptions {
  /** A server's base URL or its /graphql URL; absent: in process, against the database. */
  api?: string | undefined;
  /** Progress lines for a person (starting the local database). */
  log?: (line: string) => void;
}

export async function openGraphqlClient(options: ClientOptions): Promise<GraphqlClient> {
  const client = options.api !== undefined ? httpClient(graphqlEndpoint(options.api)) : await inProcessClient(options.log);
  return retryingOnce(client);
}

// Worth one more try: a query's first run on a busy database may time out while Neo4j plans it,
// and a database that has just restarted refuses for a moment.
const RETRYABLE = new Set(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']);
const RETRY_AFTER_MS = 500;

function retryingOnce(client: GraphqlClient): GraphqlClient {
  return {
    target: client.target,
    async request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>> {
      const first = await client.request<T>(query, variables);
      if (!first.errors.some((e) => e.code !== undefined && RETRYABLE.has(e.code))) return first;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
      return client.request<T>(query, variables);
    },
    close: () => client.close(),
  };
}

/** `http://host:4000`, `http://host:4000/` and `http://host:4000/graphql` all mean the last. */
export function graphqlEndpoint(api: string): string {
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new Error(`--api: "${api}" is not a URL; expected e.g. http://127.0.0.1:4000`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--api: "${api}" is not an http:// or https:// URL`);
  }
  if (!url.pathname.endsWith('/graphql')) url.pathname = `${url.pathname.replace(/\/+$/, '')}/graphql`;
  return url.toString();
}

const HTTP_TIMEOUT_MS = 60_000;

function httpClient(endpoint: string): GraphqlClient {
  return {
    target: `the API at ${endpoint}`,
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
        });
      } catch (error) {
        throw new Error(`cannot reach the API at ${endpoint}: ${networkReason(error)}; is \`sig-atlas serve\` (or \`npm start\`) running there?`, {
          cause: error,
        });
      }
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`the API at ${endpoint} answered HTTP ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
      }
      if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) {
        throw new Error(`the API at ${endpoint} answered HTTP ${response.status} without a GraphQL result`);
      }
      const result = body as { data?: T | null; errors?: unknown[] };
      return { data: result.data ?? null, errors: (result.errors ?? []).map(errorInfo) };
    },
    async close() {},
  };
}

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${HTTP_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function errorInfo(raw: unknown): GraphqlErrorInfo {
  const error = (typeof raw === 'object' && raw !== null ? raw : { message: String(raw) }) as {
    message?: unknown;
    path?: unknown;
    extensions?: { code?: unknown };
  };
  const info: GraphqlErrorInfo = { message: typeof error.message === 'string' ? error.message : JSON.stringify(raw) };
  if (typeof error.extensions?.code === 'string') info.code = error.extensions.code;
  if (Array.isArray(error.path)) info.path = error.path as Array<string | number>;
  return info;
}

async function inProcessClient(log: ((line: string) => void) | undefined): Promise<GraphqlClient> {
  const db = await openDatabase(config().database, log ? { log } : {});
  const limits = limitsFromEnv();
  const reader = new CypherReader({ driver: db.driver, database: db.database, timeoutMs: limits.queryTimeoutMs });
  const schema = buildSchema();
  const parse = limitedParse(limits);
  return {
    target: `the graph in ${db.uri}`,
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch (error) {
        if (error instanceof GraphQLError) return { data: null, errors: [errorInfo(error.toJSON())] };
        throw error;
      }
      const invalid = validate(schema, document, [...specifiedRules, ...validationRules(limits, { variables })]);
      if (invalid.length > 0) return { data: null, errors: invalid.map((e) => errorInfo(e.toJSON())) };
      const result = await execute({ schema, document, variableValues: variables, contextValue: createContext(reader, limits, randomUUID()) });
      return { data: (result.data ?? null) as T | null, errors: (result.errors ?? []).map((e) => errorInfo(e.toJSON())) };
    },
    close: () => db.close(),
  };
}

/** One line per error: `message (CODE at a.b.0)`. */
export function describeErrors(errors: readonly GraphqlErrorInfo[]): string {
  return errors
    .map((e) => {
      const where = [e.code, e.path ? `at ${e.path.join('.')}` : undefined].filter(Boolean).join(' ');
      return where ? `${e.message} (${where})` : e.message;
    })
    .join('\n');
}
