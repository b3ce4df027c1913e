/** `sig-atlas remove`: retracts stored articles by path (a file, or everything under a folder). */
import { GraphLoader, type GraphTarget, type LoaderOptions } from '../graph/loader.ts';
import { articlePath, isUnder } from './article-path.ts';
import { addWrite, emptySummary, type IngestSummary } from './summary.ts';

export interface RemoveResult extends IngestSummary {
  /** Paths that matched no stored article. */
  unmatched: string[];
  removedPaths: string[];
}

export async function removeArticles(db: GraphTarget, paths: readonly string[], loaderOptions: LoaderOptions = {}): Promise<RemoveResult> {
  const started = performance.now();
  const loader = new GraphLoader(db, loaderOptions);
  await loader.migrate();
  const articles = [...(await loader.storedSources()).values()].filter((s) => s.kind === 'article');
  const unmatched: string[] = [];
  const chosen = new Map<string, string>();
  for (const p of paths) {
    const root = articlePath(p);
    const hits = articles.filter((a) => isUnder(a.path, root));
    if (hits.length === 0) unmatched.push(p);
    for (const h of hits) chosen.set(h.id, h.path);
  }
  const summary = emptySummary();
  addWrite(summary, await loader.remove([...chosen.keys()]));
  summary.articles.removed = chosen.size;
  summary.seconds = (performance.now() - started) / 1000;
  return { ...summary, unmatched, removedPaths: [...chosen.values()].sort() };
}
