/** Pieces every page uses: its header, links to other pages, the "not found" message. */
import { h, type Child } from '../dom.ts';
import type { Ref, SigKind } from '../queries.ts';
import { entityHref, type EntityKind } from '../routes.ts';

export function pageHeader(kind: string, title: string, ...details: Child[]): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('span', { class: `kind-label ${kind.toLowerCase()}` }, kind),
    h('h2', null, title),
    details.some((d) => d !== null && d !== undefined && d !== false) ? h('p', { class: 'details' }, ...details) : null,
  );
}

export function entityLink(kind: EntityKind, ref: Ref): HTMLAnchorElement {
  return h('a', { href: entityHref(kind, ref.id), class: `entity ${kind}` }, ref.name);
}

export function sigLink(ref: Ref & { kind?: SigKind }): HTMLElement {
  return h('span', null, entityLink('sig', ref), ref.kind ? h('span', { class: `kind ${ref.kind.toLowerCase()}` }, ref.kind) : null);
}

export function notFound(what: string, id: string): HTMLElement {
  return h('div', { class: 'empty' }, h('h2', null, `No ${what} “${id}”`), h('p', null, 'It may have been removed by a later ingest.'));
}

export function aliasLine(aliases: readonly string[]): Child {
  return aliases.length > 0 ? `Also known as ${aliases.join(', ')}. ` : null;
}

export function emptyNote(text: string): HTMLElement {
  return h('p', { class: 'empty-note' }, text);
}
