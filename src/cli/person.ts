import type { RegisterCommand } from './commands.ts';
import { RELATIONSHIP_FIELDS, factTable, toFact, type Fact, type NodeRef, type RelationshipData } from './graph-facts.ts';
import { addGraphOptions, requestData, runGraphCommand, terminalWidth, type GraphCommandOptions } from './graph-command.ts';

const ARTICLE = 'article { id title path }';

const QUERY = `query Person($name: String!) {
  person(name: $name) {
    id name github aliases articleCount
    leads(first: 50) { nodes { ${RELATIONSHIP_FIELDS} sig { id name } } }
    memberOf(first: 50) { nodes { ${RELATIONSHIP_FIELDS} sig { id name } } }
    worksAt(first: 20) { nodes { ${RELATIONSHIP_FIELDS} company { id name } } }
    maintains(first: 50) { nodes { ${RELATIONSHIP_FIELDS} project { id name } } }
    contributesTo(first: 50) { nodes { ${RELATIONSHIP_FIELDS} project { id name } } }
    authored(first: 20) { nodes { ${RELATIONSHIP_FIELDS} ${ARTICLE} } }
    translated(first: 20) { nodes { ${RELATIONSHIP_FIELDS} ${ARTICLE} } }
    interviewedIn(first: 20) { nodes { ${RELATIONSHIP_FIELDS} ${ARTICLE} } }
  }
}`;

type Page<K extends string, T> = { nodes: Array<RelationshipData & Record<K, T>> };
type ArticleRef = { id: string; title: string | null; path: string };

interface Data {
  person:
    | (NodeRef & {
        github: string | null;
        aliases: string[];
        articleCount: number;
        leads: Page<'sig', NodeRef>;
        memberOf: Page<'sig', NodeRef>;
        worksAt: Page<'company', NodeRef>;
        maintains: Page<'project', NodeRef>;
        contributesTo: Page<'project', NodeRef>;
        authored: Page<'article', ArticleRef>;
        translated: Page<'article', ArticleRef>;
        interviewedIn: Page<'article', ArticleRef>;
      })
    | null;
}

const articleRef = (a: ArticleRef): NodeRef => ({ id: a.id, name: a.title ?? a.path });

/** `sig-atlas person NAME`: everything the graph says about a person, with the evidence. */
export const registerPerson: RegisterCommand = (program, setStatus) => {
  addGraphOptions(
    program
      .command('person')
      .description('what the graph says about a person: groups led and joined, employers, projects, articles, with evidence')
      .argument('<name>', 'name or alias in any script, GitHub handle (@handle) or id'),
  ).action((name: string, options: GraphCommandOptions) =>
    runGraphCommand(options, setStatus, async (client) => {
      const { person: p } = await requestData<Data>(client, QUERY, { name });
      if (p === null) return { json: { person: null, facts: [] }, unmatched: `no person matches "${name}"`, lines: () => [] };
      const facts: Fact[] = [
        ...p.leads.nodes.map((r) => toFact('leads', 'Sig', r.sig, r)),
        ...p.memberOf.nodes.map((r) => toFact('member of', 'Sig', r.sig, r)),
        ...p.worksAt.nodes.map((r) => toFact('works at', 'Company', r.company, r)),
        ...p.maintains.nodes.map((r) => toFact('maintains', 'Project', r.project, r)),
        ...p.contributesTo.nodes.map((r) => toFact('contributes to', 'Project', r.project, r)),
        ...p.authored.nodes.map((r) => toFact('wrote', 'Article', articleRef(r.article), r)),
        ...p.translated.nodes.map((r) => toFact('translated', 'Article', articleRef(r.article), r)),
        ...p.interviewedIn.nodes.map((r) => toFact('interviewed in', 'Article', articleRef(r.article), r)),
      ];
      const person = { id: p.id, name: p.name, github: p.github, aliases: p.aliases, articleCount: p.articleCount };
      const title = [p.name, p.github ? `(@${p.github})` : '', p.aliases.length > 0 ? `— also ${p.aliases.join(', ')}` : '']
        .filter(Boolean)
        .join(' ');
      return {
        json: { person, facts },
        lines: () => [title, ...(facts.length > 0 ? factTable(facts, terminalWidth()) : ['(no facts)'])],
      };
    }),
  );
};
