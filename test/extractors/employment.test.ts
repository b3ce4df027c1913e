import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { employment } from '../../extractors/employment.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/employment/', import.meta.url));

describe('employment extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds the employers stated in ${c.name}, and no customers or partners`, () => {
      expect(extractTriples(c.path, [employment])).toEqual(c.expected);
    });
  }
});
