/**
 * Turns FILE|DIR arguments into the list of articles to read. A path named on the command
 * line that is not a directory is always read, whatever its name, and the reader reports what
 * is wrong with it (missing, unreadable, not a file); a directory is walked for
 * `.md`/`.markdown` files, and anything else in it is skipped with an info diagnostic.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { describeSystemError } from './read-input.ts';
import type { FileDiagnostic } from './file-diagnostic.ts';

export const ARTICLE_EXTENSIONS = ['.md', '.markdown'];

export interface Discovery {
  files: string[];
  diagnostics: FileDiagnostic[];
}

export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

export async function discoverInputs(args: readonly string[]): Promise<Discovery> {
  const files: string[] = [];
  const diagnostics: FileDiagnostic[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const addFile = async (path: string): Promise<void> => {
    // Through links too: the same article under two names would count twice in a score.
    const key = await realpath(path).catch(() => resolve(path));
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(path);
  };

  const walk = async (dir: string): Promise<number> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      diagnostics.push({ path: dir, severity: 'error', message: describeSystemError(error) });
      return 0;
    }
    // A symbolic link back up the tree must not walk forever.
    if (seenDirs.has(real)) return 0;
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ path: dir, severity: 'error', message: `cannot list directory: ${describeSystemError(error).replace(/^cannot read: /, '')}` });
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      // Dot files and folders (.git, .DS_Store) are tool state, not content: skipped silently.
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(path)).isDirectory();
        } catch {
          // A dangling link named like an article is reported by the reader; others are skipped.
          isDir = false;
        }
      }
      if (isDir) {
        found += await walk(path);
      } else if (isArticleName(entry.name)) {
        await addFile(path);
        found++;
      } else {
        diagnostics.push({ path, severity: 'info', message: 'skipped: not a Markdown file (.md, .markdown)' });
      }
    }
    return found;
  };

  for (const arg of args) {
    // A path that cannot be inspected is passed on as a file: the reader names the reason.
    const isDir = await stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      await addFile(arg);
    } else if (seenDirs.has(await realpath(arg))) {
      diagnostics.push({ path: arg, severity: 'info', message: 'directory given twice; read once' });
    } else if ((await walk(arg)) === 0 && !diagnostics.some((d) => d.path === arg && d.severity === 'error')) {
      diagnostics.push({ path: arg, severity: 'error', message: 'no Markdown files (.md, .markdown) in this directory' });
    }
  }
  return { files, diagnostics };
}
