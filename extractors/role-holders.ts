/**
 * Who a pronoun or an unstated subject means: "I"/"私"/"我" in an answer is its speaker (the
 * interviewer in a question, the profiled person in a profile's quote), "he"/"彼"/"他" the person
 * the preceding sentences (or the profile heading) are about; in a Japanese post by one author who
 * writes in the first person, a sentence without a subject is the author's; "written by two of the
 * SIG's approvers" describes the article's authors.
 */
import type { ParsedArticle, Sentence, Turn } from '../src/article/types.ts';
import { peopleIndex, type PeopleIndex } from './mentions/people.ts';
import type { Mention } from './mentions/types.ts';
import type { RoleLang } from './lexicon/roles.ts';
import { cjkQuoteSpeaker, quoteSpeaker } from './role-quotes.ts';

export interface ArticleContext {
  article: ParsedArticle;
  people: PeopleIndex;
  turnOf: Map<number, Turn>;
  /** Person mentions per sentence, computed on demand. */
  peopleIn(sentenceIndex: number): Mention[];
  sentenceIndex: Map<Sentence, number>;
}

const contexts = new WeakMap<ParsedArticle, ArticleContext>();

export function articleContext(article: ParsedArticle): ArticleContext {
  const known = contexts.get(article);
  if (known) return known;
  const people = peopleIndex(article);
  const turnOf = new Map<number, Turn>();
  for (const turn of article.turns) for (const p of turn.paragraphs) turnOf.set(p, turn);
  const memo = new Map<number, Mention[]>();
  const sentenceIndex = new Map<Sentence, number>();
  article.sentences.forEach((s, i) => sentenceIndex.set(s, i));
  const ctx: ArticleContext = {
    article,
    people,
    turnOf,
    sentenceIndex,
    peopleIn(i) {
      let found = memo.get(i);
      if (!found) {
        const s = article.sentences[i];
        found = s ? people.findPeople(s.text, s.span.start) : [];
        memo.set(i, found);
      }
      return found;
    },
  };
  contexts.set(article, ctx);
  return ctx;
}

/** The people "I" (or "we", when `plural`) stands for in this sentence; [] when unclear. */
export function firstPersonHolders(ctx: ArticleContext, s: Sentence, plural: boolean): string[] {
  let speakers = ctx.people.speakersAt(s.paragraph);
  if (speakers.length === 0) {
    const turn = ctx.turnOf.get(s.paragraph);
    const paragraph = ctx.article.paragraphs[s.paragraph];
    // 「…私は…」 in narration: the person quoted.
    const quoted = turn ? [] : (quotedInNarration(ctx, s) ?? []);
    // Only the question itself (the labelled or bold paragraph) speaks for the interviewer.
    if (turn?.isQuestion && (turn.paragraphs[0] === s.paragraph || paragraph?.allStrong)) {
      const interviewer = ctx.people.interviewer();
      speakers = interviewer ? [interviewer] : [];
    } else if (quoted.length > 0) {
      speakers = quoted;
    } else if (!turn) {
      const featured = ctx.people.featuredAt(s.paragraph);
      // A quote inside a profile section speaks for the person profiled.
      if (featured && paragraph?.kind === 'blockquote') speakers = [featured];
      // "As the chairs and tech leads of SIG Apps, we want to share…": outside an interview and
      // outside quotes, the article's authors speak. In Chinese and Japanese prose only a single
      // author's "我"/"私" ("去年我成为了 SIG Node 的 reviewer"): "我们" there is often everyone.
      // "我平时主要在 SIG Docs 参与中文本地化，…停留在“又要更新一批文档”": the first person outside the quotes is the author.
      else if (!featured && ctx.article.turns.length === 0 && paragraph?.kind !== 'blockquote' && FIRST_PERSON_UNQUOTED.test(unquoted(s.text)) && !LABEL_LIKE.test(paragraph?.text ?? '')) {
        const authors = ctx.people.authors();
        const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/u.test(s.text);
        // "私たち二人はSIG Schedulingのメンバーとして", "我们两人": the two authors by count.
        const pair = plural && authors.length === 2 && /私たち(?:二人|2人|ふたり)|我们(?:两个?人|俩)/u.test(s.text);
        if (!cjk || (authors.length === 1 && !plural) || pair) speakers = authors;
      }
      if (speakers.length === 0 && !plural) speakers = quoteSpeaker(ctx, s);
    }
  }
  if (!plural && speakers.length !== 1) return [];
  return speakers;
}

const FIRST_PERSON_UNQUOTED = /\b(?:I|we|my|our|me|us)\b|我|私/iu;
/** The text outside quotation marks; an unclosed quote runs to the end. */
const unquoted = (text: string): string => (/["“”「」『』]/u.test(text) ? text.replace(/["“「『][^"”」』]*(?:["”」』]|$)/gu, ' ') : text);

/** "Name (role, Company): …" opening a paragraph: someone speaks, even where no interview was recognised. */
const LABEL_LIKE = /^\s*\p{Lu}[^:：\n]{1,60}[:：]\s/u;

/** Who a 「…」 quotation of a narrative article (no interview turns) speaks for; undefined outside one. */
function quotedInNarration(ctx: ArticleContext, s: Sentence): string[] | undefined {
  return ctx.article.turns.length === 0 ? cjkQuoteSpeaker(ctx, s) : undefined;
}

/** The single speaker of the answer holding the sentence, for Japanese/Chinese sentences without a subject. */
export function implicitHolder(ctx: ArticleContext, s: Sentence): string[] {
  const turn = ctx.turnOf.get(s.paragraph);
  if (turn) {
    if (turn.isQuestion) return [];
    const speakers = ctx.people.speakersAt(s.paragraph);
    return speakers.length === 1 ? speakers : [];
  }
  // An unlabelled answer under a heading question: the article's one interviewee.
  const speakers = ctx.people.speakersAt(s.paragraph);
  if (speakers.length === 1) return speakers;
  const featured = ctx.people.featuredAt(s.paragraph);
  if (featured) return [featured];
  // 「最近はcloud-provider-awsのPRレビューも手伝っています」 in narration: the person quoted, not the writer.
  const quoted = quotedInNarration(ctx, s);
  if (quoted) return quoted;
  const topic = paragraphTopic(ctx, s);
  return topic.length > 0 ? topic : authorVoice(ctx, s);
}

/** Hearsay and report endings: the sentence tells what someone else said or did. */
const HEARSAY = /そうです|そうだ|とのこと|らしい|によると|によれば|と(?:話|語|述べ|説明)/u;
const FIRST_PERSON_JA = /私|僕|わたし|自分/u;
const personalPosts = new WeakMap<ArticleContext['article'], boolean>();

/**
 * A Japanese post by one author, outside any interview, who writes in the first person: a sentence
 * with no subject, in a paragraph that names nobody before it, speaks of the author.
 */
function authorVoice(ctx: ArticleContext, s: Sentence): string[] {
  const { article } = ctx;
  if (article.lang !== 'ja' || article.turns.length > 0 || HEARSAY.test(s.text)) return [];
  const authors = ctx.people.authors();
  const author = authors[0];
  if (author === undefined || authors.length !== 1) return [];
  let personal = personalPosts.get(article);
  if (personal === undefined) {
    // "「…僕が見落とす…」と彼は": a quoted first person is someone else's voice.
    personal = article.sentences.some((x) => x.channel === 'body' && FIRST_PERSON_JA.test(unquoted(x.text)));
    personalPosts.set(article, personal);
  }
  if (!personal) return [];
  const index = ctx.sentenceIndex.get(s);
  if (index === undefined || ctx.peopleIn(index).length > 0) return [];
  for (let j = index - 1; j >= 0; j--) {
    const prev = article.sentences[j];
    if (!prev || prev.paragraph !== s.paragraph) break;
    if (ctx.peopleIn(j).some((m) => m.name !== author)) return [];
  }
  return [author];
}

/** "Emi Suzukiさんは…。SIG Docsのレビュアーとして…": the person an earlier sentence of the paragraph opens with, as its topic. */
// "- **高橋 翔（Sho Takahashi）**: LINEヤフー所属。SIG Networkのレビュアーで…": a profile line's name is its topic.
const TOPIC_AFTER_NAME = /^(?:[(（][^()（）]{1,60}[)）])?\s*(?:さん|氏|先生)?\s*(?:は|が|も|[:：])|^\s*(?:是|在|目前|现在|也|曾|从|担任|作为)/u;

const TOPIC_MARKED = /^(?:[(（][^()（）]{1,40}[)）])?\s*(?:さん|氏|先生)\s*(?:は|も)[、,]/u;
const PRESENTED_AT_END = /^(?:[(（][^()（）]{1,60}[)）])?\s*(?:さん|氏|先生)?\s*(?:です|でした)?\s*[。！!]?\s*$/u;

const SELF_INTRODUCED = /^(?:さん)?\s*(?:です|と申します|といいます)[。！!]?\s*$/u;

function paragraphTopic(ctx: ArticleContext, s: Sentence): string[] {
  const index = ctx.sentenceIndex.get(s);
  if (index === undefined) return [];
  for (let j = index - 1; j >= 0; j--) {
    const prev = ctx.article.sentences[j];
    if (!prev || prev.paragraph !== s.paragraph) break;
    const persons = ctx.peopleIn(j);
    const first = persons[0];
    if (first && first.start <= 2 && TOPIC_AFTER_NAME.test(prev.text.slice(first.end))) return [first.name];
    // "こんにちは、吉田です。…アプルーバーになりました": a self-introduction makes the speaker the topic.
    if (first && first.start <= 12 && SELF_INTRODUCED.test(prev.text.slice(first.end))) return [first.name];
    if (first && persons.every((m) => m.name === first.name)) {
      // "…を運用している森さんは、…紹介しました。": the one person named, as the topic, deeper in the sentence.
      if (TOPIC_MARKED.test(prev.text.slice(first.end))) return [first.name];
      // "続いて登壇したのは、…所属の小松 綾香さん。": a sentence that ends by presenting someone.
      if (PRESENTED_AT_END.test(prev.text.slice(first.end))) return [first.name];
    }
    if (persons.length > 0) return [];
    // "翌年、彼はexternal-provisionerのapproverになりました。現在も…メンテナーの一人であり": the pronoun's person stays the topic.
    if (THIRD_PERSON_TOPIC.test(prev.text)) return thirdPersonHolders(ctx, prev);
  }
  return [];
}

const SPONSOR_OF_PERSON = /^\s*(?:[（(][^()（）]{0,40}[）)])?\s*(?:的\s*(?:提名|推荐|指导|帮助|带领|支持|鼓励|邀请)下|推荐|提名)/u;
const THIRD_PERSON_TOPIC = /^(?:[^、。「」]{0,12}、)?(?:彼|彼女)(?:は|も)/u;

/** The person "he"/"she" refers to: the profiled person, else the subject of the nearest earlier sentence naming someone. */
export function thirdPersonHolders(ctx: ArticleContext, s: Sentence, at?: number): string[] {
  const index = ctx.sentenceIndex.get(s);
  // "来自 NetApp 的 Maria Lopez，她是…": the person named right before the pronoun.
  if (at !== undefined && index !== undefined) {
    // "在拉维（Ravi Kulkarni）的提名下，他成为…", "经科瓦尔推荐，…": who nominated or guided is not "he".
    const before = ctx.peopleIn(index).filter((m) => m.end <= at && !SPONSOR_OF_PERSON.test(s.text.slice(m.end, m.end + 40)));
    // "旁边是华为的王志强（@wzqiang），他目前担任…": a handle in brackets may stand between.
    const right = before.filter((m) => /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*[,，、]\s*$/u.test(s.text.slice(m.end, at)));
    const last = right[right.length - 1];
    if (last) return [last.name];
    // "Beatriz Lima, formerly of Pivotal, … through SIG Apps, where she is an approver": the one person named before it.
    const only = before[0];
    if (only && before.every((m) => m.name === only.name) && !/\b(?:he|she|they)\b|他|她|彼/iu.test(s.text.slice(0, only.start))) return [only.name];
  }
  const featured = ctx.people.featuredAt(s.paragraph);
  if (featured) return [featured];
  if (index === undefined) return [];
  const paragraph = ctx.article.paragraphs[s.paragraph];
  // "**Amara**: I'd single out Ruth. She chaired the SIG…": an answer's speaker is "I", never "she".
  const speakers = ctx.people.speakersAt(s.paragraph);
  for (let j = index - 1, seen = 0; j >= 0 && seen < 6; j--, seen++) {
    const prev = ctx.article.sentences[j];
    if (!prev || prev.channel !== s.channel) continue;
    const prevParagraph = ctx.article.paragraphs[prev.paragraph];
    if (prevParagraph?.section !== paragraph?.section) break;
    if (prevParagraph?.kind === 'heading') break;
    const persons = speakers.length > 0 ? ctx.peopleIn(j).filter((p) => !speakers.includes(p.name)) : ctx.peopleIn(j);
    if (persons.length === 0) continue;
    const names = new Set(persons.map((p) => p.name));
    const first = persons[0];
    if (names.size === 1 && first) return [first.name];
    // "トマシュの後を継いで…務めているのは、…アダエゼ・オコンクォ（Adaeze Okonkwo）です。": the cleft's focus.
    const focus = persons.find((p) => CLEFT_FOCUS_END.test(prev.text.slice(p.end)) && /のは、/u.test(prev.text.slice(0, p.start)));
    if (focus) return [focus.name];
    // Several people: only a sentence-initial subject is a safe antecedent ("トマシュの後を継いで" is none).
    return first && first.start <= 2 && !/^\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:さん|氏)?の/u.test(prev.text.slice(first.end)) ? [first.name] : [];
  }
  return [];
}

const CLEFT_FOCUS_END = /^\s*(?:[(（][^()（）]{0,60}[)）])?\s*(?:さん|氏)?\s*(?:です|でした)\s*[。．]?\s*$/u;
const PAIR_JOIN = /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:and|&|和|与|及|と)\s*$/u;
const PAIR_END = /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?[,，、]?\s*$/u;

/** "Priya talked with A (TL) and B (GO), the two chairs": the two joined by "and" just before `at`. */
function lastPair(text: string, before: ReadonlyArray<{ name: string; start: number; end: number }>, at: number): string[] {
  const a = before[before.length - 2];
  const b = before[before.length - 1];
  if (!a || !b || a.name === b.name) return [];
  return PAIR_JOIN.test(text.slice(a.end, b.start)) && PAIR_END.test(text.slice(b.end, at)) ? [a.name, b.name] : [];
}

/** "Both", "the two", "お二人", "两人": the two people of the nearest earlier sentence that names exactly two. */
export function pairHolders(ctx: ArticleContext, s: Sentence, at?: number): string[] {
  const index = ctx.sentenceIndex.get(s);
  if (index === undefined) return [];
  // "presented by A (Google) and B (Microsoft), the two chairs of the SIG": the two just named.
  if (at !== undefined) {
    const before = ctx.peopleIn(index).filter((m) => m.end <= at);
    const named = [...new Set(before.map((m) => m.name))];
    if (named.length === 2) return named;
    if (named.length > 2) return lastPair(s.text, before, at);
  }
  const section = ctx.article.paragraphs[s.paragraph]?.section;
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const prev = ctx.article.sentences[j];
    if (!prev || ctx.article.paragraphs[prev.paragraph]?.section !== section) break;
    const names = [...new Set(ctx.peopleIn(j).map((m) => m.name))];
    if (names.length === 2) return names;
    if (names.length > 2) return [];
  }
  return [];
}

const WRITTEN_BY_EN = /\b(?:written|authored|compiled|brought\s+to\s+you|put\s+together)\s+by\s+(?:(two|three|four|both|all)\s+(?:of\s+)?)?$/iu;
const WRITERS_JA = /^\s*(?:の)?\s*([2-4２-４二三四])\s*(?:名|人)(?:が|で)/u;
const WRITING_JA = /紹介します|紹介しています|お届けします|まとめました|まとめます|書きました|解説します/u;
const COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4, '２': 2, '３': 3, '４': 4, 二: 2, 三: 3, 四: 4 };

/** "written by two of the SIG's approvers", "SIGのアプルーバー2名が…紹介します": the article's authors, when the count fits. */
export function authorsDescribed(ctx: ArticleContext, text: string, lang: RoleLang, phraseStart: number, phraseEnd: number): string[] | undefined {
  const authors = ctx.people.authors();
  if (authors.length === 0) return undefined;
  let said: string | undefined;
  if (lang === 'en') {
    const m = WRITTEN_BY_EN.exec(text.slice(0, phraseStart));
    if (!m) return undefined;
    said = m[1]?.toLowerCase();
  } else if (lang === 'ja') {
    const m = WRITERS_JA.exec(text.slice(phraseEnd));
    if (!m || !WRITING_JA.test(text)) return undefined;
    said = m[1];
  } else return undefined;
  const count = said === undefined || said === 'all' ? authors.length : COUNTS[said];
  return count === authors.length ? authors : undefined;
}
