/**
 * Everything `npm start` runs, in order: the dashboard bundle, the local Neo4j (unless
 * NEO4J_URI names a server), an ingest of the seed articles (unchanged ones are skipped), and
 * one HTTP server with the GraphQL API and the dashboard. `stop()` undoes whatever has been
 * done so far, in any phase: it closes the server and the connections, and stops the database
 * only if this process launched it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { openApiDriver, type ApiDatabase } from '../api/api-driver.ts';
import { CypherReader } from '../api/cypher-reader.ts';
import { limitsFromEnv } from '../api/limits.ts';
import { listen, type RunningServer } from '../api/server.ts';
import { config, type DatabaseConfig, type LocalDatabaseConfig } from '../config.ts';
import { dashboardRouter } from '../dashboard/router.ts';
import { openDatabase, type Database } from '../graph/connect.ts';
import { localServerFiles, localServerStatus, startLocalServer, stopLocalServer } from '../graph/local-server.ts';
import { ingest } from '../ingest/ingest.ts';
import type { Progress } from '../ingest/progress.ts';
import type { IngestSummary } from '../ingest/summary.ts';

export interface AtlasOptions {
  host: string;
  port: number;
  /** Articles to ingest before serving; empty skips the ingest. */
  ingestPaths: readonly string[];
  /** Progress lines for a person (stderr). */
  log: (line: string) => void;
  progress?: Progress;
  database?: DatabaseConfig;
}

export interface AtlasUrls {
  dashboard: string;
  api: string;
  neo4j: string;
  /** Whether this process launched the database (and so stops it). */
  startedDatabase: boolean;
  /** The API's JSON request log. */
  logFile: string;
  ingest: IngestSummary | null;
}

/** Thrown by `start()` when `stop()` was called while it was still starting. */
export class StartInterrupted extends Error {
  constructor() {
    super('interrupted while starting');
  }
}

// Open browser tabs keep connections alive; past this, they are cut so that a stop never hangs.
const CLOSE_GRACE_MS = 3_000;
// `java Launcher.java` compiles for a moment before it writes its pid file.
const PID_FILE_WAIT_MS = 20_000;

export class Atlas {
  private stopping = false;
  private launching: LocalDatabaseConfig | null = null;
  private ingestDb: Database | null = null;
  private api: ApiDatabase | null = null;
  private server: RunningServer | null = null;

  constructor(private readonly options: AtlasOptions) {}

  async start(): Promise<AtlasUrls> {
    const { log } = this.options;
    const cfg = this.options.database ?? config().database;
    const router = await dashboardRouter({ log });
    this.check();

    let startedDatabase = false;
    let neo4jUri = cfg.uri;
    if (cfg.kind === 'local') {
      if ((await localServerStatus(cfg)).state === 'stopped') this.launching = cfg;
      const { status, started } = await startLocalServer(cfg, { log }).catch((error: unknown) => {
        // It did not come up (or was stopped while coming up): nothing of ours is left to stop.
        if (!this.stopping) this.launching = null;
        throw error;
      });
      startedDatabase = started;
      neo4jUri = status.uri;
      if (!started) {
        this.launching = null;
        log(`Neo4j is already running at ${status.uri} (pid ${status.pid}); it stays running when SIG Atlas stops`);
      }
      this.check();
    }

    let summary: IngestSummary | null = null;
    if (this.options.ingestPaths.length > 0) {
      this.ingestDb = await openDatabase(cfg, { log, startLocal: false });
      this.check();
      log(`Ingesting ${this.options.ingestPaths.join(', ')} (unchanged articles are skipped)…`);
      summary = await ingest(this.ingestDb, { paths: this.options.ingestPaths, ...(this.options.progress ? { progress: this.options.progress } : {}) });
      this.options.progress?.done();
      await this.ingestDb.close();
      this.ingestDb = null;
      this.check();
    }

    const limits = limitsFromEnv();
    this.api = await openApiDriver(cfg, { startLocal: false });
    const reader = new CypherReader({ driver: this.api.driver, database: this.api.database, timeoutMs: limits.queryTimeoutMs });
    const logFile = path.join(config().home, 'logs', 'api.log');
    const logger = pino(
      { name: 'sig-atlas-api', level: process.env['SIG_ATLAS_LOG_LEVEL'] ?? 'info' },
      pino.destination({ dest: logFile, mkdir: true, sync: true }),
    );
    try {
      this.server = await listen({ reader, limits, logger, host: this.options.host, port: this.options.port, routers: [router] });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(
          `port ${this.options.port} on ${this.options.host} is in use (another \`npm start\` or \`sig-atlas serve\`?); ` +
            'choose another with --port or SIG_ATLAS_PORT',
          { cause: error },
        );
      }
      throw error;
    }
    this.check();
    return { dashboard: `${this.server.url}/`, api: `${this.server.url}/graphql`, neo4j: neo4jUri, startedDatabase, logFile, ingest: summary };
  }

  /** Stops what runs, in reverse order; safe to call at any time, and more than once. */
  async stop(): Promise<void> {
    this.stopping = true;
    const { log } = this.options;
    const server = this.server;
    this.server = null;
    if (server !== null) {
      const forced = setTimeout(() => server.server.closeAllConnections(), CLOSE_GRACE_MS);
      await server.close();
      clearTimeout(forced);
      log('API and dashboard stopped');
    }
    await Promise.all([this.api?.driver.close(), this.ingestDb?.close()].map((p) => p?.catch(() => undefined)));
    this.api = null;
    this.ingestDb = null;
    const launched = this.launching;
    this.launching = null;
    if (launched !== null) await stopLaunched(launched, log);
  }

  private check(): void {
    if (this.stopping) throw new StartInterrupted();
  }
}

/** Stops a database this process launched, even one so young it has not written its pid yet. */
async function stopLaunched(cfg: LocalDatabaseConfig, log: (line: string) => void): Promise<void> {
  const pidFile = localServerFiles(cfg.home).pid;
  const deadline = Date.now() + PID_FILE_WAIT_MS;
  while (!existsSync(pidFile) && Date.now() < deadline) await sleep(200);
  await stopLocalServer(cfg, { log });
}
