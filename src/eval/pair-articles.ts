/**
 * Pairs output articles with gold articles: a gold path pairs with an output path it is a
 * suffix of (`en/x.md` with `…/corpus/dev/en/x.md`). The suffix must start at a path
 * separator, so `x.md` does not pair with `ax.md`; when several gold paths fit, the longest
 * wins. Each gold article pairs with at most one output (the first given), so extracting the
 * same article twice cannot count its gold twice.
 */

export interface Pairing<O, G> {
  pairs: Array<{ output: O; gold: G }>;
  /** Gold articles with no output: scored as all missed. */
  missing: G[];
  /** Output articles with no (or an already taken) gold article: not scored. */
  unpaired: O[];
}

function slashes(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//, '');
}

export function isPathSuffix(suffix: string, path: string): boolean {
  const s = slashes(suffix);
  const p = slashes(path);
  return p === s || p.endsWith(`/${s}`);
}

export function pairArticles<O extends { article: string }, G extends { article: string }>(
  outputs: readonly O[],
  gold: readonly G[],
): Pairing<O, G> {
  const taken = new Set<G>();
  const pairs: Array<{ output: O; gold: G }> = [];
  const unpaired: O[] = [];
  for (const output of outputs) {
    let best: G | undefined;
    for (const g of gold) {
      if (isPathSuffix(g.article, output.article) && g.article.length > (best?.article.length ?? -1)) {
        best = g;
      }
    }
    if (best === undefined || taken.has(best)) {
      unpaired.push(output);
    } else {
      taken.add(best);
      pairs.push({ output, gold: best });
    }
  }
  return { pairs, missing: gold.filter((g) => !taken.has(g)), unpaired };
}
