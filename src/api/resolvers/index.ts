/** All resolvers, one module per concern, as makeExecutableSchema takes them. */
import { DateScalar, DateTimeScalar, enumResolvers } from './scalars.ts';
import { lookupResolvers } from './query-lookups.ts';
import { listResolvers } from './query-lists.ts';
import { graphResolvers, networkResolvers } from './query-graph.ts';
import { nodeResolvers } from './nodes.ts';
import { evidenceResolvers, relationshipTypeResolvers } from './relationships.ts';

export const resolvers = [
  { Date: DateScalar, DateTime: DateTimeScalar },
  enumResolvers,
  { Query: { ...lookupResolvers, ...listResolvers, ...graphResolvers } },
  nodeResolvers,
  relationshipTypeResolvers,
  evidenceResolvers,
  networkResolvers,
];
