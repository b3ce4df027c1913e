import type { RegisterCommand } from './commands.ts';
import { addGraphOptions, runGraphCommand, terminalWidth, type GraphCommandOptions } from './graph-command.ts';
import { describeErrors } from './graphql-client.ts';
import { matchedNothing, resultLines } from './json-table.ts';
import { parseVariables } from './query-variables.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `sig-atlas query 'GRAPHQL' [--var k=v]...`: any GraphQL operation; `data` as JSON or tables. */
export const registerQuery: RegisterCommand = (program, setStatus) => {
  addGraphOptions(
    program
      .command('query')
      .description('run a GraphQL query against the graph (the schema is schema.graphql; the IDE at /graphql documents it)')
      .argument('<graphql>', "the operation, e.g. '{ whoMaintains(project: \"etcd\") { nodes { role person { name } } } }'")
      .option('--var <name=value>', 'a variable (repeatable); JSON unless the variable is a String or ID', collect, [])
      .addHelpText(
        'after',
        `\nExample:\n  sig-atlas query 'query($p: String!) { project(name: $p) { name maintainers { nodes { person { name } } } } }' --var p=etcd\n` +
          'Nothing matched (status 1) means every top-level field came back null, an empty list or an empty connection.',
      ),
  ).action((query: string, options: GraphCommandOptions & { var: string[] }) => {
    const variables = parseVariables(query, options.var);
    return runGraphCommand(options, setStatus, async (client) => {
      const result = await client.request<Record<string, unknown>>(query, variables);
      const data = result.data;
      const failed = result.errors.length > 0 ? `${client.target} reported:\n${describeErrors(result.errors)}` : undefined;
      const unmatched = data !== null && failed === undefined && matchedNothing(data) ? 'nothing matched' : undefined;
      if (data === null) return { json: null, lines: () => [], error: failed ?? `${client.target} returned no data` };
      return {
        json: data,
        lines: () => resultLines(data, terminalWidth()),
        ...(failed ? { error: failed } : {}),
        ...(unmatched ? { unmatched } : {}),
      };
    });
  });
};
