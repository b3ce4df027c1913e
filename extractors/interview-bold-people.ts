/**
 * People an article introduces in bold in its prose: "The opening talk came from **Ingrid Solberg**",
 * "Next up was **Mei-Ling Chao**", "**Callum Fraser**, a research software engineer at …". An event
 * recap or feature that sets several people's names in bold is about them; one bold name is only an
 * emphasis, and a bold name before a colon is a speaker label, read elsewhere.
 */
import type { Paragraph, ParsedArticle } from '../src/article/types.ts';
import type { PeopleIndex } from './mentions/people.ts';

const MIN_PEOPLE = 3;
const THANKED = /\bthank(?:s|ed|ing)?\b|\bgrateful\b|\bshout-?out\b|感谢|感謝|ありがとう|お礼/iu;

export function boldIntroduced(article: ParsedArticle, people: PeopleIndex): Array<{ name: string; paragraph: Paragraph }> {
  const out: Array<{ name: string; paragraph: Paragraph }> = [];
  const seen = new Set<string>();
  for (const p of article.paragraphs) {
    if (p.kind !== 'paragraph' || p.allStrong) continue;
    for (const r of p.strong) {
      const bold = p.text.slice(r.start, r.end);
      // "**Ana Lima**: …" labels an answer.
      if (/^\s*[:：]/u.test(p.text.slice(r.end)) || /[:：]\s*$/u.test(bold)) continue;
      // "We also thank **Jonas Berg** for the venue": thanked, not featured.
      if (THANKED.test(p.text.slice(Math.max(0, r.start - 60), r.start).split(/[.!?。！？]/u).pop() ?? '')) continue;
      const m = people.findPeople(bold, p.map[r.start] ?? p.span.start)[0];
      if (!m || m.start > 0 || bold.trim().length !== m.end - m.start || !/\s/u.test(m.surface)) continue;
      const name = people.resolve(m.name, { at: p.span.start })?.name;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      out.push({ name, paragraph: p });
    }
  }
  return out.length >= MIN_PEOPLE ? out : [];
}
