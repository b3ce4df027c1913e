import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { ExtractionStartError, extractionStream, type Outcome } from '../../src/ingest/extraction-stream.ts';
import type { ExtractItem } from '../../src/ingest/extract-facts.ts';

const seeds = path.join(projectRoot, 'seeds');
const badInput = path.join(projectRoot, 'test/fixtures/bad-input');

async function items(): Promise<ExtractItem[]> {
  const names = (await readdir(seeds)).filter((n) => n.endsWith('.md')).sort();
  const list = names.map((n) => ({ file: path.join(seeds, n), path: `seeds/${n}` }));
  // A failing article in the middle: the ones after it must still come, in order.
  list.splice(2, 0, { file: path.join(badInput, 'invalid-yaml.md'), path: 'bad/invalid-yaml.md' }, { file: path.join(badInput, 'missing.md'), path: 'bad/missing.md' });
  return list;
}

async function collect(stream: AsyncGenerator<Outcome<ExtractItem>>): Promise<Array<Outcome<ExtractItem>>> {
  const out: Array<Outcome<ExtractItem>> = [];
  for await (const o of stream) out.push(o);
  return out;
}

const factsOf = (o: Outcome<ExtractItem> | undefined) => (o && 'facts' in o ? o.facts : null);

/** Pids of this process's extraction children (Linux /proc). */
function extractionChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('extraction-worker.ts')) pids.push(Number(entry));
    } catch {
      // the process ended while being looked at
    }
  }
  return pids;
}

describe('extractionStream', () => {
  it('gives the same facts from the child process as from this thread, in input order, failures named by path', async () => {
    const list = await items();
    const [child, thread] = await Promise.all([collect(extractionStream(list, { mode: 'child', window: 2 })), collect(extractionStream(list, { mode: 'thread' }))]);

    expect(child.map((o) => o.item.path)).toEqual(list.map((i) => i.path));
    expect(child.map((o) => o.error?.message ?? null)).toEqual(thread.map((o) => o.error?.message ?? null));
    expect(child[2]?.error?.message).toMatch(/^bad\/invalid-yaml\.md:.*invalid YAML front matter/);
    expect(child[3]?.error?.message).toMatch(/^bad\/missing\.md: cannot read: no such file/);
    const ok = child.filter((o) => !o.error);
    expect(ok).toHaveLength(5);
    for (const [i, o] of child.entries()) if ('facts' in o) expect(o.facts).toEqual(factsOf(thread[i]));
    expect(ok.every((o) => 'facts' in o && o.facts.triples.length > 0 && o.facts.hash.length === 64)).toBe(true);
  }, 60_000);

  it('stays in this thread for a custom extract function, whatever the mode', async () => {
    const list = (await items()).filter((i) => i.path.startsWith('seeds/')).slice(0, 2);
    const calls: string[] = [];
    const out = await collect(
      extractionStream(list, {
        mode: 'child',
        extract: (p) => {
          calls.push(p);
          return { article: p, lang: 'en', meta: {}, hash: '', entities: [], triples: [], diagnostics: [] };
        },
      }),
    );
    expect(calls).toEqual(list.map((i) => i.path));
    expect(out.map((o) => ('facts' in o ? o.facts.path : o.error.message))).toEqual(list.map((i) => i.path));
  });

  it('fails only the article a crashed child was on, and goes on in a new child', async () => {
    const list = await items();
    const stream = extractionStream(list, { mode: 'child', window: list.length });
    const first = await stream.next();
    expect(first.done).toBe(false);
    const [pid] = extractionChildren();
    expect(pid).toBeTypeOf('number');
    process.kill(pid as number, 'SIGKILL');
    const rest = await collect(stream);

    const all = [first.value as Outcome<ExtractItem>, ...rest];
    expect(all.map((o) => o.item.path)).toEqual(list.map((i) => i.path));
    const crashed = all.filter((o) => o.error && /the extraction process ended \(signal SIGKILL\) while extracting this article/.test(o.error.message));
    expect(crashed).toHaveLength(1);
    expect(all.filter((o) => !o.error)).toHaveLength(4);
    expect(extractionChildren()).toEqual([]);
  }, 60_000);

  it('stops the run with a clear error when the child cannot start', async () => {
    const list = (await items()).slice(0, 2);
    const stream = extractionStream(list, { mode: 'child' });
    const next = stream.next();
    for (const pid of extractionChildren()) process.kill(pid, 'SIGKILL');
    await expect(next).rejects.toThrow(ExtractionStartError);
    await expect(next).rejects.toThrow(/the extraction process could not start \(signal SIGKILL\)/);
    expect(extractionChildren()).toEqual([]);
  });
});
