/**
 * The groups and projects a sentence names for the role linker: lexicon names, "the SIG" standing
 * for the article's group, repository and component names no lexicon knows, with glosses and
 * employers told apart.
 */
import { selectNonOverlapping, type GroupIndex } from './mentions/groups.ts';
import { canonicalCompany, findProjects } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import type { SigKind } from '../src/extraction/types.ts';
import type { Obj, RoleObject } from './role-types.ts';

/** A group as a role's object, with the aliases the article gives it. */
export function groupObject(groups: GroupIndex, g: { name: string; kind?: SigKind | undefined }): RoleObject {
  return { type: 'Sig', name: g.name, ...(g.kind ? { kind: g.kind } : {}), aliases: groups.aliasesOf(g.name) };
}

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
const FAMILIES = new Set(['CSI', 'CRI', 'CNI']);
