/**
 * The search box: the API's full-text `search` over people, companies, groups, projects and
 * articles, as you type; arrow keys and Enter pick a result, Escape closes the list.
 */
import { gql } from './api.ts';
import { h, replace } from './dom.ts';
import { SEARCH, type SearchData, type SearchNode } from './queries.ts';
import { entityHref, kindOfTypename } from './routes.ts';

const TYPE_LABEL: Record<SearchNode['__typename'], string> = {
  Person: 'person',
  Company: 'company',
  Sig: 'group',
  Project: 'project',
  Article: 'article',
};

function resultItem(node: SearchNode): HTMLLIElement | null {
  const kind = kindOfTypename(node.__typename);
  if (kind === undefined) return null;
  const name = node.__typename === 'Article' ? (node.title ?? node.path) : node.name;
  const detail =
    node.__typename === 'Person' && node.github ? `@${node.github}` : node.__typename === 'Sig' ? node.kind : node.__typename === 'Article' ? (node.language ?? '') : '';
  return h(
    'li',
    { role: 'option' },
    h('a', { href: entityHref(kind, node.id), class: 'result', tabindex: -1 }, h('span', { class: `badge ${kind}` }, TYPE_LABEL[node.__typename]), h('span', { class: 'name' }, name), detail ? h('span', { class: 'detail' }, detail) : null),
  );
}

export function setupSearch(input: HTMLInputElement, list: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  let active = -1;

  const items = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.result')];
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const mark = (): void => items().forEach((a, i) => a.classList.toggle('active', i === active));

  const run = async (text: string): Promise<void> => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    list.dataset['state'] = 'loading';
    try {
      const data = await gql<SearchData>(SEARCH, { q: text }, controller.signal);
      if (controller.signal.aborted) return;
      const found = (data.search?.edges ?? []).map((e) => resultItem(e.node)).filter((li) => li !== null);
      replace(list, found.length > 0 ? found : h('li', { class: 'none' }, `Nothing matches “${text}”`));
      list.dataset['state'] = 'done';
      list.dataset['count'] = String(found.length);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } catch (error) {
      if (controller.signal.aborted) return;
      replace(list, h('li', { class: 'none error' }, `Search failed: ${error instanceof Error ? error.message : String(error)}`));
      list.dataset['state'] = 'error';
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      pending?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void run(text), 180);
  });
  input.addEventListener('keydown', (event) => {
    const links = items();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length;
      mark();
    } else if (event.key === 'Enter') {
      const target = links[Math.max(active, 0)];
      if (target !== undefined) {
        event.preventDefault();
        location.hash = target.hash;
        close();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount > 0 && input.value.trim() !== '') list.hidden = false;
  });
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a.result')) close();
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node) || (!list.contains(event.target) && event.target !== input)) close();
  });
}
