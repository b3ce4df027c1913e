import { describe, expect, it } from 'vitest';
import { isNameLike, mappedWithLinks, parsePeople } from '../../src/article/people-refs.ts';

function people(raw: string): Array<Record<string, string | undefined>> {
  const { text, links } = mappedWithLinks(raw, 0, raw.length);
  return parsePeople(raw, text, links).people.map((p) => ({ name: p.name, company: p.company, github: p.github, raw: raw.slice(p.span.start, p.span.end) }));
}

describe('parsePeople', () => {
  it('keeps commas inside the company', () => {
    expect(people('Ann Lee (Acme, Inc.), Bob Stone')).toEqual([
      { name: 'Ann Lee', company: 'Acme, Inc.', github: undefined, raw: 'Ann Lee (Acme, Inc.)' },
      { name: 'Bob Stone', company: undefined, github: undefined, raw: 'Bob Stone' },
    ]);
  });

  it('reads a handle in parentheses, next to a company', () => {
    expect(people('本杰明·王 (@ahrtr)，VMware')[0]).toMatchObject({ name: '本杰明·王', github: 'ahrtr' });
    expect(people('Ann Lee ([@AnnL](https://github.com/AnnL)) (Acme)')[0]).toMatchObject({ name: 'Ann Lee', github: 'annl', company: 'Acme' });
  });

  it('drops a leading "by" and trailing punctuation', () => {
    expect(people('by Ann Lee.').map((p) => p.name)).toEqual(['Ann Lee']);
  });

  it('does not split inside names that contain と or 和 without spaces', () => {
    expect(people('和田太郎、山本と子').map((p) => p.name)).toEqual(['和田太郎', '山本と子']);
  });
});

describe('isNameLike', () => {
  it('accepts names in any script, with particles', () => {
    for (const n of ['Ann Lee', 'Ludwig van Beethoven', 'Frederico Muñoz', '梁远鹏', 'Jeremy Olmsted-Thompson', 'elmiko'.replace('e', 'E')]) expect(isNameLike(n)).toBe(true);
  });
  it('rejects phrases, URLs and empty strings', () => {
    for (const n of ['Organizing team of Kubernetes Upstream Training in Japan', 'https://x.example', '', '1234', 'the team']) expect(isNameLike(n)).toBe(false);
  });
});

describe('names in two scripts', () => {
  const ref = (raw: string): { name: string; company: string | undefined; otherScript: string | undefined } => {
    const { text, links } = mappedWithLinks(raw, 0, raw.length);
    const p = parsePeople(raw, text, links).people[0];
    return { name: p?.name ?? '', company: p?.company, otherScript: p?.otherScript };
  };
  it('takes the Latin form of a Han name, with or without a space inside it, and keeps the Han one', () => {
    expect(ref('王晓明 (Xiaoming Wang)')).toEqual({ name: 'Xiaoming Wang', company: undefined, otherScript: '王晓明' });
    expect(ref('山本 健一 (Kenichi Yamamoto)')).toEqual({ name: 'Kenichi Yamamoto', company: undefined, otherScript: '山本 健一' });
    expect(ref('Michael Yao（姚翔）')).toEqual({ name: 'Michael Yao', company: undefined, otherScript: '姚翔' });
  });
  it('still reads a company after a Han name', () => {
    expect(ref('山本 健一 (NTT DATA)')).toEqual({ name: '山本 健一', company: 'NTT DATA', otherScript: undefined });
  });
});

describe('a Latin name with its Han form and employer', () => {
  it('reads "Paco Xu（徐俊杰，DaoCloud）" as Paco Xu of DaoCloud, 徐俊杰 in Han', () => {
    const raw = 'Paco Xu（徐俊杰，DaoCloud）';
    const { text, links } = mappedWithLinks(raw, 0, raw.length);
    expect(parsePeople(raw, text, links).people[0]).toMatchObject({ name: 'Paco Xu', company: 'DaoCloud', otherScript: '徐俊杰' });
  });
});
