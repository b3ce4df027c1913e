import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { groupRelations } from '../../extractors/group-relations.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/group-relations/', import.meta.url));

describe('group-relations extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds COLLABORATES_WITH and SPONSORS in ${c.name}, not negated or personal ones`, () => {
      expect(extractTriples(c.path, [groupRelations])).toEqual(c.expected);
    });
  }
});
