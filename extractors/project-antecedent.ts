/**
 * The project a pronoun or demonstrative subject stands for ("it", "this project", "这个仓库",
 * "このプロジェクト"): the topic of the nearest sentence before it in the paragraph that names one — its
 * は/が topic, else a project that opens it, else its first project. A sentence that itself opens
 * with a pronoun ("It started as a conversation in WG Serving…") passes the reference further back.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { sentencePosition } from './org-context.ts';
import { sentenceProjects } from './owned-terms.ts';

const PRONOUN_OPENING = /^\s*["“]?(?:It|This|That|They|它|该项目|这个(?:项目|仓库|组件|工具|驱动)|これ|それ|この(?:プロジェクト|ツール|リポジトリ))(?![\w-])/u;
const TOPIC_MARK = /^\s*(?:は|が)、?/u;
const LOOK_BACK = 3;

/** The project a sentence is about: its は/が topic, else the project it opens with, else its first. */
export function topicProject(text: string): Mention | undefined {
  const named = sentenceProjects(text);
  return named.find((m) => TOPIC_MARK.test(text.slice(m.end, m.end + 3))) ?? named.find((m) => /^\s*(?:the\s+)?$/iu.test(text.slice(0, m.start))) ?? named[0];
}

/** With `fromPreviousParagraph`, a sentence opening its paragraph takes up the topic of the paragraph before. */
export function projectAntecedent(article: ParsedArticle, s: Sentence, fromPreviousParagraph = false): Mention | undefined {
  const at = sentencePosition(article, s);
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
    const prev = article.sentences[i];
    if (!prev) return undefined;
    if (prev.paragraph !== s.paragraph) {
      // "The project was started by …" opening a paragraph: the previous paragraph's opening topic.
      if (i !== at - 1 || !fromPreviousParagraph) return undefined;
      const opening = article.sentences.find((x) => x.paragraph === prev.paragraph);
      return opening ? topicProject(opening.text) : undefined;
    }
    const topic = topicProject(prev.text);
    if (topic && !(PRONOUN_OPENING.test(prev.text) && !TOPIC_MARK.test(prev.text.slice(topic.end, topic.end + 3)))) return topic;
  }
  return undefined;
}
