/**
 * Starts the relationship pages of a node while the node itself is still being looked up. A
 * lookup by id or handle knows the node's id before the database confirms it, so the pages its
 * selection asks for (`person(github:) { leads { … } }`) go out in the same tick, side by side
 * with the lookup, instead of one round trip after it. The field resolvers later ask the same
 * per-request loaders with the same arguments and get the answer from their cache; if the node
 * turns out not to exist, the prefetched pages are simply empty and unused.
 */
import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { NodeLabel } from '../relationship-fields.ts';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.ts';
import { relationshipConnection, type RelationshipArgs } from './relationship-connection.ts';
import { childFields } from './selection.ts';

/** Prefetches the pages of `field` (e.g. a project's maintainers) for the node `id` is expected to be. */
export function prefetchPage(field: RelationshipField, id: string, args: RelationshipArgs, ctx: ApiContext, info: GraphQLResolveInfo): void {
  try {
    // Errors surface where the field is really resolved; here they only cancel the head start.
    relationshipConnection(field, { id, label: field.parent, props: {} }, args, ctx, info).catch(() => undefined);
  } catch {
    // Invalid arguments: reported by the field's own resolver.
  }
}

/** Prefetches every relationship field selected below the current field, for node `id` of `label`. */
export function prefetchRelationships(label: NodeLabel, id: string, info: GraphQLResolveInfo, ctx: ApiContext): void {
  const fields: Record<string, RelationshipField> = RELATIONSHIP_FIELDS[label];
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return;
  for (const node of childFields(info)) {
    const field = fields[node.name.value];
    const def = type.getFields()[node.name.value];
    if (field === undefined || def === undefined) continue;
    try {
      const args = getArgumentValues(def, node, info.variableValues) as RelationshipArgs;
      prefetchPage(field, id, args, ctx, { ...info, fieldNodes: [node] });
    } catch {
      // Invalid arguments: reported by the field's own resolver.
    }
  }
}
