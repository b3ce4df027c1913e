/** Runs extractors over fixture articles and gives the resolved triples as `s p o` lines, for comparing with hand-written expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/article/parse-article.ts';
import { resolve, type ExtractorOutput } from '../../src/extraction/resolve.ts';
import type { Extractor } from '../../src/extraction/types.ts';

export interface FixtureCase {
  name: string;
  path: string;
  expected: string[];
}

interface ExpectedTriple {
  s: string;
  p: string;
  o: string;
}

const line = (t: ExpectedTriple): string => `${t.s} ${t.p} ${t.o}`;

/**
 * Every `<case>.md` with its `<case>.expected.json` in a folder. A case may be a symbolic link to
 * another folder's article, so one article is checked against each extractor's expectations.
 */
export function fixtureCases(dir: string): FixtureCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.md$/, '.expected.json')), 'utf8')) as ExpectedTriple[];
      return { name: f, path: join(dir, f), expected: expected.map(line).sort() };
    });
}

/** Parses the article, runs the extractors, resolves, and returns the triples as sorted `s p o` lines. */
export function extractTriples(path: string, extractors: Extractor[]): string[] {
  const article = parseArticle(path, readFileSync(path, 'utf8'));
  const output: ExtractorOutput = { entities: [], triples: [] };
  for (const x of extractors) {
    x.run(article, {
      entity: (e) => output.entities.push(e),
      triple: (t) => output.triples.push({ ...t, extractor: x.id }),
      diagnostic: () => undefined,
    });
  }
  return resolve(article, output).triples.map(line).sort();
}
