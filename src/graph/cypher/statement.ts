/** A Cypher statement and its parameters: what every builder in this folder returns. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Builders put labels and types into Cypher text; this guards that only known names get there. */
export function assertName(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name)) throw new Error(`not a graph-model name: ${JSON.stringify(name)}`);
  return name;
}

/** Strips the indentation of template literals so snapshots and query logs stay readable. */
export function cypher(strings: TemplateStringsArray, ...names: string[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (names[i] ?? ''), '');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
