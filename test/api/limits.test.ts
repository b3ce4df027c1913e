/** Limits and errors: each refusal has its stable code; unexpected errors are masked and logged. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CypherReader } from '../../src/api/cypher-reader.ts';
import { useTestDatabase, testDatabaseInfo } from '../helpers/neo4j.ts';
import { loadFixtureGraph } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()), { maxDepth: 8, maxComplexity: 3_000, maxTokens: 1_000, maxBodyBytes: 20_000 });

function codes(res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }): unknown[] {
  return (res.body.errors ?? []).map((e) => e.extensions?.['code']);
}

describe('limits', () => {
  it('refuses a query nested deeper than the limit before running it', async () => {
    api().queries.length = 0;
    const res = await api().gql(
      '{ sig(name: "alpha") { leaders(first: 1) { nodes { person { worksAt(first: 1) { nodes { company { employees(first: 1) { nodes { person { name } } } } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(res.body.errors?.[0]?.extensions?.['limit']).toBe(8);
    expect(api().queries).toHaveLength(0);
  });

  it('refuses a query whose estimated cost is over the limit, counting page sizes and variables', async () => {
    const query = 'query($n: Int) { people(first: $n) { nodes { leads(first: $n) { nodes { sig { name } } } } } }';
    const small = await api().gql(query, { n: 5 });
    expect(small.body.errors).toBeUndefined();
    const big = await api().gql(query, { n: 100 });
    expect(big.status).toBe(400);
    expect(codes(big)).toEqual(['COMPLEXITY_LIMIT_EXCEEDED']);
    expect(big.body.errors?.[0]?.extensions?.['cost']).toBeGreaterThan(3_000);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: people(first: 100) { nodes { name } }`).join(' ');
    expect(codes(await api().gql(`{ ${aliases} }`))).toEqual(['COMPLEXITY_LIMIT_EXCEEDED']);
  });

  it('refuses pages larger than the maximum page size, and negative ones', async () => {
    const res = await api().gql('{ people(first: 101) { totalCount } sigs(last: -1) { totalCount } sig(name: "alpha") { leaders { nodes { evidence(first: 500) { quote } } } } }');
    expect(res.status).toBe(200);
    expect(codes(res).sort()).toEqual(['BAD_USER_INPUT', 'PAGE_SIZE_EXCEEDED', 'PAGE_SIZE_EXCEEDED']);
  });

  it('refuses documents with too many tokens', async () => {
    const fields = Array.from({ length: 1_200 }, () => '__typename').join(' ');
    const res = await api().gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const res = await fetch(`${api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(25_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions['code']).toBe('REQUEST_TOO_LARGE');
  });

  it('gives parse and validation errors their codes', async () => {
    expect(codes(await api().gql('{ people { '))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codes(await api().gql('{ people { nope } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await api().gql('{ articles(filter: {date: {from: "2024-13-45"}}) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await api().gql('{ sig(name: "alpha") { leaders(filter: {minConfidence: 2}) { totalCount } } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the execution module', () => {
  it('stops a query at the transaction timeout with QUERY_TIMEOUT', async () => {
    const info = testDatabaseInfo();
    const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
    const reader = new CypherReader({ driver, database: info.database, timeoutMs: 200 });
    try {
      const slow = { name: 'slow', cypher: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', params: {} };
      await expect(reader.read(slow)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    } finally {
      await driver.close();
    }
  });

  it('reads in read-only transactions: a write is refused', async () => {
    const info = testDatabaseInfo();
    const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
    const reader = new CypherReader({ driver, database: info.database, timeoutMs: 5_000 });
    try {
      await expect(reader.read({ name: 'write', cypher: 'CREATE (n:Intruder) RETURN n', params: {} })).rejects.toThrow(/write|read/i);
      const { records } = await driver.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n', {}, { database: info.database });
      expect(records[0]?.get('n')).toEqual(neo4j.int(0));
    } finally {
      await driver.close();
    }
  });
});

describe('errors', () => {
  it('masks unexpected errors as INTERNAL_SERVER_ERROR and logs them with the request id', async () => {
    // A database failure the API does not expect (here: a dropped full-text index) must not leak.
    const session = db().driver.session({ database: db().database });
    try {
      await session.run('DROP INDEX entity_names IF EXISTS');
      const res = await api().gql('{ search(query: "alpha") { totalCount } }', undefined, { headers: { 'x-request-id': 'test-mask-1' } });
      expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      const error = res.body.errors?.[0];
      expect(error?.message).toBe('Internal server error (request test-mask-1)');
      expect(error?.extensions?.['requestId']).toBe('test-mask-1');
      expect(JSON.stringify(res.body)).not.toMatch(/entity_names|Neo4j|Cypher|procedure/i);
      const logged = api().logs.find((l) => l['requestId'] === 'test-mask-1' && l['level'] === 50);
      expect(logged?.['msg']).toMatch(/unexpected error/);
      expect(JSON.stringify(logged?.['err'])).toMatch(/entity_names/);
    } finally {
      await session.run("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Company|Sig|Project) ON EACH [n.name, n.aliases]");
      await session.run('CALL db.awaitIndexes(60)');
      await session.close();
    }
  });
});
