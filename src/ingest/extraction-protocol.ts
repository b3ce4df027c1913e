/** Messages between `ingest` and its extraction child process (extraction-worker.ts). */
import type { SourceFacts } from '../graph/source-facts.ts';

export interface WorkerRequest {
  id: number;
  file: string;
  path: string;
}

export type WorkerReply = { ready: true } | { id: number; ok: true; facts: SourceFacts } | { id: number; ok: false; error: string };
