import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { extractors } from '../../extractors/index.ts';
import { extractArticle } from '../../src/extraction/pipeline.ts';
import type { Extractor } from '../../src/extraction/types.ts';

const GOOD = new URL('../fixtures/bad-input/good.md', import.meta.url);
const added: Extractor[] = [];

afterEach(() => {
  for (const e of added.splice(0)) extractors.splice(extractors.indexOf(e), 1);
});

describe('extractArticle', () => {
  it('returns the spec shape with the hash of the file bytes', async () => {
    const bytes = await readFile(GOOD);
    const x = extractArticle('fixtures/good.md', bytes.toString('utf8'), bytes);
    expect(x).toMatchObject({ article: 'fixtures/good.md', lang: 'en', meta: { title: 'Spotlight on SIG Example' } });
    expect(x.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Array.isArray(x.entities) && Array.isArray(x.triples)).toBe(true);
  });

  it('hashes the bytes, so a byte-order mark changes the hash though not the text', async () => {
    const bytes = await readFile(GOOD);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    const text = bytes.toString('utf8');
    expect(extractArticle('a.md', text, withBom).hash).not.toBe(extractArticle('a.md', text, bytes).hash);
    expect(extractArticle('a.md', text).hash).toBe(extractArticle('a.md', text, bytes).hash);
  });

  it('turns a throw in one extractor into an error diagnostic, and the others still emit', async () => {
    const text = await readFile(GOOD, 'utf8');
    const before = extractArticle('a.md', text);
    expect(before.triples.length).toBeGreaterThan(0);
    // Written without defineExtractor, as a plugin might be, and run first.
    const throwing: Extractor = { id: 'throws', description: 'test', run: () => { throw new Error('boom'); } };
    extractors.unshift(throwing);
    added.push(throwing);
    const after = extractArticle('a.md', text);
    expect(after.diagnostics).toContainEqual({ severity: 'error', message: 'extractor throws failed: boom', source: 'extractor:throws' });
    expect(after.triples).toEqual(before.triples);
  });

  it('reports an article without front matter', () => {
    const x = extractArticle('a.md', '# Title\n\nJust a body.\n');
    expect(x.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n')).toMatch(/front matter/);
  });
});
