/** Every relationship field, both ways, with roles, confidence, sources and evidence. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph, ROSTER_SIZE } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()));

type Named = { name?: string; title?: string };
type Conn = { totalCount: number; nodes: Array<Record<string, Named | string | number | null>> };

/** The names on the given side of every relationship of a connection. */
function names(conn: Conn, side: string): string[] {
  return conn.nodes.map((n) => {
    const end = n[side] as Named;
    return end.name ?? end.title ?? '';
  });
}

describe('relationship fields', () => {
  it('follows a person’s relationships', async () => {
    const { person } = await api().data<{ person: Record<string, Conn> }>(`{ person(name: "Bob Lead") {
      leads { totalCount nodes { role sig { name } } }
      memberOf { totalCount nodes { role sig { name } } }
      worksAt { totalCount nodes { company { name } } }
      maintains { totalCount nodes { role project { name } } }
      contributesTo { totalCount nodes { project { name } } }
      authored { totalCount nodes { article { title } } }
      translated { totalCount nodes { article { title } } }
      interviewedIn { totalCount nodes { article { title } } }
    } }`);
    expect(names(person['leads'] as Conn, 'sig')).toEqual(['SIG Alpha']);
    expect(person['leads']?.nodes[0]?.['role']).toBe('tech-lead');
    expect(names(person['memberOf'] as Conn, 'sig')).toEqual(['SIG Beta']);
    expect(person['memberOf']?.nodes[0]?.['role']).toBe('approver');
    expect(names(person['worksAt'] as Conn, 'company')).toEqual(['Acme']);
    expect(names(person['maintains'] as Conn, 'project')).toEqual(['ProjX']);
    expect(person['contributesTo']?.totalCount).toBe(0);
    expect(person['authored']?.totalCount).toBe(0);
    expect(person['translated']?.totalCount).toBe(0);
    expect(names(person['interviewedIn'] as Conn, 'article')).toEqual(['Spotlight on SIG Alpha']);

    const others = await api().data<Record<string, Record<string, Conn>>>(`{
      ann: person(name: "Ann Author") { authored { nodes { article { title } } } }
      tomo: person(name: "Tomo Translator") { translated { nodes { article { title } } } }
      dave: person(name: "Dave Reviewer") { contributesTo { nodes { project { name } } } }
    }`);
    expect(names(others['ann']?.['authored'] as Conn, 'article')).toEqual(['Spotlight on SIG Alpha']);
    expect(names(others['tomo']?.['translated'] as Conn, 'article')).toEqual(['SIG Betaの紹介']);
    expect(names(others['dave']?.['contributesTo'] as Conn, 'project')).toEqual(['ProjX']);
  });

  it('follows a company’s relationships both ways', async () => {
    const data = await api().data<Record<string, Record<string, Conn | number>>>(`{
      acme: company(name: "Acme") {
        sigLeaderCount
        employees(first: 2) { totalCount nodes { person { name } } }
        develops { nodes { project { name } } }
        partOf { nodes { part { name } whole { name } } }
        parts { totalCount }
      }
      mega: company(name: "MegaCorp") { sigLeaderCount parts { nodes { part { name } } } partOf { totalCount } }
      globex: company(name: "Globex") { sigLeaderCount employees { nodes { person { name } } } }
    }`);
    const acme = data['acme'] as Record<string, Conn | number>;
    expect(acme['sigLeaderCount']).toBe(2);
    expect((acme['employees'] as Conn).totalCount).toBe(2 + ROSTER_SIZE);
    // Most certain first: Eve (0.9), Bob (0.8), then the roster (0.5).
    expect(names(acme['employees'] as Conn, 'person')).toEqual(['Eve Maintainer', 'Bob Lead']);
    expect(names(acme['develops'] as Conn, 'project')).toEqual(['ProjY']);
    expect((acme['partOf'] as Conn).nodes).toEqual([{ part: { name: 'Acme' }, whole: { name: 'MegaCorp' } }]);
    expect((acme['parts'] as Conn).totalCount).toBe(0);
    expect(data['mega']?.['sigLeaderCount']).toBe(0);
    expect(names(data['mega']?.['parts'] as Conn, 'part')).toEqual(['Acme']);
    expect(data['globex']?.['sigLeaderCount']).toBe(1);
    expect(names(data['globex']?.['employees'] as Conn, 'person').sort()).toEqual(['Carol Chair', 'Frank Creator']);
  });

  it('follows a group’s relationships both ways', async () => {
    const data = await api().data<Record<string, Record<string, Conn>>>(`{
      alpha: sig(name: "SIG Alpha") {
        leaders { nodes { role confidence sourceKinds person { name } } }
        members(first: 1) { totalCount nodes { role person { name } } }
        owns { nodes { project { name } } }
        collaborations { nodes { from { name } to { name } partner { name } } }
        sponsors { nodes { sponsor { name } sponsored { name } } }
        sponsoredBy { totalCount }
        articles { nodes { article { title } } }
      }
      beta: sig(name: "SIG Beta") { collaborations { nodes { partner { name } } } members { nodes { person { name } } } }
      gamma: sig(name: "WG Gamma") { sponsoredBy(orderBy: {field: NAME}) { nodes { sponsor { name } } } leaders { nodes { role person { name } } } }
    }`);
    const alpha = data['alpha'] as Record<string, Conn>;
    expect(alpha['leaders']?.nodes).toEqual([
      { role: 'chair', confidence: 1, sourceKinds: ['ARTICLE', 'REGISTRY'], person: { name: 'Carol Chair' } },
      { role: 'tech-lead', confidence: 0.95, sourceKinds: ['ARTICLE'], person: { name: 'Bob Lead' } },
    ]);
    expect(alpha['members']?.totalCount).toBe(1 + ROSTER_SIZE);
    expect(alpha['members']?.nodes).toEqual([{ role: 'reviewer', person: { name: 'Dave Reviewer' } }]);
    expect(names(alpha['owns'] as Conn, 'project')).toEqual(['ProjX']);
    expect(alpha['collaborations']?.nodes).toEqual([{ from: { name: 'SIG Alpha' }, to: { name: 'SIG Beta' }, partner: { name: 'SIG Beta' } }]);
    expect(alpha['sponsors']?.nodes).toEqual([{ sponsor: { name: 'SIG Alpha' }, sponsored: { name: 'WG Gamma' } }]);
    expect(alpha['sponsoredBy']?.totalCount).toBe(0);
    expect(names(alpha['articles'] as Conn, 'article')).toEqual(['Spotlight on SIG Alpha']);
    expect(names(data['beta']?.['collaborations'] as Conn, 'partner')).toEqual(['SIG Alpha']);
    expect(names(data['beta']?.['members'] as Conn, 'person')).toEqual(['Bob Lead']);
    expect(names(data['gamma']?.['sponsoredBy'] as Conn, 'sponsor')).toEqual(['SIG Alpha', 'SIG Beta']);
    expect(data['gamma']?.['leaders']?.nodes).toEqual([{ role: 'co-chair', person: { name: 'Carol Chair' } }]);
  });

  it('follows a project’s and an article’s relationships both ways', async () => {
    const data = await api().data<Record<string, Record<string, Conn>>>(`{
      x: project(name: "ProjX") {
        maintainers { nodes { role person { name } } }
        contributors { nodes { person { name } } }
        owners(kinds: [SIG]) { nodes { sig { name } } }
        developers { totalCount }
      }
      y: project(name: "ProjY") { developers { nodes { company { name } } } maintainers { nodes { role person { name } } } }
      a: article(path: "fixtures/alpha-spotlight.en.md") {
        authors { nodes { person { name } } }
        translators { totalCount }
        interviewees(orderBy: {field: NAME}) { nodes { person { name } } }
        about { nodes { sig { name } } }
      }
      b: article(path: "fixtures/beta-spotlight.ja.md") { translators { nodes { person { name } } } about { nodes { sig { name } } } }
    }`);
    expect(data['x']?.['maintainers']?.nodes).toEqual([
      { role: 'maintainer', person: { name: 'Bob Lead' } },
      { role: 'reviewer', person: { name: 'Eve Maintainer' } },
    ]);
    expect(names(data['x']?.['contributors'] as Conn, 'person')).toEqual(['Dave Reviewer']);
    expect(names(data['x']?.['owners'] as Conn, 'sig')).toEqual(['SIG Alpha']);
    expect(data['x']?.['developers']?.totalCount).toBe(0);
    expect(names(data['y']?.['developers'] as Conn, 'company')).toEqual(['Acme']);
    expect(data['y']?.['maintainers']?.nodes).toEqual([{ role: 'creator', person: { name: 'Frank Creator' } }]);
    expect(names(data['a']?.['authors'] as Conn, 'person')).toEqual(['Ann Author']);
    expect(data['a']?.['translators']?.totalCount).toBe(0);
    expect(names(data['a']?.['interviewees'] as Conn, 'person')).toEqual(['Bob Lead', 'Carol Chair']);
    expect(names(data['a']?.['about'] as Conn, 'sig')).toEqual(['SIG Alpha']);
    expect(names(data['b']?.['translators'] as Conn, 'person')).toEqual(['Tomo Translator']);
    expect(names(data['b']?.['about'] as Conn, 'sig')).toEqual(['SIG Beta']);
  });

  it('filters relationships by role, confidence, source kind, language and article date', async () => {
    const { alpha } = await api().data<{ alpha: Record<string, Conn> }>(`{ alpha: sig(name: "SIG Alpha") {
      chairs: leaders(filter: {role: "Chair"}) { nodes { person { name } } }
      sure: members(filter: {minConfidence: 0.6}) { totalCount }
      registry: leaders(filter: {sourceKind: REGISTRY}) { nodes { person { name } } }
      japanese: collaborations(filter: {language: JA}) { totalCount }
      chinese: collaborations(filter: {language: ZH}) { totalCount }
      early: leaders(filter: {articleDate: {from: "2024-01-01", to: "2024-01-31"}}) { totalCount }
      late: leaders(filter: {articleDate: {from: "2024-02-01"}}) { totalCount }
      wgs: sponsors(kinds: [WG]) { totalCount }
      sigs: sponsors(kinds: [SIG]) { totalCount }
    } }`);
    expect(names(alpha['chairs'] as Conn, 'person')).toEqual(['Carol Chair']);
    expect(alpha['sure']?.totalCount).toBe(1);
    expect(names(alpha['registry'] as Conn, 'person')).toEqual(['Carol Chair']);
    expect(alpha['japanese']?.totalCount).toBe(1);
    expect(alpha['chinese']?.totalCount).toBe(0);
    expect(alpha['early']?.totalCount).toBe(2);
    expect(alpha['late']?.totalCount).toBe(0);
    expect(alpha['wgs']?.totalCount).toBe(1);
    expect(alpha['sigs']?.totalCount).toBe(0);
  });

  it('gives evidence with quote, offsets, extractor, confidence and source, and the sources', async () => {
    const { person } = await api().data<{ person: { leads: { nodes: Array<Record<string, unknown>> } } }>(`{ person(github: "boblead") {
      leads { nodes {
        id predicate evidenceCount
        sources { __typename kind path ... on Article { title language } }
        evidence { quote start end channel extractor confidence predicate role
          source { kind } article { title date } subject { id } object { id } }
      } }
    } }`);
    const quote = 'I am a tech lead of SIG Alpha.';
    expect(person.leads.nodes[0]).toEqual({
      id: 'person:@boblead|LEADS|sig:sigalpha',
      predicate: 'LEADS',
      evidenceCount: 1,
      sources: [{ __typename: 'Article', kind: 'ARTICLE', path: 'fixtures/alpha-spotlight.en.md', title: 'Spotlight on SIG Alpha', language: 'EN' }],
      evidence: [
        {
          quote,
          start: 400,
          end: 400 + quote.length,
          channel: 'body',
          extractor: 'fixture',
          confidence: 0.95,
          predicate: 'LEADS',
          role: 'tech-lead',
          source: { kind: 'ARTICLE' },
          article: { title: 'Spotlight on SIG Alpha', date: '2024-01-10' },
          subject: { id: 'person:@boblead' },
          object: { id: 'sig:sigalpha' },
        },
      ],
    });
  });

  it('gives registry evidence, evidence filters, and the evidence of an article', async () => {
    const data = await api().data<Record<string, Record<string, unknown>>>(`{
      carol: person(name: "Carol Chair") { leads(first: 1) { nodes {
        all: evidence { source { kind } }
        registry: evidence(sourceKind: REGISTRY) { extractor source { kind path } article { title } }
        strong: evidence(minConfidence: 0.95) { confidence }
      } } }
      article: article(path: "fixtures/beta-spotlight.ja.md") {
        evidenceCount
        evidence(predicates: [LEADS, COLLABORATES_WITH], first: 5) { predicate quote }
      }
    }`);
    const lead = (data['carol']?.['leads'] as { nodes: Array<Record<string, unknown>> }).nodes[0];
    expect(lead?.['all']).toHaveLength(2);
    expect(lead?.['registry']).toEqual([{ extractor: 'registry', source: { kind: 'REGISTRY', path: 'fixtures/sigs.yaml' }, article: null }]);
    expect(lead?.['strong']).toEqual([{ confidence: 1 }]);
    expect(data['article']?.['evidenceCount']).toBe(8);
    expect(data['article']?.['evidence']).toEqual([
      { predicate: 'LEADS', quote: '伊芙はSIG Betaのチェアです。' },
      { predicate: 'COLLABORATES_WITH', quote: 'SIG BetaはSIG Alphaと連携しています。' },
    ]);
  });
});
