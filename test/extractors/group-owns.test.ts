import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { groupOwnership } from '../../extractors/group-owns.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/group-owns/', import.meta.url));

describe('group-owns extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds what the groups of ${c.name} own, not tools they use or negated scope`, () => {
      expect(extractTriples(c.path, [groupOwnership])).toEqual(c.expected);
    });
  }
});
