import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql-js for everything: without this, source files get its ES module build and
  // libraries (graphql-http, graphql-tools) its CommonJS build, and instanceof checks between
  // the two fail (GraphQLError, GraphQLSchema).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // Starts a real Neo4j for the run (test/helpers/neo4j.ts connects to it).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Integration tests share one Neo4j server; files run one at a time to keep them isolated.
    fileParallelism: false,
  },
});
