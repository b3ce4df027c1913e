import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import type { Paragraph, ParsedArticle } from '../../src/article/types.ts';

/** Every plain-text character maps to the same character in the file (line breaks may become spaces). */
function expectFaithfulMap(a: ParsedArticle, p: Paragraph): void {
  expect(p.map.length).toBe(p.text.length);
  for (let i = 0; i < p.text.length; i++) {
    const c = p.text[i]!;
    const f = a.text[p.map[i]!]!;
    if (c === f) continue;
    expect(/\s/.test(c) && /\s/.test(f), `text[${i}]=${JSON.stringify(c)} file=${JSON.stringify(f)}`).toBe(true);
  }
}

describe('plain text of blocks', () => {
  it('removes Markdown syntax, keeps link text and inline code, maps every character', () => {
    const text = 'Some *emphasis*, **bold**, [a link](https://x.example) and `code` with \\*escapes\\* &amp; entities.\n';
    const a = parseArticle('a.md', text);
    const [p] = a.paragraphs;
    expect(p?.text).toBe('Some emphasis, bold, a link and code with *escapes* & entities.');
    expectFaithfulMap(a, p!);
    expect(p?.map[p.text.indexOf('&')]).toBe(text.indexOf('&amp;'));
    expect(p?.strong.map((r) => p.text.slice(r.start, r.end))).toEqual(['bold']);
    expect(p?.links[0]).toMatchObject({ text: 'a link', url: 'https://x.example' });
    expect(text.slice(p!.links[0]!.span.start, p!.links[0]!.span.end)).toBe('[a link](https://x.example)');
  });

  it('sees CJK bold next to letters (micromark-extension-cjk-friendly)', () => {
    const a = parseArticle('a.md', '**「etcd」**はキーバリューストアです。\n');
    const p = a.paragraphs[0]!;
    expect(p.text).toBe('「etcd」はキーバリューストアです。');
    expect(p.strong.map((r) => p.text.slice(r.start, r.end))).toEqual(['「etcd」']);
  });

  it('joins wrapped lines: a space in English, nothing after CJK punctuation', () => {
    const a = parseArticle('a.md', 'This is a wrapped\nEnglish line.\n\n这是第一行，\n这是第二行。\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['This is a wrapped English line.', '这是第一行，这是第二行。']);
  });

  it('joins a line wrapped between two CJK letters into one sentence, with nothing in between', () => {
    const a = parseArticle('a.ja.md', 'SIG Authのレビュアーも\n務めています。次の文です。\n');
    expect(a.paragraphs[0]?.text).toBe('SIG Authのレビュアーも務めています。次の文です。');
    expect(a.sentences.map((s) => s.text)).toEqual(['SIG Authのレビュアーも務めています。', '次の文です。']);
    expectFaithfulMap(a, a.paragraphs[0]!);
  });

  it('measures Chinese lines by their width: wrapped prose of 30 Han characters a line is one sentence', () => {
    const a = parseArticle('a.zh.md', '在这次聚焦中，我采访了来自谷歌的一位资深软件工程师、同时也是 SIG Testing 技术负责人\nMichelle Shepardson，以及在英特尔工作多年、同样担任 SIG Testing 技术负责人的\nPatrick Ohly。\n');
    expect(a.sentences).toHaveLength(1);
  });

  it('joins wrapped prose whose lines happen to end without punctuation, but keeps short record lines', () => {
    const prose = 'After four years, Marcus Olsen stepped down as a co-chair of SIG\nDocs and is now an emeritus lead; he remains a reviewer. Sana Iqbal\n(Google) and Tim Becker (VMware) were elected.\n';
    const list = 'Lucas Ferreira, DaoCloud\nSofia Rossi, Google\nWei Chen, Huawei\n';
    const a = parseArticle('a.md', `${prose}\n${list}`);
    expect(a.paragraphs.map((p) => p.text.includes('\n'))).toEqual([false, true]);
    expect(a.sentences.map((s) => s.text.slice(0, 20))).toContain('Sana Iqbal (Google) ');
  });

  it('gives block kinds, heading depth, list depth and sections', () => {
    const a = parseArticle('a.md', '# Title\n\nIntro.\n\n## Part\n\n- item\n  - nested\n\n> quoted\n\n<div>html text</div>\n');
    expect(a.paragraphs.map((p) => [p.kind, p.depth, p.text, p.section])).toEqual([
      ['heading', 1, 'Title', undefined],
      ['paragraph', undefined, 'Intro.', 0],
      ['heading', 2, 'Part', 0],
      ['listItem', 1, 'item', 2],
      ['listItem', 2, 'nested', 2],
      ['blockquote', undefined, 'quoted', 2],
      ['html', undefined, 'html text', 2],
    ]);
    for (const p of a.paragraphs) expectFaithfulMap(a, p);
  });

  it('drops images, code blocks and Hugo shortcodes', () => {
    const a = parseArticle('a.md', '![alt](x.png)\n\n```\ncode block\n```\n\n{{< figure src="stats.png" alt="Stats" >}}\n\nText {{% note %}}kept{{% /note %}} here.\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Text kept here.']);
  });

  it('turns bare URLs into links', () => {
    const a = parseArticle('a.md', '讨论在这里: https://github.com/etcd-io/etcd/issues/15875 。\n');
    expect(a.links.map((l) => l.url)).toEqual(['https://github.com/etcd-io/etcd/issues/15875']);
  });

  it('keeps file offsets right after a byte order mark', () => {
    const a = parseArticle('a.md', '\uFEFF---\ntitle: x\nauthor: Ann Lee\n---\n\nBody **bold**.\n');
    expect(a.frontMatter?.title).toBe('x');
    const ann = a.frontMatter!.authors[0]!;
    expect(a.text.slice(ann.span.start, ann.span.end)).toBe('Ann Lee');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Body bold.']);
    expectFaithfulMap(a, a.paragraphs[0]!);
  });
});

describe('comment channel', () => {
  const text = [
    '---',
    'title: 中文',
    '---',
    '<!--',
    'layout: blog',
    'title: "English"',
    'author: Ann Lee (Acme)',
    '-->',
    '',
    '<!--',
    '## Introduction',
    '',
    'The **English** original. It has [a link](https://github.com/annlee).',
    '-->',
    '## 简介',
    '',
    '中文正文。',
    '',
  ].join('\n');
  const a = parseArticle('zh-cn/x.md', text);

  it('parses comment contents as Markdown with file offsets', () => {
    const comment = a.paragraphs.filter((p) => p.channel === 'comment');
    expect(comment.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Introduction'],
      ['paragraph', 'The English original. It has a link.'],
    ]);
    for (const p of comment) expectFaithfulMap(a, p);
    expect(a.links[0]).toMatchObject({ github: 'annlee' });
    expect(a.sentences.filter((s) => s.channel === 'comment').map((s) => s.text)).toEqual(['Introduction', 'The English original.', 'It has a link.']);
  });

  it('keeps sections per channel', () => {
    const body = a.paragraphs.find((p) => p.text === '中文正文。');
    expect(a.paragraphs[body!.section!]?.text).toBe('简介');
  });

  it('reads only bylines from the inner front matter', () => {
    expect(a.bylines).toEqual([expect.objectContaining({ role: 'author', channel: 'comment', people: [expect.objectContaining({ name: 'Ann Lee', company: 'Acme' })] })]);
    expect(a.sentences.some((s) => s.text.includes('layout'))).toBe(false);
    expect(a.frontMatter?.title).toBe('中文');
  });
});

describe('tables', () => {
  it('reads GFM table cells as blocks of their own', () => {
    const text = '| Name | Role |\n|------|:----:|\n| [Ann Lee](https://github.com/ann) | **Chair** |\n';
    const a = parseArticle('a.md', text);
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['tableCell', 'Name'],
      ['tableCell', 'Role'],
      ['tableCell', 'Ann Lee'],
      ['tableCell', 'Chair'],
    ]);
    expect(a.links[0]?.github).toBe('ann');
    expect(a.paragraphs[3]?.allStrong).toBe(true);
  });

  it('leaves pipes in prose alone', () => {
    const a = parseArticle('a.md', 'a | b is not a table\n');
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([['paragraph', 'a | b is not a table']]);
  });
});
