import { describe, expect, it } from 'vitest';
import { matchedNothing, resultLines } from '../../src/cli/json-table.ts';

describe('query results on a terminal', () => {
  it('turns a connection into a table of its nodes, nested fields as a.b columns', () => {
    const lines = resultLines(
      {
        sigs: {
          totalCount: 3,
          nodes: [
            { name: 'SIG etcd', kind: 'SIG', leaders: { totalCount: 4 }, aliases: ['sig-etcd', 'etcd'] },
            { name: 'WG etcd Operator', kind: 'WG', leaders: { totalCount: 0 }, aliases: [] },
          ],
        },
      },
      120,
    );
    expect(lines).toEqual([
      'sigs: 2 of 3',
      'name              kind  leaders.totalCount  aliases',
      'SIG etcd          SIG   4                   sig-etcd, etcd',
      'WG etcd Operator  WG    0                   -',
    ]);
  });

  it('names nested objects and lists of objects by their name, title or quote', () => {
    const lines = resultLines({ whoMaintains: { nodes: [{ person: { name: 'Ann' }, evidence: [{ quote: 'Ann maintains it.' }] }] } }, 120);
    expect(lines).toEqual(['whoMaintains: 1', 'person.name  evidence', 'Ann          Ann maintains it.']);
  });

  it('prints anything else as indented JSON', () => {
    expect(resultLines({ stats: { people: 16 } }, 120)).toEqual(['stats:', '  {', '    "people": 16', '  }']);
  });

  it('cuts the last column to the terminal width', () => {
    const [, , row] = resultLines({ a: [{ id: 'x', quote: 'word '.repeat(40) }] }, 30);
    expect(row).toMatch(/^x {3}word .*…$/);
    expect(row!.length).toBeLessThanOrEqual(30);
  });

  it('knows when nothing matched: every field null, an empty list or an empty connection', () => {
    expect(matchedNothing({ person: null, search: { totalCount: 0, nodes: [] }, lookup: [] })).toBe(true);
    expect(matchedNothing({ person: null, stats: { people: 0 } })).toBe(false);
    expect(matchedNothing({ sigNetwork: { nodes: [], edges: [] } })).toBe(true);
    expect(matchedNothing({ lookup: [{ id: 'x' }] })).toBe(false);
  });
});
