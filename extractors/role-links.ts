/**
 * Links role words to the people who hold them and the groups or projects they are held in, one
 * sentence at a time: "X is a co-chair of SIG Y", "SIG Yの共同チェアであるX", "X 是 SIG Y 技术负责人之一",
 * "contributing to the SIG Testing and SIG Docs projects", "the co-chairs, A (DM), B (RL) and C (NV)".
 *
 * A role word (role-triggers.ts) finds its object by the language's grammar (role-objects.ts,
 * role-grammar.ts), then its holder (role-subjects.ts); the predicate follows from the role's
 * class and the object's type (lexicon/roles.ts). Every fact carries its sentence as evidence.
 */
import type { Lang, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { SigKind } from '../src/extraction/types.ts';
import { relationFor, type RoleLang } from './lexicon/roles.ts';
import { groupIndex, type GroupIndex } from './mentions/groups.ts';
import { EN_AS_INTRO, GROUP_POSSESSIVE, JA_ADVICE } from './role-grammar.ts';
import { LEAD_CLASSES, heldInArticleGroup } from './role-article-group.ts';
import { articleContext, type ArticleContext } from './role-holders.ts';
import { groupsIn, paragraphGroup } from './org-context.ts';
import { roleListFacts, sectionProject } from './role-lists.ts';
import { listItemRoleFacts } from './role-list-items.ts';
import { labelRoleFacts } from './role-labels.ts';
import { PROJECT_BACK_REFERENCE, anaphoricObjects, relativeAntecedents } from './role-anaphora.ts';
import { countedHolderFacts, groupPersonFacts, otherHolderFacts, topicLeadFacts } from './role-others.ts';
import { answerRoleFacts } from './role-answers.ts';
import { localizationGroup } from './role-localization.ts';
import { passiveLeadFacts, passiveMaintainFacts } from './role-passive.ts';
import { entities, groupObject } from './role-entities.ts';
import { objectsOf } from './role-objects.ts';
import { findHolders, holdersOf } from './role-subjects.ts';
import { findTriggers } from './role-triggers.ts';
import { groupWhereHeld } from './role-held-in-group.ts';
import { unknownRoleObject } from './role-unknown-objects.ts';
import type { Obj, RoleFact, RoleObject, Trigger } from './role-types.ts';

export type { RoleFact, RoleObject } from './role-types.ts';

const HAS_KANA = /[\u3040-\u30ff]/u;
const ROLE_COORDINATION = /^\s*(?:,|and|or|&|\/|、|，|和|及|与|や|と|および|兼|であり、?|で、)\s*(?:(?:a|an|the)\s+)?$/iu;
const HAS_HAN = /[\u3400-\u9fff]/u;
const ROLE_PARTNERS_JA = /^\s*(?:たち|の方々|の皆さん|陣)?\s*(?:とは|とも|と(?!して|なり|なっ|なる|いう|共同|一緒|共に|ともに)(?=[^。]{0,20}?(?:交換|話|相談|やり取り|連絡|議論|会|協力)))/u;
const QUESTION_END = /[?？]\s*$/u;
/** A role alone in parentheses right after a name: "Xing Yang (Chair)", "王五（联合主席）". */
const PAREN_BEFORE = /[\p{L}.]\s*[(（]\s*(?:(?:the|a|an)\s+)?$/iu;
const PAREN_AFTER = /^\s*[)）]/u;
const WHERE_HOLDS = /^(?:\s+(?:repository|repo|project|subproject))?\s*,\s*where\s+(?:(?:she|he|they|I|we)\s+(?:is|am|are|was|were|has\s+been|have\s+been|serves\s+as|served\s+as|became)|(?:I['’]m|she['’]s|he['’]s|they['’]re|we['’]re|I['’]ve\s+been|she['’]s\s+been|he['’]s\s+been))\s+(?:(?:also|still|now|currently)\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+)?$/iu;
/** "选举委员会的成员刘强": a body no lexicon knows (the election committee) is not the article's group. */
/** "Kubernetes Novice Tokyo 的联合组织者": a named body no lexicon knows, not the article's group. */
const UNNAMED_BODY_BEFORE = /[\u4e00-\u9fff]{2,}(?:委员会|委員会|小组|团队|工作组)(?:的|の)\s*$|\b\w+\s+(?:committee|team)['’]s\s+$|\p{Lu}[\w-]*(?:[ \t]+\p{Lu}[\w-]*){1,4}\s*(?:的|の)\s*$/u;
/** A role in a team of a group: "日本語チームのアプルーバー", "the Korean team's reviewers", "中文团队的审批人". */
const TEAM_ROLE_BEFORE = /(?:チーム|team['’]s|团队|小组)(?:の|的)?\s*$/iu;
const ZH_AT_BEFORE = /(?:^|[我他她）)])\s*(?:自己|本人)?\s*(?:之前|以前|曾经?|此前|早年|目前|现在|(?:从|自)\s*\d{4}\s*年(?:起|开始|以来)?)?\s*(?:就|也|还|一直)*\s*在\s*$/u;
const ZH_SERVED_GAP = /^[^，。；,;]{0,30}?(?:当过|做过|担任过|当了|做了|担任了|担任|是|做)[^，。；,;]{0,24}$/u;
const WHERE_DOES = /^\s*,\s*where\s+(?:she|he|they|I|we)\s+(?:(?:now|also|still|currently|mostly|mainly)\s+)?$/iu;
/** A role written as a title right before a full name: "co-chair Hiroshi Takeda". */
const EN_FRONTED_HOLDER = /^\s*,?\s*(?:I['’]m|I\s+am|I\s+was|(?:he|she)\s+(?:is|was)|(?:he|she)['’]s)\s+(?:also\s+|now\s+)?(?:an?|one\s+of\s+the)\s+$/iu;
const TITLE_BEFORE_NAME = /^[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}|^\s*の\s*\p{Lu}[\p{Ll}'’-]+[ \t]+\p{Lu}/u;

const GLOSS_OPEN = /^\s*[（(]\s*$/u;
const GLOSS_CLOSE = /^\s*[)）]/u;
const RELEASE_AREA_BEFORE = /(?:^|[^A-Za-z])(?:Docs|Enhancements|Comms|Communications|CI\s+Signal|Bug\s+Triage|Release\s+Notes|Branch\s+Manager)\s*$/iu;
const RELEASE_TEAM = /release\s+team|リリースチーム|发布团队|发版团队/iu;
const GROUP_WORD = /SIG|WG|Working|Group|Committee|委员会|委員会|ワーキング|工作组|小组|用户组/iu;

/** "### Kueue" then "- 负责人：…": a lead named in a project's section leads the project, not the article's group. */
function inProjectSection(ctx: ArticleContext, s: Sentence, t: Trigger): boolean {
  const p = ctx.article.paragraphs[s.paragraph];
  return LEAD_CLASSES.has(t.word.cls) && p !== undefined && sectionProject(ctx.article.paragraphs, p, groupIndex(ctx.article)) !== undefined;
}

const cache = new WeakMap<ParsedArticle, RoleFact[]>();

/** All role facts of an article (cached: the LEADS/MEMBER_OF and MAINTAINS/CONTRIBUTES_TO extractors share them). */
/** The last group of `kind` named in the sentence or the ones before it in its paragraph. */
function recentGroupOfKind(ctx: ArticleContext, s: Sentence, kind: string): { name: string; kind: SigKind } | undefined {
  const index = ctx.sentenceIndex.get(s) ?? 0;
  for (let j = index; j >= 0; j--) {
    const x = ctx.article.sentences[j];
    if (!x || x.paragraph !== s.paragraph) break;
    const found = groupsIn(x.text).filter((g) => g.kind === kind).pop();
    if (found) return { name: found.name, kind: found.kind ?? 'wg' };
  }
  return undefined;
}

export function roleFacts(article: ParsedArticle): RoleFact[] {
  const known = cache.get(article);
  if (known) return known;
  const ctx = articleContext(article);
  const groups = groupIndex(article);
  const facts: RoleFact[] = [];
  for (const s of article.sentences) {
    const paragraph = article.paragraphs[s.paragraph];
    // A heading names roles only where it introduces a person: "### Meet Nilufar Rashidova, SIG Network tech lead".
    if ((paragraph?.kind === 'heading' && !ctx.people.featured().has(s.paragraph)) || paragraph?.kind === 'html') continue;
    facts.push(...linkSentence(ctx, groups, s), ...passiveLeadFacts(ctx, groups, s), ...passiveMaintainFacts(ctx, groups, s));
  }
  facts.push(...roleListFacts(ctx, groups), ...listItemRoleFacts(ctx, groups), ...labelRoleFacts(ctx, groups), ...answerRoleFacts(ctx, groups));
  facts.push(...otherHolderFacts(ctx, facts), ...groupPersonFacts(ctx, groups), ...countedHolderFacts(ctx, groups), ...topicLeadFacts(ctx, groups));
  // Leading a group implies belonging to it: plain membership of the same group adds nothing.
  const leads = new Set(facts.filter((f) => f.p === 'LEADS').map((f) => `${f.person}|${f.object.name}`));
  const kept = facts.filter((f) => f.p !== 'MEMBER_OF' || !leads.has(`${f.person}|${f.object.name}`));
  cache.set(article, kept);
  return kept;
}

/** The one group the article has named up to this sentence (undefined when none or several). */
function onlyGroupSoFar(ctx: ArticleContext, groups: GroupIndex, s: Sentence): { name: string; kind: SigKind } | undefined {
  let found: { name: string; kind: SigKind } | undefined;
  for (const x of ctx.article.sentences) {
    if (x === s) break;
    for (const o of entities(x.text, groups)) {
      if (o.type !== 'Sig' || !o.m.kind) continue;
      if (found && found.name !== o.m.name) return undefined;
      found ??= { name: o.m.name, kind: o.m.kind };
    }
  }
  return found;
}

/** Where the advice of a Japanese sentence begins: after its last reason clause ("ので、"), else at 0. */
function adviceStart(text: string): number {
  const reasons = [...text.matchAll(/(?:ので|から|ため)、/gu)];
  const last = reasons[reasons.length - 1];
  return last ? last.index + last[0].length : 0;
}

function sentenceLangs(text: string, articleLang: Lang): RoleLang[] {
  if (HAS_KANA.test(text)) return ['en', 'ja'];
  if (HAS_HAN.test(text)) return articleLang === 'ja' ? ['en', 'ja'] : ['en', 'zh'];
  return ['en'];
}

function linkSentence(ctx: ArticleContext, groups: GroupIndex, s: Sentence): RoleFact[] {
  const text = s.text;
  // "…, and this episode grew out of a question we hear: _how does somebody become a reviewer?_": only the quoted question asks.
  const question = QUESTION_END.test(text);
  const asked = question ? /[:：]\s*[_*“"「]?[^:：]*[?？][_*”"」]?\s*$/u.exec(text) : null;
  if (question && !asked?.index) return [];
  // Advice states nothing about the speaker, but a reason clause before it does: "…として活動しているので、ぜひ声をかけてください".
  const advice = Math.min(HAS_KANA.test(text) && JA_ADVICE.test(text) ? adviceStart(text) : text.length, asked?.index ?? text.length);
  if (advice === 0) return [];
  const langs = sentenceLangs(text, ctx.article.lang);
  const found = findTriggers(text, langs);
  // "评审者（reviewer）": a role glossed in another language right after it is the same role.
  const triggers = found.filter((t, i) => t.end <= advice && !(i > 0 && GLOSS_OPEN.test(text.slice(found[i - 1]?.end ?? 0, t.start)) && GLOSS_CLOSE.test(text.slice(t.end))));
  if (triggers.length === 0) return [];
  const objs = entities(text, groups);
  const holders = findHolders(ctx, s, langs, objs);
  const consumed = new Set<Obj>();
  const facts: RoleFact[] = [];
  const own = triggers.map((t) => objectsOf(text, t, objs, triggers));
  triggers.forEach((t, i) => {
    if ((own[i]?.length ?? 0) > 0 || t.word.shape !== 'noun') return;
    // "a reviewer and approver for SIG Node", "SIG Docs 的评审人和审批人": coordinated roles share the object.
    const next = triggers[i + 1];
    const prev = triggers[i - 1];
    if (next?.word.shape === 'noun' && ROLE_COORDINATION.test(text.slice(t.end, next.start))) {
      const theirs = own[i + 1] ?? [];
      if (theirs.every((o) => o.m.start >= next.end)) own[i] = theirs;
    }
    if ((own[i]?.length ?? 0) === 0 && prev?.word.shape === 'noun' && ROLE_COORDINATION.test(text.slice(prev.end, t.start))) {
      const theirs = own[i - 1] ?? [];
      if (theirs.every((o) => o.m.end <= prev.start)) own[i] = theirs;
    }
  });
  // "リリースチームでDocsリード", "shadowed the Docs lead of the release team": a release team role, not the group's.
  const releaseTeam = RELEASE_TEAM.test(text);
  for (const [i, t] of triggers.entries()) {
    const teamRole = (o: Obj): boolean => releaseTeam && o.type === 'Sig' && !GROUP_WORD.test(o.m.surface) && o.m.end <= t.start && /^\s*$/u.test(text.slice(o.m.end, t.start));
    if ((own[i] ?? []).some(teamRole)) continue;
    // "リリースチームでDocsリード", "the Enhancements lead": a release team role named by its area.
    // Such a role is a part in the Release Team itself: "an Enhancements shadow on the Release Team".
    const areaRole = releaseTeam && (own[i] ?? []).length === 0 && RELEASE_AREA_BEFORE.test(text.slice(0, t.start));
    const team = areaRole && t.word.shape === 'noun' ? objs.find((o) => o.type === 'Project' && o.m.name === 'Release Team') : undefined;
    if (areaRole && !team) continue;
    // "v1.36 的发布负责人 Mariana", "the release lead": a Release Team role, not the article group's.
    if (!team && (own[i] ?? []).length === 0 && /(?:发布|发版|リリース|(?:^|[^A-Za-z])release)\s*$/iu.test(text.slice(0, t.start))) continue;
    // "Helmのメンテナーとは情報交換をしています": the people the speaker deals with hold that role, not the speaker.
    if (t.word.shape === 'noun' && HAS_KANA.test(text) && ROLE_PARTNERS_JA.test(text.slice(t.end))) continue;
    let objects = team ? [team] : (own[i] ?? []);
    let objectConfidence = team ? 0.75 : 0.9;
    // "Annika created Tessera", "Tsumikiのメンテナー": a project no lexicon knows, right where the role takes it.
    const unknown = objects.length === 0 ? unknownRoleObject(text, t, objs, holders) : undefined;
    if (unknown) {
      objects = [unknown];
      objectConfidence = 0.8;
    }
    // "shadows on the CI Signal team for Kubernetes 1.27": the release served, not a contribution to Kubernetes.
    objects = objects.filter((o) => !(o.m.name === 'Kubernetes' && /\bfor\s+$/iu.test(text.slice(0, o.m.start)) && /^\s+v?1\.\d+/u.test(text.slice(o.m.end))));
    let phraseStart = Math.min(t.start, ...objects.map((o) => o.m.start));
    const phraseEnd = Math.max(t.end, ...objects.map((o) => o.m.end));
    let fallback: RoleObject | undefined;
    if (objects.length === 0 && t.word.shape === 'noun') {
      // "through SIG Apps, where she is an approver": the place the relative clause speaks of.
      const where = objs.find((o) => o.m.end <= t.start && WHERE_HOLDS.test(text.slice(o.m.end, t.start)));
      // "我之前在 SIG Multicluster 当过两年技术负责人", "我在 SIG Release 的发布团队里做过…影子成员": where one served.
      // "我自己在 Kueue 项目里做维护者": a project too, for a project's role.
      const served = where ? undefined : objs.find((o) => (o.type === 'Sig' || t.word.objects === 'project' || o.m.name === 'Release Team') && o.m.end <= t.start && ZH_AT_BEFORE.test(text.slice(0, o.m.start)) && ZH_SERVED_GAP.test(text.slice(o.m.end, t.start)));
      // "in SIG Node I'm an approver for the resource management area": the group fronted before the speaker.
      // "In containerd I'm a reviewer": a project fronted the same way, for a project's role.
      const fronted = where ?? served ? undefined : objs.find((o) => (o.type === 'Sig' || t.word.objects !== 'group') && o.m.end <= t.start && /\b(?:in|within)\s+$/iu.test(text.slice(Math.max(0, o.m.start - 8), o.m.start)) && EN_FRONTED_HOLDER.test(text.slice(o.m.end, t.start)));
      if (where ?? served ?? fronted) objects = [(where ?? served ?? fronted) as Obj];
    }
    if (objects.length === 0 && t.word.shape === 'verbRight' && t.word.objects !== 'project') {
      // "her work in SIG Network, where she now reviews changes": the group the clause is about.
      const where = objs.find((o) => o.type === 'Sig' && o.m.end <= t.start && WHERE_DOES.test(text.slice(o.m.end, t.start)));
      if (where) objects = [where];
    }
    if (objects.length === 0 && t.word.shape === 'noun') {
      // "one of our co-chairs", "このSIGのリード": the article's own group.
      const possessive = GROUP_POSSESSIVE[t.word.lang].exec(text.slice(0, t.start));
      // "one of the SIG's co-chairs" in an article about the mentoring program SIG ContribEx runs.
      let about = groups.articleGroup() ?? (possessive && /SIG|group|WG/iu.test(possessive[0]) ? onlyGroupSoFar(ctx, groups, s) : undefined);
      // "- **WG Batch**, co-sponsored with … Kaito Fujimori is one of the WG's organizers": "the WG" is the working group named just before.
      if (possessive && about && about.kind !== 'wg' && /\b(?:WG|working\s+group)['’]s|工作组|ワーキンググループ|WGの/iu.test(possessive[0])) about = recentGroupOfKind(ctx, s, 'wg');
      if (possessive && about && about.kind !== 'committee' && /委员会|委員会|\bcommittee['’]s/iu.test(possessive[0])) about = recentGroupOfKind(ctx, s, 'committee');
      // "I started on kube-proxy in 2019. These days I'm one of its approvers": "its" is the project before, when there is one.
      const itsProject = possessive && /\bits\b/iu.test(possessive[0]) && (t.word.objects === 'project' || anaphoricObjects(ctx, groups, s, t, objs)?.objects.some((o) => o.type === 'Project'));
      if (possessive && about && !itsProject) {
        fallback = groupObject(groups, about);
        phraseStart = possessive.index;
        objectConfidence = 0.75;
      } else if (about && LEAD_CLASSES.has(t.word.cls) && t.word.lang === 'en' && EN_AS_INTRO.test(text.slice(0, t.start)) && /^\s*,/u.test(text.slice(t.end))) {
        // "After four years as a co-chair, Bruno Castelli is stepping down" in an article about one group.
        fallback = groupObject(groups, about);
        objectConfidence = 0.7;
      } else if (about && t.word.objects !== 'project' && PAREN_BEFORE.test(text.slice(0, t.start)) && PAREN_AFTER.test(text.slice(t.end))) {
        // "Xing Yang (Chair)" in an article about one group: the role is held there.
        fallback = groupObject(groups, about);
        objectConfidence = 0.7;
      } else if (t.word.objects !== 'project' && !objs.some((o) => o.type === 'Sig') && !UNNAMED_BODY_BEFORE.test(text.slice(0, t.start)) && !PROJECT_BACK_REFERENCE.test(text.slice(0, t.start)) && !inProjectSection(ctx, s, t)) {
        // ("我目前是这个子项目的负责人之一" takes up a project: no group of the paragraph.)
        // "SIG Docs has new leadership. A and B were elected as the new co-chairs." Any group the
        // paragraph is about takes a title written before a name: "The SIG Docs table was busy.
        // Co-chair Hiroshi Takeda explained…"
        // With the index's coreference: "このワーキンググループ" names the article's group.
        const titled = TITLE_BEFORE_NAME.test(text.slice(t.end));
        // "…SIG Docsの日本語ローカライゼーションチーム…。日本語チームのアプルーバーである森田さん": a team of the group named before.
        const ofTeam = !LEAD_CLASSES.has(t.word.cls) && TEAM_ROLE_BEFORE.test(text.slice(0, t.start));
        const continuing = about || titled || ofTeam ? paragraphGroup(ctx.article, s, (x) => entities(x, groups).flatMap((o) => (o.type === 'Sig' ? [o.m] : []))) : undefined;
        if (continuing && (continuing.name === about?.name || titled || ofTeam)) {
          fallback = groupObject(groups, continuing);
          objectConfidence = 0.7;
        } else if (!continuing && about) {
          const confidence = heldInArticleGroup(ctx, s, t, titled);
          if (confidence !== undefined) {
            fallback = groupObject(groups, about);
            objectConfidence = confidence;
          }
        }
      }
    }
    // "Daniel co-maintains it" (after "JobSet is a subproject of SIG Apps"), "Clara co-chairs it":
    // the project or group named before.
    let itEnd = -1;
    if (objects.length === 0 && t.word.shape === 'verbRight') {
      const it = /^\s+it\b/u.exec(text.slice(t.end));
      const wanted = t.word.objects === 'project' ? 'Project' : t.word.objects === 'group' ? 'Sig' : undefined;
      const antecedent = it ? objs.filter((o) => (wanted === undefined || o.type === wanted) && o.m.end <= t.start).pop() : undefined;
      if (it && antecedent) {
        objects = [antecedent];
        objectConfidence = 0.75;
        itEnd = t.end + it[0].length;
      }
    }
    // "controller-runtime and Kubebuilder, which I help maintain", "Kustomize, a project I co-maintain".
    if (objects.length === 0 && t.word.shape === 'verbRight' && t.word.lang === 'en') {
      const found = relativeAntecedents(text, t, objs);
      if (found.length > 0) {
        objects = found;
        objectConfidence = 0.75;
      }
    }
    // "one of its maintainers", "这两个项目的维护者", "メンテナーの一人である…": objects named before the role.
    if (objects.length === 0 && !fallback && t.word.shape === 'noun') {
      const found = anaphoricObjects(ctx, groups, s, t, objs);
      if (found) {
        objects = found.objects;
        objectConfidence = found.confidence;
        if (found.phraseStart !== undefined) phraseStart = found.phraseStart;
      }
    }
    const l10n = objects.length === 0 && !fallback && t.word.shape === 'noun' ? localizationGroup(text, t) : undefined;
    if (l10n) {
      fallback = groupObject(groups, l10n);
      objectConfidence = 0.7;
    }
    // Without an object only a role noun naming its holders can still find its group in the sentence.
    if (objects.length === 0 && !fallback && t.word.shape !== 'noun') continue;
    const holderSet = holdersOf(ctx, s, t, holders, objs, consumed, phraseStart, itEnd > 0 ? itEnd : phraseEnd);
    if (!holderSet) continue;
    // "co-maintains it with Kavya Reddy", "maintains Kustomize together with Ingrid Berg": the
    // partners named after "with" hold it too.
    if (t.word.shape === 'verbRight' && t.word.lang === 'en') {
      const from = Math.max(phraseEnd, itEnd);
      const partner = (/^co-?/iu.test(text.slice(t.start, t.end)) ? /^\s+(?:together\s+)?with\s+/iu : /^\s+together\s+with\s+/iu).exec(text.slice(from));
      const next = partner ? holders.find((h) => h.kind === 'person' && h.start === from + partner[0].length) : undefined;
      if (next?.name) holderSet.names.push(next.name);
    }
    if (objects.length === 0 && !fallback && t.word.shape === 'noun' && t.word.objects !== 'project') {
      // "my conversation with the co-chairs, A, B and C" in a sentence naming one group; "The SIG
      // thanks Marek, who stepped down as tech lead": the one group, when it is the article's own.
      const named = new Set(objs.filter((o) => o.type === 'Sig').map((o) => o.m.name));
      const only = objs.find((o) => o.type === 'Sig');
      // "Bug Triage 负责人：陈思远，…，也是 SIG Scheduling 的审批者": a group in a later clause is another role's.
      const laterClause = only !== undefined && t.word.lang !== 'en' && only.m.start > t.end && /[，,；;]/u.test(text.slice(t.end, only.m.start));
      if (named.size === 1 && only && !laterClause && (holderSet.fromList || only.m.name === groups.articleGroup()?.name)) {
        objects = [only];
        objectConfidence = holderSet.fromList ? 0.8 : 0.65;
      }
    }
    // "SIG Nodeではkubeletのapproverを務めています": a project's reviewer or approver inside a group holds the role there too.
    const inGroup = groupWhereHeld(text, t, objs, objects);
    if (inGroup) objects = [...objects, inGroup];
    const targets: RoleObject[] = objects.map((o) => toRoleObject(o, groups));
    if (fallback) targets.push(fallback);
    for (const o of objects) consumed.add(o);
    for (const target of targets) {
      if (t.word.objects === 'project' && target.type !== 'Project') continue;
      if (t.word.objects === 'group' && target.type !== 'Sig') continue;
      const rel = team ? { p: 'CONTRIBUTES_TO' as const } : relationFor(t.word.cls, target.type);
      if (!rel) continue;
      for (const person of holderSet.names) {
        facts.push({
          p: rel.p,
          ...(rel.role ? { role: rel.role } : {}),
          person,
          object: target,
          confidence: Math.min(objectConfidence, holderSet.confidence),
          sentence: s,
        });
      }
    }
  }
  return facts;
}


function toRoleObject(o: Obj, groups: GroupIndex): RoleObject {
  return o.type === 'Sig' ? groupObject(groups, o.m) : { type: 'Project', name: o.m.name, aliases: [] };
}
