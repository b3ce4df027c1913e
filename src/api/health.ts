/**
 * /healthz: the process is up. /readyz: Neo4j answers a trivial read now; 503 otherwise. Each
 * call checks afresh (with a short timeout), so readiness returns by itself with the database.
 */
import type { Request, Response } from 'express';
import type { CypherReader } from './cypher-reader.ts';
import type { ApiMetrics } from './metrics.ts';

export const READY_TIMEOUT_MS = 2_000;

export function healthz(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

export function readyz(reader: CypherReader, metrics: ApiMetrics) {
  return async (req: Request, res: Response): Promise<void> => {
    const ok = await reader.ping(READY_TIMEOUT_MS);
    metrics.ready.set(ok ? 1 : 0);
    if (!ok) req.log.warn('readiness check failed: Neo4j unreachable');
    res
      .status(ok ? 200 : 503)
      .setHeader('cache-control', 'no-store')
      .json(ok ? { status: 'ready', neo4j: 'up' } : { status: 'unavailable', neo4j: 'down' });
  };
}
