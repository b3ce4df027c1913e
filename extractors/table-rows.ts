/**
 * Rows of Markdown tables as records: "| Laura Schmidt | 共同議長 | Red Hat |" is one person with
 * a role and an employer. The header row (row 0) is returned apart, for the extractors that want
 * to read what each column holds.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';

export interface TableRow {
  /** The cells of the row, in column order. */
  cells: Paragraph[];
  /** The cells of the table's header row. */
  header: Paragraph[];
  /** The row as one sentence ("Laura Schmidt | 共同議長 | Red Hat"), for evidence. */
  sentence: Sentence;
}

const SEPARATOR = ' | ';

/** The header of a column of projects: "Subproject", "Project", "子项目", "サブプロジェクト". */
export const SUBPROJECT_COLUMN = /^(?:sub-?projects?|projects?|子项目|子項目|项目|サブプロジェクト|プロジェクト)$/iu;

function rowSentence(cells: readonly Paragraph[]): Sentence {
  let text = '';
  const map: number[] = [];
  for (const c of cells) {
    if (text !== '') {
      text += SEPARATOR;
      const at = map[map.length - 1] ?? c.span.start;
      for (let i = 0; i < SEPARATOR.length; i++) map.push(at);
    }
    text += c.text;
    map.push(...c.map);
  }
  const first = cells[0];
  const last = cells[cells.length - 1];
  return { text, map, span: { start: first?.span.start ?? 0, end: last?.span.end ?? 0 }, paragraph: first?.index ?? 0, channel: first?.channel ?? 'body' };
}

const rowsCache = new WeakMap<ParsedArticle, TableRow[]>();

/** The body rows (not the header) of every table of the article, in document order. */
export function tableRows(article: ParsedArticle): TableRow[] {
  const cached = rowsCache.get(article);
  if (cached) return cached;
  const tables = new Map<number, Map<number, Paragraph[]>>();
  for (const p of article.paragraphs) {
    if (!p.cell) continue;
    const rows = tables.get(p.cell.table) ?? new Map<number, Paragraph[]>();
    tables.set(p.cell.table, rows);
    rows.set(p.cell.row, [...(rows.get(p.cell.row) ?? []), p]);
  }
  const out: TableRow[] = [];
  for (const rows of tables.values()) {
    const header = rows.get(0) ?? [];
    for (const [row, cells] of rows) if (row > 0 && cells.length > 0) out.push({ cells, header, sentence: rowSentence(cells) });
  }
  rowsCache.set(article, out);
  return out;
}

/** A cell's name, with a name in another script glossed by its own: "一致性定义（Conformance Definition）" → "Conformance Definition". */
export function cellName(text: string): string {
  const trimmed = text.trim();
  return /^[^（(A-Za-z]+[（(]\s*([A-Za-z][^（()）]{1,40}?)\s*[)）]$/u.exec(trimmed)?.[1] ?? trimmed;
}

/** The row's cell under the first header cell that matches `header` ("Subproject", "Leads"). */
export function cellUnder(row: TableRow, header: RegExp): Paragraph | undefined {
  const column = row.header.find((h) => header.test(h.text.trim()))?.cell?.column;
  return column === undefined ? undefined : row.cells.find((c) => c.cell?.column === column);
}
