/** `whoMaintains`, `maintainedBy`, `sigNetwork` and `stats`. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { sigNetworkQuery } from '../cypher/sig-network.ts';
import { statsQuery } from '../cypher/stats.ts';
import { asNumber, mustNode, toRelationship, type NodeData, type RelationshipData } from '../graph-data.ts';
import { RELATIONSHIP_FIELDS } from '../relationship-fields.ts';
import { relationshipConnection, type RelationshipArgs } from './relationship-connection.ts';
import { resolveEntity } from './query-lookups.ts';
import { prefetchPage } from './prefetch.ts';
import { likelyId } from '../entity-ref.ts';
import { selected } from './selection.ts';
import { sigKind } from './scalars.ts';


interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  collaboration: number;
  sponsorship: number;
  sharedPeople: number;
  weight: number;
  kinds: string[];
  collaborations: RelationshipData[];
  sponsorships: RelationshipData[];
  peopleIds: string[];
}

function sources(rel: RelationshipData): number {
  const count = rel.props['__sourceCount'];
  return typeof count === 'number' ? Math.max(count, 1) : 1;
}

async function sigNetwork(
  _: unknown,
  args: { kinds?: string[] | null; minWeight?: number | null; includeIsolated?: boolean | null },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : undefined;
  const rows = await ctx.read(sigNetworkQuery(kinds, selected(info, ['edges', 'people']).length > 0));
  const sigs = new Map<string, NodeData>();
  for (const row of rows) if (row['part'] === 'node') sigs.set(mustNode(row['sig'], 'group').id, mustNode(row['sig'], 'group'));
  ctx.loaders.prime([...sigs.values()]);

  const edges = new Map<string, NetworkEdge>();
  const edge = (a: string, b: string): NetworkEdge => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${source}|${target}`;
    let e = edges.get(id);
    if (e === undefined) {
      e = { id, source, target, collaboration: 0, sponsorship: 0, sharedPeople: 0, weight: 0, kinds: [], collaborations: [], sponsorships: [], peopleIds: [] };
      edges.set(id, e);
    }
    return e;
  };
  for (const row of rows) {
    const a = typeof row['a'] === 'string' ? sigs.get(row['a']) : undefined;
    const b = typeof row['b'] === 'string' ? sigs.get(row['b']) : undefined;
    if (a === undefined || b === undefined) continue;
    const e = edge(a.id, b.id);
    if (row['part'] === 'rel') {
      const rel = toRelationship(row['rel'], a, b);
      if (rel.predicate === 'COLLABORATES_WITH') {
        e.collaboration += sources(rel);
        e.collaborations.push(rel);
      } else {
        e.sponsorship += sources(rel);
        e.sponsorships.push(rel);
      }
    } else if (row['part'] === 'shared') {
      if (Array.isArray(row['people'])) e.peopleIds = row['people'].filter((p): p is string => typeof p === 'string').sort();
      e.sharedPeople = Array.isArray(row['people']) ? e.peopleIds.length : asNumber(row['people']);
    }
  }
  const minWeight = args.minWeight ?? 1;
  const kept = [...edges.values()]
    .map((e) => {
      e.weight = e.collaboration + e.sponsorship + e.sharedPeople;
      e.kinds = [
        ...(e.collaboration > 0 ? ['COLLABORATION'] : []),
        ...(e.sponsorship > 0 ? ['SPONSORSHIP'] : []),
        ...(e.sharedPeople > 0 ? ['SHARED_PEOPLE'] : []),
      ];
      return e;
    })
    .filter((e) => e.weight >= minWeight && e.weight > 0)
    .sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
  const degree = new Map<string, { degree: number; weight: number }>();
  for (const e of kept) {
    for (const id of [e.source, e.target]) {
      const d = degree.get(id) ?? { degree: 0, weight: 0 };
      d.degree += 1;
      d.weight += e.weight;
      degree.set(id, d);
    }
  }
  const nodes = [...sigs.values()]
    .filter((s) => args.includeIsolated === true || degree.has(s.id))
    .map((s) => ({
      id: s.id,
      sig: s,
      name: typeof s.props['name'] === 'string' ? s.props['name'] : s.id,
      kind: sigKind(s.props['kind']),
      degree: degree.get(s.id)?.degree ?? 0,
      weight: degree.get(s.id)?.weight ?? 0,
    }))
    .sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
  return { nodes, edges: kept };
}

async function stats(_: unknown, __: unknown, ctx: ApiContext) {
  const row = (await ctx.read(statsQuery()))[0] ?? {};
  const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  const byPredicate = list(row['relationshipsByPredicate']).map((x) => ({ predicate: x['predicate'], count: asNumber(x['count']) }));
  return {
    people: asNumber(row['people']),
    companies: asNumber(row['companies']),
    sigs: asNumber(row['sigs']),
    projects: asNumber(row['projects']),
    articles: asNumber(row['articles']),
    evidence: asNumber(row['evidence']),
    relationships: byPredicate.reduce((sum, x) => sum + x.count, 0),
    relationshipsByPredicate: byPredicate,
    sigsByKind: mergeCounts(list(row['sigsByKind']).map((x) => ({ kind: sigKind(x['kind']), count: asNumber(x['count']) })), 'kind'),
    articlesByLanguage: list(row['articlesByLanguage'])
      .filter((x) => typeof x['language'] === 'string' && ['en', 'ja', 'zh'].includes(x['language']))
      .map((x) => ({ language: x['language'], count: asNumber(x['count']) })),
    lastIngestedAt: typeof row['lastIngestedAt'] === 'string' ? row['lastIngestedAt'] : null,
  };
}

/** Sums counts that share a key (unknown kinds all become `other`). */
function mergeCounts<K extends string>(items: Array<Record<K, string> & { count: number }>, key: K) {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(item[key], (sums.get(item[key]) ?? 0) + item.count);
  return [...sums].map(([k, count]) => ({ [key]: k, count }));
}

export const graphResolvers = {
  whoMaintains: async (_: unknown, args: RelationshipArgs & { project: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const likely = likelyId('Project', args.project, 'project');
    if (likely !== undefined) prefetchPage(RELATIONSHIP_FIELDS.Project.maintainers, likely, args, ctx, info);
    const project = await resolveEntity('Project', args.project, ctx, 'project');
    return project === null ? null : relationshipConnection(RELATIONSHIP_FIELDS.Project.maintainers, project, args, ctx, info);
  },
  maintainedBy: async (_: unknown, args: RelationshipArgs & { person: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const likely = likelyId('Person', args.person, 'person');
    if (likely !== undefined) prefetchPage(RELATIONSHIP_FIELDS.Person.maintains, likely, args, ctx, info);
    const person = await resolveEntity('Person', args.person, ctx, 'person');
    return person === null ? null : relationshipConnection(RELATIONSHIP_FIELDS.Person.maintains, person, args, ctx, info);
  },
  sigNetwork,
  stats,
};

export const networkResolvers = {
  SigNetworkEdge: {
    people: (e: NetworkEdge, _: unknown, ctx: ApiContext) =>
      ctx.loaders
        .node()
        .loadMany(e.peopleIds)
        .then((nodes) => nodes.filter((n): n is NodeData => n !== null && !(n instanceof Error))),
  },
};
