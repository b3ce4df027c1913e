import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { companyRelations } from '../../extractors/company-relations.ts';
import { extractTriples, fixtureCases } from './fixture-triples.ts';

const dir = fileURLToPath(new URL('./fixtures/company-relations/', import.meta.url));

describe('company-relations extractor', () => {
  for (const c of fixtureCases(dir)) {
    it(`finds PART_OF and DEVELOPS in ${c.name}, not customers, users or recipients`, () => {
      expect(extractTriples(c.path, [companyRelations])).toEqual(c.expected);
    });
  }
});
