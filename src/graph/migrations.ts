/**
 * Versioned schema migrations, applied in order on start. Each statement is idempotent
 * (`IF NOT EXISTS`), so two processes starting at once, or a migration interrupted halfway,
 * converge on the same schema; a `(:Migration {version})` node records what has been applied.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, PREDICATES } from './model.ts';

export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

const unique = (label: string, property = 'id'): string =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_${property}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`;
const index = (label: string, property: string): string =>
  `CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
const relIndex = (type: string, property: string): string =>
  `CREATE INDEX rel_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`;

const entityLabels = ENTITY_LABELS.join('|');

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'uniqueness of ids; lookup indexes; full-text over names, aliases and keys',
    statements: [
      ...[...ENTITY_LABELS, 'Article', 'Registry', 'Source', 'Evidence'].map((l) => unique(l)),
      unique('Migration', 'version'),
      ...ENTITY_LABELS.flatMap((l) => [index(l, 'name'), index(l, 'nameKey')]),
      index('Person', 'github'),
      index('Article', 'path'),
      index('Article', 'hash'),
      index('Evidence', 'key'),
      index('Evidence', 'sourceId'),
      ...PREDICATES.map((p) => relIndex(p, 'key')),
      // Free-text search for people and the API: names and aliases in any script.
      `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${entityLabels}) ON EACH [n.name, n.aliases]`,
      // Exact lookup by normalised key or @handle: a list property cannot use a range index
      // for `k IN n.keys`, but a keyword-analysed full-text index matches whole list elements.
      `CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:${entityLabels}) ON EACH [n.keys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
    ],
  },
  {
    version: 2,
    description: 'articleCount on entities, so that readers need not scan their long sources lists',
    statements: [
      `MATCH (n:${entityLabels}) WHERE n.articleCount IS NULL SET n.articleCount = size([s IN coalesce(n.sources, []) WHERE s STARTS WITH 'article:'])`,
    ],
  },
];

export interface MigrationResult {
  from: number;
  to: number;
  applied: number[];
}

/** Applies every migration newer than the recorded version, then waits for indexes to be online. */
export async function migrate(driver: Driver, database?: string, migrations: Migration[] = MIGRATIONS): Promise<MigrationResult> {
  const session = driver.session({ database: database ?? 'neo4j', defaultAccessMode: 'WRITE' });
  try {
    const current = await session.executeRead(async (tx) => {
      const res = await tx.run('MATCH (m:Migration) RETURN max(m.version) AS v');
      const v: unknown = res.records[0]?.get('v');
      return typeof v === 'number' ? v : v == null ? 0 : Number(v);
    });
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      // Schema changes cannot share a transaction with data writes: one statement each.
      for (const statement of m.statements) await session.executeWrite((tx) => tx.run(statement));
      await session.executeWrite((tx) =>
        tx.run('MERGE (m:Migration {version: $version}) ON CREATE SET m.description = $description, m.appliedAt = datetime()', {
          version: m.version,
          description: m.description,
        }),
      );
      applied.push(m.version);
    }
    if (applied.length > 0) await session.run('CALL db.awaitIndexes(300)');
    return { from: current, to: Math.max(current, ...applied), applied };
  } finally {
    await session.close();
  }
}
