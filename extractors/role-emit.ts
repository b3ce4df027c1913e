import type { ParsedArticle } from '../src/article/types.ts';
import type { Emit, Predicate } from '../src/extraction/types.ts';
import { roleFacts } from './role-links.ts';

/** Emits the role facts of the given predicates, one triple per (person, predicate, object, sentence). */
export function emitRoleFacts(article: ParsedArticle, emit: Emit, predicates: Predicate[]): void {
  const seen = new Set<string>();
  for (const fact of roleFacts(article)) {
    if (!predicates.includes(fact.p)) continue;
    const key = `${fact.person}|${fact.p}|${fact.object.name}|${fact.sentence.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { object } = fact;
    emit.triple({
      s: { type: 'Person', name: fact.person },
      p: fact.p,
      o: {
        type: object.type,
        name: object.name,
        ...(object.kind ? { kind: object.kind } : {}),
        ...(object.aliases.length > 0 ? { aliases: object.aliases } : {}),
      },
      ...(fact.role ? { role: fact.role } : {}),
      confidence: fact.confidence,
      evidence: { quote: fact.sentence.text, span: fact.sentence.span, channel: fact.sentence.channel },
    });
  }
}
