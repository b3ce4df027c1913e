/**
 * Who holds a role: people listed right after it, else the nearest person or pronoun before it
 * in the same clause (refused when the words between negate, hedge or report it), else the
 * unstated subject of a Japanese or Chinese answer.
 */
import type { Sentence } from '../src/article/types.ts';
import { FIRST_PERSON, OTHER_PERSON, THIRD_PERSON, type RoleLang } from './lexicon/roles.ts';
import {
  EN_AS_INTRO,
  HOLDERS_AFTER,
  HOLDER_COORDINATION,
  JA_AFTER_BLOCKERS,
  JA_BLOCKERS,
  JA_PREDICATE_AFTER,
  PEOPLE_LIST_GAP,
  ZH_AFTER_BLOCKERS,
  ZH_BLOCKERS,
  ZH_PREDICATE_BEFORE,
  hostLang,
} from './role-grammar.ts';
import { authorsDescribed, firstPersonHolders, implicitHolder, pairHolders, thirdPersonHolders, type ArticleContext } from './role-holders.ts';
import type { Obj, Trigger } from './role-types.ts';
import { gapIsClean } from './role-gap.ts';

const AUTHOR_SELF = /筆者|笔者/u;
// "日本からSIG Authに関わる人が増えていく", "SIG Authでレビュアーを務める日本のエンジニアはまだ多くありません": the verb describes people in general.
const JA_DESCRIBES_NOUN = /^(?:を(?:務め|担当し|し)|として(?:活動し|参加し))?(?:し|っ)?(?:する|している|していた|した|る|ている|ていた|っている|っていた|った)\s*(?:[^\s、。がはを]{1,6}の)?(?:[0-9０-９一二三四五六七八九十]+\s*(?:人|名)|方々|人たち|人々|人(?=が|は|も|を|に|の)|方(?=が|は|も|を|に)|皆さん|コントリビューター|メンバー|エンジニア|チーム)/u;
const JA_RELATIVE_VERB_END = /^(?:し|っ)?(?:する|している|していた|した|してきた)\s*$/u;
const OBJECT_OF_VERB = /\b(?:joined|replaced|succeeded|thanked|thanks|helped|asked|invited|mentored|met|with|to|for)\s+$/u;
const GUIDED_BY = /^\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:的\s*(?:指导|帮助|带领|支持|鼓励|邀请)下|(?:さん|氏)?の(?:指導|サポート|助け|導き)(?:で|のもと|の下))/u;
// ("The third co-chair, Henrik Solberg, …": one more of the group's holders.)
const POSSESSED_ROLE = /(?:^|[.;:]\s+|,\s+and\s+)(?:(?:the|our)\s+)?[\w-]+(?:\s+[\w-]+)?['’]s\s+(?:(?:new|current|lead|main|first|longtime|long-time)\s+)?$|(?:^|[.;:]\s+)(?:the|our)\s+(?:second|third|fourth|other|remaining|newest|latest)\s+(?:[A-Z][\w-]*\s+)?$/iu;
// "デヴァンシュさんの推薦を受け、…reviewerになりました": the nominator is no subject either.
const JA_NOT_SUBJECT = /^\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:さん|氏)?\s*(?:(?:と|に|を|から)(?![^、。]{0,4}(?:共同|一緒|とも|並んで))[^、。]{0,12}|の(?:推薦|推挙|指名|後押し|勧め)(?:を受け|で|により)[^、。]{0,4})[、,]/u;
const DEMONSTRATIVE_TOPIC = /(?:^|、)\s*(?:この|その|同|本)(?:サブプロジェクト|プロジェクト|チーム|グループ|ワーキンググループ|ツール|リポジトリ|委員会|SIG|WG)(?:は|が|も)/u;
// "森下さんの場合、…": the case in point is the topic too.
const JA_CLEFT_AFTER = /^\s*(?:を|として)?\s*(?:務めている|務めていた|務める|担当している|担当する|している|していた|する|である)?\s*のは、/u;
const JA_CLEFT_FOCUS_END = /^\s*(?:[(（][^()（）]{0,60}[)）])?\s*(?:さん|氏)?\s*(?:です|でした)\s*[。．]?\s*$/u;
const JA_TOPIC = /^\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:さん|氏)?\s*(?:は|が|の場合)/u;
const TITLE_BEFORE_GUIDE = /(?:负责人|主席|维护者|リード|チェア|メンテナー|approver|reviewer|maintainer|lead|chair)\s*$/iu;
const APPOSITION_END = /^\s*(?:[(（]|,\s|from\b|of\b|at\b)/u;

export type HolderKind = 'person' | 'first' | 'firstPlural' | 'third' | 'pair' | 'other';

/** "Both co-lead the working group", "お二人とも", "两人都是": the two people named just before. */
const PAIR: Record<RoleLang, RegExp> = {
  // Not "one of the two chairs" (one of them) nor "两位联合主席之一".
  en: /(?<![A-Za-z])(?:Both(?:\s+of\s+them)?|(?<!\b(?:of|among)\s+)[Tt]he\s+two(?:\s+of\s+them)?|[Tt]hey\s+both)(?![A-Za-z])/gu,
  ja: /お二人(?:とも)?|二人とも|ふたりとも|両氏|両名|(?<=さん(?:は|が)、?)どちらも/gu,
  zh: /(?:他们两(?:人|位)|她们两(?:人|位)|两人|两位|二人)(?![^，。；]{0,10}之一)/gu,
};
export interface Holder {
  start: number;
  end: number;
  kind: HolderKind;
  name?: string;
}

interface Resolved {
  names: string[];
  confidence: number;
}


const ENUMERATED_ITEM_GAP = /^(?:\s*[（(][^（）()]{0,40}[)）])?\s*(?:さん|氏|様)?\s*(?:[（(][^（）()]{0,40}[)）])?\s*、\s*(?:そして|また)?\s*$/u;

export function findHolders(ctx: ArticleContext, s: Sentence, langs: RoleLang[], objs: Obj[]): Holder[] {
  const text = s.text;
  const index = ctx.sentenceIndex.get(s);
  const persons = index === undefined ? ctx.people.findPeople(text, s.span.start) : ctx.peopleIn(index);
  // A speaker label ("Kensei：", "**Mo:**") opens the turn; it is not the sentence's subject.
  const labelEnd = labelEndIn(ctx, s);
  const out: Holder[] = persons
    // "在 Sergey Kanzhelev（谷歌）的指导下，开始参与…": the mentor is not the one doing it.
    // ("在 Mentoring 子项目负责人普丽娅的帮助下": a title before the name still names the mentor's role.)
    .filter((p) => p.start >= labelEnd && (!GUIDED_BY.test(text.slice(p.end)) || TITLE_BEFORE_GUIDE.test(text.slice(0, p.start))))
    .map((p) => ({ start: p.start, end: p.end, kind: 'person' as const, name: p.name }));
  const taken = (a: number, b: number): boolean =>
    out.some((h) => a < h.end && h.start < b) || objs.some((o) => a < o.m.end && o.m.start < b);
  for (const lang of langs) {
    const add = (re: RegExp, kind: HolderKind): void => {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        // "Neil joined him as co-chair": the object of a verb is not who holds the role.
        if (kind === 'third' && /^[Hh](?:im|er)$/u.test(m[0]) && OBJECT_OF_VERB.test(text.slice(Math.max(0, start - 16), start))) continue;
        // "SUSE, where I work, started Kubewarden": the speaker inside an aside is not the clause's subject.
        if (lang === 'en' && /,\s*where\s+$/iu.test(text.slice(Math.max(0, start - 10), start)) && /^\s+\w+(?:\s+\w+)?\s*,/u.test(text.slice(end, end + 30))) continue;
        if (!taken(start, end)) out.push({ start, end, kind });
      }
    };
    add(PAIR[lang], 'pair');
    add(FIRST_PERSON[lang].plural, 'firstPlural');
    add(FIRST_PERSON[lang].singular, 'first');
    add(THIRD_PERSON[lang], 'third');
    add(OTHER_PERSON[lang], 'other');
  }
  // "筆者は…のレビュアーを務めています", "笔者…是…的审批人之一": the article's one author.
  const [author, ...coAuthors] = AUTHOR_SELF.test(text) ? ctx.people.authors() : [];
  if (author !== undefined && coAuthors.length === 0 && (langs.includes('ja') || langs.includes('zh'))) {
    for (const m of text.matchAll(new RegExp(AUTHOR_SELF.source, 'gu'))) if (!taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'person', name: author });
  }
  // "Kazuki Sudaさんが登壇し、自身がメンテナーを務めるkind": 自身 is the person the sentence is about.
  if (langs.includes('ja')) {
    for (const m of text.matchAll(/(?:自身|自分)(?=が|は)/gu)) {
      const named = out.filter((h) => h.kind === 'person' && h.end <= m.index).pop();
      if (named?.name && !taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'person', name: named.name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function labelEndIn(ctx: ArticleContext, s: Sentence): number {
  const turn = ctx.turnOf.get(s.paragraph);
  // A quotation's signature ("— Tom Berg, SIG Windows tech lead") names the holder; it labels nothing.
  if (!turn || turn.signed || turn.paragraphs[0] !== s.paragraph) return 0;
  const { start, end } = turn.labelSpan;
  // Only a label opening the sentence: a quotation's signature ("— Name, tech lead") names the holder.
  if (end <= s.span.start || start >= s.span.end || start - s.span.start > 4) return 0;
  let i = 0;
  while (i < s.map.length && (s.map[i] ?? 0) < end) i++;
  return i;
}

export interface HolderSet extends Resolved {
  fromList: boolean;
}

export function holdersOf(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  holders: Holder[],
  objs: Obj[],
  consumed: Set<Obj>,
  phraseStart: number,
  phraseEnd: number,
): HolderSet | undefined {
  const text = s.text;
  const { word } = t;
  const lang = word.lang;
  const leadsOrMaintains = ['chair', 'co-chair', 'tech-lead', 'lead', 'maintainer'].includes(word.cls);

  // 0. The article's authors, described by the role: "written by two of the SIG's approvers",
  // "SIG Nodeのアプルーバー2名が…紹介します".
  const authors = authorsDescribed(ctx, text, lang, phraseStart, phraseEnd);
  if (authors) return { names: authors, confidence: 0.75, fromList: true };

  // 1. People named right after the role: "co-chair Kaslin Fields", "联合主席 A、B 和 C".
  if (word.shape === 'noun') {
    const after = holders.find((h) => h.start >= phraseEnd);
    const re = word.plural || word.namesFollow ? HOLDERS_AFTER[lang].plural : HOLDERS_AFTER[lang].singular;
    // "两位新的 approver：A 和 B": the host language's list of holders.
    const host = hostLang(lang, text);
    const gap = after ? text.slice(phraseEnd, after.start) : '';
    // "KWOK's maintainer, Jiahao Wen (@jiahaowen) from DaoCloud, will …": a possessed role, then its holder in apposition.
    const apposition = after !== undefined && lang === 'en' && POSSESSED_ROLE.test(text.slice(0, t.start)) && /^\s*,\s*$/u.test(gap) && APPOSITION_END.test(text.slice(after.end));
    if (after?.kind === 'person' && (re.test(gap) || apposition || (host !== undefined && (HOLDERS_AFTER[host].plural.test(gap) || (!word.plural && HOLDERS_AFTER[host].singular.test(gap))))) && afterIsClean(text, lang, phraseEnd)) {
      const list = [after];
      // "共同チェアのAさん、テックリードのBさん、そしてCさん": a role inside an enumeration labels one item only.
      const itemLabel = lang === 'ja' && holders.some((h) => h.kind === 'person' && h.end <= phraseStart && ENUMERATED_ITEM_GAP.test(text.slice(h.end, phraseStart)));
      for (const h of itemLabel ? [] : holders) {
        const last = list[list.length - 1];
        if (!last || h.start < last.end || h === after) continue;
        if (h.kind !== 'person' || !PEOPLE_LIST_GAP.test(text.slice(last.end, h.start))) break;
        list.push(h);
      }
      if (list.length > 1 || word.plural || word.namesFollow || lang !== 'en' || apposition || !/,/u.test(text.slice(phraseEnd, after.start))) {
        const names = list.map((h) => h.name).filter((n): n is string => n !== undefined);
        return { names, confidence: list.length > 1 ? 0.85 : 0.9, fromList: true };
      }
    }
    // "現在のアプルーバーは私を含めて4名で": the speaker counted among the holders.
    if (after?.kind === 'first' && lang === 'ja' && /^\s*は\s*$/u.test(gap) && /^\s*を含め/u.test(text.slice(after.end))) {
      const resolved = resolveHolder(ctx, s, after);
      if (resolved && resolved.names.length > 0) return { ...resolved, fromList: true };
    }
  }

  // "SIG ContribExのコミュニケーションチームに所属するOlusegun Adebayoが": a relative clause before its holder.
  if (lang === 'ja' && word.shape === 'verbLeft') {
    const next = holders.find((h) => h.start >= t.end);
    if (next?.kind === 'person' && next.name && /^(?:する|している|していた|した)\s*$/u.test(text.slice(t.end, next.start))) {
      // "SIG Docsで活動しているTaro YamadaさんとEmi Suzukiさん": the people joined to it share the clause.
      const list = [next];
      for (const h of holders) {
        const last = list[list.length - 1];
        if (!last || h.start < last.end || h === next) continue;
        if (h.kind !== 'person' || !/^\s*(?:さん|氏)?\s*(?:と|、|および|及び)\s*$/u.test(text.slice(last.end, h.start))) break;
        list.push(h);
      }
      return { names: list.flatMap((h) => (h.name ? [h.name] : [])), confidence: 0.85, fromList: true };
    }
  }

  // 1b. "…のメンタリングサブプロジェクトで活動しているJin-ho Seoさん": a relative clause before the person it describes.
  if (lang === 'ja' && word.shape === 'verbLeft') {
    const next = holders.find((h) => h.start >= phraseEnd);
    if (next?.kind === 'person' && next.name && JA_RELATIVE_VERB_END.test(text.slice(phraseEnd, next.start)) && !JA_BLOCKERS.test(text.slice(0, phraseStart))) {
      return { names: [next.name], confidence: 0.8, fromList: false };
    }
  }

  // 1c. "…のテックリードを務めているのは、レッドハット所属のオルガ・ニルセン（Olga Nilsen）です。": a cleft names the holder last.
  if ((lang === 'ja' || hostLang(lang, text) === 'ja') && JA_CLEFT_AFTER.test(text.slice(phraseEnd))) {
    const focus = holders.find((h) => h.start >= phraseEnd && h.kind === 'person' && JA_CLEFT_FOCUS_END.test(text.slice(h.end)));
    return focus?.name ? { names: [focus.name], confidence: 0.85, fromList: false } : undefined;
  }

  // 2. The nearest person or pronoun before the role phrase.
  let left = [...holders].reverse().find((h) => h.end <= phraseStart);
  // "he still shows up to our Monday meetings and remains a reviewer": a possessive is no subject of the coordinated verb.
  if (left && lang === 'en' && /^(?:our|my|their)$/iu.test(text.slice(left.start, left.end)) && /\b(?:and|but)\s+(?:still\s+)?(?:remains?|is|was|became|becomes|stays|serves)\b/iu.test(text.slice(left.end, phraseStart))) {
    const start = left.start;
    left = [...holders].reverse().find((h) => h.end <= start && !/^(?:our|my|their)$/iu.test(text.slice(h.start, h.end)));
  }
  // "AyumiさんはLFXメンターシップでHenrikと出会い、現在では…のレビュアーとして": a person met, asked or
  // thanked is no subject; the sentence's topic is.
  if (left?.kind === 'person' && (lang === 'ja' || hostLang(lang, text) === 'ja') && JA_NOT_SUBJECT.test(text.slice(left.end, phraseStart))) {
    const start = left.start;
    const topic = [...holders].reverse().find((h) => h.end <= start && h.kind === 'person' && JA_TOPIC.test(text.slice(h.end)));
    if (topic) left = topic;
  }
  if (left) {
    if (left.kind === 'other') return undefined;
    if (!gapIsClean(text, lang, left, t, objs, consumed, phraseStart, phraseEnd)) return undefined;
    if (left.kind === 'firstPlural' && leadsOrMaintains) return undefined;
    const resolved = resolveHolder(ctx, s, left);
    if (!resolved || resolved.names.length === 0) return undefined;
    const names = [...resolved.names];
    // "Kaslin and Madhav are co-chairs", "AとBは…の共同チェア", "A and B, who co-chair SIG X".
    const pluralVerb = word.shape === 'verbRight' && /^\s*,?\s*who\s+$/iu.test(text.slice(left.end, phraseStart)) && !/s$/iu.test(text.slice(t.start, t.end));
    if (left.kind === 'person' && (lang !== 'en' || word.plural || pluralVerb || /\b(?:are|were)\b/iu.test(text.slice(left.end, phraseStart)))) {
      let head = left;
      for (const h of [...holders].reverse()) {
        if (h.end > head.start) continue;
        if (h.kind !== 'person' || !HOLDER_COORDINATION.test(text.slice(h.end, head.start))) break;
        if (h.name) names.unshift(h.name);
        head = h;
      }
    }
    return { names, confidence: resolved.confidence, fromList: false };
  }

  // 3. "As a co-lead for the X subproject, I …".
  if (lang === 'en' && EN_AS_INTRO.test(text.slice(0, phraseStart))) {
    const comma = text.indexOf(',', phraseEnd);
    const next = holders.find((h) => h.start >= phraseEnd);
    if (comma >= 0 && next && next.start > comma && next.kind !== 'other') {
      const resolved = resolveHolder(ctx, s, next);
      if (resolved && resolved.names.length > 0) return { ...resolved, fromList: false };
    }
    return undefined;
  }

  // 4. Japanese and Chinese leave the speaker unsaid: "SIG etcdのリードを務めています。", also with
  // an English role noun: "kube-scheduler-simulatorのapproverも務めています。"
  const unsaid = lang === 'en' && word.shape === 'noun' ? hostLang(lang, text) : lang;
  if (unsaid === 'ja') {
    const after = text.slice(phraseEnd);
    const predicated = word.shape === 'noun' ? JA_PREDICATE_AFTER.test(after) : !JA_AFTER_BLOCKERS.test(after);
    // "オーガナイザーではありませんが、WG Batchには…参加しています": a contrast closes the negated clause,
    // as does "SIG Networkではなく、SIG Testingにいた".
    const head = text.slice(0, phraseStart);
    const clause = head.slice(Math.max(0, ...[...head.matchAll(/(?:が|けど|けれど|ものの|ではなく(?:て)?|じゃなくて)、/gu)].map((m) => m.index + m[0].length)));
    if (!predicated || JA_BLOCKERS.test(clause) || JA_AFTER_BLOCKERS.test(after)) return undefined;
    // "会社の先輩がSIG Schedulingのレビュアーになったそうです": someone else, unnamed, is the subject.
    if (/(?:先輩|後輩|同僚|友人|知人|知り合い|上司|チームメイト|仲間|誰か)(?:さん)?(?:の(?:一人|ひとり|1人))?(?:が|は|も)、?[^。]*$/u.test(clause)) return undefined;
    // "SIG Testingで活動する3人に話を聞きました": the verb describes the people it names, not the writer.
    if (JA_DESCRIBES_NOUN.test(after)) return undefined;
    // "SIG SchedulingはSIG Autoscalingとも協力して…取り組んでいます": a group or project standing as
    // the topic before the role phrase is its subject, not the speaker.
    if (objs.some((o) => o.m.end <= phraseStart && /^\s*(?:は|が)/u.test(text.slice(o.m.end)))) return undefined;
    // "このサブプロジェクトは、…cve-feed-osvにも取り組んでいます": a group or project said with a demonstrative is the subject.
    if (DEMONSTRATIVE_TOPIC.test(text.slice(0, phraseStart))) return undefined;
    const names = implicitHolder(ctx, s);
    return names.length > 0 ? { names, confidence: 0.8, fromList: false } : undefined;
  }
  if (unsaid === 'zh') {
    const before = text.slice(0, phraseStart);
    const predicated = word.shape === 'noun' ? ZH_PREDICATE_BEFORE.test(before) : true;
    if (!predicated || ZH_BLOCKERS.test(before) || ZH_AFTER_BLOCKERS.test(text.slice(phraseEnd))) return undefined;
    // "SIG Node 与 SIG Scheduling 等多个 SIG 共同发起了…": a group opening the clause is its subject.
    const clauseStart = Math.max(0, ...[...before.matchAll(/[，,；;：:]/gu)].map((m) => m.index + 1));
    if (word.shape !== 'noun' && objs.some((o) => o.type === 'Sig' && o.m.start >= clauseStart && /^\s*$/u.test(text.slice(clauseStart, o.m.start)) && o.m.end <= phraseStart)) return undefined;
    const names = implicitHolder(ctx, s);
    return names.length > 0 ? { names, confidence: 0.8, fromList: false } : undefined;
  }
  return undefined;
}

function afterIsClean(text: string, lang: RoleLang, from: number): boolean {
  const after = text.slice(from, from + 40);
  if (lang === 'ja') return !JA_AFTER_BLOCKERS.test(after);
  return true;
}

function resolveHolder(ctx: ArticleContext, s: Sentence, h: Holder): Resolved | undefined {
  switch (h.kind) {
    case 'person':
      return h.name ? { names: [h.name], confidence: 0.9 } : undefined;
    case 'first':
      return { names: firstPersonHolders(ctx, s, false), confidence: 0.85 };
    case 'firstPlural':
      return { names: firstPersonHolders(ctx, s, true), confidence: 0.7 };
    case 'third':
      return { names: thirdPersonHolders(ctx, s, h.start), confidence: 0.8 };
    case 'pair':
      return { names: pairHolders(ctx, s, h.start), confidence: 0.75 };
    default:
      return undefined;
  }
}
