import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';

const bylines = (body: string): Array<[string, string, Array<[string, string | undefined]>]> =>
  parseArticle('a.md', body).bylines.map((b) => [b.role, b.channel, b.people.map((p) => [p.name, p.company])]);

describe('body bylines', () => {
  it('reads 作者/译者 with half- and full-width colons', () => {
    expect(bylines('**作者:** Ann Lee (Acme)\n\n**译者：** 王小明\n')).toEqual([
      ['author', 'body', [['Ann Lee', 'Acme']]],
      ['translator', 'body', [['王小明', undefined]]],
    ]);
    expect(bylines('**作者：** Dewan Ahmed (Aiven) 和 Chris Short (AWS)\n')).toEqual([
      ['author', 'body', [['Dewan Ahmed', 'Aiven'], ['Chris Short', 'AWS']]],
    ]);
  });

  it('reads Author:, "By X (Company)" and "Authors & Interviewers:"', () => {
    expect(bylines('**Author**: Fyka Ansari\n')).toEqual([['author', 'body', [['Fyka Ansari', undefined]]]]);
    expect(bylines('By Ann Lee (Acme)\n')).toEqual([['author', 'body', [['Ann Lee', 'Acme']]]]);
    expect(bylines('**Authors & Interviewers:** [Ann Lee](https://github.com/ann), Bob Stone, Carl Dee\n')).toEqual([
      ['author', 'body', [['Ann Lee', undefined], ['Bob Stone', undefined], ['Carl Dee', undefined]]],
    ]);
    expect(parseArticle('a.md', '**Authors & Interviewers:** [Ann Lee](https://github.com/ann)\n').bylines[0]?.people[0]?.github).toBe('ann');
  });

  it('reads several roles in one paragraph', () => {
    expect(bylines('**Author:** Ann Lee\n**Translator:** Bob Stone\n')).toEqual([
      ['author', 'body', [['Ann Lee', undefined]]],
      ['translator', 'body', [['Bob Stone', undefined]]],
    ]);
  });

  it('ignores prose that starts like a byline and markers in the middle of a paragraph', () => {
    expect(bylines('By the way, this is prose.\n')).toEqual([]);
    expect(bylines('The design doc\n作者：马雷克\n状态：审查\n')).toEqual([]);
    expect(bylines('**Editor:** Ann Lee\n')).toEqual([]);
  });

  it('reads bylines in comments as the comment channel', () => {
    expect(bylines('<!--\n**Author:** Ann Lee\n-->\n**作者：** Ann Lee\n')).toEqual([
      ['author', 'comment', [['Ann Lee', undefined]]],
      ['author', 'body', [['Ann Lee', undefined]]],
    ]);
  });
});
