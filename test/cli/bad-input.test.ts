/**
 * Bad input through the real CLI: every broken file gets a diagnostic naming it and the
 * reason, the good files are still extracted, the summary counts the failures and the exit
 * status says whether any file failed. Binary, non-UTF-8, huge, unreadable, dangling-link and
 * FIFO inputs are made here in a temporary directory rather than kept in the repository.
 */
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, PROJECT_ROOT, SPAWNS, isRoot, jsonLines, runCli, type RunOptions } from './run-cli.ts';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/bad-input');
let dir: string;
// Root reads any file whatever its mode, so the CLI runs as an unprivileged user for the
// permission case to mean anything.
const asUser: RunOptions = isRoot() ? { uid: NOBODY } : {};

const latin1 = Buffer.from('---\ntitle: "Se\xf1or Mu\xf1oz"\n---\n\nFrederico Mu\xf1oz works at SAS.\n', 'latin1');
const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 0), Buffer.from('IEND')]);

/** Each bad input, the file name it gets and the diagnostic it must produce. */
const CASES: Array<{ name: string; file: string; diagnostic: RegExp }> = [
  { name: 'invalid YAML', file: 'invalid-yaml.md', diagnostic: /: error: .*(YAML|front matter)/i },
  { name: 'no front matter', file: 'no-front-matter.md', diagnostic: /: error: .*front matter/i },
  { name: 'an empty file', file: 'empty.md', diagnostic: /: error: empty file/ },
  { name: 'a binary file', file: 'image.md', diagnostic: /: error: binary file/ },
  { name: 'a file that is not UTF-8', file: 'latin1.md', diagnostic: /: error: not UTF-8: invalid byte 0xf1 at offset 14/ },
  { name: 'a 10 MB file', file: 'huge.md', diagnostic: /: error: too large: 10\.0 MB \(limit 5\.0 MB/ },
  { name: 'an unreadable file', file: 'unreadable.md', diagnostic: /: error: cannot read: permission denied/ },
  { name: 'a dangling symbolic link', file: 'dangling.md', diagnostic: /: error: cannot read: no such file/ },
  { name: 'a FIFO (would block a plain read)', file: 'pipe.md', diagnostic: /: error: not a regular file/ },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sig-atlas-bad-input-'));
  await chmod(dir, 0o755);
  for (const f of ['good.md', 'invalid-yaml.md', 'no-front-matter.md', 'empty.md', 'notes.txt']) {
    await copyFile(join(FIXTURES, f), join(dir, f));
  }
  await mkdir(join(dir, 'nested/deeper'), { recursive: true });
  await copyFile(join(FIXTURES, 'good.md'), join(dir, 'nested/deeper/also-good.markdown'));
  await writeFile(join(dir, 'nested/photo.png'), binary);
  await writeFile(join(dir, 'image.md'), binary);
  await writeFile(join(dir, 'latin1.md'), latin1);
  // Valid Markdown, just too much of it: the size alone must stop it.
  const line = 'SIG Node owns the kubelet, and this sentence repeats to fill ten megabytes of text.\n';
  await writeFile(join(dir, 'huge.md'), `---\ntitle: huge\n---\n${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}`);
  await copyFile(join(FIXTURES, 'good.md'), join(dir, 'unreadable.md'));
  await chmod(join(dir, 'unreadable.md'), 0o000);
  await symlink(join(dir, 'no-such-target.md'), join(dir, 'dangling.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const articlesOf = (stdout: string): string[] => jsonLines(stdout).map((x) => (x as { article: string }).article);

describe('extract on bad input', SPAWNS, () => {
  it('extracts a good file with exit status 0 and no diagnostics', async () => {
    const good = join(dir, 'good.md');
    const { status, stdout, stderr } = await runCli(['extract', '--format', 'json', good], asUser);
    expect(articlesOf(stdout)).toEqual([good]);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sig-atlas extract: 1 file, 1 article, \d+ triples?, 0 failed/)]);
    expect(status).toBe(0);
  });

  it('walks a directory: names each bad file and its reason once, skips other files, extracts the rest, exits 1', async () => {
    const missing = join(dir, 'missing.md');
    const { status, stdout, stderr } = await runCli(['extract', '--format', 'json', dir, missing], asUser);
    expect(status).toBe(1);
    expect(articlesOf(stdout)).toEqual(
      expect.arrayContaining([join(dir, 'good.md'), join(dir, 'nested/deeper/also-good.markdown')]),
    );
    for (const { file, diagnostic } of [...CASES, { file: 'missing.md', diagnostic: /: error: cannot read: no such file/ }]) {
      const lines = stderr.split('\n').filter((l) => l.startsWith(`${join(dir, file)}: `));
      expect(lines, `${file}\n${stderr}`).toHaveLength(1);
      expect(lines[0]).toMatch(diagnostic);
    }
    expect(stderr).toContain(`${join(dir, 'notes.txt')}: info: skipped: not a Markdown file`);
    expect(stderr).toContain(`${join(dir, 'nested/photo.png')}: info: skipped: not a Markdown file`);
    // 2 good and 10 bad files; the two that are not Markdown are skipped, not failed.
    expect(stderr).toMatch(/sig-atlas extract: 12 files, \d+ articles, \d+ triples, 10 failed, 2 skipped/);
  });

  it('takes the size limit as an option', async () => {
    const good = join(dir, 'good.md');
    const small = await runCli(['extract', '--format', 'json', '--max-size', '0.0001', good]);
    expect(small.stderr).toMatch(/good\.md: error: too large: 162 B \(limit 105 B/);
    expect(small.status).toBe(1);
    const enough = await runCli(['extract', '--format', 'json', '--max-size', '0.0002', good]);
    expect(articlesOf(enough.stdout)).toEqual([good]);
    expect(enough.status).toBe(0);
  });

  it('reports a directory with no Markdown files in it', async () => {
    const empty = join(dir, 'nothing-here');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'data.csv'), 'a,b\n');
    const { status, stderr } = await runCli(['extract', empty]);
    expect(stderr).toContain(`${empty}: error: no Markdown files (.md, .markdown) in this directory`);
    expect(status).toBe(1);
  });
});

describe('usage errors exit 2', SPAWNS, () => {
  it.each([
    ['no paths', ['extract']],
    ['an unknown format', ['extract', '--format', 'xml', 'seeds/']],
    ['eval without --gold', ['eval', 'seeds/']],
  ])('%s', async (_name, args) => {
    const { status, stderr } = await runCli(args);
    expect(stderr).toMatch(/error/i);
    expect(status).toBe(2);
  });
});
