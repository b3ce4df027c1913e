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

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
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
