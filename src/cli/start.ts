import path from 'node:path';
import type { Command } from 'commander';
import { projectRoot } from '../config.ts';
import { progressBar } from '../ingest/progress.ts';
import { Atlas, StartInterrupted } from '../start/atlas.ts';
import type { RegisterCommand } from './commands.ts';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 4000;
const SAME_SIGNAL_MS = 1_500;

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^[0-9]+$/.test(text) || port > 65535) throw new Error(`${where}: "${text}" is not a TCP port (0–65535)`);
  return port;
}

interface StartCliOptions {
  host?: string;
  port?: string;
  ingest: boolean;
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * `sig-atlas start` (what `npm start` runs): database, seed ingest, API and dashboard in one
 * process, until Ctrl-C (SIGINT) or SIGTERM, which stop all of it. Another Ctrl-C while
 * stopping (a moment later) quits at once.
 */
export const registerStart: RegisterCommand = (program: Command, setStatus) => {
  program
    .command('start')
    .description('run everything: the local Neo4j (unless NEO4J_URI is set), ingest seeds/, serve the API and the dashboard; Ctrl-C stops it all')
    .argument('[paths...]', 'articles to ingest first (default: the seeds/ directory)')
    .option('--host <host>', `address to listen on (env SIG_ATLAS_HOST; default ${DEFAULT_HOST})`)
    .option('--port <port>', `port to listen on (env SIG_ATLAS_PORT; default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--no-ingest', 'serve what the database holds, without ingesting first')
    .action(async (paths: string[], options: StartCliOptions) => {
      const host = options.host ?? (process.env['SIG_ATLAS_HOST']?.trim() || DEFAULT_HOST);
      const portText = options.port ?? (process.env['SIG_ATLAS_PORT']?.trim() || String(DEFAULT_PORT));
      const port = parsePort(portText, options.port !== undefined ? '--port' : 'SIG_ATLAS_PORT');
      const ingestPaths = !options.ingest ? [] : paths.length > 0 ? paths : [path.relative(process.cwd(), path.join(projectRoot, 'seeds')) || '.'];
      const atlas = new Atlas({ host, port, ingestPaths, log: say, progress: progressBar(process.stderr, 'ingest') });

      let running = false;
      let stopping: Promise<void> | null = null;
      let firstSignalAt = 0;
      let stopped!: () => void;
      const done = new Promise<void>((resolve) => (stopped = resolve));
      const onSignal = (signal: NodeJS.Signals): void => {
        if (stopping !== null) {
          // Under `npm start` one Ctrl-C arrives twice: from the terminal and forwarded by npm.
          if (Date.now() - firstSignalAt < SAME_SIGNAL_MS) return;
          say(`${signal} again: quitting without waiting`);
          process.exit(130);
        }
        firstSignalAt = Date.now();
        say(`\n${signal}: stopping SIG Atlas…`);
        if (!running) setStatus(130);
        stopping = atlas.stop().then(stopped, (error: unknown) => {
          say(`while stopping: ${error instanceof Error ? error.message : String(error)}`);
          setStatus(2);
          stopped();
        });
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        let urls;
        try {
          urls = await atlas.start();
        } catch (error) {
          if (stopping !== null || error instanceof StartInterrupted) {
            await done;
            return;
          }
          await atlas.stop();
          throw error;
        }
        running = true;
        const failed = urls.ingest?.failures.length ?? 0;
        if (urls.ingest !== null) {
          const a = urls.ingest.articles;
          say(`Ingest: ${a.seen} articles, ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.failed} failed`);
          for (const f of urls.ingest.failures) say(`  ${f.path}: ${f.error}`);
        }
        process.stdout.write(
          [
            '',
            'SIG Atlas is running:',
            `  Dashboard    ${urls.dashboard}`,
            `  GraphQL API  ${urls.api}  (an IDE in a browser)`,
            `  Neo4j        ${urls.neo4j}${urls.startedDatabase ? '  (started here; stops with Ctrl-C)' : ''}`,
            `  API log      ${path.relative(process.cwd(), urls.logFile)}`,
            failed > 0 ? `  (${failed} article${failed === 1 ? '' : 's'} failed to ingest; see above)` : '',
            'Press Ctrl-C to stop.',
            '',
          ]
            .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
            .join('\n'),
        );
        await done;
        say('SIG Atlas stopped.');
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
};
