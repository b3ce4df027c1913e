import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from './src/extraction/pipeline.ts';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : []; });
for (const dir of process.argv.slice(2)) for (const f of walk(dir)) {
  const x = extractArticle(f, readFileSync(f, 'utf8'));
  for (const t of x.triples) if (t.evidences.some((e) => e.extractor === 'front-matter' || e.extractor === 'interview')) console.log(f.split('/').pop(), '|', t.s, t.p, t.o, '|', [...new Set(t.evidences.map((e) => e.extractor))].join(','));
}
