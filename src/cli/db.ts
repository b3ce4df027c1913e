import type { Command } from 'commander';
import { config, type LocalDatabaseConfig } from '../config.ts';
import { openDatabase } from '../graph/connect.ts';
import { DatabaseError } from '../graph/db-errors.ts';
import { ensureNeo4jJars } from '../graph/local-install.ts';
import { localServerStatus, startLocalServer, stopLocalServer, type LocalServerStatus } from '../graph/local-server.ts';
import type { RegisterCommand } from './commands.ts';

const progress = (line: string): void => void process.stderr.write(`${line}\n`);

/** `sig-atlas db start|stop|status|fetch`: the local Neo4j (or a check of the one NEO4J_URI names). */
export const registerDb: RegisterCommand = (program: Command, setStatus) => {
  const db = program
    .command('db')
    .description('start, stop or inspect the local Neo4j database (NEO4J_URI unset), or check the configured server');

  db.command('start')
    .description('start the local database in the background and wait until Bolt answers')
    .option('--timeout <seconds>', 'how long to wait for Bolt', '180')
    .option('--json', 'print the status as JSON')
    .action(async (options: { timeout: string; json?: boolean }) => {
      const local = localOnly('start');
      const timeoutMs = Number(options.timeout) * 1000;
      if (!(timeoutMs > 0)) throw new Error(`--timeout: "${options.timeout}" is not a positive number of seconds`);
      const { status, started } = await startLocalServer(local, { log: progress, timeoutMs });
      if (!started) progress(`Neo4j is already running at ${status.uri} (pid ${status.pid})`);
      print(status, options.json === true, local);
    });

  db.command('stop')
    .description('stop the local database cleanly (SIGTERM) and wait until it has exited')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const local = localOnly('stop');
      const result = await stopLocalServer(local, { log: progress });
      if (options.json === true || !process.stdout.isTTY) {
        process.stdout.write(`${JSON.stringify({ stopped: result.stopped, pid: result.pid, home: local.home })}\n`);
      } else if (!result.stopped) {
        process.stdout.write('Neo4j was not running\n');
      }
    });

  db.command('status')
    .description('URI, pid, store size and state; JSON when --json is given or stdout is not a terminal')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const cfg = config().database;
      if (cfg.kind === 'local') {
        print(await localServerStatus(cfg), options.json === true, cfg);
        return;
      }
      const json = options.json === true || !process.stdout.isTTY;
      try {
        const open = await openDatabase(cfg);
        await open.close();
        const report = { kind: 'remote', reachable: true, uri: cfg.uri, database: cfg.database, user: cfg.user, agent: open.agent };
        process.stdout.write(json ? `${JSON.stringify(report)}\n` : `Neo4j at ${cfg.uri}: reachable (${open.agent}), database ${cfg.database}\n`);
      } catch (error) {
        if (!(error instanceof DatabaseError)) throw error;
        setStatus(1);
        const report = { kind: 'remote', reachable: false, uri: cfg.uri, database: cfg.database, user: cfg.user, error: error.message };
        process.stdout.write(json ? `${JSON.stringify(report)}\n` : `Neo4j at ${cfg.uri}: not reachable\n  ${error.message}\n`);
      }
    });

  db.command('fetch')
    .description('fetch the Neo4j jars with Maven into neo4j/lib (the first start does this too)')
    .action(async () => {
      const outcome = await ensureNeo4jJars(progress);
      if (outcome === 'present') progress('Neo4j jars are up to date');
    });
};

function localOnly(verb: string): LocalDatabaseConfig {
  const cfg = config().database;
  if (cfg.kind === 'remote') {
    throw new Error(
      `NEO4J_URI is set (${cfg.uri}), so there is no local database to ${verb}; ` +
        'unset NEO4J_URI to use the local one, or manage that server where it runs',
    );
  }
  return cfg;
}

function print(status: LocalServerStatus, json: boolean, cfg: LocalDatabaseConfig): void {
  if (json || !process.stdout.isTTY) {
    const report = { kind: 'local', running: status.state === 'running', ...status, user: cfg.user, database: cfg.database };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const rows: [string, string][] = [
    ['uri', status.uri],
    ['pid', status.pid === null ? '-' : String(status.pid)],
    ['version', status.version ?? '-'],
    ['started', status.startedAt ?? '-'],
    ['store', `${formatBytes(status.storeBytes)} in ${status.home}`],
    ['user', `${cfg.user} (password: ${cfg.password !== undefined ? 'NEO4J_PASSWORD' : status.passwordFile})`],
    ['log', status.logFile],
  ];
  process.stdout.write(`Neo4j (local): ${status.state}\n${rows.map(([k, v]) => `  ${k.padEnd(8)} ${v}\n`).join('')}`);
}

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
