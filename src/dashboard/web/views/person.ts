import { gql } from '../api.ts';
import { externalLink, h } from '../dom.ts';
import { factItem, factSection } from '../evidence.ts';
import { PERSON_PAGE, type ArticleRef, type PersonPageData, type RelData } from '../queries.ts';
import { aliasLine, emptyNote, entityLink, notFound, pageHeader, sigLink } from './common.ts';

const articleItem = (r: RelData & { article: ArticleRef }): HTMLLIElement =>
  factItem(r, entityLink('article', { id: r.article.id, name: r.article.title ?? r.article.path }), [
    r.article.date ? h('span', { class: 'date' }, r.article.date) : null,
  ]);

/** A person: groups led and joined, employers, projects, articles written, translated, featured in. */
export async function personPage(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { person: p } = await gql<PersonPageData>(PERSON_PAGE, { id }, signal);
  if (p === null) return notFound('person', id);
  const sections = [
    factSection('Leads', p.leads, (r) => factItem(r, sigLink(r.sig))),
    factSection('Member of', p.memberOf, (r) => factItem(r, sigLink(r.sig))),
    factSection('Works at', p.worksAt, (r) => factItem(r, entityLink('company', r.company))),
    factSection('Maintains', p.maintains, (r) => factItem(r, entityLink('project', r.project))),
    factSection('Contributes to', p.contributesTo, (r) => factItem(r, entityLink('project', r.project))),
    factSection('Wrote', p.authored, articleItem),
    factSection('Translated', p.translated, articleItem),
    factSection('Interviewed in', p.interviewedIn, articleItem),
  ].filter((s) => s !== null);
  const github = p.github ? externalLink(`https://github.com/${encodeURIComponent(p.github)}`, `@${p.github}`) : null;
  return h(
    'article',
    { class: 'page person-page', 'data-id': p.id },
    pageHeader('Person', p.name, github, github ? ' · ' : null, aliasLine(p.aliases), `${p.articleCount} supporting article${p.articleCount === 1 ? '' : 's'}`),
    sections.length > 0 ? sections : emptyNote('Nothing is known about this person yet.'),
  );
}
