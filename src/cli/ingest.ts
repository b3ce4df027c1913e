import { openDatabase } from '../graph/connect.ts';
import { ingest } from '../ingest/ingest.ts';
import { progressBar } from '../ingest/progress.ts';
import { formatSummary } from '../ingest/summary.ts';
import type { RegisterCommand } from './commands.ts';

interface IngestCliOptions {
  json?: boolean;
  prune?: boolean;
  registry?: string;
}

/** `sig-atlas ingest [PATH...] [--registry FILE] [--prune] [--json]` */
export const registerIngest: RegisterCommand = (program, setStatus) => {
  program
    .command('ingest')
    .description('extract articles and load them into Neo4j; unchanged articles are skipped, changed ones replaced')
    .argument('[paths...]', 'Markdown files, or directories to search for .md/.markdown files')
    .option('--registry <file>', 'also import a community registry (sigs.yaml format) as a source of kind "registry"')
    .option('--prune', 'retract stored articles under the given paths whose files no longer exist')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', '\nProgress is shown on stderr when it is a terminal.\nExit status: 0 all loaded, 1 some article failed, 2 usage error or database unavailable.')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      if (paths.length === 0 && !opts.registry) throw new Error('ingest: give article paths, --registry FILE, or both');
      const progress = progressBar(process.stderr, 'ingest');
      const db = await openDatabase(undefined, { log: (line) => progress.note(line) });
      try {
        const summary = await ingest(db, {
          paths,
          ...(opts.registry ? { registry: opts.registry } : {}),
          prune: opts.prune === true,
          progress,
        });
        process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
        setStatus(summary.failures.length > 0 ? 1 : 0);
      } finally {
        await db.close();
      }
    });
};
