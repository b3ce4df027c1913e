/**
 * The baseline for `bench:ingest`: the same graph written the way a first attempt would — one
 * auto-commit statement per fact (and per entity mention), no batching. It runs the loader's own
 * plans and Cypher builders with one row each, so the ratio to the batched loader measures
 * batching alone, not a difference in the work done.
 */
import type { Driver } from 'neo4j-driver';
import { upsertMentions } from '../src/graph/cypher/entities.ts';
import { upsertRelationships } from '../src/graph/cypher/relationships.ts';
import { upsertSources } from '../src/graph/cypher/sources.ts';
import type { Statement } from '../src/graph/cypher/statement.ts';
import { EntityIndex } from '../src/graph/entity-index.ts';
import { planWrite } from '../src/graph/plan.ts';
import type { SourceFacts } from '../src/graph/source-facts.ts';

/** Loads the sources one statement per fact; returns the number of facts (evidence rows) written. */
export async function naiveLoad(driver: Driver, database: string, sources: Iterable<SourceFacts>): Promise<number> {
  const session = driver.session({ database });
  const index = new EntityIndex();
  const run = (st: Statement) => session.run(st.cypher, st.params);
  let facts = 0;
  try {
    for (const source of sources) {
      const plan = planWrite(index, [source]);
      for (const { kind, rows } of plan.sources) for (const row of rows) await run(upsertSources(kind, [row], new Date().toISOString()));
      for (const [label, rows] of plan.mentions) {
        for (const row of rows) {
          await run(upsertMentions(label, [row]));
          index.set({ label, id: row.id, keys: row.keys, github: row.github });
        }
      }
      for (const [predicate, rows] of plan.relationships) {
        for (const row of rows) {
          for (const evidence of row.evidence) {
            await run(upsertRelationships(predicate, [{ ...row, evidence: [evidence] }]));
            facts++;
          }
        }
      }
    }
  } finally {
    await session.close();
  }
  return facts;
}
