/**
 * A small element builder. Text always goes in as text nodes and links only to our own routes
 * or to http(s) pages, so nothing from the graph can inject markup or script.
 */

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href' && typeof value === 'string' && !isSafeHref(value)) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren();
  append(parent, children);
}

export function isSafeHref(href: string): boolean {
  return href.startsWith('#') || /^https?:\/\//i.test(href);
}

/** An external link that opens in a new tab, or nothing when the URL is not http(s). */
export function externalLink(url: string | null | undefined, text: string): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, text);
}
