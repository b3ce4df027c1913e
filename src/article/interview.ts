import type { LabelDefinition, PersonRef, Span, Turn } from './types.ts';
import type { RawBlock } from './blocks.ts';
import { findLabelCandidates, splitSpeakers, withoutPronouns, DEFINED_LABEL, type LabelCandidate } from './speaker-labels.ts';
import { definitionInLabel, derivedDefinitions, explicitDefinitions, letterDefinitions, type KnownName } from './label-definitions.ts';
import { firstName, HAN_NAME, initialsOf, LATIN_NAME, LATIN_PLAIN_NAME, normaliseName, sameFirstName, wordInitialsOf } from './names.ts';
import { spanOf, sliceMapped } from './text-map.ts';

export interface InterviewInput {
  blocks: readonly RawBlock[];
  /** Names seen in the article, for telling "Gunju:" (a person) from "Blogs:" (a term). */
  known: readonly KnownName[];
  /** Authors and interviewers: their turns are questions. */
  authors: readonly PersonRef[];
}

export interface InterviewStructure {
  turns: Turn[];
  labelDefinitions: LabelDefinition[];
}

/** Japanese interviews mark the interviewer's questions with a double dash: "――SIG Securityについて教えてください。" */
const DASH_QUESTION = /^\s*(?:――|——|─―|―─)/u;
// Audience members ("参加者A", "Audience member 2", "观众B") ask questions too.
/** A label for a part in the conversation rather than a person: the interviewer, the host, the audience. */
export function isQuestionLabel(label: string): boolean {
  return QUESTION_LABEL.test(label);
}

const QUESTION_LABEL = /^(?:Q|Q\d+|Question|问|問|質問|提问|Interviewer|Host|Moderator|インタビュアー|聞き手|司会|司会者|采访者|采访人|主持人|提问者|(?:参加者|来場者|観客|聴衆|听众|观众|现场观众|提问者|Audience(?:\s+member)?|Attendee)\s?[A-Z0-9]?)$/i;
const ANSWER_LABEL = /^(?:A|A\d+|Answer|答|回答)$/i;
/** "**訳注**：", "**编者按**：", "**Note:**": the editor's voice, no speaker. */
/** "**所属**: Google", "**GitHub**: @x", "**职位**：…": a profile's field names, nobody's words. */
// "- 负责人：林浩然（华为）", "- Leads: …": a field of a profile or a subproject, not a speaker.
const FIELD_LABEL = /^(?:所属|役職|肩書き?|担当|拠点|所在地|出身|趣味|公司|单位|职位|职务|所在公司|现任|负责人|维护者|联合负责人|主席|技术负责人|リード|メンテナー|Leads?|Co-?leads?|Maintainers?|Owners?|Chairs?|Tech\s+leads?|GitHub|Twitter|X|LinkedIn|Mastodon|Bluesky|Slack|Company|Affiliation|Employer|Role|Title|Location|Pronouns|Handle)$/iu;
// Bylines in the body ("**译者：** 何思远 (DaoCloud)") name the writers, not speakers.
const EDITORIAL_LABEL = /^(?:作者|译者|翻译|校对|審校|著者|執筆|翻訳|訳者|Authors?|Translators?|Translated\s+by|Written\s+by|Reviewed\s+by|訳注|訳者注|編注|編集注|注|注記|補足|备注|注意|编者按|编者注|译者注|译注|提示|Note|Notes|Editor['’]?s?\s+note|Translator['’]?s?\s+note|Update|Disclaimer|TL;DR)$/iu;
const ANSWER_BY = /^(?:A|答|回答|Answer)\s*[(（][^()（）]{1,40}[)）]$/iu;
const BOLD_QUESTION_END = /(?:[?？]|ください|ますか|でしょうか|ませんか|吗|呢)[」』)）]?[。．.!！]?\s*$/u;

/** "A:", "答：": a label that marks an answer without saying whose it is. */
export function isAnswerLabel(label: string): boolean {
  return ANSWER_LABEL.test(label);
}
/** Capitalised abbreviations that open prose lines ("NOTE:", "TODO:") rather than name speakers. */
const NOT_INITIALS = new Set(['NOTE', 'TODO', 'FAQ', 'TIP', 'INFO', 'WARN', 'TLDR', 'PS', 'NB', 'FYI', 'EDIT', 'SIG', 'KEP', 'API', 'CNCF', 'PR', 'URL', 'UPDATE', 'OK', 'CLI', 'AWS', 'GKE', 'EKS', 'AKS', 'WG', 'TL', 'IMO', 'BTW']);
/** "Ahmed Karimi": two or three capitalised words, written as a bold label. */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** "Omar Farouk, Red Hat", "Hana Kobayashi (Google)": a full name and where the person works. */
const NAME_WITH_AFFILIATION = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?:\s*[(（][^()（）]{2,40}[)）]|\s*[,，]\s*\p{Lu}[^,，:：()（）]{1,40})$/u;
const HANDLE_LABEL = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/u;
/** A handle written without its "@", as GitHub shows it: lower case, perhaps with digits and dashes. */
export const BARE_HANDLE_LABEL = /^[a-z][a-z0-9-]{2,38}$/u;
/** "佐々木:", "ジェレミー：", and a spaced family and given name ("佐々木 智也"). */
const CJK_LABEL = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・·]{1,8}(?:[ \u3000][\p{Script=Han}]{1,4})?$/u;
const FIRST_PERSON = /\b(?:I|I['’]m|my|we)\b|我|私|僕/u;
const SPACED_HAN_NAME = /^[\u3400-\u9fff\u3005]{1,4}[ \u3000][\u3400-\u9fff\u3005]{1,4}$/u;

function isInitials(token: string): boolean {
  return /^[A-Z]{1,5}$/.test(token) && !NOT_INITIALS.has(token);
}

/** Speaker turns and label definitions of an interview, per channel. */
export function findInterview(input: InterviewInput): InterviewStructure {
  const candidates = findLabelCandidates(input.blocks);
  const boldCount = new Map<string, number>();
  for (const c of candidates) if (c.form !== 'plain') boldCount.set(normaliseName(c.label), (boldCount.get(normaliseName(c.label)) ?? 0) + 1);

  const knownFull = new Set(input.known.map((k) => normaliseName(k.name)));
  const knownFirst = [...new Set(input.known.map((k) => firstName(k.name)))];
  // "**王伟**，阿里云高级工程师，…": a guest introduced by a bold name, later a label.
  const boldIntros = new Set<string>();
  for (const b of input.blocks) {
    const first = b.inline.strong[0];
    if (!first || !/^\s*$/u.test(b.inline.text.slice(0, first.start)) || !/^\s*[，、,（(]/u.test(b.inline.text.slice(first.end))) continue;
    const name = b.inline.text.slice(first.start, first.end).trim();
    boldIntros.add(name);
    // "**山田 太郎**（@ytaro）：…" introduces the "**山田**：" who speaks later.
    const family = /^([\u3400-\u9fff\u3005]{1,3})[ \u3000][\u3400-\u9fff\u3005]{1,3}$/u.exec(name)?.[1];
    if (family) boldIntros.add(family);
  }
  const knownCache = new Map<string, boolean>();
  let prose: string | undefined;
  const isKnown = (token: string): boolean => {
    let v = knownCache.get(token);
    if (v === undefined) {
      prose ??= input.blocks.map((b) => b.inline.text).join('\n');
      v = boldIntros.has(token) || katakanaGiven(prose, token) || japaneseFamilyName(prose, token) || nicknamed(prose, token) || writtenAfterFamilyName(prose, token) || knownFull.has(normaliseName(token)) || knownFirst.some((f) => sameFirstName(f, token)) || writtenWithSurname(prose, token) || namedElsewhere(prose, token);
      knownCache.set(token, v);
    }
    return v;
  };

  // A label written "@x" may be named with or without its "@"; a bare "x" only as "@x".
  const handleNamed = (handle: string, at: '@' | '@?'): boolean => {
    prose ??= input.blocks.map((b) => b.inline.text).join('\n');
    return new RegExp(`(?<![\\w/-])${at}${handle}(?![\\w-])`, 'iu').test(prose.replace(/^\s*\*{0,2}@[\w-]+\s*[:：]/gmu, ''));
  };
  const isIntroduced = (token: string): boolean => knownFull.has(normaliseName(token)) || knownFirst.some((f) => sameFirstName(f, token));
  // "Omar Farouk, Red Hat": a known full name and an affiliation that names nobody.
  const labelSpeakers = (label: string): string[] => {
    const tokens = splitSpeakers(label);
    const [person, other] = tokens;
    const bare = withoutPronouns(label);
    // The affiliation may repeat in several labels ("…, Red Hat:" twice): only a person the article introduced is a second speaker.
    if (tokens.length === 2 && person !== undefined && other !== undefined && /,|，/u.test(bare) && NAME_WITH_AFFILIATION.test(bare) && !isIntroduced(other)) return [person];
    return tokens;
  };

  const acceptBold = (c: LabelCandidate): boolean => {
    if (EDITORIAL_LABEL.test(c.label) || FIELD_LABEL.test(c.label)) return false;
    const tokens = labelSpeakers(c.label);
    if (tokens.length === 0 || tokens.length > 6) return false;
    if (QUESTION_LABEL.test(c.label) || ANSWER_LABEL.test(c.label) || DEFINED_LABEL.test(c.label)) return true;
    // "**答（王一鸣）：**", "**A (Marcin):**": an answer mark names its speaker.
    if (ANSWER_BY.test(c.label) && tokens.every((t) => LATIN_NAME.test(t) || CJK_LABEL.test(t))) return true;
    if (tokens.every(isInitials)) return true;
    // "**@zbrandt:**": a GitHub handle the article names elsewhere, or one that labels several answers.
    if (HANDLE_LABEL.test(c.label)) return handleNamed(c.label.slice(1), '@?') || (boldCount.get(normaliseName(c.label)) ?? 0) >= 2;
    // "**rakhmedov**:" for a guest the article calls "[@rakhmedov](https://github.com/rakhmedov)".
    if (BARE_HANDLE_LABEL.test(c.label)) return handleNamed(c.label, '@');
    if (!tokens.every((t) => LATIN_NAME.test(t) || CJK_LABEL.test(t))) return false;
    return tokens.every(isKnown) || (boldCount.get(normaliseName(c.label)) ?? 0) >= 2;
  };
  // "- **王静怡（Jingyi Wang，@jingyiw）**：华为云高级工程师，Karmada 的维护者。": a list of profiles, not answers.
  const profileLine = (c: LabelCandidate): boolean => {
    const b = input.blocks[c.block];
    return b?.kind === 'listItem' && /[（(]/u.test(c.label) && !FIRST_PERSON.test(b.inline.text.slice(c.end));
  };
  const accepted = candidates.filter((c) => c.form !== 'plain' && !profileLine(c) && acceptBold(c));
  // In an interview (some label is already accepted), "**Ahmed Karimi:**" or "**Omar Farouk, Red Hat:**"
  // is one more speaker; two different people labelled with their affiliation make an interview too.
  const affiliated = new Set(candidates.filter((c) => c.form === 'bold' && NAME_WITH_AFFILIATION.test(withoutPronouns(c.label))).map((c) => labelSpeakers(c.label)[0]));
  if (accepted.length > 0 || affiliated.size >= 2) {
    for (const c of candidates) {
      const bare = withoutPronouns(c.label);
      if (c.form === 'bold' && !accepted.includes(c) && (NAME_WITH_AFFILIATION.test(bare) || FULL_NAME.test(bare))) accepted.push(c);
    }
  }
  const acceptedLabels = new Set(accepted.map((c) => normaliseName(c.label)));
  const plainCount = new Map<string, number>();
  for (const c of candidates) if (c.form === 'plain') plainCount.set(c.label, (plainCount.get(c.label) ?? 0) + 1);
  const usedTokens = new Set(accepted.flatMap((c) => labelSpeakers(c.label)));
  for (const c of candidates) {
    if (c.form !== 'plain') continue;
    const tokens = labelSpeakers(c.label);
    const ok =
      QUESTION_LABEL.test(c.label) ||
      ANSWER_LABEL.test(c.label) ||
      acceptedLabels.has(normaliseName(c.label)) ||
      (tokens.length === 1 && LATIN_NAME.test(c.label) && c.label.split(' ').length <= 3 && isKnown(c.label)) ||
      // "高野：…", "パク：…": a plain name label in Japanese or Chinese, used for several answers, of someone the article names.
      (tokens.length === 1 && CJK_LABEL.test(c.label) && !FIELD_LABEL.test(c.label) && !EDITORIAL_LABEL.test(c.label) && (plainCount.get(c.label) ?? 0) >= 2 && isKnown(c.label));
    if (ok) accepted.push(c);
  }
  accepted.sort((a, b) => a.block - b.block);

  const labelSpan = (c: LabelCandidate): Span => {
    const b = input.blocks[c.block];
    return b ? spanOf(sliceMapped(b.inline, c.start, c.end), b.span.start) : { start: 0, end: 0 };
  };
  const labelDefinitions = definitions(input, accepted, usedTokens, labelSpan);

  const byBlock = new Map(accepted.map((c) => [c.block, c]));
  // "**李**: 私は…" or "**Ana Lima**:" that could not be tied to anyone is still someone else speaking: it ends
  // the answer before it (a bold term, "**Blogs**:", "**注意**：", stays in it).
  const unknownSpeaker = new Set(
    candidates.filter((c) => c.form === 'bold' && c.start <= 2 && !byBlock.has(c.block) && UNKNOWN_SPEAKER_LABEL.test(c.label)).map((c) => c.block),
  );
  const turns: Turn[] = [];
  const open = new Map<string, Turn>();
  input.blocks.forEach((b, index) => {
    if (b.kind === 'heading') {
      open.delete(b.channel);
      return;
    }
    const c = byBlock.get(index);
    if (!c && DASH_QUESTION.test(b.inline.text)) {
      // "――まず自己紹介をお願いします。": the interviewer's question, marked by a double dash, not by a name.
      const dash = DASH_QUESTION.exec(b.inline.text)?.[0] ?? '';
      const labelSpan = spanOf(sliceMapped(b.inline, dash.length - 2, dash.length), b.span.start);
      const turn: Turn = { label: '――', speakers: [], labelSpan, paragraphs: [index], isQuestion: true, channel: b.channel };
      turns.push(turn);
      open.set(b.channel, turn);
      return;
    }
    const attributed = c ? undefined : attribution(b);
    if (attributed) {
      // A quotation signed "— Name, role": the quote is that person's answer.
      const labelSpan = spanOf(sliceMapped(b.inline, attributed.at, attributed.at + attributed.name.length), b.span.start);
      turns.push({ label: attributed.name, speakers: [attributed.name], labelSpan, paragraphs: [index], isQuestion: false, channel: b.channel, signed: true });
      open.delete(b.channel);
      return;
    }
    if (!c) {
      // A bold question ends the answer before it: "**Who else do you work with?**", "**…教えてください。**".
      if ((isAllStrong(b) && BOLD_QUESTION_END.test(b.inline.text)) || (unknownSpeaker.has(index) && b.kind === 'paragraph')) open.delete(b.channel);
      else open.get(b.channel)?.paragraphs.push(index);
      return;
    }
    const speakers = labelSpeakers(c.label);
    const turn: Turn = {
      label: c.label,
      speakers,
      labelSpan: labelSpan(c),
      paragraphs: [index],
      isQuestion: isQuestion(c, b, speakers, input.authors, labelDefinitions),
      channel: b.channel,
    };
    turns.push(turn);
    open.set(b.channel, turn);
  });
  return { turns, labelDefinitions };
}

const UNKNOWN_SPEAKER_LABEL = /^(?:[\u3400-\u9fff]|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u;

/** The signature line closing a quotation: "— Viktor Hallberg, SIG Release tech lead", "―― 王磊（DaoCloud）". */
const SIGNATURE = /(?:^|\n|["”」』.!?。！？][ \t]+)[ \t]*(?:—|―|–|--)[—―–-]?[ \t]*([^\n,，(（:：]{2,40}?)[ \t]*(?:[,，(（][^\n]*)?$/u;

function attribution(b: RawBlock): { name: string; at: number } | undefined {
  if (b.kind !== 'blockquote') return undefined;
  const m = SIGNATURE.exec(b.inline.text.trimEnd());
  const name = m?.[1]?.trim();
  if (!m || !name || !((LATIN_NAME.test(name) && name.includes(' ')) || HAN_NAME.test(name))) return undefined;
  return { name, at: m.index + m[0].indexOf(name) };
}

/** "Soltysh Maciejさん" then "**Maciej**：": a name written family name first, with an honorific. */
function writtenAfterFamilyName(prose: string, token: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(token)) return false;
  // The substring test first: the pattern alone scans every capital letter of the article.
  if (!prose.includes(`${token}さん`) && !prose.includes(`${token}氏`)) return false;
  return new RegExp(`\\p{Lu}[\\p{Ll}'’-]+\\s+${token}(?:さん|氏)`, 'u').test(prose);
}

/** "Davanum Srinivas, better known as Dims": the prose gives the label as a nickname. */
function nicknamed(prose: string, token: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(token)) return false;
  return new RegExp(`(?:known\\s+as|\\baka|a\\.k\\.a\\.)\\s+${token}\\b`, 'u').test(prose);
}

/**
 * The article writes the label as the first part of a full name somewhere ("Mei Lin氏", "Mei Lin, a
 * tech lead"): then "**Mei**:" names that person even when no link or front matter introduced them.
 */
function writtenWithSurname(prose: string, token: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(token)) return false;
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{Script=Latin}])${escaped}\\s+\\p{Lu}[\\p{Ll}'’-]+`, 'u').test(prose);
}


/**
 * A full name that the prose also names outside the label itself ("Rahul Venkatesh"), or a Han
 * name the prose gives with its Latin form ("林峰（Lin Feng）").
 */
function namedElsewhere(prose: string, token: string): boolean {
  // "田中：" for "田中 太郎（Taro Tanaka）": a family name given with its full form.
  // "王雨桐（Yutong Wang，@ytwang-dev）": a handle or employer may follow inside the brackets.
  if (HAN_NAME.test(token)) return new RegExp(`${token}(?:[ \\u3000]?[\\u3400-\\u9fff]{1,3})?\\s*[（(]\\s*${LATIN_PLAIN_NAME}\\s*(?:[，,、／/][^（）()\\n]{0,40})?[）)]`, 'u').test(prose);
  // "**佐々木 智也:**" after "佐々木 智也（Tomoya Sasaki）さん": the prose writes the full name elsewhere too.
  if (SPACED_HAN_NAME.test(token)) return prose.indexOf(token) !== prose.lastIndexOf(token);
  if (!token.includes(' ') || !LATIN_NAME.test(token)) return false;
  // "MIA LINDQVIST:" in a transcript: the prose writes the name in ordinary case.
  if (!/\p{Ll}/u.test(token)) {
    const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "OLUWASEUN ADEYEMI:" after 'Oluwaseun "Seun" Adeyemi': a nickname in quotes may stand between.
    const nicked = escaped.replace(/ /u, '\\s+(?:["“][^"”\\n]{1,20}["”]\\s+)?');
    return [...prose.matchAll(new RegExp(nicked, 'giu'))].some((m) => m[0] !== token);
  }
  const first = prose.indexOf(token);
  return first >= 0 && prose.indexOf(token, first + token.length) >= 0;
}

function definitions(input: InterviewInput, accepted: readonly LabelCandidate[], usedTokens: ReadonlySet<string>, labelSpan: (c: LabelCandidate) => Span): LabelDefinition[] {
  const defs: LabelDefinition[] = [];
  const add = (d: LabelDefinition): void => {
    if (!defs.some((x) => x.label === d.label)) defs.push(d);
  };
  for (const c of accepted) {
    const d = definitionInLabel(c.label, labelSpan(c));
    if (d) add(d);
  }
  for (const d of explicitDefinitions(input.blocks, usedTokens)) add(d);
  const known: KnownName[] = [...defs.map((d) => ({ name: d.name, span: d.span })), ...input.known];
  const undefinedTokens = [...usedTokens].filter((t) => !defs.some((d) => d.label === t));
  for (const d of derivedDefinitions(undefinedTokens, known)) add(d);
  const singleSpeakers: KnownName[] = accepted
    .filter((c) => splitSpeakers(c.label).length === 1 && !DEFINED_LABEL.test(c.label))
    .map((c) => ({ name: c.label, span: labelSpan(c) }));
  const letters = [...usedTokens].filter((t) => t.length === 1 && !defs.some((d) => d.label === t));
  for (const d of letterDefinitions(letters, singleSpeakers, known)) add(d);
  return defs;
}

/** "**アミット**：" after "アミット・パテル（Amit Patel）さん": the given name of a katakana full name in the prose. */
function katakanaGiven(prose: string, token: string): boolean {
  return /^[\u30a1-\u30fa\u30fc]{2,}$/u.test(token) && new RegExp(`(?<![\\u30a1-\\u30fa\\u30fc])${token}[・･][\\u30a1-\\u30fa\\u30fc]{2,}`, 'u').test(prose);
}

/** "**上野さん**：" after "上野 健一さん（Google）": the family name of a spaced Japanese name with an honorific. */
function japaneseFamilyName(prose: string, token: string): boolean {
  return /^[\u3400-\u9fff\u3005]{1,3}$/u.test(token) && new RegExp(`${token}[ \\u3000][\\u3400-\\u9fff\\u3005]{1,3}(?:[（(][^（）()\\n]{1,60}[）)])?(?:さん|氏|先生)`, 'u').test(prose);
}

function isQuestion(c: LabelCandidate, b: RawBlock, speakers: readonly string[], authors: readonly PersonRef[], defs: readonly LabelDefinition[]): boolean {
  if (c.form === 'boldQuestion' || QUESTION_LABEL.test(c.label)) return true;
  if (ANSWER_LABEL.test(c.label)) return false;
  // "**Jan Šafránek**" alone on its line is the label of the answer below it, bold as it is.
  const nameLine = c.start === 0 && c.end >= b.inline.text.trimEnd().length;
  if (isAllStrong(b) && !nameLine) return true;
  return speakers.some((s) => {
    const name = defs.find((d) => d.label === s)?.name ?? s;
    // "孙悦：" for the author written "孙悦（Sun Yue）".
    // "**@lferrari:**" for the author "Lucia Ferrari (@lferrari)".
    const handle = HANDLE_LABEL.test(s) ? s.slice(1).toLowerCase() : undefined;
    return authors.some((a) => isSamePerson(a.name, name) || initialsOf(a.name) === s || wordInitialsOf(a.name) === s || (HAN_NAME.test(name) && a.raw.includes(name)) || (handle !== undefined && a.github === handle));
  });
}

function isSamePerson(full: string, label: string): boolean {
  return normaliseName(full) === normaliseName(label) || sameFirstName(firstName(full), label);
}

export function isAllStrong(b: RawBlock): boolean {
  const text = b.inline.text;
  if (b.inline.strong.length === 0) return false;
  const inStrong = new Uint8Array(text.length);
  for (const s of b.inline.strong) inStrong.fill(1, s.start, s.end);
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
    if (!inStrong[i]) return false;
    visible++;
  }
  return visible > 0;
}
