/**
 * The analyst questions of the README, against a graph built from the seed articles by the real
 * pipeline (extraction, then the loader): which companies lead SIGs, who maintains etcd, which
 * groups work with SIG etcd, each with evidence that points back into a seed article.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(async () => {
  const summary = await ingest(db(), { paths: [path.join(projectRoot, 'seeds')] });
  expect(summary.failures).toEqual([]);
});

interface Evidence {
  quote: string;
  start: number;
  end: number;
  article: { path: string; title: string } | null;
}

function fromSeeds(evidence: Evidence[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    expect(e.quote.trim()).not.toBe('');
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.article?.path).toMatch(/seeds\/[^/]+\.md$/);
  }
}

const EVIDENCE = 'evidence(first: 3) { quote start end article { path title } }';

describe('the seeds', () => {
  it('answer which companies employ SIG leaders, most first', async () => {
    const { companies } = await api().data<{ companies: { nodes: Array<{ name: string; sigLeaderCount: number }> } }>(
      '{ companies(orderBy: {field: SIG_LEADERS}, first: 5) { nodes { name sigLeaderCount } } }',
    );
    expect(companies.nodes.length).toBeGreaterThan(0);
    const counts = companies.nodes.map((c) => c.sigLeaderCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(0);
  });

  it('answer who maintains etcd, with evidence from the articles', async () => {
    const { whoMaintains } = await api().data<{ whoMaintains: { totalCount: number; nodes: Array<{ person: { name: string }; evidence: Evidence[] }> } | null }>(
      `{ whoMaintains(project: "etcd") { totalCount nodes { role person { name } ${EVIDENCE} } } }`,
    );
    expect(whoMaintains?.totalCount).toBeGreaterThan(0);
    for (const m of whoMaintains?.nodes ?? []) fromSeeds(m.evidence);
  });

  it('answer which groups work with SIG etcd, with evidence, and who leads it', async () => {
    const { sig } = await api().data<{
      sig: { name: string; kind: string; collaborations: { totalCount: number; nodes: Array<{ partner: { name: string }; evidence: Evidence[] }> }; leaders: { nodes: Array<{ evidence: Evidence[] }> } } | null;
    }>(`{ sig(name: "etcd") { name kind
        collaborations { totalCount nodes { partner { name } ${EVIDENCE} } }
        leaders { nodes { role person { name } ${EVIDENCE} } } } }`);
    expect(sig?.name).toBe('SIG etcd');
    expect(sig?.kind).toBe('SIG');
    expect(sig?.collaborations.totalCount).toBeGreaterThan(0);
    for (const c of sig?.collaborations.nodes ?? []) {
      expect(c.partner.name).not.toBe('SIG etcd');
      fromSeeds(c.evidence);
    }
    expect(sig?.leaders.nodes.length).toBeGreaterThan(0);
    for (const l of sig?.leaders.nodes ?? []) fromSeeds(l.evidence);
  });

  it('list the seed articles in all three languages, and search across scripts', async () => {
    const data = await api().data<{ stats: { articles: number; articlesByLanguage: Array<{ language: string }> }; search: { totalCount: number } }>(
      '{ stats { articles articlesByLanguage { language } } search(query: "etcd") { totalCount } }',
    );
    expect(data.stats.articles).toBe(5);
    expect(data.stats.articlesByLanguage.map((x) => x.language)).toEqual(['EN', 'JA', 'ZH']);
    expect(data.search.totalCount).toBeGreaterThan(0);
  });
});
