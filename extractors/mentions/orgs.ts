/**
 * Finds companies and projects in a piece of plain text: lexicon terms (with their names in other
 * scripts) plus a few precise patterns for organisations and projects the lexicon does not know
 * ("a startup called X", "X, Inc.", "Xというプロジェクト", "the X subproject").
 * Matches are longest-first, non-overlapping and sorted by start, with indexes into the text.
 */
import { COMPANIES, NOT_COMPANIES, type OrgTerm } from '../lexicon/companies.ts';
import { TermMatcher, entriesOf, orgKey, type Hit } from './term-matcher.ts';
import { COMMON_WORDS, PROJECTS, SUBPROJECT_NAMES, type ProjectTerm } from '../lexicon/projects.ts';
import { GROUPS } from '../lexicon/groups.ts';
import { isPlaceName } from '../lexicon/places.ts';
import { findGroups } from './groups.ts';
import type { Mention } from './types.ts';

export { orgKey };

const ACRONYMS: Record<string, string> = {
  api: 'API', cli: 'CLI', crd: 'CRD', csi: 'CSI', cri: 'CRI', dns: 'DNS', aws: 'AWS', gcp: 'GCP', oci: 'OCI',
  ipam: 'IPAM', sdk: 'SDK', ui: 'UI', dra: 'DRA', gpu: 'GPU', tpu: 'TPU', cel: 'CEL', cosi: 'COSI', idl: 'IDL',
  gmsa: 'gMSA', e2e: 'e2e', k8s: 'K8s', ai: 'AI', mcs: 'MCS', sig: 'SIG', ci: 'CI', json: 'JSON', yaml: 'YAML',
  github: 'GitHub', nvidia: 'NVIDIA', digitalocean: 'DigitalOcean', cloudstack: 'CloudStack', openstack: 'OpenStack',
  vsphere: 'vSphere', ibmcloud: 'IBM Cloud', huaweicloud: 'Huawei Cloud', kubevirt: 'KubeVirt', wasm: 'Wasm',
};

/** "contributor-comms" → "Contributor Comms"; tool-like names ("kube-state-metrics") stay as written. */
function prettify(dir: string): string {
  if (!dir.includes('-') || /kube|k8s|etcd|webhook|\./i.test(dir) || /[A-Z]/.test(dir)) return dir.replace(/^([A-Z].*)$/, (d) => d.replace(/-/g, ' '));
  return dir
    .split('-')
    .map((w) => ACRONYMS[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function projectTerms(): ProjectTerm[] {
  const known = new Set<string>();
  for (const p of PROJECTS) for (const n of [p.name, ...spellingsOf(p)]) known.add(orgKey(n));
  const extra: ProjectTerm[] = [];
  for (const dir of SUBPROJECT_NAMES) {
    if (known.has(orgKey(dir))) continue;
    known.add(orgKey(dir));
    const generic = dir.toLowerCase().split('-').every((w) => COMMON_WORDS.has(w));
    // Everyday words are names here only as subprojects: capitalised like the other subproject names.
    const name = generic && !dir.includes('-') ? dir.charAt(0).toUpperCase() + dir.slice(1) : prettify(dir);
    extra.push(name === dir ? { name, generic } : { name, aliases: [dir], generic });
  }
  return [...PROJECTS, ...extra];
}

const ALL_PROJECTS = projectTerms();
const companyMatcher = new TermMatcher(entriesOf(COMPANIES), true);
const projectMatcher = new TermMatcher(entriesOf(ALL_PROJECTS));
const notCompanyMatcher = new TermMatcher(
  NOT_COMPANIES.map((s) => ({ surface: s, canonical: s, caseSensitive: false, generic: false })),
);

const companyIndex = new Map<string, string>();
for (const e of entriesOf(COMPANIES)) if (!companyIndex.has(orgKey(e.surface))) companyIndex.set(orgKey(e.surface), e.canonical);
const projectIndex = new Map<string, string>();
for (const e of entriesOf(ALL_PROJECTS)) if (!projectIndex.has(orgKey(e.surface))) projectIndex.set(orgKey(e.surface), e.canonical);

/** Canonical company name for any known spelling ("谷歌" → "Google", "CyberAgent, Inc." → "CyberAgent"). */
export function canonicalCompany(name: string): string | undefined {
  return companyIndex.get(orgKey(stripLegalSuffix(name))) ?? companyIndex.get(orgKey(name)) ?? bilingualCompany(name);
}

/** "DaoCloud 道客", "Huawei 华为": a company written in two scripts, both naming the same known company. */
function bilingualCompany(name: string): string | undefined {
  const m = /^([A-Za-z][\w .&-]*?)\s*[\s(（]\s*([\u3040-\u30ff\u3400-\u9fff]{2,12})\s*[)）]?$|^([\u3040-\u30ff\u3400-\u9fff]{2,12})\s*[\s(（]\s*([A-Za-z][\w .&-]*?)\s*[)）]?$/u.exec(name.trim());
  if (!m) return undefined;
  const [latin, cjk] = m[1] !== undefined ? [m[1], m[2] ?? ''] : [m[4] ?? '', m[3] ?? ''];
  const a = companyIndex.get(orgKey(latin));
  const b = companyIndex.get(orgKey(cjk));
  return a !== undefined && b !== undefined && a !== b ? undefined : (a ?? b);
}

const subprojectKeys = new Set(SUBPROJECT_NAMES.map(orgKey));
const communitySubprojects = new Set(
  ALL_PROJECTS.filter((p) => [p.name, ...(p.aliases ?? []), ...(p.csAliases ?? [])].some((n) => subprojectKeys.has(orgKey(n)))).map((p) => p.name),
);

/** Whether a canonical project is one of the Kubernetes community's subprojects (sigs.yaml), whoever owns it. */
export function isCommunitySubproject(canonical: string): boolean {
  return communitySubprojects.has(canonical);
}

/** Canonical project name for any known spelling ("metrics-server" → "Metrics Server"). */
export function canonicalProject(name: string): string | undefined {
  return projectIndex.get(orgKey(name));
}

/** Known spellings of a canonical company or project (for the resolver's alias lists). */
export function orgAliases(type: 'Company' | 'Project', canonical: string): string[] {
  const terms: OrgTerm[] = type === 'Company' ? COMPANIES : ALL_PROJECTS;
  const t = terms.find((x) => x.name === canonical);
  if (!t) return [];
  return spellingsOf(t);
}

/** Every other spelling a company or project term lists, whatever kind of alias. */
function spellingsOf(t: OrgTerm & Partial<Pick<ProjectTerm, 'genericAliases' | 'distinctAliases' | 'wordAliases'>>): string[] {
  return [...(t.aliases ?? []), ...(t.csAliases ?? []), ...(t.genericAliases ?? []), ...(t.distinctAliases ?? []), ...(t.wordAliases ?? [])];
}

// ---------------------------------------------------------------------------------------------
// Patterns for names the lexicon does not know.

/** A capitalised Latin name of up to four words ("Apprenda", "Foo Labs", "Solo.io"). */
const WORD = "[A-Z][A-Za-z0-9\\u00c0-\\u024f&'+\\-]*(?:\\.[A-Za-z0-9]+)*";
const NAME = `${WORD}(?:[ \\u00a0]${WORD}){0,3}`;
/** A Latin name inside CJK text: words may be lower-case ("datenlord", "kpng"). */
const CJK_NAME = '[A-Za-z][A-Za-z0-9.+\\-]*(?:[ \\u00a0][A-Za-z][A-Za-z0-9.+\\-]*){0,3}';
const LEGAL = "(?:,?[ \\u00a0](?:Inc\\.?|Corp\\.|Corporation|Ltd\\.?|LLC|GmbH|Co\\.,?[ \\u00a0]?Ltd\\.?|K\\.K\\.|S\\.A\\.|B\\.V\\.|Pvt\\.?[ \\u00a0]Ltd\\.?|AG|SE|PLC|Limited))";

function stripLegalSuffix(name: string): string {
  return name.replace(new RegExp(`${LEGAL}$`, 'u'), '').replace(/^株式会社\s*|\s*株式会社$/, '').trim();
}

const JOB_TITLE =
  '[Ee]ngineer|[Dd]eveloper|[Mm]anager|[Aa]rchitect|[Dd]irector|CEO|CTO|COO|CIO|CISO|VP|[Ff]ounder|[Cc]o-?[Ff]ounder|[Pp]resident|[Aa]dvocate|[Ee]vangelist|[Ss]cientist|[Rr]esearcher|[Cc]onsultant|[Ii]ntern|SRE|[Ss]pecialist|[Aa]nalyst|[Pp]rogrammer|[Ee]mployee|[Mm]ember of [Tt]echnical [Ss]taff';
/** Capitalised phrases after "at" that are events or places, not employers. */
const NOT_ORG = /^(?:KubeCon|CloudNativeCon|KCD|Kubernetes Community Days?|Open Source Summit|FOSDEM|Google Summer of Code|GSoC|LFX|Hacktoberfest|Outreachy|The|This|That|Home|Work|Night|Times?)\b/;

const COMPANY_PATTERNS: Array<[RegExp, RegExp]> = [
  [/called|named/, new RegExp(`\\b(?:a|an|the)[ \\u00a0](?:[\\w-]+[ \\u00a0]){0,3}?(?:startup|start-up|company|firm|consultancy|vendor)[ \\u00a0](?:called|named)[ \\u00a0](?<name>${NAME})`, 'gu')],
  [/Inc|Corp|Ltd|LLC|GmbH|K\.K\.|S\.A\.|B\.V\.|AG|SE|PLC|Limited/, new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${NAME}${LEGAL})(?![\\p{L}\\p{N}])`, 'gu')],
  [/という/, new RegExp(`(?<name>${CJK_NAME})[ \\u00a0]?という[^\\s、。,]{0,12}?(?:スタートアップ|会社|企業|ベンダー)`, 'gu')],
  [/株式会社/, new RegExp(`(?<name>株式会社[ \\u00a0]?(?:${CJK_NAME}|[\\p{Script=Katakana}ー]+)|(?:${CJK_NAME}|[\\p{Script=Katakana}ー]+)[ \\u00a0]?株式会社)`, 'gu')],
  [/一家/, new RegExp(`一家(?:名为|叫做?)[ \\u00a0]?(?<name>${CJK_NAME})[ \\u00a0]?的[^，。,]{0,6}?公司`, 'gu')],
  // "the CEO at Nirmata", "a software engineer at Acme", "the CTO of Fairwinds".
  [/\b(?:at|of)\s/, new RegExp(`\\b(?:${JOB_TITLE})s?[ \\u00a0]at[ \\u00a0](?<name>${NAME})`, 'gu')],
  // "At Nirmata, we have been working with Kubernetes since 2014".
  [/\bAt\s/, new RegExp(`\\bAt[ \\u00a0](?<name>${NAME}),[ \\u00a0](?:we|our)\\b`, 'gu')],
  // "Zlab社のHaruto Ikedaさん": 社 marks a company.
  [/社[のでにはが、。\s]/u, new RegExp(`(?<![A-Za-z])(?<name>${NAME})(?=社(?:の|で|に|は|が|、|。|\\s))`, 'gu')],
  // "Trendyolで働いています", "在 Zalando 工作", "就职于 Ant Group": the grammar makes the name an employer.
  [/働|勤|所属|入社/u, new RegExp(`(?<![A-Za-z])(?<name>${NAME})(?:社)?(?=で(?:働いて|働き|勤務して|勤務し)|に(?:勤めて|勤務して|所属して|入社))`, 'gu')],
  [/工作|任职|上班|就职|供职|担任/u, new RegExp(`(?:在(?:[\u4e00-\u9fff]{1,6}的)?|就职于|任职于|供职于)[ \u00a0]?(?<name>${NAME})(?=[ \u00a0]?(?:公司)?[ \u00a0]?(?:工作|任职|上班|就职|担任|，|。|$))`, 'gu')],
  // "Radostin Stoyanov（牛津大学）", "来自清华大学的…": a Han name ending in 大学, 公司 … is an organisation.
  [/大学|学院|研究所|研究院|公司|集团|科技|实验室/u, new RegExp(`(?:(?<=[（(])|(?<=(?:来自|就职于|任职于|供职于)[ \u00a0]?))(?<name>(?!(?:国内|国外|海外|其他|其它|别的|一些|很多|不同|各家|几家|各个|这家|那家|同一家|一家|大|小|本|我们|他们)(?:的)?(?:大学|学院|公司|集团|科技|实验室))[\u3400-\u9fff]{2,10}?(?:大学|学院|研究所|研究院|公司|集团|科技|实验室))(?=[）)，,、的]|[ \u00a0]?(?:工作|任职))`, 'gu')],
  // "Claudio Belu from Cloudbase Solutions": a capitalised name ending in a word companies end in.
  [/Solutions|Systems|Technologies|Labs\b|Software|Networks|Consulting/, new RegExp(`(?<![A-Za-z0-9])(?!(?:The|Our|My|Their|Its|This|That|These|Those|A|An|We|Your)[ \\u00a0])(?<name>(?:[A-Z][A-Za-z0-9&'-]*[ \\u00a0]){1,3}(?:Solutions|Systems|Technologies|Labs|Software|Networks|Consulting))(?![A-Za-z0-9])`, 'gu')],
  // "National Taiwan University", "the University of Cape Town", "Georgia Institute of Technology": academic affiliations.
  [/Universit|Institute|College/, new RegExp(`(?<![A-Za-z0-9])(?!(?:The|Our|My|Their|Its|This|That|A|An|Your|Any|Every|Each)[ \\u00a0])(?<name>(?:\\p{Lu}[\\p{L}&'.-]*[ \\u00a0]){0,3}(?:University|Institute)[ \\u00a0]of[ \\u00a0](?:\\p{Lu}[\\p{L}&'-]*)(?:[ \\u00a0](?:(?:of|and)[ \\u00a0])?\\p{Lu}[\\p{L}&'-]*){0,3}|(?:\\p{Lu}[\\p{L}&'.-]*[ \\u00a0]){1,4}(?:University|College))(?![A-Za-z0-9])`, 'gu')],
  // "a master's student at IIT Madras".
  [/IIT/, /(?<![A-Za-z])(?<name>IIT[ \u00a0-](?:Madras|Bombay|Delhi|Kanpur|Kharagpur|Roorkee|Guwahati|Hyderabad|Indore|Mandi|Patna|Ropar|Gandhinagar|Jodhpur|Tirupati|Palakkad|Dharwad|Bhilai|Goa|Jammu|BHU))(?![A-Za-z])/gu],
  // "I joined Merpay, the fintech subsidiary of Mercari": a name described as a company after "joined".
  [/joined/, new RegExp(`\\bjoined[ \\u00a0](?<name>${NAME})(?=,[ \\u00a0](?:the|a|an)[ \\u00a0][^,.;]{0,40}?\\b(?:company|startup|start-up|subsidiary|firm|vendor|consultancy)\\b)`, 'gu')],
  // "is presently employed at API7", "works for DaoCloud".
  [/employ|work/, new RegExp(`\\b(?:employed[ \\u00a0](?:at|with|by)|(?:works?|working|worked)[ \\u00a0](?:at|for))[ \\u00a0](?<name>${NAME})(?!['’]s)`, 'gu')],
  [/\bof\s/, new RegExp(`\\b(?:CEO|CTO|COO|CIO|CISO|[Cc]o-?[Ff]ounder|[Ff]ounder|[Pp]resident)[ \\u00a0]of[ \\u00a0](?<name>${NAME})`, 'gu')],
];

const PROJECT_PATTERNS: Array<[RegExp, RegExp]> = [
  // "Cluster API Provider Packet (CAPP)": the providers of Cluster API are named after it.
  [/Cluster API Provider/, /(?<![\w-])(?<name>Cluster API Provider (?!(?:for|and|or|of)\b)[\p{L}\d][\w-]*)(?![\w-])/gu],
  [/project/i, new RegExp(`\\bthe[ \\u00a0](?<name>${NAME})[ \\u00a0](?:sub-?projects?|project)\\b`, 'gu')],
  // "kubernetes/community", "kubernetes-sigs/kueue": a repository of the project's organisations.
  [/\//, /(?<![\w./-])(?<name>(?:kubernetes|kubernetes-sigs|kubernetes-csi|kubernetes-client|etcd-io)\/[a-z0-9][a-z0-9.-]*[a-z0-9])(?![\w/-])/gu],
  // "the Kompose and Application CRD subprojects": both names of a coordinated pair.
  [/projects/i, new RegExp(`\\bthe[ \\u00a0](?<name>${NAME})(?=[ \\u00a0]and[ \\u00a0]${NAME}[ \\u00a0](?:sub-?projects|projects)\\b)`, 'gu')],
  [/projects/i, new RegExp(`(?<=\\bthe[ \\u00a0]${NAME}[ \\u00a0]and[ \\u00a0])(?<name>${NAME})[ \\u00a0](?:sub-?projects|projects)\\b`, 'gu')],
  // "the NVIDIA DRA driver", "the Prometheus operator": a named component with its head noun.
  [/driver|operator|exporter|provisioner/, new RegExp(`\\bthe[ \\u00a0](?<name>${NAME}[ \\u00a0](?:driver|operator|exporter|provisioner))\\b`, 'gu')],
  // "the cloud-provider-aws repository": a repository's name in code style.
  // ("OpenKruise, the workload-management project": after a name, the words describe it.)
  [/repo|project/i, new RegExp(`(?<![\\p{L}\\d)\\]],[ \\u00a0])\\bthe[ \\u00a0](?<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)[ \\u00a0](?:repository|repo|sub-?project|project)\\b`, 'gu')],
  [/called|named/, new RegExp(`\\b(?:a|an)[ \\u00a0](?:new[ \\u00a0])?(?:project|tool|subproject|sub-project|initiative)[ \\u00a0](?:called|named)[ \\u00a0](?<name>${NAME})`, 'gu')],
  [/という|っていう/, new RegExp(`(?<name>${CJK_NAME})[ \\u00a0]?(?:という|っていう)(?:[^\\s、。,]{0,8}?)(?:プロジェクト|ツール)`, 'gu')],
  // "开源了一个新的多集群管理工具 Kairship": a Latin name right after a Chinese word for a tool or project.
  [/工具|项目|框架|组件|控制器/, new RegExp(`(?<=[\u4e00-\u9fff](?:工具|项目|框架|组件|控制器))[ \u00a0]?(?<name>[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9-])`, 'gu')],
  [/サブプロジェクト|子项目|子項目/, new RegExp(`(?<![A-Za-z0-9])(?<name>${CJK_NAME})[ \\u00a0]?(?:サブプロジェクト|子项目|子項目)`, 'gu')],
];

/** Words that start a capitalised phrase but do not name anything ("The", "Our", "This"). */
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|Our|My|Their|Its|His|Her|Your|Every|Each|Any|Some|Other|Another|New|Same|Whole|Entire|Kubernetes'?)$/;

const GROUP_PREFIXES: string[] = (() => {
  const out: string[] = [];
  for (const g of GROUPS) {
    for (const s of [g.short, ...(g.aliases ?? [])]) {
      out.push(`SIG ${s}`, `SIG-${s}`, `${s} SIG`, `WG ${s}`, `${s} WG`);
    }
  }
  return out.sort((a, b) => b.length - a.length);
})();

/** "SIG ContribEx Upstream Marketing" → "Upstream Marketing": a group name is not part of the project's. */
function stripGroupPrefix(name: string): string {
  const lower = name.toLowerCase();
  for (const p of GROUP_PREFIXES) {
    if (lower.startsWith(`${p.toLowerCase()} `)) return name.slice(p.length + 1);
  }
  return name;
}

const GROUP_NAMES = new Set(GROUP_PREFIXES.map((p) => p.toLowerCase()));

function cleanName(raw: string): string | undefined {
  // "one of the SIG ContribEx subprojects": the group's name alone names no project.
  if (GROUP_NAMES.has(raw.trim().toLowerCase())) return undefined;
  let name = stripGroupPrefix(raw.trim()).replace(/[.,'’]+$/, '').trim();
  const words = name.split(/[ \u00a0]+/);
  while (words.length && NOT_NAME_START.test(words[0] ?? '')) words.shift();
  name = words.join(' ');
  if (name.length < 2 || /^(?:SIG|WG|I|We)$/.test(name)) return undefined;
  return name;
}

function patternHits(text: string, patterns: Array<[RegExp, RegExp]>, strip: (s: string) => string): Hit[] {
  const hits: Hit[] = [];
  for (const [cue, re] of patterns) {
    if (!cue.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const raw = m.groups?.['name'];
      if (raw === undefined) continue;
      const offset = m.index + m[0].indexOf(raw);
      const name = cleanName(strip(raw));
      if (name === undefined) continue;
      const at = text.indexOf(name, offset);
      const start = at >= 0 && at < offset + raw.length ? at : offset;
      hits.push({ start, end: start + (at >= 0 ? name.length : raw.length), name, generic: false });
    }
  }
  return hits;
}

/** Longest first, then leftmost; drop anything overlapping an accepted hit. */
function select(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Hit[] = [];
  for (const h of sorted) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function toMentions(text: string, hits: Hit[], type: 'Company' | 'Project'): Mention[] {
  return hits.map((h) => ({ type, name: h.name, surface: text.slice(h.start, h.end), start: h.start, end: h.end }));
}

/** A generic name counts next to a singular cue: "the elections subproject", but not "instrumentation subprojects". */
const GENERIC_CUE_AFTER =
  /^[\s\u00a0]*(?:sub-?project\b(?!s)|project\b(?!s)|repository\b|repo\b|library\b|子项目|子項目|项目|仓库|代码库|库|ライブラリ|(?:[もは](?:SIG\s?[A-Za-z][\w -]{0,30}?の)?)?(?:サブプロジェクト|プロジェクト)|リポジトリ)/iu;
/** A component with its head noun ("the NVIDIA DRA driver"), a Cluster API provider: more than the known name inside. */
const LONGER_NAME = /^\S+(?:\s+\S+){1,3}\s+(?:driver|operator|exporter|provisioner)$|^Cluster API Provider /u;
/** "Localization is one of the four SIG Docs subprojects", "本地化是 SIG Docs 的子项目之一": the name as a subproject's subject. */
const GENERIC_SUBJECT_CUE =
  /^[\s\u00a0]*(?:is\s+(?:also\s+|now\s+)?(?:one\s+of\s+)?(?:the\s+|its\s+)?(?:(?:two|three|four|five|six|\d)\s+)?|(?:也|还)?是\s*|(?:も|は)、?)(?:SIG|WG)[\s\u00a0]?[A-Za-z][\w -]{0,30}?(?:['’]s?\s*|\s*(?:的|の)\s*)?(?:[一二三四五六七八九十两几\d]+个)?\s*(?:sub-?projects?\b|子项目|子項目|サブプロジェクト)/u;
/** Where a project spelled as an English word is that word: "that kind", "kind of", "kind enough". */
const WORD_IDIOM_BEFORE = /\b(?:that|this|what|any|some|every|one|same|other|which|very|so)\s+$/iu;
const WORD_IDIOM_AFTER = /^\s+(?:of|enough|regards|words)\b/u;
const GROUP_BEFORE = /(?:\bSIG|\bWG)[\s\u00a0-]*$/i;
/** "etcd Operator Working Group": capitalised words then a group word (not "mentoring subproject of SIG …"). */
const GROUP_AFTER = /^[\s\u00a0-]*(?:(?:[A-Z][\w-]*[\s\u00a0]+){0,2}(?:SIGs?\b|WGs?\b|[Ww]orking[\s\u00a0]+[Gg]roups?|[Ss]pecial[\s\u00a0]+[Ii]nterest[\s\u00a0]+[Gg]roups?|[Uu]ser[\s\u00a0]+[Gg]roups?|[Ss]ig\b|ワーキンググループ|工作组|兴趣小组))/u;

/** Every extractor asks about the same sentences: remember recent answers. */
function cached(cache: Map<string, Mention[]>, text: string, compute: (t: string) => Mention[]): Mention[] {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size >= 4096) cache.clear();
    hit = compute(text);
    cache.set(text, hit);
  }
  return hit.map((m) => ({ ...m }));
}

const projectCache = new Map<string, Mention[]>();
const companyCache = new Map<string, Mention[]>();

/** Projects named in the text. */
export function findProjects(text: string): Mention[] {
  return cached(projectCache, text, computeProjects);
}

/** Companies, universities and foundations named in the text. */
export function findCompanies(text: string): Mention[] {
  return cached(companyCache, text, computeCompanies);
}

function computeProjects(text: string): Mention[] {
  const hits = projectMatcher.find(text).filter((h) => {
    if (h.generic && !GENERIC_CUE_AFTER.test(text.slice(h.end, h.end + 24)) && !GENERIC_SUBJECT_CUE.test(text.slice(h.end, h.end + 64))) return false;
    // "it's a community subproject of SIG Scheduling": an everyday word after "a" describes, it names nothing.
    if (h.generic && /\b(?:a|an)\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start))) return false;
    // "SIG etcd", "etcd sig", "etcd Operator Working Group": the group, not the project.
    if (GROUP_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) return false;
    if (GROUP_AFTER.test(text.slice(h.end, h.end + 40))) return false;
    // "that kind of thing": the English word, not the tool its users write in lower case.
    if (h.word && (WORD_IDIOM_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) || WORD_IDIOM_AFTER.test(text.slice(h.end, h.end + 10)))) return false;
    // "k8s.io/utils": the first segment of a path names no project of its own.
    if (/^\/[A-Za-z0-9]/u.test(text.slice(h.end, h.end + 2)) && !text.slice(h.start, h.end).includes('/')) return false;
    // "パッチリリースチーム", "补丁发布团队", "patch release team": another team than the Release Team.
    if (h.name === 'Release Team' && /(?:パッチ|补丁|patch[ \t]*)$/iu.test(text.slice(Math.max(0, h.start - 6), h.start))) return false;
    return true;
  });
  let known = select(hits);
  // A repository the lexicon knows ("kubernetes/kubernetes") keeps its canonical name.
  // "the SIG's subprojects": a possessive names whose projects they are, not a project.
  const found = patternHits(text, PROJECT_PATTERNS, (s) => s).filter(
    (h) => canonicalCompany(h.name) === undefined && !(h.name.includes('/') && canonicalProject(h.name) !== undefined) && !/['’]s$/u.test(h.name),
  );
  // "the NVIDIA DRA driver", "kubernetes/community": a named component or repository is more than the names inside it.
  // ("kubernetes-sigs/kueue" stays Kueue: the repository's own part is a name the lexicon knows.)
  const ownPartKnown = (h: Hit): boolean => known.some((k) => k.start > h.start + h.name.indexOf('/') && k.end <= h.end);
  const longer = found.filter(
    (h) =>
      (LONGER_NAME.test(h.name) || (h.name.includes('/') && !ownPartKnown(h))) &&
      known.some((k) => h.start <= k.start && k.end <= h.end),
  );
  known = known.filter((k) => !longer.some((h) => h.start <= k.start && k.end <= h.end));
  const extra = found.filter((h) => !known.some((k) => h.start < k.end && k.start < h.end));
  return toMentions(text, select([...known, ...extra]), 'Project');
}

/** "华为云原生团队" is Huawei's cloud-native team: 云 belongs to 云原生, not to the company's name. */
function cloudNative(text: string, h: Hit): Hit {
  const surface = text.slice(h.start, h.end);
  if (!surface.endsWith('云') || !text.startsWith('原生', h.end)) return h;
  const parent = canonicalCompany(surface.slice(0, -1));
  return parent ? { ...h, end: h.end - 1, name: parent } : h;
}

function computeCompanies(text: string): Mention[] {
  // A company inside a longer product, programme or group name is not a mention of the company
  // ("Google Summer of Code", "Google Kubernetes Engine", "CNCF Kubernetes Policy Working Group").
  const groups = findGroups(text).map((g) => ({ start: g.start, end: g.end }));
  // "CNCF Kubernetes Policy Working Group": a company qualifying a group's name.
  for (const g of [...groups]) {
    const lead = /(?:^|[^\p{L}\p{N}])((?:[A-Z][\p{L}\p{N}&-]*[ \u00a0]+){1,4})$/u.exec(text.slice(Math.max(0, g.start - 60), g.start));
    if (lead?.[1]) groups.push({ start: g.start - lead[1].length, end: g.end });
  }
  const blockers = [...notCompanyMatcher.find(text), ...projectMatcher.find(text).filter((h) => !h.generic), ...groups];
  const hits = companyMatcher
    .find(text)
    .filter((h) => !blockers.some((b) => b.start <= h.start && h.end <= b.end && b.end - b.start > h.end - h.start));
  const known = select(hits.map((h) => cloudNative(text, h)));
  const extra = patternHits(text, COMPANY_PATTERNS, stripLegalSuffix)
    .filter((h) => !known.some((k) => h.start < k.end && k.start < h.end))
    .filter((h) => canonicalProject(h.name) === undefined && !NOT_ORG.test(h.name) && !isPlaceName(h.name) && !groups.some((g) => h.start < g.end && g.start < h.end))
    .map((h) => ({ ...h, name: canonicalCompany(h.name) ?? h.name }));
  return toMentions(text, select([...known, ...extra]), 'Company');
}
