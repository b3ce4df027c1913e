/**
 * Which of the groups and projects a sentence names (role-entities.ts) a role word takes as its
 * object, by the language's grammar, coordination included.
 */
import { canonicalProject, findCompanies } from './mentions/orgs.ts';
import { isStopWord } from './mentions/people-names.ts';
import {
  COORDINATION,
  EN_COPULA_BEFORE,
  EN_PROJECT_HEAD_END,
  JA_VERB_GAP,
  OBJECT_AFTER,
  OBJECT_BEFORE_NOUN,
  hostLang,
} from './role-grammar.ts';
import type { Obj, Trigger } from './role-types.ts';

/** Classes that make MAINTAINS (or LEADS): their object must really be the thing held. */
const MAINTAINING = new Set(['chair', 'co-chair', 'tech-lead', 'lead', 'maintainer', 'creator', 'reviewer', 'approver']);

const MODIFIED_HEAD_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,2}(?:team|teams|integrations?|platform|org|organi[sz]ation|department|group)\b/u;
const ZH_FEATURE_AFTER = /^\s*(?:迁移|支持|特性|功能|集成|规范|标准|接口|适配)/u;

/** "the Kubernetes Contributor Summit": a known name that is only the first word of a longer, unknown one. */
export function isNamePrefix(text: string, o: Obj): boolean {
  if (o.type !== 'Project') return false;
  return /^[ \t]+[A-Z][A-Za-z]+/u.test(text.slice(o.m.end));
}


export function objectsOf(text: string, t: Trigger, objs: Obj[], triggers: Trigger[]): Obj[] {
  const { word } = t;
  const lang = word.lang;
  if (word.shape === 'frame' && t.frame) {
    const frame = t.frame;
    // "给 CSI 的 external-snapshotter 提过 PR": a project owning the next one inside the frame is no object itself.
    const framed = objs.filter((o) => o.m.start >= frame.start && o.m.end <= frame.end);
    // ("给 kube-proxy 的 nftables 后端写代码": a part named after the project keeps the project.)
    const ofAnother = (o: Obj, q: Obj): boolean => q.type === 'Project' && o.type === 'Project' && q.m.start > o.m.end && /^\s*的\s*$/u.test(text.slice(o.m.end, q.m.start));
    const inside = framed.filter(
      (o) =>
        !framed.some((q) => ofAnother(o, q) && /^\s*$/u.test(text.slice(q.m.end, frame.end))) &&
        !framed.some((q) => ofAnother(q, o) && /^\s*[\u4e00-\u9fff]/u.test(text.slice(o.m.end, frame.end))),
    );
    if (inside.length === 0) return unknownProjectIn(text, frame);
    // The frame must hold nothing but the objects and their coordination.
    let rest = text.slice(frame.start, frame.end);
    for (const o of [...framed].reverse()) rest = rest.slice(0, o.m.start - frame.start) + ' ' + rest.slice(o.m.end - frame.start);
    // "krel 和 bom 等发布工具": the kind of things listed may follow "等".
    // "Dynamic Resource Allocation (DRA)": an acronym in brackets after a name.
    // "给 Gateway API 的一致性测试提交补丁": a part of the project may close the frame.
    // "给 Kueue 的 MultiKueue 功能做贡献": a named part of the project.
    rest = rest.replace(/的\s*(?:[A-Za-z][\w-]*\s*)?[\u4e00-\u9fff]{1,8}\s*$/u, '')
      // "containerd's Windows snapshotter": a part of the project, in English.
      .replace(/^\s*['’]s\s+(?:[\w-]+\s*){1,3}$/u, '')
      // "Pod 水平自动扩缩（Horizontal Pod Autoscaler，HPA）": the project's translated name, glossed by its own.
      .replace(/^[^（()）]{1,20}[（(][\s,，、]*[)）]\s*$/u, '')
      // "给 Karpenter 核心仓库提过两个小 PR", "给 Gophercloud 本身提交了几个补丁": the project's repository, the project itself.
      .replace(/(?:核心|主)?(?:代码)?仓库|代码库|本身|自身|控制器/gu, '');
    return /^[\s,、，和与及以及的项目子社区]*$/u.test(rest.replace(/等\s*[^\s，。,]{0,6}?(?:工具|组件|项目|仓库|插件)/u, '').replace(/[(（]\s*(?:[A-Z][A-Za-z0-9-]{1,9}|[\u3400-\u9fff]{1,12})?\s*[)）]/gu, '')) ? inside : unknownProjectIn(text, frame);
  }
  if (word.shape === 'verbRight' || (word.shape === 'noun' && lang === 'en')) {
    if (word.needsCopula && !EN_COPULA_BEFORE.test(text.slice(0, t.start))) return [];
    const direct = word.shape === 'verbRight' && MAINTAINING.has(word.cls);
    const re = word.shape === 'noun' ? OBJECT_AFTER.en.noun : direct ? OBJECT_AFTER[lang].direct : OBJECT_AFTER[lang].verb;
    const first = objs.find((o) => o.m.start >= t.end && re.test(text.slice(t.end, o.m.start)));
    // "part of the Contributor Comms team in SIG ContribEx": a team inside the group.
    const unit = first?.type === 'Project' && word.cls === 'participant' ? TEAM_IN_GROUP.exec(text.slice(first.m.end)) : null;
    const owner = unit && first ? objs.find((o) => o.type === 'Sig' && o.m.start === first.m.end + unit[0].length) : undefined;
    if (owner) return [owner];
    if (first && !isNamePrefix(text, first)) {
      // "led the Release Team, the SIG Release subproject that…": leading the project is not leading the group described.
      const chain = chainRight(text, possessed(text, first, objs) ?? first, objs).filter(
        (o, i, all) => !(i > 0 && o.type === 'Sig' && LEADING.has(word.cls) && /^\s*,\s*(?:the|a|an)\s+$/iu.test(text.slice(all[i - 1]?.m.end ?? 0, o.m.start))),
      );
      // "maintains Kubernetes compatibility": a project name used as a modifier is not what is maintained.
      if (lang === 'en' && MAINTAINING.has(word.cls)) return chain.filter((o) => o.type === 'Sig' || EN_PROJECT_HEAD_END.test(text.slice(o.m.end)));
      // "works on the Kubernetes storage team at NetApp", "the Kubernetes integrations of the agent": a modifier of a team or product.
      // "参与了 CSI 迁移的工作": in Chinese, a feature of the project.
      // ("writes for the Contributor Comms team": a team named after the subproject it is.)
      const subprojectTeam = (o: Obj): boolean => word.cls === 'participant' && o.m.name !== 'Kubernetes' && /^\s+team\b/u.test(text.slice(o.m.end));
      return lang === 'en' ? chain.filter((o) => o.type === 'Sig' || !MODIFIED_HEAD_AFTER.test(text.slice(o.m.end)) || subprojectTeam(o)) : chain.filter((o) => o.type === 'Sig' || !ZH_FEATURE_AFTER.test(text.slice(o.m.end)));
    }
    if (word.shape === 'verbRight') return [];
  }
  if (word.shape === 'noun') {
    const before = [...objs].reverse().find((o) => o.m.end <= t.start);
    const gap = before ? text.slice(before.m.end, t.start) : '';
    // An English role word in Chinese or Japanese prose ("SIG Node 的 reviewer") takes that language's grammar.
    const host = hostLang(lang, text);
    // "SIG Docsの日本語チームでレビュアーとして", "SIG Docsの日本語ローカライゼーションでアプルーバー": a role in a part of the group (not its leadership).
    if (before && (lang === 'ja' || host === 'ja') && before.type === 'Sig' && !LEADING.has(word.cls) && JA_TEAM_GAP.test(gap)) return [before];
    // "SIG Docs 中文本地化的 reviewer", "SIG Release 发布团队的成员": the same in Chinese.
    if (before && (lang === 'zh' || host === 'zh') && before.type === 'Sig' && !LEADING.has(word.cls) && ZH_TEAM_GAP.test(gap)) return [before];
    if (!before || !(OBJECT_BEFORE_NOUN[lang].test(gap) || (host !== undefined && OBJECT_BEFORE_NOUN[host].test(gap)))) {
      // "自身がメンテナーを務めるkind": a relative clause whose subject is marked, about the project after it.
      const next = lang === 'ja' ? objs.find((o) => o.m.start >= t.end) : undefined;
      if (next?.type === 'Project' && JA_ROLE_RELATIVE.test(text.slice(t.end, next.m.start)) && /が\s*$/u.test(text.slice(0, t.start))) return [next];
      return [];
    }
    return lang === 'en' ? [before] : chainLeft(text, before, objs);
  }
  if (word.shape === 'verbLeft') {
    const before = [...objs].reverse().find((o) => o.m.end <= t.start);
    const gap = before ? text.slice(before.m.end, t.start) : '';
    const direct = word.cls === 'creator' || word.cls === 'lead' || word.cls === 'maintainer';
    // "…から参加", "kubeletのバグを修正": the pattern carries its own particle, right after the object.
    // "SIG Appsと共に関わりました": who the speaker worked with, not where.
    const ok = OWN_PARTICLE.test(word.pattern) ? /^\s*$/u.test(gap) : JA_VERB_GAP[direct ? 'direct' : 'participant'].test(gap) && !JA_TOGETHER.test(gap);
    // Another role word in between takes that object ("SIG etcdへの貢献に関心のある方が関わり").
    const blocked = before !== undefined && triggers.some((o) => o !== t && !o.frame && o.start >= before.m.end && o.end <= t.start);
    if (before && ok && !blocked && !isNamePrefix(text, before)) {
      const chain = chainLeft(text, before, objs);
      // "SIG Contributor Experienceのメンタリングサブプロジェクトで活動": taking part in a group's subproject is taking part in the group.
      const head = chain[0];
      const owner = head?.type === 'Project' && word.cls === 'participant' ? [...objs].reverse().find((o) => o.type === 'Sig' && o.m.end <= head.m.start && /^\s*の\s*$/u.test(text.slice(o.m.end, head.m.start))) : undefined;
      return owner ? [owner, ...chain] : chain;
    }
    const after = word.alsoRight ? alsoRightPattern(word.alsoRight) : undefined;
    if (after) {
      const next = objs.find((o) => o.m.start >= t.end);
      if (next && after.test(text.slice(t.end, next.m.start))) return chainRight(text, next, objs);
    }
    return [];
  }
  return [];
}

/** "a reviewer for SIG Node's node-problem-detector": the role is held in the group's project, not in the group. */
const GROUP_POSSESSIVE_GAP = /^['’]s\s+(?:own\s+)?$/u;

function possessed(text: string, first: Obj, objs: Obj[]): Obj | undefined {
  if (first.type !== 'Sig') return undefined;
  const next = objs.find((o) => o.m.start >= first.m.end);
  return next?.type === 'Project' && GROUP_POSSESSIVE_GAP.test(text.slice(first.m.end, next.m.start)) ? next : undefined;
}

/** A frame holding only a proper name the lexicon does not know ("sends the occasional patch to Kubeflow Trainer"): that project. */
const FRAMED_NAME = /^(?:the\s+)?((?:\p{Lu}[\p{L}\d.+-]*|[a-z][a-z\d]*(?:-[a-z\d]+)+)(?:[ \t]+\p{Lu}[\p{L}\d.+-]*){0,3})$/u;

function unknownProjectIn(text: string, frame: { start: number; end: number }): Obj[] {
  const raw = text.slice(frame.start, frame.end);
  const lead = raw.length - raw.trimStart().length;
  const m = FRAMED_NAME.exec(raw.trim());
  const name = m?.[1];
  // ("sig-docs-ja-owners": a GitHub team, not a project.)
  if (!m || !name || isStopWord(name.split(/\s+/u)[0] ?? '') || findCompanies(name).length > 0 || /^(?:SIG|WG)\b/u.test(name) || /-(?:owners|reviewers|approvers|admins|maintainers|leads)$/u.test(name)) return [];
  const start = frame.start + lead + (m[0].length - name.length);
  // "on the CI Signal team": a team the lexicon knows by that name stands for its project (the Release Team).
  const team = /^\s+team\b/iu.test(text.slice(frame.end)) ? canonicalProject(`${name} team`) : undefined;
  return [{ m: { type: 'Project', name: team ?? name, surface: name, start, end: start + name.length }, type: 'Project' }];
}

/** A Japanese pattern that starts with its own particle ("から参加", "の(?:バグ|…)", "(?:に|へ)…プルリクエスト"). */
const OWN_PARTICLE = /^(?:\(\?<=\[[^\]]*\]\))?(?:\(\?:(?:のほう|本体|自体|\|)+\)\?)?(?:から|の|\(\?:に\|へ\))/u;
const LEADING = new Set(['chair', 'co-chair', 'tech-lead', 'lead']);
// "SIG Docsの日本語チームでレビュアー", "SIG Docsで日本語ローカライゼーションのapprover".
const TEAM_IN_GROUP = /^\s+(?:team|group|subproject|sub-project)\s+(?:in|of|at|under|within)\s+(?:the\s+)?/iu;
const ZH_TEAM_GAP = /^\s*(?:的)?\s*[^\s，。、,的]{1,10}?(?:本地化|翻译|团队|小组)\s*(?:的|中的|里的)\s*$/u;
const JA_TEAM_GAP = /^\s*(?:の|で)[^\s、。の]{1,15}?(?:チーム|ローカライゼーション|ローカライズ|翻訳|サブプロジェクト)\s*(?:の|における|での|で、?|では、?)\s*$/u;
const JA_ROLE_RELATIVE = /^\s*(?:を務める|を務めている|をしている|である)\s*$/u;
const JA_TOGETHER = /^\s*と\s*(?:共に|ともに|一緒に|協力して)/u;

const alsoRightCache = new Map<string, RegExp>();
function alsoRightPattern(source: string): RegExp {
  let re = alsoRightCache.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    alsoRightCache.set(source, re);
  }
  return re;
}

/** "work on Ginkgo upgrades and on kubetest2": the preposition repeated after "and". */
const PP_COORDINATION = /^(?:\s+[a-z][\w-]*){0,2}\s*,?\s+and\s+(?:also\s+)?(?:on|in|to|for)\s+(?:the\s+)?$/iu;

function chainRight(text: string, first: Obj, objs: Obj[]): Obj[] {
  const out = [first];
  let last = first;
  for (const o of objs) {
    if (o.m.start < last.m.end) continue;
    const gap = text.slice(last.m.end, o.m.start);
    if (!(COORDINATION.test(gap) || PP_COORDINATION.test(gap)) || isNamePrefix(text, o)) break;
    // "Antrea, the CNI plugin VMware open-sourced": an apposition describing the object, not a second one.
    // ("slack-infra, the ContribEx subproject that…" does place the role in the group.)
    if (o.type === 'Project' && /^\s*,\s*(?:the|a|an)\s+$/iu.test(gap) && /^\s+(?!and\b|or\b)[a-z][\w-]*/u.test(text.slice(o.m.end))) break;
    out.push(o);
    last = o;
  }
  return out;
}

function chainLeft(text: string, first: Obj, objs: Obj[]): Obj[] {
  const out = [first];
  let head = first;
  for (const o of [...objs].reverse()) {
    if (o.m.end > head.m.start) continue;
    if (!COORDINATION.test(text.slice(o.m.end, head.m.start))) break;
    out.unshift(o);
    head = o;
  }
  return out;
}
