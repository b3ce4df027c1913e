/** The pure parts: Cypher builders (input only as parameters), keyset seeks, cursors, Lucene escaping, cost. */
import fc from 'fast-check';
import { parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/api/cursor.ts';
import { listCountQuery, listPageQuery, type ListFilter } from '../../src/api/cypher/entity-list.ts';
import { evidenceByKeyQuery } from '../../src/api/cypher/evidence.ts';
import { orderBy, seekCondition, type SortKey } from '../../src/api/cypher/keyset.ts';
import { exactKeysQuery, lookupQuery, nodesByIdQuery } from '../../src/api/cypher/nodes.ts';
import { Params } from '../../src/api/cypher/params.ts';
import { relationshipPageQuery, relationshipPagesQuery } from '../../src/api/cypher/relationship-page.ts';
import { luceneQuery, searchPageQuery, searchWords } from '../../src/api/cypher/search.ts';
import { candidates, likelyId } from '../../src/api/entity-ref.ts';
import { DEFAULT_LIMITS } from '../../src/api/limits.ts';
import { connection, pageRequest } from '../../src/api/pagination.ts';
import { RELATIONSHIP_FIELDS } from '../../src/api/relationship-fields.ts';
import { buildSchema } from '../../src/api/schema.ts';
import { costEstimator, limitedParse, validationRules } from '../../src/api/validation-rules.ts';

const seek = { limit: 21, backward: false, cursor: undefined };

describe('Cypher builders', () => {
  it('never put input into the Cypher text: the text depends only on which filters are set', () => {
    const build = (v: string) => {
      const ref = { raw: v, keys: [v, `sig${v}`] };
      const people: ListFilter = {
        label: 'Person',
        filter: { nameKey: v, alias: ref, github: v, company: ref, sig: ref, role: v, sigKinds: [v], project: ref, sources: { kind: 'article', language: v, dateFrom: v, dateTo: v } },
      };
      const articles: ListFilter = { label: 'Article', filter: { title: v, language: v, dateFrom: v, dateTo: v, sig: ref, person: ref } };
      return [
        listPageQuery(people, { field: 'NAME', direction: 'ASC' }, { limit: 5, backward: false, cursor: [v, v] }),
        listCountQuery(articles),
        relationshipPageQuery(RELATIONSHIP_FIELDS.Sig.leaders, [v], { role: v, minConfidence: 0.5, language: v, kinds: [v] }, { field: 'NAME', direction: 'ASC' }, seek),
        relationshipPagesQuery([
          { field: RELATIONSHIP_FIELDS.Person.leads, parentIds: [v], filter: { role: v }, order: { field: 'CONFIDENCE', direction: 'DESC' }, seek, extras: { total: true, evidence: { limit: 2, sourceKind: 'article' } } },
          { field: RELATIONSHIP_FIELDS.Person.worksAt, parentIds: [v], filter: { dateFrom: v, language: v }, order: { field: 'NAME', direction: 'ASC' }, seek: { limit: 3, backward: true, cursor: [v, v] } },
        ]),
        evidenceByKeyQuery([v], { limit: 3, predicates: [v] }),
        lookupQuery(['Person', 'Sig'], [v], [v]),
        searchPageQuery(['Person', 'Article'], searchWords(`${v} x`), seek),
        nodesByIdQuery([`person:${v}`, `sig:${v}`]),
      ];
    };
    const reference = build('reference').map((q) => q?.cypher);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (hostile) => {
        const queries = build(hostile);
        expect(queries.map((q) => q?.cypher)).toEqual(reference);
        expect(JSON.stringify(queries.map((q) => q?.params))).toContain(JSON.stringify(hostile).slice(1, -1));
      }),
    );
  });

  it('turns a cursor into a seek condition that follows the sort directions', () => {
    const keys: SortKey[] = [
      { expr: 'k0', direction: 'DESC' },
      { expr: 'n.id', direction: 'ASC' },
    ];
    const params = new Params();
    expect(seekCondition(keys, { limit: 3, backward: false, cursor: [5, 'a'] }, params)).toBe('((k0 < $cur0) OR (k0 = $cur0 AND n.id > $cur1))');
    expect(params.values).toEqual({ cur0: 5, cur1: 'a' });
    expect(seekCondition(keys, { limit: 3, backward: true, cursor: [5, 'a'] }, new Params())).toBe('((k0 > $cur0) OR (k0 = $cur0 AND n.id < $cur1))');
    expect(orderBy(keys, false)).toBe('ORDER BY k0 DESC, n.id ASC');
    expect(orderBy(keys, true)).toBe('ORDER BY k0 ASC, n.id DESC');
    expect(seekCondition(keys, { limit: 3, backward: false }, new Params())).toBeUndefined();
  });

  it('escapes Lucene syntax and exact keys', () => {
    expect(luceneQuery(searchWords('Marek  SIAR'))).toBe('marek siar siar*');
    expect(luceneQuery(searchWords('a:b (c) "d" AND*'))).toBe('a\\:b \\(c\\) \\"d\\" and\\*');
    expect(luceneQuery(searchWords('谷歌'))).toBe('谷歌');
    expect(exactKeysQuery(['sigetcd', 'a"b\\c'])).toBe('"sigetcd" OR "a\\"b\\\\c"');
  });

  it('groups ids by the label their prefix names and ignores ids no node can have', () => {
    const q = nodesByIdQuery(['person:@a', 'sig:sigx', 'person:b', 'evil:1', 'nocolon']);
    expect(q?.cypher).toContain('MATCH (n:Person {id: id})');
    expect(q?.cypher).toContain('MATCH (n:Sig {id: id})');
    expect(Object.values(q?.params ?? {})).toEqual([['person:@a', 'person:b'], ['sig:sigx']]);
    expect(nodesByIdQuery(['evil:1'])).toBeUndefined();
  });
});

describe('names to lookup keys', () => {
  it('tries handles for people and SIG/WG forms for groups', () => {
    expect(candidates('Person', '@Serathius')).toEqual({ ids: ['@Serathius', 'person:@serathius'], keys: ['@serathius'] });
    expect(candidates('Person', 'serathius').keys).toEqual(['serathius', '@serathius']);
    expect(candidates('Person', 'Marek Siarkowicz').keys).toEqual(['mareksiarkowicz']);
    expect(candidates('Sig', 'etcd').keys).toEqual(['etcd', 'sigetcd', 'wgetcd', 'ugetcd']);
    expect(candidates('Sig', 'SIG etcd').keys).toEqual(['sigetcd']);
    expect(() => candidates('Company', '   ')).toThrow(/must not be empty/);
  });
});

describe('likely ids', () => {
  it('guesses an id from a handle, a group or project name, or the id itself; never from a person’s plain name', () => {
    expect(likelyId('Person', '@Serathius')).toBe('person:@serathius');
    expect(likelyId('Person', 'Marek Siarkowicz')).toBeUndefined();
    expect(likelyId('Project', 'Kubernetes')).toBe('project:kubernetes');
    expect(likelyId('Project', 'project:kubernetes')).toBe('project:kubernetes');
    expect(likelyId('Sig', 'etcd')).toBe('sig:sigetcd');
    expect(likelyId('Sig', 'WG Gamma')).toBe('sig:wggamma');
  });
});

describe('cursors and pages', () => {
  it('round-trips cursors and refuses others', () => {
    const cursor = encodeCursor('Person:NAME:ASC', ['ann', 'person:@ann']);
    expect(decodeCursor(cursor, 'Person:NAME:ASC', 2)).toEqual(['ann', 'person:@ann']);
    for (const [c, o, n] of [
      [cursor, 'Company:NAME:ASC', 2],
      [cursor, 'Person:NAME:ASC', 3],
      ['c1.!!!', 'Person:NAME:ASC', 2],
      ['abc', 'Person:NAME:ASC', 2],
      [encodeCursor('Person:NAME:ASC', [{ x: 1 }, 'y']), 'Person:NAME:ASC', 2],
    ] as const) {
      expect(() => decodeCursor(c, o, n)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_CURSOR' }) }));
    }
  });

  it('checks page arguments and builds page info in both directions', () => {
    expect(() => pageRequest({ first: 101 }, 'x', 1, DEFAULT_LIMITS)).toThrow(/at most 100/);
    expect(() => pageRequest({ first: 1, last: 1 }, 'x', 1, DEFAULT_LIMITS)).toThrow(/not both/);
    expect(() => pageRequest({ last: 1, after: 'c' }, 'x', 1, DEFAULT_LIMITS)).toThrow(/before/);
    const forward = pageRequest({ first: 2 }, 'o', 1, DEFAULT_LIMITS);
    const rows = ['a', 'b', 'c'].map((node) => ({ node, sortKey: [node] }));
    const page = connection(rows, forward, async () => 3);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const backward = pageRequest({ last: 2 }, 'o', 1, DEFAULT_LIMITS);
    const back = connection([...rows].reverse(), backward, async () => 3);
    expect(back.nodes).toEqual(['b', 'c']);
    expect(back.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('cost model', () => {
  const schema = buildSchema();
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator(DEFAULT_LIMITS)] });

  it('multiplies what a page holds by its size, default size when none is asked', () => {
    expect(cost('{ stats { people } }')).toBe(1);
    expect(cost('{ people(first: 10) { totalCount nodes { name } } }')).toBe(1 + 10 * 1);
    expect(cost('{ people { nodes { name } } }')).toBe(1 + DEFAULT_LIMITS.defaultPageSize);
    expect(cost('query($n: Int) { people(first: $n) { nodes { leads(first: $n) { nodes { sig { name } } } } } }', { n: 10 })).toBe(1 + 10 * (1 + 1 + 10 * 2));
    // Sizes over the maximum count as the maximum; execution refuses them with PAGE_SIZE_EXCEEDED.
    expect(cost('{ people(first: 5000) { nodes { name } } }')).toBe(1 + 100);
  });

  it('refuses documents over the token budget at parse time', () => {
    const parseSmall = limitedParse({ ...DEFAULT_LIMITS, maxTokens: 10 });
    expect(parseSmall('{ a b c }').kind).toBe('Document');
    expect(() => parseSmall('{ a b c d e f g h i j k }')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOKEN_LIMIT_EXCEEDED' }) }));
  });

  it('reports the limits as validation errors with codes', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3, maxComplexity: 50 };
    const errors = validate(schema, parse('{ people(first: 100) { nodes { leads { nodes { sig { name } } } } } }'), validationRules(limits, {}));
    expect(errors.map((e) => e.extensions['code']).sort()).toEqual(['COMPLEXITY_LIMIT_EXCEEDED', 'DEPTH_LIMIT_EXCEEDED']);
  });
});
