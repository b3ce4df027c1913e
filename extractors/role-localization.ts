/**
 * A review role in a language's localization is a role in SIG Docs, which owns the localizations:
 * "one of the approvers for the Korean localization", "a reviewer for Korean",
 * "日本語ローカリゼーションのレビュアー", "日本語コンテンツのapprover", "中文本地化的 reviewer".
 */
import type { Trigger } from './role-types.ts';

const LANGUAGES_EN =
  'Korean|Japanese|Chinese|Hindi|Spanish|Portuguese|French|German|Italian|Vietnamese|Indonesian|Polish|Russian|Ukrainian|Bengali|Tamil|Turkish|Dutch|Arabic|Persian|Thai|Malay|Brazilian\\s+Portuguese';
const L10N_EN = 'locali[sz]ations?|l10n';
const AFTER_EN = new RegExp(
  `^s?\\s+(?:for|in|on|of)\\s+(?:the\\s+)?(?:(?:(?:${LANGUAGES_EN})(?:\\s*(?:,|and|&)\\s*(?:${LANGUAGES_EN}))*\\s+)?(?:${L10N_EN})\\b|(?:${LANGUAGES_EN})(?:\\s*(?:,|and|&)\\s*(?:${LANGUAGES_EN}))*(?:\\s+(?:pages|content|docs|documentation|translations?|team|website))?\\b(?!\\s+[A-Z]))`,
  'u',
);
/** "日本語ローカリゼーションの", "日本語とポルトガル語の両方のローカリゼーションで", "日本語コンテンツの". */
const BEFORE_JA = /(?:(?:ローカリゼーション|ローカライゼーション|ローカライズ)(?:チーム)?|[^\s、。]{1,6}語(?:版)?(?:コンテンツ|ドキュメント|翻訳)(?:チーム)?)\s*(?:の|で|における)\s*(?:\p{Script=Han}{0,2}[のな])?\s*$/u;
/** "中文本地化的", "印地语本地化的", "中文本地化团队的". */
const BEFORE_ZH = /(?:本地化|[\u4e00-\u9fff]{1,4}(?:语|文)(?:翻译|文档))(?:团队|小组)?\s*(?:的|中的|里的)\s*$/u;
const NOT_LEADING = new Set(['reviewer', 'approver', 'member', 'contributor', 'participant', 'maintainer']);

const LOCALIZATION_OWNER = { name: 'SIG Docs', kind: 'sig' } as const;

/** SIG Docs when the role is held in a localization, else undefined. */
export function localizationGroup(text: string, t: Trigger): typeof LOCALIZATION_OWNER | undefined {
  if (!NOT_LEADING.has(t.word.cls) || t.word.objects === 'project') return undefined;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const held = t.word.lang === 'en' && !/[\u3040-\u30ff\u3400-\u9fff]/u.test(text) ? AFTER_EN.test(text.slice(t.end)) : BEFORE_JA.test(before) || BEFORE_ZH.test(before);
  return held ? LOCALIZATION_OWNER : undefined;
}
