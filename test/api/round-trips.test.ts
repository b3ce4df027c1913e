/** The number of Cypher round trips of a request does not grow with the sizes of its lists. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()), { maxComplexity: 100_000_000 });

/** Round trips of one request, counted by the execution module. */
async function roundTrips(query: string, variables: Record<string, unknown>): Promise<{ trips: number; items: number }> {
  api().queries.length = 0;
  const res = await api().gql(query, variables);
  expect(res.body.errors).toBeUndefined();
  return { trips: api().queries.length, items: JSON.stringify(res.body.data).split('"name"').length - 1 };
}

describe('round trips', () => {
  it('stay the same whatever the page sizes: one per field and level, not per item', async () => {
    // people → their groups → each group's members → each member's employers, with sources and evidence.
    const query = `query($n: Int) {
      people(first: $n) {
        totalCount
        nodes {
          name
          sources { id }
          memberOf(first: $n) { totalCount nodes {
            sig { name members(first: $n) { totalCount nodes { person { name worksAt(first: $n) { nodes { company { name } } } } } } }
            evidence { quote source { id } }
          } }
          worksAt(first: $n) { nodes { company { name sigLeaderCount } } }
        }
      }
    }`;
    const small = await roundTrips(query, { n: 2 });
    const large = await roundTrips(query, { n: 50 });
    expect(large.items).toBeGreaterThan(small.items * 10);
    // One query per field and nesting level (people page and count, sources, memberOf page and
    // count, members page and count, worksAt at two levels, evidence, sigLeaderCount) is 11 at
    // most; how DataLoader ticks line up may merge two of them, never split one per item.
    expect(small.trips).toBeLessThanOrEqual(11);
    expect(large.trips).toBeLessThanOrEqual(11);
  });

  it('batch sibling lookups of nodes across a list into one query', async () => {
    const query = `query($n: Int) { sig(name: "alpha") { members(first: $n) { nodes { person { name sources { id } } evidence { source { id } } } } } }`;
    const small = await roundTrips(query, { n: 1 });
    const large = await roundTrips(query, { n: 60 });
    expect(large.items).toBe(60);
    expect(large.trips).toBe(small.trips);
  });

  it('fold a lookup by handle or id into the query of its relationship pages', async () => {
    const query = `query($gh: String!) { person(github: $gh) { name leads { nodes { sig { name } evidence(first: 2) { quote } } } worksAt { nodes { company { name } } } } }`;
    api().queries.length = 0;
    const res = await api().gql(query, { gh: 'boblead' });
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data as { person: { name: string; leads: { nodes: unknown[] } } };
    expect(data.person.name).toBe('Bob Lead');
    expect(data.person.leads.nodes.length).toBeGreaterThan(0);
    // One query for both pages with their evidence, which brings the person too; the field
    // resolvers find the pages in the loaders' cache.
    expect(api().queries.map((q) => q.name)).toEqual(['pages:Person.LEADS.out+Person.WORKS_AT.out']);

    api().queries.length = 0;
    const missing = await api().gql(query, { gh: 'nobody-here' });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data).toEqual({ person: null });
    // The handle matched no id: the pages came back empty, then the lookup looked further.
    expect(api().queries.map((q) => q.name)).toEqual(['pages:Person.LEADS.out+Person.WORKS_AT.out', 'nodes.byId', 'nodes.lookup']);
  });

  it('are reported per request in the metrics', async () => {
    await api().gql('{ stats { people } }');
    const metrics = await (await fetch(`${api().url}/metrics`)).text();
    expect(metrics).toMatch(/sig_atlas_graphql_cypher_round_trips_count \d+/);
    expect(metrics).toMatch(/sig_atlas_cypher_queries_total\{query="stats",outcome="ok"\} \d+/);
  });
});
