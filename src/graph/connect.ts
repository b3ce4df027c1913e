import neo4j, { type Driver } from 'neo4j-driver';
import { config, type DatabaseConfig } from '../config.ts';
import { toDatabaseError, type DatabaseTarget } from './db-errors.ts';
import { localPassword, localServerStatus, passwordSource, startLocalServer } from './local-server.ts';

/**
 * An open, verified connection to the configured Neo4j. Run work through `driver` with
 * `database` (e.g. `driver.executeQuery(q, params, { database })` or
 * `driver.session({ database }).executeWrite(...)`), and pass failures through
 * `toDatabaseError(error, target)` for a message that says what to do.
 */
export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  kind: 'local' | 'remote';
  /** Server version, e.g. "Neo4j/5.26.30". */
  agent: string;
  target: DatabaseTarget;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Progress lines for a person ("Starting Neo4j…", the first jar fetch); default: stderr. */
  log?: (line: string) => void;
  /** Start the local server when it is not running (default true). */
  startLocal?: boolean;
}

/**
 * Connects to the configured database and checks that it answers and that the database exists.
 * With no NEO4J_URI, the local server is started first when needed. Driver options shared by
 * every caller: integers come back as JS numbers (`disableLosslessIntegers`; counts and offsets
 * here are far below 2^53).
 */
export async function openDatabase(cfg: DatabaseConfig = config().database, options: OpenOptions = {}): Promise<Database> {
  let uri = cfg.uri;
  let password: string;
  let source: string;
  if (cfg.kind === 'local') {
    const status =
      options.startLocal === false
        ? await localServerStatus(cfg)
        : (await startLocalServer(cfg, { log: options.log ?? ((line) => void process.stderr.write(`${line}\n`)) })).status;
    uri = status.uri;
    password = await localPassword(cfg);
    source = passwordSource(cfg);
  } else {
    password = cfg.password;
    source = 'NEO4J_PASSWORD';
  }
  const target: DatabaseTarget = { uri, user: cfg.user, database: cfg.database, passwordSource: source };
  const driver = neo4j.driver(uri, neo4j.auth.basic(cfg.user, password), {
    disableLosslessIntegers: true,
    userAgent: 'sig-atlas/0.1',
    connectionTimeout: 15_000,
  });
  try {
    const info = await driver.getServerInfo();
    // getServerInfo does not touch the database; this does, so a wrong NEO4J_DATABASE fails here.
    await driver.executeQuery('RETURN 1', {}, { database: cfg.database });
    return {
      driver,
      database: cfg.database,
      uri,
      kind: cfg.kind,
      agent: info.agent ?? 'Neo4j',
      target,
      close: () => driver.close(),
    };
  } catch (error) {
    await driver.close();
    throw toDatabaseError(error, target);
  }
}

/** The verified driver alone; the caller closes it. */
export async function openDriver(cfg: DatabaseConfig = config().database, options: OpenOptions = {}): Promise<Driver> {
  return (await openDatabase(cfg, options)).driver;
}

/** Opens the database, runs `fn`, and closes the connection whatever happens. */
export async function withDatabase<T>(
  fn: (db: Database) => Promise<T>,
  cfg: DatabaseConfig = config().database,
  options: OpenOptions = {},
): Promise<T> {
  const db = await openDatabase(cfg, options);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
