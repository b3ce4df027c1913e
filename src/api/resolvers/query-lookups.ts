/** Query fields that find single nodes: by id, by name, alias or handle, and `lookup`. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { articleByUrlQuery, labelOfId, lookupQuery, type EntityLabel } from '../cypher/nodes.ts';
import { candidates, likelyId, rankMatches } from '../entity-ref.ts';
import { badInput } from '../errors.ts';
import { toNode, type NodeData } from '../graph-data.ts';
import { textArg } from './args.ts';
import { prefetchRelationships } from './prefetch.ts';

type Maybe<T> = T | null | undefined;

/** Exactly one of the arguments; names them in the error otherwise. */
function one(args: Record<string, Maybe<string>>): [string, string] {
  const given = Object.entries(args).filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined);
  const names = Object.keys(args).map((n) => `\`${n}\``).join(', ');
  if (given.length !== 1) throw badInput(`Give exactly one of ${names}`);
  const [name, value] = given[0] as [string, string];
  return [name, textArg(value, name) as string];
}

async function byId(id: string, label: NodeData['label'], ctx: ApiContext): Promise<NodeData | null> {
  if (labelOfId(id) !== label) return null;
  return ctx.loaders.node().load(id);
}

/** Every entity of these labels that `name` may denote, best first. */
export async function matches(labels: readonly EntityLabel[], name: string, ctx: ApiContext, argument = 'name', bestOnly = false): Promise<NodeData[]> {
  const perLabel = labels.map((label) => candidates(label, name, argument));
  const ids = [...new Set(perLabel.flatMap((c) => c.ids))];
  const keys = [...new Set(perLabel.flatMap((c) => c.keys))];
  const rows = await ctx.read(lookupQuery(labels, ids, keys, { bestOnly }));
  const nodes = rows.map((row) => toNode(row['node'])).filter((n): n is NodeData => n !== undefined);
  ctx.loaders.prime(nodes);
  return labels.flatMap((label, i) => rankMatches(nodes.filter((n) => n.label === label), perLabel[i] as ReturnType<typeof candidates>));
}

/** The entity a name denotes (the best match), or null. */
export async function resolveEntity(label: EntityLabel, name: string, ctx: ApiContext, argument: string): Promise<NodeData | null> {
  return (await matches([label], name, ctx, argument, true))[0] ?? null;
}

function entityLookup(label: EntityLabel) {
  return async (_: unknown, args: { id?: Maybe<string>; name?: Maybe<string>; github?: Maybe<string> }, ctx: ApiContext, info?: GraphQLResolveInfo) => {
    const given: Record<string, Maybe<string>> = { id: args.id, name: args.name };
    if (label === 'Person') given['github'] = args.github;
    const [argument, value] = one(given);
    const handle = argument === 'github' ? `@${value.replace(/^@/, '').toLowerCase()}` : undefined;
    const expected = argument === 'id' ? value : likelyId(label, handle ?? value, argument);
    if (expected !== undefined && info !== undefined && labelOfId(expected) === label) {
      const pages = prefetchRelationships(label, expected, info, ctx);
      // With the id certain, wait: the pages bring the node, and the lookup below costs nothing.
      if (pages !== undefined && argument !== 'name') await pages;
    }
    if (argument === 'id') return byId(value, label, ctx);
    if (handle !== undefined) return (await byId(`person:${handle}`, 'Person', ctx)) ?? resolveEntity('Person', handle, ctx, argument);
    return resolveEntity(label, value, ctx, argument);
  };
}

const ENTITY_LABELS: readonly EntityLabel[] = ['Person', 'Company', 'Sig', 'Project'];

export const lookupResolvers = {
  node: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.node().load(args.id),
  nodes: (_: unknown, args: { ids: string[] }, ctx: ApiContext) => {
    if (args.ids.length > ctx.limits.maxPageSize) throw badInput(`\`ids\` holds at most ${ctx.limits.maxPageSize} ids`);
    return ctx.loaders.node().loadMany(args.ids);
  },
  person: entityLookup('Person'),
  company: entityLookup('Company'),
  sig: entityLookup('Sig'),
  project: entityLookup('Project'),
  article: async (_: unknown, args: { id?: Maybe<string>; path?: Maybe<string>; url?: Maybe<string> }, ctx: ApiContext) => {
    const [argument, value] = one({ id: args.id, path: args.path, url: args.url });
    if (argument === 'id') return byId(value, 'Article', ctx);
    if (argument === 'path') return byId(`article:${value}`, 'Article', ctx);
    const rows = await ctx.read(articleByUrlQuery(value));
    return toNode(rows[0]?.['node']) ?? null;
  },
  lookup: (_: unknown, args: { name: string; types?: Maybe<string[]> }, ctx: ApiContext) => {
    const types: readonly string[] = args.types && args.types.length > 0 ? [...new Set(args.types)] : ENTITY_LABELS;
    if (types.includes('Article')) throw badInput('`lookup` finds people, companies, groups and projects; use `article(path:)` or `search` for articles');
    return matches(types as EntityLabel[], args.name, ctx);
  },
};
