/** Field resolvers of the node types and the type resolution of the abstract types. */
import type { ApiContext } from '../context.ts';
import { num, text, texts, type NodeData, type RelationshipData } from '../graph-data.ts';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_TYPES } from '../relationship-fields.ts';
import { pageSize } from '../pagination.ts';
import { confidenceArg } from './args.ts';
import { relationshipResolvers } from './relationship-connection.ts';
import { language, sigKind } from './scalars.ts';

/** Loads nodes by id, dropping the ones that no longer exist. */
export async function loadNodes(ids: readonly string[], ctx: ApiContext): Promise<NodeData[]> {
  const nodes = await ctx.loaders.node().loadMany(ids);
  return nodes.filter((n): n is NodeData => n !== null && !(n instanceof Error));
}

const entityFields = {
  id: (n: NodeData) => n.id,
  name: (n: NodeData) => text(n.props, 'name') ?? n.id,
  aliases: (n: NodeData) => texts(n.props, 'aliases'),
  sources: async (n: NodeData, _: unknown, ctx: ApiContext) => loadNodes(await ctx.loaders.entitySources().load(n.id), ctx),
  articleCount: (n: NodeData) => num(n.props, '__articleCount') ?? 0,
};

const sourceFields = {
  id: (n: NodeData) => n.id,
  kind: (n: NodeData) => (n.label === 'Registry' ? 'registry' : 'article'),
  path: (n: NodeData) => text(n.props, 'path') ?? n.id.replace(/^[a-z]+:/, ''),
  hash: (n: NodeData) => text(n.props, 'hash'),
  ingestedAt: (n: NodeData) => text(n.props, 'ingestedAt'),
};

interface EvidenceArgs {
  predicates?: string[] | null;
  minConfidence?: number | null;
  first?: number | null;
}

function typename(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if ('label' in value && 'props' in value) return (value as NodeData).label;
  if ('predicate' in value && 'subject' in value) return RELATIONSHIP_TYPES[(value as RelationshipData).predicate].typename;
  if ('source' in value && 'props' in value) return 'Evidence';
  return null;
}

const resolveType = { __resolveType: typename };

export const nodeResolvers = {
  Node: resolveType,
  Entity: resolveType,
  Source: resolveType,
  Relationship: resolveType,
  SearchResult: resolveType,

  Person: {
    ...entityFields,
    github: (n: NodeData) => text(n.props, 'github'),
    ...relationshipResolvers(RELATIONSHIP_FIELDS.Person),
  },
  Company: {
    ...entityFields,
    sigLeaderCount: (n: NodeData, _: unknown, ctx: ApiContext) => ctx.loaders.sigLeaderCount().load(n.id),
    ...relationshipResolvers(RELATIONSHIP_FIELDS.Company),
  },
  Sig: {
    ...entityFields,
    kind: (n: NodeData) => sigKind(n.props['kind']),
    dir: (n: NodeData) => text(n.props, 'dir'),
    ...relationshipResolvers(RELATIONSHIP_FIELDS.Sig),
  },
  Project: {
    ...entityFields,
    ...relationshipResolvers(RELATIONSHIP_FIELDS.Project),
  },
  Registry: sourceFields,
  Article: {
    ...sourceFields,
    title: (n: NodeData) => text(n.props, 'title'),
    date: (n: NodeData) => text(n.props, 'date'),
    language: (n: NodeData) => language(n.props['lang']),
    url: (n: NodeData) => text(n.props, 'url'),
    ...relationshipResolvers(RELATIONSHIP_FIELDS.Article),
    evidence: (n: NodeData, args: EvidenceArgs, ctx: ApiContext) => {
      const limit = pageSize(args.first ?? 20, ctx.limits);
      const minConfidence = confidenceArg(args.minConfidence);
      const filter = {
        limit,
        ...(minConfidence === undefined ? {} : { minConfidence }),
        ...(args.predicates && args.predicates.length > 0 ? { predicates: [...new Set(args.predicates)].sort() } : {}),
      };
      return ctx.loaders.articleEvidence(filter).load(n.id);
    },
    evidenceCount: (n: NodeData, _: unknown, ctx: ApiContext) => ctx.loaders.articleEvidenceCount().load(n.id),
  },
};
