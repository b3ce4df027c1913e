/**
 * WHERE conditions for the top-level lists, one function per node type, on the variable `n`.
 * Entity references (a company, group, person or project named in a filter) arrive resolved to
 * lookup keys (see ../entity-ref.ts) and match a node's id or any of its keys.
 */
import { articleDate, sourceCondition, type SourceConditions } from './fragments.ts';
import type { Params } from './params.ts';

/** A name given by a client, as the id it may be and the normalised keys it may match. */
export interface EntityRef {
  raw: string;
  keys: string[];
}

export interface PersonListFilter {
  nameKey?: string;
  alias?: EntityRef;
  github?: string;
  company?: EntityRef;
  sig?: EntityRef;
  role?: string;
  sigKinds?: string[];
  project?: EntityRef;
  sources: SourceConditions;
}

export interface CompanyListFilter {
  nameKey?: string;
  alias?: EntityRef;
  sig?: EntityRef;
  role?: string;
  sigKinds?: string[];
  project?: EntityRef;
  sources: SourceConditions;
}

export interface SigListFilter {
  nameKey?: string;
  alias?: EntityRef;
  kinds?: string[];
  company?: EntityRef;
  person?: EntityRef;
  role?: string;
  project?: EntityRef;
  sources: SourceConditions;
}

export interface ProjectListFilter {
  nameKey?: string;
  alias?: EntityRef;
  sig?: EntityRef;
  company?: EntityRef;
  person?: EntityRef;
  sources: SourceConditions;
}

export interface ArticleListFilter {
  title?: string;
  language?: string;
  dateFrom?: string;
  dateTo?: string;
  sig?: EntityRef;
  person?: EntityRef;
}

/** `v` is the entity `ref` names: by id or by one of its lookup keys. */
export function refCondition(v: string, ref: EntityRef, params: Params): string {
  return `(${v}.id = ${params.add(ref.raw, 'id')} OR any(k IN ${params.add(ref.keys, 'keys')} WHERE k IN coalesce(${v}.keys, [])))`;
}

function common(nameKey: string | undefined, alias: EntityRef | undefined, sources: SourceConditions | undefined, params: Params): string[] {
  const out: string[] = [];
  if (nameKey) out.push(`any(k IN coalesce(n.keys, []) WHERE k CONTAINS ${params.add(nameKey, 'name')})`);
  if (alias) out.push(refCondition('n', alias, params));
  const src = sources === undefined ? undefined : sourceCondition('n.sources', sources, params);
  if (src !== undefined) out.push(src);
  return out;
}

function roleIn(rel: string, role: string, params: Params): string {
  const p = params.add(role, 'role');
  return `(${rel}.role = ${p} OR ${p} IN coalesce(${rel}.roles, []))`;
}

/** The conditions of a list: WHERE terms on `n`, and maybe an anchor clause that binds `n`. */
export interface ListConditions {
  where: string[];
  /**
   * MATCH clauses that find `n` from the entity a filter names (a company's employees), so the
   * query starts at that one node instead of testing every node of the label against it.
   */
  anchor?: string;
}

/** A filter by a related entity: the path from `n` to it (`(n)-[:WORKS_AT]->(x:Company)`). */
interface RelatedFilter {
  ref: EntityRef | undefined;
  /** A pattern from `n` to `x`. */
  path: string;
  /** The label of `x`. */
  label: string;
}

/** The first related-entity filter becomes the anchor; the others stay EXISTS conditions. */
function withRelated(label: string, where: string[], related: RelatedFilter[], params: Params): ListConditions {
  const out: ListConditions = { where };
  related.forEach(({ ref, path, label: other }, i) => {
    if (!ref) return;
    if (out.anchor === undefined) {
      out.anchor = `MATCH (x${i}:${other}) WHERE ${refCondition(`x${i}`, ref, params)}\nMATCH ${path.replace('(n)', `(n:${label})`).replace(/\(x:\w+\)/, `(x${i})`)}\nWITH DISTINCT n`;
    } else {
      where.push(`EXISTS { MATCH ${path} WHERE ${refCondition('x', ref, params)} }`);
    }
  });
  return out;
}

export function personConditions(f: PersonListFilter, params: Params): ListConditions {
  const out = common(f.nameKey, f.alias, f.sources, params);
  if (f.github) out.push(`n.github = ${params.add(f.github, 'gh')}`);
  if (f.role) out.push(`EXISTS { MATCH (n)-[r:LEADS|MEMBER_OF|MAINTAINS|CONTRIBUTES_TO]->() WHERE ${roleIn('r', f.role, params)} }`);
  if (f.sigKinds) out.push(`EXISTS { MATCH (n)-[:LEADS|MEMBER_OF]->(s:Sig) WHERE s.kind IN ${params.add(f.sigKinds, 'kinds')} }`);
  return withRelated('Person', out, [
    { ref: f.company, path: '(n)-[:WORKS_AT]->(x:Company)', label: 'Company' },
    { ref: f.sig, path: '(n)-[:LEADS|MEMBER_OF]->(x:Sig)', label: 'Sig' },
    { ref: f.project, path: '(n)-[:MAINTAINS|CONTRIBUTES_TO]->(x:Project)', label: 'Project' },
  ], params);
}

export function companyConditions(f: CompanyListFilter, params: Params): ListConditions {
  const out = common(f.nameKey, f.alias, f.sources, params);
  if (f.role) {
    out.push(`EXISTS { MATCH (n)<-[:WORKS_AT]-(:Person)-[r:LEADS|MEMBER_OF|MAINTAINS|CONTRIBUTES_TO]->() WHERE ${roleIn('r', f.role, params)} }`);
  }
  if (f.sigKinds) {
    out.push(`EXISTS { MATCH (n)<-[:WORKS_AT]-(:Person)-[:LEADS|MEMBER_OF]->(s:Sig) WHERE s.kind IN ${params.add(f.sigKinds, 'kinds')} }`);
  }
  return withRelated('Company', out, [
    { ref: f.sig, path: '(n)<-[:WORKS_AT]-(:Person)-[:LEADS|MEMBER_OF]->(x:Sig)', label: 'Sig' },
    { ref: f.project, path: '(n)-[:DEVELOPS]->(x:Project)', label: 'Project' },
  ], params);
}

export function sigConditions(f: SigListFilter, params: Params): ListConditions {
  const out = common(f.nameKey, f.alias, f.sources, params);
  if (f.kinds) out.push(`n.kind IN ${params.add(f.kinds, 'kinds')}`);
  if (f.role) out.push(`EXISTS { MATCH (n)<-[r:LEADS|MEMBER_OF]-(:Person) WHERE ${roleIn('r', f.role, params)} }`);
  return withRelated('Sig', out, [
    { ref: f.company, path: '(n)<-[:LEADS|MEMBER_OF]-(:Person)-[:WORKS_AT]->(x:Company)', label: 'Company' },
    { ref: f.person, path: '(n)<-[:LEADS|MEMBER_OF]-(x:Person)', label: 'Person' },
    { ref: f.project, path: '(n)-[:OWNS]->(x:Project)', label: 'Project' },
  ], params);
}

export function projectConditions(f: ProjectListFilter, params: Params): ListConditions {
  const out = common(f.nameKey, f.alias, f.sources, params);
  return withRelated('Project', out, [
    { ref: f.sig, path: '(n)<-[:OWNS]-(x:Sig)', label: 'Sig' },
    { ref: f.company, path: '(n)<-[:DEVELOPS]-(x:Company)', label: 'Company' },
    { ref: f.person, path: '(n)<-[:MAINTAINS|CONTRIBUTES_TO]-(x:Person)', label: 'Person' },
  ], params);
}

export function articleConditions(f: ArticleListFilter, params: Params): ListConditions {
  const out: string[] = [];
  if (f.title) out.push(`toLower(coalesce(n.title, '')) CONTAINS ${params.add(f.title.toLowerCase(), 'title')}`);
  if (f.language) out.push(`n.lang = ${params.add(f.language, 'lang')}`);
  if (f.dateFrom) out.push(`${articleDate('n')} >= ${params.add(f.dateFrom, 'from')}`);
  if (f.dateTo) out.push(`${articleDate('n')} <= ${params.add(f.dateTo, 'to')}`);
  if (f.sig) out.push(`EXISTS { MATCH (n)-[:ABOUT]->(s:Sig) WHERE ${refCondition('s', f.sig, params)} }`);
  if (f.person) {
    out.push(`EXISTS { MATCH (p:Person)-[:AUTHORED|TRANSLATED|INTERVIEWED]->(n) WHERE ${refCondition('p', f.person, params)} }`);
  }
  return { where: out };
}
