/**
 * Relationship connections for many parents at once (one DataLoader batch): for each parent id,
 * a page of its relationships of one type, or their count. One query per batch, whatever the
 * number of parents.
 */
import { nodeMap, relationshipCondition, relationshipMap, where, type RelationshipConditions } from './fragments.ts';
import { orderBy, seekCondition, type Direction, type Seek, type SortKey } from './keyset.ts';
import { evidenceOfRelationship, type EvidenceFilter } from './evidence.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';
import type { RelationshipField } from '../relationship-fields.ts';

export interface RelationshipFilter extends RelationshipConditions {
  /** Kinds of the group on the other side (only when it is a Sig). */
  kinds?: string[] | undefined;
}

export interface RelationshipOrder {
  field: 'CONFIDENCE' | 'NAME';
  direction: Direction;
}

/** The name the other end sorts by: entities have names, articles titles (the same values as one coalesce over both, read with fewer properties). */
function otherName(label: RelationshipField['other']): string {
  return label === 'Article' ? 'toLower(coalesce(o.title, o.path, o.id))' : 'toLower(coalesce(o.name, o.id))';
}

export function relationshipSortKeys(order: RelationshipOrder): SortKey[] {
  const byName: SortKey[] = [
    { expr: 'k1', direction: order.field === 'NAME' ? order.direction : 'ASC' },
    { expr: 'o.id', direction: 'ASC' },
  ];
  return order.field === 'CONFIDENCE' ? [{ expr: 'k0', direction: order.direction }, ...byName] : byName;
}

/**
 * The relationships of `p` that a field follows. The other end carries no label test: the loader
 * only ever joins a predicate's own labels (src/graph/model.ts), so the test would read a label
 * on every row for nothing. `named` false leaves r and o anonymous, so that an unfiltered count
 * is the node's stored degree rather than an expansion.
 */
function pattern(field: RelationshipField, named = true): string {
  const rel = named ? `[r:${field.predicate}]` : `[:${field.predicate}]`;
  const other = named ? '(o)' : '()';
  if (field.direction === 'out') return `(p)-${rel}->${other}`;
  if (field.direction === 'in') return `(p)<-${rel}-${other}`;
  return `(p)-${rel}-${other}`;
}

function countOf(field: RelationshipField, cond: readonly string[]): string {
  return cond.length === 0 ? `COUNT { ${pattern(field, false)} }` : `COUNT { MATCH ${pattern(field)} ${where(cond)} }`;
}

function conditions(field: RelationshipField, filter: RelationshipFilter, params: Params): string[] {
  const out = relationshipCondition('r', filter, params);
  if (filter.kinds && field.other === 'Sig') out.push(`o.kind IN ${params.add(filter.kinds, 'kinds')}`);
  return out;
}

/** What the page query may fetch besides the page, when the client asks for it. */
export interface PageExtras {
  /** The total count of the connection (`totalCount`). */
  total?: boolean;
  /** The evidence of each relationship of the page (`evidence(…)`). */
  evidence?: EvidenceFilter | undefined;
}

/** One page request: a relationship field with its arguments, for some parent ids. */
export interface PageSpec {
  field: RelationshipField;
  parentIds: readonly string[];
  filter: RelationshipFilter;
  order: RelationshipOrder;
  seek: Seek;
  extras?: PageExtras;
}

export function relationshipPageQuery(
  field: RelationshipField,
  parentIds: readonly string[],
  filter: RelationshipFilter,
  order: RelationshipOrder,
  seek: Seek,
  extras: PageExtras = {},
): CypherQuery {
  const params = new Params();
  const cypher = pageCypher({ field, parentIds, filter, order, seek, extras }, params);
  return { name: `${field.parent}.${field.predicate}.${field.direction}.page`, cypher, params: params.values };
}

/**
 * Several page requests (sibling fields of the same parents: a person's `leads`, `maintains` and
 * `worksAt`) in one query: one row, column `r<i>` holding the rows of request i.
 */
export function relationshipPagesQuery(specs: readonly PageSpec[]): CypherQuery {
  const params = new Params();
  const parts = specs.map((spec, i) => {
    const body = pageCypher(spec, params).replace(/\nRETURN pid, (.*)$/s, (_, rest: string) => `\nWITH pid, ${rest}`);
    const columns = ['pid', 'parent', 'items', ...(spec.extras?.total ? ['total'] : [])];
    return `CALL () {\n${body}\nRETURN collect({${columns.map((c) => `${c}: ${c}`).join(', ')}}) AS r${i}\n}`;
  });
  const cypher = `${parts.join('\n')}\nRETURN ${specs.map((_, i) => `r${i}`).join(', ')}`;
  const name = specs.map((s) => `${s.field.parent}.${s.field.predicate}.${s.field.direction}`).join('+');
  return { name: `pages:${name}`, cypher, params: params.values };
}

function pageCypher(spec: PageSpec, params: Params): string {
  const { field, parentIds, filter, order, seek } = spec;
  const extras = spec.extras ?? {};
  const keys = relationshipSortKeys(order);
  const ids = params.add(parentIds, 'ids');
  const conds = conditions(field, filter, params);
  const cond = where(conds);
  const seekWhere = seekCondition(keys, seek, params);
  const evidence = extras.evidence === undefined ? undefined : evidenceOfRelationship('r.key', extras.evidence, params);
  return [
    `UNWIND ${ids} AS pid`,
    `MATCH (p:${field.parent} {id: pid})`,
    'CALL (p) {',
    `  MATCH ${pattern(field)}`,
    `  ${cond}`,
    `  WITH r, o, r.confidence AS k0, ${otherName(field.other)} AS k1`,
    seekWhere === undefined ? '' : `  WHERE ${seekWhere}`,
    `  ${orderBy(keys, seek.backward)}`,
    `  LIMIT ${params.int(seek.limit, 'limit')}`,
    evidence === undefined ? '' : `  WITH r, o, k0, k1, ${evidence} AS evidence`,
    `  RETURN collect({rel: ${relationshipMap('r')}, other: ${nodeMap('o')}, sortKey: [${keys.map((k) => k.expr).join(', ')}]${
      evidence === undefined ? '' : ', evidence: evidence'
    }}) AS items`,
    '}',
    `RETURN pid, ${nodeMap('p')} AS parent, items${extras.total ? `, ${countOf(field, conds)} AS total` : ''}`,
  ]
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export function relationshipCountQuery(field: RelationshipField, parentIds: readonly string[], filter: RelationshipFilter): CypherQuery {
  const params = new Params();
  const ids = params.add(parentIds, 'ids');
  const cond = conditions(field, filter, params);
  const cypher = [
    `UNWIND ${ids} AS pid`,
    `MATCH (p:${field.parent} {id: pid})`,
    `RETURN pid, ${countOf(field, cond)} AS total`,
  ].join('\n');
  return { name: `${field.parent}.${field.predicate}.${field.direction}.count`, cypher, params: params.values };
}
