import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: neo4j/ (pom.xml, Launcher.java, lib/) and the default `.sig-atlas/` live here. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The database SIG Atlas starts and stops itself: Neo4j embedded, Bolt on loopback. */
export interface LocalDatabaseConfig {
  kind: 'local';
  uri: string;
  host: '127.0.0.1';
  port: number;
  user: string;
  /** From NEO4J_PASSWORD; when absent the launcher's recorded or generated password is used. */
  password: string | undefined;
  database: string;
  /** The launcher's home: store, logs, password file, pid file. */
  home: string;
  /** JVM heap limit and Neo4j page cache, as `<n>[kmg]`. */
  heap: string;
  pagecache: string;
}

/** A server someone else runs: one instance (`bolt`), a cluster (`neo4j`, routing) or Aura (`neo4j+s`). */
export interface RemoteDatabaseConfig {
  kind: 'remote';
  uri: string;
  scheme: RemoteScheme;
  user: string;
  password: string;
  database: string;
}

export type DatabaseConfig = LocalDatabaseConfig | RemoteDatabaseConfig;

export interface Config {
  /** SIG_ATLAS_HOME: where SIG Atlas keeps its state (default `<project>/.sig-atlas`). */
  home: string;
  database: DatabaseConfig;
}

/** A configuration value that cannot be used; the message names the variable and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const remoteSchemes = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;
export type RemoteScheme = (typeof remoteSchemes)[number];

export const DEFAULT_LOCAL_PORT = 7687;
const DEFAULT_DATABASE = 'neo4j';
const DEFAULT_USER = 'neo4j';
// Neo4j's own rule for database names (letters first; letters, digits, dots and dashes).
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;
const MEMORY_SIZE = /^[1-9][0-9]*[kmg]$/i;

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const home = path.resolve(cwd, nonEmpty(env, 'SIG_ATLAS_HOME') ?? path.join(projectRoot, '.sig-atlas'));
  const user = nonEmpty(env, 'NEO4J_USER') ?? DEFAULT_USER;
  const password = env['NEO4J_PASSWORD'] === '' ? undefined : env['NEO4J_PASSWORD'];
  const database = nonEmpty(env, 'NEO4J_DATABASE') ?? DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new ConfigError(
      'NEO4J_DATABASE',
      `"${database}" is not a valid database name (3–63 characters: a letter, then letters, digits, "." or "-")`,
    );
  }

  const uri = nonEmpty(env, 'NEO4J_URI');
  if (uri === undefined) {
    const port = parsePort(env, 'SIG_ATLAS_NEO4J_PORT') ?? DEFAULT_LOCAL_PORT;
    return {
      home,
      database: {
        kind: 'local',
        uri: `bolt://127.0.0.1:${port}`,
        host: '127.0.0.1',
        port,
        user,
        password,
        database,
        home: path.resolve(cwd, nonEmpty(env, 'SIG_ATLAS_NEO4J_HOME') ?? path.join(home, 'neo4j')),
        heap: memorySize(env, 'SIG_ATLAS_NEO4J_HEAP', '2g'),
        pagecache: memorySize(env, 'SIG_ATLAS_NEO4J_PAGECACHE', '256m'),
      },
    };
  }

  const scheme = parseUri(uri);
  if (password === undefined) {
    throw new ConfigError(
      'NEO4J_PASSWORD',
      `must be set when NEO4J_URI points at a server (${redact(uri)}); unset NEO4J_URI to use the local database`,
    );
  }
  return { home, database: { kind: 'remote', uri, scheme, user, password, database } };
}

let cached: Config | undefined;

/** The process's configuration, validated once on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}

function parseUri(uri: string): RemoteScheme {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new ConfigError('NEO4J_URI', `"${uri}" is not a URI; expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!isRemoteScheme(scheme)) {
    throw new ConfigError(
      'NEO4J_URI',
      `scheme "${scheme}://" is not a Bolt scheme; use bolt:// (one server), neo4j:// (a cluster, with routing) ` +
        'or neo4j+s:// (Aura, encrypted); +s/+ssc add TLS',
    );
  }
  if (url.hostname === '') throw new ConfigError('NEO4J_URI', `"${redact(uri)}" names no host`);
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError('NEO4J_URI', 'must not carry credentials; set NEO4J_USER and NEO4J_PASSWORD instead');
  }
  if (url.pathname !== '' && url.pathname !== '/') {
    throw new ConfigError('NEO4J_URI', `has a path ("${url.pathname}"); choose the database with NEO4J_DATABASE instead`);
  }
  return scheme;
}

function isRemoteScheme(scheme: string): scheme is RemoteScheme {
  return (remoteSchemes as readonly string[]).includes(scheme);
}

function parsePort(env: Env, name: string): number | undefined {
  const text = nonEmpty(env, name);
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^[0-9]+$/.test(text) || port < 1 || port > 65535) {
    throw new ConfigError(name, `"${text}" is not a TCP port (1–65535)`);
  }
  return port;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const text = nonEmpty(env, name) ?? fallback;
  if (!MEMORY_SIZE.test(text)) throw new ConfigError(name, `"${text}" is not a size like 512m or 2g`);
  return text.toLowerCase();
}

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A URI fit for messages: credentials, if any, are hidden. */
function redact(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//***@');
}
