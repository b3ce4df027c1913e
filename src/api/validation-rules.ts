/**
 * Limits checked before anything runs: token count (at parse), depth and estimated cost (as
 * validation rules). Each rejection is a GraphQL error with a stable code.
 */
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  isListType,
  isLeafType,
  parse,
  type DocumentNode,
  type GraphQLError,
  type Source,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { apiError, ERROR_CODES } from './errors.ts';
import type { ApiLimits } from './limits.ts';

/** graphql's parse with a token budget, so a huge document is refused before it is parsed. */
export function limitedParse(limits: ApiLimits): (source: string | Source) => DocumentNode {
  return (source) => {
    try {
      return parse(source, { maxTokens: limits.maxTokens });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // graphql-js words it "more that N tokens" (sic) in 16.x.
      if (/more th(?:an|at) \d+ tokens/.test(message)) {
        throw apiError(ERROR_CODES.TOKEN_LIMIT_EXCEEDED, `The document has more than ${limits.maxTokens} tokens`, { limit: limits.maxTokens });
      }
      throw error;
    }
  };
}

/** Lists whose length no argument bounds: sigNetwork's nodes and edges, lookups, sources. */
const UNBOUNDED_LIST = 10;

/**
 * The cost model: a leaf costs 0, an object 1, and the cost of whatever is inside a page is
 * multiplied by the page size asked for (`first`/`last`, else the default page size).
 */
export function costEstimator(limits: ApiLimits): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    const type = getNullableType(field.type);
    const named = getNamedType(field.type);
    if (isLeafType(named)) return 0;
    // A connection's `edges` and `nodes` hold the page the connection field already counted.
    if (parent.name.endsWith('Connection')) return 1 + childComplexity;
    // Sizes over the maximum are refused at execution with PAGE_SIZE_EXCEEDED, a clearer error.
    const asked = [args['first'], args['last']].find((v): v is number => typeof v === 'number');
    const requested = asked === undefined ? undefined : Math.min(Math.max(asked, 0), limits.maxPageSize);
    if (named.name.endsWith('Connection')) return 1 + (requested ?? limits.defaultPageSize) * Math.max(childComplexity, 1);
    if (isListType(type)) {
      const ids = Array.isArray(args['ids']) ? args['ids'].length : undefined;
      return 1 + (requested ?? ids ?? UNBOUNDED_LIST) * Math.max(childComplexity, 1);
    }
    return 1 + childComplexity;
  };
}

export function validationRules(
  limits: ApiLimits,
  request: { variables?: Record<string, unknown> | null | undefined; operationName?: string | null | undefined },
): ValidationRule[] {
  const depth = maxDepthRule({
    n: limits.maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(
          apiError(ERROR_CODES.DEPTH_LIMIT_EXCEEDED, `The query is nested ${found ?? 'too'} levels deep; the limit is ${limits.maxDepth}`, {
            limit: limits.maxDepth,
          }),
        );
      },
    ],
  });
  const complexity: ValidationRule = (context) => ({
    Document: {
      leave(document) {
        let cost: number;
        try {
          cost = getComplexity({
            schema: context.getSchema(),
            query: document,
            estimators: [costEstimator(limits)],
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            maxQueryNodes: limits.maxTokens,
          });
        } catch {
          // Bad variables or operation names are reported by the standard rules and execution.
          return;
        }
        if (cost > limits.maxComplexity) {
          context.reportError(
            apiError(ERROR_CODES.COMPLEXITY_LIMIT_EXCEEDED, `The query's estimated cost is ${cost}; the limit is ${limits.maxComplexity}. Ask for smaller pages or fewer nested lists`, {
              cost,
              limit: limits.maxComplexity,
            }),
          );
        }
      },
    },
  });
  return [depth, complexity];
}
