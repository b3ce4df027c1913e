import { createHash } from 'node:crypto';
import { parseArticle } from '../article/parse-article.ts';
import { extractors } from '../../extractors/index.ts';
import { resolve, type ExtractorOutput } from './resolve.ts';
import type { ArticleDiagnostic } from '../article/types.ts';
import type { ArticleExtraction } from './types.ts';

/** parse → every extractor → resolution: one article's extraction. */
export function extractArticle(path: string, text: string): ArticleExtraction {
  const article = parseArticle(path, text);
  const output: ExtractorOutput = { entities: [], triples: [] };
  const diagnostics: ArticleDiagnostic[] = [...article.diagnostics];
  for (const extractor of extractors) {
    extractor.run(article, {
      entity: (e) => output.entities.push(e),
      triple: (t) => output.triples.push({ ...t, extractor: extractor.id }),
      diagnostic: (message, span, severity = 'warning') =>
        diagnostics.push({ severity, message, source: `extractor:${extractor.id}`, ...(span ? { span } : {}) }),
    });
  }
  const { entities, triples } = resolve(article, output);
  const fm = article.frontMatter;
  return {
    article: path,
    lang: article.lang,
    meta: {
      ...(fm?.title ? { title: fm.title } : {}),
      ...(fm?.date ? { date: fm.date } : {}),
      ...(fm?.canonicalUrl ? { url: fm.canonicalUrl } : {}),
      ...(fm?.slug ? { slug: fm.slug } : {}),
      ...(fm ? { draft: fm.draft } : {}),
    },
    hash: createHash('sha256').update(text).digest('hex'),
    entities,
    triples,
    diagnostics,
  };
}
