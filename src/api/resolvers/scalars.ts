/** Custom scalars and the mapping of GraphQL enum values to the values stored in the graph. */
import { GraphQLScalarType, Kind } from 'graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Parse failures are plain errors: graphql-js turns them into validation errors (no path),
// which the error formatter reports as GRAPHQL_VALIDATION_FAILED.

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new TypeError(`Date must be a calendar date YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`.',
  // Stored dates may carry a time ("2024-05-03T09:00:00+09:00"): their date part is the date.
  serialize: (value) => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone.',
  serialize: (value) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : null),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new TypeError('DateTime must be ISO 8601');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw new TypeError('DateTime must be ISO 8601');
    return ast.value;
  },
});

export const enumResolvers = {
  SigKind: { SIG: 'sig', WG: 'wg', COMMITTEE: 'committee', USERGROUP: 'usergroup', OTHER: 'other' },
  Language: { EN: 'en', JA: 'ja', ZH: 'zh' },
  SourceKind: { ARTICLE: 'article', REGISTRY: 'registry' },
  EntityType: { PERSON: 'Person', COMPANY: 'Company', SIG: 'Sig', PROJECT: 'Project', ARTICLE: 'Article' },
};

const SIG_KINDS = new Set(Object.values(enumResolvers.SigKind));
const LANGUAGES = new Set(Object.values(enumResolvers.Language));

/** A stored group kind the enum knows, `other` for anything else. */
export function sigKind(value: unknown): string {
  return typeof value === 'string' && SIG_KINDS.has(value) ? value : 'other';
}

/** A stored language the enum knows, null for anything else. */
export function language(value: unknown): string | null {
  return typeof value === 'string' && LANGUAGES.has(value) ? value : null;
}
