import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { peopleIndex } from '../../../extractors/mentions/people.ts';

const interview = [
  '---',
  'title: "Spotlight on SIG Apps"',
  'author: "Nadia Petrova (Example Corp)"',
  'translator: "[Yuki Tanaka](https://github.com/ytanaka)"',
  '---',
  '',
  'We interviewed [Henrik Dahl](https://github.com/hdahl), [Sofia Marquez](https://www.linkedin.com/in/sofiamarquez/)',
  'and Wei Chen (WC) about the group.',
  '',
  '**Nadia: How did you start?**',
  '',
  '**Henrik**: I started in 2019 with SIG Apps.',
  '',
  '**Sofia:** I joined later. I work with my former colleague Jonathan Pryce on docs.',
  '',
  '**WC**: 私はWeiです。',
  '',
  '**H/S/WC**: We all review workloads APIs.',
  '',
].join('\n');

describe('peopleIndex', () => {
  const article = parseArticle('apps.md', interview);
  const idx = peopleIndex(article);
  const turnParagraph = (label: string): number => {
    const t = article.turns.find((x) => x.label === label);
    if (!t) throw new Error(`no turn ${label}`);
    return t.paragraphs[0] ?? -1;
  };

  it('is built once per article', () => {
    expect(peopleIndex(article)).toBe(idx);
  });

  it('knows authors, translators and the interviewer', () => {
    expect(idx.authors()).toEqual(['Nadia Petrova']);
    expect(idx.translators()).toEqual(['Yuki Tanaka']);
    expect(idx.interviewer()).toBe('Nadia Petrova');
  });

  it('maps first names, initials and joint labels of answers to full names; questions have no speakers', () => {
    expect(idx.speakersAt(turnParagraph('Henrik'))).toEqual(['Henrik Dahl']);
    expect(idx.speakersAt(turnParagraph('WC'))).toEqual(['Wei Chen']);
    expect(idx.speakersAt(turnParagraph('H/S/WC'))).toEqual(['Henrik Dahl', 'Sofia Marquez', 'Wei Chen']);
    expect(idx.speakersAt(turnParagraph('Nadia'))).toEqual([]);
    expect(idx.answerSpeakers().map((s) => s.name)).toEqual(['Henrik Dahl', 'Sofia Marquez', 'Wei Chen']);
  });

  it('finds known people by full or first name, and unknown ones by shape', () => {
    const text = 'Henrik and Jonathan Pryce met Sofia Marquez at KubeCon Chicago.';
    expect(idx.findPeople(text).map((m) => [m.surface, m.name])).toEqual([
      ['Henrik', 'Henrik Dahl'],
      ['Jonathan Pryce', 'Jonathan Pryce'],
      ['Sofia Marquez', 'Sofia Marquez'],
    ]);
    expect(idx.findPeople('Henrik Dahl maintains it.')[0]).toMatchObject({ name: 'Henrik Dahl', github: 'hdahl', start: 0, end: 11 });
  });

  it('does not take group, company, project or common phrases for people', () => {
    const text = 'The Special Interest Group, Google Kubernetes Engine, Red Hat and the New Contributor Workshop in Las Vegas.';
    expect(idx.findPeople(text)).toEqual([]);
    // Mojibake cuts no name in half ("Mu√±oz" is not "Mu").
    expect(idx.findPeople('Thanks to Frederico Mu√±oz.')).toEqual([]);
    // Release Team roles are written in capitals too.
    expect(idx.findPeople('I applied to be a Bug Triage shadow on the Release Team.')).toEqual([]);
  });

  it('resolves names as written to the canonical person', () => {
    expect(idx.resolve('Sofia')?.name).toBe('Sofia Marquez');
    expect(idx.resolve('WC')?.name).toBe('Wei Chen');
    expect(idx.resolve('x', { github: 'hdahl' })?.name).toBe('Henrik Dahl');
    expect(idx.resolve('Somebody')).toBeUndefined();
  });
});

describe('peopleIndex in Japanese and Chinese text', () => {
  it('needs an honorific for a Latin name found by shape inside Japanese prose', () => {
    const a = parseArticle('ja.md', '---\ntitle: t\n---\n\nProgressive Deliveryを支えるのはOlga Ivanovaさんです。\n');
    const idx = peopleIndex(a);
    expect(idx.findPeople(a.sentences[0]?.text ?? '').map((m) => m.name)).toEqual(['Olga Ivanova']);
    expect(idx.findPeople('McCune氏はIvanovaさんと話した。').map((m) => m.name)).toEqual(['Olga Ivanova']);
  });

  it('takes the honorific after a reading or handle in brackets', () => {
    const a = parseArticle('ja.md', '---\ntitle: t\n---\n\n今回はXing Yang（シン・ヤン）さんと、Hana Mori（@hmori）さんに話を伺いました。Progressive Delivery（段階的デリバリー）は話題にしません。\n');
    const idx = peopleIndex(a);
    expect(idx.findPeople(a.sentences[0]?.text ?? '').map((m) => m.name)).toEqual(['Xing Yang', 'Hana Mori']);
    expect(idx.people().map((p) => p.name).sort()).toEqual(['Hana Mori', 'Xing Yang']);
  });

  it('links a Chinese transliteration to the Latin name and keeps it as an alias', () => {
    const a = parseArticle('zh.md', '---\ntitle: t\n---\n\n[Marek Siarkowicz](https://github.com/serathius) 是负责人。\n\n作者：马雷克·西亚科维奇\n');
    const idx = peopleIndex(a);
    expect(idx.people()).toEqual([{ name: 'Marek Siarkowicz', github: 'serathius', aliases: ['马雷克·西亚科维奇'] }]);
    expect(idx.findPeople('马雷克·西亚科维奇写了这份文档。')[0]?.name).toBe('Marek Siarkowicz');
  });

  it('reads one person per line in lists of "name (@handle)，company"', () => {
    const a = parseArticle('l.md', '---\ntitle: t\n---\n\n### 负责人\n主席和技术负责人\nLucas Ferreira (@lferreira)，DaoCloud\nSofia Rossi (@srossi)，谷歌\n');
    expect(peopleIndex(a).people()).toEqual([
      { name: 'Lucas Ferreira', github: 'lferreira', aliases: [] },
      { name: 'Sofia Rossi', github: 'srossi', aliases: [] },
    ]);
  });

  it('reads "Name (Company)" list items as people, but not organisations written the same way', () => {
    const a = parseArticle('t.md', '---\ntitle: t\n---\n\nThe team:\n\n- Jane Doe (Example Corp)\n- Omar Khalid (Acme), release lead\n- Google Cloud (GKE)\n');
    expect(peopleIndex(a).people().map((p) => p.name)).toEqual(['Jane Doe', 'Omar Khalid']);
  });

  it('reads a name before a known employer in Japanese prose, and handles written "(@handle, Company)"', () => {
    const a = parseArticle('p.md', '---\ntitle: t\n---\n\nSIG Appsの共同議長を務めるSofia Marquez（Google）にお話を伺いました。\n\n- Amina Okafor ([@aokafor](https://github.com/aokafor), Google)\n');
    expect(peopleIndex(a).people()).toEqual([
      { name: 'Sofia Marquez', aliases: [] },
      { name: 'Amina Okafor', github: 'aokafor', aliases: [] },
    ]);
  });

  it('takes no part of a longer group or project name for a person', () => {
    const a = parseArticle('g.md', '---\ntitle: t\n---\n\nWe build the Gateway API Inference Extension. It was started by WG Data Protection.\n');
    expect(peopleIndex(a).people()).toEqual([]);
  });

  it('takes the spelling of the GitHub handle when the text misspells the name', () => {
    const a = parseArticle('h.md', '---\ntitle: t\n---\n\n## [Madhav Jivarajani](https://github.com/MadhavJivrajani)\n\nMadhav Jivarajani works on the stability team.\n');
    const idx = peopleIndex(a);
    expect(idx.people()[0]).toMatchObject({ name: 'Madhav Jivrajani', github: 'madhavjivrajani' });
    expect(idx.featuredAt(a.paragraphs[1]?.index ?? -1)).toBe('Madhav Jivrajani');
  });

  it('keeps the name as written when the handle only adds a suffix to it', () => {
    const a = parseArticle('h.md', '---\ntitle: t\n---\n\n## [Jiayi Chen](https://github.com/jiayichen-nv)\n\nJiayi Chen works on DRA.\n');
    expect(peopleIndex(a).people()[0]).toMatchObject({ name: 'Jiayi Chen', github: 'jiayichen-nv' });
  });
});
