import { h } from '../dom.ts';
import { companyChip, factItem, factSection } from '../evidence.ts';
import { gql } from '../api.ts';
import { SIG_PAGE, type SigPageData, type PersonWithCompanies, type RelData } from '../queries.ts';
import { aliasLine, emptyNote, entityLink, notFound, pageHeader, sigLink } from './common.ts';
import { externalLink } from '../dom.ts';

const personItem = (rel: RelData & { person: PersonWithCompanies }): HTMLLIElement =>
  factItem(rel, entityLink('person', rel.person), [
    rel.person.github ? h('span', { class: 'handle' }, `@${rel.person.github}`) : null,
    ...rel.person.worksAt.nodes.map(companyChip),
  ]);

/** A group: leaders and members (roles, companies), projects, partner groups, articles. */
export async function sigPage(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { sig } = await gql<SigPageData>(SIG_PAGE, { id }, signal);
  if (sig === null) return notFound('group', id);
  const sections = [
    factSection('Leaders', sig.leaders, personItem),
    factSection('Members', sig.members, personItem),
    factSection('Projects it owns', sig.owns, (r) => factItem(r, entityLink('project', r.project))),
    factSection('Works with', sig.collaborations, (r) => factItem(r, sigLink(r.partner))),
    factSection('Sponsors', sig.sponsors, (r) => factItem(r, sigLink(r.sponsored))),
    factSection('Sponsored by', sig.sponsoredBy, (r) => factItem(r, sigLink(r.sponsor))),
    factSection('Articles about it', sig.articles, (r) =>
      factItem(r, entityLink('article', { id: r.article.id, name: r.article.title ?? r.article.path }), [
        r.article.date ? h('span', { class: 'date' }, r.article.date) : null,
        r.article.language ? h('span', { class: 'lang' }, r.article.language) : null,
        externalLink(r.article.url, '↗'),
      ]),
    ),
  ].filter((s) => s !== null);
  const dir = sig.dir ? externalLink(`https://github.com/kubernetes/community/tree/master/${sig.dir}`, sig.dir) : null;
  return h(
    'article',
    { class: 'page sig-page', 'data-id': sig.id },
    pageHeader(sig.kind, sig.name, aliasLine(sig.aliases), dir, dir ? ' · ' : null, `${sig.articleCount} supporting article${sig.articleCount === 1 ? '' : 's'}`),
    sections.length > 0 ? sections : emptyNote('Nothing is known about this group yet.'),
  );
}
