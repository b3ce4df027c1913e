import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';

describe('tables', () => {
  it('keeps each cell with its table, row and column', () => {
    const text = '---\ntitle: t\n---\n\n| Name | Role |\n|---|---|\n| Laura Schmidt | Chair |\n| Diego Alvarez | Chair |\n';
    const a = parseArticle('t.md', text);
    const cells = a.paragraphs.filter((p) => p.kind === 'tableCell').map((p) => [p.text, p.cell?.row, p.cell?.column]);
    expect(cells).toEqual([
      ['Name', 0, 0],
      ['Role', 0, 1],
      ['Laura Schmidt', 1, 0],
      ['Chair', 1, 1],
      ['Diego Alvarez', 2, 0],
      ['Chair', 2, 1],
    ]);
    const table = a.paragraphs.find((p) => p.cell)?.cell?.table ?? -1;
    expect(text.slice(table, table + 6)).toBe('| Name');
  });

  it('reads a raw HTML table the same way, with the file offsets of its cells', () => {
    const text = '---\ntitle: t\n---\n\n<table>\n  <tr><th>Name</th><th>Role</th></tr>\n  <tr><td>Owen <b>Clarke</b></td><td>Chair</td></tr>\n</table>\n';
    const a = parseArticle('t.md', text);
    const cells = a.paragraphs.filter((p) => p.kind === 'tableCell');
    expect(cells.map((p) => [p.text, p.cell?.row, p.cell?.column])).toEqual([
      ['Name', 0, 0],
      ['Role', 0, 1],
      ['Owen Clarke', 1, 0],
      ['Chair', 1, 1],
    ]);
    const owen = cells[2];
    expect(owen && text.slice(owen.span.start, owen.span.end)).toBe('Owen <b>Clarke</b>');
    expect(a.paragraphs.some((p) => p.kind === 'html')).toBe(false);
  });
});
