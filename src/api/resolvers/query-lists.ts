/** The top-level lists and `search`. */
import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { defaultDirection, listCountQuery, listPageQuery, listSortKeys, type ListFilter, type ListLabel } from '../cypher/entity-list.ts';
import type { Direction } from '../cypher/keyset.ts';
import { SEARCH_KEYS, searchCountQuery, searchPageQuery, searchWords, type SearchLabel } from '../cypher/search.ts';
import { badInput } from '../errors.ts';
import { asNumber, mustNode } from '../graph-data.ts';
import { connection, pageRequest, type PageArgs } from '../pagination.ts';
import {
  articleFilter,
  companyFilter,
  personFilter,
  projectFilter,
  sigFilter,
  textArg,
  type ArticleFilterInput,
  type CompanyFilterInput,
  type PersonFilterInput,
  type ProjectFilterInput,
  type SigFilterInput,
} from './args.ts';
import { selected } from './selection.ts';

interface ListArgs<F> extends PageArgs {
  filter?: F | null;
  orderBy?: { field: string; direction?: Direction | null } | null;
}

async function list(label: ListLabel, filter: ListFilter, args: ListArgs<unknown>, ctx: ApiContext, info: GraphQLResolveInfo) {
  const field = args.orderBy?.field ?? (label === 'Article' ? 'DATE' : 'NAME');
  const order = { field, direction: args.orderBy?.direction ?? defaultDirection(field) };
  const keys = listSortKeys(label, order);
  const page = pageRequest(args, `${label}:${order.field}:${order.direction}`, keys.length, ctx.limits);
  const withTotal = selected(info, ['totalCount']).length > 0;
  const row = (await ctx.read(listPageQuery(filter, order, page.seek, withTotal)))[0] ?? {};
  const items = (Array.isArray(row['items']) ? (row['items'] as Record<string, unknown>[]) : []).map((item) => ({
    node: mustNode(item['node'], label),
    sortKey: item['sortKey'] as unknown[],
  }));
  ctx.loaders.prime(items.map((i) => i.node));
  let total: Promise<number> | undefined = withTotal ? Promise.resolve(asNumber(row['total'])) : undefined;
  return connection(items, page, () => (total ??= ctx.read(listCountQuery(filter)).then((r) => asNumber(r[0]?.['total']))));
}

interface SearchArgs extends PageArgs {
  query: string;
  types?: string[] | null;
}

const SEARCH_LABELS: readonly SearchLabel[] = ['Person', 'Company', 'Sig', 'Project', 'Article'];

export const listResolvers = {
  people: (_: unknown, args: ListArgs<PersonFilterInput>, ctx: ApiContext, info: GraphQLResolveInfo) =>
    list('Person', { label: 'Person', filter: personFilter(args.filter) }, args, ctx, info),
  companies: (_: unknown, args: ListArgs<CompanyFilterInput>, ctx: ApiContext, info: GraphQLResolveInfo) =>
    list('Company', { label: 'Company', filter: companyFilter(args.filter) }, args, ctx, info),
  sigs: (_: unknown, args: ListArgs<SigFilterInput>, ctx: ApiContext, info: GraphQLResolveInfo) =>
    list('Sig', { label: 'Sig', filter: sigFilter(args.filter) }, args, ctx, info),
  projects: (_: unknown, args: ListArgs<ProjectFilterInput>, ctx: ApiContext, info: GraphQLResolveInfo) =>
    list('Project', { label: 'Project', filter: projectFilter(args.filter) }, args, ctx, info),
  articles: (_: unknown, args: ListArgs<ArticleFilterInput>, ctx: ApiContext, info: GraphQLResolveInfo) =>
    list('Article', { label: 'Article', filter: articleFilter(args.filter) }, args, ctx, info),

  search: async (_: unknown, args: SearchArgs, ctx: ApiContext) => {
    const text = textArg(args.query, 'query');
    const words = text === undefined ? [] : searchWords(text);
    if (words.length === 0) throw badInput('`query` has no words');
    const labels = args.types && args.types.length > 0 ? SEARCH_LABELS.filter((l) => args.types?.includes(l)) : SEARCH_LABELS;
    const searched = createHash('sha256').update(JSON.stringify([words, labels])).digest('base64url').slice(0, 16);
    const page = pageRequest(args, `search:${searched}`, SEARCH_KEYS.length, ctx.limits);
    const rows = await ctx.read(searchPageQuery(labels, words, page.seek));
    const items = rows.map((row) => ({
      node: mustNode(row['node'], 'search hit'),
      sortKey: row['sortKey'] as unknown[],
      edge: { score: asNumber(row['score']) },
    }));
    ctx.loaders.prime(items.map((i) => i.node));
    return connection(items, page, () => ctx.read(searchCountQuery(labels, words)).then((r) => asNumber(r[0]?.['total'])));
  },
};
