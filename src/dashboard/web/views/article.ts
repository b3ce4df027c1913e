import { gql } from '../api.ts';
import { externalLink, h } from '../dom.ts';
import { factItem, factSection } from '../evidence.ts';
import { ARTICLE_PAGE, type ArticlePageData, type NamedNode } from '../queries.ts';
import { kindOfTypename, entityHref } from '../routes.ts';
import { notFound, entityLink, pageHeader, sigLink } from './common.ts';

const LANG: Record<string, string> = { EN: 'en', JA: 'ja', ZH: 'zh' };

function nodeLink(node: NamedNode | null): HTMLElement {
  if (node === null) return h('span', { class: 'missing' }, '?');
  const kind = kindOfTypename(node.__typename);
  const name = node.name ?? node.title ?? node.path ?? node.id;
  return kind ? h('a', { href: entityHref(kind, node.id), class: `entity ${kind}` }, name) : h('span', null, name);
}

/** An article: its metadata, the people and groups it is about, and every fact extracted from it. */
export async function articlePage(id: string, signal: AbortSignal): Promise<HTMLElement> {
  const { article: a } = await gql<ArticlePageData>(ARTICLE_PAGE, { id }, signal);
  if (a === null) return notFound('article', id);
  const lang = a.language ? LANG[a.language] : undefined;
  const sections = [
    factSection('Authors', a.authors, (r) => factItem(r, entityLink('person', r.person))),
    factSection('Translators', a.translators, (r) => factItem(r, entityLink('person', r.person))),
    factSection('Interviewed or featured', a.interviewees, (r) => factItem(r, entityLink('person', r.person))),
    factSection('About', a.about, (r) => factItem(r, sigLink(r.sig))),
  ].filter((s) => s !== null);
  const evidence = h(
    'section',
    { class: 'facts extracted' },
    h('h3', null, 'Facts extracted ', h('span', { class: 'count' }, a.evidence.length < a.evidenceCount ? `${a.evidence.length} of ${a.evidenceCount}` : String(a.evidenceCount))),
    h(
      'ul',
      null,
      a.evidence.map((e) =>
        h(
          'li',
          { class: 'fact' },
          h('div', { class: 'fact-head' }, nodeLink(e.subject), h('span', { class: 'predicate' }, e.predicate.toLowerCase().replace(/_/g, ' ')), nodeLink(e.object),
            e.role ? h('span', { class: 'role' }, e.role) : null, h('span', { class: 'confidence' }, e.confidence.toFixed(2))),
          h('blockquote', { class: 'evidence', lang }, h('p', { class: 'quote' }, e.quote), h('footer', null, `${e.channel ?? 'body'} · ${e.extractor}`)),
        ),
      ),
    ),
  );
  return h(
    'article',
    { class: 'page article-page', 'data-id': a.id },
    pageHeader('Article', a.title ?? a.path, a.date, a.date ? ' · ' : null, a.language, ' · ', h('code', null, a.path), a.url ? ' · ' : null, externalLink(a.url, 'published ↗')),
    sections,
    evidence,
  );
}
