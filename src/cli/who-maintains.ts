import type { RegisterCommand } from './commands.ts';
import { RELATIONSHIP_FIELDS, tableFitting, evidenceCell, relationshipJson, type NodeRef, type RelationshipData } from './graph-facts.ts';
import { addGraphOptions, requestData, runGraphCommand, terminalWidth, type GraphCommandOptions } from './graph-command.ts';

const QUERY = `query WhoMaintains($project: String!) {
  project(name: $project) { id name aliases }
  whoMaintains(project: $project, first: 100) {
    totalCount
    nodes { ${RELATIONSHIP_FIELDS} person { id name github worksAt(first: 3) { nodes { company { id name } } } } }
  }
}`;

interface Data {
  project: (NodeRef & { aliases: string[] }) | null;
  whoMaintains: {
    totalCount: number;
    nodes: Array<RelationshipData & { person: NodeRef & { github: string | null; worksAt: { nodes: Array<{ company: NodeRef }> } } }>;
  } | null;
}

/** `sig-atlas who-maintains PROJECT`: the project's maintainers with roles, companies and evidence. */
export const registerWhoMaintains: RegisterCommand = (program, setStatus) => {
  addGraphOptions(
    program
      .command('who-maintains')
      .description('who maintains a project (name, alias or id), most certain first, with the evidence')
      .argument('<project>', 'project name, alias or id, e.g. etcd or "Metrics Server"'),
  ).action((project: string, options: GraphCommandOptions) =>
    runGraphCommand(options, setStatus, async (client) => {
      const data = await requestData<Data>(client, QUERY, { project });
      const maintainers = (data.whoMaintains?.nodes ?? []).map((m) => {
        const companies = m.person.worksAt.nodes.map((w) => w.company.name);
        return { person: { id: m.person.id, name: m.person.name, github: m.person.github }, companies, ...relationshipJson(m) };
      });
      const json = { project: data.project, totalCount: data.whoMaintains?.totalCount ?? 0, maintainers };
      const name = data.project?.name ?? project;
      const unmatched =
        data.project === null
          ? `no project matches "${project}"`
          : maintainers.length === 0
            ? `nobody is known to maintain ${name}`
            : undefined;
      return {
        json,
        ...(unmatched ? { unmatched } : {}),
        lines: () =>
          maintainers.length === 0
            ? []
            : [
                `${name}: ${json.totalCount} maintainer${json.totalCount === 1 ? '' : 's'}`,
                ...tableFitting(
                  ['PERSON', 'GITHUB', 'ROLE', 'COMPANY', 'CONF', 'EVIDENCE'],
                  maintainers.map((m) => [
                    m.person.name,
                    m.person.github ? `@${m.person.github}` : '-',
                    m.roles.join(', ') || (m.role ?? '-'),
                    m.companies.join(', ') || '-',
                    m.confidence.toFixed(2),
                    evidenceCell(m),
                  ]),
                  terminalWidth(),
                ),
              ],
      };
    }),
  );
};
