/**
 * Roles a sentence implies through its neighbours rather than states with its own grammar: the other
 * holder of a role just stated ("I'm one of the two co-chairs; the other is Thomas Becker", "另一位是来自
 * 谷歌的 Thomas Becker", "そのうちの一人である中川さん"), one of the people a sentence before counted
 * ("两位新的审批人。张伟是其中之一"), a person written as the group's ("SIG Scalability 的 Hassan Ali"),
 * and the lead of the project a Japanese sentence is about ("COSIは…田口氏がリードしています").
 */
import { relationFor } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import { findTriggers } from './role-triggers.ts';
import type { ArticleContext } from './role-holders.ts';
import { entities, groupObject } from './role-entities.ts';
import type { RoleFact } from './role-types.ts';

const THE_OTHER: RegExp[] = [
  /\b(?:and\s+)?the\s+other\s+(?:one\s+|co-?chair\s+|chair\s+|(?:tech(?:nical)?\s+)?lead\s+|co-?lead\s+|maintainer\s+)?(?:is|being|was)\s+$/iu,
  /另(?:外)?一位(?:联合主席|主席|负责人|技术负责人|维护者)?(?:则)?(?:是|为)\s*(?:来自\s*[^，。的]{1,20}?\s*的\s*)?$/u,
  /もう一人(?:の(?:チェア|共同議長|リード|テックリード|メンテナー))?(?:は|が)\s*$/u,
  // "現在のアプルーバーは私を含めて4名で、そのうちの一人である中川 翔さん…": one of the holders just counted.
  /(?:そのうちの|その中の)(?:一人|ひとり|1人)(?:である|の)\s*$/u,
  /其中(?:一位|之一)(?:是|为)?\s*$/u,
];

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
/** A cheap test first: a group word, then 的/の/'s somewhere after it. */
const GROUP_THEN_OF = /(?:SIG|WG|Committee|工作组|委员会|委員会|ワーキンググループ)[^。.!?]{0,60}?(?:的|の|['’]s)/iu;

/** "SIG Scalability 的 Hassan Ali 也帮我们做了性能测试": a person written as one of the group's people belongs to it. */
export function groupPersonFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const out: RoleFact[] = [];
  ctx.article.sentences.forEach((s, index) => {
    if (!GROUP_THEN_OF.test(s.text)) return;
    const people = ctx.peopleIn(index);
    if (people.length === 0) return;
    for (const g of groups.findGroups(s.text)) {
      const person = people.find((m) => m.start >= g.end && m.start - g.end <= 3 && GROUP_OF_PERSON.test(s.text.slice(g.end, m.start)));
      if (person) out.push({ p: 'MEMBER_OF', role: 'member', person: person.name, object: groupObject(groups, g), confidence: 0.65, sentence: s });
    }
  });
  return out;
}

/** "张伟是其中之一", "另一位是 Sarah Kim", "The other is Ana": one of the people a sentence before counted. */
const ONE_OF_THEM: RegExp[] = [
  /^\s*(?:另一位|另外一位|第一位|第二位)(?:新的?)?[^，。是]{0,8}?是\s*$/u,
  /^\s*(?:One|The\s+first|The\s+other|The\s+second)(?:\s+one)?(?:\s+of\s+them)?\s+is\s+$/u,
  /^\s*(?:もう一人|一人目|二人目|1人目|2人目)は、?\s*$/u,
];
const ONE_OF_THEM_WORDS = /另一位|另外一位|第一位|第二位|其中|\b(?:One|The\s+(?:first|other|second))\b|one\s+of\s+them|もう一人|人目|その一人/u;
const NAME_IS_ONE = /^\s*(?:是其中之一|是其中一位|is\s+one\s+of\s+them|(?:さん|氏)?はその一人)/u;
/** A count before the role noun: "两位新的审批人", "two new approvers", "2名の新しいレビュアー". */
const COUNTED = /(?:两|二|三|四|2|3|4)\s*(?:位|名|人)[^，。,.]{0,6}$|\b(?:two|three|four)\s+(?:new\s+)?$|(?:2|3|4|二|三)名の(?:新しい)?$/iu;

export function countedHolderFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const out: RoleFact[] = [];
  const { sentences } = ctx.article;
  sentences.forEach((s, index) => {
    if (!ONE_OF_THEM_WORDS.test(s.text)) return;
    const people = ctx.peopleIn(index);
    const named =
      people.find((m) => ONE_OF_THEM.some((re) => re.test(s.text.slice(0, m.start)))) ??
      people.find((m) => m.start <= 2 && NAME_IS_ONE.test(s.text.slice(m.end)));
    if (!named) return;
    for (let j = index - 1; j >= Math.max(0, index - 4); j--) {
      const prev = sentences[j];
      if (!prev || ctx.article.paragraphs[prev.paragraph]?.section !== ctx.article.paragraphs[s.paragraph]?.section) break;
      const t = findTriggers(prev.text, ['en', 'ja', 'zh']).find((x) => x.word.shape === 'noun' && x.word.objects !== 'project' && COUNTED.test(prev.text.slice(0, x.start)));
      if (!t) continue;
      const found = groups.findGroups(prev.text);
      const group = found.length === 1 ? found[0] : undefined;
      const about = group ?? groups.articleGroup();
      const rel = relationFor(t.word.cls, 'Sig');
      if (about && rel) out.push({ p: rel.p, ...(rel.role ? { role: rel.role } : {}), person: named.name, object: groupObject(groups, about), confidence: 0.7, sentence: s });
      return;
    }
  });
  return out;
}

const JA_LEAD_VERB = /リード|主導|率い|メンテナンス|保守/u;

/** "COSIはSIG Storageのサブプロジェクトで、Dell Technologiesの田口 正氏がリードしています": the topic project's lead. */
export function topicLeadFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const out: RoleFact[] = [];
  if (ctx.article.lang !== 'ja') return out;
  ctx.article.sentences.forEach((s, index) => {
    if (!/は/u.test(s.text) || !JA_LEAD_VERB.test(s.text)) return;
    const topic = entities(s.text, groups)[0];
    if (topic?.type !== 'Project' || topic.m.start > 2 || !/^\s*は/u.test(s.text.slice(topic.m.end))) return;
    for (const t of findTriggers(s.text, ['ja'])) {
      if (t.word.shape !== 'verbLeft' || (t.word.cls !== 'lead' && t.word.cls !== 'maintainer')) continue;
      const person = ctx.peopleIn(index).find((m) => m.start > topic.m.end && /^\s*(?:さん|氏)?が\s*$/u.test(s.text.slice(m.end, t.start)));
      const rel = person ? relationFor(t.word.cls, 'Project') : undefined;
      if (person && rel) out.push({ p: rel.p, ...(rel.role ? { role: rel.role } : {}), person: person.name, object: { type: 'Project', name: topic.m.name, aliases: [] }, confidence: 0.7, sentence: s });
    }
  });
  return out;
}
