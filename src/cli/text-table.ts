/**
 * Plain aligned columns for terminal tables, measured in display columns so Japanese and
 * Chinese text (two columns a character) lines up.
 */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Collapses white space and cuts `text` to at most `width` display columns, marking the cut with "…". */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (stringWidth(flat) <= width) return flat;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(flat)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Rows padded to aligned columns, two spaces apart; an empty row stays an empty line. */
export function formatTable(rows: ReadonlyArray<readonly string[]>, align: readonly Align[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - stringWidth(cell));
        if (align[i] === 'right') return pad + cell;
        return i === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
