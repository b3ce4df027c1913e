import { describe, expect, it } from 'vitest';
import { findGroups, groupIndex } from '../../../extractors/mentions/groups.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';

const names = (text: string): string[] => findGroups(text).map((m) => m.name);

describe('findGroups', () => {
  it('finds lexicon groups in any case, with the kind word before or after, and as folder names', () => {
    expect(names('I am a reviewer for sig node, SIG-Node and the Node SIG (sig-node).')).toEqual(['SIG Node', 'SIG Node', 'SIG Node', 'SIG Node']);
    expect(names('the etcd Operator Working Group and wg-etcd-operator')).toEqual(['WG etcd Operator', 'WG etcd Operator']);
    expect(names('Fixes go to sig-node-e2e jobs')).toEqual([]);
  });

  it('reads "special interest group" phrasings and distinctive aliases', () => {
    expect(names('He is now a key contributor to the Testing special interest group.')).toEqual(['SIG Testing']);
    expect(names('a spotlight on the Special Interest Group for Contributor Experience')).toEqual(['SIG Contributor Experience']);
    expect(names('soon I was involved in ContribEx and SIG Arch')).toEqual(['SIG Contributor Experience', 'SIG Architecture']);
  });

  it('works inside Japanese and Chinese text without spaces', () => {
    expect(names('私はSIG Nodeのレビュアーです')).toEqual(['SIG Node']);
    expect(names('Tim 是 SIG Docs技术负责人之一')).toEqual(['SIG Docs']);
    expect(names('etcd sig 是什么')).toEqual(['SIG etcd']);
    expect(names('新たに設立されたetcd operator Working groupでも')).toEqual(['WG etcd Operator']);
  });

  it('gives offsets into the searched text', () => {
    const text = 'Kaslin is a chair of SIG ContribEx.';
    const [m] = findGroups(text);
    expect(m && text.slice(m.start, m.end)).toBe('SIG ContribEx');
  });

  it('recognises groups outside the lexicon by shape, with their acronyms', () => {
    const found = findGroups('I facilitate the CNCF Deaf and Hard of Hearing Working Group (DHHWG), the Blind and Visually Impaired WG and TAG Contributor Strategy.');
    expect(found.map((m) => [m.name, m.kind])).toEqual([
      ['CNCF Deaf and Hard of Hearing Working Group', 'wg'],
      ['Blind and Visually Impaired Working Group', 'wg'],
      ['TAG Contributor Strategy', 'other'],
    ]);
    expect(names('Facilitator of the Deaf and Hard of Hearing WG')).toEqual(['Deaf and Hard of Hearing Working Group']);
  });

  it('searches a kind of group only in text holding its kind word, in any case or script', () => {
    expect(names('WORKING GROUP ETCD OPERATOR and the Steering COMMITTEE')).toEqual(['WG etcd Operator', 'Steering Committee']);
    expect(names('Docs 特别兴趣小组和 etcd operator 工作组')).toEqual(['SIG Docs', 'WG etcd Operator']);
    // Case-insensitive Unicode matching folds the long s: "ſig node" is "sig node" to the pattern.
    expect(names('ſig node')).toEqual(['SIG Node']);
    expect(names('Node and Docs meet on Tuesdays')).toEqual([]);
  });

  it('does not take plurals or a bare "SIG" for a group', () => {
    expect(names('Many SIGs exist; a SIG needs chairs, and the SIG meets weekly.')).toEqual([]);
    expect(names('SIG-ify etcd')).toEqual([]);
  });
});

describe('groupIndex', () => {
  const text = [
    '---',
    'title: "Spotlight on the CNCF Deaf and Hard of Hearing Working Group (DHHWG)"',
    '---',
    '',
    'The DHHWG is a year old. Our Deaf and Hard of Hearing WG meets monthly.',
    '',
  ].join('\n');
  const index = groupIndex(parseArticle('dhhwg.md', text));

  it('maps an acronym and a shorter form to the fullest name used in the article', () => {
    expect(index.findGroups('a deaf member of the DHHWG').map((m) => m.name)).toEqual(['CNCF Deaf and Hard of Hearing Working Group']);
    expect(index.findGroups('Our Deaf and Hard of Hearing WG').map((m) => m.name)).toEqual(['CNCF Deaf and Hard of Hearing Working Group']);
    expect(index.aliasesOf('CNCF Deaf and Hard of Hearing Working Group')).toContain('DHHWG');
  });

  it('knows which group the article is about', () => {
    expect(index.articleGroup()).toEqual({ name: 'CNCF Deaf and Hard of Hearing Working Group', kind: 'wg' });
    const node = groupIndex(parseArticle('x.md', '---\ntitle: "SIG Nodeの紹介"\n---\n\n本文です。\n'));
    expect(node.articleGroup()).toEqual({ name: 'SIG Node', kind: 'sig' });
  });
});
