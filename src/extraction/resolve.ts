import type { ParsedArticle } from '../article/types.ts';
import type { Entity, EntityDraft, Triple, TripleDraft } from './types.ts';

export interface ExtractorOutput {
  entities: EntityDraft[];
  triples: Array<TripleDraft & { extractor: string }>;
}

export interface Resolved {
  entities: Entity[];
  triples: Triple[];
}

/** Placeholder until entity resolution lands: names are taken as written. */
export function resolve(_article: ParsedArticle, output: ExtractorOutput): Resolved {
  const entities = new Map<string, Entity>();
  const add = (d: EntityDraft): void => {
    const key = `${d.type}|${d.name}`;
    if (!entities.has(key)) entities.set(key, { type: d.type, name: d.name, aliases: d.aliases ?? [] });
  };
  output.entities.forEach(add);
  const triples: Triple[] = output.triples.map((t) => {
    const s = t.s === '@article' ? '@article' : t.s.name;
    const o = t.o === '@article' ? '@article' : t.o.name;
    if (t.s !== '@article') add(t.s);
    if (t.o !== '@article') add(t.o);
    return {
      s,
      sType: t.s === '@article' ? 'Article' : t.s.type,
      p: t.p,
      o,
      oType: t.o === '@article' ? 'Article' : t.o.type,
      confidence: t.confidence,
      evidence: t.evidence.quote,
      evidences: [{ quote: t.evidence.quote, start: t.evidence.span.start, end: t.evidence.span.end, channel: t.evidence.channel, extractor: t.extractor, confidence: t.confidence }],
      ...(t.role === undefined ? {} : { role: t.role }),
    };
  });
  return { entities: [...entities.values()], triples };
}
