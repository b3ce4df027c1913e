/** The server's limits; every one can be set by an environment variable (see README). */
export interface ApiLimits {
  /** Items a page may ask for (`first`/`last`). */
  maxPageSize: number;
  /** Items a page holds when neither `first` nor `last` is given. */
  defaultPageSize: number;
  /** Depth of field nesting in one operation. */
  maxDepth: number;
  /** Estimated cost of one operation (see complexity.ts). */
  maxComplexity: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Bytes of one request body. */
  maxBodyBytes: number;
  /** Neo4j transaction timeout of each query. */
  queryTimeoutMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  defaultPageSize: 20,
  maxDepth: 15,
  maxComplexity: 20_000,
  maxTokens: 4_000,
  maxBodyBytes: 100_000,
  queryTimeoutMs: 5_000,
};

const ENV: Record<keyof ApiLimits, string> = {
  maxPageSize: 'SIG_ATLAS_API_MAX_PAGE_SIZE',
  defaultPageSize: 'SIG_ATLAS_API_DEFAULT_PAGE_SIZE',
  maxDepth: 'SIG_ATLAS_API_MAX_DEPTH',
  maxComplexity: 'SIG_ATLAS_API_MAX_COMPLEXITY',
  maxTokens: 'SIG_ATLAS_API_MAX_TOKENS',
  maxBodyBytes: 'SIG_ATLAS_API_MAX_BODY_BYTES',
  queryTimeoutMs: 'SIG_ATLAS_API_QUERY_TIMEOUT_MS',
};

/** The limits with environment overrides; a bad value throws naming the variable. */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ApiLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV) as (keyof ApiLimits)[]) {
    const name = ENV[key];
    const text = env[name]?.trim();
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || value < 1) throw new Error(`${name}: "${text}" is not a positive integer`);
    limits[key] = value;
  }
  if (limits.defaultPageSize > limits.maxPageSize) {
    throw new Error(`${ENV.defaultPageSize} (${limits.defaultPageSize}) exceeds ${ENV.maxPageSize} (${limits.maxPageSize})`);
  }
  return limits;
}
