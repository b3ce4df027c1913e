/**
 * Parameter allocation for the Cypher builders. Builders splice only code-owned fragments into
 * Cypher text; every value that comes from a request goes through `add` and travels as a
 * parameter, which is what keeps injection out.
 */
import { int } from 'neo4j-driver';

export class Params {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  /** Stores `value` under a fresh name and returns the `$name` to write in Cypher. */
  add(value: unknown, hint = 'p'): string {
    const name = `${hint}${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** An integer parameter (JavaScript numbers travel as floats, which LIMIT refuses). */
  int(value: number, hint = 'n'): string {
    return this.add(int(value), hint);
  }
}
