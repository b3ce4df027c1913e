/**
 * What the graph commands (who-maintains, leads, person, company, query) share: the `--api`
 * and `--json` options, the GraphQL client's lifetime, and the output contract: JSON when
 * stdout is not a terminal (or with --json), a table when it is; exit status 0 with results,
 * 1 when nothing matched (said on stderr), 2 on error (thrown, reported by main.ts).
 */
import type { Command } from 'commander';
import { describeErrors, openGraphqlClient, type GraphqlClient } from './graphql-client.ts';

export interface GraphCommandOptions {
  api?: string;
  json?: boolean;
}

export interface GraphAnswer {
  /** What a script gets on stdout. */
  json: unknown;
  /** What a person gets on a terminal. */
  lines: () => string[];
  /** When nothing matched: the sentence for stderr (the status is then 1). */
  unmatched?: string;
  /** An error to report after printing what did come back (the status is then 2). */
  error?: string;
}

const API_ENV = 'SIG_ATLAS_API';

export function addGraphOptions(command: Command): Command {
  return command
    .option('--api <url>', `ask a running server (e.g. http://127.0.0.1:4000; env ${API_ENV}) instead of the database directly`)
    .option('--json', 'print JSON (the default when stdout is not a terminal)')
    .addHelpText('after', '\nExit status: 0 results, 1 nothing matched, 2 error.');
}

export async function runGraphCommand(
  options: GraphCommandOptions,
  setStatus: (code: number) => void,
  produce: (client: GraphqlClient) => Promise<GraphAnswer>,
): Promise<void> {
  const api = options.api ?? (process.env[API_ENV]?.trim() || undefined);
  const client = await openGraphqlClient({ api, log: (line) => void process.stderr.write(`${line}\n`) });
  let answer: GraphAnswer;
  try {
    answer = await produce(client);
  } finally {
    await client.close();
  }
  const json = options.json === true || !process.stdout.isTTY;
  const nothing = answer.json === null && answer.error !== undefined;
  if (json && !nothing) process.stdout.write(`${JSON.stringify(answer.json, null, 2)}\n`);
  const lines = json ? [] : answer.lines();
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  if (answer.error !== undefined) throw new Error(answer.error);
  if (answer.unmatched !== undefined) {
    process.stderr.write(`${answer.unmatched}\n`);
    setStatus(1);
  }
}

/** `data` of an operation that must succeed; GraphQL errors become one thrown error (status 2). */
export async function requestData<T>(client: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors.length > 0) throw new Error(`${client.target} refused the query:\n${describeErrors(result.errors)}`);
  if (result.data === null) throw new Error(`${client.target} returned no data`);
  return result.data;
}

/** Terminal width for tables, with a sane default when it is unknown. */
export function terminalWidth(): number {
  return Math.max(60, process.stdout.columns ?? 120);
}
