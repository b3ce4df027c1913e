import { Option } from 'commander';
import type { ArticleExtraction } from '../extraction/types.ts';
import type { RegisterCommand } from './commands.ts';
import { maxSizeOption } from './max-size.ts';

interface EvalOptions {
  gold: string;
  format: 'table' | 'json';
  verbose?: boolean;
  comments: boolean;
  maxSize: number;
  quiet?: boolean;
}

/** `sig-atlas eval --gold GOLD.jsonl FILE|DIR... [--verbose] [--format table|json] [--no-comments]` */
export const registerEval: RegisterCommand = (program, setStatus) => {
  program
    .command('eval')
    .description('extract the articles and score the result against gold triples (P/R/F1 as in the spec)')
    .argument('<paths...>', 'Markdown files, or directories to search for .md/.markdown files')
    .requiredOption('--gold <file>', 'gold JSON Lines file (../shared/spec/extraction.md)')
    .addOption(new Option('--format <format>', 'table for reading, json for scripts').choices(['table', 'json']).default('table'))
    .option('-v, --verbose', 'list missed triples (with gold evidence) and wrong ones (with ours)')
    .option('--no-comments', "ignore triples found only in HTML comments (zh-cn files' English original)")
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'print only errors on stderr')
    .addHelpText('after', '\nExit status: 0 scored, 1 some article failed to extract, 2 usage error or unusable gold file.')
    .action(async (paths: string[], opts: EvalOptions) => {
      // Loaded here, not at start-up: other commands and --help need not load the extractors.
      const [{ GoldFormatError, loadGold }, { scoreArticles }, { runBatch }, { formatEvalReport }, { outputStream }] = await Promise.all([
        import('../eval/load-gold.ts'),
        import('../eval/score.ts'),
        import('./run-batch.ts'),
        import('./eval-report.ts'),
        import('./output-stream.ts'),
      ]);
      let gold;
      try {
        gold = await loadGold(opts.gold);
      } catch (error) {
        if (!(error instanceof GoldFormatError)) throw error;
        process.stderr.write(`sig-atlas eval: ${error.message}\n`);
        setStatus(2);
        return;
      }
      const outputs: ArticleExtraction[] = [];
      const summary = await runBatch(paths, { command: 'eval', maxBytes: opts.maxSize, quiet: opts.quiet === true }, (x) => {
        outputs.push(x);
        return true;
      });
      const report = scoreArticles(outputs, gold, { noComments: !opts.comments });
      await outputStream().write(
        opts.format === 'json'
          ? `${JSON.stringify({ ...report, extraction: summary, noComments: !opts.comments }, null, 2)}\n`
          : formatEvalReport(report, opts.verbose === true),
      );
      setStatus(summary.failed > 0 ? 1 : 0);
    });
};
