/**
 * Parsed and spec-validated documents, remembered per query text. Clients (dashboards, scripts)
 * send the same few documents over and over with different variables; parsing and running the
 * ~25 specified validation rules on each took about a tenth of the server's CPU. Documents are
 * immutable once parsed, so sharing them between requests is safe (GraphQL Yoga and Envelop
 * cache the same way). The limits' own rules (depth, cost) depend on the variables and still run
 * on every request. Bounded: the oldest entries go first.
 */
import { specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type Source, type ValidationRule } from 'graphql';

/** Query texts longer than this are not kept (one-off generated documents). */
const MAX_CACHED_CHARS = 16 * 1024;

class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}

export interface DocumentCache {
  parse(source: string | Source): DocumentNode;
  validate(schema: GraphQLSchema, document: DocumentNode, rules?: readonly ValidationRule[]): readonly GraphQLError[];
}

export function documentCache(parse: (source: string | Source) => DocumentNode, capacity = 1000): DocumentCache {
  const documents = new Lru<string, DocumentNode>(capacity);
  // Keyed by the document object, which the parse cache hands out again for the same text.
  const specErrors = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const specified = new Set<ValidationRule>(specifiedRules);
  return {
    parse(source) {
      const text = typeof source === 'string' ? source : source.body;
      if (text.length > MAX_CACHED_CHARS) return parse(source);
      const known = documents.get(text);
      if (known) return known;
      const document = parse(source);
      documents.set(text, document);
      return document;
    },
    validate(schema, document, rules = specifiedRules) {
      const own = rules.filter((r) => !specified.has(r));
      let errors = specErrors.get(document);
      if (errors === undefined) {
        errors = validate(schema, document, rules.filter((r) => specified.has(r)));
        specErrors.set(document, errors);
      }
      return errors.length > 0 || own.length === 0 ? errors : validate(schema, document, own);
    },
  };
}
