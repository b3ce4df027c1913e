import { describe, expect, it } from 'vitest';
import { GraphLoader } from '../../src/graph/loader.ts';
import { migrate, MIGRATIONS } from '../../src/graph/migrations.ts';
import { ENTITY_LABELS } from '../../src/graph/model.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';

const db = useTestDatabase();

async function names(cypher: string): Promise<string[]> {
  const res = await db().driver.executeQuery(cypher, {}, { database: db().database });
  return res.records.map((r) => String(r.get(0))).sort();
}

describe('migrations', () => {
  it('create uniqueness constraints, lookup and full-text indexes, and record the version', async () => {
    const result = await migrate(db().driver, db().database);
    expect(result).toEqual({ from: 0, to: MIGRATIONS.at(-1)?.version, applied: MIGRATIONS.map((m) => m.version) });
    const constraints = await names("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0]");
    for (const label of [...ENTITY_LABELS, 'Article', 'Registry', 'Source', 'Evidence']) expect(constraints).toContain(`${label}.id`);
    const indexes = await names("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name");
    expect(indexes).toEqual(expect.arrayContaining(['person_github', 'person_name', 'evidence_key', 'evidence_sourceid', 'rel_leads_key', 'entity_names', 'entity_keys']));
    expect(await names('MATCH (m:Migration) RETURN m.version')).toEqual(MIGRATIONS.map((m) => String(m.version)));
  });

  it('apply nothing the second time', async () => {
    const result = await migrate(db().driver, db().database);
    expect(result.applied).toEqual([]);
    expect(await names('MATCH (m:Migration) RETURN m.version')).toHaveLength(MIGRATIONS.length);
  });

  it('make entities findable by exact key and by words of their names and aliases', async () => {
    const loader = new GraphLoader(db());
    await loader.write([
      {
        id: 'article:x.md',
        kind: 'article',
        path: 'x.md',
        hash: 'h',
        props: {},
        entities: [{ label: 'Person', name: 'Benjamin Wang', github: 'ahrtr', aliases: ['本杰明·王'] }],
        triples: [],
      },
    ]);
    await db().driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db().database });
    const byKey = await names("CALL db.index.fulltext.queryNodes('entity_keys', '\"@ahrtr\"') YIELD node RETURN node.id");
    expect(byKey).toEqual(['person:@ahrtr']);
    const byName = await names("CALL db.index.fulltext.queryNodes('entity_names', '本杰明') YIELD node RETURN node.id");
    expect(byName).toEqual(['person:@ahrtr']);
    expect(await names("CALL db.index.fulltext.queryNodes('entity_names', 'wang') YIELD node RETURN node.id")).toEqual(['person:@ahrtr']);
  });
});
