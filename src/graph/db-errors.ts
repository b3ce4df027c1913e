import neo4j from 'neo4j-driver';

/** Where a failing operation was headed, so the message can name it and say what to change. */
export interface DatabaseTarget {
  uri: string;
  user: string;
  database: string;
  /** Where the password came from, e.g. "NEO4J_PASSWORD" or a file path. */
  passwordSource?: string;
}

/**
 * A database failure explained for a person. `code` is the driver's or server's code
 * (`ServiceUnavailable`, `Neo.ClientError.Security.Unauthorized`, …); `retryable` says whether
 * running the same work again may succeed (the server went away, a deadlock, a leader switch).
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns whatever the driver threw into a DatabaseError whose message says what to do. */
export function toDatabaseError(error: unknown, target: DatabaseTarget): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (!(error instanceof neo4j.Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new DatabaseError(`Neo4j at ${target.uri}: ${message}`, undefined, false, { cause: error });
  }
  const { code } = error;
  const retryable = error.retryable;
  const detail = firstLine(error.message);
  const make = (message: string) => new DatabaseError(message, code, retryable, { cause: error });

  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) {
    const tls = /certificate|SSL|TLS|EPROTO/i.test(error.message);
    // The driver's text is a paragraph of generic advice; the part after "Caused by:" is the news.
    const cause = /Caused by: (.*)$/s.exec(error.message)?.[1]?.trim() ?? detail;
    return make(
      `cannot reach Neo4j at ${target.uri} (${firstLine(cause)}). ` +
        (tls
          ? 'This looks like a TLS mismatch: use neo4j+s:// or bolt+s:// for servers with certificates (Aura), ' +
            'bolt:// or neo4j:// for plain ones, +ssc for self-signed certificates.'
          : 'Is the server running? For the local database run `sig-atlas db start`; otherwise check NEO4J_URI.'),
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return make(
      `Neo4j at ${target.uri} refused user "${target.user}" with the given password` +
        (target.passwordSource ? ` (from ${target.passwordSource})` : '') +
        '. Set NEO4J_USER and NEO4J_PASSWORD to credentials the server accepts.',
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return make(`Neo4j at ${target.uri} has locked user "${target.user}" after failed logins; wait a few seconds, then fix NEO4J_PASSWORD.`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return make(`Neo4j at ${target.uri} has no database "${target.database}"; set NEO4J_DATABASE to one that exists (Community Edition has only "neo4j").`);
  }
  if (code === 'Neo.ClientError.Security.Forbidden' || code === 'Neo.ClientError.Security.AuthorizationExpired') {
    return make(`Neo4j at ${target.uri} does not allow user "${target.user}" to do this on "${target.database}": ${detail}`);
  }
  if (code.startsWith('Neo.TransientError.') || code.startsWith('Neo.DatabaseError.')) {
    return make(`Neo4j at ${target.uri} failed (${code}): ${detail}${retryable ? ' (worth retrying)' : ''}`);
  }
  return make(`Neo4j at ${target.uri} rejected the request (${code}): ${detail}`);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}
