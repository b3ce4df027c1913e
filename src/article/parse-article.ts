import type { ParsedArticle } from './types.ts';

/** Placeholder until the parser lands: an article with no structure. */
export function parseArticle(path: string, text: string): ParsedArticle {
  return {
    path,
    text,
    lang: 'en',
    frontMatter: null,
    paragraphs: [],
    sentences: [],
    links: [],
    bylines: [],
    turns: [],
    labelDefinitions: [],
    diagnostics: [],
  };
}
