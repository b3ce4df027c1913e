/** Lists with filters and sorting, cursor pagination, search, whoMaintains/maintainedBy, sigNetwork. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph, ROSTER_SIZE } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()));

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } }';

async function people(filter: string, extra = ''): Promise<string[]> {
  const data = await api().data<{ people: { nodes: Array<{ name: string }> } }>(`{ people(filter: ${filter} ${extra}, first: 100) { nodes { name } } }`);
  return data.people.nodes.map((n) => n.name);
}

describe('lists', () => {
  it('filters people by name, alias, handle, company, group, role, group kind, project, language, date and source kind', async () => {
    expect(await people('{name: "eve"}')).toEqual(['Eve Maintainer']);
    expect(await people('{alias: "伊芙"}')).toEqual(['Eve Maintainer']);
    expect(await people('{github: "@CarolC"}')).toEqual(['Carol Chair']);
    expect(await people('{company: "globex"}')).toEqual(['Carol Chair', 'Frank Creator']);
    expect(await people('{sig: "beta"}')).toEqual(['Bob Lead', 'Eve Maintainer']);
    expect(await people('{role: "Tech Lead"}')).toEqual(['Bob Lead']);
    expect(await people('{sigKind: [WG]}')).toEqual(['Carol Chair']);
    expect(await people('{project: "ProjY"}')).toEqual(['Frank Creator']);
    expect(await people('{language: ZH}')).toEqual(['Carol Chair', 'Frank Creator']);
    expect(await people('{articleDate: {from: "2024-05-01", to: "2024-12-31"}}')).toEqual(['Bob Lead', 'Eve Maintainer', 'Tomo Translator']);
    expect(await people('{sourceKind: REGISTRY}')).toEqual(['Carol Chair']);
    expect(await people('{company: "Acme", role: "chair"}')).toEqual(['Eve Maintainer']);
  });

  it('filters companies, groups, projects and articles', async () => {
    const data = await api().data<Record<string, { nodes: Array<{ name?: string; title?: string }> }>>(`{
      c1: companies(filter: {sig: "SIG Alpha"}) { nodes { name } }
      c2: companies(filter: {role: "creator"}) { nodes { name } }
      c3: companies(filter: {project: "ProjY"}) { nodes { name } }
      c4: companies(filter: {sigKind: [WG]}) { nodes { name } }
      s1: sigs(filter: {kind: [WG]}) { nodes { name } }
      s2: sigs(filter: {company: "Globex"}) { nodes { name } }
      s3: sigs(filter: {person: "@boblead"}) { nodes { name } }
      s4: sigs(filter: {project: "ProjX"}) { nodes { name } }
      s5: sigs(filter: {role: "approver"}) { nodes { name } }
      s6: sigs(filter: {name: "gam"}) { nodes { name } }
      p1: projects(filter: {sig: "alpha"}) { nodes { name } }
      p2: projects(filter: {company: "Acme"}) { nodes { name } }
      p3: projects(filter: {person: "Dave Reviewer"}) { nodes { name } }
      p4: projects(filter: {alias: "Project X"}) { nodes { name } }
      a1: articles(filter: {language: JA}) { nodes { title } }
      a2: articles(filter: {date: {from: "2024-01-01", to: "2024-03-01"}}) { nodes { title } }
      a3: articles(filter: {sig: "SIG Beta"}) { nodes { title } }
      a4: articles(filter: {person: "Eve Maintainer"}) { nodes { title } }
      a5: articles(filter: {title: "ROSTER"}) { nodes { title } }
    }`);
    const out = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.nodes.map((n) => n.name ?? n.title)]));
    expect(out).toEqual({
      c1: ['Acme', 'Globex'],
      c2: ['Globex'],
      c3: ['Acme'],
      c4: ['Globex'],
      s1: ['WG Gamma'],
      s2: ['SIG Alpha', 'WG Gamma'],
      s3: ['SIG Alpha', 'SIG Beta'],
      s4: ['SIG Alpha'],
      s5: ['SIG Beta'],
      s6: ['WG Gamma'],
      p1: ['ProjX'],
      p2: ['ProjY'],
      p3: ['ProjX'],
      p4: ['ProjX'],
      a1: ['SIG Betaの紹介'],
      a2: ['SIG Alpha roster', 'Spotlight on SIG Alpha'],
      a3: ['SIG Betaの紹介'],
      a4: ['SIG Betaの紹介'],
      a5: ['SIG Alpha roster'],
    });
  });

  it('sorts by name and by counts ("companies by number of SIG leaders")', async () => {
    const data = await api().data<Record<string, { nodes: Array<Record<string, unknown>> }>>(`{
      byLeaders: companies(orderBy: {field: SIG_LEADERS}) { nodes { name sigLeaderCount } }
      byEmployees: companies(orderBy: {field: EMPLOYEES, direction: ASC}) { nodes { name } }
      byName: companies(orderBy: {field: NAME, direction: DESC}) { nodes { name } }
      sigsByMembers: sigs(orderBy: {field: MEMBERS}) { nodes { name } }
      sigsByCollaborators: sigs(orderBy: {field: COLLABORATORS}, first: 2) { nodes { name } }
      projects: projects(orderBy: {field: MAINTAINERS}) { nodes { name } }
      leaders: people(orderBy: {field: LEADERSHIPS}, first: 2) { nodes { name } }
      articles: articles { nodes { date } }
      oldest: articles(orderBy: {field: DATE, direction: ASC}, first: 1) { nodes { date } }
      byEvidence: articles(orderBy: {field: EVIDENCE}, first: 1) { nodes { title } }
    }`);
    expect(data['byLeaders']?.nodes).toEqual([
      { name: 'Acme', sigLeaderCount: 2 },
      { name: 'Globex', sigLeaderCount: 1 },
      { name: 'MegaCorp', sigLeaderCount: 0 },
    ]);
    expect(data['byEmployees']?.nodes.map((n) => n['name'])).toEqual(['MegaCorp', 'Globex', 'Acme']);
    expect(data['byName']?.nodes.map((n) => n['name'])).toEqual(['MegaCorp', 'Globex', 'Acme']);
    expect(data['sigsByMembers']?.nodes.map((n) => n['name'])).toEqual(['SIG Alpha', 'SIG Beta', 'WG Gamma']);
    expect(data['sigsByCollaborators']?.nodes.map((n) => n['name'])).toEqual(['SIG Alpha', 'SIG Beta']);
    expect(data['projects']?.nodes.map((n) => n['name'])).toEqual(['ProjX', 'ProjY']);
    expect(data['leaders']?.nodes.map((n) => n['name'])).toEqual(['Carol Chair', 'Bob Lead']);
    expect(data['articles']?.nodes.map((n) => n['date'])).toEqual(['2024-06-01', '2024-02-01', '2024-01-10', '2023-03-15']);
    expect(data['oldest']?.nodes).toEqual([{ date: '2023-03-15' }]);
    expect(data['byEvidence']?.nodes).toEqual([{ title: 'SIG Alpha roster' }]);
  });

  it('pages forwards and backwards with stable cursors and a total count', async () => {
    const all = await api().data<{ people: { nodes: Array<{ name: string }> } }>('{ people(first: 100) { nodes { name } } }');
    const expected = all.people.nodes.map((n) => n.name);
    expect(expected).toHaveLength(7 + ROSTER_SIZE);
    expect([...expected].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))).toEqual(expected);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: { people: Page<{ name: string }> } = await api().data(`query($after: String) { people(first: 25, after: $after) { ${PAGE} } }`, { after });
      pages += 1;
      expect(data.people.totalCount).toBe(expected.length);
      seen.push(...data.people.edges.map((e) => e.node.name));
      expect(data.people.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    // The same cursor gives the same page again.
    const first = await api().data<{ people: Page<{ name: string }> }>(`{ people(first: 10) { ${PAGE} } }`);
    const cursor = first.people.edges[4]?.cursor;
    const again = async () => (await api().data<{ people: Page<{ name: string }> }>(`query($c: String) { people(first: 3, after: $c) { ${PAGE} } }`, { c: cursor })).people;
    expect((await again()).edges.map((e) => e.node.name)).toEqual(expected.slice(5, 8));
    expect(await again()).toEqual(await again());

    // Backwards from the end.
    const back = await api().data<{ people: Page<{ name: string }> }>(`{ people(last: 4) { ${PAGE} } }`);
    expect(back.people.edges.map((e) => e.node.name)).toEqual(expected.slice(-4));
    expect(back.people.pageInfo.hasPreviousPage).toBe(true);
    const before = await api().data<{ people: Page<{ name: string }> }>(
      `query($c: String) { people(last: 2, before: $c) { ${PAGE} } }`,
      { c: back.people.pageInfo.startCursor },
    );
    expect(before.people.edges.map((e) => e.node.name)).toEqual(expected.slice(-6, -4));
    expect(before.people.pageInfo.hasNextPage).toBe(true);
  });

  it('pages a count-sorted list and a relationship connection with cursors', async () => {
    const one = await api().data<{ companies: Page<{ name: string }> }>(`{ companies(orderBy: {field: EMPLOYEES}, first: 1) { ${PAGE} } }`);
    expect(one.companies.edges.map((e) => e.node.name)).toEqual(['Acme']);
    const rest = await api().data<{ companies: Page<{ name: string }> }>(
      `query($c: String) { companies(orderBy: {field: EMPLOYEES}, first: 5, after: $c) { ${PAGE} } }`,
      { c: one.companies.pageInfo.endCursor },
    );
    expect(rest.companies.edges.map((e) => e.node.name)).toEqual(['Globex', 'MegaCorp']);

    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const data: { sig: { members: { totalCount: number; pageInfo: Page<unknown>['pageInfo']; nodes: Array<{ person: { name: string } }> } } } =
        await api().data(
          'query($a: String) { sig(name: "alpha") { members(first: 20, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { person { name } } } } }',
          { a: after },
        );
      names.push(...data.sig.members.nodes.map((n) => n.person.name));
      if (!data.sig.members.pageInfo.hasNextPage) break;
      after = data.sig.members.pageInfo.endCursor;
    }
    expect(names).toHaveLength(1 + ROSTER_SIZE);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('Dave Reviewer');
  });

  it('rejects a cursor of another ordering or list, and garbage', async () => {
    const one = await api().data<{ people: Page<unknown> }>(`{ people(first: 1) { ${PAGE} } }`);
    const cursor = one.people.pageInfo.endCursor;
    const res = await api().gql(
      `query($c: String) {
        a: people(orderBy: {field: ARTICLES}, after: $c) { totalCount }
        b: companies(after: $c) { totalCount }
        c: people(after: "c1.bm90IGpzb24") { totalCount }
        d: people(first: 1, last: 1) { totalCount }
      }`,
      { c: cursor },
    );
    expect(res.body.errors?.map((e) => [e.path?.[0], e.extensions?.['code']])).toEqual([
      ['a', 'INVALID_CURSOR'],
      ['b', 'INVALID_CURSOR'],
      ['c', 'INVALID_CURSOR'],
      ['d', 'BAD_USER_INPUT'],
    ]);
  });
});

describe('search', () => {
  it('finds entities of every type by name and alias, ranked, with a type filter', async () => {
    const data = await api().data<Record<string, { totalCount: number; edges: Array<{ score: number; node: Record<string, string> }> }>>(`{
      alpha: search(query: "alpha") { totalCount edges { score node { __typename ... on Entity { name } ... on Article { title } } } }
      prefix: search(query: "maint", types: [PERSON]) { edges { node { ... on Person { name } } } }
      cjk: search(query: "伊芙") { edges { node { ... on Person { name } } } }
      articles: search(query: "roster", types: [ARTICLE]) { edges { node { ... on Article { title } } } }
    }`);
    const alpha = data['alpha'];
    expect(alpha?.edges[0]?.node).toEqual({ __typename: 'Sig', name: 'SIG Alpha' });
    expect(alpha?.edges.map((e) => e.node['__typename'])).toContain('Article');
    const scores = alpha?.edges.map((e) => e.score) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(alpha?.totalCount).toBe(alpha?.edges.length);
    expect(data['prefix']?.edges.map((e) => e.node['name'])).toEqual(['Eve Maintainer']);
    expect(data['cjk']?.edges.map((e) => e.node['name'])).toEqual(['Eve Maintainer']);
    expect(data['articles']?.edges.map((e) => e.node['title'])).toEqual(['SIG Alpha roster']);
  });

  it('takes query syntax literally and pages with cursors', async () => {
    const odd = await api().gql('{ search(query: "name:* OR \\"alpha AND (beta") { totalCount } }');
    expect(odd.body.errors).toBeUndefined();
    const first = await api().data<{ search: Page<unknown> }>('{ search(query: "member roster", first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }');
    expect(first.search.totalCount).toBeGreaterThan(10);
    const next = await api().data<{ search: Page<unknown> }>(
      'query($c: String) { search(query: "member roster", first: 10, after: $c) { edges { cursor } } }',
      { c: first.search.pageInfo.endCursor },
    );
    const cursors = [...first.search.edges, ...next.search.edges].map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(20);
  });
});

describe('whoMaintains / maintainedBy', () => {
  it('answers who maintains a project and what a person maintains, with evidence', async () => {
    const data = await api().data<Record<string, { totalCount: number; nodes: Array<Record<string, unknown>> } | null>>(`{
      x: whoMaintains(project: "project x") { totalCount nodes { role person { name } evidence { quote } } }
      reviewers: whoMaintains(project: "ProjX", filter: {role: "reviewer"}) { totalCount nodes { person { name } } }
      none: whoMaintains(project: "No Such Project") { totalCount }
      bob: maintainedBy(person: "@boblead") { nodes { role project { name } } }
      nobody: maintainedBy(person: "No Body") { totalCount }
    }`);
    expect(data['x']?.nodes).toEqual([
      { role: 'maintainer', person: { name: 'Bob Lead' }, evidence: [{ quote: 'Bob is one of the maintainers of ProjX.' }] },
      { role: 'reviewer', person: { name: 'Eve Maintainer' }, evidence: [{ quote: 'Eve Maintainer MAINTAINS ProjX as reviewer.' }] },
    ]);
    expect(data['reviewers']?.nodes).toEqual([{ person: { name: 'Eve Maintainer' } }]);
    expect(data['none']).toBeNull();
    expect(data['bob']?.nodes).toEqual([{ role: 'maintainer', project: { name: 'ProjX' } }]);
    expect(data['nobody']).toBeNull();
  });
});

describe('sigNetwork', () => {
  it('weights group pairs by collaboration, sponsorship and shared people', async () => {
    const { sigNetwork } = await api().data<{ sigNetwork: { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> } }>(`{
      sigNetwork { nodes { id name kind degree weight } edges { id source target weight collaboration sponsorship sharedPeople kinds
        people { name } collaborations { evidence { quote } } sponsorships { sponsor { name } sponsored { name } } } }
    }`);
    const edges = Object.fromEntries(sigNetwork.edges.map((e) => [e['id'], e]));
    expect(edges['sig:sigalpha|sig:sigbeta']).toMatchObject({
      weight: 3,
      collaboration: 2,
      sponsorship: 0,
      sharedPeople: 1,
      kinds: ['COLLABORATION', 'SHARED_PEOPLE'],
      people: [{ name: 'Bob Lead' }],
    });
    expect((edges['sig:sigalpha|sig:sigbeta']?.['collaborations'] as Array<{ evidence: unknown[] }>)[0]?.evidence).toHaveLength(2);
    expect(edges['sig:sigalpha|sig:wggamma']).toMatchObject({ weight: 3, sponsorship: 2, sharedPeople: 1, people: [{ name: 'Carol Chair' }] });
    expect(edges['sig:sigbeta|sig:wggamma']).toMatchObject({
      weight: 1,
      sponsorship: 1,
      kinds: ['SPONSORSHIP'],
      sponsorships: [{ sponsor: { name: 'SIG Beta' }, sponsored: { name: 'WG Gamma' } }],
    });
    expect(sigNetwork.nodes.find((n) => n['name'] === 'SIG Alpha')).toEqual({ id: 'sig:sigalpha', name: 'SIG Alpha', kind: 'SIG', degree: 2, weight: 6 });

    const heavy = await api().data<{ sigNetwork: { edges: Array<{ id: string }>; nodes: Array<{ id: string }> } }>(
      '{ sigNetwork(minWeight: 2) { nodes { id } edges { id } } }',
    );
    expect(heavy.sigNetwork.edges.map((e) => e.id).sort()).toEqual(['sig:sigalpha|sig:sigbeta', 'sig:sigalpha|sig:wggamma']);
    const sigsOnly = await api().data<{ sigNetwork: { edges: Array<{ id: string }>; nodes: Array<{ id: string }> } }>(
      '{ sigNetwork(kinds: [SIG]) { nodes { id } edges { id } } }',
    );
    expect(sigsOnly.sigNetwork.edges.map((e) => e.id)).toEqual(['sig:sigalpha|sig:sigbeta']);
    const isolated = await api().data<{ sigNetwork: { nodes: Array<{ id: string; degree: number }> } }>(
      '{ sigNetwork(kinds: [WG], includeIsolated: true) { nodes { id degree } } }',
    );
    expect(isolated.sigNetwork.nodes).toEqual([{ id: 'sig:wggamma', degree: 0 }]);
  });
});
