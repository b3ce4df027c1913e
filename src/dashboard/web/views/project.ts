import { gql } from '../api.ts';
import { h } from '../dom.ts';
import { factItem, factSection } from '../evidence.ts';
import { PROJECT_PAGE, type ProjectPageData } from '../queries.ts';
import { aliasLine, emptyNote, entityLink, notFound, pageHeader, sigLink } from './common.ts';

const handle = (github: string | null): HTMLElement | null => (github ? h('span', { class: 'handle' }, `@${github}`) : null);

/** A project: maintainers, contributors, the groups that own it, the companies behind it. */
export async function projectPage(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { project: p } = await gql<ProjectPageData>(PROJECT_PAGE, { id }, signal);
  if (p === null) return notFound('project', id);
  const sections = [
    factSection('Maintainers', p.maintainers, (r) => factItem(r, entityLink('person', r.person), [handle(r.person.github)])),
    factSection('Contributors', p.contributors, (r) => factItem(r, entityLink('person', r.person), [handle(r.person.github)])),
    factSection('Owned by', p.owners, (r) => factItem(r, sigLink(r.sig))),
    factSection('Developed by', p.developers, (r) => factItem(r, entityLink('company', r.company))),
  ].filter((s) => s !== null);
  return h(
    'article',
    { class: 'page project-page', 'data-id': p.id },
    pageHeader('Project', p.name, aliasLine(p.aliases), `${p.articleCount} supporting article${p.articleCount === 1 ? '' : 's'}`),
    sections.length > 0 ? sections : emptyNote('Nothing is known about this project yet.'),
  );
}
