import { readFile } from 'node:fs/promises';
import { PREDICATES, PREDICATE_TYPES, type EntityType, type Predicate } from '../extraction/types.ts';
import type { GoldArticle, GoldTriple, ScoredEntity } from './types.ts';

const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Company', 'Sig', 'Project', 'Article'];

/** A gold file that does not follow the spec; the message names the file and line. */
export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** Reads a gold JSON Lines file (../shared/spec/extraction.md, "Gold format and scoring"). */
export async function loadGold(path: string): Promise<GoldArticle[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GoldFormatError(`${path}: cannot read gold file: ${reason}`);
  }
  return parseGold(text, path);
}

export function parseGold(text: string, source: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new GoldFormatError(`${where}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const article = readArticle(value, where);
    if (seen.has(article.article)) throw new GoldFormatError(`${where}: article ${article.article} appears twice`);
    seen.add(article.article);
    articles.push(article);
  });
  return articles;
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: Fields, key: string, where: string): string {
  const v = value[key];
  if (typeof v !== 'string' || v === '') throw new GoldFormatError(`${where}: "${key}" must be a non-empty string`);
  return v;
}

function list(value: Fields, key: string, where: string): unknown[] {
  const v = value[key] ?? [];
  if (!Array.isArray(v)) throw new GoldFormatError(`${where}: "${key}" must be an array`);
  return v;
}

function entityType(value: unknown, where: string): EntityType {
  const found = ENTITY_TYPES.find((t) => t === value);
  if (found === undefined) throw new GoldFormatError(`${where}: unknown entity type ${JSON.stringify(value)}`);
  return found;
}

function readArticle(value: unknown, where: string): GoldArticle {
  if (!isFields(value)) throw new GoldFormatError(`${where}: expected a JSON object`);
  return {
    article: field(value, 'article', where).replace(/^\.\//, ''),
    lang: field(value, 'lang', where),
    entities: list(value, 'entities', where).map((e, i) => readEntity(e, `${where}: entities[${i}]`)),
    triples: list(value, 'triples', where).map((t, i) => readTriple(t, `${where}: triples[${i}]`)),
  };
}

function readEntity(value: unknown, where: string): ScoredEntity {
  if (!isFields(value)) throw new GoldFormatError(`${where}: expected an object`);
  const aliases = list(value, 'aliases', where);
  if (!aliases.every((a) => typeof a === 'string')) throw new GoldFormatError(`${where}: aliases must be strings`);
  const github = value['github'];
  if (github !== undefined && github !== null && typeof github !== 'string') {
    throw new GoldFormatError(`${where}: "github" must be a string`);
  }
  return {
    type: entityType(value['type'], where),
    name: field(value, 'name', where),
    aliases: aliases as string[],
    ...(typeof github === 'string' && github !== '' ? { github } : {}),
  };
}

function readTriple(value: unknown, where: string): GoldTriple {
  if (!isFields(value)) throw new GoldFormatError(`${where}: expected an object`);
  const p = PREDICATES.find((x) => x === value['p']);
  if (p === undefined) throw new GoldFormatError(`${where}: unknown predicate ${JSON.stringify(value['p'])}`);
  const [sType, oType] = types(value, p, where);
  const role = value['role'];
  const evidence = value['evidence'];
  return {
    s: field(value, 's', where),
    sType,
    p,
    o: field(value, 'o', where),
    oType,
    ...(typeof role === 'string' ? { role } : {}),
    ...(typeof evidence === 'string' ? { evidence } : {}),
    ...(value['optional'] === true ? { optional: true } : {}),
  };
}

/** Types as written, or the predicate's own when a hand-written gold line leaves them out. */
function types(value: Fields, p: Predicate, where: string): [EntityType, EntityType] {
  const [s, o] = PREDICATE_TYPES[p];
  return [
    value['sType'] === undefined ? s : entityType(value['sType'], where),
    value['oType'] === undefined ? o : entityType(value['oType'], where),
  ];
}
