import { describe, expect, it } from 'vitest';
import { parseVariables } from '../../src/cli/query-variables.ts';

const QUERY = 'query($name: String!, $id: ID, $first: Int, $min: Float, $on: Boolean, $kinds: [SigKind!], $kind: SigKind, $from: Date) { stats { people } }';

describe('--var NAME=VALUE', () => {
  it('types each value as the operation declares its variable', () => {
    expect(
      parseVariables(QUERY, ['name=123', 'id=person:@x', 'first=5', 'min=0.5', 'on=true', 'kinds=["SIG","WG"]', 'kind=WG', 'from=2024-01-01']),
    ).toEqual({ name: '123', id: 'person:@x', first: 5, min: 0.5, on: true, kinds: ['SIG', 'WG'], kind: 'WG', from: '2024-01-01' });
  });

  it('keeps everything after the first "=" and accepts a leading $', () => {
    expect(parseVariables(QUERY, ['$name=a=b'])).toEqual({ name: 'a=b' });
  });

  it('says which variable is wrong and why', () => {
    expect(() => parseVariables(QUERY, ['first=five'])).toThrow('--var first: "five" is not a JSON value for $first (Int), e.g. --var first=5');
    expect(() => parseVariables(QUERY, ['kinds=SIG,WG'])).toThrow(`--var kinds: "SIG,WG" is not a JSON value for $kinds ([SigKind!]), e.g. --var kinds='["a","b"]'`);
    expect(() => parseVariables(QUERY, ['nope=1'])).toThrow(/--var nope: the query declares no variable \$nope \(it declares \$name, \$id, /);
    expect(() => parseVariables('{ stats { people } }', ['x=1'])).toThrow('--var x: the query declares no variable $x (it declares none)');
    expect(() => parseVariables(QUERY, ['name'])).toThrow('--var "name": expected NAME=VALUE, e.g. --var project=etcd');
  });

  it('leaves values as text when the query does not parse (the API then reports the syntax error)', () => {
    expect(parseVariables('query($n: Int) {', ['n=5'])).toEqual({ n: '5' });
  });
});
