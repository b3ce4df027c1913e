import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registryFacts } from '../../src/graph/registry.ts';
import { SourceError, type SourceFacts } from '../../src/graph/source-facts.ts';

const fixturePath = 'test/fixtures/registry/sigs.yaml';
const fixture = readFileSync(fixturePath, 'utf8');

/** Readable triples: "Alice Chair LEADS SIG etcd (chair)". */
function lines(f: SourceFacts): string[] {
  const name = (r: SourceFacts['triples'][number]['s']): string => (r === 'source' ? '@source' : (f.entities[r.entity]?.name ?? '?'));
  return f.triples.map((t) => `${name(t.s)} ${t.p} ${name(t.o)}${t.role ? ` (${t.role})` : ''}`);
}

describe('registryFacts on the fixture', () => {
  const facts = registryFacts(fixturePath, fixture);

  it('is a registry source named after the file', () => {
    expect(facts.id).toBe('registry:sigs.yaml');
    expect(facts.kind).toBe('registry');
    expect(facts.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps leadership, companies, subprojects and stakeholder SIGs', () => {
    expect(lines(facts).sort()).toEqual(
      [
        'Alice Chair LEADS SIG etcd (chair)',
        'Alice Chair WORKS_AT Example Corp',
        'Alice Chair LEADS WG etcd Operator (chair)',
        'Bob Both LEADS SIG etcd (chair)',
        'Bob Both LEADS SIG etcd (tech-lead)',
        'Bob Both WORKS_AT Other Inc',
        'Bob Both WORKS_AT Other Inc',
        'Old Timer LEADS SIG etcd (emeritus)',
        'SIG etcd OWNS etcd-operator',
        'Carol Lead MAINTAINS etcd-operator (lead)',
        'Carol Lead WORKS_AT Example Corp',
        'SIG etcd OWNS auger',
        'Dave Node LEADS SIG Node (chair)',
        'Dave Node WORKS_AT Example Corp',
        'SIG etcd SPONSORS WG etcd Operator',
        'SIG Cluster Lifecycle SPONSORS WG etcd Operator',
        'Alice Chair WORKS_AT Example Corp',
        'Erin Steer LEADS Steering Committee (chair)',
        'Erin Steer WORKS_AT Neutral Foundation',
        'Steering Committee OWNS steering',
      ].sort(),
    );
  });

  it('keeps one entity per person, handles lower-cased, groups with kind and folder alias', () => {
    const alice = facts.entities.filter((e) => e.name === 'Alice Chair');
    expect(alice).toEqual([{ label: 'Person', name: 'Alice Chair', github: 'alicechair', aliases: [] }]);
    expect(facts.entities.find((e) => e.name === 'WG etcd Operator')).toEqual({ label: 'Sig', name: 'WG etcd Operator', aliases: ['wg-etcd-operator'], kind: 'wg' });
    expect(facts.entities.find((e) => e.name === 'Steering Committee')?.kind).toBe('committee');
  });

  it('points every evidence at the YAML that states the fact', () => {
    for (const t of facts.triples) {
      const [ev] = t.evidences;
      expect(ev?.extractor).toBe('registry');
      expect(ev?.confidence).toBe(1);
      const slice = fixture.slice(ev?.start, ev?.end);
      expect(slice.length).toBeGreaterThan(0);
      if (t.p === 'LEADS' || t.p === 'MAINTAINS') expect(slice).toMatch(/github: /);
      if (t.p === 'SPONSORS') expect(['etcd', 'Cluster Lifecycle']).toContain(slice);
    }
  });

  it('rejects files that are not a registry, naming the file', () => {
    expect(() => registryFacts('x.yaml', 'title: hello\n')).toThrow(SourceError);
    expect(() => registryFacts('x.yaml', 'title: hello\n')).toThrow(/^x\.yaml: not a sigs\.yaml registry/);
    expect(() => registryFacts('bad.yaml', 'sigs: [\n')).toThrow(/^bad\.yaml: not valid YAML/);
    expect(() => registryFacts('p.yaml', 'sigs:\n  - name: X\n    leadership:\n      chairs:\n        - company: Y\n')).toThrow(/without name or github/);
  });
});

describe('registryFacts on the community registry (../shared/registry/sigs.yaml)', () => {
  const path = '../shared/registry/sigs.yaml';
  const text = readFileSync(path, 'utf8');
  const facts = registryFacts(path, text);
  const data = parse(text) as Record<string, Array<Record<string, unknown>>>;

  it('has a LEADS triple for every chair, tech lead and emeritus lead entry', () => {
    let expected = 0;
    for (const section of ['sigs', 'workinggroups', 'committees', 'usergroups']) {
      for (const group of data[section] ?? []) {
        const leadership = (group['leadership'] ?? {}) as Record<string, unknown[]>;
        for (const key of ['chairs', 'tech_leads', 'emeritus_leads']) expected += (leadership[key] ?? []).length;
      }
    }
    expect(expected).toBeGreaterThan(100);
    expect(facts.triples.filter((t) => t.p === 'LEADS')).toHaveLength(expected);
  });

  it('has OWNS for every subproject and SPONSORS for every stakeholder SIG', () => {
    const groups = ['sigs', 'workinggroups', 'committees'].flatMap((s) => data[s] ?? []);
    const subprojects = groups.reduce((n, g) => n + ((g['subprojects'] as unknown[] | undefined)?.length ?? 0), 0);
    const stakeholders = groups.reduce((n, g) => n + ((g['stakeholder_sigs'] as unknown[] | undefined)?.length ?? 0), 0);
    expect(facts.triples.filter((t) => t.p === 'OWNS')).toHaveLength(subprojects);
    expect(facts.triples.filter((t) => t.p === 'SPONSORS')).toHaveLength(stakeholders);
  });

  it('resolves every stakeholder SIG to a SIG defined in the registry', () => {
    const sigNames = new Set((data['sigs'] ?? []).map((g) => `SIG ${String(g['name'])}`));
    for (const t of facts.triples.filter((x) => x.p === 'SPONSORS')) {
      const sponsor = t.s === 'source' ? undefined : facts.entities[t.s.entity];
      expect(sigNames.has(sponsor?.name ?? '')).toBe(true);
    }
  });

  it('gives each subproject lead a MAINTAINS lead triple', () => {
    const leads = ['sigs', 'workinggroups', 'committees']
      .flatMap((s) => data[s] ?? [])
      .flatMap((g) => (g['subprojects'] as Array<Record<string, unknown>> | undefined) ?? [])
      .reduce((n, sp) => n + ((sp['leads'] as unknown[] | undefined)?.length ?? 0), 0);
    expect(facts.triples.filter((t) => t.p === 'MAINTAINS' && t.role === 'lead')).toHaveLength(leads);
  });
});
