/** Field resolvers of the relationship types (Leadership, Employment, …) and of Evidence. */
import type { GraphQLFieldResolver } from 'graphql';
import type { ApiContext } from '../context.ts';
import { labelOfId } from '../cypher/nodes.ts';
import { num, text, texts, type EvidenceData, type RelationshipData } from '../graph-data.ts';
import { RELATIONSHIP_TYPES } from '../relationship-fields.ts';
import { evidenceFilter, type EvidenceArgs } from './args.ts';
import { loadNodes } from './nodes.ts';

type Resolver = GraphQLFieldResolver<RelationshipData, ApiContext, EvidenceArgs>;

const common: Record<string, Resolver> = {
  id: (r) => r.key,
  predicate: (r) => r.predicate,
  role: (r) => text(r.props, 'role'),
  roles: (r) => texts(r.props, 'roles'),
  confidence: (r) => num(r.props, 'confidence') ?? 0,
  sourceKinds: (r) => texts(r.props, 'sourceKinds'),
  sources: async (r, _, ctx) => loadNodes(await ctx.loaders.relationshipSources().load(r.key), ctx),
  evidence: (r, args, ctx) => ctx.loaders.evidence(evidenceFilter(args, ctx.limits)).load(r.key),
  evidenceCount: (r) => num(r.props, 'evidenceCount') ?? 0,
};

function relationshipType(predicate: keyof typeof RELATIONSHIP_TYPES): Record<string, Resolver> {
  const { subject, object } = RELATIONSHIP_TYPES[predicate];
  const fields: Record<string, Resolver> = { ...common, [subject]: (r) => r.subject, [object]: (r) => r.object };
  if (predicate === 'COLLABORATES_WITH') fields['partner'] = (r) => (r.viewpoint === r.object.id ? r.subject : r.object);
  return fields;
}

export const relationshipTypeResolvers = Object.fromEntries(
  (Object.keys(RELATIONSHIP_TYPES) as (keyof typeof RELATIONSHIP_TYPES)[]).map((p) => [RELATIONSHIP_TYPES[p].typename, relationshipType(p)]),
);

function keyPart(e: EvidenceData, index: 0 | 2): string | null {
  const key = text(e.props, 'key');
  const part = key?.split('|')[index];
  return part !== undefined && labelOfId(part) !== undefined ? part : null;
}

export const evidenceResolvers = {
  Evidence: {
    id: (e: EvidenceData) => text(e.props, 'id') ?? '',
    predicate: (e: EvidenceData) => text(e.props, 'predicate'),
    role: (e: EvidenceData) => text(e.props, 'role'),
    quote: (e: EvidenceData) => text(e.props, 'quote') ?? '',
    start: (e: EvidenceData) => num(e.props, 'start') ?? 0,
    end: (e: EvidenceData) => num(e.props, 'end') ?? 0,
    channel: (e: EvidenceData) => text(e.props, 'channel'),
    extractor: (e: EvidenceData) => text(e.props, 'extractor') ?? 'unknown',
    confidence: (e: EvidenceData) => num(e.props, 'confidence') ?? 0,
    source: (e: EvidenceData) => e.source,
    article: (e: EvidenceData) => (e.source.label === 'Article' ? e.source : null),
    subject: (e: EvidenceData, _: unknown, ctx: ApiContext) => {
      const id = keyPart(e, 0);
      return id === null ? null : ctx.loaders.node().load(id);
    },
    object: (e: EvidenceData, _: unknown, ctx: ApiContext) => {
      const id = keyPart(e, 2);
      return id === null ? null : ctx.loaders.node().load(id);
    },
  },
};
