/**
 * Entry point of the extraction child process that `ingest` forks (extraction-stream.ts):
 * answers each request with the article's facts or the reason it failed, in the order asked.
 * It runs with a larger young generation: extraction allocates a lot of short-lived objects
 * per article, and letting them die young is ~15 % faster than promoting them.
 */
import { extractFacts, type ExtractItem } from './extract-facts.ts';
import type { WorkerReply, WorkerRequest } from './extraction-protocol.ts';

// A failed send means the parent is gone (finished, or killed): nothing is left to do.
const send = (reply: WorkerReply): void => {
  if (process.connected) process.send?.(reply, undefined, undefined, (error) => error && process.exit(0));
};

// One request at a time, in arrival order: replies leave in the order the parent sent them.
let queue: Promise<void> = Promise.resolve();
process.on('message', (message: WorkerRequest) => {
  queue = queue.then(async () => {
    const item: ExtractItem = { file: message.file, path: message.path };
    try {
      send({ id: message.id, ok: true, facts: await extractFacts(item) });
    } catch (error) {
      send({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
// The parent going away (ingest finished or killed) ends this process too.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
