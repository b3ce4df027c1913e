/**
 * People quoted in a feature whose author says they talked to people ("Over a few weeks I talked
 * to some of the people on the team", "I spoke with Eze and three other contributors"): each person
 * whose words are quoted with an attribution ("…," she told me; "…," says Obinna Eze; Arakawa says)
 * was interviewed. Quotations in Q&A articles are answers, read from their turns instead.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import type { PeopleIndex } from './mentions/people.ts';

/** The author's own interviewing, in the first person. */
// "…氏にも話を聞きました", "我们采访了…".
const TALKED_TO = /\b(?:I|we)\s+(?:\w+\s+)?(?:talked|spoke|chatted|sat\s+down|caught\s+up|interviewed|met)\b|話を聞|お話を伺|インタビューし|采访了|聊了聊/iu;
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const VERB = '(?:says|said|told\\s+(?:me|us)|tells\\s+(?:me|us)|explains|explained|adds|added|recalls|recalled|notes|noted|laughs|jokes|admits|admitted|remembers)';
/** '"…," she told me', '"…," Arakawa says', '"…," says Obinna Eze', 'Eze says: "…"'. */
const AFTER_QUOTE = new RegExp(`["”]\\s*,?\\s*(?:(${NAME}|he|she)\\s+${VERB}|${VERB}\\s+(${NAME}))`, 'gu');
const BEFORE_QUOTE = new RegExp(`(${NAME})\\s+${VERB}\\s*[:,]\\s*["“]`, 'gu');
/** "「…」とラファエルは言います", "「…」とコアさんは話します", "“…”，她笑着说". */
const AFTER_QUOTE_CJK = /[」』]\s*と\s*([^\s「」『』、。]{1,20}?)\s*(?:さん|氏)?\s*(?:は|が)\s*(?:[^「」。]{0,12}?)(?:言|話|語|振り返|説明|笑|続け|明か)|[」』]\s*と\s*([^\s「」『』、。]{1,20}?)(?:さん|氏)\s*。|[”"]\s*[，,]?\s*([^\s“”"，,。]{1,12}?)\s*(?:笑着|补充|回忆|解释)?(?:说|表示|道)/gu;
const PRONOUN = /^(?:he|she|彼|彼女|他|她)$/iu;

export function quotedSpeakers(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>): Array<{ name: string; sentence: Sentence }> {
  if (article.turns.some((t) => !t.isQuestion && !t.signed)) return [];
  if (!article.sentences.some((s) => TALKED_TO.test(s.text))) return [];
  const out: Array<{ name: string; sentence: Sentence }> = [];
  const seen = new Set<string>();
  for (const s of article.sentences) {
    const said = [...s.text.matchAll(AFTER_QUOTE), ...s.text.matchAll(AFTER_QUOTE_CJK)].map((m) => ({ who: m[1] ?? m[2] ?? m[3] ?? '', at: m.index })).concat([...s.text.matchAll(BEFORE_QUOTE)].map((m) => ({ who: m[1] ?? '', at: m.index })));
    for (const { who, at } of said) {
      const name = PRONOUN.test(who) ? topicPersonBefore(article, people, s, at) : people.resolve(who, { at: s.span.start })?.name;
      if (!name || excluded.has(name) || seen.has(name)) continue;
      seen.add(name);
      out.push({ name, sentence: s });
    }
  }
  return out;
}

/** The paragraph's first person before `at`, else the first person of one of the two paragraphs before: whom "she" continues. */
function topicPersonBefore(article: ParsedArticle, people: PeopleIndex, s: Sentence, at: number): string | undefined {
  const first = (p: number, upTo?: Sentence): string | undefined => {
    const paragraph = article.paragraphs[p];
    if (!paragraph || paragraph.channel !== s.channel) return undefined;
    for (const x of paragraph.sentences) {
      // Names inside a quotation are what the speaker talks about, not the speaker.
      const text = (x === upTo ? x.text.slice(0, at) : x.text).replace(/["“][^"”]*(?:["”]|$)/gu, (q) => ' '.repeat(q.length));
      // "…moved to Porto Alegre": a name after a preposition of place is no one's.
      const found = people.findPeople(text, x.span.start).find((m) => !/\b(?:in|from|at|to|near|of)\s+$/iu.test(text.slice(0, m.start)));
      if (found) return people.resolve(found.name, { at: x.span.start })?.name;
      if (x === upTo) break;
    }
    return undefined;
  };
  for (let p = s.paragraph; p >= Math.max(0, s.paragraph - 2); p--) {
    const name = first(p, p === s.paragraph ? s : undefined);
    if (name) return name;
  }
  return undefined;
}
