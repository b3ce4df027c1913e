/**
 * Finds companies and projects in a piece of plain text: lexicon terms (with their names in other
 * scripts) plus a few precise patterns for organisations and projects the lexicon does not know
 * ("a startup called X", "X, Inc.", "Xというプロジェクト", "the X subproject").
 * Matches are longest-first, non-overlapping and sorted by start, with indexes into the text.
 */
import { COMPANIES, NOT_COMPANIES, type OrgTerm } from '../lexicon/companies.ts';
import { COMMON_WORDS, PROJECTS, SUBPROJECT_NAMES, type ProjectTerm } from '../lexicon/projects.ts';
import { GROUPS } from '../lexicon/groups.ts';
import type { Mention } from './types.ts';

/** Comparison key: NFKC, case-folded, separators dropped (as the scorer and resolver compare names). */
export function orgKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s·・.\-_,]+/gu, '');
}

interface Entry {
  surface: string;
  canonical: string;
  caseSensitive: boolean;
  generic: boolean;
}

interface Hit {
  start: number;
  end: number;
  name: string;
  generic: boolean;
}

const LATIN = '\\p{Script=Latin}\\p{N}';
const BEFORE_LATIN = `(?<![${LATIN}_@#]|[${LATIN}][.\\-])`;
const AFTER_LATIN = `(?![${LATIN}_]|[.\\-][${LATIN}])`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termSource(surface: string): string {
  const body = surface
    .split(/[\s\-_]+/u)
    .map(escape)
    .join('[\\s\\u00a0\\-_]{0,3}');
  const first = surface.charAt(0);
  const last = surface.charAt(surface.length - 1);
  const before = /[\p{Script=Latin}\p{N}]/u.test(first) ? BEFORE_LATIN : '';
  const after = /[\p{Script=Latin}\p{N}]/u.test(last) ? AFTER_LATIN : '';
  return `${before}(?:${body})${after}`;
}

/** A compiled lexicon: one alternation per case mode, longest alternatives first. */
class TermMatcher {
  private readonly ci: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly ciIndex = new Map<string, Entry>();
  private readonly csIndex = new Map<string, Entry>();

  constructor(entries: Entry[]) {
    const byLength = [...entries].sort((a, b) => b.surface.length - a.surface.length);
    const ci: string[] = [];
    const cs: string[] = [];
    for (const e of byLength) {
      if (e.caseSensitive) {
        const key = e.surface.replace(/[\s\-_]+/gu, '');
        if (!this.csIndex.has(key)) {
          this.csIndex.set(key, e);
          cs.push(termSource(e.surface));
        }
      } else {
        const key = orgKey(e.surface);
        if (!this.ciIndex.has(key)) {
          this.ciIndex.set(key, e);
          ci.push(termSource(e.surface));
        }
      }
    }
    this.ci = ci.length ? new RegExp(ci.join('|'), 'giu') : null;
    this.cs = cs.length ? new RegExp(cs.join('|'), 'gu') : null;
  }

  find(text: string): Hit[] {
    const hits: Hit[] = [];
    if (this.cs) {
      for (const m of text.matchAll(this.cs)) {
        const e = this.csIndex.get(m[0].replace(/[\s\u00a0\-_]+/gu, ''));
        if (e) hits.push({ start: m.index, end: m.index + m[0].length, name: e.canonical, generic: e.generic });
      }
    }
    if (this.ci) {
      for (const m of text.matchAll(this.ci)) {
        const e = this.ciIndex.get(orgKey(m[0]));
        if (e) hits.push({ start: m.index, end: m.index + m[0].length, name: e.canonical, generic: e.generic });
      }
    }
    return hits;
  }
}

function entriesOf(terms: Array<OrgTerm & { generic?: boolean }>): Entry[] {
  const out: Entry[] = [];
  for (const t of terms) {
    const generic = t.generic ?? false;
    const cs = t.caseSensitive ?? false;
    out.push({ surface: t.name, canonical: t.name, caseSensitive: cs, generic });
    for (const a of t.aliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: false, generic });
    for (const a of t.csAliases ?? []) out.push({ surface: a, canonical: t.name, caseSensitive: true, generic });
  }
  return out;
}

const ACRONYMS: Record<string, string> = {
  api: 'API', cli: 'CLI', crd: 'CRD', csi: 'CSI', cri: 'CRI', dns: 'DNS', aws: 'AWS', gcp: 'GCP', oci: 'OCI',
  ipam: 'IPAM', sdk: 'SDK', ui: 'UI', dra: 'DRA', gpu: 'GPU', tpu: 'TPU', cel: 'CEL', cosi: 'COSI', idl: 'IDL',
  gmsa: 'gMSA', e2e: 'e2e', k8s: 'K8s', ai: 'AI', mcs: 'MCS', sig: 'SIG', ci: 'CI', json: 'JSON', yaml: 'YAML',
  github: 'GitHub', nvidia: 'NVIDIA', digitalocean: 'DigitalOcean', cloudstack: 'CloudStack', openstack: 'OpenStack',
  vsphere: 'vSphere', ibmcloud: 'IBM Cloud', huaweicloud: 'Huawei Cloud', kubevirt: 'KubeVirt', wasm: 'Wasm',
};

/** "contributor-comms" → "Contributor Comms"; tool-like names ("kube-state-metrics") stay as written. */
function prettify(dir: string): string {
  if (!dir.includes('-') || /kube|k8s|etcd|\./i.test(dir) || /[A-Z]/.test(dir)) return dir.replace(/^([A-Z].*)$/u, (d) => d.replace(/-/g, ' '));
  return dir
    .split('-')
    .map((w) => ACRONYMS[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function projectTerms(): ProjectTerm[] {
  const known = new Set<string>();
  for (const p of PROJECTS) for (const n of [p.name, ...(p.aliases ?? []), ...(p.csAliases ?? [])]) known.add(orgKey(n));
  const extra: ProjectTerm[] = [];
  for (const dir of SUBPROJECT_NAMES) {
    if (known.has(orgKey(dir))) continue;
    known.add(orgKey(dir));
    const generic = dir.toLowerCase().split('-').every((w) => COMMON_WORDS.has(w));
    const name = prettify(dir);
    extra.push(name === dir ? { name, generic } : { name, aliases: [dir], generic });
  }
  return [...PROJECTS, ...extra];
}

const ALL_PROJECTS = projectTerms();
const companyMatcher = new TermMatcher(entriesOf(COMPANIES));
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
  return companyIndex.get(orgKey(stripLegalSuffix(name))) ?? companyIndex.get(orgKey(name));
}

/** Canonical project name for any known spelling ("metrics-server" → "Metrics Server"). */
export function canonicalProject(name: string): string | undefined {
  return projectIndex.get(orgKey(name));
}

/** Known spellings of a canonical company or project (for the resolver's alias lists). */
export function orgAliases(type: 'Company' | 'Project', canonical: string): string[] {
  const terms: OrgTerm[] = type === 'Company' ? COMPANIES : ALL_PROJECTS;
  const t = terms.find((x) => x.name === canonical);
  return t ? [...(t.aliases ?? []), ...(t.csAliases ?? [])] : [];
}

// ---------------------------------------------------------------------------------------------
// Patterns for names the lexicon does not know.

/** A capitalised Latin name of up to four words ("Apprenda", "Foo Labs", "Solo.io"). */
const WORD = "[A-Z][\\p{L}\\p{N}&'+\\-]*(?:\\.[\\p{L}\\p{N}]+)*";
const NAME = `${WORD}(?:[ \\u00a0]${WORD}){0,3}`;
/** A Latin name inside CJK text: words may be lower-case ("datenlord", "kpng"). */
const CJK_NAME = '[A-Za-z][A-Za-z0-9.+\\-]*(?:[ \\u00a0][A-Za-z][A-Za-z0-9.+\\-]*){0,3}';
const LEGAL = "(?:,?[ \\u00a0](?:Inc\\.?|Corp\\.|Corporation|Ltd\\.?|LLC|GmbH|Co\\.,?[ \\u00a0]?Ltd\\.?|K\\.K\\.|S\\.A\\.|B\\.V\\.|Pvt\\.?[ \\u00a0]Ltd\\.?|AG|SE|PLC|Limited))";

function stripLegalSuffix(name: string): string {
  return name.replace(new RegExp(`${LEGAL}$`, 'u'), '').replace(/^株式会社\s*|\s*株式会社$/u, '').trim();
}

const COMPANY_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:a|an|the)[ \\u00a0](?:[\\w-]+[ \\u00a0]){0,3}?(?:startup|start-up|company|firm|consultancy|vendor)[ \\u00a0](?:called|named)[ \\u00a0](?<name>${NAME})`, 'gu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${NAME}${LEGAL})(?![\\p{L}\\p{N}])`, 'gu'),
  new RegExp(`(?<name>${CJK_NAME})[ \\u00a0]?という[^\\s、。,]{0,12}?(?:スタートアップ|会社|企業|ベンダー)`, 'gu'),
  new RegExp(`(?<name>株式会社[ \\u00a0]?(?:${CJK_NAME}|[\\p{Script=Katakana}ー]+)|(?:${CJK_NAME}|[\\p{Script=Katakana}ー]+)[ \\u00a0]?株式会社)`, 'gu'),
  new RegExp(`一家(?:名为|叫做?)[ \\u00a0]?(?<name>${CJK_NAME})[ \\u00a0]?的[^，。,]{0,6}?公司`, 'gu'),
];

const PROJECT_PATTERNS: RegExp[] = [
  new RegExp(`\\bthe[ \\u00a0](?<name>${NAME})[ \\u00a0](?:sub-?projects?|project)\\b`, 'gu'),
  new RegExp(`\\b(?:a|an)[ \\u00a0](?:new[ \\u00a0])?(?:project|tool|subproject|sub-project|initiative)[ \\u00a0](?:called|named)[ \\u00a0](?<name>${NAME})`, 'gu'),
  new RegExp(`(?<name>${CJK_NAME})[ \\u00a0]?(?:という|っていう)(?:[^\\s、。,]{0,8}?)(?:プロジェクト|ツール)`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9])(?<name>${CJK_NAME})[ \\u00a0]?(?:サブプロジェクト|子项目|子項目)`, 'gu'),
];

/** Words that start a capitalised phrase but do not name anything ("The", "Our", "This"). */
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|Our|My|Their|Its|His|Her|Your|Every|Each|Any|Some|Other|Another|New|Same|Whole|Entire|Kubernetes'?)$/u;

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

function cleanName(raw: string): string | undefined {
  let name = stripGroupPrefix(raw.trim()).replace(/[.,'’]+$/u, '').trim();
  const words = name.split(/[ \u00a0]+/u);
  while (words.length && NOT_NAME_START.test(words[0] ?? '')) words.shift();
  name = words.join(' ');
  if (name.length < 2 || /^(?:SIG|WG|I|We)$/u.test(name)) return undefined;
  return name;
}

function patternHits(text: string, patterns: RegExp[], strip: (s: string) => string): Hit[] {
  const hits: Hit[] = [];
  for (const re of patterns) {
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

const GENERIC_CUE_AFTER = /^[\s\u00a0]*(?:sub-?projects?\b|projects?\b|子项目|子項目|项目|サブプロジェクト|プロジェクト)/iu;
const GROUP_BEFORE = /(?:\bSIG|\bWG)[\s\u00a0-]*$/iu;
const GROUP_AFTER = /^[\s\u00a0-]*(?:(?:[A-Z][\w-]*[\s\u00a0]+){0,2}(?:SIGs?\b|WGs?\b|Working[\s\u00a0]+Group|Special[\s\u00a0]+Interest[\s\u00a0]+Group|User[\s\u00a0]+Group|ワーキンググループ|工作组|兴趣小组))/iu;

/** Projects named in the text. */
export function findProjects(text: string): Mention[] {
  const hits = projectMatcher.find(text).filter((h) => {
    if (h.generic && !GENERIC_CUE_AFTER.test(text.slice(h.end, h.end + 24))) return false;
    // "SIG etcd", "etcd sig", "etcd Operator Working Group": the group, not the project.
    if (GROUP_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) return false;
    if (GROUP_AFTER.test(text.slice(h.end, h.end + 40))) return false;
    return true;
  });
  const known = select(hits);
  const extra = patternHits(text, PROJECT_PATTERNS, (s) => s).filter(
    (h) => !known.some((k) => h.start < k.end && k.start < h.end) && canonicalCompany(h.name) === undefined,
  );
  return toMentions(text, select([...known, ...extra]), 'Project');
}

/** Companies, universities and foundations named in the text. */
export function findCompanies(text: string): Mention[] {
  const blockers = [...notCompanyMatcher.find(text), ...projectMatcher.find(text).filter((h) => !h.generic)];
  const hits = companyMatcher
    .find(text)
    .filter((h) => !blockers.some((b) => b.start <= h.start && h.end <= b.end && b.end - b.start > h.end - h.start));
  const known = select(hits);
  const extra = patternHits(text, COMPANY_PATTERNS, stripLegalSuffix)
    .filter((h) => !known.some((k) => h.start < k.end && k.start < h.end))
    .filter((h) => canonicalProject(h.name) === undefined)
    .map((h) => ({ ...h, name: canonicalCompany(h.name) ?? h.name }));
  return toMentions(text, select([...known, ...extra]), 'Company');
}
