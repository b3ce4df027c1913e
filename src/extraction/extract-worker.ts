/**
 * Body of one extraction worker thread (see extract-pool.ts): reads and extracts the files it is
 * sent, one at a time, and posts each FileResult back with the job's index.
 */
import { parentPort } from 'node:worker_threads';
import { extractRead } from './extract-files.ts';
import { readArticleFile } from './read-input.ts';

export interface WorkerJob {
  index: number;
  path: string;
  maxBytes?: number;
}

const port = parentPort;
if (port) {
  port.on('message', (job: WorkerJob) => {
    void readArticleFile(job.path, job.maxBytes === undefined ? {} : { maxBytes: job.maxBytes }).then((read) => {
      port.postMessage({ index: job.index, result: extractRead(job.path, read) });
    });
  });
}
