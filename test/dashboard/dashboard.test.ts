/**
 * The newcomer's path, for real: `sig-atlas start` (what `npm start` runs) against the test
 * Neo4j ingests the seeds and serves the API and the dashboard on a free port; headless
 * Chromium (Debian's, through playwright-core) loads the page, sees the network's nodes, clicks
 * a group and finds its evidence, searches for a person, filters, and narrows to a phone's
 * width; Ctrl-C then stops the server. What the page must show is read from the API itself.
 *
 * A screenshot goes to test-artifacts/dashboard.png; with SIG_ATLAS_UPDATE_SCREENSHOT=1 also to
 * docs/dashboard.png (the README's).
 */
import { mkdtemp, mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, useTestDatabase } from '../helpers/neo4j.ts';
import { PROJECT_ROOT, testDatabaseEnv } from '../cli-graph/run-graph-cli.ts';
import { startAtlasProcess, type StartedAtlas } from './start-process.ts';

useTestDatabase();

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SLOW = 120_000;

let atlas: StartedAtlas | undefined;
let browser: Browser | undefined;
let page: Page;
let home = '';

interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  sig: { leaders: { totalCount: number; nodes: Array<{ person: { id: string; name: string } }> }; members: { totalCount: number } };
}
interface Network {
  sigNetwork: { nodes: NetworkNode[]; edges: Array<{ id: string; weight: number }> };
}

const NETWORK = `query($kinds: [SigKind!], $minWeight: Float) {
  sigNetwork(kinds: $kinds, minWeight: $minWeight, includeIsolated: true) {
    nodes { id name kind sig { leaders(first: 1) { totalCount nodes { person { id name } } } members { totalCount } } }
    edges { id weight }
  }
}`;

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(atlas?.api ?? '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Waits until the network shows `nodes` nodes and `edges` edges and has laid them out. */
async function networkShows(nodes: number, edges: number): Promise<void> {
  await page.waitForFunction(
    ([n, e]) => {
      const el = document.getElementById('network');
      return el?.dataset['ready'] === 'true' && el.dataset['nodeCount'] === String(n) && el.dataset['edgeCount'] === String(e);
    },
    [nodes, edges] as const,
    { timeout: SLOW },
  );
}

/** Waits until the drawing has been fitted to the network panel's current size (after a resize). */
async function networkFitted(): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.getElementById('network');
    return el !== null && el.dataset['fitted'] === `${el.clientWidth}x${el.clientHeight}`;
  }, undefined, { timeout: SLOW });
}

async function pageReady(view: string): Promise<void> {
  await page.waitForSelector(`#details[data-state="ready"][data-view="${view}"]`, { timeout: SLOW });
}

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'sig-atlas-start-'));
  atlas = await startAtlasProcess(['--port', '0'], testDatabaseEnv({ SIG_ATLAS_HOME: home }), 900_000);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(SLOW);
}, 1_000_000);

afterAll(async () => {
  await browser?.close();
  if (atlas && atlas.child.exitCode === null && atlas.child.signalCode === null) atlas.child.kill('SIGKILL');
  await rm(home, { recursive: true, force: true });
});

describe('npm start and the dashboard', () => {
  it('ingests the seeds, then serves the dashboard at / and the API at /graphql', async () => {
    const seeds = (await readdir(path.join(PROJECT_ROOT, 'seeds'))).filter((f) => f.endsWith('.md'));
    expect(atlas?.output().stderr).toMatch(new RegExp(`Ingest: ${seeds.length} articles, ${seeds.length} new, 0 changed, 0 unchanged, 0 failed`));
    expect(atlas?.dashboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await fetch(atlas?.dashboard ?? '');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('<div id="network"');
    const script = await fetch(new URL('main.js', atlas?.dashboard));
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    // Everything is bundled and served here: the page asks no other host for anything.
    expect(await script.text()).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs|fonts\.googleapis)/);
  }, SLOW);

  it('renders the network: a node for every group the API returns, an edge for every link', async () => {
    const { sigNetwork } = await graphql<Network>(NETWORK, { minWeight: 1 });
    expect(sigNetwork.nodes.length).toBeGreaterThan(1);
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(atlas?.dashboard ?? '') && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(atlas?.dashboard ?? '');
    await networkShows(sigNetwork.nodes.length, sigNetwork.edges.length);
    await pageReady('overview');
    const box = await page.locator('#network').boundingBox();
    for (const node of sigNetwork.nodes) {
      const at = await page.evaluate((id) => (window as unknown as { sigAtlas: { nodeScreenPosition(id: string): { x: number; y: number } | null } }).sigAtlas.nodeScreenPosition(id), node.id);
      expect(at, node.name).not.toBeNull();
      expect(at!.x).toBeGreaterThanOrEqual(box!.x);
      expect(at!.x).toBeLessThanOrEqual(box!.x + box!.width);
      expect(at!.y).toBeGreaterThanOrEqual(box!.y);
      expect(at!.y).toBeLessThanOrEqual(box!.y + box!.height);
    }
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  }, SLOW * 2);

  it('a click on a group shows its leaders with roles, companies and evidence linked to the article', async () => {
    const { sigNetwork } = await graphql<Network>(NETWORK, { minWeight: 1 });
    const group = [...sigNetwork.nodes].sort((a, b) => b.sig.leaders.totalCount - a.sig.leaders.totalCount)[0]!;
    expect(group.sig.leaders.totalCount).toBeGreaterThan(0);
    const at = await page.evaluate((id) => (window as unknown as { sigAtlas: { nodeScreenPosition(id: string): { x: number; y: number } | null } }).sigAtlas.nodeScreenPosition(id), group.id);
    await page.mouse.click(at!.x, at!.y);
    await pageReady('sig');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/sig/${group.id}`);
    expect(await page.textContent('#details h2')).toBe(group.name);
    const leaders = page.locator('#details section.facts', { hasText: 'Leaders' });
    await expect.poll(() => leaders.locator('li.fact').count()).toBe(Math.min(group.sig.leaders.totalCount, 50));
    // The leadership's own evidence (a company chip beside the name holds the employment's).
    const evidence = leaders.locator('li.fact').first().locator(':scope > .evidence-list > blockquote.evidence').first();
    expect(await evidence.isVisible()).toBe(true);
    const quote = (await evidence.locator('.quote').textContent())?.trim() ?? '';
    expect(quote.length).toBeGreaterThan(3);
    const articleLink = evidence.locator('footer a.article-link');
    expect(await articleLink.getAttribute('href')).toMatch(/^#\/article\/article%3A/);
    expect(await evidence.locator('footer code').textContent()).toMatch(/^seeds\/.+\.md$/);

    await mkdir(path.join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-artifacts', 'dashboard.png') });
    if (process.env['SIG_ATLAS_UPDATE_SCREENSHOT'] === '1') {
      await page.setViewportSize({ width: 1280, height: 800 });
      await networkFitted();
      await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs', 'dashboard.png') });
      await page.setViewportSize({ width: 1400, height: 900 });
      await networkFitted();
    }

    // The evidence's article has a page of its own, with every fact taken from it.
    const title = (await articleLink.textContent()) ?? '';
    await articleLink.click();
    await pageReady('article');
    expect(await page.textContent('#details h2')).toBe(title);
    expect(await page.locator('#details section.extracted li.fact').count()).toBeGreaterThan(0);
    expect(await page.locator('#details section.extracted').textContent()).toContain(quote);
  }, SLOW * 3);

  it('search finds a person by part of the name and opens their page', async () => {
    const { sigNetwork } = await graphql<Network>(NETWORK, { minWeight: 1 });
    const group = [...sigNetwork.nodes].sort((a, b) => b.sig.leaders.totalCount - a.sig.leaders.totalCount)[0]!;
    const person = group.sig.leaders.nodes[0]!.person;
    const firstWord = person.name.split(/\s+/)[0]!;
    await page.fill('#search', firstWord);
    const result = page.locator('#search-results a.result', { hasText: person.name });
    await result.first().waitFor({ state: 'visible' });
    expect(await page.locator('#search-results a.result .badge').first().textContent()).toMatch(/person|company|group|project|article/);
    await result.first().click();
    await pageReady('person');
    expect(await page.textContent('#details h2')).toBe(person.name);
    expect(await page.isHidden('#search-results')).toBe(true);
    const leads = page.locator('#details section.facts', { hasText: 'Leads' });
    expect(await leads.locator('a.entity.sig', { hasText: group.name }).count()).toBe(1);
    expect(await leads.locator('blockquote.evidence .quote').count()).toBeGreaterThan(0);
  }, SLOW * 2);

  it('filters the network by group kind and by minimum weight, as the API does', async () => {
    const kinds = ['SIG', 'WG', 'COMMITTEE', 'USERGROUP', 'OTHER'];
    const { sigNetwork: all } = await graphql<Network>(NETWORK, { minWeight: 1 });
    const present = [...new Set(all.nodes.map((n) => n.kind))];
    // Leave out the kind with the fewest groups, so something remains.
    const dropped = present.sort((a, b) => all.nodes.filter((n) => n.kind === a).length - all.nodes.filter((n) => n.kind === b).length)[0]!;
    const kept = kinds.filter((k) => k !== dropped);
    const { sigNetwork: withoutKind } = await graphql<Network>(NETWORK, { kinds: kept, minWeight: 1 });
    await page.uncheck(`#kind-filters input[value="${dropped}"]`);
    await networkShows(withoutKind.nodes.length, withoutKind.edges.length);
    expect(withoutKind.nodes.length).toBeLessThan(all.nodes.length);

    const { sigNetwork: heavy } = await graphql<Network>(NETWORK, { kinds: kept, minWeight: 2 });
    await page.locator('#min-weight').fill('2');
    await page.locator('#min-weight').dispatchEvent('change');
    await networkShows(heavy.nodes.length, heavy.edges.length);
    expect(heavy.edges.every((e) => e.weight >= 2)).toBe(true);

    await page.check(`#kind-filters input[value="${dropped}"]`);
    await page.locator('#min-weight').fill('1');
    await page.locator('#min-weight').dispatchEvent('change');
    await networkShows(all.nodes.length, all.edges.length);
  }, SLOW * 3);

  it('fits a phone: no sideways scrolling, the network above the details', async () => {
    const { sigNetwork } = await graphql<Network>(NETWORK, { minWeight: 1 });
    const group = sigNetwork.nodes[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${atlas?.dashboard ?? ''}#/sig/${encodeURIComponent(group.id)}`);
    await networkShows(sigNetwork.nodes.length, sigNetwork.edges.length);
    await pageReady('sig');
    await networkFitted();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const network = await page.locator('#network').boundingBox();
    const details = await page.locator('#details').boundingBox();
    expect(network!.width).toBeGreaterThan(300);
    expect(details!.y).toBeGreaterThan(network!.y + network!.height);
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-artifacts', 'dashboard-phone.png'), fullPage: true });
  }, SLOW * 2);

  it('Ctrl-C (SIGINT) stops the server cleanly, leaving a database it did not start running', async () => {
    atlas?.child.kill('SIGINT');
    const { code, signal } = await atlas!.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(atlas?.output().stderr).toMatch(/SIGINT: stopping SIG Atlas…\nAPI and dashboard stopped\nSIG Atlas stopped\.\n$/);
    await expect(fetch(atlas?.dashboard ?? '')).rejects.toThrow();
    // The test database (NEO4J_URI) still answers.
    const database = await testDatabase();
    try {
      const { records } = await database.driver.executeQuery('RETURN 1 AS one', {}, { database: database.database });
      expect(records[0]?.get('one')).toBe(1);
    } finally {
      await database.close();
    }
  }, SLOW);
});
