import { openDatabase } from '../graph/connect.ts';
import { removeArticles } from '../ingest/remove.ts';
import { formatSummary } from '../ingest/summary.ts';
import type { RegisterCommand } from './commands.ts';

/** `sig-atlas remove PATH... [--json]` */
export const registerRemove: RegisterCommand = (program, setStatus) => {
  program
    .command('remove')
    .description('retract stored articles (a file, or every article under a folder) and whatever only they supported')
    .argument('<paths...>', 'article paths as ingested, or folders')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', '\nExit status: 0 removed, 1 some path matched no stored article.')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const db = await openDatabase(undefined, { log: (line) => void process.stderr.write(`${line}\n`) });
      try {
        const result = await removeArticles(db, paths);
        for (const p of result.unmatched) process.stderr.write(`${p}: no stored article at or under this path\n`);
        process.stdout.write(
          opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.removedPaths.map((p) => `removed ${p}`).join('\n')}${result.removedPaths.length ? '\n' : ''}${formatSummary(result)}\n`,
        );
        setStatus(result.unmatched.length > 0 ? 1 : 0);
      } finally {
        await db.close();
      }
    });
};
