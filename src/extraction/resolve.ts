/**
 * Entity resolution: every draft gets its canonical name (resolve-entities.ts), triples that say
 * the same thing become one (highest confidence, every evidence kept, the best as `evidence`),
 * and triples that cannot be right are dropped: wrong subject/object types, self-loops, people
 * who are no plausible full name.
 */
import type { ParsedArticle } from '../article/types.ts';
import { EntityResolver, type Canonical } from './resolve-entities.ts';
import { ARTICLE_REF, PREDICATE_TYPES, type Entity, type EntityDraft, type EntityType, type EvidenceOut, type Triple, type TripleDraft } from './types.ts';

export interface ExtractorOutput {
  entities: EntityDraft[];
  triples: Array<TripleDraft & { extractor: string }>;
}

export interface Resolved {
  entities: Entity[];
  triples: Triple[];
}

/** More specific roles win over generic ones when evidence is equally confident. */
const ROLE_RANK: Record<string, number> = {
  chair: 5, 'co-chair': 5, 'tech-lead': 5, creator: 5, approver: 4, maintainer: 4, reviewer: 3, lead: 3, member: 2, contributor: 1,
};

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s·・.\-_]+/gu, ' ').trim();

interface EntityAcc {
  entity: Entity;
  aliases: Set<string>;
}

interface TripleAcc {
  triple: Triple;
  best: number;
  roleScore: number;
}

/** Speaker labels ("M", "DM", "FSM") name a person only inside their article: no alias for the graph. */
function usefulAlias(type: EntityType, alias: string): boolean {
  const a = alias.trim();
  if (a.length === 0) return false;
  return type !== 'Person' || (a.length >= 2 && !/^[A-Z]{1,4}$/u.test(a));
}

function entityKey(c: Canonical): string {
  return `${c.type}|${fold(c.name)}`;
}

export function resolve(article: ParsedArticle, output: ExtractorOutput): Resolved {
  const resolver = new EntityResolver(article);
  const entities = new Map<string, EntityAcc>();

  const byGithub = new Map<string, EntityAcc>();
  const all: EntityAcc[] = [];
  const register = (c: Canonical): EntityAcc => {
    const key = entityKey(c);
    let acc = entities.get(key) ?? (c.github ? byGithub.get(c.github) : undefined);
    if (!acc) {
      acc = { entity: { type: c.type, name: c.name, aliases: [], ...(c.kind ? { kind: c.kind } : {}) }, aliases: new Set() };
      all.push(acc);
    }
    entities.set(key, acc);
    if (c.github && !acc.entity.github) {
      acc.entity.github = c.github;
      byGithub.set(c.github, acc);
    }
    if (c.kind && !acc.entity.kind) acc.entity.kind = c.kind;
    for (const a of [c.name, ...c.aliases]) if (usefulAlias(c.type, a) && fold(a) !== fold(acc.entity.name)) acc.aliases.add(a.trim());
    return acc;
  };

  for (const draft of output.entities) {
    const c = resolver.canonical(draft);
    if (c && c.type !== 'Article') register(c);
  }

  const endpoint = (ref: EntityDraft | typeof ARTICLE_REF, at: number): Canonical | undefined =>
    ref === ARTICLE_REF ? { type: 'Article', name: ARTICLE_REF, aliases: [] } : resolver.canonical(ref, at);

  const triples = new Map<string, TripleAcc>();
  for (const t of output.triples) {
    const at = t.evidence.span.start;
    const s = endpoint(t.s, at);
    const o = endpoint(t.o, at);
    if (!s || !o) continue;
    const [sType, oType] = PREDICATE_TYPES[t.p];
    if (s.type !== sType || o.type !== oType) continue;
    if (s.type === o.type && fold(s.name) === fold(o.name)) continue;
    const sName = s.type === 'Article' ? s.name : register(s).entity.name;
    const oName = o.type === 'Article' ? o.name : register(o).entity.name;
    const symmetric = t.p === 'COLLABORATES_WITH';
    const ends = [`${s.type}|${fold(sName)}`, `${o.type}|${fold(oName)}`];
    if (symmetric) ends.sort();
    const key = `${t.p}|${ends.join('|')}`;
    addTriple(triples, key, t, sName, s.type, oName, o.type);
  }

  // The spec's CONTRIBUTES_TO is work on a project "without a stated maintainer role": where the
  // article states one (MAINTAINS), the contribution is that role, not a second fact.
  const maintained = new Set([...triples.values()].filter((a) => a.triple.p === 'MAINTAINS').map((a) => `${fold(a.triple.s)}|${fold(a.triple.o)}`));
  const kept = [...triples.values()].filter((a) => a.triple.p !== 'CONTRIBUTES_TO' || !maintained.has(`${fold(a.triple.s)}|${fold(a.triple.o)}`));
  return {
    entities: all.map(({ entity, aliases }) => ({ ...entity, aliases: [...aliases] })),
    triples: kept.map((a) => a.triple),
  };
}

function addTriple(
  triples: Map<string, TripleAcc>,
  key: string,
  t: TripleDraft & { extractor: string },
  s: string,
  sType: EntityType,
  o: string,
  oType: EntityType,
): void {
  const confidence = Math.max(0, Math.min(1, t.confidence));
  const ev: EvidenceOut = {
    quote: t.evidence.quote,
    start: t.evidence.span.start,
    end: t.evidence.span.end,
    channel: t.evidence.channel,
    extractor: t.extractor,
    confidence,
  };
  // Body evidence beats the comment copy at equal confidence: it is what the reader sees.
  const score = confidence + (t.evidence.channel === 'body' ? 0.001 : 0);
  // The most confident role wins; among equally confident ones, the most specific.
  const roleScore = t.role === undefined ? -1 : Math.round(confidence * 20) * 10 + (ROLE_RANK[t.role] ?? 0);
  const acc = triples.get(key);
  if (!acc) {
    triples.set(key, {
      triple: {
        s, sType, p: t.p, o, oType, confidence, evidence: ev.quote, evidences: [ev],
        ...(t.role === undefined ? {} : { role: t.role }),
        ...(t.since === undefined ? {} : { since: t.since }),
        ...(t.until === undefined ? {} : { until: t.until }),
      },
      best: score,
      roleScore,
    });
    return;
  }
  const tr = acc.triple;
  if (!tr.evidences.some((e) => e.start === ev.start && e.end === ev.end && e.extractor === ev.extractor)) tr.evidences.push(ev);
  if (score > acc.best) {
    acc.best = score;
    tr.evidence = ev.quote;
    tr.confidence = Math.max(tr.confidence, confidence);
  }
  if (roleScore > acc.roleScore && t.role !== undefined) {
    acc.roleScore = roleScore;
    tr.role = t.role;
  }
  if (t.since !== undefined && (tr.since === undefined || t.since < tr.since)) tr.since = t.since;
  if (t.until !== undefined && (tr.until === undefined || t.until > tr.until)) tr.until = t.until;
}
