import { openDatabase } from './src/graph/connect.ts';
const db = await openDatabase({ kind: 'remote', uri: 'bolt://127.0.0.1:17687', scheme: 'bolt', user: 'neo4j', password: 'devpass123', database: 'neo4j' });
const r = await db.driver.executeQuery("MATCH (p:Person)-[r:LEADS]->(s:Sig {name:'SIG etcd'}) OPTIONAL MATCH (e:Evidence {key: r.key}) RETURN p.id, p.name, r.roles, r.sourceKinds, collect(e.quote)[0..2] AS q");
for (const x of r.records) console.log(JSON.stringify(x.toObject()));
const c = await db.driver.executeQuery("MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c ORDER BY l");
console.log(c.records.map(x => `${x.get('l')}:${x.get('c')}`).join(' '));
await db.close();
