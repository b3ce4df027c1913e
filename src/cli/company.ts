import type { RegisterCommand } from './commands.ts';
import { RELATIONSHIP_FIELDS, factTable, toFact, type Fact, type NodeRef, type RelationshipData } from './graph-facts.ts';
import { addGraphOptions, requestData, runGraphCommand, terminalWidth, type GraphCommandOptions } from './graph-command.ts';

const QUERY = `query Company($name: String!) {
  company(name: $name) {
    id name aliases articleCount sigLeaderCount
    employees(first: 100) {
      totalCount
      nodes { ${RELATIONSHIP_FIELDS} person { id name github leads(first: 5) { nodes { role sig { id name } } } } }
    }
    develops(first: 50) { nodes { ${RELATIONSHIP_FIELDS} project { id name } } }
    partOf(first: 10) { nodes { ${RELATIONSHIP_FIELDS} whole { id name } } }
    parts(first: 10) { nodes { ${RELATIONSHIP_FIELDS} part { id name } } }
  }
}`;

type Page<K extends string, T> = { nodes: Array<RelationshipData & Record<K, T>> };
type Leads = { leads: { nodes: Array<{ role: string | null; sig: NodeRef }> } };

interface Data {
  company:
    | (NodeRef & {
        aliases: string[];
        articleCount: number;
        sigLeaderCount: number;
        employees: { totalCount: number } & Page<
          'person',
          NodeRef & Leads & { github: string | null }
        >;
        develops: Page<'project', NodeRef>;
        partOf: Page<'whole', NodeRef>;
        parts: Page<'part', NodeRef>;
      })
    | null;
}

/** "leads SIG etcd as chair, …" beside an employee, or nothing. */
function leadsNote(person: Leads): string | undefined {
  const led = person.leads.nodes.map((l) => (l.role ? `${l.sig.name} as ${l.role}` : l.sig.name));
  return led.length > 0 ? `leads ${led.join(', ')}` : undefined;
}

/** `sig-atlas company NAME`: who works there (and what they lead), what it develops, with evidence. */
export const registerCompany: RegisterCommand = (program, setStatus) => {
  addGraphOptions(
    program
      .command('company')
      .description('what the graph says about a company: its people (and the groups they lead), projects, parent and parts')
      .argument('<name>', 'company name or alias (e.g. Google, 谷歌) or id'),
  ).action((name: string, options: GraphCommandOptions) =>
    runGraphCommand(options, setStatus, async (client) => {
      const { company: c } = await requestData<Data>(client, QUERY, { name });
      if (c === null) return { json: { company: null, facts: [] }, unmatched: `no company matches "${name}"`, lines: () => [] };
      const facts: Fact[] = [
        ...c.employees.nodes.map((r) => toFact('employs', 'Person', r.person, r, leadsNote(r.person))),
        ...c.develops.nodes.map((r) => toFact('develops', 'Project', r.project, r)),
        ...c.partOf.nodes.map((r) => toFact('part of', 'Company', r.whole, r)),
        ...c.parts.nodes.map((r) => toFact('owns', 'Company', r.part, r)),
      ];
      const company = { id: c.id, name: c.name, aliases: c.aliases, articleCount: c.articleCount, sigLeaderCount: c.sigLeaderCount };
      const title =
        `${c.name}${c.aliases.length > 0 ? ` — also ${c.aliases.join(', ')}` : ''}: ` +
        `${c.employees.totalCount} people, ${c.sigLeaderCount} of them lead a group`;
      return {
        json: { company, facts },
        lines: () => [title, ...(facts.length > 0 ? factTable(facts, terminalWidth()) : ['(no facts)'])],
      };
    }),
  );
};
