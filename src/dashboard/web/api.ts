/** The page's only data source: POST /graphql on the server that served it. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

// Worth one more try: a query's first run on a busy database may time out while Neo4j plans it.
const RETRYABLE = new Set(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']);

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  try {
    return await request<T>(query, variables, signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === undefined || !RETRYABLE.has(error.code) || signal?.aborted) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return request<T>(query, variables, signal);
  }
}

async function request<T>(query: string, variables: Record<string, unknown>, signal: AbortSignal | undefined): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without JSON`, undefined);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, first.extensions?.code);
  if (body.data === undefined || body.data === null) throw new ApiError(`The API answered HTTP ${response.status} without data`, undefined);
  return body.data;
}
