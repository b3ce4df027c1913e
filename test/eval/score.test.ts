import { describe, expect, it } from 'vitest';
import { prf, scoreArticles } from '../../src/eval/score.ts';
import type { GoldArticle, GoldTriple, ScoredArticle, ScoredEntity, ScoredTriple } from '../../src/eval/types.ts';
import { PREDICATE_TYPES, type Predicate } from '../../src/extraction/types.ts';

function t(s: string, p: Predicate, o: string, extra: Partial<GoldTriple> = {}): GoldTriple {
  const [sType, oType] = PREDICATE_TYPES[p];
  return { s, sType, p, o, oType, ...extra };
}

const person = (name: string, more: Partial<ScoredEntity> = {}): ScoredEntity => ({ type: 'Person', name, aliases: [], ...more });
const sig = (name: string, aliases: string[] = []): ScoredEntity => ({ type: 'Sig', name, aliases });

function gold(article: string, triples: GoldTriple[], entities: ScoredEntity[] = [], lang = 'en'): GoldArticle {
  return { article, lang, entities, triples };
}

function output(article: string, triples: ScoredTriple[], entities: ScoredEntity[] = [], lang = 'en'): ScoredArticle {
  return { article, lang, entities, triples };
}

const benjamin = person('Benjamin Wang', { github: 'ahrtr', aliases: ['本杰明·王'] });
const etcd = sig('SIG etcd', ['sig-etcd']);

describe('prf', () => {
  it('computes micro ratios and leaves undefined ratios null', () => {
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 6 / 9 });
    expect(prf(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

describe('scoreArticles', () => {
  it('matches entities through any name, alias or github handle of the same type', () => {
    const g = gold('a.md', [t('Benjamin Wang', 'LEADS', 'SIG etcd'), t('Benjamin Wang', 'MEMBER_OF', 'SIG etcd')], [benjamin, etcd]);
    const out = output(
      'seeds/a.md',
      [
        t('本杰明 王', 'LEADS', 'sig etcd'),
        // The output's own entity carries the handle; its canonical name is a typo.
        t('Benjamn Wang', 'MEMBER_OF', 'SIG etcd'),
      ],
      [person('Benjamn Wang', { github: 'AHRTR' })],
    );
    const report = scoreArticles([out], [g]);
    expect(report.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('does not match an entity of another type with the same name', () => {
    const g = gold('a.md', [t('Ann', 'MAINTAINS', 'etcd')], [person('Ann'), { type: 'Project', name: 'etcd', aliases: [] }]);
    const wrongType: ScoredTriple = { s: 'Ann', sType: 'Person', p: 'MAINTAINS', o: 'etcd', oType: 'Sig' };
    expect(scoreArticles([output('a.md', [wrongType])], [g]).overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores COLLABORATES_WITH without direction and other predicates with it', () => {
    const g = gold('a.md', [t('SIG etcd', 'COLLABORATES_WITH', 'SIG Testing'), t('SIG etcd', 'SPONSORS', 'WG etcd Operator')]);
    const out = output('a.md', [t('SIG Testing', 'COLLABORATES_WITH', 'SIG etcd'), t('WG etcd Operator', 'SPONSORS', 'SIG etcd')]);
    const report = scoreArticles([out], [g]);
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.articles[0]?.wrong.map((x) => x.p)).toEqual(['SPONSORS']);
  });

  it('matches @article only with @article', () => {
    const g = gold('a.md', [t('Ann Lee', 'AUTHORED', '@article')]);
    const out = output('a.md', [t('Ann Lee', 'AUTHORED', '@article'), t('Ann Lee', 'AUTHORED', 'a.md')]);
    expect(scoreArticles([out], [g]).overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts a triple matching an optional gold triple neither right nor wrong', () => {
    const g = gold('a.md', [t('Ann Lee', 'AUTHORED', '@article'), t('Ann Lee', 'WORKS_AT', 'Google', { optional: true })]);
    const found = scoreArticles([output('a.md', [t('Ann Lee', 'AUTHORED', '@article'), t('Ann Lee', 'WORKS_AT', 'Google')])], [g]);
    expect(found.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(found.articles[0]?.ignored).toEqual([{ output: t('Ann Lee', 'WORKS_AT', 'Google'), reason: 'optional' }]);
    // Not finding it costs nothing either.
    const notFound = scoreArticles([output('a.md', [t('Ann Lee', 'AUTHORED', '@article')])], [g]);
    expect(notFound.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a gold article with no output toward recall', () => {
    const report = scoreArticles(
      [output('dev/a.md', [t('Ann Lee', 'AUTHORED', '@article')])],
      [gold('a.md', [t('Ann Lee', 'AUTHORED', '@article')]), gold('b.md', [t('Bo Chen', 'AUTHORED', '@article'), t('Bo Chen', 'WORKS_AT', 'Intel')])],
    );
    expect(report.overall).toMatchObject({ tp: 1, fp: 0, fn: 2, precision: 1, recall: 1 / 3 });
    expect(report.articles.map((a) => [a.article, a.hadOutput])).toEqual([
      ['dev/a.md', true],
      ['b.md', false],
    ]);
  });

  it('leaves output articles without gold out of the scores and lists them', () => {
    const report = scoreArticles(
      [output('a.md', []), output('extra.md', [t('X Y', 'AUTHORED', '@article')])],
      [gold('a.md', [t('Ann Lee', 'AUTHORED', '@article')])],
    );
    expect(report.overall).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.unpaired).toEqual(['extra.md']);
  });

  it('counts repeated output triples once', () => {
    const g = gold('a.md', [t('Marek Siarkowicz', 'LEADS', 'SIG etcd')], [person('Marek Siarkowicz', { aliases: ['Marek'] })]);
    const out = output(
      'a.md',
      [
        t('Marek Siarkowicz', 'LEADS', 'SIG etcd'),
        t('marek siarkowicz', 'LEADS', 'SIG  etcd'), // the same triple spelt differently: merged
        t('Marek', 'LEADS', 'SIG etcd'), // an unresolved second name for the same fact
        t('Nobody', 'LEADS', 'SIG Node'),
        t('Nobody', 'LEADS', 'SIG Node'), // a wrong triple twice is one wrong triple
      ],
    );
    const report = scoreArticles([out], [g]);
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    expect(report.articles[0]?.ignored.map((i) => [i.output.s, i.reason])).toEqual([['Marek', 'duplicate']]);
  });

  it('pairs output and gold triples one-to-one so that every gold triple an output can take is found', () => {
    // "Sam" is an alias of two gold people; the first output triple could take either gold triple.
    const g = gold(
      'a.md',
      [t('Sam Lee', 'LEADS', 'SIG Node'), t('Sam Park', 'LEADS', 'SIG Node')],
      [person('Sam Lee', { aliases: ['Sam'] }), person('Sam Park', { aliases: ['Sam'] })],
    );
    const report = scoreArticles([output('a.md', [t('Sam', 'LEADS', 'SIG Node'), t('Sam Lee', 'LEADS', 'SIG Node')])], [g]);
    expect(report.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('reports micro scores per predicate and per language', () => {
    const en = gold('en/a.md', [t('Ann Lee', 'AUTHORED', '@article'), t('Ann Lee', 'WORKS_AT', 'Google')], [], 'en');
    const ja = gold('ja/b.md', [t('Ken Sato', 'AUTHORED', '@article'), t('Ken Sato', 'LEADS', 'SIG Node')], [], 'ja');
    const report = scoreArticles(
      [
        output('x/en/a.md', [t('Ann Lee', 'AUTHORED', '@article'), t('Ann Lee', 'WORKS_AT', 'Intel')]),
        // The output's language is not the gold's: the gold language decides the row.
        output('x/ja/b.md', [t('Ken Sato', 'AUTHORED', '@article'), t('Ken Sato', 'LEADS', 'SIG Node')], [], 'en'),
      ],
      [en, ja],
    );
    expect(report.overall).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(report.byLang['en']).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(report.byLang['ja']).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(report.byPredicate.AUTHORED).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.byPredicate.WORKS_AT).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
    expect(report.byPredicate.LEADS).toMatchObject({ tp: 1 });
    expect(Object.keys(report.byPredicate)).toEqual(['LEADS', 'WORKS_AT', 'AUTHORED']);
  });

  it('with noComments, leaves out triples whose every evidence is in an HTML comment', () => {
    const g = gold('a.md', [t('Ann Lee', 'LEADS', 'SIG Docs'), t('Ann Lee', 'WORKS_AT', 'Google')], [], 'zh');
    const fromComment: ScoredTriple = { ...t('Ann Lee', 'LEADS', 'SIG Docs'), evidences: [{ quote: 'Ann leads SIG Docs', channel: 'comment' }] };
    const fromBoth: ScoredTriple = {
      ...t('Ann Lee', 'WORKS_AT', 'Google'),
      evidences: [
        { quote: 'Ann works at Google', channel: 'comment' },
        { quote: 'Ann 在谷歌工作', channel: 'body' },
      ],
    };
    const out = output('a.md', [fromComment, fromBoth]);
    expect(scoreArticles([out], [g]).overall).toMatchObject({ tp: 2, fn: 0 });
    expect(scoreArticles([out], [g], { noComments: true }).overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});
