/**
 * `--var name=value` pairs as GraphQL variables, typed by the operation's own declarations: a
 * `String` or `ID` variable takes the text as it is (so `--var name=123` stays a string), any
 * other type takes JSON (`--var first=5`, `--var kinds='["SIG","WG"]'`), and an enum or custom
 * scalar also takes bare text (`--var kind=WG`, `--var from=2024-01-01`).
 */
import { Kind, parse, type TypeNode } from 'graphql';

const TEXT_TYPES = new Set(['String', 'ID']);
const JSON_ONLY_TYPES = new Set(['Int', 'Float', 'Boolean']);

export function parseVariables(query: string, pairs: readonly string[]): Record<string, unknown> {
  const declared = declaredVariables(query);
  const variables: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--var "${pair}": expected NAME=VALUE, e.g. --var project=etcd`);
    const name = pair.slice(0, eq).replace(/^\$/, '');
    const text = pair.slice(eq + 1);
    if (declared === undefined) {
      // The document does not parse; the API will say why, so the values can stay text.
      variables[name] = text;
      continue;
    }
    const type = declared.get(name);
    if (type === undefined) {
      const names = [...declared.keys()].map((n) => `$${n}`).join(', ');
      throw new Error(`--var ${name}: the query declares no variable $${name} (${names ? `it declares ${names}` : 'it declares none'})`);
    }
    variables[name] = coerce(name, text, type);
  }
  return variables;
}

function declaredVariables(query: string): Map<string, TypeNode> | undefined {
  let document;
  try {
    document = parse(query);
  } catch {
    return undefined;
  }
  const declared = new Map<string, TypeNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) declared.set(v.variable.name.value, v.type);
  }
  return declared;
}

function coerce(name: string, text: string, type: TypeNode): unknown {
  const inner = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (inner.kind === Kind.NAMED_TYPE && TEXT_TYPES.has(inner.name.value)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (inner.kind === Kind.NAMED_TYPE && !JSON_ONLY_TYPES.has(inner.name.value)) return text;
    const example = inner.kind === Kind.LIST_TYPE ? `'["a","b"]'` : inner.name.value === 'Boolean' ? 'true' : '5';
    throw new Error(`--var ${name}: "${text}" is not a JSON value for $${name} (${typeText(type)}), e.g. --var ${name}=${example}`);
  }
}

function typeText(type: TypeNode): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${typeText(type.type)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${typeText(type.type)}]`;
  return type.name.value;
}
