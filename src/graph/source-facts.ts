/**
 * What the loader writes for one source (an article or the registry): the loader's only input.
 * `fromExtraction` turns an `ArticleExtraction` into it, `registry.ts` a sigs.yaml file; both
 * validate here so bad input fails with a message naming the source and the reason.
 */
import { ARTICLE_REF, type ArticleExtraction, type EvidenceOut, type SigKind } from '../extraction/types.ts';
import { isEntityLabel, isPredicate, PREDICATE_TYPES, sourceId, type EntityLabel, type Predicate, type SourceKind } from './model.ts';

export interface SourceEntity {
  label: EntityLabel;
  name: string;
  github?: string;
  aliases: string[];
  kind?: SigKind;
}

/** A triple endpoint: an entity of this source (by index into `entities`), or the source itself. */
export type EndpointRef = { entity: number } | 'source';

/** Evidence as extraction writes it: the same shape is stored per source. */
export type SourceEvidence = EvidenceOut;

export interface SourceTriple {
  s: EndpointRef;
  p: Predicate;
  o: EndpointRef;
  role?: string;
  evidences: SourceEvidence[];
  since?: string;
  until?: string;
}

export interface SourceFacts {
  id: string;
  kind: SourceKind;
  path: string;
  hash: string;
  /** Source node properties besides id/path/hash/kind (title, date, lang, url, …). */
  props: Record<string, string | boolean | number>;
  entities: SourceEntity[];
  triples: SourceTriple[];
}

export class SourceError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'SourceError';
  }
}

function isString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function checkEvidence(path: string, where: string, e: unknown): SourceEvidence {
  const ev = e as Partial<SourceEvidence> | null;
  if (!ev || typeof ev.quote !== 'string') throw new SourceError(path, `${where}: evidence without a quote`);
  if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end) || (ev.start as number) < 0 || (ev.end as number) < (ev.start as number))
    throw new SourceError(path, `${where}: evidence offsets ${String(ev.start)}–${String(ev.end)} are not a valid span`);
  if (typeof ev.confidence !== 'number' || !(ev.confidence >= 0 && ev.confidence <= 1))
    throw new SourceError(path, `${where}: confidence ${String(ev.confidence)} is not in [0, 1]`);
  return {
    quote: ev.quote,
    start: ev.start as number,
    end: ev.end as number,
    channel: ev.channel === 'comment' ? 'comment' : 'body',
    extractor: isString(ev.extractor) ? ev.extractor : 'unknown',
    confidence: ev.confidence,
  };
}

/**
 * Validates an extraction and turns canonical names into entity references. Entities that a
 * triple names but the entity list lacks are added from the triple, so a terse extractor still loads.
 */
export function fromExtraction(x: ArticleExtraction, hash = x.hash): SourceFacts {
  const path = x.article;
  if (!isString(path)) throw new SourceError(String(path), 'extraction has no article path');
  if (!Array.isArray(x.entities) || !Array.isArray(x.triples)) throw new SourceError(path, 'extraction lacks entities or triples');
  const entities: SourceEntity[] = [];
  const byName = new Map<string, number>();
  const add = (label: EntityLabel, name: string, extra: Partial<SourceEntity> = {}): number => {
    const k = `${label}\u0000${name}`;
    const known = byName.get(k);
    if (known !== undefined) return known;
    const entity: SourceEntity = { label, name: name.trim(), aliases: [] };
    if (extra.github) entity.github = extra.github.replace(/^@/, '').toLowerCase();
    if (extra.aliases) entity.aliases = [...new Set(extra.aliases.filter(isString).map((a) => a.trim()))].filter((a) => a !== entity.name);
    if (extra.kind) entity.kind = extra.kind;
    entities.push(entity);
    byName.set(k, entities.length - 1);
    return entities.length - 1;
  };
  x.entities.forEach((e, i) => {
    if (e.type === 'Article') return; // other articles are not loaded as entities
    if (!isEntityLabel(e.type)) throw new SourceError(path, `entity ${i} has unknown type ${JSON.stringify(e.type)}`);
    if (!isString(e.name)) throw new SourceError(path, `entity ${i} (${e.type}) has no name`);
    add(e.type, e.name, { ...(e.github ? { github: e.github } : {}), aliases: e.aliases ?? [], ...(e.kind ? { kind: e.kind } : {}) });
  });
  const triples: SourceTriple[] = [];
  x.triples.forEach((t, i) => {
    const where = `triple ${i} (${String(t.s)} ${String(t.p)} ${String(t.o)})`;
    if (!isPredicate(t.p)) throw new SourceError(path, `${where}: unknown predicate ${JSON.stringify(t.p)}`);
    const [sType, oType] = PREDICATE_TYPES[t.p];
    if (t.sType !== sType || t.oType !== oType)
      throw new SourceError(path, `${where}: ${t.p} joins ${sType} → ${oType}, not ${String(t.sType)} → ${String(t.oType)}`);
    const ref = (name: string, type: typeof sType): EndpointRef => {
      if (type === 'Article') {
        if (name !== ARTICLE_REF) throw new SourceError(path, `${where}: an Article endpoint must be ${ARTICLE_REF}`);
        return 'source';
      }
      if (!isString(name)) throw new SourceError(path, `${where}: empty ${type} name`);
      return { entity: add(type as EntityLabel, name) };
    };
    const evidences = (Array.isArray(t.evidences) ? t.evidences : []).map((e) => checkEvidence(path, where, e));
    if (evidences.length === 0) throw new SourceError(path, `${where}: no evidence`);
    triples.push({
      s: ref(t.s, sType),
      p: t.p,
      o: ref(t.o, oType),
      ...(isString(t.role) ? { role: t.role } : {}),
      evidences,
      ...(isString(t.since) ? { since: t.since } : {}),
      ...(isString(t.until) ? { until: t.until } : {}),
    });
  });
  const props: Record<string, string | boolean | number> = { lang: x.lang };
  for (const [k, v] of Object.entries(x.meta ?? {})) if (typeof v === 'string' || typeof v === 'boolean') props[k] = v;
  return { id: sourceId('article', path), kind: 'article', path, hash, props, entities, triples };
}
