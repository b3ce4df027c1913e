/** `extract --format table`: one readable block per article. */
import stringWidth from 'string-width';
import type { ArticleExtraction, Triple } from '../extraction/types.ts';
import { formatTable, truncate } from './text-table.ts';

const HEADER = ['subject', 'predicate', 'object', 'role', 'conf', 'evidence'];

function names(t: Triple): string[] {
  return [t.s, t.p, t.o, t.role ?? '', t.confidence.toFixed(2)];
}

export function formatExtractionTable(x: ArticleExtraction, columns = 120): string {
  const title = x.meta.title === undefined ? '' : `  ${truncate(x.meta.title, 60)}`;
  const head = `${x.article}  [${x.lang}]${title}\n  ${x.entities.length} entities, ${x.triples.length} triples\n`;
  if (x.triples.length === 0) return head;
  // Evidence gets what the other columns leave of the terminal width, at least 20 columns.
  const rows = x.triples.map(names);
  const fixed = HEADER.slice(0, 5).reduce(
    (sum, label, i) => sum + Math.max(stringWidth(label), ...rows.map((r) => stringWidth(r[i] ?? ''))) + 2,
    2,
  );
  const evidenceWidth = Math.max(20, columns - fixed);
  const table = formatTable(
    [HEADER, ...x.triples.map((t, i) => [...(rows[i] ?? []), truncate(t.evidence, evidenceWidth)])],
    ['left', 'left', 'left', 'left', 'right', 'left'],
  );
  return `${head}${table.map((line) => `  ${line}`).join('\n')}\n`;
}
