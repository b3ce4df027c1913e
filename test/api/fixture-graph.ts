/**
 * A small, fully known community graph for the API tests, written through the loader's public
 * functions (fromExtraction, registryFacts, GraphLoader.write) exactly as ingestion writes it.
 *
 * Three articles (en, ja, zh), a registry file, and a "roster" article that adds 60 members to
 * SIG Alpha (for pagination and round-trip counts).
 */
import { GraphLoader } from '../../src/graph/loader.ts';
import { registryFacts } from '../../src/graph/registry.ts';
import { fromExtraction } from '../../src/graph/source-facts.ts';
import { ARTICLE_REF, PREDICATE_TYPES, type ArticleExtraction, type Entity, type Predicate, type Triple } from '../../src/extraction/types.ts';
import type { Database } from '../../src/graph/connect.ts';

const ENTITIES: Record<string, Omit<Entity, 'name' | 'aliases'> & { aliases?: string[] }> = {
  'Ann Author': { type: 'Person', github: 'annauthor' },
  'Bob Lead': { type: 'Person', github: 'boblead', aliases: ['ボブ・リード'] },
  'Carol Chair': { type: 'Person', github: 'carolc' },
  'Dave Reviewer': { type: 'Person' },
  'Eve Maintainer': { type: 'Person', github: 'evem', aliases: ['伊芙'] },
  'Frank Creator': { type: 'Person' },
  'Tomo Translator': { type: 'Person' },
  Acme: { type: 'Company', aliases: ['アクメ'] },
  Globex: { type: 'Company' },
  MegaCorp: { type: 'Company' },
  'SIG Alpha': { type: 'Sig', kind: 'sig', aliases: ['sig-alpha'] },
  'SIG Beta': { type: 'Sig', kind: 'sig' },
  'WG Gamma': { type: 'Sig', kind: 'wg' },
  ProjX: { type: 'Project', aliases: ['Project X'] },
  ProjY: { type: 'Project' },
};

type Fact = [s: string, p: Predicate, o: string, role?: string | undefined, confidence?: number, quote?: string];

function extraction(path: string, lang: 'en' | 'ja' | 'zh', meta: ArticleExtraction['meta'], facts: Fact[]): ArticleExtraction {
  const names = new Set<string>();
  const triples: Triple[] = facts.map(([s, p, o, role, confidence = 0.9, quote], i) => {
    const [sType, oType] = PREDICATE_TYPES[p];
    if (s !== ARTICLE_REF) names.add(s);
    if (o !== ARTICLE_REF) names.add(o);
    const text = quote ?? `${s} ${p} ${o}${role ? ` as ${role}` : ''}.`;
    const t: Triple = {
      s,
      sType,
      p,
      o,
      oType,
      confidence,
      evidence: text,
      evidences: [{ quote: text, start: i * 100, end: i * 100 + text.length, channel: 'body', extractor: 'fixture', confidence }],
    };
    if (role) t.role = role;
    return t;
  });
  const entities: Entity[] = [...names].map((name) => {
    const def = ENTITIES[name] ?? { type: 'Person' as const };
    const e: Entity = { type: def.type, name, aliases: def.aliases ?? [] };
    if (def.github) e.github = def.github;
    if (def.kind) e.kind = def.kind;
    return e;
  });
  return { article: path, lang, meta, hash: `hash-${path}`, entities, triples, diagnostics: [] };
}

const A = ARTICLE_REF;

export const ARTICLES: ArticleExtraction[] = [
  extraction('fixtures/alpha-spotlight.en.md', 'en', { title: 'Spotlight on SIG Alpha', date: '2024-01-10', url: 'https://example.org/alpha/' }, [
    ['Ann Author', 'AUTHORED', A],
    ['Bob Lead', 'INTERVIEWED', A],
    ['Carol Chair', 'INTERVIEWED', A],
    [A, 'ABOUT', 'SIG Alpha'],
    ['Bob Lead', 'LEADS', 'SIG Alpha', 'tech-lead', 0.95, 'I am a tech lead of SIG Alpha.'],
    ['Carol Chair', 'LEADS', 'SIG Alpha', 'chair', 0.9],
    ['Bob Lead', 'WORKS_AT', 'Acme', undefined, 0.8],
    ['Carol Chair', 'WORKS_AT', 'Globex', undefined, 0.85],
    ['Dave Reviewer', 'MEMBER_OF', 'SIG Alpha', 'reviewer', 0.7],
    ['Bob Lead', 'MAINTAINS', 'ProjX', 'maintainer', 0.9, 'Bob is one of the maintainers of ProjX.'],
    ['Dave Reviewer', 'CONTRIBUTES_TO', 'ProjX', undefined, 0.6],
    ['SIG Alpha', 'OWNS', 'ProjX', undefined, 0.8],
    ['SIG Alpha', 'COLLABORATES_WITH', 'SIG Beta', undefined, 0.75, 'SIG Alpha works closely with SIG Beta.'],
    ['SIG Alpha', 'SPONSORS', 'WG Gamma', undefined, 0.8],
    ['Acme', 'DEVELOPS', 'ProjY', undefined, 0.7],
    ['Acme', 'PART_OF', 'MegaCorp', undefined, 0.65],
  ]),
  extraction('fixtures/beta-spotlight.ja.md', 'ja', { title: 'SIG Betaの紹介', date: '2024-06-01' }, [
    ['Tomo Translator', 'TRANSLATED', A],
    ['Eve Maintainer', 'INTERVIEWED', A],
    [A, 'ABOUT', 'SIG Beta'],
    ['Eve Maintainer', 'LEADS', 'SIG Beta', 'chair', 0.9, '伊芙はSIG Betaのチェアです。'],
    ['Eve Maintainer', 'WORKS_AT', 'Acme', undefined, 0.9],
    ['Bob Lead', 'MEMBER_OF', 'SIG Beta', 'approver', 0.8],
    ['Eve Maintainer', 'MAINTAINS', 'ProjX', 'reviewer', 0.7],
    ['SIG Beta', 'COLLABORATES_WITH', 'SIG Alpha', undefined, 0.6, 'SIG BetaはSIG Alphaと連携しています。'],
  ]),
  extraction('fixtures/gamma.zh.md', 'zh', { title: 'WG Gamma 介绍', date: '2023-03-15' }, [
    ['Carol Chair', 'LEADS', 'WG Gamma', 'co-chair', 0.8],
    ['Frank Creator', 'MAINTAINS', 'ProjY', 'creator', 0.85],
    ['Frank Creator', 'WORKS_AT', 'Globex', undefined, 0.7],
    ['SIG Beta', 'SPONSORS', 'WG Gamma', undefined, 0.7],
  ]),
];

export const ROSTER_SIZE = 60;

/** 60 members of SIG Alpha, all at Acme: long lists for pagination and round-trip counts. */
export const ROSTER: ArticleExtraction = extraction(
  'fixtures/alpha-roster.en.md',
  'en',
  { title: 'SIG Alpha roster', date: '2024-02-01' },
  Array.from({ length: ROSTER_SIZE }, (_, i): Fact[] => {
    const name = `Member ${String(i + 1).padStart(2, '0')} Roster`;
    return [
      [name, 'MEMBER_OF', 'SIG Alpha', 'member', 0.5],
      [name, 'WORKS_AT', 'Acme', undefined, 0.5],
    ];
  }).flat(),
);

export const REGISTRY_PATH = 'fixtures/sigs.yaml';
export const REGISTRY = `sigs:
  - dir: sig-alpha
    name: Alpha
    leadership:
      chairs:
        - github: carolc
          name: Carol Chair
          company: Globex
workinggroups:
  - dir: wg-gamma
    name: Gamma
    stakeholder_sigs:
      - Alpha
`;

/** Writes the fixture graph (schema migrations first) through the loader. */
export async function loadFixtureGraph(db: Database): Promise<void> {
  const loader = new GraphLoader({ driver: db.driver, database: db.database, target: db.target });
  await loader.migrate();
  await loader.write([...ARTICLES, ROSTER].map((x) => fromExtraction(x)));
  await loader.write([registryFacts(REGISTRY_PATH, REGISTRY)]);
}
