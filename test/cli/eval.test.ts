/**
 * `eval` end to end. Scores on the seeds depend on the extractors, so the exact counts are
 * checked against a gold file made from the CLI's own output with one triple left out and one
 * added: the scorer must then find exactly one wrong and one missed triple.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/extraction/types.ts';
import { SPAWNS, jsonLines, runCli } from './run-cli.ts';

const GOOD = 'test/fixtures/bad-input/good.md';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sig-atlas-eval-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Report {
  overall: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null };
  byLang: Record<string, { tp: number; fp: number; fn: number }>;
  articles: Array<{ article: string; wrong: unknown[]; missed: unknown[] }>;
  extraction: { failed: number };
}

describe('eval', SPAWNS, () => {
  it('counts a triple missing from the gold as wrong and a gold triple not extracted as missed', async () => {
    const extracted = jsonLines((await runCli(['extract', '--format', 'json', GOOD])).stdout) as ArticleExtraction[];
    const [x] = extracted;
    if (x === undefined) throw new Error('extract printed nothing');
    expect(x.triples.length).toBeGreaterThan(0);
    const [left, ...kept] = x.triples;
    const invented = { s: 'Nobody Anywhere', sType: 'Person', p: 'LEADS', o: 'SIG Imaginary', oType: 'Sig', evidence: 'made up' };
    const gold = { article: 'bad-input/good.md', lang: x.lang, entities: x.entities, triples: [...kept, invented] };
    await writeFile(join(dir, 'gold.jsonl'), `${JSON.stringify(gold)}\n`);

    const { status, stdout } = await runCli(['eval', '--gold', join(dir, 'gold.jsonl'), '--format', 'json', GOOD]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const n = x.triples.length;
    expect(report.overall).toMatchObject({ tp: n - 1, fp: 1, fn: 1, precision: (n - 1) / n, recall: (n - 1) / n });
    expect(report.byLang[x.lang]).toMatchObject({ tp: n - 1, fp: 1, fn: 1 });
    expect(report.articles[0]?.wrong).toEqual([expect.objectContaining({ s: left?.s, p: left?.p, o: left?.o })]);

    const verbose = await runCli(['eval', '--gold', join(dir, 'gold.jsonl'), '--verbose', GOOD]);
    expect(verbose.stdout).toContain(`  missed     Nobody Anywhere LEADS SIG Imaginary  «made up»`);
    expect(verbose.stdout).toMatch(new RegExp(`^ {2}wrong {6}${left?.s} ${left?.p} `, 'm'));
  });

  it('prints overall and per-language lines for the seeds, and JSON whose parts add up', async () => {
    const table = await runCli(['eval', '--gold', '../shared/gold/seeds.jsonl', 'seeds/']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^overall +(\d\.\d{3}|-) +\d\.\d{3} +\d\.\d{3} +\d+ +\d+ +\d+$/m);
    for (const lang of ['en', 'ja', 'zh']) expect(table.stdout).toMatch(new RegExp(`^lang ${lang} +`, 'm'));
    for (const p of ['LEADS', 'WORKS_AT', 'AUTHORED']) expect(table.stdout).toMatch(new RegExp(`^${p} +`, 'm'));

    const json = await runCli(['eval', '--gold', '../shared/gold/seeds.jsonl', '--format', 'json', '--no-comments', 'seeds/']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.articles).toHaveLength(5);
    expect(report.extraction.failed).toBe(0);
    const sum = (k: 'tp' | 'fp' | 'fn'): number => Object.values(report.byLang).reduce((a, s) => a + s[k], 0);
    expect([sum('tp'), sum('fp'), sum('fn')]).toEqual([report.overall.tp, report.overall.fp, report.overall.fn]);
  });

  it('keeps quiet with -q and ends cleanly when its reader stops early (| head)', async () => {
    const quiet = await runCli(['eval', '-q', '--gold', '../shared/gold/seeds.jsonl', 'seeds/']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^overall /m);

    const piped = await runCli(['-c', `"${process.execPath}" bin/sig-atlas.js eval -q --format json --gold ../shared/gold/seeds.jsonl seeds/ | head -c 20; echo " status=\${PIPESTATUS[0]}"`], {
      command: 'bash',
    });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^\{\n {2}"overall": \{.* status=0\n$/s);
  });

  it('refuses an unusable gold file with exit status 2, naming the line', async () => {
    await writeFile(join(dir, 'broken.jsonl'), '{"article": "a.md", "lang": "en", "triples": []}\n{oops\n');
    const { status, stderr } = await runCli(['eval', '--gold', join(dir, 'broken.jsonl'), GOOD]);
    expect(stderr).toContain(`${join(dir, 'broken.jsonl')}:2: not JSON`);
    expect(status).toBe(2);
  });
});
