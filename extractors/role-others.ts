/**
 * "I'm one of the two co-chairs of the working group; the other is Thomas Becker", "两位联合主席之一，
 * 另一位是来自谷歌的 Thomas Becker", "もう一人のチェアはRosa Delgadoさんです", "そのうちの一人である
 * 中川さん": the other holder of a role just stated for someone, or one of its holders, holds it too.
 */
import type { GroupIndex } from './mentions/groups.ts';
import type { ArticleContext } from './role-holders.ts';
import { groupObject } from './role-objects.ts';
import type { RoleFact } from './role-types.ts';

const THE_OTHER: RegExp[] = [
  /\b(?:and\s+)?the\s+other\s+(?:one\s+|co-?chair\s+|chair\s+|(?:tech(?:nical)?\s+)?lead\s+|co-?lead\s+|maintainer\s+)?(?:is|being|was)\s+$/iu,
  /另(?:外)?一位(?:联合主席|主席|负责人|技术负责人|维护者)?(?:则)?(?:是|为)\s*(?:来自\s*[^，。的]{1,20}?\s*的\s*)?$/u,
  /もう一人(?:の(?:チェア|共同議長|リード|テックリード|メンテナー))?(?:は|が)\s*$/u,
  // "現在のアプルーバーは私を含めて4名で、そのうちの一人である中川 翔さん…": one of the holders just counted.
  /(?:そのうちの|その中の)(?:一人|ひとり|1人)(?:である|の)\s*$/u,
  /其中(?:一位|之一)(?:是|为)?\s*$/u,
]

/** Copies of the facts of one sentence for the other holder it names after "the other is". */
export function otherHolderFacts(ctx: ArticleContext, facts: readonly RoleFact[]): RoleFact[] {
  const out: RoleFact[] = [];
  const bySentence = new Map<number, RoleFact[]>();
  for (const f of facts) {
    const index = ctx.sentenceIndex.get(f.sentence);
    if (index === undefined || f.p === 'CONTRIBUTES_TO') continue;
    bySentence.set(index, [...(bySentence.get(index) ?? []), f]);
  }
  for (const [index, stated] of bySentence) {
    const s = ctx.article.sentences[index];
    const holders = new Set(stated.map((f) => f.person));
    // One holder stated: "the other" is then unambiguous.
    if (!s || holders.size !== 1) continue;
    for (const m of ctx.peopleIn(index)) {
      if (holders.has(m.name) || !THE_OTHER.some((re) => re.test(s.text.slice(0, m.start)))) continue;
      for (const f of stated) out.push({ ...f, person: m.name, confidence: Math.min(f.confidence, 0.7) });
    }
  }
  return out;
}

/** Between a group and a person it qualifies: "SIG Scalability 的 Hassan Ali", "SIG NodeのAさん", "SIG Node's A". */
const GROUP_OF_PERSON = /^\s*(?:的|の|['’]s)\s*$/u;

/** "SIG Scalability 的 Hassan Ali 也帮我们做了性能测试": a person written as one of the group's people belongs to it. */
export function groupPersonFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const out: RoleFact[] = [];
  ctx.article.sentences.forEach((s, index) => {
    const people = ctx.peopleIn(index);
    if (people.length === 0) return;
    for (const g of groups.findGroups(s.text)) {
      const person = people.find((m) => m.start >= g.end && m.start - g.end <= 3 && GROUP_OF_PERSON.test(s.text.slice(g.end, m.start)));
      if (person) out.push({ p: 'MEMBER_OF', role: 'member', person: person.name, object: groupObject(groups, g), confidence: 0.65, sentence: s });
    }
  });
  return out;
}
