/** Per-entity counts that are fields of their own (`Company.sigLeaderCount`), batched by id. */
import { LIST_ORDERS } from './entity-list.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

export function sigLeaderCountQuery(companyIds: readonly string[]): CypherQuery {
  const params = new Params();
  const cypher = [
    `UNWIND ${params.add(companyIds, 'ids')} AS id`,
    'MATCH (n:Company {id: id})',
    `RETURN id AS key, ${LIST_ORDERS.Company.SIG_LEADERS} AS total`,
  ].join('\n');
  return { name: 'Company.sigLeaderCount', cypher, params: params.values };
}
