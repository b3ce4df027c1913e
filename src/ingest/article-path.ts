/**
 * The path an article is stored under: relative to the working directory, with forward
 * slashes, so `seeds/`, `./seeds` and an absolute path to the same file are one article.
 */
import path from 'node:path';

export function articlePath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)) || '.';
  return rel.split(path.sep).join('/');
}

/** Whether stored article path `p` is `root` itself or inside it. */
export function isUnder(p: string, root: string): boolean {
  if (root === '.') return !p.startsWith('../') && !p.startsWith('/');
  return p === root || p.startsWith(root.endsWith('/') ? root : `${root}/`);
}
