/**
 * Peak RSS of a CLI run, read by each of its processes at exit. The CLI runs as users run it,
 * through the bin's shebang (which sets its V8 flags), so the reporter goes in through
 * NODE_OPTIONS; child processes (ingest's extraction child) inherit it and report too, and the
 * figure is the sum of their peaks.
 */
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPORT = `process.on('exit',()=>process.stderr.write('\\nbench-maxrss-kb '+process.resourceUsage().maxRSS+'\\n'));\n`;

export interface RssReporter {
  /** `base` with the reporter added to NODE_OPTIONS. */
  env(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

export async function rssReporter(): Promise<RssReporter> {
  const file = path.join(tmpdir(), `sig-atlas-bench-rss-${process.pid}.mjs`);
  await writeFile(file, REPORT);
  return {
    env: (base = process.env) => ({ ...base, NODE_OPTIONS: `${base['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(file).href}`.trim() }),
    dispose: () => rm(file, { force: true }),
  };
}

/** The summed peaks (MB) reported on a run's stderr; NaN when none was. */
export function peakRssMb(stderr: string): number {
  const kb = [...stderr.matchAll(/bench-maxrss-kb (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return kb > 0 ? kb / 1024 : NaN;
}
