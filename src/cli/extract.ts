import { Option } from 'commander';
import type { RegisterCommand } from './commands.ts';
import { maxSizeOption } from './max-size.ts';

interface ExtractOptions {
  format?: 'json' | 'table';
  maxSize: number;
  quiet?: boolean;
}

/** `sig-atlas extract [--format json|table] FILE|DIR...` */
export const registerExtract: RegisterCommand = (program, setStatus) => {
  program
    .command('extract')
    .description('extract entities and relations from articles: JSON Lines on stdout, diagnostics on stderr')
    .argument('<paths...>', 'Markdown files, or directories to search for .md/.markdown files')
    .addOption(
      new Option('--format <format>', 'json: one object per article (JSON Lines); table: for reading').choices([
        'json',
        'table',
      ]),
    )
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'print only errors on stderr')
    .addHelpText(
      'after',
      '\nThe format defaults to table on a terminal and json otherwise.\nExit status: 0 all files extracted, 1 some file failed, 2 usage error.',
    )
    .action(async (paths: string[], opts: ExtractOptions) => {
      // Loaded here, not at start-up: other commands and --help need not load the extractors.
      const [{ runBatch }, { formatExtractionTable }, { outputStream }] = await Promise.all([
        import('./run-batch.ts'),
        import('./extraction-table.ts'),
        import('./output-stream.ts'),
      ]);
      const out = outputStream();
      const table = (opts.format ?? (process.stdout.isTTY ? 'table' : 'json')) === 'table';
      const summary = await runBatch(paths, { command: 'extract', maxBytes: opts.maxSize, quiet: opts.quiet === true }, (x) =>
        out.write(table ? `${formatExtractionTable(x, process.stdout.columns || 120)}\n` : `${JSON.stringify(x)}\n`),
      );
      setStatus(summary.failed > 0 ? 1 : 0);
    });
};
