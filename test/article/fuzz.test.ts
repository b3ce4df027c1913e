import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import type { ParsedArticle, Span } from '../../src/article/types.ts';

const RUNS = 200;

/** The invariants every extractor relies on; returns the violations (checked in plain loops: `expect` per character is slow). */
function violations(a: ParsedArticle): string[] {
  const bad: string[] = [];
  const n = a.text.length;
  const span = (s: Span, what: string): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n)) bad.push(`${what} ${JSON.stringify(s)} outside 0..${n}`);
  };
  a.paragraphs.forEach((p, i) => {
    if (p.index !== i) bad.push(`paragraph ${i} has index ${p.index}`);
    span(p.span, `paragraph ${i}`);
    if (p.map.length !== p.text.length) bad.push(`paragraph ${i}: map length ${p.map.length} != text length ${p.text.length}`);
    if (p.map.some((o) => !(o >= 0 && o < n))) bad.push(`paragraph ${i}: map outside the text`);
    if (p.strong.some((r) => !(r.start >= 0 && r.start <= r.end && r.end <= p.text.length))) bad.push(`paragraph ${i}: strong range outside`);
    if (p.section !== undefined && a.paragraphs[p.section]?.kind !== 'heading') bad.push(`paragraph ${i}: section is not a heading`);
    for (const s of p.sentences) {
      if (s.paragraph !== i || s.channel !== p.channel) bad.push(`sentence of paragraph ${i} names ${s.paragraph}/${s.channel}`);
      if (s.map.length !== s.text.length || s.text.length === 0) bad.push(`sentence map/text lengths ${s.map.length}/${s.text.length}`);
      if (!p.text.includes(s.text)) bad.push(`sentence not in its paragraph: ${JSON.stringify(s.text)}`);
      span(s.span, 'sentence');
      if (s.span.start < p.span.start || s.span.end > p.span.end) bad.push(`sentence ${JSON.stringify(s.span)} outside paragraph ${JSON.stringify(p.span)}`);
    }
    for (const l of p.links) span(l.span, 'link');
  });
  if (a.sentences.length !== a.paragraphs.reduce((k, p) => k + p.sentences.length, 0)) bad.push('sentences do not match paragraphs');
  for (const t of a.turns) {
    span(t.labelSpan, 'label');
    if (t.speakers.length === 0) bad.push(`turn ${t.label} without speakers`);
    if (t.paragraphs.some((i) => a.paragraphs[i]?.channel !== t.channel)) bad.push(`turn ${t.label} crosses channels`);
  }
  for (const d of a.labelDefinitions) span(d.span, 'label definition');
  const people = [...(a.frontMatter?.authors ?? []), ...(a.frontMatter?.translators ?? []), ...a.bylines.flatMap((b) => b.people)];
  for (const p of people) {
    span(p.span, 'person');
    if (p.name.length === 0) bad.push('person without name');
  }
  if (a.frontMatter) span(a.frontMatter.span, 'front matter');
  for (const d of a.diagnostics) if (d.span) span(d.span, 'diagnostic');
  if (!['en', 'ja', 'zh'].includes(a.lang)) bad.push(`lang ${a.lang}`);
  return bad;
}

function checkInvariants(a: ParsedArticle): void {
  expect(violations(a)).toEqual([]);
}

const parseAndCheck = (text: string): void => checkInvariants(parseArticle('fuzz.md', text));

const PIECES = [
  '**', '*', '_', '__', '[', ']', '](', ')', '(', '（', '）', '`', '```\n', '~~~\n', '<!--', '-->', '<div>', '</div>', '<br>',
  '\n', '\n\n', '\r\n', '---\n', '--- \n', '# ', '## ', '- ', '  - ', '1. ', '> ', '{{<', '>}}', '{{%', '%}}', ':', '：', '。', '、', '！',
  'Mr.', 'e.g.', ' vs. ', 'v1.10', ' ', '\t', 'abc', 'Ann Lee', '(Acme)', '（筑波大学）', '日本語', 'です', '中文', 'あ', '&amp;', '&#x27;',
  '\\', '|', 'https://github.com/annlee', 'https://github.com/kubernetes/community/tree/master/sig-node', '@handle', 'author: ',
  'translator: >\n  ', 'date: 2024-01-01 10:00:00 +0900\n', '**Ann**: ', '**Q:** ', 'DM & RL', 'M/G/S', '(FSM)', '（下称 DM）', 'Mu√±oz',
  '\uFEFF', '\u0000', '\uD800', '\uDC00', '😀', '\u3000', 'By ', '作者：', '**Author:** ',
];

const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

const yamlValue = fc.oneof(
  fc.constantFrom('Ann Lee (Acme)', '"Ann Lee"', '>\n  Ann Lee,\n  Bob Stone (X)', '[Ann](https://github.com/ann)', '- a\n  - b', '{', '[', '"unterminated', '*alias', '&anchor x', '2024-01-01', 'true', '', '|\n  a\n  b', '!!binary x'),
  fc.string({ maxLength: 30 }),
);
const frontMatter = fc
  .array(fc.tuple(fc.constantFrom('title', 'author', 'authors', 'translator', 'date', 'draft', 'canonicalUrl', 'canonical_url', 'tags', 'x y', ' author'), yamlValue), { maxLength: 8 })
  .map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`);

const seedTexts = ['seeds/sig-etcd-spotlight.ja.md', 'seeds/sig-node-spotlight-2024.ja.md', 'seeds/introducing-sig-etcd.en.md'].map((p) =>
  readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'),
);
// A window of a real article (the start, with its front matter, or anywhere) with random edits.
const mangledSeed = fc
  .tuple(
    fc.constantFrom(...seedTexts),
    fc.nat(),
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...PIECES, '')), { minLength: 1, maxLength: 8 }),
  )
  .map(([text, at, fromStart, edits]) => {
    const start = fromStart ? 0 : at % text.length;
    let t = text.slice(start, start + 4000);
    for (const [at, del, ins] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + ins + t.slice(i + del);
    }
    return t;
  });

// Generous timeout: the suite shares two cores with Neo4j and other test files.
describe('parseArticle never throws and keeps its invariants', { timeout: 120_000 }, () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parseAndCheck), { numRuns: RUNS });
  });

  it('on Markdown-like fragments', () => {
    fc.assert(fc.property(markdownish, parseAndCheck), { numRuns: RUNS });
  });

  it('on mangled front matter followed by Markdown', () => {
    fc.assert(fc.property(frontMatter, markdownish, (fm, body) => parseAndCheck(fm + body)), { numRuns: RUNS });
  });

  it('on mangled real articles', () => {
    fc.assert(fc.property(mangledSeed, parseAndCheck), { numRuns: RUNS });
  });

  it('on edge cases', () => {
    for (const t of ['', '\n', '---', '---\n---', '---\n---\n', '<!--', '<!---->', '**', '\uFEFF', '\uD800', '[](', '{{<', '作者：', 'By ']) parseAndCheck(t);
  });

  it('on large inputs, reading only the start of what is too large to be an article', () => {
    const big = 'A line of text. '.repeat(700_000);
    const a = parseArticle('big.md', big);
    checkInvariants(a);
    expect(a.paragraphs.length).toBeGreaterThan(0);
    expect(a.diagnostics.some((d) => d.severity === 'warning' && d.source === 'markdown')).toBe(true);
  });
});
