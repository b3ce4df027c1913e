/**
 * A sentence that sums up projects named before it as a group's subprojects:
 * "All of these are subprojects of SIG Multicluster", "Both are SIG Network subprojects",
 * "どちらもSIG API Machineryの管轄です", "これらはすべてSIG Xのサブプロジェクトです",
 * "以上这些都是 SIG Multicluster 名下的子项目", "两者都是 SIG X 的子项目".
 *
 * "Both" and its kin take the two projects of the sentence before; "all of these" takes the
 * projects of the sentence before, or, when the summary opens its paragraph, the projects the
 * paragraphs before it (back to their heading) introduce in bold.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { sentenceBefore, type GroupRef } from './org-context.ts';
import { sentenceProjects } from './owned-terms.ts';

const EN_SUMMARY =
  /^\s*["“]?(?:(?:And|So)\s+)?(?:(?<all>All\s+(?:of\s+)?(?:these|those|them|three|four|five|six)(?:\s+projects)?|These(?:\s+(?:projects|tools|components))?|They|Those)|(?<two>Both(?:\s+of\s+(?:them|these|those))?|The\s+two|Both\s+projects))\s+(?:(?:are|were|remain)\s+(?:all\s+|both\s+|now\s+|also\s+)*(?:(?:official\s+)?(?:SIG|WG)\b|(?:sub-?projects?|owned|maintained|run|managed|hosted|governed)\b)|(?:all\s+|both\s+)?(?:belong|live|sit)\s+(?:to|under)\b|[^.;]{0,60}?\b(?:are|were)\s+(?:all\s+|both\s+)?(?:owned|maintained|run|managed|governed)\s+by\b)/u;
const JA_SUMMARY =
  /^\s*(?:(?<all>これら(?:の(?:プロジェクト|ツール))?|それら|以上|この[三四五六3-6３-６]つ)(?:は|も)?、?(?:すべて|全て|いずれも)?|(?<two>どちら|両方|両者|この(?:二|2)つ)(?:も|とも)?)、?(?=[^。]{0,40}?(?:サブプロジェクト|の管轄|が(?:管理|所有|担当)))/u;
const ZH_SUMMARY =
  /^\s*(?:(?<all>(?:以上|上述)?(?:这些|这几个|它们)(?:项目|子项目|工具)?)|(?<two>(?:这两个|两者|二者|它俩|两个)(?:项目|子项目|工具)?))\s*(?:都|均|全都|全部|也都)?\s*(?:是|属于|归|由)(?=[^。]{0,30}?(?:子项目|名下|管理|负责|所有))/u;

/** The group the summary names, when it names exactly one, right after its subject. */
function summaryGroup(groups: Mention[]): Mention | undefined {
  const names = new Set(groups.map((g) => g.name));
  return names.size === 1 ? groups[0] : undefined;
}

/** Projects named in bold in the paragraphs before `p`, back to the heading they share. */
function boldProjectsBefore(article: ParsedArticle, p: Paragraph): Mention[] {
  const out: Mention[] = [];
  const at = article.paragraphs[p.index] === p ? p.index : article.paragraphs.indexOf(p);
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const prev = article.paragraphs[i];
    if (!prev || prev.kind === 'heading' || prev.section !== p.section) break;
    const found = sentenceProjects(prev.text).filter((m) => prev.strong.some((r) => m.start >= r.start && m.end <= r.end));
    out.unshift(...found);
  }
  return out;
}

/** The projects a summary sentence refers back to, with the group it gives them to. */
export function summaryOwnership(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, groups: Mention[]): Array<{ group: GroupRef | Mention; project: Mention }> {
  const m = EN_SUMMARY.exec(s.text) ?? JA_SUMMARY.exec(s.text) ?? ZH_SUMMARY.exec(s.text);
  if (!m) return [];
  const group = summaryGroup(groups.filter((g) => g.start >= m.index + m[0].length - 12));
  if (!group) return [];
  const before = sentenceBefore(article, s);
  const previous = distinct(sentenceProjects(before?.text ?? ''));
  let referents: Mention[];
  if (m.groups?.['two'] !== undefined) referents = previous.length === 2 ? previous : topics(before?.text ?? '', previous);
  else if (previous.length >= 2) referents = previous;
  else referents = !before && p ? distinct(boldProjectsBefore(article, p)) : [];
  return referents.length >= 2 ? referents.map((project) => ({ group, project })) : [];
}

/** "controller-toolsは…を提供し、controller-runtimeは…です": the two projects that are the sentence's topics. */
function topics(text: string, projects: Mention[]): Mention[] {
  const marked = projects.filter((x) => /^\s*(?:は|が|则|是)/u.test(text.slice(x.end)));
  return marked.length === 2 ? marked : [];
}

function distinct(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((x) => !seen.has(x.name) && seen.add(x.name));
}
