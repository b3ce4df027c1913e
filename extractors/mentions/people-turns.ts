/**
 * Which interview turns are questions. The parser marks them (bold question paragraphs, the
 * interviewer's label); where it marked none, the asker is the one speaker who wrote the article,
 * or else the one whose turns end in questions ("…教えてください。", "…吗？") while the others' do not.
 */
import type { ParsedArticle, Turn } from '../../src/article/types.ts';
import type { PersonRecord } from './people-registry.ts';

const QUESTION_END = /(?:[?？]|ください|ますか|でしょうか|ませんか|いただけますか|吗|呢)[」』)）]?[。．.!！]?\s*$/u;

function endsWithQuestion(article: ParsedArticle, turn: Turn): boolean {
  const last = turn.paragraphs[turn.paragraphs.length - 1];
  const text = last === undefined ? '' : (article.paragraphs[last]?.text ?? '');
  return QUESTION_END.test(text);
}

export function questionTurns(article: ParsedArticle, speakersOf: (turn: Turn) => PersonRecord[]): Set<Turn> {
  const marked = new Set(article.turns.filter((t) => t.isQuestion));
  if (marked.size > 0 || article.turns.length < 2) return marked;
  const bySpeaker = new Map<PersonRecord, Turn[]>();
  for (const turn of article.turns) {
    const speakers = speakersOf(turn);
    const only = speakers.length === 1 ? speakers[0] : undefined;
    if (only) bySpeaker.set(only, [...(bySpeaker.get(only) ?? []), turn]);
  }
  if (bySpeaker.size < 2) return marked;
  const writers = [...bySpeaker.keys()].filter((r) => r.roles.has('author') || r.roles.has('translator'));
  let asker = writers.length === 1 ? writers[0] : undefined;
  if (!asker) {
    const ratios = [...bySpeaker.entries()]
      .map(([r, turns]) => [r, turns.filter((t) => endsWithQuestion(article, t)).length / turns.length] as const)
      .sort((a, b) => b[1] - a[1]);
    const [first, second] = ratios;
    if (first && first[1] >= 0.5 && (second?.[1] ?? 0) < 0.25) asker = first[0];
  }
  for (const t of (asker ? bySpeaker.get(asker) : undefined) ?? []) marked.add(t);
  return marked;
}
