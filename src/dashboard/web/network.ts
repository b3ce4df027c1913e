/**
 * The SIG relationship network, drawn with Cytoscape.js on a 2D canvas (no WebGL, so it works
 * in any browser and headless): groups as nodes sized by their people, edges as wide as their
 * weight (the number of sources and shared people behind them), coloured by what links them.
 *
 * The container carries `data-node-count`, `data-edge-count`, `data-ready` and `data-fitted`
 * (the size the drawing fits) for automation;
 * `nodeScreenPosition` tells where a group is drawn, so a test can click it like a person would.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { NetworkEdge, NetworkNode, SigKind } from './queries.ts';

export const KIND_COLORS: Record<SigKind, string> = {
  SIG: '#326ce5',
  WG: '#16a34a',
  COMMITTEE: '#9333ea',
  USERGROUP: '#ea580c',
  OTHER: '#64748b',
};

export const LINK_COLORS = { collaboration: '#0ea5e9', sponsorship: '#f59e0b', shared: '#94a3b8' };

export type LinkKind = 'COLLABORATION' | 'SPONSORSHIP' | 'SHARED_PEOPLE';

export interface NetworkView {
  show(nodes: NetworkNode[], edges: NetworkEdge[], linkKinds: ReadonlySet<LinkKind>): void;
  /** Marks a group (and its neighbours) as selected; null clears the selection. */
  select(id: string | null): void;
  /** Where a group is drawn, in page coordinates (CSS pixels), or null when it is not shown. */
  nodeScreenPosition(id: string): { x: number; y: number } | null;
  resize(): void;
}

export function peopleOf(node: NetworkNode): number {
  return node.sig.leaders.totalCount + node.sig.members.totalCount;
}

function edgeColor(edge: NetworkEdge): string {
  if (edge.sponsorship > 0) return LINK_COLORS.sponsorship;
  if (edge.collaboration > 0) return LINK_COLORS.collaboration;
  return LINK_COLORS.shared;
}

function describeEdge(edge: NetworkEdge): string {
  const parts = [
    edge.collaboration > 0 ? `${edge.collaboration} collaboration source${edge.collaboration === 1 ? '' : 's'}` : '',
    edge.sponsorship > 0 ? `${edge.sponsorship} sponsorship source${edge.sponsorship === 1 ? '' : 's'}` : '',
    edge.sharedPeople > 0 ? `${edge.sharedPeople} shared ${edge.sharedPeople === 1 ? 'person' : 'people'}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

export interface NetworkEvents {
  node(id: string): void;
  edge(source: string, target: string): void;
  /** What the pointer is over, in words (empty when nothing). */
  hover(text: string): void;
}

export function createNetwork(container: HTMLElement, on: NetworkEvents): NetworkView {
  const cy: Core = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 11,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
          color: '#0f172a',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2,
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'curve-style': 'bezier',
          opacity: 0.75,
        },
      },
      { selector: 'edge.shared-only', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-color': '#0f172a', 'border-width': 4 } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'edge.highlighted', style: { opacity: 1 } },
    ],
  });
  cy.on('tap', 'node', (event) => on.node(event.target.id()));
  cy.on('tap', 'edge', (event) => on.edge(event.target.data('source') as string, event.target.data('target') as string));
  cy.on('mouseover', 'node', (event) => {
    container.style.cursor = 'pointer';
    const people = event.target.data('people') as number;
    on.hover(`${event.target.data('label') as string}: ${people} ${people === 1 ? 'person' : 'people'} — click for details`);
  });
  cy.on('mouseover', 'edge', (event) => {
    container.style.cursor = 'pointer';
    const [a, b] = [event.target.source(), event.target.target()].map((n) => n.data('label') as string);
    on.hover(`${a} — ${b}: ${event.target.data('title') as string}`);
  });
  cy.on('mouseout', 'node, edge', () => {
    container.style.cursor = '';
    on.hover('');
  });

  // The size the drawing was last fitted to, so automation can wait for a resize to settle.
  const markFitted = (): void => {
    container.dataset['fitted'] = `${container.clientWidth}x${container.clientHeight}`;
  };

  let selected: string | null = null;
  const highlight = (): void => {
    cy.elements().removeClass('faded highlighted').unselect();
    if (selected === null) return;
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    node.select();
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    neighbourhood.edges().addClass('highlighted');
  };

  return {
    show(nodes, edges, linkKinds) {
      const visible = edges.filter((e) => e.kinds.some((k) => linkKinds.has(k)));
      const maxWeight = Math.max(1, ...visible.map((e) => e.weight));
      const elements: ElementDefinition[] = [
        ...nodes.map((n, i) => {
          const people = peopleOf(n);
          // Deterministic starting points (a circle) so the same graph always lays out the same way.
          const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
          return {
            group: 'nodes' as const,
            data: { id: n.id, label: n.name, kind: n.kind, people, color: KIND_COLORS[n.kind], size: 18 + 9 * Math.sqrt(people) },
            position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) },
          };
        }),
        ...visible.map((e) => ({
          group: 'edges' as const,
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            weight: e.weight,
            width: 1.5 + (6.5 * e.weight) / maxWeight,
            color: edgeColor(e),
            title: describeEdge(e),
          },
          classes: e.collaboration === 0 && e.sponsorship === 0 ? 'shared-only' : '',
        })),
      ];
      container.dataset['ready'] = 'false';
      cy.elements().remove();
      cy.add(elements);
      const layout = cy.layout({
        name: nodes.length > 1 ? 'cose' : 'grid',
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 30000,
        nodeOverlap: 20,
        idealEdgeLength: () => 120,
        componentSpacing: 60,
        nodeDimensionsIncludeLabels: true,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        highlight();
        markFitted();
        container.dataset['ready'] = 'true';
      });
      layout.run();
      container.dataset['nodeCount'] = String(cy.nodes().length);
      container.dataset['edgeCount'] = String(cy.edges().length);
    },
    select(id) {
      selected = id;
      highlight();
    },
    nodeScreenPosition(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      const box = container.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    resize() {
      cy.resize();
      cy.fit(undefined, 40);
      markFitted();
    },
  };
}
