import { chmod, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFiles, position, type FileResult } from '../../src/extraction/extract-files.ts';

const FIXTURES = new URL('../fixtures/bad-input/', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sig-atlas-extract-files-'));
  for (const f of ['good.md', 'invalid-yaml.md', 'no-front-matter.md', 'empty.md']) await copyFile(join(FIXTURES, f), join(dir, f));
  await writeFile(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(join(dir, 'latin1.md'), Buffer.from('---\ntitle: Se\xf1or\n---\n', 'latin1'));
  await writeFile(join(dir, 'large.md'), `---\ntitle: large\n---\n${'A sentence.\n\n'.repeat(200)}`);
});

afterAll(async () => {
  await chmod(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

async function run(names: string[], maxBytes?: number): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const r of extractFiles(names.map((n) => join(dir, n)), maxBytes === undefined ? {} : { maxBytes })) results.push(r);
  return results;
}

describe('extractFiles', () => {
  it('extracts each file, and a bad file between good ones fails alone with its reason', async () => {
    const results = await run(['good.md', 'binary.md', 'latin1.md', 'empty.md', 'missing.md', 'large.md', 'good.md'], 1024);
    expect(results.map((r) => [r.path.slice(dir.length + 1), r.failed, r.extraction !== undefined])).toEqual([
      ['good.md', false, true],
      ['binary.md', true, false],
      ['latin1.md', true, false],
      ['empty.md', true, false],
      ['missing.md', true, false],
      ['large.md', true, false],
      ['good.md', false, true],
    ]);
    const reasons = results.map((r) => r.diagnostics.map((d) => `${d.severity}: ${d.message}`));
    expect(reasons[1]).toEqual([expect.stringMatching(/^error: binary file/)]);
    expect(reasons[2]).toEqual(['error: not UTF-8: invalid byte 0xf1 at offset 13 (save the file as UTF-8)']);
    expect(reasons[3]).toEqual(['error: empty file']);
    expect(reasons[4]).toEqual([expect.stringMatching(/^error: cannot read: no such file/)]);
    expect(reasons[5]).toEqual([expect.stringMatching(/^error: too large: 2\.\d KB \(limit 1\.0 KB/)]);
  });

  it('turns front matter problems into error diagnostics with a position, and still extracts the body', async () => {
    const [invalid, none] = await run(['invalid-yaml.md', 'no-front-matter.md']);
    expect(invalid?.failed).toBe(true);
    expect(invalid?.extraction).toBeDefined();
    const yaml = invalid?.diagnostics.find((d) => d.severity === 'error');
    expect(yaml).toMatchObject({ path: join(dir, 'invalid-yaml.md'), source: 'frontmatter' });
    expect(yaml?.line).toBeGreaterThanOrEqual(1);
    expect(none?.failed).toBe(true);
    expect(none?.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/no front matter/) }));
  });
});

describe('position', () => {
  it('gives 1-based line and column of an offset', () => {
    const text = 'ab\ncd\n\nef';
    expect(position(text, 0)).toEqual({ line: 1, column: 1 });
    expect(position(text, 4)).toEqual({ line: 2, column: 2 });
    expect(position(text, 7)).toEqual({ line: 4, column: 1 });
    expect(position(text, 99)).toEqual({ line: 4, column: 3 });
  });
});
