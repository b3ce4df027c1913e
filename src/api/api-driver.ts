/**
 * The API's own driver. It differs from the loader's on purpose: short connection and retry
 * budgets, so that while Neo4j is away a request fails within seconds (DATABASE_UNAVAILABLE,
 * /readyz 503) instead of hanging in the driver's 30-second retry loop, and recovers by itself
 * when the database is back (the pool reconnects).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { DatabaseConfig } from '../config.ts';
import { localPassword, startLocalServer } from '../graph/local-server.ts';

export const API_DRIVER_CONFIG = {
  disableLosslessIntegers: true,
  userAgent: 'sig-atlas-api/0.1',
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
  maxConnectionPoolSize: 64,
};

export interface ApiDatabase {
  driver: Driver;
  database: string;
  uri: string;
}

export interface ApiDriverOptions {
  /** Progress lines for a person. */
  log?: (line: string) => void;
  /** Start the local database when it is not running (default true). */
  startLocal?: boolean;
}

/**
 * A driver for the configured database; the local one is started first when needed. The
 * connection is not verified: the server starts either way, and /readyz tells.
 */
export async function openApiDriver(cfg: DatabaseConfig, options: ApiDriverOptions = {}): Promise<ApiDatabase> {
  let uri = cfg.uri;
  let password: string;
  if (cfg.kind === 'local') {
    if (options.startLocal !== false) {
      uri = (await startLocalServer(cfg, options.log ? { log: options.log } : {})).status.uri;
    }
    password = await localPassword(cfg);
  } else {
    password = cfg.password;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(cfg.user, password), API_DRIVER_CONFIG);
  return { driver, database: cfg.database, uri };
}
