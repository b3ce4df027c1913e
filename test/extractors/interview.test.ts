import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { frontMatterExtractor } from '../../extractors/front-matter.ts';
import { interviewExtractor } from '../../extractors/interview.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/interview/', import.meta.url));

describe('interview extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds who is interviewed and what ${c.name} is about`, () => {
      const lines = extractTriples(c.path, [frontMatterExtractor, interviewExtractor]).filter((l) => !/ WORKS_AT /.test(l));
      expect(lines).toEqual(c.expected);
    });
  }
});
