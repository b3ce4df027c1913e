/**
 * who-maintains, leads, person, company and query, run for real (`node bin/sig-atlas.js …`)
 * against the test Neo4j with the seeds ingested: straight against the database, and through a
 * running API server (`--api`). What they must find is read from the API first, so the tests
 * follow the graph rather than a particular extraction result.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { startApi, type Api } from '../api/harness.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { runGraphCli, SPAWN_TIMEOUT, testDatabaseEnv, type CliRun } from './run-graph-cli.ts';

const db = useTestDatabase();
let api: Api | undefined;

interface Expected {
  sig: string;
  leader: string;
  project: string;
  maintainer: string;
  company: string;
  employee: string;
}
let expected: Expected;

interface TopData {
  sigs: { nodes: Array<{ name: string; leaders: { nodes: Array<{ person: { name: string } }> } }> };
  projects: { nodes: Array<{ name: string; maintainers: { nodes: Array<{ person: { name: string } }> } }> };
  companies: { nodes: Array<{ name: string; employees: { nodes: Array<{ person: { name: string } }> } }> };
}

beforeAll(async () => {
  const summary = await ingest(db(), { paths: ['seeds'] });
  expect(summary.failures).toEqual([]);
  api = await startApi({ queryTimeoutMs: 60_000 });
  const top = await api.data<TopData>(`{
    sigs(first: 1, orderBy: { field: LEADERS }) { nodes { name leaders(first: 1) { nodes { person { name } } } } }
    projects(first: 1, orderBy: { field: MAINTAINERS }) { nodes { name maintainers(first: 1) { nodes { person { name } } } } }
    companies(first: 1, orderBy: { field: EMPLOYEES }) { nodes { name employees(first: 1) { nodes { person { name } } } } }
  }`);
  const sig = top.sigs.nodes[0];
  const project = top.projects.nodes[0];
  const company = top.companies.nodes[0];
  const pick = (value: string | undefined, what: string): string => {
    if (value === undefined) throw new Error(`the seeds gave the graph no ${what}`);
    return value;
  };
  expected = {
    sig: pick(sig?.name, 'group'),
    leader: pick(sig?.leaders.nodes[0]?.person.name, 'group leader'),
    project: pick(project?.name, 'project'),
    maintainer: pick(project?.maintainers.nodes[0]?.person.name, 'maintainer'),
    company: pick(company?.name, 'company'),
    employee: pick(company?.employees.nodes[0]?.person.name, 'employee'),
  };
}, 900_000);

afterAll(async () => {
  await api?.close();
});

interface EvidenceJson {
  quote: string;
  source: string;
  article: { title: string | null; url: string | null; path: string } | null;
}

function expectEvidence(evidence: EvidenceJson[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    expect(e.quote.trim()).not.toBe('');
    expect(e.source).toMatch(/^seeds\//);
    expect(e.article?.path).toBe(e.source);
  }
}

const shellQuote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const modes = [
  ['straight against the database', (): string[] => []],
  ['through a running server (--api)', (): string[] => ['--api', api?.url ?? 'http://127.0.0.1:9']],
] as const;

describe.each(modes)('graph commands %s', (_mode, apiArgs) => {
  describe.concurrent('with results: JSON on a pipe, status 0', () => {
    it('who-maintains PROJECT lists its maintainers with companies and evidence', async () => {
      const run = await runGraphCli(['who-maintains', expected.project, ...apiArgs()]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as {
        project: { name: string };
        totalCount: number;
        maintainers: Array<{ person: { name: string }; roles: string[]; companies: string[]; evidence: EvidenceJson[] }>;
      };
      expect(out.project.name).toBe(expected.project);
      expect(out.totalCount).toBe(out.maintainers.length);
      expect(out.maintainers.map((m) => m.person.name)).toContain(expected.maintainer);
      for (const m of out.maintainers) expectEvidence(m.evidence);
    }, SPAWN_TIMEOUT);

    it('leads SIG lists the leaders with roles and evidence, whatever spelling names the group', async () => {
      const run = await runGraphCli(['leads', expected.sig.toUpperCase(), ...apiArgs()]);
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as { sig: { name: string }; leaders: Array<{ person: { name: string }; roles: string[]; evidence: EvidenceJson[] }> };
      expect(out.sig.name).toBe(expected.sig);
      expect(out.leaders.map((l) => l.person.name)).toContain(expected.leader);
      for (const l of out.leaders) expectEvidence(l.evidence);
    }, SPAWN_TIMEOUT);

    it('person NAME gives every fact about the person, with evidence', async () => {
      const run = await runGraphCli(['person', expected.leader, ...apiArgs()]);
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as { person: { name: string }; facts: Array<{ relation: string; with: { name: string; type: string }; evidence: EvidenceJson[] }> };
      expect(out.person.name).toBe(expected.leader);
      expect(out.facts).toContainEqual(expect.objectContaining({ relation: 'leads', with: expect.objectContaining({ name: expected.sig, type: 'Sig' }) }));
      for (const f of out.facts) expectEvidence(f.evidence);
    }, SPAWN_TIMEOUT);

    it('company NAME gives its people and what they lead', async () => {
      const run = await runGraphCli(['company', expected.company.toLowerCase(), ...apiArgs()]);
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as { company: { name: string }; facts: Array<{ relation: string; with: { name: string }; evidence: EvidenceJson[] }> };
      expect(out.company.name).toBe(expected.company);
      expect(out.facts.filter((f) => f.relation === 'employs').map((f) => f.with.name)).toContain(expected.employee);
      for (const f of out.facts) expectEvidence(f.evidence);
    }, SPAWN_TIMEOUT);

    it("query 'GRAPHQL' --var k=v prints `data`, typing each variable as the query declares it", async () => {
      const query = 'query($p: String!, $n: Int) { project(name: $p) { name maintainers(first: $n) { totalCount nodes { person { name } } } } }';
      const run = await runGraphCli(['query', query, '--var', `p=${expected.project}`, '--var', 'n=1', ...apiArgs()]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const direct = await api?.data(query, { p: expected.project, n: 1 });
      expect(JSON.parse(run.stdout)).toEqual(direct);
      expect(direct).toMatchObject({ project: { name: expected.project, maintainers: { nodes: [{ person: { name: expect.any(String) } }] } } });
    }, SPAWN_TIMEOUT);
  });

  describe.concurrent('nothing matched: status 1, said on stderr', () => {
    const nobody = 'zz no such name 0000';
    it.each([
      ['who-maintains', /no project matches "zz no such name 0000"/, { project: null, totalCount: 0, maintainers: [] }],
      ['leads', /no group matches "zz no such name 0000"/, { sig: null, totalCount: 0, leaders: [] }],
      ['person', /no person matches "zz no such name 0000"/, { person: null, facts: [] }],
      ['company', /no company matches "zz no such name 0000"/, { company: null, facts: [] }],
    ] as const)('%s', async (command, message, json) => {
      const run = await runGraphCli([command, nobody, ...apiArgs()]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(JSON.parse(run.stdout)).toEqual(json);
    }, SPAWN_TIMEOUT);

    it('query whose every field comes back empty', async () => {
      // One made-up word: search matches any of several words, and short ones match a lot.
      const run = await runGraphCli(['query', 'query($n: String!) { person(name: $n) { name } search(query: $n) { totalCount } }', '--var', 'n=zzqxvwqj', ...apiArgs()]);
      expect(run.stderr).toMatch(/nothing matched/);
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual({ person: null, search: { totalCount: 0 } });
    }, SPAWN_TIMEOUT);
  });

  describe.concurrent('errors: status 2 with the reason on stderr', () => {
    it('a query the schema rejects', async () => {
      const run = await runGraphCli(['query', '{ stats { noSuchField } }', ...apiArgs()]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/Cannot query field "noSuchField" on type "Stats"/);
    }, SPAWN_TIMEOUT);

    it('a variable the query does not declare, or of the wrong type', async () => {
      const [undeclared, wrong] = await Promise.all([
        runGraphCli(['query', 'query($n: Int) { sigs(first: $n) { totalCount } }', '--var', 'm=1', ...apiArgs()]),
        runGraphCli(['query', 'query($n: Int) { sigs(first: $n) { totalCount } }', '--var', 'n=many', ...apiArgs()]),
      ]);
      expect([undeclared.status, wrong.status]).toEqual([2, 2]);
      expect(undeclared.stderr).toMatch(/--var m: the query declares no variable \$m \(it declares \$n\)/);
      expect(wrong.stderr).toMatch(/--var n: "many" is not a JSON value for \$n \(Int\)/);
    }, SPAWN_TIMEOUT);

  });
});

describe('on a terminal', () => {
  // `script` gives the command a pseudo-terminal, as a person's shell would.
  const onTerminal = (args: string[]): Promise<CliRun> =>
    runGraphCli(['-qec', `stty cols 200; ${[process.execPath, 'bin/sig-atlas.js', ...args].map(shellQuote).join(' ')}`, '/dev/null'], testDatabaseEnv(), 'script');

  it('prints a table instead of JSON (and JSON with --json)', async () => {
    const [table, json] = await Promise.all([onTerminal(['leads', expected.sig]), onTerminal(['leads', expected.sig, '--json'])]);
    expect(table.status).toBe(0);
    const lines = table.stdout.split(/\r?\n/);
    expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(expected.sig)} \\(\\w+\\): \\d+ leaders?$`));
    expect(lines[1]).toMatch(/^PERSON +GITHUB +ROLE +COMPANY +CONF +EVIDENCE$/);
    expect(lines.some((line) => line.startsWith(expected.leader) && line.includes('“'))).toBe(true);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ sig: { name: expected.sig } });
  }, SPAWN_TIMEOUT);

  it('shows a query result as a table of its list', async () => {
    const run = await onTerminal(['query', '{ sigs(first: 2, orderBy: { field: NAME }) { totalCount nodes { name kind } } }']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split(/\r?\n/);
    expect(lines[0]).toMatch(/^sigs: 2 of \d+$/);
    expect(lines[1]).toMatch(/^name +kind$/);
    expect(lines[2]).toMatch(/^\S.* +(SIG|WG|COMMITTEE|USERGROUP|OTHER)$/);
  }, SPAWN_TIMEOUT);
});

describe('errors reaching the graph', () => {
  it("in process, the API's own limits apply (here a page size over the maximum)", async () => {
    const env = testDatabaseEnv({ SIG_ATLAS_API_MAX_PAGE_SIZE: '10', SIG_ATLAS_API_DEFAULT_PAGE_SIZE: '5' });
    const run = await runGraphCli(['who-maintains', expected.project], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/PAGE_SIZE_EXCEEDED/);
  }, SPAWN_TIMEOUT);

  it('--api naming a port where nothing listens', async () => {
    const port = await closedPort();
    const run = await runGraphCli(['leads', 'etcd', '--api', `http://127.0.0.1:${port}`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`cannot reach the API at http://127\\.0\\.0\\.1:${port}/graphql: ECONNREFUSED`));
  }, SPAWN_TIMEOUT);

  it('--api that is not an http URL', async () => {
    const run = await runGraphCli(['person', 'x', '--api', 'bolt://127.0.0.1:7687']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--api: "bolt:\/\/127\.0\.0\.1:7687" is not an http:\/\/ or https:\/\/ URL/);
  }, SPAWN_TIMEOUT);

  it('a database that does not answer', async () => {
    const port = await closedPort();
    const run = await runGraphCli(['who-maintains', 'etcd'], testDatabaseEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}`));
  }, SPAWN_TIMEOUT);
});
