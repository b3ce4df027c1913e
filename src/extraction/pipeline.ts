import { createHash } from 'node:crypto';
import { parseArticle } from '../article/parse-article.ts';
import { extractors } from '../../extractors/index.ts';
import { resolve, type ExtractorOutput } from './resolve.ts';
import type { ArticleDiagnostic } from '../article/types.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * parse → every extractor → resolution: one article's extraction. `bytes` are the file's
 * bytes when the caller read a file (read-input.ts checks and decodes them): the hash is of
 * them, so it changes with the file even where decoding hides it (a byte-order mark).
 * A throw from the parser or the resolver is the caller's to report; a throw from one
 * extractor becomes a diagnostic and the others still run.
 */
export function extractArticle(path: string, text: string, bytes?: Uint8Array): ArticleExtraction {
  const article = parseArticle(path, text);
  const output: ExtractorOutput = { entities: [], triples: [] };
  const diagnostics: ArticleDiagnostic[] = [...article.diagnostics];
  // The spec's articles all carry front matter; without it authors, translators and the date
  // are lost, which a batch must be told about even if the parser stays silent.
  if (article.frontMatter === null && !diagnostics.some((d) => d.source === 'frontmatter')) {
    diagnostics.push({ severity: 'error', source: 'frontmatter', message: 'no front matter (expected a YAML block between --- lines at the start)' });
  }
  for (const extractor of extractors) {
    const origin = `extractor:${extractor.id}`;
    try {
      extractor.run(article, {
        entity: (e) => output.entities.push(e),
        triple: (t) => output.triples.push({ ...t, extractor: extractor.id }),
        diagnostic: (message, span, severity = 'warning') =>
          diagnostics.push({ severity, message, source: origin, ...(span ? { span } : {}) }),
      });
    } catch (error) {
      // defineExtractor already does this; an extractor written without it must not sink the batch.
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push({ severity: 'error', message: `extractor ${extractor.id} failed: ${reason}`, source: origin });
    }
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
    hash: createHash('sha256').update(bytes ?? text).digest('hex'),
    entities,
    triples,
    diagnostics,
  };
}
