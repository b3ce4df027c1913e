import type { RegisterCommand } from './commands.ts';
import { RELATIONSHIP_FIELDS, evidenceCell, tableFitting, relationshipJson, type NodeRef, type RelationshipData } from './graph-facts.ts';
import { addGraphOptions, requestData, runGraphCommand, terminalWidth, type GraphCommandOptions } from './graph-command.ts';

const QUERY = `query Leads($sig: String!) {
  sig(name: $sig) {
    id name kind dir aliases
    leaders(first: 100) {
      totalCount
      nodes { ${RELATIONSHIP_FIELDS} person { id name github worksAt(first: 3) { nodes { company { id name } } } } }
    }
  }
}`;

interface Data {
  sig:
    | (NodeRef & {
        kind: string;
        dir: string | null;
        aliases: string[];
        leaders: {
          totalCount: number;
          nodes: Array<RelationshipData & { person: NodeRef & { github: string | null; worksAt: { nodes: Array<{ company: NodeRef }> } } }>;
        };
      })
    | null;
}

/** `sig-atlas leads SIG`: who leads a community group, with roles, companies and evidence. */
export const registerLeads: RegisterCommand = (program, setStatus) => {
  addGraphOptions(
    program
      .command('leads')
      .description('who leads a SIG, working group or committee (chairs, tech leads), with the evidence')
      .argument('<sig>', 'group name, short name, directory or id, e.g. "SIG etcd", etcd or sig-etcd'),
  ).action((sig: string, options: GraphCommandOptions) =>
    runGraphCommand(options, setStatus, async (client) => {
      const data = await requestData<Data>(client, QUERY, { sig });
      const group = data.sig;
      const leaders = (group?.leaders.nodes ?? []).map((l) => ({
        person: { id: l.person.id, name: l.person.name, github: l.person.github },
        companies: l.person.worksAt.nodes.map((w) => w.company.name),
        ...relationshipJson(l),
      }));
      const json = {
        sig: group ? { id: group.id, name: group.name, kind: group.kind, dir: group.dir, aliases: group.aliases } : null,
        totalCount: group?.leaders.totalCount ?? 0,
        leaders,
      };
      const unmatched = group === null ? `no group matches "${sig}"` : leaders.length === 0 ? `no leaders of ${group.name} are known` : undefined;
      return {
        json,
        ...(unmatched ? { unmatched } : {}),
        lines: () =>
          group === null || leaders.length === 0
            ? []
            : [
                `${group.name} (${group.kind.toLowerCase()}): ${json.totalCount} leader${json.totalCount === 1 ? '' : 's'}`,
                ...tableFitting(
                  ['PERSON', 'GITHUB', 'ROLE', 'COMPANY', 'CONF', 'EVIDENCE'],
                  leaders.map((l) => [
                    l.person.name,
                    l.person.github ? `@${l.person.github}` : '-',
                    l.roles.join(', ') || (l.role ?? '-'),
                    l.companies.join(', ') || '-',
                    l.confidence.toFixed(2),
                    evidenceCell(l),
                  ]),
                  terminalWidth(),
                ),
              ],
      };
    }),
  );
};
