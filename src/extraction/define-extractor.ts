import type { Emit, Extractor } from './types.ts';
import type { ParsedArticle } from '../article/types.ts';

/**
 * Wraps an extractor function the way remark-lint wraps a rule: the id is stamped on every
 * diagnostic, and a throw becomes a diagnostic for this article instead of a crashed batch.
 */
export function defineExtractor(
  meta: { id: string; description: string },
  fn: (article: ParsedArticle, emit: Emit) => void,
): Extractor {
  return {
    id: meta.id,
    description: meta.description,
    run(article, emit) {
      try {
        fn(article, emit);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        emit.diagnostic(`extractor ${meta.id} failed: ${reason}`, undefined, 'error');
      }
    },
  };
}
