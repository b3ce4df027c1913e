/**
 * The API's error vocabulary. Every error a client can see carries a stable `extensions.code`;
 * anything not raised on purpose is masked as INTERNAL_SERVER_ERROR (and logged in full, with
 * the request id that the client also gets), so driver messages and stack traces never leak.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  COMPLEXITY_LIMIT_EXCEEDED: 'COMPLEXITY_LIMIT_EXCEEDED',
  TOKEN_LIMIT_EXCEEDED: 'TOKEN_LIMIT_EXCEEDED',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES));

/** An error meant for the client: its message and code are shown as they are. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(ERROR_CODES.BAD_USER_INPUT, message, extra);
}

/** Neo4j error codes (status codes of `Neo4jError`) that mean the transaction ran out of time. */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Turns a driver error into the API error a client may see, or undefined when it is a bug of
 * ours (a Cypher syntax error, a write in a read transaction…) that must stay masked.
 */
export function fromDriverError(error: unknown, timeoutMs: number): GraphQLError | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (TIMEOUT_CODES.has(code) || /Transaction.*(timed out|terminated).*timeout/is.test(messageOf(error))) {
    return apiError(ERROR_CODES.QUERY_TIMEOUT, `The query took longer than the ${timeoutMs} ms limit; narrow it or ask for smaller pages`);
  }
  if (UNAVAILABLE_CODES.has(code)) {
    return apiError(ERROR_CODES.DATABASE_UNAVAILABLE, 'The graph database is unavailable; try again shortly');
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface MaskContext {
  requestId: string;
  /** Called with the original error when it is masked. */
  report: (error: unknown) => void;
}

/**
 * The error as the client sees it. Errors with a known code pass; syntax and validation errors
 * from graphql-js get theirs; everything else becomes INTERNAL_SERVER_ERROR.
 */
export function formatApiError(error: Readonly<GraphQLError | Error>, mask: MaskContext): GraphQLError {
  if (!isGraphQLError(error)) {
    // graphql-http reports a malformed request (bad JSON, missing query) as a plain Error.
    return apiError(ERROR_CODES.BAD_USER_INPUT, error.message, { requestId: mask.requestId });
  }
  const code = knownCode(error) ?? (isGraphQLError(error.originalError) ? knownCode(error.originalError) : undefined);
  if (code !== undefined) {
    if (code === ERROR_CODES.INTERNAL_SERVER_ERROR) mask.report(error.originalError ?? error);
    return rebuild(error, error.message, { ...error.extensions, code, requestId: mask.requestId });
  }
  if (error.path === undefined || error.path === null) {
    // No path: raised before execution (parsing, validation, variable coercion), so the query
    // text or the variables are at fault, not the server.
    const fallback = error.message.startsWith('Syntax Error') ? ERROR_CODES.GRAPHQL_PARSE_FAILED : ERROR_CODES.GRAPHQL_VALIDATION_FAILED;
    return rebuild(error, error.message, { ...error.extensions, code: fallback, requestId: mask.requestId });
  }
  mask.report(error.originalError ?? error);
  return rebuild(error, `Internal server error (request ${mask.requestId})`, {
    code: ERROR_CODES.INTERNAL_SERVER_ERROR,
    requestId: mask.requestId,
  });
}

/**
 * By shape, not `instanceof`: graphql-js can be loaded twice (its CommonJS build through
 * graphql-http, its ES module build elsewhere), and each has its own GraphQLError class.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error && 'path' in error;
}

function knownCode(error: GraphQLError): ErrorCode | undefined {
  const code = error.extensions['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : undefined;
}

function rebuild(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    ...(error.nodes === undefined ? {} : { nodes: error.nodes }),
    ...(error.source === undefined ? {} : { source: error.source }),
    ...(error.positions === undefined ? {} : { positions: error.positions }),
    ...(error.path === undefined ? {} : { path: error.path }),
    extensions,
  });
}
