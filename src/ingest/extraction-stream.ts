/**
 * Extraction for `ingest`, as a stream of outcomes in the order of the input. A large run
 * extracts in a child process, so that one core extracts while the other plans and sends the
 * writes and runs Neo4j; a small run, or one with a custom extract function (benchmarks, tests),
 * stays in this thread and pays no start-up.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SourceFacts } from '../graph/source-facts.ts';
import { defaultExtract, extractFacts, type ExtractFn, type ExtractItem } from './extract-facts.ts';
import type { WorkerReply, WorkerRequest } from './extraction-protocol.ts';

export type Outcome<T> = { item: T; facts: SourceFacts; error?: undefined } | { item: T; error: Error };

export type ExtractionMode = 'auto' | 'child' | 'thread';

export interface StreamOptions {
  mode?: ExtractionMode;
  extract?: ExtractFn;
  /** Requests sent ahead to the child, so it keeps extracting while this thread waits on a write. */
  window?: number;
}

/** Below this many articles, starting a child process (~0.5 s) costs more than it saves. */
export const CHILD_MIN_ARTICLES = 100;

/** The child could not be started at all: no article can be extracted, so the run stops. */
export class ExtractionStartError extends Error {}

const WORKER = fileURLToPath(new URL('./extraction-worker.ts', import.meta.url));
// The child runs the TypeScript sources as the CLI does (bin/sig-atlas.js registers tsx), with the
// CLI's young generation; set here too so that library callers' children get it as well.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const CHILD_FLAGS = ['--import', TSX_LOADER, '--max-semi-space-size=64'];

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export function extractionStream<T extends ExtractItem>(items: readonly T[], options: StreamOptions = {}): AsyncGenerator<Outcome<T>> {
  const mode = options.mode ?? 'auto';
  const child = !options.extract && (mode === 'child' || (mode === 'auto' && items.length >= CHILD_MIN_ARTICLES));
  return child ? inChild(items, options.window ?? 256) : inThisThread(items, options.extract ?? defaultExtract);
}

async function* inThisThread<T extends ExtractItem>(items: readonly T[], extract: ExtractFn): AsyncGenerator<Outcome<T>> {
  let done = 0;
  for (const item of items) {
    let outcome: Outcome<T>;
    try {
      outcome = { item, facts: await extractFacts(item, extract) };
    } catch (error) {
      outcome = { item, error: asError(error) };
    }
    yield outcome;
    // Let the driver move the batch in flight while the next one is extracted.
    if (++done % 8 === 0) await yieldToEventLoop();
  }
}

async function* inChild<T extends ExtractItem>(items: readonly T[], window: number): AsyncGenerator<Outcome<T>> {
  const child = new ExtractionChild();
  try {
    const queue: Array<Promise<SourceFacts>> = [];
    let sent = 0;
    for (const item of items) {
      while (sent < items.length && queue.length < window) {
        const request = child.request(items[sent++] as T);
        request.catch(() => undefined); // awaited below, in order
        queue.push(request);
      }
      let outcome: Outcome<T>;
      try {
        outcome = { item, facts: await (queue.shift() as Promise<SourceFacts>) };
      } catch (error) {
        if (error instanceof ExtractionStartError) throw error;
        outcome = { item, error: asError(error) };
      }
      yield outcome;
    }
  } finally {
    await child.close();
  }
}

interface Request {
  item: ExtractItem;
  resolve(facts: SourceFacts): void;
  reject(error: Error): void;
}

/** One child process; if it dies, the article it was on fails and the rest go to a new one. */
class ExtractionChild {
  private readonly pending = new Map<number, Request>();
  private nextId = 0;
  private closed = false;
  private process: ChildProcess;

  constructor() {
    this.process = this.spawn();
  }

  request(item: ExtractItem): Promise<SourceFacts> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error(`${item.path}: extraction stopped`));
      const id = this.nextId++;
      this.pending.set(id, { item, resolve, reject });
      this.send(id, item);
    });
  }

  /** Resolves once the child has exited, so that no process outlives the run. */
  close(): Promise<void> {
    this.closed = true;
    for (const r of this.pending.values()) r.reject(new Error(`${r.item.path}: extraction stopped`));
    this.pending.clear();
    const child = this.process;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // Without its channel the child exits by itself (extraction-worker.ts); signals only if it does not.
      const term = setTimeout(() => child.kill(), 1000);
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(term);
        clearTimeout(force);
        resolve();
      });
      if (child.connected) child.disconnect();
      else child.kill();
    });
  }

  private send(id: number, item: ExtractItem): void {
    const message: WorkerRequest = { id, file: item.file, path: item.path };
    // A closed channel means the child is exiting; its exit handler sends the request again.
    if (this.process.connected) this.process.send(message, () => undefined);
  }

  private spawn(): ChildProcess {
    const child = fork(WORKER, [], { execArgv: CHILD_FLAGS, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let started = false;
    let ended = false;
    const end = (why: string): void => {
      if (ended) return;
      ended = true;
      this.onEnd(child, started, why);
    };
    child.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        started = true;
        return;
      }
      const request = this.pending.get(reply.id);
      if (!request) return;
      this.pending.delete(reply.id);
      if (reply.ok) request.resolve(reply.facts);
      else request.reject(new Error(reply.error));
    });
    child.on('error', (error) => end(error.message));
    child.on('exit', (code, signal) => end(signal ? `signal ${signal}` : `exit code ${String(code)}`));
    return child;
  }

  private onEnd(child: ChildProcess, started: boolean, why: string): void {
    if (this.closed || child !== this.process) return;
    const waiting = [...this.pending.entries()];
    if (!started) {
      this.closed = true;
      this.pending.clear();
      const error = new ExtractionStartError(`the extraction process could not start (${why}); see the messages above`);
      for (const [, r] of waiting) r.reject(error);
      return;
    }
    // Requests are handled in order, so the oldest unanswered one is the article it died on.
    const first = waiting[0];
    if (first) {
      this.pending.delete(first[0]);
      first[1].reject(new Error(`${first[1].item.path}: the extraction process ended (${why}) while extracting this article`));
    }
    this.process = this.spawn();
    for (const [id, r] of this.pending) this.send(id, r.item);
  }
}
