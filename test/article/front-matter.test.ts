import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';

const parse = (fm: string, body = '\nHello world.\n'): ReturnType<typeof parseArticle> => parseArticle('a.md', `---\n${fm}\n---\n${body}`);
const people = (a: ReturnType<typeof parseArticle>, key: 'authors' | 'translators' = 'authors'): Array<[string, string | undefined]> =>
  (a.frontMatter?.[key] ?? []).map((p) => [p.name, p.company]);

describe('front matter people', () => {
  it('reads a plain string, a quoted string and a folded block', () => {
    expect(people(parse('author: Fyka Ansari'))).toEqual([['Fyka Ansari', undefined]]);
    expect(people(parse('author: "Sandeep Kanabar"'))).toEqual([['Sandeep Kanabar', undefined]]);
    expect(people(parse('author: >\n  Han Kang (Google),\n  Marek Siarkowicz (Google)'))).toEqual([
      ['Han Kang', 'Google'],
      ['Marek Siarkowicz', 'Google'],
    ]);
  });

  it('reads lists, including maps with name and company', () => {
    const a = parse('authors:\n  - Ann Lee (Acme, Inc.)\n  - name: Bob Stone\n    company: Initech\n    github: BStone');
    expect(people(a)).toEqual([
      ['Ann Lee', 'Acme, Inc.'],
      ['Bob Stone', 'Initech'],
    ]);
    expect(a.frontMatter?.authors[1]?.github).toBe('bstone');
  });

  it('splits on 、, "and", 和, と and new lines, and reads full-width parentheses', () => {
    expect(people(parse('author: 北村拓也、岡部純弥'))).toEqual([
      ['北村拓也', undefined],
      ['岡部純弥', undefined],
    ]);
    expect(people(parse('author: Ann Lee and Bob Stone'))).toEqual([
      ['Ann Lee', undefined],
      ['Bob Stone', undefined],
    ]);
    expect(people(parse('author: Dewan Ahmed (Aiven) 和 Chris Short (AWS)'))).toEqual([
      ['Dewan Ahmed', 'Aiven'],
      ['Chris Short', 'AWS'],
    ]);
    expect(people(parse('translator: Taisuke Okamoto（IDCフロンティア） と Junya Okabe'), 'translators')).toEqual([
      ['Taisuke Okamoto', 'IDCフロンティア'],
      ['Junya Okabe', undefined],
    ]);
    expect(people(parse('author: |\n  Ann Lee\n  Bob Stone'))).toEqual([
      ['Ann Lee', undefined],
      ['Bob Stone', undefined],
    ]);
  });

  it('reads GitHub and LinkedIn links and (@handle), with spans of the raw text', () => {
    const fm = 'author: "[Ann Lee](https://github.com/AnnLee) (Acme), [Bob Stone](https://www.linkedin.com/in/bob/), Carl Dee (@CarlD)"';
    const a = parse(fm);
    const [ann, bob, carl] = a.frontMatter?.authors ?? [];
    expect(ann).toMatchObject({ name: 'Ann Lee', github: 'annlee', company: 'Acme', url: 'https://github.com/AnnLee' });
    expect(a.text.slice(ann!.span.start, ann!.span.end)).toBe('[Ann Lee](https://github.com/AnnLee) (Acme)');
    expect(bob).toMatchObject({ name: 'Bob Stone', linkedin: 'https://www.linkedin.com/in/bob' });
    expect(carl).toMatchObject({ name: 'Carl Dee', github: 'carld' });
    expect(carl?.company).toBeUndefined();
  });

  it('reports parts that are not people instead of inventing a person', () => {
    const a = parse('author: >\n  [Junya Okabe](https://github.com/Okabe-Junya) (筑波大学) /\n  Organizing team of Kubernetes Upstream Training in Japan');
    expect(people(a)).toEqual([['Junya Okabe', '筑波大学']]);
    expect(a.diagnostics.some((d) => d.severity === 'info' && d.message.includes('Organizing team'))).toBe(true);
  });

  it('repairs mojibake in names but keeps the raw text', () => {
    const a = parse('author: Frederico Mu√±oz (SAS Institute)');
    expect(a.frontMatter?.authors[0]).toMatchObject({ name: 'Frederico Muñoz', raw: 'Frederico Mu√±oz (SAS Institute)' });
  });
});

describe('front matter fields', () => {
  it('reads canonicalUrl and canonical_url, draft, tags and dates', () => {
    expect(parse('canonicalUrl: https://a.example/x').frontMatter?.canonicalUrl).toBe('https://a.example/x');
    expect(parse('canonical_url: https://b.example/y').frontMatter?.canonicalUrl).toBe('https://b.example/y');
    expect(parse('draft: true').frontMatter?.draft).toBe(true);
    expect(parse('title: x').frontMatter?.draft).toBe(false);
    expect(parse('tags:\n  - etcd\n  - sig').frontMatter?.tags).toEqual(['etcd', 'sig']);
    expect(parse('date: 2022-08-02 10:00:00 -0800').frontMatter?.date).toBe('2022-08-02T10:00:00-08:00');
  });

  it('tolerates duplicate keys (the last wins) and trailing spaces after the fences', () => {
    const a = parseArticle('a.md', '---   \ntitle: one\ntitle: two\nauthor: A One\nauthor: B Two\n---  \n\nText.\n');
    expect(a.frontMatter?.title).toBe('two');
    expect(people(a)).toEqual([['B Two', undefined]]);
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('turns invalid YAML into an error diagnostic and still parses the body', () => {
    const a = parse('title: "unterminated\nauthor: [a, b', '\nThe body is still here.\n');
    const errors = a.diagnostics.filter((d) => d.severity === 'error' && d.source === 'frontmatter');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.message).toMatch(/invalid YAML front matter: .+/);
    expect(a.sentences.map((s) => s.text)).toContain('The body is still here.');
  });

  it('handles articles without front matter', () => {
    const a = parseArticle('a.md', 'Just text. Two sentences.');
    expect(a.frontMatter).toBeNull();
    expect(a.sentences.map((s) => s.text)).toEqual(['Just text.', 'Two sentences.']);
  });

  it('gives the span of the whole front matter block', () => {
    const text = '---\ntitle: x\n---\n\nBody.\n';
    const a = parseArticle('a.md', text);
    expect(text.slice(a.frontMatter!.span.start, a.frontMatter!.span.end)).toBe('---\ntitle: x\n---');
  });
});
