import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';

const file = readFileSync(new URL('fixtures/interview-variants.md', import.meta.url), 'utf8');
const a = parseArticle('interview-variants.md', file);
const labelOf = (i: number): string | undefined => a.turns.find((t) => t.paragraphs.includes(i))?.label;
const paragraph = (start: string): number => a.paragraphs.findIndex((p) => p.text.startsWith(start));

describe('speaker labels', () => {
  it('recognises every written form of a label', () => {
    expect(a.turns.map((t) => [t.label, t.isQuestion])).toEqual([
      ['Alice', true],
      ['Janet', false],
      ['Yuan', false],
      ['Yuan', false],
      ['Janet and Yuan', false],
      ['Yuan', false],
      ['Alice', true],
      ['Q', true],
      ['A', false],
    ]);
  });

  it('reads an interviewer label ("インタビュアー", "Interviewer", "主持人") as the question', () => {
    const b = parseArticle('x.ja.md', '**インタビュアー**：自己紹介をお願いします。\n\n**Fabrizio**：メンテナーです。\n\n**Interviewer**: And you?\n\n**Fabrizio**: Same.\n\n**主持人**：你好。\n');
    expect(b.turns.map((t) => [t.label, t.isQuestion])).toEqual([
      ['インタビュアー', true],
      ['Fabrizio', false],
      ['Interviewer', true],
      ['Fabrizio', false],
      ['主持人', true],
    ]);
  });

  it('reads a name alone on a bold line as the label of the answer below it, and ends the answer at a bold question', () => {
    const b = parseArticle('x.md', 'I talked with Jan Šafránek and Michelle Au.\n\n**What are the sidecars?**\n\n**Jan Šafránek**\n\nSmall controllers.\n\nMore on them.\n\n**Who else?**\n\n**Michelle Au**\n\nSIG Node.\n');
    expect(b.turns.map((t) => [t.label, t.isQuestion, t.paragraphs.map((i) => b.paragraphs[i]?.text)])).toEqual([
      ['Jan Šafránek', false, ['Jan Šafránek', 'Small controllers.', 'More on them.']],
      ['Michelle Au', false, ['Michelle Au', 'SIG Node.']],
    ]);
  });

  it('splits joint labels into speakers', () => {
    expect(a.turns.find((t) => t.label === 'Janet and Yuan')?.speakers).toEqual(['Janet', 'Yuan']);
  });

  it('gives the file span of the label', () => {
    for (const t of a.turns) expect(file.slice(t.labelSpan.start, t.labelSpan.end)).toBe(t.label);
  });

  it('continues a turn over following blocks until the next label or heading', () => {
    expect(labelOf(paragraph('Janet goes on'))).toBe('Janet');
    expect(labelOf(paragraph('and a list item'))).toBe('Janet');
    // "Note:" and "**Blogs**:" are not labels: they stay in the turn before them.
    expect(labelOf(paragraph('Note: this'))).toBe('Yuan');
    expect(labelOf(paragraph('Blogs: a bold term'))).toBe('Yuan');
    expect(labelOf(paragraph('This paragraph follows a heading'))).toBeUndefined();
  });

  it('marks whole-bold paragraphs', () => {
    expect(a.paragraphs[paragraph('Alice: Is this')]?.allStrong).toBe(true);
    expect(a.paragraphs[paragraph('Janet : A spaced')]?.allStrong).toBe(false);
  });
});

describe('label definitions', () => {
  it('reads "Name (INIT)" and "Name（下称 INIT）" and keeps only initials used as labels', () => {
    const text = [
      '---',
      'title: x',
      '---',
      '',
      'We met Divya Mohan（下称 DM）and Rey Lejano (RL), members of the Special Interest Group (SIG).',
      '',
      '**DM & RL**: Hello.',
      '',
      '**DM**：Hi.',
      '',
    ].join('\n');
    const p = parseArticle('x.md', text);
    expect(p.labelDefinitions.map((d) => [d.label, d.name])).toEqual([
      ['DM', 'Divya Mohan'],
      ['RL', 'Rey Lejano'],
    ]);
    const dm = p.labelDefinitions[0]!;
    expect(text.slice(dm.span.start, dm.span.end)).toBe('Divya Mohan（下称 DM）');
    expect(p.turns.map((t) => t.speakers)).toEqual([['DM', 'RL'], ['DM']]);
  });
});

describe('labels introduced only in prose', () => {
  it('takes a one-off first-name label as a speaker when the text writes that name with a surname', () => {
    const text = [
      '---',
      'title: x',
      'author: "Hana Kobayashi"',
      '---',
      '',
      'SIG Storageの共同チェアであるOliver Brandt氏と、テックリードのMei Lin氏にお話を伺いました。',
      '',
      '**Hana: 自己紹介をお願いします。**',
      '',
      '**Oliver**: こんにちは、Oliverです。',
      '',
      '**Mei**: Meiと申します。Intelで働いています。',
      '',
      '**Blogs**: a bold term, not a person.',
    ].join('\n');
    const parsed = parseArticle('x.ja.md', text);
    expect(parsed.turns.map((t) => t.label)).toEqual(['Hana', 'Oliver', 'Mei']);
  });
});

describe('question and answer marks', () => {
  const parse = (body: string[]): ReturnType<typeof parseArticle> => parseArticle('x.md', ['---', 'title: x', '---', '', ...body].join('\n'));

  it('reads plain "Q." and "A." paragraphs as questions and answers', () => {
    const parsed = parse(['**Q. 自己紹介をお願いします。**', '', 'A. Xing Yangです。VMwareで働いています。', '', 'Q. SIGの担当は？', '', 'A. CSIです。']);
    expect(parsed.turns.map((t) => [t.label, t.isQuestion])).toEqual([
      ['Q', true],
      ['A', false],
      ['Q', true],
      ['A', false],
    ]);
  });

  it('does not take "A." for a mark where no question is asked that way', () => {
    expect(parse(['A. Smith chairs the group.', '', 'A. Jones leads it.']).turns).toEqual([]);
  });

  it('takes the name in "答（Guy）" and "A (Marcin)" as the speaker', () => {
    const parsed = parse(['Guy Templeton and Marcin Wielgus lead the SIG.', '', '**问**：请介绍一下。', '', '**答（Guy）**：我是 Guy。', '', '**A (Marcin)**: I am Marcin.']);
    expect(parsed.turns.map((t) => t.speakers)).toEqual([['问'], ['Guy'], ['Marcin']]);
  });
});
