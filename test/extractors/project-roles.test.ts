import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { projectRolesExtractor } from '../../extractors/project-roles.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/roles/', import.meta.url));
const mine = (l: string): boolean => / (?:MAINTAINS|CONTRIBUTES_TO) /.test(l);

describe('project-roles extractor (MAINTAINS, CONTRIBUTES_TO)', () => {
  for (const c of fixtureCases(dir)) {
    it(`links people to the projects they maintain or contribute to in ${c.name}`, () => {
      expect(extractTriples(c.path, [projectRolesExtractor])).toEqual(c.expected.filter(mine));
    });
  }
});
