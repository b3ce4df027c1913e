import { describe, expect, it } from 'vitest';
import { langFromFrontMatter, langFromPath, langFromText } from '../../src/article/language.ts';
import { parseArticle } from '../../src/article/parse-article.ts';

describe('language', () => {
  it('takes hints from the path', () => {
    expect(langFromPath('seeds/sig-etcd-spotlight.ja.md')).toBe('ja');
    expect(langFromPath('content/ja/blog/x.md')).toBe('ja');
    expect(langFromPath('seeds/etcd.zh.md')).toBe('zh');
    expect(langFromPath('content/zh-cn/blog/x.md')).toBe('zh');
    expect(langFromPath('content/zh/blog/x.md')).toBe('zh');
    expect(langFromPath('corpus/dev/en/x.md')).toBe('en');
    expect(langFromPath('articles/x.md')).toBeUndefined();
    expect(langFromPath('jazz/x.md')).toBeUndefined();
  });

  it('takes hints from front matter', () => {
    expect(langFromFrontMatter({ lang: 'zh-cn' })).toBe('zh');
    expect(langFromFrontMatter({ language: 'ja-JP' })).toBe('ja');
    expect(langFromFrontMatter({ title: 'x' })).toBeUndefined();
  });

  it('reads the script: any kana means Japanese, Han without kana Chinese', () => {
    expect(langFromText('SIG etcdのテックリードです。')).toBe('ja');
    expect(langFromText('我是 SIG etcd 的技术负责人。')).toBe('zh');
    expect(langFromText('I am a tech lead of SIG etcd.')).toBe('en');
    expect(langFromText('')).toBe('en');
  });

  it('uses the body only, not the English original in comments', () => {
    const a = parseArticle('x.md', '<!--\nThis is the English original, which is quite a bit longer than the translation.\n-->\n中文的翻译。\n');
    expect(a.lang).toBe('zh');
  });

  it('lets the path win over the text', () => {
    expect(parseArticle('content/ja/x.md', 'Only English here.').lang).toBe('ja');
  });
});

describe('language of mixed text', () => {
  it('asks eld when a little CJK sits inside Latin text', () => {
    expect(langFromText('Our thanks go to 梁远鹏 for the translation of this long English article about Kubernetes.')).toBe('en');
    expect(langFromText('Kubernetes etcd Kubernetes etcd 我们')).toBe('zh');
  });
});
