/**
 * The top-level lists (`people`, `companies`, `sigs`, `projects`, `articles`): one query for a
 * page, one for the total, both filtered the same way.
 */
import { articleCount, nodeMap, where } from './fragments.ts';
import { orderBy, seekCondition, type Direction, type Seek, type SortKey } from './keyset.ts';
import {
  articleConditions,
  companyConditions,
  personConditions,
  projectConditions,
  sigConditions,
  type ArticleListFilter,
  type CompanyListFilter,
  type PersonListFilter,
  type ProjectListFilter,
  type SigListFilter,
  type ListConditions,
} from './list-filters.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

const NAME = 'toLower(coalesce(n.name, n.id))';
const ARTICLES = articleCount('n');

/** Sort expressions by order field; counts descend by default, names and titles ascend. */
export const LIST_ORDERS = {
  Person: {
    NAME,
    LEADERSHIPS: 'COUNT { (n)-[:LEADS]->(:Sig) }',
    MEMBERSHIPS: 'COUNT { (n)-[:MEMBER_OF]->(:Sig) }',
    MAINTAINED_PROJECTS: 'COUNT { (n)-[:MAINTAINS]->(:Project) }',
    ARTICLES,
  },
  Company: {
    NAME,
    EMPLOYEES: 'COUNT { (n)<-[:WORKS_AT]-(:Person) }',
    SIG_LEADERS: 'COUNT { MATCH (n)<-[:WORKS_AT]-(p:Person) WHERE EXISTS { (p)-[:LEADS]->(:Sig) } }',
    PROJECTS: 'COUNT { (n)-[:DEVELOPS]->(:Project) }',
    ARTICLES,
  },
  Sig: {
    NAME,
    LEADERS: 'COUNT { (n)<-[:LEADS]-(:Person) }',
    MEMBERS: 'COUNT { (n)<-[:MEMBER_OF]-(:Person) }',
    PROJECTS: 'COUNT { (n)-[:OWNS]->(:Project) }',
    COLLABORATORS: 'COUNT { (n)-[:COLLABORATES_WITH]-(:Sig) }',
    ARTICLES: 'COUNT { (n)<-[:ABOUT]-(:Article) }',
  },
  Project: {
    NAME,
    MAINTAINERS: 'COUNT { (n)<-[:MAINTAINS]-(:Person) }',
    CONTRIBUTORS: 'COUNT { (n)<-[:CONTRIBUTES_TO]-(:Person) }',
    ARTICLES,
  },
  Article: {
    DATE: "coalesce(toString(n.date), '')",
    TITLE: 'toLower(coalesce(n.title, n.path, n.id))',
    EVIDENCE: 'COUNT { (:Evidence)-[:FROM]->(n) }',
  },
} as const;

export type ListLabel = keyof typeof LIST_ORDERS;
export type OrderField<L extends ListLabel> = keyof (typeof LIST_ORDERS)[L];

export type ListFilter =
  | { label: 'Person'; filter: PersonListFilter }
  | { label: 'Company'; filter: CompanyListFilter }
  | { label: 'Sig'; filter: SigListFilter }
  | { label: 'Project'; filter: ProjectListFilter }
  | { label: 'Article'; filter: ArticleListFilter };

export interface ListOrder {
  field: string;
  direction: Direction;
}

/** The fields that ascend unless told otherwise. */
export function defaultDirection(field: string): Direction {
  return field === 'NAME' || field === 'TITLE' ? 'ASC' : 'DESC';
}

function conditions(list: ListFilter, params: Params): ListConditions {
  switch (list.label) {
    case 'Person':
      return personConditions(list.filter, params);
    case 'Company':
      return companyConditions(list.filter, params);
    case 'Sig':
      return sigConditions(list.filter, params);
    case 'Project':
      return projectConditions(list.filter, params);
    case 'Article':
      return articleConditions(list.filter, params);
  }
}

/** The sort keys of a list: the order field, then the id. */
export function listSortKeys(label: ListLabel, order: ListOrder): SortKey[] {
  const orders: Record<string, string> = LIST_ORDERS[label];
  if (!(order.field in orders)) throw new Error(`unknown order field ${order.field} for ${label}`);
  return [
    { expr: 'k0', direction: order.direction },
    { expr: 'n.id', direction: 'ASC' },
  ];
}

/**
 * One row: `items` (the page, each with its sort key) and, with `total`, the count of the whole
 * filtered list, so that a page and its totalCount cost one round trip.
 */
export function listPageQuery(list: ListFilter, order: ListOrder, seek: Seek, total = false): CypherQuery {
  const params = new Params();
  const orders: Record<string, string> = LIST_ORDERS[list.label];
  const sortExpr = orders[order.field];
  if (sortExpr === undefined) throw new Error(`unknown order field ${order.field} for ${list.label}`);
  const keys = listSortKeys(list.label, order);
  const found = conditions(list, params);
  const match = matchClause(list.label, found);
  const seekWhere = seekCondition(keys, seek, params);
  // With the total, the filtered nodes are collected once and both counted and paged from there
  // (one scan of the label, not two).
  const cypher = [
    total ? `${match}\nWITH collect(n) AS matched` : '',
    total ? 'CALL (matched) {' : 'CALL () {',
    total ? '  UNWIND matched AS n' : `  ${match.replaceAll('\n', '\n  ')}`,
    `  WITH n, ${sortExpr} AS k0`,
    seekWhere === undefined ? '' : `  WHERE ${seekWhere}`,
    `  ${orderBy(keys, seek.backward)}`,
    `  LIMIT ${params.int(seek.limit, 'limit')}`,
    `  RETURN collect({node: ${nodeMap('n')}, sortKey: [k0, n.id]}) AS items`,
    '}',
    `RETURN items${total ? ', size(matched) AS total' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
  return { name: `${list.label}.list`, cypher, params: params.values };
}

/** The clauses binding `n` to each node of the filtered list. */
function matchClause(label: ListLabel, c: ListConditions): string {
  const cond = where(c.where);
  if (c.anchor === undefined) return `MATCH (n:${label}) ${cond}`;
  return cond ? `${c.anchor}\n${cond}` : c.anchor;
}

export function listCountQuery(list: ListFilter): CypherQuery {
  const params = new Params();
  const cypher = [matchClause(list.label, conditions(list, params)), 'RETURN count(n) AS total'].join('\n');
  return { name: `${list.label}.count`, cypher, params: params.values };
}
