import { buildSchema, GraphQLError, parse, specifiedRules, type ValidationRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentCache } from '../../src/api/document-cache.ts';

const schema = buildSchema('type Query { hello(n: Int): String }');

describe('documentCache', () => {
  it('parses a query text once and hands out the same document', () => {
    let parses = 0;
    const cache = documentCache((s) => {
      parses++;
      return parse(s);
    });
    const a = cache.parse('{ hello }');
    const b = cache.parse('{ hello }');
    expect(b).toBe(a);
    cache.parse('{ hello(n: 1) }');
    expect(parses).toBe(2);
  });

  it('does not keep documents that failed to parse', () => {
    let parses = 0;
    const cache = documentCache((s) => {
      parses++;
      return parse(s);
    });
    expect(() => cache.parse('{ hello')).toThrow();
    expect(() => cache.parse('{ hello')).toThrow();
    expect(parses).toBe(2);
  });

  it('evicts the least recently used text beyond its capacity', () => {
    const cache = documentCache(parse, 2);
    const first = cache.parse('{ hello }');
    cache.parse('{ a: hello }');
    cache.parse('{ hello }');
    cache.parse('{ b: hello }');
    expect(cache.parse('{ hello }')).toBe(first);
    expect(cache.parse('{ a: hello }')).not.toBe(cache.parse('{ b: hello }'));
  });

  it('remembers the specified rules’ verdict but runs the request’s own rules every time', () => {
    const cache = documentCache(parse);
    let runs = 0;
    const own: ValidationRule = (context) => ({
      Document() {
        runs++;
        context.reportError(new GraphQLError('too costly'));
      },
    });
    const ok = cache.parse('{ hello }');
    expect(cache.validate(schema, ok, [...specifiedRules]).length).toBe(0);
    expect(cache.validate(schema, ok, [...specifiedRules, own]).length).toBe(1);
    expect(cache.validate(schema, ok, [...specifiedRules, own]).length).toBe(1);
    expect(runs).toBe(2);

    const bad = cache.parse('{ nope }');
    const errors = cache.validate(schema, bad, [...specifiedRules, own]);
    expect(errors.map((e) => e.message)).toEqual(['Cannot query field "nope" on type "Query".']);
    expect(cache.validate(schema, bad, [...specifiedRules])).toBe(errors);
  });
});
