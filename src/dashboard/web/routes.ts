/** Hash routes: `#/sig/<id>`, `#/person/<id>`, …, `#/link/<group id>/<group id>`; anything else is the overview. */

export type EntityKind = 'sig' | 'person' | 'company' | 'project' | 'article';

export type Route = { view: 'overview' } | { view: EntityKind; id: string } | { view: 'link'; a: string; b: string };

const KINDS: readonly EntityKind[] = ['sig', 'person', 'company', 'project', 'article'];

const TYPENAME_KIND: Record<string, EntityKind> = { Sig: 'sig', Person: 'person', Company: 'company', Project: 'project', Article: 'article' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [view, first, second] = parts;
  try {
    if (view === 'link' && first && second) return { view: 'link', a: decodeURIComponent(first), b: decodeURIComponent(second) };
    if (first && KINDS.includes(view as EntityKind)) return { view: view as EntityKind, id: decodeURIComponent(first) };
  } catch {
    // A malformed escape: fall through to the overview.
  }
  return { view: 'overview' };
}

export function entityHref(kind: EntityKind, id: string): string {
  return `#/${kind}/${encodeURIComponent(id)}`;
}

export function linkHref(a: string, b: string): string {
  return `#/link/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
}

/** The route for a GraphQL `__typename` (Person → person …), if it has a page. */
export function kindOfTypename(typename: string): EntityKind | undefined {
  return TYPENAME_KIND[typename];
}
