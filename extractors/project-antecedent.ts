/**
 * The project a pronoun subject stands for ("it", "这个仓库", "このプロジェクト"): the subject of the
 * nearest sentence before it in the paragraph that names one. A sentence that itself opens with a
 * pronoun ("It started as a conversation in WG Serving…") passes the reference further back.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { sentencePosition } from './org-context.ts';
import { sentenceProjects } from './owned-terms.ts';

const PRONOUN_OPENING = /^\s*["“]?(?:It|This|That|They|它|该项目|这个(?:项目|仓库|组件|工具|驱动)|これ|それ|この(?:プロジェクト|ツール|リポジトリ))(?![\w-])/u;
const LOOK_BACK = 3;

export function projectAntecedent(article: ParsedArticle, s: Sentence): Mention | undefined {
  const at = sentencePosition(article, s);
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
    const prev = article.sentences[i];
    if (!prev || prev.paragraph !== s.paragraph) return undefined;
    const named = sentenceProjects(prev.text);
    // "LWS lets you treat …": a project that opens the sentence is its subject.
    const opening = named.find((m) => /^\s*(?:the\s+)?$/iu.test(prev.text.slice(0, m.start)));
    if (opening) return opening;
    if (PRONOUN_OPENING.test(prev.text)) continue;
    return named[0];
  }
  return undefined;
}
