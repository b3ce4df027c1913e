import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
const driver = neo4j.driver('bolt://127.0.0.1:7790', neo4j.auth.basic('neo4j', readFileSync('/tmp/api-neo4j/password', 'utf8').trim()));
const q = process.argv[2]!;
const params = JSON.parse(process.argv[3] ?? '{}');
const t = performance.now();
const r = await driver.executeQuery('PROFILE ' + q, params, { database: 'neo4j' });
console.log('ms', performance.now() - t, 'rows', r.records.length);
const plan = r.summary.profile;
function show(p: any, d = 0) { console.log(' '.repeat(d*2) + p.operatorType, 'rows', p.rows, 'hits', p.dbHits, JSON.stringify(p.arguments?.Details ?? '').slice(0, 150)); for (const c of p.children) show(c, d+1); }
show(plan);
await driver.close();
