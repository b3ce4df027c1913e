/**
 * The groups and projects a sentence names (with "the SIG" standing for the article's group) and
 * which of them a role word takes as its object, by the language's grammar, coordination included.
 */
import { selectNonOverlapping, type GroupIndex } from './mentions/groups.ts';
import { canonicalCompany, findCompanies, findProjects } from './mentions/orgs.ts';
import { isStopWord } from './mentions/people-names.ts';
import type { Mention } from './mentions/types.ts';
import {
  COORDINATION,
  EN_COPULA_BEFORE,
  EN_PROJECT_HEAD_END,
  JA_VERB_GAP,
  OBJECT_AFTER,
  OBJECT_BEFORE_NOUN,
  hostLang,
} from './role-grammar.ts';
import type { SigKind } from '../src/extraction/types.ts';
import type { Obj, RoleObject, Trigger } from './role-types.ts';

/** A group as a role's object, with the aliases the article gives it. */
export function groupObject(groups: GroupIndex, g: { name: string; kind?: SigKind | undefined }): RoleObject {
  return { type: 'Sig', name: g.name, ...(g.kind ? { kind: g.kind } : {}), aliases: groups.aliasesOf(g.name) };
}

/** Classes that make MAINTAINS (or LEADS): their object must really be the thing held. */
const MAINTAINING = new Set(['chair', 'co-chair', 'tech-lead', 'lead', 'maintainer', 'creator', 'reviewer', 'approver']);

/** "the SIG", "this group", "the committee", "このSIG", "该 SIG": the article's own group when the sentence names no other. */
const GROUP_COREF = /(?<![A-Za-z])(?:the|this|our)\s+(?:(?:current|new)\s+)?(?:SIG|WG|working\s+group|group|committee)(?![A-Za-z'’])|(?:この|その|本|当|同)\s*(?:SIG|WG|ワーキンググループ)(?![A-Za-z])|(?<![A-Za-z\s])WG(?=の)|(?:该|本|这个|此)\s*(?:SIG|WG|工作组)(?![A-Za-z])|(?<![A-Za-z]\s?)SIG(?=\s*的)|^(?:ワーキンググループ|工作组)(?=の|的)|(?<![A-Za-z])WG(?=\s*(?:召集人|负责人|联合主席|主席|组织者|成员|的))/giu;

function groupCoreference(text: string, groups: GroupIndex, named: Mention[]): Mention[] {
  const about = groups.articleGroup();
  if (!about) return earlierGroupCoreference(text, named);
  if (named.some((m) => m.type === 'Sig' && m.name !== about.name)) return [];
  const out: Mention[] = [];
  GROUP_COREF.lastIndex = 0;
  for (const m of text.matchAll(GROUP_COREF)) {
    const said = m[0].toLowerCase();
    // "the SIG" only stands for a SIG, "the WG" for a working group; "the group" for either.
    if (/sig/u.test(said) && about.kind !== 'sig') continue;
    // "the SIG CLI tech leads": the article names the group itself there.
    if (named.some((n) => m.index < n.end && n.start < m.index + m[0].length)) continue;
    if (/wg|working|ワーキンググループ|工作组/u.test(said) && about.kind !== 'wg') continue;
    if (/committee/u.test(said) && about.kind !== 'committee') continue;
    out.push({ type: 'Sig', name: about.name, surface: m[0], start: m.index, end: m.index + m[0].length, kind: about.kind });
  }
  return out;
}

/** "She joined WG Batch in 2022, and she co-chaired the working group until 2024": the one group of that kind named before. */
function earlierGroupCoreference(text: string, named: Mention[]): Mention[] {
  const out: Mention[] = [];
  GROUP_COREF.lastIndex = 0;
  for (const m of text.matchAll(GROUP_COREF)) {
    const said = m[0].toLowerCase();
    if (named.some((n) => m.index < n.end && n.start < m.index + m[0].length)) continue;
    const kind = /wg|working/u.test(said) ? 'wg' : /sig/u.test(said) ? 'sig' : undefined;
    if (!kind) continue;
    const earlier = new Set(named.filter((n) => n.type === 'Sig' && n.kind === kind && n.end <= m.index).map((n) => n.name));
    const [name] = earlier;
    if (earlier.size === 1 && name) out.push({ type: 'Sig', name, surface: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/** Japanese or Chinese script: a Latin identifier standing in such text is a name, not a word of the sentence. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
/**
 * A repository or component name written in code style ("external-snapshotter", "krel"):
 * lower-case ASCII, not part of a URL, path, handle or longer Latin phrase.
 */
const CODE_NAME = /(?<![\w./@#:-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w./@:-])/gu;
const LATIN_NEIGHBOUR = /[A-Za-z]\s*$/u;

/** A hyphenated repository name in English prose, told from "server-side" or "long-term" by a word of the domain. */
const REPO_NAME = /(?<![\w./@#:-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w/@:-]|\.\w)/gu;
const REPO_PART = /^(?:kube\w*|k8s|\w*ctl|csi|cni|cri|api|operator|controller|provider|driver|plugins?|tools|metrics|scheduler|proxy|dns|sig|wg|etcd|cluster|node|gateway|ingress|exporter|sidecar|webhook|validate|lib|populators?|provisioner|snapshotter|attacher|resizer|registrar|\w*\d\w*)$/u;

/** "the provider-neutral core", "out-of-treeへの移行": a compound adjective, not a repository. */
const ADJECTIVE_COMPOUND = /^(?:out-of-tree|in-tree|[a-z0-9-]+-(?:neutral|agnostic|specific|based|aware|friendly|native|level|wide|side|facing|only|free|driven|centric|scoped))$/u;

function latinCodeNames(text: string, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(REPO_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!m[0].split('-').some((part) => REPO_PART.test(part)) || ADJECTIVE_COMPOUND.test(m[0]) || GITHUB_ORGS.has(m[0]) || known.some((k) => start < k.end && k.start < end)) continue;
    out.push({ type: 'Project', name: m[0], surface: m[0], start, end });
  }
  return out;
}

/**
 * Code-style names in a Japanese or Chinese sentence that no lexicon knows: only role grammar
 * decides whether one is the object ("dra-example-driverのメンテナー", "krel 的维护者").
 */
/** The GitHub organisations of the project hold repositories; they are none themselves ("in the kubernetes-sigs organization"). */
const GITHUB_ORGS = new Set(['kubernetes-sigs', 'kubernetes-csi', 'kubernetes-client', 'kubernetes-retired', 'kubernetes-incubator', 'etcd-io', 'cncf']);

/** English nouns a Chinese or Japanese sentence borrows ("该 provider 的维护者"): kinds of things, not names. */
const GENERIC_NOUNS = new Set(['provider', 'driver', 'plugin', 'operator', 'controller', 'exporter', 'adapter', 'sidecar', 'bug', 'issue', 'review', 'reviewer', 'approver', 'maintainer', 'release', 'feature', 'api', 'cli', 'tool', 'project', 'repo', 'owner', 'owners', 'meetup', 'slack', 'emeritus', 'lead', 'leads', 'member', 'members', 'shadow', 'chair', 'committer', 'contributor', 'contributors', 'maintainers', 'reviewers', 'approvers', 'mentor', 'mentee', 'kep', 'keps', 'issues', 'bugfix', 'upstream', 'downstream']);

export function codeNames(text: string, known: Mention[]): Mention[] {
  if (!CJK.test(text)) return latinCodeNames(text, known);
  const out: Mention[] = [];
  CODE_NAME.lastIndex = 0;
  for (const m of text.matchAll(CODE_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length < 3 || GENERIC_NOUNS.has(m[0]) || ADJECTIVE_COMPOUND.test(m[0]) || GITHUB_ORGS.has(m[0]) || known.some((k) => start < k.end && k.start < end)) continue;
    // Inside Latin prose ("SIG Storage spotlight"), the word belongs to that phrase.
    if (LATIN_NEIGHBOUR.test(text.slice(0, start)) || /^\s*[A-Za-z]/u.test(text.slice(end))) continue;
    out.push({ type: 'Project', name: m[0], surface: m[0], start, end });
  }
  return out;
}

/** "the Azure Key Vault provider": a component named in title case with its kind, in English prose. */
const NAMED_COMPONENT = /(?<![\w-])(?:(?:The|A|An|Our|This)\s+)?((?:[A-Z][\w.-]*\s+){1,4}(?:provider|driver|plugin|operator|controller|exporter|adapter))(?![\w-])/gu;

function namedComponents(text: string, known: Mention[]): Mention[] {
  if (CJK.test(text) || !/provider|driver|plugin|operator|controller|exporter|adapter/u.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(NAMED_COMPONENT)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    out.push({ type: 'Project', name, surface: name, start, end });
  }
  return out;
}

export function entities(text: string, groups: GroupIndex): Obj[] {
  const named = [...groups.findGroups(text), ...findProjects(text)];
  const found = selectNonOverlapping([...named, ...groupCoreference(text, groups, named), ...codeNames(text, named), ...namedComponents(text, named)]);
  const out: Obj[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!m) continue;
    const next = found[i + 1];
    // "Kubernetes SIG ContribEx": the project name only qualifies the group.
    if (m.type === 'Project' && next?.type === 'Sig' && /^\s*$/u.test(text.slice(m.end, next.start))) continue;
    // "the CSI external-provisioner sidecar": one project named with the family it belongs to.
    if (m.type === 'Project' && next?.type === 'Project' && /^[ \t]+$/u.test(text.slice(m.end, next.start))) {
      // "the Azure Disk CSI drivers": a family name after the project leaves the project's name.
      const name = FAMILIES.has(next.name) ? m.name : next.name;
      found[i + 1] = { ...next, name, start: m.start, surface: text.slice(m.start, next.end) };
      continue;
    }
    // "KWOK(Kubernetes WithOut Kubelet)のapprover": a spelled-out name in brackets after a project glosses it.
    // The outer name then spans its gloss, so that what follows the bracket is next to it.
    const glossEnd = m.type === 'Project' ? glossClose(text, m, out) : -1;
    if (glossEnd >= 0) {
      const last = out[out.length - 1];
      if (last) out[out.length - 1] = { ...last, m: { ...last.m, end: glossEnd, surface: text.slice(last.m.start, glossEnd) } };
      continue;
    }
    // "Intel Resource Drivers for Kubernetes": the end of a longer title-case name.
    if (m.type === 'Project' && TITLE_FOR_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "我在Rancher工作", "worked at Docker": a name that is also a company, as an employer.
    if (m.type === 'Project' && isEmployerThere(text, m)) continue;
    out.push({ m, type: m.type === 'Sig' ? 'Sig' : 'Project' });
  }
  return out;
}

/** The end of the bracket `m` stands in when it spells out the project just before it; else -1. */
function glossClose(text: string, m: Mention, before: Obj[]): number {
  const open = Math.max(text.lastIndexOf('(', m.start), text.lastIndexOf('（', m.start));
  if (open < 0 || /[)）]/u.test(text.slice(open, m.start))) return -1;
  const close = /[)）]/u.exec(text.slice(m.end));
  const outer = before[before.length - 1];
  if (outer && outer.m.start < m.start && outer.m.end >= m.end) return outer.m.end;
  if (close === null || outer?.type !== 'Project' || outer.m.end > open || !/^\s*$/u.test(text.slice(outer.m.end, open))) return -1;
  return /[,，、;；]/u.test(text.slice(open, m.end + close.index)) ? -1 : m.end + close.index + 1;
}

const EMPLOYER_BEFORE = /(?:\b(?:at|for|joined|joining)\s+|在\s*)$/iu;
const EMPLOYER_AFTER = /^\s*(?:工作|任职|上班|就职|で働|に勤め|に入社|に所属|に在籍)/u;

function isEmployerThere(text: string, m: Mention): boolean {
  if (canonicalCompany(m.surface) === undefined) return false;
  return EMPLOYER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || EMPLOYER_AFTER.test(text.slice(m.end, m.end + 8));
}

const TITLE_FOR_BEFORE = /\p{Lu}[\p{L}\d-]*(?:[ \t]+\p{Lu}[\p{L}\d-]*){1,5}[ \t]+for[ \t]+$/u;
const MODIFIED_HEAD_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,2}(?:team|teams|integrations?|platform|org|organi[sz]ation|department|group)\b/u;
const ZH_FEATURE_AFTER = /^\s*(?:迁移|支持|特性|功能|集成|规范|标准|接口|适配)/u;
const FAMILIES = new Set(['CSI', 'CRI', 'CNI']);

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
      .replace(/^[^（()）]{1,20}[（(][\s,，、]*[)）]\s*$/u, '');
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
      return lang === 'en' ? chain.filter((o) => o.type === 'Sig' || !MODIFIED_HEAD_AFTER.test(text.slice(o.m.end))) : chain.filter((o) => o.type === 'Sig' || !ZH_FEATURE_AFTER.test(text.slice(o.m.end)));
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
  return [{ m: { type: 'Project', name, surface: name, start, end: start + name.length }, type: 'Project' }];
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
