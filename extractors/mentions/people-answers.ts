/**
 * Interviews that do not name who answers: "**Q:** … **A:** …", "**问**：… **答**：…", or bold
 * questions (or question headings) followed by plain paragraphs. Their answers belong to the one
 * person the introduction names as interviewed (besides the people who wrote the article); with
 * two or more candidates nobody is guessed.
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { isAnswerLabel } from '../../src/article/interview.ts';
import type { Mention } from './types.ts';

const QUESTION_END = /[?？]\s*$/u;

export interface AnonymousAnswers {
  /** The person answering, when there is exactly one candidate. */
  speaker: string | undefined;
  /** Paragraphs of the unlabelled answers (empty when the article has speaker labels). */
  paragraphs: Set<number>;
}

/** Bold paragraphs (numbered list items too) or headings that end in a question mark, when the article has no speaker labels at all. */
function questionParagraphs(article: ParsedArticle): number[] {
  if (article.turns.length > 0) return [];
  return article.paragraphs
    .filter((p) => p.channel === 'body' && (((p.kind === 'paragraph' || p.kind === 'listItem') && p.allStrong) || p.kind === 'heading') && QUESTION_END.test(p.text))
    .map((p) => p.index);
}

export function anonymousAnswers(
  article: ParsedArticle,
  findPeople: (text: string, at: number) => Mention[],
  isWriter: (name: string) => boolean,
): AnonymousAnswers {
  const questions = questionParagraphs(article);
  const answerTurns = article.turns.filter((t) => isAnswerLabel(t.label));
  const none: AnonymousAnswers = { speaker: undefined, paragraphs: new Set() };
  if (questions.length < 2 && answerTurns.length === 0) return none;
  const firstQuestion = questions[0] ?? Math.min(...article.turns.map((t) => t.paragraphs[0] ?? Infinity));
  const named = new Set<string>();
  for (const s of article.sentences) {
    if (s.paragraph >= firstQuestion) break;
    if (s.channel !== 'body') continue;
    for (const m of findPeople(s.text, s.span.start)) if (!isWriter(m.name)) named.add(m.name);
  }
  const speaker = named.size === 1 ? [...named][0] : undefined;
  const asked = new Set(questions);
  const paragraphs = new Set(
    questions.length < 2 ? [] : article.paragraphs.filter((p) => p.index > firstQuestion && p.channel === 'body' && p.kind !== 'heading' && !asked.has(p.index)).map((p) => p.index),
  );
  return { speaker, paragraphs };
}
