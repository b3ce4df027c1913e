import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFiles, type FileResult } from '../../src/extraction/extract-files.ts';
import { extractFilesPooled } from '../../src/extraction/extract-pool.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sig-atlas-extract-pool-'));
  const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.md'));
  for (const f of seeds) await copyFile(join(SEEDS, f), join(dir, f));
  await writeFile(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  // Interleave a bad file and a missing one among the articles, so order and failures are both checked.
  files = [...seeds.map((f) => join(dir, f)), join(dir, 'binary.md'), join(dir, 'missing.md'), ...seeds.map((f) => join(dir, f))];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(results: AsyncGenerator<FileResult>): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** Hashes and timings aside, a result as a string to compare. */
function comparable(r: FileResult): string {
  return JSON.stringify({ ...r, extraction: r.extraction ? { ...r.extraction, hash: r.extraction.hash.length } : null });
}

describe('extractFilesPooled', () => {
  it('gives the same results in the same order as extractFiles when spread over two workers', async () => {
    const pooled = await collect(extractFilesPooled(files, { threads: 2, minFiles: 1 }));
    const serial = await collect(extractFiles(files));
    expect(pooled.map((r) => r.path)).toEqual(files);
    expect(pooled.map(comparable)).toEqual(serial.map(comparable));
    expect(pooled.filter((r) => r.failed).map((r) => r.path)).toEqual([join(dir, 'binary.md'), join(dir, 'missing.md')]);
    expect(pooled[0]?.extraction?.triples.length).toBeGreaterThan(0);
  }, 60_000);

  it('stops its workers when the reader stops early', async () => {
    const first: string[] = [];
    for await (const r of extractFilesPooled(files, { threads: 2, minFiles: 1 })) {
      first.push(r.path);
      if (first.length === 2) break;
    }
    expect(first).toEqual(files.slice(0, 2));
  }, 60_000);
});
