/**
 * Objects a role noun refers back to: "one of its maintainers" (the project named before "its", in
 * the sentence or the one before), "这两个项目的维护者" (the projects just named), and a Japanese or
 * Chinese sentence that opens with a project role ("メンテナーの一人である中山さん") after a
 * sentence about the project.
 */
import type { Sentence } from '../src/article/types.ts';
import type { GroupIndex } from './mentions/groups.ts';
import type { ArticleContext } from './role-holders.ts';
import { sentenceBefore } from './org-context.ts';
import { titleProject } from './owned-terms.ts';
import { entities } from './role-entities.ts';
import type { Obj, Trigger } from './role-types.ts';

/** "one of its maintainers", "its two co-leads", "its new maintainer". */
const ITS_ROLE = /\b(?:(?:one|two|some|each)\s+of\s+)?its\s+(?:(?:first|new|current|two|three|core|main|subproject|sub-project)\s+)?$/iu;
/** "是它的主要维护者之一", "そのメンテナー": the project named before. */
/** "这个子项目的负责人", "このリポジトリのapprover", "this project's maintainers": a project referred back to. */
export const PROJECT_BACK_REFERENCE = /(?:这个|该|此)\s*(?:(?:子)?项目|仓库)的\s*(?:主要|核心|新)?\s*$|この(?:リポジトリ|プロジェクト|サブプロジェクト|ツール)の\s*$|\bthis\s+(?:sub-?)?project['’]s\s+$/iu;
const ITS_ROLE_CJK = new RegExp(`${PROJECT_BACK_REFERENCE.source}|它的\\s*(?:主要|核心|新)?\\s*$|その(?:プロジェクトの|サブプロジェクトの)?\\s*$`, 'iu');
/** "这两个项目的", "these two projects'": the projects the sentence named before. */
const THESE_PROJECTS = /(?:(?:这|那)(两|三|几|些)个?\s*(?:子?项目|仓库)\s*的|\b(?:these|those)\s+(two|three)?\s*projects['’])\s*$/iu;

const CJK_TEXT = /[\u3040-\u30ff]/u;
const ANOTHER = /(?:另一位|另外一位|另一个|\banother\s+|\bthe\s+other\s+|\bfellow\s+|もう一人の)\s*$/iu;
const CJK_ADDITION = /^\s*(?:同じく|同様に|また|さらに|そして|同样|另外|此外)\s*[、，,]?\s*$/u;

export interface Anaphoric {
  objects: Obj[];
  confidence: number;
  /** Where the role phrase starts when the reference word opens it. */
  phraseStart?: number;
}

export function anaphoricObjects(ctx: ArticleContext, groups: GroupIndex, s: Sentence, t: Trigger, objs: Obj[]): Anaphoric | undefined {
  const text = s.text;
  const before = text.slice(0, t.start);
  // "contributing to krel, …, and last year I became one of its maintainers": the thing named before "its";
  // "Solo.io created kgateway. Lin Sun (Solo.io) is one of its maintainers.": else the sentence before.
  // An English role word in Japanese or Chinese prose ("このリポジトリのapprover") takes up the project the same way.
  const its = t.word.lang === 'en' ? (ITS_ROLE.exec(before) ?? ITS_ROLE_CJK.exec(before)) : ITS_ROLE_CJK.exec(before);
  if (its) {
    const wanted = t.word.objects === 'project' ? 'Project' : t.word.objects === 'group' ? 'Sig' : undefined;
    // "…Cluster Inventory API 子项目上，⏎也就是定义 … 的地方。我目前是这个子项目的负责人之一": up to three sentences back.
    const candidates = objs.filter((o) => (wanted === undefined || o.type === wanted) && o.m.end <= its.index);
    // "TopoLVMは、…CSIドライバーで、星野さんはそのメンテナー": in Japanese the topic, not the last name before.
    const topic = t.word.lang !== 'en' || CJK_TEXT.test(text) ? candidates.find((o) => /^\s*(?:は|が)、?/u.test(text.slice(o.m.end))) : undefined;
    const antecedent = topic ?? candidates.pop() ?? previousProject(ctx, groups, s) ?? earlierProject(ctx, groups, s);
    // "one of" stays in the gap, where it licenses a plural role noun.
    if (antecedent) return { objects: [antecedent], confidence: 0.75, phraseStart: its.index + Math.max(0, its[0].search(/its|它|该|这|その/iu)) };
  }
  // "PipeCDは…OSSです。メンテナーの一人である中山さんは…".
  // "…歓迎です。同じくメンテナーのChen Xinさんも…": after a word of addition.
  if (t.word.objects === 'project' && t.word.lang !== 'en' && (t.start <= 2 || CJK_ADDITION.test(before))) {
    const antecedent = previousProject(ctx, groups, s);
    if (antecedent) return { objects: [antecedent], confidence: 0.7 };
  }
  // "由我和另一位维护者 Olivia Grant 共同完成", "another maintainer, Ana": a project the paragraph or the title named.
  if (t.word.objects === 'project' && ANOTHER.test(before)) {
    const inTitle = groups.findGroups(ctx.article.frontMatter?.title ?? '').length === 0 ? titleProject(ctx.article) : undefined;
    const antecedent = earlierProject(ctx, groups, s) ?? (inTitle ? { m: inTitle, type: 'Project' as const } : undefined);
    if (antecedent) return { objects: [antecedent], confidence: 0.7 };
  }
  // "我最早参与的是 Prow 和 TestGrid，现在是这两个项目的维护者之一".
  const these = t.word.objects !== 'group' ? THESE_PROJECTS.exec(before) : null;
  if (these) {
    const named = objs.filter((o) => o.type === 'Project' && o.m.end <= these.index);
    const said = (these[1] ?? these[2])?.toLowerCase();
    const count = said === '两' || said === 'two' ? 2 : said === '三' || said === 'three' ? 3 : named.length;
    if (count > 0 && named.length >= count) return { objects: named.slice(-count), confidence: 0.75, phraseStart: these.index };
  }
  return undefined;
}

/**
 * The project the sentence before is about, in the same paragraph: the one it opens with
 * ("KWOK, short for Kubernetes WithOut Kubelet, lets you …"), else the last it names.
 */
function previousProject(ctx: ArticleContext, groups: GroupIndex, s: Sentence): Obj | undefined {
  const prev = sentenceBefore(ctx.article, s);
  if (!prev) return undefined;
  const projects = entities(prev.text, groups).filter((o) => o.type === 'Project');
  const first = projects[0];
  return first && first.m.start <= 2 && /^\s*[,(（]/u.test(prev.text.slice(first.m.end)) ? first : projects.pop();
}

/** The last project named in the paragraph before `s` (up to three sentences back). */
function earlierProject(ctx: ArticleContext, groups: GroupIndex, s: Sentence): Obj | undefined {
  const index = ctx.sentenceIndex.get(s);
  if (index === undefined) return undefined;
  // "kindはもともと…。今ではKubernetes…。もう一人のメンテナーである…": the paragraph's topic before the last name.
  let nearest: Obj | undefined;
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const prev = ctx.article.sentences[j];
    if (!prev || prev.paragraph !== s.paragraph) break;
    const found = entities(prev.text, groups).filter((o) => o.type === 'Project');
    const topic = found.find((o) => /^\s*(?:は|も)、?/u.test(prev.text.slice(o.m.end, o.m.end + 2)));
    if (topic) return topic;
    nearest ??= found[found.length - 1];
  }
  return nearest;
}

/** "…, which I help maintain": the speaker's relative clause; the objects end where it begins. */
const RELATIVE_BEFORE = /,\s*(?:(?:which|that)\s+|(?:a|the)\s+(?:sub)?projects?\s+(?:that\s+|which\s+)?|(?:an?|the)\s+(?:tool|component|library)\s+(?:that\s+|which\s+)?)(?:I|we)\s+(?:(?:also|now|still|currently|actively|co-)\s*)?(?:(?:help|helped)\s+(?:to\s+)?|(?:have|had)\s+(?:(?:also|long)\s+)?|['’]ve\s+)?$/u;
const LIST_JOIN = /^\s*(?:,|,?\s*and|&)\s*$/iu;

/** The objects a relative clause before the trigger refers back to, with those coordinated before them. */
export function relativeAntecedents(text: string, t: Trigger, objs: readonly Obj[]): Obj[] {
  const clause = RELATIVE_BEFORE.exec(text.slice(0, t.start));
  if (!clause) return [];
  const wanted = t.word.objects === 'project' ? 'Project' : t.word.objects === 'group' ? 'Sig' : undefined;
  const before = objs.filter((o) => o.m.end <= clause.index && (wanted === undefined || o.type === wanted));
  const last = before[before.length - 1];
  if (!last || text.slice(last.m.end, clause.index).trim() !== '') return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const o = before[i];
    const next = out[0];
    if (!o || !next || o.type !== last.type || !LIST_JOIN.test(text.slice(o.m.end, next.m.start))) break;
    out.unshift(o);
  }
  return out;
}
