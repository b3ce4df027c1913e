/**
 * The executable schema: the SDL in schema.graphql (the contract, with its descriptions) and
 * the resolvers, checked against each other at start (a resolver for a field the SDL lacks is
 * an error, not a silent no-op).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../config.ts';
import { resolvers } from './resolvers/index.ts';

export const SCHEMA_PATH = path.join(projectRoot, 'schema.graphql');

export function loadTypeDefs(file = SCHEMA_PATH): string {
  return readFileSync(file, 'utf8');
}

export function buildSchema(typeDefs = loadTypeDefs()): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
