/**
 * Facts as the page shows them: who or what is on the other side, the role, the certainty, and
 * under it every piece of evidence fetched: the quote, in its own language, with links to the
 * article (its page here and its published URL) and the file it came from.
 */
import { externalLink, h, type Child } from './dom.ts';
import type { EvidenceData, RelData } from './queries.ts';
import { entityHref } from './routes.ts';

const LANG: Record<string, string> = { EN: 'en', JA: 'ja', ZH: 'zh' };

export function evidenceQuote(e: EvidenceData): HTMLElement {
  const lang = e.article?.language ? LANG[e.article.language] : undefined;
  const source =
    e.article !== null
      ? [
          h('a', { href: entityHref('article', e.article.id), class: 'article-link' }, e.article.title ?? e.article.path),
          e.article.url ? ' · ' : null,
          externalLink(e.article.url, 'published ↗'),
          ' · ',
          h('code', null, e.article.path),
        ]
      : [h('span', { class: 'registry' }, 'registry'), ' · ', h('code', null, e.source.path)];
  return h(
    'blockquote',
    { class: 'evidence', lang, 'data-confidence': e.confidence.toFixed(2) },
    h('p', { class: 'quote' }, e.quote),
    h('footer', null, ...source),
  );
}

/** The evidence list of one relationship, with a note when there is more than was fetched. */
export function evidenceList(rel: Pick<RelData, 'evidence' | 'evidenceCount'>): HTMLElement {
  const more = rel.evidenceCount - rel.evidence.length;
  return h(
    'div',
    { class: 'evidence-list' },
    rel.evidence.map(evidenceQuote),
    more > 0 ? h('p', { class: 'more' }, `+ ${more} more piece${more === 1 ? '' : 's'} of evidence`) : null,
  );
}

export function roleBadge(rel: Pick<RelData, 'role' | 'roles'>): HTMLElement | null {
  const roles = rel.roles.length > 0 ? rel.roles : rel.role ? [rel.role] : [];
  return roles.length > 0 ? h('span', { class: 'role' }, roles.join(', ')) : null;
}

export function confidenceBadge(confidence: number): HTMLElement {
  return h('span', { class: 'confidence', title: 'confidence' }, confidence.toFixed(2));
}

export function sourceBadges(rel: Pick<RelData, 'sourceKinds'>): HTMLElement[] {
  return rel.sourceKinds.map((k) => h('span', { class: `source-kind ${k.toLowerCase()}` }, k.toLowerCase()));
}

/** One fact: a heading line (`head`, role, extra chips, confidence) and its evidence. */
export function factItem(rel: RelData, head: Child | Child[], extra: Child[] = []): HTMLLIElement {
  return h(
    'li',
    { class: 'fact', 'data-rel': rel.id },
    h('div', { class: 'fact-head' }, head, roleBadge(rel), ...extra, ...sourceBadges(rel), confidenceBadge(rel.confidence)),
    evidenceList(rel),
  );
}

/** A titled list of facts, or nothing when there are none. */
export function factSection<T>(
  title: string,
  page: { totalCount?: number; nodes: T[] },
  item: (node: T) => HTMLLIElement,
): HTMLElement | null {
  if (page.nodes.length === 0) return null;
  const total = page.totalCount ?? page.nodes.length;
  return h(
    'section',
    { class: 'facts' },
    h('h3', null, title, ' ', h('span', { class: 'count' }, total > page.nodes.length ? `${page.nodes.length} of ${total}` : String(total))),
    h('ul', null, page.nodes.map(item)),
  );
}

/**
 * A company beside a person: links to the company's page; the employment's evidence is in its
 * tooltip and in a disclosure, so that fact too shows where it was said.
 */
export function companyChip(rel: RelData & { company: { id: string; name: string } }): HTMLElement {
  const first = rel.evidence[0];
  const tip = first ? `“${first.quote}” — ${first.article?.title ?? first.source.path}` : undefined;
  return h(
    'details',
    { class: 'chip company' },
    h('summary', { title: tip }, rel.company.name),
    h('a', { href: entityHref('company', rel.company.id) }, `${rel.company.name} →`),
    evidenceList(rel),
  );
}
