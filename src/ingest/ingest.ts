/**
 * files → extraction → graph. Stored hashes are fetched in one query first, so unchanged
 * articles are skipped before any extraction. Changed and new articles are loaded in batches
 * of whole articles, one transaction each; while one batch is being written the next is
 * extracted (in a child process for large runs: extraction-stream.ts). A batch the database rejects is retried article by article, so one bad article
 * is reported and the others land. A database that stays unreachable ends the run with a
 * clear error; what was committed stays, and a rerun picks up the rest.
 */
import { readFile } from 'node:fs/promises';
import { discoverInputs } from '../extraction/discover-inputs.ts';
import { formatDiagnostic } from '../extraction/file-diagnostic.ts';
import { DatabaseError } from '../graph/db-errors.ts';
import { GraphLoader, type GraphTarget, type LoaderOptions } from '../graph/loader.ts';
import { sourceId } from '../graph/model.ts';
import { registryFacts } from '../graph/registry.ts';
import type { SourceFacts } from '../graph/source-facts.ts';
import { articlePath, isUnder } from './article-path.ts';
import { hashOf, type ExtractFn } from './extract-facts.ts';
import { extractionStream, type ExtractionMode } from './extraction-stream.ts';
import type { Progress } from './progress.ts';
import { addWrite, emptySummary, type IngestSummary } from './summary.ts';

export interface IngestOptions {
  paths: readonly string[];
  registry?: string;
  /** Retract stored articles under `paths` whose files are gone. */
  prune?: boolean;
  /** Replaces the extraction pipeline (benchmarks load known facts this way); runs in this thread. */
  extract?: ExtractFn;
  /** Where articles are extracted: a child process, this thread, or (auto) a child for large runs. */
  extraction?: ExtractionMode;
  batchArticles?: number;
  batchFacts?: number;
  progress?: Progress;
  loader?: LoaderOptions;
}

interface Pending {
  facts: SourceFacts;
  changed: boolean;
}

export async function ingest(db: GraphTarget, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const progress = options.progress;
  const fail = (path: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    summary.failures.push({ path, error: message });
    progress?.note(message.startsWith(`${path}:`) ? message : `${path}: ${message}`);
  };
  const loader = new GraphLoader(db, {
    ...options.loader,
    onRetry: (attempt, error) => {
      progress?.note(`Neo4j unreachable (attempt ${attempt}), retrying: ${error.message}`);
      options.loader?.onRetry?.(attempt, error);
    },
  });
  await loader.migrate();
  const stored = await loader.storedSources();

  if (options.registry) await ingestRegistry(loader, options.registry, stored, summary, fail);

  const { files, diagnostics } = options.paths.length > 0 ? await discoverInputs(options.paths) : { files: [], diagnostics: [] };
  for (const d of diagnostics) {
    // A path that is gone is what --prune is for; otherwise it is an error of this run.
    if (d.severity !== 'error' || options.prune) continue;
    fail(d.path, new Error(formatDiagnostic(d)));
  }

  // Pass 1: hashes only. An unchanged article costs a read and a hash, nothing more: no
  // decoding, no extraction. Texts are not kept (pass 2 reads the changed ones again, checking
  // them as `extract` does), so memory does not grow with the corpus.
  const unique = [...new Map(files.map((f) => [articlePath(f), f])).entries()];
  summary.articles.seen = unique.length;
  const hashes = await mapLimit(unique, 16, async ([, file]) => {
    try {
      return hashOf(await readFile(file));
    } catch {
      return null; // reported by pass 2, which reads the file with the full checks
    }
  });
  const todo: Array<{ file: string; path: string; changed: boolean }> = [];
  const seen = new Set<string>();
  unique.forEach(([path, file], i) => {
    seen.add(path);
    const prior = stored.get(sourceId('article', path));
    if (prior !== undefined && prior.hash === hashes[i]) summary.articles.unchanged++;
    else todo.push({ file, path, changed: prior !== undefined });
  });

  // Pass 2: extract and load, the next batch extracted while the previous one is written.
  const maxArticles = options.batchArticles ?? 100;
  const maxFacts = options.batchFacts ?? 5000;
  let done = 0;
  let extracted = 0;
  let fatal: unknown = null;
  let inflight: Promise<void> = Promise.resolve();
  const flush = (batch: Pending[]): Promise<void> =>
    writeBatch(loader, batch, summary, fail).catch((error: unknown) => {
      fatal ??= error;
    });
  let batch: Pending[] = [];
  let batchFacts = 0;
  const stream = extractionStream(todo, { ...(options.extract ? { extract: options.extract } : {}), ...(options.extraction ? { mode: options.extraction } : {}) });
  try {
    for await (const outcome of stream) {
      if (fatal) break;
      if (outcome.error) {
        summary.articles.failed++;
        fail(outcome.item.path, outcome.error);
      } else {
        batch.push({ facts: outcome.facts, changed: outcome.item.changed });
        batchFacts += outcome.facts.triples.length;
        extracted += outcome.facts.triples.length;
      }
      done++;
      progress?.update(done, todo.length, extracted);
      if (batch.length >= maxArticles || batchFacts >= maxFacts) {
        await inflight;
        inflight = flush(batch);
        batch = [];
        batchFacts = 0;
      }
    }
  } catch (error) {
    fatal ??= error;
  }
  await inflight;
  if (!fatal && batch.length > 0) await flush(batch);
  progress?.update(done, todo.length, extracted);
  if (fatal) {
    progress?.done();
    throw fatal;
  }

  if (options.prune) {
    const roots = options.paths.map((p) => articlePath(p));
    const gone = [...stored.values()].filter((s) => s.kind === 'article' && roots.some((r) => isUnder(s.path, r)) && !seen.has(s.path));
    if (gone.length > 0) {
      addWrite(summary, await loader.remove(gone.map((s) => s.id)));
      summary.articles.removed += gone.length;
    }
  }
  progress?.done();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** `fn` over `items` with at most `limit` calls in flight; results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function writeBatch(loader: GraphLoader, batch: Pending[], summary: IngestSummary, fail: (path: string, e: unknown) => void): Promise<void> {
  const count = (items: Pending[]): void => {
    for (const p of items) {
      if (p.changed) summary.articles.changed++;
      else summary.articles.new++;
    }
  };
  const write = (items: Pending[]) =>
    loader.write(
      items.map((p) => p.facts),
      items.filter((p) => p.changed).map((p) => p.facts.id),
    );
  try {
    addWrite(summary, await write(batch));
    count(batch);
    return;
  } catch (error) {
    if (isUnavailable(error) || batch.length === 1) {
      if (isUnavailable(error)) throw error;
      summary.articles.failed++;
      fail(batch[0]?.facts.path ?? '?', error);
      return;
    }
  }
  // The batch was refused as a whole: find the article(s) at fault, land the others.
  for (const item of batch) {
    try {
      addWrite(summary, await write([item]));
      count([item]);
    } catch (error) {
      if (isUnavailable(error)) throw error;
      summary.articles.failed++;
      fail(item.facts.path, error);
    }
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof DatabaseError && error.retryable;
}

async function ingestRegistry(
  loader: GraphLoader,
  file: string,
  stored: Map<string, { hash: string }>,
  summary: IngestSummary,
  fail: (path: string, e: unknown) => void,
): Promise<void> {
  const path = articlePath(file);
  let facts: SourceFacts;
  try {
    facts = registryFacts(path, await readFile(file, 'utf8'));
  } catch (error) {
    summary.registry = { path, status: 'failed', facts: 0 };
    fail(path, error instanceof Error && 'code' in error ? new Error(`${path}: cannot read: ${error.message}`) : error);
    return;
  }
  const prior = stored.get(facts.id);
  if (prior?.hash === facts.hash) {
    summary.registry = { path, status: 'unchanged', facts: 0 };
    return;
  }
  try {
    const stats = await loader.write([facts], prior ? [facts.id] : []);
    addWrite(summary, stats);
    summary.registry = { path, status: prior ? 'changed' : 'new', facts: stats.facts };
  } catch (error) {
    if (isUnavailable(error)) throw error;
    summary.registry = { path, status: 'failed', facts: 0 };
    fail(path, error);
  }
}
