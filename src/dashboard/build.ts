/**
 * Bundles the dashboard (src/dashboard/web/) with esbuild into src/dashboard/dist/<hash>/, where
 * the hash covers the sources and the versions of what is bundled. Whoever serves the page calls
 * `ensureDashboard()`: a build that matches the sources is reused, a missing or stale one is
 * made (well under a second), so a fresh clone, `npm start` and the tests need no build step.
 * Builds land in a temporary directory and are renamed into place, so processes building at the
 * same time never see half a bundle.
 *
 * `npm run build:dashboard` runs it by hand.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';
import { projectRoot } from '../config.ts';

export const dashboardSourceDir = path.join(projectRoot, 'src', 'dashboard', 'web');
export const dashboardDistDir = path.join(projectRoot, 'src', 'dashboard', 'dist');

/** Builds kept besides the current one (a server started earlier may still serve an older one). */
const KEEP_OLD_BUILDS = 3;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  // cytoscape's exports map hides its package.json; its entry point sits two levels below it.
  const cytoscapeEntry = createRequire(import.meta.url).resolve('cytoscape');
  const cytoscape = JSON.parse(await readFile(path.join(path.dirname(cytoscapeEntry), '..', 'package.json'), 'utf8')) as { version: string };
  hash.update(`esbuild ${esbuildVersion}\ncytoscape ${cytoscape.version}\n`);
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  for (const file of await sourceFiles(dashboardSourceDir)) {
    hash.update(`\0${path.relative(dashboardSourceDir, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface EnsureOptions {
  log?: (line: string) => void;
}

/** The directory holding a current build of the page (index.html, main.js, styles.css). */
export async function ensureDashboard(options: EnsureOptions = {}): Promise<string> {
  const hash = await sourceHash();
  const target = path.join(dashboardDistDir, hash);
  if (existsSync(path.join(target, 'index.html'))) return target;

  const started = performance.now();
  await mkdir(dashboardDistDir, { recursive: true });
  const temporary = path.join(dashboardDistDir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await build({
      entryPoints: [path.join(dashboardSourceDir, 'main.ts'), path.join(dashboardSourceDir, 'styles.css')],
      outdir: temporary,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
      minify: true,
      sourcemap: 'linked',
      legalComments: 'linked',
      logLevel: 'silent',
    });
    // The page is written last: a directory with index.html is a complete build.
    await copyFile(path.join(dashboardSourceDir, 'index.html'), path.join(temporary, 'index.html'));
    await rename(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same build first; theirs is as good as ours.
      if (!existsSync(path.join(target, 'index.html'))) throw error;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`building the dashboard (${path.relative(projectRoot, dashboardSourceDir)}) failed: ${reason}`, { cause: error });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  options.log?.(`Built the dashboard in ${Math.round(performance.now() - started)} ms (${path.relative(projectRoot, target)})`);
  await pruneOldBuilds(hash);
  return target;
}

async function pruneOldBuilds(current: string): Promise<void> {
  const entries = await readdir(dashboardDistDir, { withFileTypes: true });
  const builds = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && e.name !== current && !e.name.startsWith('.'))
      .map(async (e) => ({ dir: path.join(dashboardDistDir, e.name), mtime: (await stat(path.join(dashboardDistDir, e.name))).mtimeMs })),
  );
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_OLD_BUILDS)) await rm(old.dir, { recursive: true, force: true });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = await ensureDashboard({ log: (line) => void process.stderr.write(`${line}\n`) });
  process.stdout.write(`${dir}\n`);
}
