import { describe, expect, it } from 'vitest';
import { GoldFormatError, loadGold, parseGold } from '../../src/eval/load-gold.ts';

describe('parseGold', () => {
  it('reads articles, entities with aliases, and optional triples', () => {
    const line = JSON.stringify({
      article: 'en/x.md',
      lang: 'en',
      entities: [{ type: 'Person', name: 'Ann Lee', github: 'annlee', aliases: ['Ann'] }],
      triples: [
        { s: 'Ann Lee', p: 'LEADS', o: 'SIG Node', sType: 'Person', oType: 'Sig', role: 'chair' },
        { s: 'Ann Lee', p: 'AUTHORED', o: '@article', optional: true },
      ],
    });
    const [a] = parseGold(`${line}\n\n`, 'g.jsonl');
    expect(a?.entities).toEqual([{ type: 'Person', name: 'Ann Lee', github: 'annlee', aliases: ['Ann'] }]);
    expect(a?.triples[0]).toMatchObject({ p: 'LEADS', role: 'chair' });
    expect(a?.triples[0]?.optional).toBeUndefined();
    // Types left out of a hand-written line come from the predicate.
    expect(a?.triples[1]).toMatchObject({ sType: 'Person', oType: 'Article', optional: true });
  });

  it('names the file and line of a bad line', () => {
    const good = JSON.stringify({ article: 'a.md', lang: 'en', entities: [], triples: [] });
    expect(() => parseGold(`${good}\n{not json`, 'g.jsonl')).toThrow(/^g\.jsonl:2: not JSON/);
    const badPredicate = JSON.stringify({ article: 'b.md', lang: 'en', triples: [{ s: 'a', p: 'LIKES', o: 'b' }] });
    expect(() => parseGold(badPredicate, 'g.jsonl')).toThrow(/g\.jsonl:1: triples\[0\]: unknown predicate "LIKES"/);
    expect(() => parseGold(JSON.stringify({ lang: 'en' }), 'g.jsonl')).toThrow(GoldFormatError);
    expect(() => parseGold(`${good}\n${good}`, 'g.jsonl')).toThrow(/g\.jsonl:2: article a\.md appears twice/);
  });

  it('loads the shared seed gold', async () => {
    const gold = await loadGold('../shared/gold/seeds.jsonl');
    expect(gold.map((a) => a.article)).toContain('sig-etcd-spotlight.ja.md');
    expect(gold.every((a) => a.triples.length > 0)).toBe(true);
  });

  it('reports a gold file that cannot be read', async () => {
    await expect(loadGold('test/fixtures/no-such-gold.jsonl')).rejects.toThrow(/no-such-gold\.jsonl: cannot read gold file/);
  });
});
