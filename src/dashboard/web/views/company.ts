import { gql } from '../api.ts';
import { h } from '../dom.ts';
import { factItem, factSection } from '../evidence.ts';
import { COMPANY_PAGE, type CompanyPageData } from '../queries.ts';
import { aliasLine, emptyNote, entityLink, notFound, pageHeader, sigLink } from './common.ts';

/** A company: its people (and the groups they lead), the projects it develops, its parent and parts. */
export async function companyPage(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { company: c } = await gql<CompanyPageData>(COMPANY_PAGE, { id }, signal);
  if (c === null) return notFound('company', id);
  const sections = [
    factSection('People', c.employees, (r) =>
      factItem(r, entityLink('person', r.person), [
        ...r.person.leads.nodes.map((l) => h('span', { class: 'chip leads' }, 'leads ', sigLink(l.sig), l.role ? ` as ${l.role}` : null)),
      ]),
    ),
    factSection('Develops', c.develops, (r) => factItem(r, entityLink('project', r.project))),
    factSection('Part of', c.partOf, (r) => factItem(r, entityLink('company', r.whole))),
    factSection('Owns', c.parts, (r) => factItem(r, entityLink('company', r.part))),
  ].filter((s) => s !== null);
  return h(
    'article',
    { class: 'page company-page', 'data-id': c.id },
    pageHeader(
      'Company',
      c.name,
      aliasLine(c.aliases),
      `${c.employees.totalCount} ${c.employees.totalCount === 1 ? 'person' : 'people'}, ${c.sigLeaderCount} leading a group · `,
      `${c.articleCount} supporting article${c.articleCount === 1 ? '' : 's'}`,
    ),
    sections.length > 0 ? sections : emptyNote('Nothing is known about this company yet.'),
  );
}
