/** The resolver of every relationship connection field (`Person.leads`, `Sig.leaders`, …). */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { EvidenceFilter } from '../cypher/evidence.ts';
import { relationshipSortKeys, type PageExtras } from '../cypher/relationship-page.ts';
import type { NodeData, RelationshipData } from '../graph-data.ts';
import { connection, pageRequest, type Connection, type PageArgs } from '../pagination.ts';
import { RELATIONSHIP_TYPES, type RelationshipField } from '../relationship-fields.ts';
import { evidenceFilter, relationshipFilter, relationshipOrder, type EvidenceArgs, type OrderInput, type RelationshipFilterInput } from './args.ts';
import { argumentsOf, selected } from './selection.ts';

export interface RelationshipArgs extends PageArgs {
  kinds?: string[] | null;
  filter?: RelationshipFilterInput | null;
  orderBy?: OrderInput<'CONFIDENCE' | 'NAME'> | null;
}

/** What to fetch with the page: the total and the evidence, if the selection asks for them. */
function extras(field: RelationshipField, info: GraphQLResolveInfo | undefined, ctx: ApiContext): PageExtras {
  if (info === undefined) return {};
  const out: PageExtras = { total: selected(info, ['totalCount']).length > 0 };
  const nodes = [...selected(info, ['nodes', 'evidence']), ...selected(info, ['edges', 'node', 'evidence'])];
  if (nodes.length === 0) return out;
  try {
    const filters = argumentsOf(info, RELATIONSHIP_TYPES[field.predicate].typename, 'evidence', nodes).map((args) =>
      JSON.stringify(evidenceFilter(args as EvidenceArgs, ctx.limits)),
    );
    // Several different `evidence(…)` selections: leave them to their own loaders.
    if (new Set(filters).size === 1) out.evidence = JSON.parse(filters[0] as string) as EvidenceFilter;
  } catch {
    // Bad evidence arguments are reported by the evidence field itself.
  }
  return out;
}

export function relationshipConnection(
  field: RelationshipField,
  parent: NodeData,
  args: RelationshipArgs,
  ctx: ApiContext,
  info?: GraphQLResolveInfo,
): Promise<Connection<RelationshipData>> {
  const filter = relationshipFilter(args.filter, args.kinds);
  const order = relationshipOrder(args.orderBy);
  const keys = relationshipSortKeys(order);
  const page = pageRequest(args, `rel:${order.field}:${order.direction}`, keys.length, ctx.limits);
  return ctx.loaders
    .relationshipPage(field, filter, order, page.seek, extras(field, info, ctx))
    .load(parent.id)
    .then((items) =>
      connection(
        items.map((item) => ({ node: item.relationship, sortKey: item.sortKey })),
        page,
        () => ctx.loaders.relationshipCount(field, filter).load(parent.id),
      ),
    );
}

export function relationshipResolver(field: RelationshipField): GraphQLFieldResolver<NodeData, ApiContext, RelationshipArgs> {
  return (parent, args, ctx, info) => relationshipConnection(field, parent, args, ctx, info);
}

/** Resolvers for every relationship field of one node type. */
export function relationshipResolvers(fields: Record<string, RelationshipField>): Record<string, GraphQLFieldResolver<NodeData, ApiContext, RelationshipArgs>> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, relationshipResolver(field)]));
}
