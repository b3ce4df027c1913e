/** Lookups by id, name, alias and handle; `lookup`, `node(s)`, `article`, `stats`. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph, ROSTER_SIZE } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()));

describe('lookups', () => {
  it('finds a person by name, by alias in another script, by handle with or without @, and by id', async () => {
    const data = await api().data<Record<string, { id: string; name: string } | null>>(`{
      byName: person(name: "bob lead") { id name }
      byAlias: person(name: "ボブ・リード") { id name }
      byHandle: person(github: "BobLead") { id name }
      byAt: person(name: "@boblead") { id name }
      byId: person(id: "person:@boblead") { id name }
      missing: person(name: "Nobody Here") { id name }
      wrongType: person(id: "sig:sigalpha") { id }
    }`);
    for (const key of ['byName', 'byAlias', 'byHandle', 'byAt', 'byId']) {
      expect(data[key], key).toEqual({ id: 'person:@boblead', name: 'Bob Lead' });
    }
    expect(data['missing']).toBeNull();
    expect(data['wrongType']).toBeNull();
  });

  it('finds groups by full name, short name, directory and id; companies and projects by alias', async () => {
    const data = await api().data<Record<string, { name: string } | null>>(`{
      full: sig(name: "SIG Alpha") { name }
      short: sig(name: "alpha") { name }
      dir: sig(name: "sig-alpha") { name }
      wg: sig(name: "gamma") { name }
      id: sig(id: "sig:sigalpha") { name }
      company: company(name: "アクメ") { name }
      project: project(name: "project-x") { name }
    }`);
    expect(data).toEqual({
      full: { name: 'SIG Alpha' },
      short: { name: 'SIG Alpha' },
      dir: { name: 'SIG Alpha' },
      wg: { name: 'WG Gamma' },
      id: { name: 'SIG Alpha' },
      company: { name: 'Acme' },
      project: { name: 'ProjX' },
    });
  });

  it('rejects a lookup with no or several arguments', async () => {
    const res = await api().gql('{ a: sig { name } b: company(id: "company:acme", name: "Acme") { name } }');
    expect(res.status).toBe(200);
    expect(res.body.errors?.map((e) => [e.path?.[0], e.extensions?.['code']])).toEqual([
      ['a', 'BAD_USER_INPUT'],
      ['b', 'BAD_USER_INPUT'],
    ]);
  });

  it('lists every entity a name fits with `lookup`', async () => {
    const data = await api().data<{ lookup: Array<{ __typename: string; id: string }> }>(
      '{ lookup(name: "Acme") { __typename id } }',
    );
    expect(data.lookup).toEqual([{ __typename: 'Company', id: 'company:acme' }]);
    const res = await api().gql('{ lookup(name: "Acme", types: [ARTICLE]) { id } }');
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('resolves nodes by global id, in order, null for unknown ids', async () => {
    const data = await api().data<{ nodes: Array<{ __typename: string; id: string } | null>; node: { title: string } }>(`{
      nodes(ids: ["project:projx", "nope:1", "company:globex", "registry:sigs.yaml"]) { __typename id }
      node(id: "article:fixtures/gamma.zh.md") { ... on Article { title } }
    }`);
    expect(data.nodes).toEqual([
      { __typename: 'Project', id: 'project:projx' },
      null,
      { __typename: 'Company', id: 'company:globex' },
      { __typename: 'Registry', id: 'registry:sigs.yaml' },
    ]);
    expect(data.node).toEqual({ title: 'WG Gamma 介绍' });
  });

  it('finds an article by path and by canonical URL with or without the trailing slash', async () => {
    const data = await api().data<Record<string, { title: string; date: string; language: string; url: string | null } | null>>(`{
      byPath: article(path: "fixtures/alpha-spotlight.en.md") { title date language url }
      byUrl: article(url: "https://example.org/alpha") { title date language url }
      none: article(path: "fixtures/none.md") { title date language url }
    }`);
    const expected = { title: 'Spotlight on SIG Alpha', date: '2024-01-10', language: 'EN', url: 'https://example.org/alpha/' };
    expect(data['byPath']).toEqual(expected);
    expect(data['byUrl']).toEqual(expected);
    expect(data['none']).toBeNull();
  });

  it('counts the graph in `stats`', async () => {
    const { stats } = await api().data<{ stats: Record<string, unknown> }>(`{ stats {
      people companies sigs projects articles evidence relationships lastIngestedAt
      sigsByKind { kind count } articlesByLanguage { language count }
      relationshipsByPredicate { predicate count }
    } }`);
    expect(stats).toMatchObject({
      people: 7 + ROSTER_SIZE,
      companies: 3,
      sigs: 3,
      projects: 2,
      articles: 4,
      sigsByKind: [
        { kind: 'SIG', count: 2 },
        { kind: 'WG', count: 1 },
      ],
      articlesByLanguage: [
        { language: 'EN', count: 2 },
        { language: 'JA', count: 1 },
        { language: 'ZH', count: 1 },
      ],
    });
    const byPredicate = Object.fromEntries((stats['relationshipsByPredicate'] as Array<{ predicate: string; count: number }>).map((x) => [x.predicate, x.count]));
    expect(byPredicate).toMatchObject({ LEADS: 4, MEMBER_OF: 2 + ROSTER_SIZE, COLLABORATES_WITH: 1, SPONSORS: 2, ABOUT: 2 });
    expect(stats['relationships']).toBe(Object.values(byPredicate).reduce((a, b) => a + b, 0));
    expect(typeof stats['lastIngestedAt']).toBe('string');
  });
});
