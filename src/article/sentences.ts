import type { Channel, Sentence } from './types.ts';
import { trimRange, type MappedText } from './text-map.ts';

// One segmenter for the process: constructing ICU break iterators is costly.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU wrongly ends a sentence when a capitalised word follows. */
const ABBREVIATION = /(?:^|[\s(（])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|vs|v|e\.g|i\.e|cf|approx|Inc|Ltd|Co|Corp|Fig|Vol|a\.k\.a|[A-Z])\.\s*$/;

/**
 * Sentences of one paragraph (never of a whole document: the segmenter is slow on long strings).
 * Sentence boundaries follow Unicode rules (。！？ and English punctuation), with known
 * abbreviations ("Mr.", "vs.", "e.g.") and initials glued back to the next segment.
 */
export function splitSentences(p: MappedText, paragraph: number, channel: Channel): Sentence[] {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(p.text)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const prev = ranges[ranges.length - 1];
    if (prev && ABBREVIATION.test(p.text.slice(prev.start, prev.end))) prev.end = end;
    else ranges.push({ start, end });
  }
  const sentences: Sentence[] = [];
  for (const r of ranges) {
    const t = trimRange(p.text, r.start, r.end);
    if (t.end <= t.start) continue;
    const map = p.map.slice(t.start, t.end);
    const first = map[0] ?? 0;
    const last = map[map.length - 1] ?? first;
    sentences.push({ text: p.text.slice(t.start, t.end), span: { start: first, end: last + 1 }, map, paragraph, channel });
  }
  return sentences;
}
