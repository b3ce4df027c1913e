/**
 * Whose employer a sentence names: the nearest person before the cue, else "I" (the speaker of an
 * answer), "he"/"she" (the last person named earlier in the paragraph) or the person a profile
 * section is about. "You" is the reader and nobody the article names.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { PeopleIndex } from './mentions/people.ts';
import type { Mention } from './mentions/types.ts';
import { isQuestion, paragraphOf } from './org-context.ts';
import { articleContext, firstPersonHolders, implicitHolder, thirdPersonHolders } from './role-holders.ts';

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|me)\b|私|僕|わたし|我(?!们)/g;
const THIRD_PERSON = /\b(?:He|She|he|she|His|Her|his|her)\b|彼女?は|他|她/g;
const OTHER_SUBJECT_EN = /(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+)(?:They|they|It|it|This|this|That|that|The\s+(?:project|team|company|tool|group))\s+(?:\w+\s+){0,3}$/u;
const SECOND_PERSON = /\b(?:you|your)\b|あなた|你|您/giu;

/** The person a cue at `at` speaks of: nearest named person before it, or "I"/"he" resolved by context. */
export function subjectBefore(article: ParsedArticle, idx: PeopleIndex, s: Sentence, people: Mention[], at: number): string | undefined {
  // "Peter Hunt (he/him), a CRI-O maintainer at Red Hat": stated pronouns refer to no one else.
  const text = s.text.replace(/[(（]\s*(?:he|she|they|xe|ze)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*[)）]/giu, (m) => ' '.repeat(m.length));
  const person = [...people].reverse().find((m) => m.end <= at);
  let pronoun: { at: number; first: boolean } | undefined;
  for (const m of text.slice(0, at).matchAll(FIRST_PERSON)) pronoun = { at: m.index, first: true };
  for (const m of text.slice(0, at).matchAll(THIRD_PERSON)) if (!pronoun || m.index > pronoun.at) pronoun = { at: m.index, first: false };
  // "You don't need to work at Google to help": "you" is the reader, nobody the article names.
  const you = [...text.slice(0, at).matchAll(SECOND_PERSON)].pop();
  if (you && (!pronoun || you.index > pronoun.at) && (!person || you.index > person.end)) return undefined;
  if (person && (!pronoun || person.end > pronoun.at)) return person.name;
  // "Tobias was elected a tech lead; he is an engineer at Shopify": he is the person named before,
  // unless the sentence spoke of "she" before naming anyone ("she co-chairs it with Arjun, and she works at X").
  const firstThird = [...text.slice(0, at).matchAll(THIRD_PERSON)][0];
  if (person && pronoun && !pronoun.first && (firstThird === undefined || firstThird.index > person.end)) return person.name;
  // "They started at a startup called Scytale": another subject the sentence names, not the speaker.
  if (!person && !pronoun && OTHER_SUBJECT_EN.test(text.slice(0, at))) return undefined;
  // "Anna: 我在华为…" — a speaker label opening the sentence is the "I".
  const label = people.find((m) => m.start === 0 && /^\s*[:：]/.test(text.slice(m.end)));
  return contextPerson(article, idx, s, pronoun?.first ?? true) ?? (pronoun?.first !== false ? label?.name : undefined);
}

/** Only an explicit "I" (not an omitted subject) makes the author the subject outside an interview. */
const FIRST_PERSON_ONLY = /\b(?:I|I'm|I've|I’m|I’ve|my)\b|私|僕|我(?!们)/u;

/** "I" in an answer → its speaker; a profile section → its person; an omitted CJK subject → the speaker. */
export function contextPerson(article: ParsedArticle, idx: PeopleIndex, s: Sentence, firstPerson: boolean): string | undefined {
  const p: Paragraph | undefined = paragraphOf(article, s.paragraph);
  if (isQuestion(article, p)) return undefined;
  const speakers = idx.speakersAt(s.paragraph);
  if (firstPerson && speakers.length === 1) return speakers[0];
  if (speakers.length > 1) return undefined;
  const featured = idx.featuredAt(s.paragraph);
  if (featured) return featured;
  // "I worked at Rancher before joining Google" in a post by one author: the author.
  if (firstPerson && speakers.length === 0) {
    const [author, ...others] = firstPersonHolders(articleContext(article), s, false);
    if (author !== undefined && others.length === 0 && FIRST_PERSON_ONLY.test(s.text)) return author;
    // "現在はさくらインターネットで…開発をしています" after "森本 航です。": a Japanese post leaves its author unsaid.
    if (article.lang === 'ja' && /[\u3040-\u30ff]/u.test(s.text) && !/[「」『』]|の方|さん|氏/u.test(s.text)) {
      const [unsaid, ...more] = implicitHolder(articleContext(article), s);
      if (unsaid !== undefined && more.length === 0) return unsaid;
    }
  }
  if (!firstPerson) {
    // "He works at X": the last person named earlier in the paragraph.
    const earlier = article.sentences.filter((x) => x.paragraph === s.paragraph && x.span.start < s.span.start);
    for (const x of earlier.reverse()) {
      const named = idx.findPeople(x.text, x.span.start);
      const first = named[0];
      const last = named[named.length - 1];
      // "And Fatima, who co-chaired the group with Tomasz before I took over. She's at Microsoft": the
      // people inside a relative clause are not what "she" takes up.
      if (first && last && first !== last && /^[^.;]*?,\s*(?:who|whom|whose)\b/u.test(x.text.slice(first.end, last.start))) return first.name;
      if (last) return last.name;
    }
    // A paragraph that opens with "she": the person the sentences before it in the section are about.
    const [only, ...more] = thirdPersonHolders(articleContext(article), s);
    if (only !== undefined && more.length === 0) return only;
  }
  return undefined;
}
