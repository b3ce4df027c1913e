/**
 * GraphQL arguments (enums already mapped to graph values) → the builders' filter shapes, with
 * the checks that the schema's types cannot express.
 */
import { normalizeKey } from '../../eval/normalize-key.ts';
import { badInput } from '../errors.ts';
import { entityRef } from '../entity-ref.ts';
import type { SourceConditions } from '../cypher/fragments.ts';
import type { Direction } from '../cypher/keyset.ts';
import type {
  ArticleListFilter,
  CompanyListFilter,
  PersonListFilter,
  ProjectListFilter,
  SigListFilter,
} from '../cypher/list-filters.ts';
import type { RelationshipFilter, RelationshipOrder } from '../cypher/relationship-page.ts';
import type { EvidenceFilter } from '../cypher/evidence.ts';
import type { ApiLimits } from '../limits.ts';
import { pageSize } from '../pagination.ts';

type Maybe<T> = T | null | undefined;
export type SourceKindValue = 'article' | 'registry';

export interface DateRangeInput {
  from?: Maybe<string>;
  to?: Maybe<string>;
}

export interface RelationshipFilterInput {
  role?: Maybe<string>;
  minConfidence?: Maybe<number>;
  sourceKind?: Maybe<SourceKindValue>;
  language?: Maybe<string>;
  articleDate?: Maybe<DateRangeInput>;
}

export interface OrderInput<F extends string> {
  field: F;
  direction?: Maybe<Direction>;
}

const MAX_TEXT = 500;

export function textArg(value: Maybe<string>, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw badInput(`\`${argument}\` must not be empty`);
  if (trimmed.length > MAX_TEXT) throw badInput(`\`${argument}\` is longer than ${MAX_TEXT} characters`);
  return trimmed;
}

/** Roles as the graph writes them: lower case, words joined by `-` ("Tech Lead" → "tech-lead"). */
export function roleArg(value: Maybe<string>, argument = 'role'): string | undefined {
  const role = textArg(value, argument);
  return role === undefined ? undefined : role.toLowerCase().replace(/[\s_]+/g, '-');
}

export function confidenceArg(value: Maybe<number>, argument = 'minConfidence'): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw badInput(`\`${argument}\` must be between 0 and 1`);
  return value;
}

function dateRange(range: Maybe<DateRangeInput>, argument: string): { dateFrom?: string; dateTo?: string } {
  if (!range) return {};
  const out: { dateFrom?: string; dateTo?: string } = {};
  if (range.from) out.dateFrom = range.from;
  if (range.to) out.dateTo = range.to;
  if (out.dateFrom && out.dateTo && out.dateFrom > out.dateTo) throw badInput(`\`${argument}\`: \`from\` is after \`to\``);
  return out;
}

function sourceConditions(
  input: { language?: Maybe<string>; articleDate?: Maybe<DateRangeInput>; sourceKind?: Maybe<SourceKindValue> },
  argument: string,
): SourceConditions {
  const c: SourceConditions = { ...dateRange(input.articleDate, `${argument}.articleDate`) };
  if (input.language) c.language = input.language;
  if (input.sourceKind) c.kind = input.sourceKind;
  return c;
}

export function relationshipFilter(input: Maybe<RelationshipFilterInput>, kinds: Maybe<string[]>): RelationshipFilter {
  const f: RelationshipFilter = input ? sourceConditions(input, 'filter') : {};
  if (input) {
    const role = roleArg(input.role, 'filter.role');
    if (role !== undefined) f.role = role;
    const conf = confidenceArg(input.minConfidence, 'filter.minConfidence');
    if (conf !== undefined) f.minConfidence = conf;
  }
  if (kinds && kinds.length > 0) f.kinds = [...new Set(kinds)].sort();
  return f;
}

export function relationshipOrder(input: Maybe<OrderInput<'CONFIDENCE' | 'NAME'>>): RelationshipOrder {
  if (!input) return { field: 'CONFIDENCE', direction: 'DESC' };
  return { field: input.field, direction: input.direction ?? (input.field === 'NAME' ? 'ASC' : 'DESC') };
}

interface EntityFilterInput {
  name?: Maybe<string>;
  alias?: Maybe<string>;
  language?: Maybe<string>;
  articleDate?: Maybe<DateRangeInput>;
  sourceKind?: Maybe<SourceKindValue>;
}

function nameKeyArg(value: Maybe<string>): string | undefined {
  const text = textArg(value, 'filter.name');
  if (text === undefined) return undefined;
  const key = normalizeKey(text);
  if (key === '') throw badInput('`filter.name` has no letters or digits');
  return key;
}

function kindsArg(kinds: Maybe<string[]>): string[] | undefined {
  return kinds && kinds.length > 0 ? [...new Set(kinds)].sort() : undefined;
}

function entityCommon<L extends 'Person' | 'Company' | 'Sig' | 'Project'>(label: L, f: EntityFilterInput) {
  const out: { nameKey?: string; alias?: ReturnType<typeof entityRef>; sources: SourceConditions } = {
    sources: sourceConditions(f, 'filter'),
  };
  const nameKey = nameKeyArg(f.name);
  if (nameKey !== undefined) out.nameKey = nameKey;
  const alias = textArg(f.alias, 'filter.alias');
  if (alias !== undefined) out.alias = entityRef(label, alias, 'filter.alias');
  return out;
}

function ref(label: 'Person' | 'Company' | 'Sig' | 'Project', value: Maybe<string>, argument: string) {
  const text = textArg(value, argument);
  return text === undefined ? undefined : entityRef(label, text, argument);
}

/** Assigns only the defined values (exactOptionalPropertyTypes forbids explicit undefined). */
function defined<T extends object>(target: T, extra: Record<string, unknown>): T {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}

export interface PersonFilterInput extends EntityFilterInput {
  github?: Maybe<string>;
  company?: Maybe<string>;
  sig?: Maybe<string>;
  role?: Maybe<string>;
  sigKind?: Maybe<string[]>;
  project?: Maybe<string>;
}

export function personFilter(f: Maybe<PersonFilterInput>): PersonListFilter {
  if (!f) return { sources: {} };
  return defined<PersonListFilter>(entityCommon('Person', f), {
    github: textArg(f.github, 'filter.github')?.replace(/^@/, '').toLowerCase(),
    company: ref('Company', f.company, 'filter.company'),
    sig: ref('Sig', f.sig, 'filter.sig'),
    role: roleArg(f.role, 'filter.role'),
    sigKinds: kindsArg(f.sigKind),
    project: ref('Project', f.project, 'filter.project'),
  });
}

export interface CompanyFilterInput extends EntityFilterInput {
  sig?: Maybe<string>;
  role?: Maybe<string>;
  sigKind?: Maybe<string[]>;
  project?: Maybe<string>;
}

export function companyFilter(f: Maybe<CompanyFilterInput>): CompanyListFilter {
  if (!f) return { sources: {} };
  return defined<CompanyListFilter>(entityCommon('Company', f), {
    sig: ref('Sig', f.sig, 'filter.sig'),
    role: roleArg(f.role, 'filter.role'),
    sigKinds: kindsArg(f.sigKind),
    project: ref('Project', f.project, 'filter.project'),
  });
}

export interface SigFilterInput extends EntityFilterInput {
  kind?: Maybe<string[]>;
  company?: Maybe<string>;
  person?: Maybe<string>;
  role?: Maybe<string>;
  project?: Maybe<string>;
}

export function sigFilter(f: Maybe<SigFilterInput>): SigListFilter {
  if (!f) return { sources: {} };
  return defined<SigListFilter>(entityCommon('Sig', f), {
    kinds: kindsArg(f.kind),
    company: ref('Company', f.company, 'filter.company'),
    person: ref('Person', f.person, 'filter.person'),
    role: roleArg(f.role, 'filter.role'),
    project: ref('Project', f.project, 'filter.project'),
  });
}

export interface ProjectFilterInput extends EntityFilterInput {
  sig?: Maybe<string>;
  company?: Maybe<string>;
  person?: Maybe<string>;
}

export function projectFilter(f: Maybe<ProjectFilterInput>): ProjectListFilter {
  if (!f) return { sources: {} };
  return defined<ProjectListFilter>(entityCommon('Project', f), {
    sig: ref('Sig', f.sig, 'filter.sig'),
    company: ref('Company', f.company, 'filter.company'),
    person: ref('Person', f.person, 'filter.person'),
  });
}

export interface ArticleFilterInput {
  title?: Maybe<string>;
  language?: Maybe<string>;
  date?: Maybe<DateRangeInput>;
  sig?: Maybe<string>;
  person?: Maybe<string>;
}

export function articleFilter(f: Maybe<ArticleFilterInput>): ArticleListFilter {
  if (!f) return {};
  return defined<ArticleListFilter>(dateRange(f.date, 'filter.date'), {
    title: textArg(f.title, 'filter.title'),
    language: f.language ?? undefined,
    sig: ref('Sig', f.sig, 'filter.sig'),
    person: ref('Person', f.person, 'filter.person'),
  });
}

export interface EvidenceArgs {
  sourceKind?: Maybe<SourceKindValue>;
  minConfidence?: Maybe<number>;
  first?: Maybe<number>;
}

/** `evidence(…)` arguments of a relationship as the evidence query takes them. */
export function evidenceFilter(args: EvidenceArgs, limits: ApiLimits): EvidenceFilter {
  const filter: EvidenceFilter = { limit: pageSize(args.first ?? 10, limits) };
  if (args.sourceKind) filter.sourceKind = args.sourceKind;
  const minConfidence = confidenceArg(args.minConfidence);
  if (minConfidence !== undefined) filter.minConfidence = minConfidence;
  return filter;
}
