import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { writeCorpus } from './bench/generate-articles.ts';
import { openDatabase } from './src/graph/connect.ts';
import { ingest } from './src/ingest/ingest.ts';
import type { ArticleExtraction } from './src/extraction/types.ts';
const db = await openDatabase({ kind: 'remote', uri: 'bolt://127.0.0.1:17687', scheme: 'bolt', user: 'neo4j', password: 'devpass123', database: 'neo4j' });
{ const se = db.driver.session(); await se.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS'); await se.close(); }
const dir = await mkdtemp(path.join(tmpdir(), 'p-'));
const truth = await writeCorpus(dir, Number(process.env.N ?? 300), { seed: 5 });
const t0 = performance.now();
const s = await ingest(db, { paths: [dir], extract: (f) => truth.get(path.relative(dir, f)) as ArticleExtraction, batchArticles: Number(process.env.B ?? 100) });
console.log((performance.now() - t0) / 1000, s.facts);
await db.close();
