/**
 * extractFiles spread over worker threads: extraction is CPU-bound and single-threaded, so a
 * batch on a machine with several cores runs one worker per core. Results come back in the
 * order of `files`, exactly as extractFiles gives them; small batches stay in this thread,
 * where starting workers (each loads the pipeline afresh) would cost more than it saves.
 *
 * Not wired into the CLI (run-batch.ts) yet: measured on the shared 2-core machine under heavy
 * load, two workers spent about twice the CPU of one thread on 104 articles (each worker's
 * start-up and JIT warm-up), and the wall time was no better. Switch run-batch.ts to it once
 * `npm run bench:extract` on a quiet machine shows the gain.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from './extract-files.ts';
import type { ReadOptions } from './read-input.ts';
import type { WorkerJob } from './extract-worker.ts';

export interface PoolOptions extends ReadOptions {
  /** Worker threads; default one per core, at most 4. 1 means no workers. */
  threads?: number;
  /** Below this many files the batch runs in this thread. */
  minFiles?: number;
}

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);
/** Each worker's heap limit: an article needs a few MB, and the batch's peak RSS (all threads) must stay under 500 MB. */
const WORKER_HEAP_MB = 256;

interface WorkerReply {
  index: number;
  result: FileResult;
}

export async function* extractFilesPooled(files: readonly string[], options: PoolOptions = {}): AsyncGenerator<FileResult> {
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), 4), files.length);
  if (threads < 2 || files.length < (options.minFiles ?? 64)) {
    // Loaded only here: with workers, this thread never needs the pipeline, and loading it would
    // take a core from the workers while they start.
    const { extractFiles } = await import('./extract-files.ts');
    yield* extractFiles(files, options);
    return;
  }
  const done = new Map<number, FileResult>();
  let wake: (() => void) | undefined;
  let next = 0;
  const workers: Worker[] = [];
  let stopping = false;

  const job = (index: number): WorkerJob => ({ index, path: files[index] ?? '', ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
  const settle = (index: number, result: FileResult): void => {
    done.set(index, result);
    wake?.();
  };
  const start = (): Worker => {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 96 } });
    let current = -1;
    const feed = (): void => {
      if (next >= files.length) {
        current = -1;
        return;
      }
      current = next++;
      worker.postMessage(job(current));
    };
    worker.on('message', (reply: WorkerReply) => {
      settle(reply.index, reply.result);
      feed();
    });
    let dead = false;
    const die = (reason: string): void => {
      if (dead) return;
      dead = true;
      // A worker that dies (out of memory on a pathological file) fails its file; a fresh one
      // carries on while files remain, so one bad file cannot stall or end the batch.
      const path = files[current] ?? '';
      if (current >= 0) settle(current, { path, diagnostics: [{ path, severity: 'error', message: `internal error while extracting: ${reason}` }], failed: true });
      const i = workers.indexOf(worker);
      if (i >= 0 && !stopping && next < files.length) workers[i] = start();
    };
    worker.on('error', (error) => die(error.message));
    worker.on('exit', (code) => die(`worker thread exited with code ${code}`));
    feed();
    return worker;
  };

  try {
    for (let t = 0; t < threads; t++) workers.push(start());
    for (let i = 0; i < files.length; i++) {
      let result = done.get(i);
      while (result === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        result = done.get(i);
      }
      done.delete(i);
      yield result;
    }
  } finally {
    stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
