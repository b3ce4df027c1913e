/**
 * `npm run bench:extract`: extraction speed and memory on the seeds and the development set,
 * replicated to at least 1,000 articles. Goals (issue 2, on a 2-core machine): ≥ 100
 * articles/s, cold start ≤ 2 s, peak RSS ≤ 500 MB. Prints a table; asserts nothing.
 *
 *   npm run bench:extract [-- --articles N] [-- --runs N]
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverInputs } from '../src/extraction/discover-inputs.ts';
import { extractFiles } from '../src/extraction/extract-files.ts';
import { formatTable } from '../src/cli/text-table.ts';
import { peakRssMb, rssReporter, type RssReporter } from './peak-rss.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/sig-atlas.js');
const SOURCES = [join(ROOT, 'seeds'), join(ROOT, '../shared/corpus/dev')];

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const target = Number(values.articles);
const runs = Number(values.runs);

interface ChildRun {
  seconds: number;
  peakRssMb: number;
  status: number | null;
  stderr: string;
}

function runCli(reporter: RssReporter, args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(BIN, args, { cwd: ROOT, env: reporter.env(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(stderr), status, stderr });
    });
  });
}

async function markdownFiles(root: string): Promise<Array<{ root: string; file: string }>> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => ({ root, file: join(e.parentPath, e.name) }));
}

/** Copies the source articles into `dir` as often as needed for `count` files; returns their total bytes. */
async function replicate(dir: string, count: number): Promise<{ files: number; bytes: number; distinct: number }> {
  const sources = (await Promise.all(SOURCES.map(markdownFiles))).flat();
  if (sources.length === 0) throw new Error(`no articles under ${SOURCES.join(', ')}`);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { root, file } = sources[i % sources.length] ?? { root: '', file: '' };
    // Same relative paths (dev/ja/…, seeds/….ja.md) in each copy, so the language is found as in the originals.
    const target = join(dir, `copy-${String(Math.floor(i / sources.length)).padStart(4, '0')}`, basename(root), relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
    bytes += (await stat(file)).size;
  }
  return { files: count, bytes, distinct: sources.length };
}

/** The batch runner in this process: extraction without start-up, as a long-running loader sees it. */
async function inProcess(dir: string): Promise<{ seconds: number; articles: number; failed: number }> {
  const started = performance.now();
  const { files } = await discoverInputs([dir]);
  let articles = 0;
  let failed = 0;
  for await (const r of extractFiles(files)) {
    if (r.extraction) {
      articles++;
      JSON.stringify(r.extraction);
    }
    if (r.failed) failed++;
  }
  return { seconds: (performance.now() - started) / 1000, articles, failed };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

const dir = await mkdtemp(join(tmpdir(), 'sig-atlas-bench-'));
const reporter = await rssReporter();
try {
  const corpus = await replicate(join(dir, 'corpus'), target);
  const mb = corpus.bytes / 1024 / 1024;
  process.stderr.write(`corpus: ${corpus.files} articles (${corpus.distinct} distinct), ${mb.toFixed(1)} MB in ${dir}\n`);

  // Cold start: a fresh process extracting one article, as a user typing the command sees it.
  // The first run also warms tsx's transform cache and the OS file cache; it is not counted.
  const one = join(ROOT, 'seeds/sig-etcd-spotlight.ja.md');
  await runCli(reporter, ['extract', '--format', 'json', '-q', one]);
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) cold.push((await runCli(reporter, ['extract', '--format', 'json', '-q', one])).seconds);

  process.stderr.write('extracting with the CLI …\n');
  // Not -q: the summary line on stderr counts the failed files.
  const cli = await runCli(reporter, ['extract', '--format', 'json', join(dir, 'corpus')]);
  if (cli.status !== 0) process.stderr.write(`note: the CLI exited ${cli.status}:\n${cli.stderr.slice(-2000)}\n`);

  process.stderr.write('extracting in this process …\n');
  const warm = await inProcess(join(dir, 'corpus'));

  const rows = [
    ['measure', 'value', 'goal'],
    ['articles', `${corpus.files} (${mb.toFixed(1)} MB)`, '≥ 1,000'],
    ['CLI end to end: articles/s', (corpus.files / cli.seconds).toFixed(0), '≥ 100'],
    ['CLI end to end: MB/s', (mb / cli.seconds).toFixed(2), ''],
    ['CLI end to end: time', `${cli.seconds.toFixed(1)} s`, ''],
    ['CLI peak RSS', `${cli.peakRssMb.toFixed(0)} MB`, '≤ 500 MB'],
    ['in process: articles/s', (warm.articles / warm.seconds).toFixed(0), ''],
    ['in process: MB/s', (mb / warm.seconds).toFixed(2), ''],
    [`cold start, one article (median of ${runs})`, `${median(cold).toFixed(2)} s`, '≤ 2 s'],
    ['cold start, min / max', `${Math.min(...cold).toFixed(2)} / ${Math.max(...cold).toFixed(2)} s`, ''],
    ['failed articles (CLI / in process)', `${/(\d+) failed/.exec(cli.stderr)?.[1] ?? '?'} / ${warm.failed}`, '0'],
  ];
  console.log(`\nnpm run bench:extract — node ${process.version}, ${cpus().length} CPUs\n`);
  console.log(formatTable(rows, ['left', 'right', 'left']).join('\n'));
} finally {
  await reporter.dispose();
  await rm(dir, { recursive: true, force: true });
}
