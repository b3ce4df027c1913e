import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { resolve, type ExtractorOutput } from '../../src/extraction/resolve.ts';
import type { EntityDraft, Predicate, TripleDraft } from '../../src/extraction/types.ts';

type Ref = EntityDraft | '@article';

const person = (name: string, github?: string): EntityDraft => ({ type: 'Person', name, ...(github ? { github } : {}) });
const sig = (name: string): EntityDraft => ({ type: 'Sig', name });
const company = (name: string): EntityDraft => ({ type: 'Company', name });

/** A triple draft whose evidence is the first occurrence of `quote` in the article text. */
function draft(text: string, s: Ref, p: Predicate, o: Ref, quote: string, extra: Partial<TripleDraft> = {}): TripleDraft & { extractor: string } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { s, p, o, confidence: 0.8, evidence: { quote, span: { start, end: start + quote.length }, channel: 'body' }, extractor: 'test', ...extra };
}

function run(text: string, triples: Array<TripleDraft & { extractor: string }>, entities: EntityDraft[] = []) {
  const article = parseArticle('test.md', text);
  const output: ExtractorOutput = { entities, triples };
  return resolve(article, output);
}

const spo = (r: ReturnType<typeof run>): string[] => r.triples.map((t) => `${t.s} ${t.p} ${t.o}`).sort();

describe('resolve: people', () => {
  it('turns a first name into the full name introduced earlier, with its handle', () => {
    const text = `---\ntitle: t\n---\n\nWe talked to [Marta Kowalska](https://github.com/mkowalska).\n\n**Marta**: I am a chair of SIG Apps.\n`;
    const r = run(text, [draft(text, person('Marta'), 'LEADS', sig('SIG Apps'), 'I am a chair of SIG Apps.')]);
    expect(spo(r)).toEqual(['Marta Kowalska LEADS SIG Apps']);
    expect(r.entities.find((e) => e.type === 'Person')).toMatchObject({ name: 'Marta Kowalska', github: 'mkowalska' });
  });

  it('resolves initials defined in the article but keeps them out of the aliases', () => {
    const text = `---\ntitle: t\n---\n\nWe talked to Marta Kowalska (MK) and Piotr Zielinski (PZ).\n\n**MK**: I am a chair of SIG Apps.\n`;
    const r = run(text, [draft(text, person('MK'), 'LEADS', sig('SIG Apps'), 'I am a chair of SIG Apps.')]);
    expect(spo(r)).toEqual(['Marta Kowalska LEADS SIG Apps']);
    expect(r.entities.find((e) => e.type === 'Person')?.aliases).not.toContain('MK');
  });

  it('drops a bare first name nobody introduced', () => {
    const text = `---\ntitle: t\n---\n\nZed says he chairs SIG Apps.\n`;
    const r = run(text, [draft(text, person('Zed'), 'LEADS', sig('SIG Apps'), 'Zed says he chairs SIG Apps.')]);
    expect(r.triples).toEqual([]);
  });

  it('resolves a one-letter typo of a GitHub handle and a name in another script to the same person', () => {
    const text = [
      '---', 'title: t', '---', '',
      'Reviewers: bwolff@github.com', '',
      'We met [Benedikt Wolff](https://github.com/bwolff) last year.', '',
      '本尼迪克特·沃尔夫 (@bwolf)，VMware', '',
    ].join('\n');
    const r = run(text, [draft(text, person('本尼迪克特·沃尔夫', 'bwolf'), 'WORKS_AT', company('VMWare'), '本尼迪克特·沃尔夫 (@bwolf)，VMware')]);
    expect(spo(r)).toEqual(['Benedikt Wolff WORKS_AT VMware']);
    const p = r.entities.find((e) => e.type === 'Person');
    expect(p?.github).toBe('bwolff');
    expect(p?.aliases).toContain('本尼迪克特·沃尔夫');
  });

  it('matches a katakana name to the Latin name of the same article', () => {
    const text = `---\ntitle: t\n---\n\n[Lukas Brenner](https://github.com/lbrenner)さんに伺いました。\n\nルーカス・ブレンナーさんはSIG Nodeのレビュアーです。\n`;
    const r = run(text, [draft(text, person('ルーカス・ブレンナー'), 'MEMBER_OF', sig('SIG Node'), 'ルーカス・ブレンナーさんはSIG Nodeのレビュアーです。', { role: 'reviewer' })]);
    expect(spo(r)).toEqual(['Lukas Brenner MEMBER_OF SIG Node']);
    expect(r.entities.find((e) => e.type === 'Person')?.aliases).toContain('ルーカス・ブレンナー');
  });

  it('resolves a typo of a name introduced in the same article', () => {
    const text = `---\ntitle: t\n---\n\nToday we talk with [Matthias Bauer](https://example.com/mb).\n\n**Mathias:** I maintain Prow.\n`;
    const r = run(text, [draft(text, person('Mathias'), 'MAINTAINS', { type: 'Project', name: 'Prow' }, 'I maintain Prow.')]);
    expect(spo(r)).toEqual(['Matthias Bauer MAINTAINS Prow']);
  });

  it('repairs mojibake in names', () => {
    const text = `---\ntitle: t\nauthor: "Jos√© Garc√≠a"\n---\n\nHello.\n`;
    const r = run(text, [draft(text, person('Jos√© Garc√≠a'), 'AUTHORED', '@article', 'Jos√© Garc√≠a')]);
    expect(spo(r)).toEqual(['José García AUTHORED @article']);
  });

  it('picks, among people sharing a first name, the one named most recently before the evidence', () => {
    const text = [
      '---', 'title: t', '---', '',
      '## [Kai Lindholm](https://github.com/klindholm)', '', 'Kai Lindholm works on storage.', '',
      '## [Kai Moreno](https://github.com/kmoreno)', '', 'Kai began contributing to kubectl in 2020.', '',
    ].join('\n');
    const r = run(text, [draft(text, person('Kai'), 'CONTRIBUTES_TO', { type: 'Project', name: 'kubectl' }, 'Kai began contributing to kubectl in 2020.')]);
    expect(spo(r)).toEqual(['Kai Moreno CONTRIBUTES_TO kubectl']);
  });
});

describe('resolve: organisations and groups', () => {
  it('maps company names in other scripts and odd casing to the canonical name', () => {
    const text = `---\ntitle: t\n---\n\n[Ana Lima](https://github.com/alima) works at 谷歌. [Ben Ode](https://github.com/bode) works at VMWare.\n`;
    const r = run(text, [
      draft(text, person('Ana Lima'), 'WORKS_AT', company('谷歌'), 'works at 谷歌'),
      draft(text, person('Ben Ode'), 'WORKS_AT', company('VMWare'), 'works at VMWare'),
    ]);
    expect(spo(r)).toEqual(['Ana Lima WORKS_AT Google', 'Ben Ode WORKS_AT VMware']);
    expect(r.entities.find((e) => e.name === 'Google')?.aliases).toContain('谷歌');
  });

  it('maps group aliases, folder names and reversed forms to the official group name', () => {
    const text = `---\ntitle: t\n---\n\nContribEx works with sig-etcd and the etcd sig.\n`;
    const q = 'ContribEx works with sig-etcd and the etcd sig.';
    const r = run(text, [
      draft(text, sig('ContribEx'), 'COLLABORATES_WITH', sig('sig-etcd'), q),
      draft(text, sig('etcd sig'), 'COLLABORATES_WITH', sig('SIG ContribEx'), q),
    ]);
    const r2 = run(text, [draft(text, sig('the Testing special interest group'), 'COLLABORATES_WITH', sig('Kubernetes SIG Node'), q)]);
    expect(spo(r2)).toEqual(['SIG Testing COLLABORATES_WITH SIG Node']);
    // Both directions of a symmetric relation are one triple.
    expect(spo(r)).toEqual(['SIG Contributor Experience COLLABORATES_WITH SIG etcd']);
    expect(r.entities.find((e) => e.name === 'SIG etcd')).toMatchObject({ kind: 'sig' });
  });
});

describe('resolve: merging and filtering', () => {
  const text = `---\ntitle: t\n---\n\n[Ana Lima](https://github.com/alima) leads SIG Apps.\n\n<!--\nAna Lima is a SIG Apps chair.\n-->\n`;

  it('merges identical triples: highest confidence, every evidence, the role of the surest one', () => {
    const r = run(text, [
      draft(text, person('Ana Lima'), 'LEADS', sig('SIG Apps'), 'Ana Lima is a SIG Apps chair.', { confidence: 0.7, role: 'chair', evidence: { quote: 'Ana Lima is a SIG Apps chair.', span: { start: text.indexOf('Ana Lima is'), end: text.indexOf('Ana Lima is') + 29 }, channel: 'comment' } }),
      draft(text, person('Ana Lima'), 'LEADS', sig('SIG Apps'), 'leads SIG Apps.', { confidence: 0.9, role: 'lead' }),
      draft(text, person('Ana Lima'), 'LEADS', sig('Apps SIG'), 'leads SIG Apps.', { confidence: 0.9, role: 'lead' }),
    ]);
    expect(r.triples).toHaveLength(1);
    const t = r.triples[0];
    expect(t?.confidence).toBe(0.9);
    expect(t?.evidence).toBe('leads SIG Apps.');
    expect(t?.evidences).toHaveLength(2);
    expect(t?.role).toBe('lead');
  });

  it('keeps the more specific role when evidence is equally confident', () => {
    const r = run(text, [
      draft(text, person('Ana Lima'), 'LEADS', sig('SIG Apps'), 'leads SIG Apps.', { confidence: 0.9, role: 'lead' }),
      draft(text, person('Ana Lima'), 'LEADS', sig('SIG Apps'), 'Ana Lima is a SIG Apps chair.', { confidence: 0.9, role: 'chair' }),
    ]);
    expect(r.triples.map((t) => t.role)).toEqual(['chair']);
  });

  it('drops a project or company that is really one of the article\'s people', () => {
    const r = run(text, [draft(text, sig('SIG Apps'), 'OWNS', { type: 'Project', name: 'Ana' }, 'leads SIG Apps.')]);
    expect(r.triples).toEqual([]);
  });

  it('drops triples whose types do not fit the predicate, and self-loops', () => {
    const r = run(text, [
      draft(text, person('Ana Lima'), 'WORKS_AT', sig('SIG Apps'), 'leads SIG Apps.'),
      draft(text, sig('SIG Apps'), 'COLLABORATES_WITH', sig('sig-apps'), 'leads SIG Apps.'),
      draft(text, '@article', 'ABOUT', sig('SIG Apps'), 'leads SIG Apps.'),
    ]);
    expect(spo(r)).toEqual(['@article ABOUT SIG Apps']);
  });

  it('keeps CONTRIBUTES_TO only where no maintainer role is stated for the same person and project', () => {
    const text = `---\ntitle: t\n---\n\nAna Lima contributes to Kueue and is one of its approvers. She also sends patches to JobSet.\n`;
    const project = (name: string): EntityDraft => ({ type: 'Project', name });
    const r = run(text, [
      draft(text, person('Ana Lima'), 'CONTRIBUTES_TO', project('Kueue'), 'Ana Lima contributes to Kueue'),
      draft(text, person('Ana Lima'), 'MAINTAINS', project('Kueue'), 'is one of its approvers', { role: 'approver' }),
      draft(text, person('Ana Lima'), 'CONTRIBUTES_TO', project('JobSet'), 'She also sends patches to JobSet.'),
    ]);
    expect(spo(r)).toEqual(['Ana Lima CONTRIBUTES_TO JobSet', 'Ana Lima MAINTAINS Kueue']);
  });
});
