import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rolesExtractor } from '../../extractors/roles.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/roles/', import.meta.url));
const mine = (l: string): boolean => / (?:LEADS|MEMBER_OF) /.test(l);

describe('roles extractor (LEADS, MEMBER_OF)', () => {
  for (const c of fixtureCases(dir)) {
    it(`links people to the groups they lead or belong to in ${c.name}`, () => {
      expect(extractTriples(c.path, [rolesExtractor])).toEqual(c.expected.filter(mine));
    });
  }
});
