import type { Command } from 'commander';
import pino from 'pino';
import { config } from '../config.ts';
import { openApiDriver } from '../api/api-driver.ts';
import { CypherReader } from '../api/cypher-reader.ts';
import { limitsFromEnv } from '../api/limits.ts';
import { listen } from '../api/server.ts';
import type { RegisterCommand } from './commands.ts';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 4000;

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^[0-9]+$/.test(text) || port < 0 || port > 65535) throw new Error(`${where}: "${text}" is not a TCP port (0–65535)`);
  return port;
}

/** `sig-atlas serve`: the GraphQL API (and its IDE) over the graph in Neo4j. */
export const registerServe: RegisterCommand = (program: Command) => {
  program
    .command('serve')
    .description('serve the GraphQL API at /graphql (IDE in a browser), with /healthz, /readyz and /metrics')
    .option('--host <host>', `address to listen on (env SIG_ATLAS_HOST; default ${DEFAULT_HOST})`)
    .option('--port <port>', `port to listen on (env SIG_ATLAS_PORT; default ${DEFAULT_PORT}; 0 picks a free one)`)
    .action(async (options: { host?: string; port?: string }) => {
      const host = options.host ?? (process.env['SIG_ATLAS_HOST']?.trim() || DEFAULT_HOST);
      const port =
        options.port !== undefined
          ? parsePort(options.port, '--port')
          : process.env['SIG_ATLAS_PORT']?.trim()
            ? parsePort(process.env['SIG_ATLAS_PORT'].trim(), 'SIG_ATLAS_PORT')
            : DEFAULT_PORT;
      const limits = limitsFromEnv();
      const logger = pino({ name: 'sig-atlas-api', level: process.env['SIG_ATLAS_LOG_LEVEL'] ?? 'info' });
      const db = await openApiDriver(config().database, { log: (line) => logger.info(line) });
      const reader = new CypherReader({ driver: db.driver, database: db.database, timeoutMs: limits.queryTimeoutMs });
      const { dashboardRouter } = await import('../dashboard/router.ts');
      const running = await listen({ reader, limits, logger, host, port, routers: [await dashboardRouter()] });
      const ready = await reader.ping(2_000);
      logger.info({ url: `${running.url}/graphql`, neo4j: db.uri, ready }, `SIG Atlas API listening on ${running.url}/graphql`);
      process.stderr.write(`SIG Atlas: dashboard ${running.url}/, API ${running.url}/graphql (IDE in a browser; /healthz /readyz /metrics)\n`);

      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, 'shutting down');
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running.close();
      await db.driver.close();
    });
};
