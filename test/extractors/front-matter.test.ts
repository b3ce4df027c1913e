import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { frontMatterExtractor } from '../../extractors/front-matter.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/front-matter/', import.meta.url));

describe('front-matter extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds the authors, translators and employers of ${c.name}`, () => {
      expect(extractTriples(c.path, [frontMatterExtractor])).toEqual(c.expected);
    });
  }
});
