/**
 * Input reaches Cypher only as parameters: every string argument of the schema (including the
 * fields of input objects, at every level) is sent hostile strings; nothing fails unexpectedly,
 * nothing is written, and nothing is found that should not be.
 */
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/schema.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()), { maxComplexity: 100_000_000, maxDepth: 50, maxTokens: 100_000, maxBodyBytes: 10_000_000 });

const HOSTILE = [
  "' OR 1=1 //",
  '"}) MATCH (m) DETACH DELETE m //',
  'x}) CREATE (:Intruder) RETURN 1 AS node //',
  '$ids',
  '`Person`',
  '*:* OR name:* AND (x',
  '\\"; CALL db.clearQueryCaches() //',
  "a'b\"c\\d\u0000\u202e",
];

/** Where each object type with arguments can be reached from the root. */
const REACH: Record<string, string> = {
  Query: '',
  Person: 'person(name: "Bob Lead")',
  Company: 'company(name: "Acme")',
  Sig: 'sig(name: "alpha")',
  Project: 'project(name: "ProjX")',
  Article: 'article(path: "fixtures/alpha-spotlight.en.md")',
};

/** Argument literals with exactly one string leaf set to `hostile` (one literal per leaf). */
function variants(type: GraphQLInputType, hostile: string): string[] {
  const named = getNamedType(type);
  const list = isListType(getNullableType(type));
  const wrap = (v: string) => (list ? `[${v}]` : v);
  // Date and DateTime are checked by their scalars during validation (below), so only String and ID here.
  if (isScalarType(named)) return ['String', 'ID'].includes(named.name) ? [wrap(JSON.stringify(hostile))] : [];
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).flatMap((f) => variants(f.type, hostile).map((v) => wrap(`{${f.name}: ${v}}`)));
  }
  return [];
}

/** A value for a required argument that is not the one under test. */
function filler(arg: GraphQLArgument): string {
  const named = getNamedType(arg.type);
  if (named.name === 'Int') return '1';
  return isListType(getNullableType(arg.type)) ? '["sig:sigalpha"]' : '"alpha"';
}

function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '{ __typename }';
  if (named.name.endsWith('Connection')) return '{ totalCount }';
  return '{ __typename }';
}

interface Probe {
  doc: string;
  /** Aliases of `search`, which may match ordinary words of a hostile string. */
  searches: Set<string>;
}

/** One document per hostile string and reachable type, with every string leaf as an alias. */
function documents(hostile: string): Probe[] {
  const schema = buildSchema();
  const docs: Probe[] = [];
  for (const [typeName, reach] of Object.entries(REACH)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const fields: string[] = [];
    const searches = new Set<string>();
    let n = 0;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        for (const value of variants(arg.type, hostile)) {
          const required = field.args.filter((a) => a !== arg && isNonNullType(a.type)).map((a) => `${a.name}: ${filler(a)}`);
          const alias = `f${n++}`;
          if (field.name === 'search') searches.add(alias);
          fields.push(`${alias}: ${field.name}(${[`${arg.name}: ${value}`, ...required].join(', ')}) ${selection(field.type)}`);
        }
      }
    }
    docs.push({ doc: reach === '' ? `{ ${fields.join('\n')} }` : `{ ${reach} { ${fields.join('\n')} } }`, searches });
  }
  return docs;
}

const ALLOWED = new Set(['BAD_USER_INPUT', 'INVALID_CURSOR', 'GRAPHQL_VALIDATION_FAILED']);

describe('injection', () => {
  it('treats hostile strings in every argument as plain values', async () => {
    const before = await api().data<{ stats: unknown }>('{ stats { people companies sigs projects articles evidence relationships } }');
    let fieldsTried = 0;
    for (const hostile of HOSTILE) {
      for (const { doc, searches } of documents(hostile)) {
        fieldsTried += doc.split('\n').length;
        const res = await api().gql(doc);
        const codes = new Set((res.body.errors ?? []).map((e) => String(e.extensions?.['code'])));
        for (const code of codes) expect(ALLOWED, `${code} for ${JSON.stringify(hostile)}: ${JSON.stringify(res.body.errors?.[0])}`).toContain(code);
        // Nothing hostile matches an entity: lookups find nothing, filtered lists are empty.
        const data = Object.entries(res.body.data ?? {}).filter(([alias]) => !searches.has(alias));
        const found = JSON.stringify(data).match(/"totalCount":[1-9]/g) ?? [];
        expect(found.length, `a hostile filter matched something: ${JSON.stringify(hostile)}`).toBe(0);
      }
    }
    expect(fieldsTried).toBeGreaterThan(150);
    const after = await api().data<{ stats: unknown }>('{ stats { people companies sigs projects articles evidence relationships } }');
    expect(after).toEqual(before);
    for (const hostile of HOSTILE) {
      const res = await api().gql(`{ articles(filter: {date: {from: ${JSON.stringify(hostile)}}}) { totalCount } }`);
      expect(res.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    const { records } = await db().driver.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n', {}, { database: db().database });
    expect(Number(records[0]?.get('n'))).toBe(0);
  }, 600_000);
});
