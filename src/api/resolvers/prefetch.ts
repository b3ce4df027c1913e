/**
 * Starts the relationship pages of a node before the node itself is confirmed. A lookup by id or
 * handle knows the node's id up front, so the pages its selection asks for
 * (`person(github:) { leads { … } }`) go out at once, and bring the node along: one round trip
 * instead of two. The field resolvers later ask the same per-request loaders with the same
 * arguments and get the answer from their cache; if the node turns out not to exist, the
 * prefetched pages are empty and unused, and the lookup asks for the node itself.
 */
import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { NodeLabel } from '../relationship-fields.ts';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.ts';
import { relationshipConnection, type RelationshipArgs } from './relationship-connection.ts';
import { childFields } from './selection.ts';

/** Prefetches the pages of `field` (e.g. a project's maintainers) for the node `id` is expected to be. */
export function prefetchPage(field: RelationshipField, id: string, args: RelationshipArgs, ctx: ApiContext, info: GraphQLResolveInfo): Promise<void> | undefined {
  try {
    // Errors surface where the field is really resolved; here they only cancel the head start.
    return relationshipConnection(field, { id, label: field.parent, props: {} }, args, ctx, info).then(
      () => undefined,
      () => undefined,
    );
  } catch {
    // Invalid arguments: reported by the field's own resolver.
    return undefined;
  }
}

/**
 * Prefetches every relationship field selected below the current field, for node `id` of
 * `label`; resolves when they are in (undefined when there was nothing to prefetch). The page
 * query returns the parent node too and primes the node loader with it, so a lookup that waits
 * for this finds its node without a query of its own.
 */
export function prefetchRelationships(label: NodeLabel, id: string, info: GraphQLResolveInfo, ctx: ApiContext): Promise<void> | undefined {
  const fields: Record<string, RelationshipField> = RELATIONSHIP_FIELDS[label];
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return undefined;
  const started: Promise<void>[] = [];
  for (const node of childFields(info)) {
    const field = fields[node.name.value];
    const def = type.getFields()[node.name.value];
    if (field === undefined || def === undefined) continue;
    try {
      const args = getArgumentValues(def, node, info.variableValues) as RelationshipArgs;
      const done = prefetchPage(field, id, args, ctx, { ...info, fieldNodes: [node] });
      if (done) started.push(done);
    } catch {
      // Invalid arguments: reported by the field's own resolver.
    }
  }
  return started.length === 0 ? undefined : Promise.all(started).then(() => undefined);
}
