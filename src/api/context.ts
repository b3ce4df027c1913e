/** What every resolver gets: the request's id, the limits, its loaders and its read function. */
import type { CypherReader } from './cypher-reader.ts';
import type { ApiLimits } from './limits.ts';
import { Loaders, type Read } from './loaders.ts';

export type ApiContext = {
  requestId: string;
  limits: ApiLimits;
  loaders: Loaders;
  /** Runs one query (one round trip); resolvers that need no batching call it directly. */
  read: Read;
  /** Round trips so far (for logs, metrics and the round-trip test). */
  stats: { roundTrips: number };
};

export function createContext(reader: CypherReader, limits: ApiLimits, requestId: string): ApiContext {
  const stats = { roundTrips: 0 };
  const read: Read = (query) => {
    stats.roundTrips += 1;
    return reader.read(query, requestId);
  };
  return { requestId, limits, loaders: new Loaders(read), read, stats };
}
