/**
 * What `extract` and `eval` share: find the articles, extract each, print every diagnostic on
 * stderr as `path: severity: message`, show progress on a terminal, and end with a summary
 * line. A file's failure never stops the others.
 */
import { discoverInputs } from '../extraction/discover-inputs.ts';
import { extractFiles } from '../extraction/extract-files.ts';
import { formatDiagnostic, type FileDiagnostic } from '../extraction/file-diagnostic.ts';
import type { ArticleExtraction } from '../extraction/types.ts';

export interface BatchOptions {
  /** Name printed in the summary line. */
  command: string;
  maxBytes: number;
  /** Print only errors. */
  quiet: boolean;
  /** Show progress from this many files on, when stderr is a terminal. */
  progressFrom?: number;
}

export interface BatchSummary {
  files: number;
  articles: number;
  triples: number;
  /** Inputs that failed: unreadable, rejected, or with an error diagnostic. */
  failed: number;
  skipped: number;
  warnings: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatSummary(command: string, s: BatchSummary, seconds: number): string {
  const parts = [plural(s.files, 'file'), plural(s.articles, 'article'), plural(s.triples, 'triple'), `${s.failed} failed`];
  if (s.skipped > 0) parts.push(`${s.skipped} skipped`);
  if (s.warnings > 0) parts.push(plural(s.warnings, 'warning'));
  return `sig-atlas ${command}: ${parts.join(', ')} (${seconds.toFixed(1)} s)`;
}

function progressLine(): { show(done: number, total: number, path: string): void; clear(): void } {
  let shown = false;
  let last = 0;
  return {
    show(done, total, path) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = Math.max((process.stderr.columns || 80) - 16, 10);
      const name = path.length > width ? `…${path.slice(path.length - width + 1)}` : path;
      process.stderr.write(`\r\x1b[K${String(done).padStart(6)}/${total}  ${name}`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** `onArticle` resolves to false to stop early (the reader of stdout has gone). */
export async function runBatch(
  paths: readonly string[],
  options: BatchOptions,
  onArticle: (extraction: ArticleExtraction) => Promise<boolean> | boolean,
): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = { files: 0, articles: 0, triples: 0, failed: 0, skipped: 0, warnings: 0 };
  const progress = progressLine();
  const report = (d: FileDiagnostic): void => {
    if (d.severity === 'warning') summary.warnings++;
    if (options.quiet && d.severity !== 'error') return;
    progress.clear();
    process.stderr.write(`${formatDiagnostic(d)}\n`);
  };

  const { files, diagnostics } = await discoverInputs(paths);
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.failed++;
    if (d.severity === 'info' && d.message.startsWith('skipped')) summary.skipped++;
    report(d);
  }
  const showProgress = process.stderr.isTTY === true && files.length >= (options.progressFrom ?? 20);
  for await (const result of extractFiles(files, { maxBytes: options.maxBytes })) {
    summary.files++;
    result.diagnostics.forEach(report);
    if (result.failed) summary.failed++;
    if (result.extraction) {
      summary.articles++;
      summary.triples += result.extraction.triples.length;
      if (!(await onArticle(result.extraction))) break;
    }
    if (showProgress) progress.show(summary.files, files.length, result.path);
  }
  progress.clear();
  if (!options.quiet || summary.failed > 0) process.stderr.write(`${formatSummary(options.command, summary, (performance.now() - started) / 1000)}\n`);
  return summary;
}

