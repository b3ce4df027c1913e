/**
 * Whether a role written without its group ("Co-chair Saad Ali (Google) welcomes…", "took over the
 * chair role", "I've been a chair since 2023") is held in the article's own group, and how surely.
 */
import type { Sentence } from '../src/article/types.ts';
import type { RoleLang } from './lexicon/roles.ts';
import type { ArticleContext } from './role-holders.ts';
import type { Trigger } from './role-types.ts';

export const LEAD_CLASSES = new Set(['chair', 'co-chair', 'tech-lead', 'lead']);
const NAMES_FOLLOW = /^\s*[,:：]\s*\p{Lu}/u;
/** A profile line: the name (and handle), a colon, at most a short qualifier, then the role. */
const PROFILE_LINE_ROLE = /^[^:：。]{2,40}[:：]\s*[^:：。,，、]{0,12}$/u;
/** "現在のアプルーバーは野々村 誠さんと…", "レビュアーとしてはSeokho Sonさんが", "目前的审批人是 A 和 B": the holders follow. */
const CJK_NAMES_FOLLOW = /^\s*(?:は、?|としては、?|[:：]|(?:分别)?是|为|包括)\s*[\p{Lu}\u3400-\u9fff]/u;
/** Taking up a role, said without its group: the article's group is meant. */
const TAKES_ROLE: Record<RoleLang, RegExp> = {
  en: /\b(?:took\s+over|takes\s+over|assumed|stepped\s+into|took\s+on|joined\s+(?:\w+\s+)?as|(?:was|were|been|is|are)\s+(?:elected|appointed|named|nominated)(?:\s+(?:as|to))?|became|becomes|become|stepped\s+(?:up|in|down)\s+as|(?:is|was)\s+stepping\s+down\s+as)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?$/iu,
  ja: /^\s*(?:に就任|になりました|となりました|を引き継)/u,
  zh: /(?:担任|出任|成为|当选为?|接任)(?:了)?\s*(?:荣誉|新任|新的)?\s*$/u,
};
/** A speaker stating their own leadership role, with nothing after it naming where. */
const OWN_LEAD: Partial<Record<RoleLang, (before: string, after: string) => boolean>> = {
  en: (before, after) =>
    /\b(?:I['’]ve\s+been|I\s+have\s+been|I['’]m|I\s+am|I\s+was|I\s+served\s+as|I\s+serve\s+as)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:a|an|the|one\s+of\s+the)\s+$/iu.test(before) &&
    /^s?\s*(?:since\b|for\s+(?:\w+\s+)?(?:years?|months?)\b|now\b|too\b|as\s+well\b|[.,;!]|$)/iu.test(after),
  ja: (before, after) => /私(?:は|も)/u.test(before) && !/[\p{Lu}]|SIG|WG/u.test(before.slice(before.lastIndexOf('私'))) && /^\s*を(?:務めて|しています|やって)/u.test(after),
};

/**
 * A role with no group of its own, in an article about one group and a paragraph naming none: the
 * confidence that it is held in the article's group, or undefined when the sentence does not say so.
 */
export function heldInArticleGroup(ctx: ArticleContext, s: Sentence, t: Trigger, titled: boolean): number | undefined {
  const text = s.text;
  const before = text.slice(0, t.start);
  const after = text.slice(t.end);
  // "Co-chair Saad Ali (Google) welcomes…", "共同議長のSaad Ali（Google）も…".
  if (titled) return 0.65;
  // "初代チェアのひとりだったGreta Lindqvistさん", "前任の議長だったBenedikt Hofmannさん": a relative clause before the holder.
  if (t.word.lang === 'ja' && /^\s*(?:の(?:一人|ひとり|1人))?(?:だった|であった|である)\s*[\p{Lu}\u3400-\u9fff\u30a1-\u30fa]/u.test(after)) return 0.65;
  // "AさんとBさんがリードを務めています".
  if (t.word.lang === 'ja' && /が\s*$/u.test(before) && /^\s*(?:を務め|をしてい|を担当)/u.test(after)) return 0.65;
  // "took over the chair role", "joined him as co-chair", "新たにチェアに就任したのは…", "此前一直担任主席".
  if (TAKES_ROLE[t.word.lang].test(t.word.lang === 'ja' ? after : before)) return 0.65;
  // "The third co-chair, Henrik Solberg, …": one more holder of the group's role.
  if (t.word.lang === 'en' && LEAD_CLASSES.has(t.word.cls) && /(?:^|[.;:]\s+)the\s+(?:second|third|fourth|other|remaining)\s+$/iu.test(before) && /^\s*,\s*\p{Lu}/u.test(after)) return 0.65;
  // "I've been a chair since 2023", "私は2年前からテックリードを務めています": the speaker's own leadership.
  if (LEAD_CLASSES.has(t.word.cls) && OWN_LEAD[t.word.lang]?.(before, after)) return 0.6;
  // "- 鈴木 花子（@hsuzuki）：日本語チームのレビュアー。"
  if (ctx.article.paragraphs[s.paragraph]?.kind === 'listItem' && PROFILE_LINE_ROLE.test(before)) return 0.65;
  // "They join the continuing members, Hana Kobayashi and Luis Ortega", "現在のアプルーバーはAさんと…".
  if ((t.word.plural && NAMES_FOLLOW.test(after)) || (t.word.lang !== 'en' && CJK_NAMES_FOLLOW.test(after))) return 0.7;
  return undefined;
}
