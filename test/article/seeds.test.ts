import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import type { ParsedArticle } from '../../src/article/types.ts';

const read = (path: string): ParsedArticle => parseArticle(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
// The development corpus lives beside the project (../shared), never copied into it.
const devCorpus = new URL('../../../shared/corpus/dev/', import.meta.url);
const fixture = (path: string): ParsedArticle => parseArticle(`corpus/${path}`, readFileSync(new URL(path, devCorpus), 'utf8'));
const at = (a: ParsedArticle, s: { start: number; end: number }): string => a.text.slice(s.start, s.end);

function turnCounts(a: ParsedArticle, channel = 'body'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of a.turns) if (t.channel === channel) counts[t.label] = (counts[t.label] ?? 0) + 1;
  return counts;
}

describe('seeds/sig-etcd-spotlight.ja.md', () => {
  const a = read('seeds/sig-etcd-spotlight.ja.md');

  it('reads language and front matter people', () => {
    expect(a.lang).toBe('ja');
    expect(a.frontMatter?.date).toBe('2025-03-04');
    expect(a.frontMatter?.canonicalUrl).toBe('https://www.kubernetes.dev/blog/2025/02/19/sig-etcd-spotlight');
    const [author] = a.frontMatter?.authors ?? [];
    expect(author).toMatchObject({ name: 'Frederico Muñoz', company: 'SAS Institute' });
    expect(at(a, author!.span)).toBe('Frederico Muñoz (SAS Institute)');
    const [translator] = a.frontMatter?.translators ?? [];
    expect(translator).toMatchObject({ name: 'Takuya Kitamura', github: 'kfess' });
    expect(at(a, translator!.span)).toBe('[Takuya Kitamura](https://github.com/kfess)');
  });

  it('finds the interview turns, with the interviewer asking', () => {
    expect(turnCounts(a)).toEqual({ Frederico: 11, Benjamin: 2, James: 2, Marek: 9, Wenjia: 5 });
    for (const t of a.turns) expect(t.isQuestion).toBe(t.label === 'Frederico');
    // The plain "Marek: もちろんです！" label counts as well.
    const plain = a.turns.find((t) => a.text.slice(t.labelSpan.start, t.labelSpan.end + 2) === 'Marek: ');
    expect(plain).toBeDefined();
    // Wenjia's answer goes on over the bullet list that follows it.
    const wenjia = a.turns.find((t) => t.label === 'Wenjia' && t.paragraphs.length > 3);
    expect(wenjia?.paragraphs.map((i) => a.paragraphs[i]?.kind)).toContain('listItem');
  });

  it('links people to GitHub and groups to their folders', () => {
    const handles = a.links.flatMap((l) => (l.github ? [l.github] : []));
    expect(handles).toEqual(expect.arrayContaining(['jmhbnz', 'serathius', 'wenjiaswe', 'ahrtr']));
    expect(a.links.find((l) => l.text === 'SIG Instrumentation')?.communityGroup).toBe('sig-instrumentation');
  });

  it('drops Hugo shortcodes from the text', () => {
    expect(a.sentences.some((s) => s.text.includes('{{') || s.text.includes('figure src'))).toBe(false);
  });

  it('splits Japanese sentences on 。！？', () => {
    const s = a.sentences.find((x) => x.text.startsWith('Marek: 皆さんこんにちは'));
    expect(s?.text).toBe('Marek: 皆さんこんにちは、私はMarekです。');
    expect(a.sentences.some((x) => x.text === 'SIG etcdのリードを務めています。')).toBe(true);
  });
});

describe('seeds/introducing-sig-etcd.en.md', () => {
  const a = read('seeds/introducing-sig-etcd.en.md');
  it('reads three authors from a folded block, with companies, repairing mojibake', () => {
    expect(a.lang).toBe('en');
    expect(a.frontMatter?.authors.map((p) => [p.name, p.company])).toEqual([
      ['Han Kang', 'Google'],
      ['Marek Siarkowicz', 'Google'],
      ['Frederico Muñoz', 'SAS Institute'],
    ]);
    expect(a.frontMatter?.authors[2]?.raw).toBe('Frederico Mu√±oz (SAS Institute)');
    expect(a.frontMatter?.canonicalUrl).toBe('https://etcd.io/blog/2023/introducing-sig-etcd/');
  });
  it('has no interview turns', () => {
    expect(a.turns).toEqual([]);
  });
});

describe('seeds/sig-node-spotlight-2024.ja.md', () => {
  const a = read('seeds/sig-node-spotlight-2024.ja.md');
  it('reads translators with full-width companies and links', () => {
    expect(a.frontMatter?.translators.map((p) => [p.name, p.company, p.github])).toEqual([
      ['Taisuke Okamoto', 'IDCフロンティア', undefined],
      ['Junya Okabe', '筑波大学', 'okabe-junya'],
    ]);
  });
  it('splits the joint label and defines its letters from the speakers', () => {
    const joint = a.turns.filter((t) => t.label === 'M/G/S');
    expect(joint.length).toBe(13);
    expect(joint[0]?.speakers).toEqual(['M', 'G', 'S']);
    const defs = Object.fromEntries(a.labelDefinitions.map((d) => [d.label, d.name]));
    expect(defs).toMatchObject({ M: 'Matthias Bertschy', G: 'Gunju Kim', S: 'Sergey Kanzhelev' });
    expect(a.turns.filter((t) => t.isQuestion).every((t) => t.label === 'Arpit')).toBe(true);
    expect(a.turns.some((t) => t.label === 'Mathias')).toBe(true);
  });
});

describe('seeds/sig-cloud-provider-spotlight-2024.ja.md', () => {
  const a = read('seeds/sig-cloud-provider-spotlight-2024.ja.md');
  it('accepts labels with and without a space after the colon, and `**X:**`', () => {
    expect(turnCounts(a)).toEqual({ Arujjwal: 8, Michael: 8 });
    expect(a.turns.filter((t) => t.isQuestion).map((t) => t.label)).toEqual(Array(8).fill('Arujjwal'));
  });
  it('keeps a link text that spans a line break', () => {
    expect(a.links[0]?.text).toBe('SIG Cloud Provider');
    expect(a.links[0]?.communityGroup).toBe('sig-cloud-provider');
  });
});

describe('seeds/etcd-as-a-kubernetes-sig.zh.md', () => {
  const a = read('seeds/etcd-as-a-kubernetes-sig.zh.md');
  it('is Chinese, by its author, without interview turns', () => {
    expect(a.lang).toBe('zh');
    expect(a.frontMatter?.authors.map((p) => p.name)).toEqual(['梁远鹏']);
    expect(a.turns).toEqual([]);
    // "作者：" inside a quoted document is not the article's byline.
    expect(a.bylines).toEqual([]);
  });
  it('keeps statements written one per line as separate sentences', () => {
    expect(a.sentences.map((s) => s.text)).toEqual(expect.arrayContaining(['本杰明·王 (@ahtr)，VMware', 'Marek Siarkowicz (@serathius)，谷歌']));
  });
});

describe('zh-cn SIG Docs spotlight (English original in comments)', () => {
  const a = fixture('zh-cn/sig-docs-spotlight-2022.md');
  it('has both channels and the byline in each', () => {
    expect(a.lang).toBe('zh');
    expect(a.paragraphs.some((p) => p.channel === 'comment')).toBe(true);
    expect(a.sentences.some((s) => s.channel === 'comment' && s.text.startsWith('The official documentation'))).toBe(true);
    const body = a.bylines.find((b) => b.channel === 'body');
    expect(body?.role).toBe('author');
    expect(body?.people.map((p) => p.name)).toEqual(['Purneswar Prasad']);
    expect(a.bylines.find((b) => b.channel === 'comment')?.people.map((p) => p.name)).toEqual(['Purneswar Prasad']);
  });
  it('reads label definitions, including 下称', () => {
    const defs = Object.fromEntries(a.labelDefinitions.map((d) => [d.label, d.name]));
    expect(defs).toEqual({ DM: 'Divya Mohan', RL: 'Rey Lejano', NV: 'Natali Vlatko' });
    expect(turnCounts(a)).toEqual({ 'DM & RL': 1, DM: 1, NV: 1 });
    expect(a.turns.find((t) => t.label === 'DM & RL')?.speakers).toEqual(['DM', 'RL']);
  });
  it('does not read the inner front matter as prose', () => {
    expect(a.sentences.some((s) => s.text.includes('layout: blog'))).toBe(false);
  });
  it('does not take subproject names in bold for speakers', () => {
    expect(a.turns.some((t) => ['Blogs', 'Localization', '博客', '本地化'].includes(t.label))).toBe(false);
  });
});

describe('zh-cn SIG Multicluster spotlight', () => {
  const a = fixture('zh-cn/sig-multicluster-spotlight-2022.md');
  it('derives initials from names and marks the interviewer', () => {
    const defs = Object.fromEntries(a.labelDefinitions.map((d) => [d.label, d.name]));
    expect(defs).toEqual({ CS: 'Chris Short', JOT: 'Jeremy Olmsted-Thompson' });
    expect(turnCounts(a)).toEqual({ CS: 7, JOT: 7 });
    expect(turnCounts(a, 'comment')).toEqual({ CS: 7, JOT: 7 });
    expect(a.turns.filter((t) => t.label === 'CS').every((t) => t.isQuestion)).toBe(true);
    expect(a.turns.filter((t) => t.label === 'JOT').some((t) => t.isQuestion)).toBe(false);
  });
  it('reads the 和-separated byline with companies', () => {
    const body = a.bylines.find((b) => b.channel === 'body');
    expect(body?.people.map((p) => [p.name, p.company])).toEqual([
      ['Dewan Ahmed', 'Aiven'],
      ['Chris Short', 'AWS'],
    ]);
  });
});

describe('contributor summit interview', () => {
  const a = fixture('en/k8s-contributor-summit-behind-the-scenes.md');
  it('reads "Name (INIT)" labels and initials used without definition', () => {
    const defs = Object.fromEntries(a.labelDefinitions.map((d) => [d.label, d.name]));
    expect(defs).toEqual({ FSM: 'Frederico Muñoz', NA: 'Noah Abrahams', FM: 'Frederico Muñoz' });
    expect(turnCounts(a)).toEqual({ 'Frederico Muñoz (FSM)': 1, 'Noah Abrahams (NA)': 1, FM: 8, NA: 8 });
    expect(a.turns.find((t) => t.label === 'Frederico Muñoz (FSM)')?.speakers).toEqual(['Frederico Muñoz']);
    expect(a.turns.filter((t) => t.isQuestion).every((t) => t.label === 'FM' || t.label.startsWith('Frederico'))).toBe(true);
  });
});

describe('Meet our contributors (byline in the body)', () => {
  const a = fixture('en/meet-our-contributors-india-ep-01.md');
  it('reads "Authors & Interviewers:" with GitHub links', () => {
    expect(a.frontMatter?.authors).toEqual([]);
    const [byline] = a.bylines;
    expect(byline?.role).toBe('author');
    expect(byline?.people.length).toBe(9);
    expect(byline?.people[0]).toMatchObject({ name: 'Anubhav Vardhan', github: 'anubha-v-ardhan' });
    expect(at(a, byline!.people[0]!.span)).toBe('[Anubhav Vardhan](https://github.com/anubha-v-ardhan)');
  });
});
