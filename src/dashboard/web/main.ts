/**
 * The dashboard: the group network on the left (filters above it), the page of whatever is
 * selected on the right, a search box on top. State lives in the URL's hash, so every page
 * can be bookmarked and the browser's back button works.
 */
import { ApiError, gql } from './api.ts';
import { h, replace } from './dom.ts';
import { createNetwork, KIND_COLORS, LINK_COLORS, type LinkKind } from './network.ts';
import { NETWORK, SIG_KINDS, type NetworkData, type NetworkNode, type SigKind, type Stats } from './queries.ts';
import { linkHref, entityHref, parseRoute, type Route } from './routes.ts';
import { setupSearch } from './search.ts';
import { articlePage } from './views/article.ts';
import { companyPage } from './views/company.ts';
import { linkPage } from './views/link.ts';
import { overviewPage } from './views/overview.ts';
import { personPage } from './views/person.ts';
import { projectPage } from './views/project.ts';
import { sigPage } from './views/sig.ts';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

const networkEl = byId('network');
const hintEl = byId('network-hint');
const details = byId('details');
const filters = byId<HTMLFormElement>('filters');
const minWeight = byId<HTMLInputElement>('min-weight');
const minWeightOut = byId<HTMLOutputElement>('min-weight-value');
const networkStatus = byId('network-status');

const state = {
  kinds: new Set<SigKind>(SIG_KINDS),
  links: new Set<LinkKind>(['COLLABORATION', 'SPONSORSHIP', 'SHARED_PEOPLE']),
  minWeight: 1,
  isolated: true,
  nodes: [] as NetworkNode[],
  stats: null as Stats | null,
};

const network = createNetwork(networkEl, {
  node: (id) => (location.hash = entityHref('sig', id)),
  edge: (a, b) => (location.hash = linkHref(a, b)),
  hover: (text) => (hintEl.textContent = text || 'Click a group or a link for its facts and evidence. Scroll to zoom, drag to pan.'),
});

// --- filters ---------------------------------------------------------------------------------

const KIND_NAMES: Record<SigKind, string> = { SIG: 'SIGs', WG: 'Working groups', COMMITTEE: 'Committees', USERGROUP: 'User groups', OTHER: 'Other' };
const LINK_NAMES: Record<LinkKind, [string, string]> = {
  COLLABORATION: ['Collaboration', LINK_COLORS.collaboration],
  SPONSORSHIP: ['Sponsorship', LINK_COLORS.sponsorship],
  SHARED_PEOPLE: ['Shared people', LINK_COLORS.shared],
};

function checkbox(name: string, value: string, label: string, color: string, shape: 'dot' | 'line'): HTMLLabelElement {
  return h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value, checked: true }), h('span', { class: shape, style: `background:${color}` }), label);
}

replace(byId('kind-filters'), SIG_KINDS.map((k) => checkbox('kind', k, KIND_NAMES[k], KIND_COLORS[k], 'dot')));
replace(
  byId('link-filters'),
  (Object.keys(LINK_NAMES) as LinkKind[]).map((k) => checkbox('link', k, LINK_NAMES[k][0], LINK_NAMES[k][1], 'line')),
);

filters.addEventListener('submit', (event) => event.preventDefault());
filters.addEventListener('change', () => {
  const form = new FormData(filters);
  state.kinds = new Set(form.getAll('kind').map(String) as SigKind[]);
  state.links = new Set(form.getAll('link').map(String) as LinkKind[]);
  state.isolated = form.get('isolated') !== null;
  state.minWeight = Number(minWeight.value);
  void loadNetwork();
});
minWeight.addEventListener('input', () => (minWeightOut.value = minWeight.value));

// --- network ---------------------------------------------------------------------------------

let networkRequest: AbortController | undefined;

async function loadNetwork(): Promise<void> {
  networkRequest?.abort();
  const controller = new AbortController();
  networkRequest = controller;
  networkStatus.textContent = 'Loading the network…';
  try {
    const all = state.kinds.size === SIG_KINDS.length;
    const data =
      state.kinds.size === 0
        ? { sigNetwork: { nodes: [], edges: [] }, stats: state.stats }
        : await gql<NetworkData>(NETWORK, { kinds: all ? null : [...state.kinds], minWeight: state.minWeight, isolated: state.isolated }, controller.signal);
    if (controller.signal.aborted) return;
    const nodes = data.sigNetwork?.nodes ?? [];
    const edges = data.sigNetwork?.edges ?? [];
    state.nodes = nodes;
    state.stats = data.stats ?? state.stats;
    const heaviest = Math.max(1, ...edges.map((e) => e.weight));
    if (heaviest > Number(minWeight.max)) minWeight.max = String(heaviest);
    network.show(nodes, edges, state.links);
    networkStatus.textContent = `${nodes.length} group${nodes.length === 1 ? '' : 's'}, ${networkEl.dataset['edgeCount'] ?? 0} link${networkEl.dataset['edgeCount'] === '1' ? '' : 's'}`;
    if (parseRoute(location.hash).view === 'overview') void showRoute();
    else selectInNetwork(parseRoute(location.hash));
  } catch (error) {
    if (controller.signal.aborted) return;
    networkStatus.textContent = `The network could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function selectInNetwork(route: Route): void {
  network.select(route.view === 'sig' ? route.id : route.view === 'link' ? route.a : null);
}

// --- pages -----------------------------------------------------------------------------------

let pageRequest: AbortController | undefined;

function render(route: Route, signal: AbortSignal): Promise<HTMLElement> {
  switch (route.view) {
    case 'sig':
      return sigPage(route.id, signal);
    case 'person':
      return personPage(route.id, signal);
    case 'company':
      return companyPage(route.id, signal);
    case 'project':
      return projectPage(route.id, signal);
    case 'article':
      return articlePage(route.id, signal);
    case 'link':
      return linkPage(route.a, route.b, signal);
    case 'overview':
      return Promise.resolve(overviewPage(state.stats, state.nodes));
  }
}

async function showRoute(): Promise<void> {
  const route = parseRoute(location.hash);
  pageRequest?.abort();
  const controller = new AbortController();
  pageRequest = controller;
  selectInNetwork(route);
  details.dataset['state'] = 'loading';
  details.dataset['view'] = route.view;
  details.setAttribute('aria-busy', 'true');
  try {
    const page = await render(route, controller.signal);
    if (controller.signal.aborted) return;
    replace(details, page);
    details.dataset['state'] = 'ready';
    const title = page.querySelector('h2')?.textContent;
    document.title = title && route.view !== 'overview' ? `${title} · SIG Atlas` : 'SIG Atlas';
  } catch (error) {
    if (controller.signal.aborted) return;
    const code = error instanceof ApiError && error.code ? ` (${error.code})` : '';
    replace(details, h('div', { class: 'empty error' }, h('h2', null, 'This page could not be loaded'), h('p', null, `${error instanceof Error ? error.message : String(error)}${code}`)));
    details.dataset['state'] = 'error';
  } finally {
    if (!controller.signal.aborted) details.removeAttribute('aria-busy');
  }
  details.scrollTop = 0;
  if (route.view !== 'overview' && window.matchMedia('(max-width: 900px)').matches) details.scrollIntoView({ block: 'start' });
}

window.addEventListener('hashchange', () => void showRoute());
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  if (resizeTimer !== undefined) clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => network.resize(), 150);
});

setupSearch(byId<HTMLInputElement>('search'), byId('search-results'));

// For automation (the browser test): where a group is drawn, to click it as a person would.
(window as unknown as { sigAtlas: unknown }).sigAtlas = { nodeScreenPosition: (id: string) => network.nodeScreenPosition(id) };

void showRoute();
void loadNetwork();
