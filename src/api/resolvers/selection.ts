/**
 * Look-ahead into the selection of the current field, so that one query can fetch what the
 * client will ask for next (a connection's total, its relationships' evidence) instead of one
 * more round trip per level.
 */
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, out: FieldNode[]): void {
  if (set === undefined) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, name, info, out);
    } else {
      collect(info.fragments[selection.name.value]?.selectionSet, name, info, out);
    }
  }
}

/** The field nodes at `path` below the current field, through fragments (directives are ignored: a guess too many costs nothing). */
export function selected(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let current: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of current) collect(node.selectionSet, name, info, next);
    current = next;
  }
  return current;
}

/** The argument values of every selection of `field` of `typename` found at these nodes. */
export function argumentsOf(info: GraphQLResolveInfo, typename: string, field: string, nodes: readonly FieldNode[]): Record<string, unknown>[] {
  const type = info.schema.getType(typename);
  const def = isObjectType(type) ? type.getFields()[field] : undefined;
  if (def === undefined) return [];
  return nodes.map((node) => getArgumentValues(def, node, info.variableValues));
}

/** The fields selected directly below the current field, through fragments. */
export function childFields(info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return out;
}
