import { h } from '../dom.ts';
import { peopleOf, KIND_COLORS } from '../network.ts';
import type { NetworkNode, Stats } from '../queries.ts';
import { entityHref } from '../routes.ts';

/** The start page: what the graph holds, and every group in the network as a list (the canvas's accessible twin). */
export function overviewPage(stats: Stats | null, nodes: readonly NetworkNode[]): HTMLElement {
  const figures: Array<[string, number]> = stats
    ? [
        ['people', stats.people],
        ['companies', stats.companies],
        ['groups', stats.sigs],
        ['projects', stats.projects],
        ['articles', stats.articles],
        ['facts with evidence', stats.evidence],
      ]
    : [];
  const groups = [...nodes].sort((a, b) => peopleOf(b) - peopleOf(a) || a.name.localeCompare(b.name));
  return h(
    'article',
    { class: 'page overview' },
    h('header', { class: 'page-header' }, h('h2', null, 'The Kubernetes community graph')),
    h('p', { class: 'lead' }, 'Who leads, maintains, works where and collaborates with whom, as articles about the community say it. Click a group in the network, or search for a person, company, group, project or article; every fact shows the sentence it was taken from.'),
    figures.length > 0 ? h('dl', { class: 'stats' }, figures.map(([label, n]) => h('div', null, h('dt', null, label), h('dd', null, n.toLocaleString('en'))))) : null,
    h(
      'section',
      { class: 'facts' },
      h('h3', null, 'Groups in the network ', h('span', { class: 'count' }, String(groups.length))),
      h(
        'ul',
        { class: 'group-list' },
        groups.map((n) =>
          h(
            'li',
            null,
            h('span', { class: 'dot', style: `background:${KIND_COLORS[n.kind]}` }),
            h('a', { href: entityHref('sig', n.id), class: 'entity sig' }, n.name),
            h('span', { class: 'detail' }, `${peopleOf(n)} people · ${n.degree} link${n.degree === 1 ? '' : 's'}`),
          ),
        ),
      ),
    ),
  );
}
