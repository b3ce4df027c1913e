import { gql } from '../api.ts';
import { h } from '../dom.ts';
import { factItem, factSection } from '../evidence.ts';
import { LINK_PAGE, type LinkPageData, type Ref } from '../queries.ts';
import { emptyNote, entityLink, notFound, pageHeader, sigLink } from './common.ts';

/** A network edge: the collaboration and sponsorship facts between two groups, and the people in both. */
export async function linkPage(a: string, b: string, signal: AbortSignal): Promise<HTMLElement> {
  const data = await gql<LinkPageData>(LINK_PAGE, { a, b }, signal);
  if (data.a === null) return notFound('group', a);
  if (data.b === null) return notFound('group', b);
  const left = data.a;
  const right = data.b;
  const collaborations = left.collaborations.nodes.filter((r) => r.partner.id === right.id);
  const sponsors = left.sponsors.nodes.filter((r) => r.sponsored.id === right.id);
  const sponsoredBy = left.sponsoredBy.nodes.filter((r) => r.sponsor.id === right.id);
  const people = (g: typeof right): Map<string, Ref> =>
    new Map([...g.leaders.nodes, ...g.members.nodes].map((n) => [n.person.id, n.person]));
  const rightPeople = people(right);
  const shared = [...people(left).values()].filter((p) => rightPeople.has(p.id));
  const sections = [
    factSection('Collaboration', { nodes: collaborations }, (r) => factItem(r, [sigLink(left), ' ↔ ', sigLink(right)])),
    factSection(`${left.name} sponsors ${right.name}`, { nodes: sponsors }, (r) => factItem(r, sigLink(right))),
    factSection(`${right.name} sponsors ${left.name}`, { nodes: sponsoredBy }, (r) => factItem(r, sigLink(right))),
    shared.length > 0
      ? h('section', { class: 'facts' }, h('h3', null, 'People in both ', h('span', { class: 'count' }, String(shared.length))),
          h('ul', { class: 'plain' }, shared.map((p) => h('li', null, entityLink('person', p)))))
      : null,
  ].filter((s) => s !== null);
  return h(
    'article',
    { class: 'page link-page' },
    pageHeader('Link', `${left.name} — ${right.name}`),
    sections.length > 0 ? sections : emptyNote('No facts link these groups.'),
  );
}
