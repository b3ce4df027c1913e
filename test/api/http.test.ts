/** GraphQL over HTTP (graphql-http's audit), the IDE, health, metrics and request logs. */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()));

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit', async () => {
    const results = [];
    for (const audit of serverAudits({ url: () => `${api().url}/graphql` })) results.push(await audit.fn());
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}${'reason' in r ? ` — ${String(r.reason)}` : ''}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  it('answers GET and POST, in application/graphql-response+json or application/json as accepted', async () => {
    const get = await fetch(`${api().url}/graphql?query=${encodeURIComponent('{ sig(name: "alpha") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await get.json()).toEqual({ data: { sig: { name: 'SIG Alpha' } } });

    const post = await fetch(`${api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'query Q($n: String!) { company(name: $n) { name } }', variables: { n: 'acme' }, operationName: 'Q' }),
    });
    expect(post.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await post.json()).toEqual({ data: { company: { name: 'Acme' } } });
  });

  it('serves the IDE to a browser from local files, with no CDN', async () => {
    const page = await fetch(`${api().url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('ruru-root');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z]/i);
    const assets = [...html.matchAll(/(?:href|from|src)\s*=?\s*"(\/graphql\/ide\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      const res = await fetch(`${api().url}${asset}`);
      expect(res.status, asset).toBe(200);
    }
  });

  it('reports health and readiness', async () => {
    const health = await fetch(`${api().url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('exposes Prometheus metrics', async () => {
    await api().gql('{ nope }');
    const res = await fetch(`${api().url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/sig_atlas_http_requests_total\{route="\/graphql",method="POST",status="400"\} \d+/);
    expect(text).toMatch(/sig_atlas_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/sig_atlas_neo4j_ready 1/);
    expect(text).toMatch(/sig_atlas_process_cpu_seconds_total/);
  });

  it('logs each request as JSON with its request id, which the response carries too', async () => {
    const res = await fetch(`${api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': 'req-log-42' },
      body: JSON.stringify({ query: '{ stats { people } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-log-42');
    await new Promise((r) => setTimeout(r, 50));
    const line = api().logs.find((l) => (l['req'] as { id?: string } | undefined)?.id === 'req-log-42');
    expect(line).toMatchObject({ msg: 'request completed', roundTrips: 1, res: { statusCode: 200 } });
    const generated = await fetch(`${api().url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
