import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/extraction/discover-inputs.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sig-atlas-discover-'));
  await mkdir(join(dir, 'en/deep'), { recursive: true });
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, 'b.md'), 'b');
  await writeFile(join(dir, 'a.MARKDOWN'), 'a');
  await writeFile(join(dir, 'en/deep/c.md'), 'c');
  await writeFile(join(dir, 'en/SOURCES.tsv'), 'x');
  await writeFile(join(dir, '.git/HEAD.md'), 'tool state');
  await writeFile(join(dir, '.hidden.md'), 'dot file');
  await symlink(join(dir, 'en'), join(dir, 'en/deep/up')); // a link back up the tree
  await symlink(join(dir, 'gone.md'), join(dir, 'dangling.md'));
  await mkdir(join(dir, 'empty'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('walks directories in name order for .md/.markdown files, skipping others with an info diagnostic', async () => {
    const { files, diagnostics } = await discoverInputs([join(dir, 'en'), join(dir, 'b.md'), join(dir, 'a.MARKDOWN')]);
    expect(files).toEqual([join(dir, 'en/deep/c.md'), join(dir, 'b.md'), join(dir, 'a.MARKDOWN')]);
    expect(diagnostics).toContainEqual({ path: join(dir, 'en/SOURCES.tsv'), severity: 'info', message: 'skipped: not a Markdown file (.md, .markdown)' });
  });

  it('follows links without looping, leaves dot files out and passes dangling links on to the reader', async () => {
    const { files, diagnostics } = await discoverInputs([dir]);
    expect(files).toEqual([join(dir, 'a.MARKDOWN'), join(dir, 'b.md'), join(dir, 'dangling.md'), join(dir, 'en/deep/c.md')]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads each file once, even when named twice', async () => {
    const { files } = await discoverInputs([join(dir, 'b.md'), dir, `${dir}/./b.md`]);
    expect(files.filter((f) => f.endsWith('b.md'))).toEqual([join(dir, 'b.md')]);
  });

  it('passes named paths that are not directories on to the reader, whatever their name', async () => {
    const { files, diagnostics } = await discoverInputs([join(dir, 'en/SOURCES.tsv'), join(dir, 'missing.md')]);
    expect(files).toEqual([join(dir, 'en/SOURCES.tsv'), join(dir, 'missing.md')]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a directory with no Markdown files as an error', async () => {
    const { files, diagnostics } = await discoverInputs([join(dir, 'empty')]);
    expect(files).toEqual([]);
    expect(diagnostics).toEqual([
      { path: join(dir, 'empty'), severity: 'error', message: 'no Markdown files (.md, .markdown) in this directory' },
    ]);
  });
});
