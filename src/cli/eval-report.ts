/**
 * `eval --format table`: the scores as aligned text. The first data row starts with `overall`
 * and every language row with `lang`, so a script can grep them.
 */
import type { ArticleScore, EvalReport, GoldTriple, Prf, ScoredTriple } from '../eval/types.ts';
import { formatTable, truncate, type Align } from './text-table.ts';

const RATIO_ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];

function ratio(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function scoreRow(label: string, s: Prf): string[] {
  return [label, ratio(s.precision), ratio(s.recall), ratio(s.f1), String(s.tp), String(s.fp), String(s.fn)];
}

function tripleText(t: ScoredTriple): string {
  return `${t.s} ${t.p} ${t.o}${t.role === undefined ? '' : ` (${t.role})`}`;
}

function evidence(t: ScoredTriple | GoldTriple): string {
  return t.evidence === undefined || t.evidence === '' ? '' : `  «${truncate(t.evidence, 100)}»`;
}

function details(a: ArticleScore): string[] {
  if (a.missed.length + a.wrong.length + a.ignored.length === 0) return [];
  const lines = [`${a.article}${a.hadOutput ? '' : '  (no output)'}`];
  for (const t of a.missed) lines.push(`  missed     ${tripleText(t)}${evidence(t)}`);
  for (const t of a.wrong) lines.push(`  wrong      ${tripleText(t)}${evidence(t)}`);
  for (const { output, reason } of a.ignored) lines.push(`  ${reason.padEnd(9)}  ${tripleText(output)}${evidence(output)}`);
  return lines;
}

export function formatEvalReport(report: EvalReport, verbose: boolean): string {
  const header = ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const summary = formatTable(
    [
      header,
      scoreRow('overall', report.overall),
      ...Object.entries(report.byLang).map(([lang, s]) => scoreRow(`lang ${lang}`, s)),
      [],
      ...Object.entries(report.byPredicate).map(([p, s]) => scoreRow(p, s)),
    ],
    RATIO_ALIGN,
  );
  const perArticle = formatTable(
    [['article', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], ...report.articles.map((a) => scoreRow(a.article, a.prf))],
    RATIO_ALIGN,
  );
  const ignored = report.articles.flatMap((a) => a.ignored);
  const notes: string[] = [];
  const duplicates = ignored.filter((i) => i.reason === 'duplicate').length;
  const optional = ignored.length - duplicates;
  if (optional + duplicates > 0) {
    notes.push(`not scored: ${optional} matching optional gold triples, ${duplicates} repeating a matched gold triple`);
  }
  const missing = report.articles.filter((a) => !a.hadOutput).map((a) => a.gold);
  if (missing.length > 0) notes.push(`gold articles with no output (all missed): ${missing.join(', ')}`);
  if (report.unpaired.length > 0) notes.push(`output articles with no gold (not scored): ${report.unpaired.join(', ')}`);
  const sections = [summary, perArticle, notes];
  if (verbose) sections.push(report.articles.flatMap(details));
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
