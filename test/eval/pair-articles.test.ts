import { describe, expect, it } from 'vitest';
import { isPathSuffix, pairArticles } from '../../src/eval/pair-articles.ts';

const a = (article: string): { article: string } => ({ article });

describe('isPathSuffix', () => {
  it('matches whole trailing path segments only', () => {
    expect(isPathSuffix('en/x.md', '../shared/corpus/dev/en/x.md')).toBe(true);
    expect(isPathSuffix('x.md', 'x.md')).toBe(true);
    expect(isPathSuffix('x.md', 'seeds/ax.md')).toBe(false);
    expect(isPathSuffix('en/x.md', 'ja/x.md')).toBe(false);
    expect(isPathSuffix('en/x.md', 'C:\\corpus\\en\\x.md')).toBe(true);
    expect(isPathSuffix('x.md', './x.md')).toBe(true);
  });
});

describe('pairArticles', () => {
  it('pairs by the longest gold suffix, and each gold article once', () => {
    const gold = [a('x.md'), a('en/x.md'), a('y.md')];
    const outputs = [a('corpus/en/x.md'), a('seeds/x.md'), a('again/en/x.md'), a('z.md')];
    const { pairs, missing, unpaired } = pairArticles(outputs, gold);
    expect(pairs.map((p) => [p.output.article, p.gold.article])).toEqual([
      ['corpus/en/x.md', 'en/x.md'],
      ['seeds/x.md', 'x.md'],
    ]);
    expect(missing.map((g) => g.article)).toEqual(['y.md']);
    expect(unpaired.map((o) => o.article)).toEqual(['again/en/x.md', 'z.md']);
  });
});
