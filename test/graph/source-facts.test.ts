import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Triple } from '../../src/extraction/types.ts';
import { fromExtraction, SourceError } from '../../src/graph/source-facts.ts';

const evidence = { quote: 'I lead SIG etcd.', start: 10, end: 26, channel: 'body' as const, extractor: 'roles', confidence: 0.9 };
const leads: Triple = { s: 'Ann Example', sType: 'Person', p: 'LEADS', o: 'SIG etcd', oType: 'Sig', role: 'chair', confidence: 0.9, evidence: evidence.quote, evidences: [evidence] };

function extraction(triples: Triple[], entities: ArticleExtraction['entities'] = []): ArticleExtraction {
  return { article: 'a.md', lang: 'en', meta: { title: 'T', draft: false }, hash: 'h', entities, triples, diagnostics: [] };
}

describe('fromExtraction', () => {
  it('references entities by index and adds those only a triple names', () => {
    const f = fromExtraction(extraction([leads], [{ type: 'Person', name: 'Ann Example', github: '@AnnX', aliases: ['Ann', 'Ann Example'] }]));
    expect(f.id).toBe('article:a.md');
    expect(f.entities).toEqual([
      { label: 'Person', name: 'Ann Example', github: 'annx', aliases: ['Ann'] },
      { label: 'Sig', name: 'SIG etcd', aliases: [] },
    ]);
    expect(f.triples).toEqual([{ s: { entity: 0 }, p: 'LEADS', o: { entity: 1 }, role: 'chair', evidences: [evidence] }]);
    expect(f.props).toEqual({ lang: 'en', title: 'T', draft: false });
  });

  it('turns @article into the source itself', () => {
    const authored: Triple = { ...leads, p: 'AUTHORED', o: '@article', oType: 'Article', role: undefined as never };
    delete (authored as Partial<Triple>).role;
    expect(fromExtraction(extraction([authored])).triples[0]?.o).toBe('source');
  });

  it.each([
    [{ ...leads, p: 'LIKES' as never }, /unknown predicate "LIKES"/],
    [{ ...leads, oType: 'Company' as const }, /LEADS joins Person → Sig, not Person → Company/],
    [{ ...leads, s: ' ' }, /empty Person name/],
    [{ ...leads, evidences: [] }, /no evidence/],
    [{ ...leads, evidences: [{ ...evidence, start: 30, end: 20 }] }, /not a valid span/],
    [{ ...leads, evidences: [{ ...evidence, confidence: 1.5 }] }, /confidence 1\.5 is not in \[0, 1\]/],
    [{ ...leads, p: 'AUTHORED' as const, o: 'other.md', oType: 'Article' as const }, /must be @article/],
  ])('rejects a bad triple with the file and the reason (%#)', (triple, reason) => {
    expect(() => fromExtraction(extraction([triple]))).toThrow(SourceError);
    expect(() => fromExtraction(extraction([triple]))).toThrow(reason);
    expect(() => fromExtraction(extraction([triple]))).toThrow(/^a\.md: triple 0/);
  });
});
