import type { ArticleDiagnostic, Byline } from './types.ts';
import type { RawBlock } from './blocks.ts';
import { parsePeople } from './people-refs.ts';
import { sliceMapped } from './text-map.ts';

const TRANSLATOR = /^(?:translators?|translated by|translation|译者|翻译|翻訳者|翻訳|訳者)$/i;
const MARKER_WORDS =
  'Authors?\\s*(?:&|and)\\s*Interviewers?|Interviewers?\\s*(?:&|and)\\s*Authors?|Author\\(s\\)|Authors?|Translators?|作者|译者|翻译|著者|執筆者|翻訳者|翻訳|訳者';
/** "Author:" / "作者：" anywhere after white space; "By X" / "Written by X" only at the start. */
const MARKER = new RegExp(`(?<=^|\\s)(${MARKER_WORDS})\\s*[:：]\\s*|^(Written by|Translated by|By)\\s+`, 'gi');
const MAX_BYLINE_CHARS = 1500;

/** Byline paragraphs in the body or comments: `**作者：** A`, `**Author:** A`, `By A (Company)`, "Authors & Interviewers: a, b". */
export function findBylines(file: string, blocks: readonly RawBlock[], diagnostics: ArticleDiagnostic[]): Byline[] {
  const bylines: Byline[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' || b.inline.text.length > MAX_BYLINE_CHARS) continue;
    const text = b.inline.text;
    const lead = /^\s*/.exec(text)?.[0].length ?? 0;
    MARKER.lastIndex = 0;
    const markers: Array<{ role: Byline['role']; start: number; end: number; loose: boolean }> = [];
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      const word = (m[1] ?? m[2] ?? '').trim();
      if (markers.length === 0 && m.index !== lead) break;
      markers.push({ role: TRANSLATOR.test(word) ? 'translator' : 'author', start: m.index, end: m.index + m[0].length, loose: m[2] !== undefined });
    }
    markers.forEach((mk, i) => {
      const end = markers[i + 1]?.start ?? text.length;
      const part = sliceMapped(b.inline, mk.end, end);
      const links = b.inline.links
        .filter((l) => l.start >= mk.end && l.end <= end)
        .map((l) => ({ start: l.start - mk.end, end: l.end - mk.end, url: l.url, span: l.span }));
      const list = parsePeople(file, part, links);
      // "By the way, …" is prose: a marker without a colon must be followed by names only.
      if (mk.loose && list.rejected.length > 0) return;
      if (list.people.length === 0) return;
      for (const r of list.rejected) {
        diagnostics.push({ severity: 'info', source: 'bylines', message: `not read as a person: "${r.text}"`, span: r.span });
      }
      bylines.push({ role: mk.role, people: list.people, channel: b.channel });
    });
  }
  return bylines;
}
