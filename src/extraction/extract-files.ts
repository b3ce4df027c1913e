/**
 * Runs the pipeline over files one by one, turning every failure of one file (unreadable,
 * binary, a throw in the parser) into diagnostics for that file so the others still run.
 * Reading the next file overlaps with extracting the current one.
 */
import { extractArticle } from './pipeline.ts';
import { readArticleFile, type ReadOptions, type ReadResult } from './read-input.ts';
import type { ArticleDiagnostic } from '../article/types.ts';
import type { FileDiagnostic } from './file-diagnostic.ts';
import type { ArticleExtraction } from './types.ts';

export interface FileResult {
  path: string;
  /** Absent when the file could not be read or the pipeline threw. */
  extraction?: ArticleExtraction;
  diagnostics: FileDiagnostic[];
  /** True when the file could not be read or any diagnostic is an error. */
  failed: boolean;
}

/** 1-based line and column of a UTF-16 offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

function toFileDiagnostic(path: string, text: string, d: ArticleDiagnostic): FileDiagnostic {
  return { path, severity: d.severity, message: d.message, source: d.source, ...(d.span ? position(text, d.span.start) : {}) };
}

export function extractRead(path: string, read: ReadResult): FileResult {
  if (!read.ok) return { path, diagnostics: [{ path, severity: 'error', message: read.reason }], failed: true };
  try {
    const extraction = extractArticle(path, read.text, read.bytes);
    const diagnostics = extraction.diagnostics.map((d) => toFileDiagnostic(path, read.text, d));
    return { path, extraction, diagnostics, failed: diagnostics.some((d) => d.severity === 'error') };
  } catch (error) {
    // A bug in the parser or resolver on one odd file must not end the batch.
    const reason = error instanceof Error ? error.message : String(error);
    return { path, diagnostics: [{ path, severity: 'error', message: `internal error while extracting: ${reason}` }], failed: true };
  }
}

export async function* extractFiles(files: readonly string[], options: ReadOptions = {}): AsyncGenerator<FileResult> {
  let next = files[0] === undefined ? undefined : readArticleFile(files[0], options);
  for (let i = 0; next !== undefined; i++) {
    const read = await next;
    const path = files[i] ?? '';
    const following = files[i + 1];
    next = following === undefined ? undefined : readArticleFile(following, options);
    yield extractRead(path, read);
  }
}
