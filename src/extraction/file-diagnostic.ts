import type { ArticleDiagnostic } from '../article/types.ts';

/** A diagnostic about one input path, as the CLI prints it: `path: severity: message`. */
export interface FileDiagnostic {
  path: string;
  severity: ArticleDiagnostic['severity'];
  message: string;
  /** Which part produced it ("frontmatter", "extractor:<id>", …), when it came from the pipeline. */
  source?: string;
  /** 1-based position of the diagnostic's span in the file. */
  line?: number;
  column?: number;
}

export function formatDiagnostic(d: FileDiagnostic): string {
  const at = d.line === undefined ? '' : ` (line ${d.line}${d.column === undefined ? '' : `:${d.column}`})`;
  const source = d.source === undefined ? '' : ` [${d.source}]`;
  return `${d.path}: ${d.severity}: ${d.message}${at}${source}`;
}
