/**
 * The baseline for `bench:ingest`: what a first attempt at loading looks like — one auto-commit
 * statement per fact, each merging both endpoints, the relationship and its evidence. Same
 * schema and the same facts as the batched loader, so the ratio measures the batching.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleExtraction } from '../src/extraction/types.ts';
import { cypher } from '../src/graph/cypher/statement.ts';
import { entityId, isEntityLabel, PREDICATES, PREDICATE_TYPES, type Predicate } from '../src/graph/model.ts';

function statement(p: Predicate): string {
  const [s, o] = PREDICATE_TYPES[p];
  return cypher`
    MERGE (s:${s} {id: $s}) ON CREATE SET s.name = $sName
    MERGE (o:${o} {id: $o}) ON CREATE SET o.name = $oName
    MERGE (s)-[r:${p}]->(o) ON CREATE SET r.key = $key
    MERGE (e:Evidence {id: $evidenceId})
    SET e.key = $key, e.quote = $quote, e.start = $start, e.end = $end, e.sourceId = $source`;
}

const STATEMENTS = new Map(PREDICATES.map((p) => [p, statement(p)]));

/** Loads the articles one fact at a time; returns the number of facts written. */
export async function naiveLoad(driver: Driver, database: string, articles: Iterable<ArticleExtraction>): Promise<number> {
  const session = driver.session({ database });
  let facts = 0;
  try {
    for (const a of articles) {
      const source = `article:${a.article}`;
      await session.run('MERGE (a:Article:Source {id: $id}) SET a.path = $path', { id: source, path: a.article });
      const idOf = (name: string, type: string): string => {
        if (name === '@article') return source;
        const e = a.entities.find((x) => x.name === name && x.type === type);
        return isEntityLabel(type) ? entityId(type, name, e?.github) : name;
      };
      for (const [ti, t] of a.triples.entries()) {
        const s = idOf(t.s, t.sType);
        const o = idOf(t.o, t.oType);
        for (const [ei, ev] of t.evidences.entries()) {
          await session.run(STATEMENTS.get(t.p) ?? '', {
            s,
            o,
            sName: t.s,
            oName: t.o,
            key: `${s}|${t.p}|${o}`,
            evidenceId: `${source}#${ti}.${ei}`,
            quote: ev.quote,
            start: ev.start,
            end: ev.end,
            source,
          });
          facts++;
        }
      }
    }
  } finally {
    await session.close();
  }
  return facts;
}
