import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from '../src/config.ts';

describe('loadConfig', () => {
  it('uses the local database under <project>/.sig-atlas when NEO4J_URI is unset', () => {
    const { home, database } = loadConfig({}, '/somewhere');
    expect(home).toBe(path.join(projectRoot, '.sig-atlas'));
    expect(database).toEqual({
      kind: 'local',
      uri: 'bolt://127.0.0.1:7687',
      host: '127.0.0.1',
      port: 7687,
      user: 'neo4j',
      password: undefined,
      database: 'neo4j',
      home: path.join(projectRoot, '.sig-atlas', 'neo4j'),
      heap: '2g',
      pagecache: '256m',
    });
  });

  it('takes the local port, home and memory from the environment', () => {
    const { database } = loadConfig(
      { SIG_ATLAS_HOME: 'state', SIG_ATLAS_NEO4J_PORT: '7699', NEO4J_PASSWORD: 'pw', SIG_ATLAS_NEO4J_HEAP: '512M' },
      '/srv/atlas',
    );
    expect(database).toMatchObject({ kind: 'local', uri: 'bolt://127.0.0.1:7699', port: 7699, password: 'pw', heap: '512m' });
    expect(database.kind === 'local' && database.home).toBe('/srv/atlas/state/neo4j');
  });

  it.each([
    ['bolt://db.example:7687', 'bolt'],
    ['neo4j://cluster.example', 'neo4j'],
    ['neo4j+s://abcd1234.databases.neo4j.io', 'neo4j+s'],
    ['bolt+ssc://self-signed.example:7687', 'bolt+ssc'],
  ])('accepts %s as a remote server', (uri, scheme) => {
    const { database } = loadConfig({ NEO4J_URI: uri, NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'atlas' });
    expect(database).toEqual({ kind: 'remote', uri, scheme, user: 'analyst', password: 'secret', database: 'atlas' });
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /not a Bolt scheme.*neo4j\+s:\/\//],
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /not a Bolt scheme/],
    [{ NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /is not a URI/],
    [{ NEO4J_URI: 'bolt://neo4j:pw@host', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /must not carry credentials/],
    [{ NEO4J_URI: 'neo4j://host/atlas', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /NEO4J_DATABASE instead/],
    [{ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }, 'NEO4J_PASSWORD', /must be set when NEO4J_URI/],
    [{ NEO4J_DATABASE: 'my_db' }, 'NEO4J_DATABASE', /not a valid database name/],
    [{ SIG_ATLAS_NEO4J_PORT: '70000' }, 'SIG_ATLAS_NEO4J_PORT', /not a TCP port/],
    [{ SIG_ATLAS_NEO4J_PORT: '7687x' }, 'SIG_ATLAS_NEO4J_PORT', /not a TCP port/],
    [{ SIG_ATLAS_NEO4J_PAGECACHE: 'lots' }, 'SIG_ATLAS_NEO4J_PAGECACHE', /not a size/],
  ])('rejects %o naming %s', (env, variable, message) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toMatch(new RegExp(`^${variable}: `));
    expect((caught as ConfigError).message).toMatch(message);
  });
});
