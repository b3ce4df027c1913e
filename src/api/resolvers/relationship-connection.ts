/** The resolver of every relationship connection field (`Person.leads`, `Sig.leaders`, …). */
import type { GraphQLFieldResolver } from 'graphql';
import type { ApiContext } from '../context.ts';
import { relationshipSortKeys } from '../cypher/relationship-page.ts';
import type { NodeData, RelationshipData } from '../graph-data.ts';
import { connection, pageRequest, type Connection, type PageArgs } from '../pagination.ts';
import type { RelationshipField } from '../relationship-fields.ts';
import { relationshipFilter, relationshipOrder, type OrderInput, type RelationshipFilterInput } from './args.ts';

export interface RelationshipArgs extends PageArgs {
  kinds?: string[] | null;
  filter?: RelationshipFilterInput | null;
  orderBy?: OrderInput<'CONFIDENCE' | 'NAME'> | null;
}

export function relationshipConnection(
  field: RelationshipField,
  parent: NodeData,
  args: RelationshipArgs,
  ctx: ApiContext,
): Promise<Connection<RelationshipData>> {
  const filter = relationshipFilter(args.filter, args.kinds);
  const order = relationshipOrder(args.orderBy);
  const keys = relationshipSortKeys(order);
  const page = pageRequest(args, `rel:${order.field}:${order.direction}`, keys.length, ctx.limits);
  return ctx.loaders
    .relationshipPage(field, filter, order, page.seek)
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
  return (parent, args, ctx) => relationshipConnection(field, parent, args, ctx);
}

/** Resolvers for every relationship field of one node type. */
export function relationshipResolvers(fields: Record<string, RelationshipField>): Record<string, GraphQLFieldResolver<NodeData, ApiContext, RelationshipArgs>> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, relationshipResolver(field)]));
}
