/**
 * Proper names no lexicon knows that may be projects: "Tortoise", "KubeBrain", "Inspektor Gadget",
 * and in Japanese or Chinese prose also a lower-case word ("gnostic"). A name alone says nothing;
 * only a caller's frame ("C open-sourced X", "X 是 C 开源的") makes it a project.
 */
import { isStopWord } from './people-names.ts';
import type { Mention } from './types.ts';

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/gu;
/** Japanese or Chinese prose, not English with a gloss ("DaoCloud (道客)"). */
function mostlyCjk(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 && cjk * 2 > (text.match(/[A-Za-z]/gu)?.length ?? 0);
}
const WORD = '[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*';
const CAPITALISED = new RegExp(`(?<![\\w.@/#'’-])${WORD}(?:[ \\t]+${WORD}){0,2}(?![\\w@/'’-])`, 'gu');
/** In CJK text a Latin word stands out as a name even in lower case. */
const LOWER_IN_CJK = /(?<![\w.@/#-])[a-z][a-z0-9]{3,}(?![\w@/-])/gu;
/** Capitalised words of the domain that are kinds of things, languages or places, not names. */
const NOT_NAMES = new Set([
  'kubernetes', 'cloud', 'native', 'open', 'source', 'go', 'golang', 'rust', 'python', 'java', 'linux', 'windows', 'english',
  'japanese', 'chinese', 'slack', 'github', 'kubecon', 'operator', 'controller', 'provider', 'driver', 'project', 'tool',
  'sig', 'wg', 'beta', 'alpha', 'stable', 'docs', 'blog', 'api', 'cli', 'ui',
]);

export function unknownProjectNames(text: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const add = (name: string, start: number): void => {
    const end = start + name.length;
    const first = name.split(/\s+/u)[0] ?? name;
    // "Originally built at Kinvolk": an adverb opening the sentence.
    if (isStopWord(first) || NOT_NAMES.has(first.toLowerCase()) || /^[A-Z][a-z]+ly$/u.test(name) || taken.some((k) => start < k.end && k.start < end)) return;
    // "EKS Anywhere": a word right after a known name continues that name.
    if (taken.some((k) => k.end <= start && /^[ \t]$/u.test(text.slice(k.end, start)))) return;
    out.push({ type: 'Project', name, surface: name, start, end });
  };
  for (const m of text.matchAll(CAPITALISED)) add(m[0], m.index);
  if (mostlyCjk(text)) for (const m of text.matchAll(LOWER_IN_CJK)) add(m[0], m.index);
  return out;
}
