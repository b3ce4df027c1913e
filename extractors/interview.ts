/**
 * INTERVIEWED: the people an article interviews or features — speakers of answer turns, people
 * named where the introduction says who is interviewed ("we interview X", "spotlighting X",
 * "Xさんにお話を伺いました", "与 X 的谈话"), and the people of profile sections ("introduce you
 * to five amazing folks" followed by one heading per person), and the recipients an announcement
 * lists (interview-recipients.ts) or sets in bold (interview-bold-people.ts). Never the authors, translators or
 * the interviewer.
 * ABOUT: the group the article is mainly about, from its title, slug or headings.
 */
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Emit, Evidence, SigKind } from '../src/extraction/types.ts';
import { peopleIndex, type PeopleIndex } from './mentions/people.ts';
import { groupIndex } from './mentions/groups.ts';
import { distinctGroups, groupsIn } from './org-context.ts';
import { quotedSpeakers } from './interview-quotes.ts';
import { recipients } from './interview-recipients.ts';
import { boldIntroduced } from './interview-bold-people.ts';

/** Where an introduction says who is interviewed; names after the cue (en) or anywhere in the sentence (ja, zh). */
const EN_CUE = /\b(?:we\s+interview(?:ed)?|interviews?|interviewed|interviewing|spotlight(?:ing|s)?|(?:sits?|sat)\s+down\s+(?:\([^()]{0,60}\)\s+)?with|(?:talk(?:ed|s)?|spoke|speak(?:s|ing)?|chat(?:ted|s)?)\s+(?:to|with)|conversation\s+with|caught\s+up\s+with|catch(?:es)?\s+up\s+with|interview\s+with|(?:sent|asked|put)\s+(?:\w+\s+){0,2}questions\s+to)\b/iu;
const EN_CUE_ALL = new RegExp(EN_CUE.source, 'giu');
/** "spotlight … written by X": X wrote it, and was not interviewed. */
const NOT_INTERVIEWEE_BETWEEN = /\b(?:by|thanks\s+to|with\s+the\s+help\s+of)\b/iu;
const CJK_CUE = /インタビュー(?!ア|ワ)|お話を(?:伺|うかが|聞)|話を(?:伺|聞)|伺(?:いました|います|う)|采访(?!者)|访谈(?!者)|专访|的谈话|的对话|对话了|交谈|聊了聊|聊了一下|聊了几句|聊一聊|聊聊/u;
/** "由 A 采访", "A 的采访": A asked the questions. */
const ZH_INTERVIEWER = /由\s*$|的\s*(?:采访|访谈)/u;
/** "AがBにインタビュー": A is the interviewer. */
const JA_INTERVIEWER = /^(.*)(?:が|は)[^がは。]*?に(?:インタビュー|お話を伺)/u;
const PROFILE_CUE = /\b(?:introduce\s+you\s+to|meet\s+(?:our|the)|featuring|profiles?\s+of)\b|紹介します|ご紹介|介绍|話を聞|聞きました|お話を伺/iu;

function evidenceOf(s: Sentence): Evidence {
  return { quote: s.text, span: s.span, channel: s.channel };
}

function emitInterviewed(emit: Emit, name: string, evidence: Evidence, confidence: number): void {
  emit.triple({ s: { type: 'Person', name }, p: 'INTERVIEWED', o: '@article', confidence, evidence });
}

/** Sentences of the introduction: before the first interview turn of each channel and within its first ten blocks. */
function introSentences(article: ParsedArticle): Sentence[] {
  const firstTurn = new Map<string, number>();
  for (const t of article.turns) {
    const p = t.paragraphs[0];
    if (p !== undefined && !firstTurn.has(t.channel)) firstTurn.set(t.channel, p);
  }
  // Each block's position among the blocks of its channel.
  const order = new Map<number, number>();
  const perChannel = new Map<string, number>();
  for (const p of article.paragraphs) {
    const n = perChannel.get(p.channel) ?? 0;
    order.set(p.index, n);
    perChannel.set(p.channel, n + 1);
  }
  return article.sentences.filter((s) => {
    const limit = firstTurn.get(s.channel) ?? Number.MAX_SAFE_INTEGER;
    return s.paragraph < limit && (order.get(s.paragraph) ?? 0) < 10;
  });
}

function fromIntroductions(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  for (const s of introSentences(article)) {
    // The last cue counts: "In this interview, A sits down with B" names B after it.
    const en = [...s.text.matchAll(EN_CUE_ALL)].pop();
    const cjk = en ? null : CJK_CUE.exec(s.text);
    if (!en && !cjk) continue;
    const mentions = people.findPeople(s.text, s.span.start);
    const interviewerPart = cjk ? JA_INTERVIEWER.exec(s.text)?.[1] : undefined;
    const cueEnd = en ? en.index + en[0].length : 0;
    for (const m of mentions) {
      // English names the interviewees after the cue ("X interviews Y"); "AがBに…" names the interviewer first.
      if (en && (m.start < en.index || NOT_INTERVIEWEE_BETWEEN.test(s.text.slice(cueEnd, m.start)))) continue;
      if (interviewerPart !== undefined && m.end <= interviewerPart.length) continue;
      if (cjk && (ZH_INTERVIEWER.test(s.text.slice(Math.max(0, m.start - 3), m.start)) || /^\s*的\s*(?:采访|访谈)/u.test(s.text.slice(m.end)))) continue;
      // "Lucas Oliveira 采访了…三位 owner", "我（来自红帽的 Nadia Rahimi）采访了…": the subject of 采访 asks the questions.
      if (cjk && m.end <= cjk.index && /^(?:采访|访谈)/u.test(cjk[0]) && /^[^，。,；]{0,12}$/u.test(s.text.slice(m.end, cjk.index))) continue;
      const resolved = people.resolve(m.name, { at: s.span.start });
      const name = resolved?.name ?? m.name;
      if (excluded.has(name) || !resolved) continue;
      emitInterviewed(emit, name, evidenceOf(s), 0.85);
    }
    // "We spoke with the following maintainers:" followed by a list of them.
    if (/[:：]\s*$/u.test(s.text)) fromListAfter(article, s, people, excluded, emit);
    // "I sat down with three people who keep it running. **A** is … **B** is …": the next sentences name them.
    const counted = en && !mentions.some((m) => m.start >= cueEnd) ? COUNTED.exec(s.text.slice(cueEnd)) : null;
    if (counted) fromSentencesAfter(article, s, countOf(counted[1] ?? ''), people, excluded, emit);
  }
}

/** "佐藤 美咲（Misaki Sato）さんに感想を伺いました": anywhere in the article, the person asked. */
const ASKED_JA = /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*(?:さん|氏|様|先生)?に[^。、]{0,8}?(?:お話を|話を|感想を|意見を|コメントを)?(?:伺|うかが|聞き|聞い|インタビュー)/u;

function fromAskedPeople(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  for (const s of article.sentences) {
    if (!/伺|うかが|聞|インタビュー/u.test(s.text)) continue;
    for (const m of people.findPeople(s.text, s.span.start)) {
      if (!ASKED_JA.test(s.text.slice(m.end))) continue;
      const name = people.resolve(m.name, { at: s.span.start })?.name;
      if (name && !excluded.has(name)) emitInterviewed(emit, name, evidenceOf(s), 0.8);
    }
  }
}

/** "四位嘉宾分别是：", "今回のパネリストは以下の3名です。", "The panelists were:" followed by a list of them. */
const GUEST_LEAD = /嘉宾|讲者|演讲者|分享者|ゲスト|登壇|パネル|パネリスト|スピーカー|\bpanel(?:ists?)?\b|\bspeakers\b|\bguests\b/iu;

function fromGuestLists(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  for (const p of article.paragraphs) {
    const next = article.paragraphs[p.index + 1];
    if (p.kind === 'listItem' || next?.kind !== 'listItem') continue;
    // The people meant are in the list, not the sentence: "X moderated; the panelists were:".
    // "当日のパネルには、次の3名に登壇していただきました。モデレーターは筆者が務めました。": any sentence of the lead-in.
    const lead = p.sentences.find((s) => GUEST_LEAD.test(s.text) && /[:：]\s*$|以下|如下|次の|below|following/iu.test(s.text));
    if (lead) fromListAfter(article, lead, people, excluded, emit);
  }
}

/** "会后，我们采访了两位…的朋友。", "WGに深く関わった3人に話を聞きました": anywhere in the article, the people the next paragraphs introduce. */
function fromCountedCues(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  for (const s of article.sentences) {
    const cue = CJK_CUE.exec(s.text);
    const counted = cue ? COUNTED_CJK.exec(s.text) : null;
    if (!counted || people.findPeople(s.text, s.span.start).length > 0) continue;
    fromSentencesAfter(article, s, countOf(counted[1] ?? ''), people, excluded, emit);
  }
}

const COUNTED = /^\s*(?:the\s+)?(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?(?:people|guests|members|maintainers|leads|leaders|contributors|folks|engineers|co-?chairs|chairs)\b/iu;
const COUNTED_CJK = /(两|二|三|四|五|[2-5２-５])\s*(?:位|名|人)/u;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, '２': 2, '３': 3, '４': 4, '５': 5 };
const countOf = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);

/** The first `count` people named in the sentences after `cue`, within its paragraph and the next. */
function fromSentencesAfter(article: ParsedArticle, cue: Sentence, count: number, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  const found = new Set<string>();
  for (const s of article.sentences) {
    if (found.size >= count) break;
    if (s.channel !== cue.channel || s.span.start <= cue.span.start) continue;
    // The people are introduced in the paragraphs that follow, within the cue's section.
    const p = article.paragraphs[s.paragraph];
    if (s.paragraph > cue.paragraph + 8 || p?.kind === 'heading' || p?.section !== article.paragraphs[cue.paragraph]?.section) break;
    // The person a sentence introduces opens it.
    const first = people.findPeople(s.text, s.span.start)[0];
    const resolved = first && /^[\s*[“"(]*(?:And\s+|Finally,?\s+|Last(?:ly)?,?\s+)?[\s*[“"(]*$/u.test(s.text.slice(0, first.start)) ? people.resolve(first.name, { at: s.span.start }) : undefined;
    if (!resolved || excluded.has(resolved.name) || found.has(resolved.name)) continue;
    found.add(resolved.name);
    emitInterviewed(emit, resolved.name, evidenceOf(cue), 0.8);
  }
}

function fromListAfter(article: ParsedArticle, cue: Sentence, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  for (let i = cue.paragraph + 1; i < article.paragraphs.length; i++) {
    const item = article.paragraphs[i];
    if (!item || item.kind !== 'listItem' || item.channel !== cue.channel) break;
    // The person a list item is about comes first in it.
    const first = people.findPeople(item.text, item.span.start)[0];
    const resolved = first && first.start <= 2 ? people.resolve(first.name, { at: item.span.start }) : undefined;
    if (resolved && !excluded.has(resolved.name)) emitInterviewed(emit, resolved.name, evidenceOf(cue), 0.8);
  }
}

function fromProfiles(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  const featured = [...people.featured()].filter(([, name]) => !excluded.has(name));
  if (featured.length === 0) return;
  const cue = article.sentences.find((s) => PROFILE_CUE.test(s.text) && (featured[0]?.[0] ?? 0) > s.paragraph);
  // One profile heading alone is weak; several, or one announced by the introduction, is a series.
  if (featured.length < 2 && !cue) return;
  for (const [index, name] of featured) {
    const heading = article.paragraphs[index];
    if (!heading) continue;
    const evidence: Evidence = cue ? evidenceOf(cue) : { quote: heading.text, span: heading.span, channel: heading.channel };
    emitInterviewed(emit, name, evidence, cue ? 0.85 : 0.75);
  }
}

/** One triple per speaker and channel: the Chinese text must stand on its own next to the English comment. */
function fromTurns(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  const done = new Set<string>();
  // A signed quotation features its speaker only in an article made of quotations: beside labelled
  // answers or profiles ("### Meet …"), it is a voice quoted along the way.
  const quotesOnly = article.turns.every((t) => t.signed || t.isQuestion) && people.featured().size === 0;
  for (const turn of article.turns) {
    if (turn.isQuestion || (turn.signed && !quotesOnly)) continue;
    const first = turn.paragraphs[0];
    if (first === undefined) continue;
    for (const name of people.speakersAt(first)) {
      const key = `${turn.channel}|${name}`;
      if (excluded.has(name) || done.has(key)) continue;
      done.add(key);
      const sentence = article.paragraphs[first]?.sentences[0];
      const evidence: Evidence = sentence ? evidenceOf(sentence) : { quote: turn.label, span: turn.labelSpan, channel: turn.channel };
      emitInterviewed(emit, name, evidence, 0.9);
    }
  }
}

/** The front matter's title line as evidence (the article's path when there is none). */
function titleEvidence(article: ParsedArticle): Evidence {
  const fm = article.frontMatter;
  const titleLine = fm ? /^title:.*$/mu.exec(article.text.slice(fm.span.start, fm.span.end)) : null;
  return fm && titleLine
    ? { quote: titleLine[0], span: { start: fm.span.start + titleLine.index, end: fm.span.start + titleLine.index + titleLine[0].length }, channel: 'body' }
    : { quote: fm?.title ?? article.path, span: fm?.span ?? { start: 0, end: 0 }, channel: 'body' };
}

/** "Meet Our Contributors: Priya Raman": a person the title names, and the body introduces, is featured. */
function fromTitle(article: ParsedArticle, people: PeopleIndex, excluded: Set<string>, emit: Emit): void {
  const title = article.frontMatter?.title;
  if (!title) return;
  for (const m of people.findPeople(title)) {
    const resolved = people.resolve(m.name);
    if (!resolved || excluded.has(resolved.name) || !/\S\s+\S|^[\u3400-\u9fff]{2,4}$/u.test(m.surface)) continue;
    emitInterviewed(emit, resolved.name, titleEvidence(article), 0.8);
  }
}

function aboutGroup(article: ParsedArticle, emit: Emit): void {
  const found = groupIndex(article).articleGroup();
  // A group only one section heading names ("## SIG Nodeのレビュアーになるまで") is that section's topic.
  const group = found && (namedUpFront(article, found.name) || headingsNaming(article, found.name) >= 2) ? found : undefined;
  const groups = group ? [group] : jointTitleGroups(article);
  for (const g of groups) emit.triple({ s: '@article', p: 'ABOUT', o: { type: 'Sig', name: g.name, kind: g.kind }, confidence: group ? 0.9 : 0.8, evidence: titleEvidence(article) });
}

/** The title (its English original in a comment too) or the slug names the group. */
function namedUpFront(article: ParsedArticle, name: string): boolean {
  const fm = article.frontMatter;
  const titles = [fm?.title ?? '', fm?.slug ?? article.path.replace(/^.*\//u, '').replace(/[-_]+/gu, ' '), ...article.paragraphs.filter((p) => p.channel === 'comment').map((p) => /^title:\s*"?(.+?)"?\s*$/mu.exec(p.text)?.[1] ?? '')];
  return titles.some((t) => groupsIn(t).some((g) => g.name === name) || groupsIn(t.replace(/[-_]+/gu, ' ')).some((g) => g.name === name));
}

function headingsNaming(article: ParsedArticle, name: string): number {
  return article.paragraphs.filter((p) => p.kind === 'heading' && groupsIn(p.text).some((g) => g.name === name)).length;
}

const TITLE_COORDINATION = /^\s*(?:and|&|与|和|及|と|、|,|\/)\s*$/iu;

/** "SIG Apps 与 SIG CLI 联合会议", "WG Batch and WG Serving on Sharing GPUs": a title about two or three groups together. */
function jointTitleGroups(article: ParsedArticle): Array<{ name: string; kind: SigKind }> {
  const title = article.frontMatter?.title ?? '';
  const found = distinctGroups(groupsIn(title));
  if (found.length < 2 || found.length > 3) return [];
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1];
    const b = found[i];
    if (!a || !b || !TITLE_COORDINATION.test(title.slice(a.end, b.start))) return [];
  }
  return found.map((g) => ({ name: g.name, kind: g.kind ?? 'other' }));
}

export const interviewExtractor = defineExtractor(
  { id: 'interview', description: 'INTERVIEWED (answer speakers, introductions, profile sections) and ABOUT (the group an article is about)' },
  (article, emit) => {
    const people = peopleIndex(article);
    const excluded = new Set([...people.authors(), ...people.translators()]);
    const interviewer = people.interviewer();
    if (interviewer) excluded.add(interviewer);
    fromTurns(article, people, excluded, emit);
    fromIntroductions(article, people, excluded, emit);
    fromCountedCues(article, people, excluded, emit);
    fromAskedPeople(article, people, excluded, emit);
    fromGuestLists(article, people, excluded, emit);
    fromProfiles(article, people, excluded, emit);
    fromTitle(article, people, excluded, emit);
    for (const r of [...recipients(article, people), ...boldIntroduced(article, people)]) {
      if (!excluded.has(r.name)) emitInterviewed(emit, r.name, { quote: r.paragraph.text, span: r.paragraph.span, channel: r.paragraph.channel }, 0.7);
    }
    for (const q of quotedSpeakers(article, people, excluded)) emitInterviewed(emit, q.name, evidenceOf(q.sentence), 0.75);
    aboutGroup(article, emit);
  },
);
