/** Golden test: `extract` on the seeds prints JSON Lines in the spec's shape. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREDICATES, PREDICATE_TYPES, type Predicate } from '../../src/extraction/types.ts';
import { PROJECT_ROOT, SPAWNS, jsonLines, runCli, type CliResult } from './run-cli.ts';

const SEEDS = readdirSync(join(PROJECT_ROOT, 'seeds')).filter((f) => f.endsWith('.md')).sort();
const ENTITY_TYPES = ['Person', 'Company', 'Sig', 'Project', 'Article'];

interface Line {
  article: string;
  lang: string;
  entities: Array<{ type: string; name: string; github?: string; aliases: string[] }>;
  triples: Array<Record<string, unknown>>;
}

let json: CliResult;
beforeAll(async () => {
  json = await runCli(['extract', '--format', 'json', 'seeds/']);
});

describe('extract seeds/ --format json', SPAWNS, () => {
  it('prints one parseable JSON object per seed article and exits 0', () => {
    expect(json.status, json.stderr).toBe(0);
    const lines = jsonLines(json.stdout) as Line[];
    expect(lines.map((l) => l.article)).toEqual(SEEDS.map((f) => `seeds/${f}`));
    expect(json.stderr).toMatch(new RegExp(`^sig-atlas extract: ${SEEDS.length} files, ${SEEDS.length} articles, \\d+ triples, 0 failed`, 'm'));
  });

  it('gives each article the language its file name says', () => {
    for (const line of jsonLines(json.stdout) as Line[]) {
      expect(line.lang, line.article).toBe(/\.(en|ja|zh)\.md$/.exec(line.article)?.[1]);
    }
  });

  it('writes entities and triples in the shape of the spec', () => {
    for (const line of jsonLines(json.stdout) as Line[]) {
      for (const e of line.entities) {
        expect(ENTITY_TYPES, line.article).toContain(e.type);
        expect(typeof e.name === 'string' && e.name !== '').toBe(true);
        expect(Array.isArray(e.aliases)).toBe(true);
        if (e.github !== undefined) expect(e.github).toMatch(/^[a-z0-9-]+$/);
      }
      const names = new Set(line.entities.map((e) => `${e.type}|${e.name}`));
      for (const t of line.triples) {
        const where = `${line.article}: ${JSON.stringify(t)}`;
        expect(PREDICATES, where).toContain(t['p']);
        const [sType, oType] = PREDICATE_TYPES[t['p'] as Predicate];
        expect([t['sType'], t['oType']], where).toEqual([sType, oType]);
        for (const [name, type] of [[t['s'], t['sType']], [t['o'], t['oType']]] as const) {
          // The article is written @article; every other end is one of the listed entities.
          if (type === 'Article') expect(name, where).toBe('@article');
          else expect(names.has(`${String(type)}|${String(name)}`), where).toBe(true);
        }
        expect(t['confidence'], where).toBeGreaterThanOrEqual(0);
        expect(t['confidence'], where).toBeLessThanOrEqual(1);
        expect(typeof t['evidence'] === 'string' && t['evidence'] !== '', where).toBe(true);
        if (t['role'] !== undefined) expect(typeof t['role']).toBe('string');
      }
    }
  });
});

describe('extract --format table', SPAWNS, () => {
  it('prints a block per article with its triples', async () => {
    const { status, stdout } = await runCli(['extract', '--format', 'table', 'seeds/introducing-sig-etcd.en.md']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^seeds\/introducing-sig-etcd\.en\.md {2}\[en\] {2}Introducing SIG etcd\n {2}\d+ entities, \d+ triples\n/);
    expect(stdout).toMatch(/^ {2}subject +predicate +object +role +conf +evidence$/m);
  });
});
