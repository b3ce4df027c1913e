/**
 * One article file → the facts the loader writes: the step that `ingest` runs either in its own
 * thread or in the extraction child process (extraction-worker.ts), so both give the same result.
 */
import { createHash } from 'node:crypto';
import { extractRead } from '../extraction/extract-files.ts';
import { formatDiagnostic } from '../extraction/file-diagnostic.ts';
import { readArticleFile, type ReadResult } from '../extraction/read-input.ts';
import type { ArticleExtraction } from '../extraction/types.ts';
import { fromExtraction, type SourceFacts } from '../graph/source-facts.ts';

export type ExtractFn = (path: string, read: Extract<ReadResult, { ok: true }>) => ArticleExtraction;

/** The file to read and the path it is stored under (see article-path.ts). */
export interface ExtractItem {
  file: string;
  path: string;
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const defaultExtract: ExtractFn = (path, read) => {
  const result = extractRead(path, read);
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (result.failed || !result.extraction) throw new Error(error ? formatDiagnostic(error) : `${path}: extraction failed`);
  return result.extraction;
};

/** Throws an Error whose message names the path and the reason when the file is unusable. */
export async function extractFacts(item: ExtractItem, extract: ExtractFn = defaultExtract): Promise<SourceFacts> {
  const read = await readArticleFile(item.file);
  if (!read.ok) throw new Error(`${item.path}: ${read.reason}`);
  const extraction = extract(item.path, read);
  return fromExtraction({ ...extraction, article: item.path }, hashOf(read.bytes));
}
