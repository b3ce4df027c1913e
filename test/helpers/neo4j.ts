import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import type { RemoteDatabaseConfig } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/graph/connect.ts';
import type { TestDatabaseInfo } from '../global-setup.ts';

/**
 * The real Neo4j that test/global-setup.ts starts for the test run. Integration tests use it
 * through these functions; test files run one at a time (vitest.config.ts), and each file that
 * calls useTestDatabase() starts from an empty database.
 *
 *   const db = useTestDatabase();
 *   it('…', async () => {
 *     const { records } = await db().driver.executeQuery('RETURN 1 AS x', {}, { database: db().database });
 *   });
 */

/** Connection facts of the test server (uri, user, password, database). */
export function testDatabaseInfo(): TestDatabaseInfo {
  return inject('neo4j');
}

/** The test server as a configuration, for code under test that takes a DatabaseConfig. */
export function testDatabaseConfig(): RemoteDatabaseConfig {
  const { uri, user, password, database } = testDatabaseInfo();
  return { kind: 'remote', uri, scheme: 'bolt', user, password, database };
}

/** Opens the test database with the project's own connection code; the caller closes it. */
export function testDatabase(): Promise<Database> {
  return openDatabase(testDatabaseConfig());
}

/** A verified driver to the test server; the caller closes it. Use `testDatabaseInfo().database`. */
export async function testDriver(): Promise<Driver> {
  return (await testDatabase()).driver;
}

/**
 * Registers hooks that open the test database and empty it before this file's tests, and close
 * it after them. Returns an accessor, valid inside tests and hooks.
 */
export function useTestDatabase(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await testDatabase();
    await clearTestDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (db === undefined) throw new Error('useTestDatabase(): the database is open only inside tests and hooks');
    return db;
  };
}

/** Removes every node, relationship, constraint and index (but the built-in token lookups). */
export async function clearTestDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database: db.database });
  for (const record of constraints.records) {
    await db.driver.executeQuery('DROP CONSTRAINT $name IF EXISTS', { name: record.get('name') as string }, { database: db.database });
  }
  const indexes = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name",
    {},
    { database: db.database },
  );
  for (const record of indexes.records) {
    await db.driver.executeQuery('DROP INDEX $name IF EXISTS', { name: record.get('name') as string }, { database: db.database });
  }
}
