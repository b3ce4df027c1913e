import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../src/graph/entity-index.ts';
import { entityId, entityKeys } from '../../src/graph/model.ts';
import { EntityResolver } from '../../src/graph/resolve-entities.ts';
import type { SourceEntity } from '../../src/graph/source-facts.ts';

const person = (name: string, extra: Partial<SourceEntity> = {}): SourceEntity => ({ label: 'Person', name, aliases: [], ...extra });

function stored(...entities: Array<{ id: string; name: string; aliases?: string[]; github?: string }>): EntityIndex {
  const index = new EntityIndex();
  for (const e of entities) index.set({ label: 'Person', id: e.id, keys: entityKeys('Person', e.name, e.aliases ?? [], e.github), github: e.github ?? null });
  return index;
}

describe('entity ids and keys', () => {
  it('uses the handle for people who have one, the normalised name otherwise', () => {
    expect(entityId('Person', 'Marek Siarkowicz', 'Serathius')).toBe('person:@serathius');
    expect(entityId('Person', 'Marek Siarkowicz')).toBe('person:mareksiarkowicz');
    expect(entityId('Company', 'Red Hat')).toBe('company:redhat');
    expect(entityId('Project', 'metrics-server')).toBe(entityId('Project', 'Metrics Server'));
  });

  it('does not let a lone first name identify a person, but does for other types and CJK names', () => {
    expect(entityKeys('Person', 'Marek Siarkowicz', ['Marek', '马雷克·西亚科维奇', 'M. Siarkowicz'], 'serathius')).toEqual(
      ['@serathius', 'msiarkowicz', 'mareksiarkowicz', '马雷克西亚科维奇'].sort(),
    );
    expect(entityKeys('Company', 'Google', ['谷歌', 'GOOG'])).toEqual(['goog', 'google', '谷歌']);
  });
});

describe('EntityResolver', () => {
  it('makes one entity of two mentions that share a handle, whatever their names', () => {
    const r = new EntityResolver(new EntityIndex());
    const a = r.add(person('Benjamin Wang', { github: 'ahrtr' }));
    const b = r.add(person('本杰明·王', { github: 'ahrtr' }));
    expect(r.idOf(a)).toBe('person:@ahrtr');
    expect(r.idOf(b)).toBe('person:@ahrtr');
  });

  it('joins a stored node by alias and renames it when the handle becomes known', () => {
    const r = new EntityResolver(stored({ id: 'person:mareksiarkowicz', name: 'Marek Siarkowicz' }));
    const m = r.add(person('Marek Siarkowicz', { github: 'serathius', aliases: ['马雷克·西亚科维奇'] }));
    expect(r.idOf(m)).toBe('person:@serathius');
    expect(r.resolution()).toEqual({ renames: [{ label: 'Person', from: 'person:mareksiarkowicz', to: 'person:@serathius' }], merges: [] });
  });

  it('merges two stored nodes that a new mention shows to be the same person', () => {
    const index = stored({ id: 'person:@ahrtr', name: '本杰明·王', github: 'ahrtr' }, { id: 'person:benjaminwang', name: 'Benjamin Wang' });
    const r = new EntityResolver(index);
    const m = r.add(person('Benjamin Wang', { github: 'ahrtr' }));
    expect(r.idOf(m)).toBe('person:@ahrtr');
    expect(r.resolution()).toEqual({ renames: [], merges: [{ label: 'Person', from: 'person:benjaminwang', to: 'person:@ahrtr' }] });
  });

  it('keeps people with different handles apart even when their names match', () => {
    const r = new EntityResolver(stored({ id: 'person:@jsmith1', name: 'John Smith', github: 'jsmith1' }));
    const other = r.add(person('John Smith', { github: 'jsmith2' }));
    expect(r.idOf(other)).toBe('person:@jsmith2');
    expect(r.resolution()).toEqual({ renames: [], merges: [] });
    // A mention without a handle joins the first stored namesake rather than bridging the two.
    const plain = r.add(person('John Smith'));
    expect(r.idOf(plain)).toBe('person:@jsmith1');
  });

  it('does not merge people who only share a first name', () => {
    const r = new EntityResolver(stored({ id: 'person:benjaminwang', name: 'Benjamin Wang', aliases: ['Benjamin'] }));
    const other = r.add(person('Benjamin Elder', { aliases: ['Benjamin'] }));
    expect(r.idOf(other)).toBe('person:benjaminelder');
  });

  it('keeps labels apart', () => {
    const r = new EntityResolver(new EntityIndex());
    const sig = r.add({ label: 'Sig', name: 'etcd', aliases: [] });
    const project = r.add({ label: 'Project', name: 'etcd', aliases: [] });
    expect(r.idOf(sig)).toBe('sig:etcd');
    expect(r.idOf(project)).toBe('project:etcd');
  });
});

describe('EntityIndex', () => {
  it('forgets the keys of a removed or replaced entity', () => {
    const index = stored({ id: 'person:a', name: 'Ann Example', aliases: ['Ann X'] });
    expect(index.idsFor('Person', 'annx')).toEqual(['person:a']);
    index.set({ label: 'Person', id: 'person:a', keys: ['annexample'], github: null });
    expect(index.idsFor('Person', 'annx')).toEqual([]);
    index.remove('person:a');
    expect(index.idsFor('Person', 'annexample')).toEqual([]);
    expect(index.size).toBe(0);
  });
});
