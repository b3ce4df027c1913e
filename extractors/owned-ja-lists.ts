/**
 * Japanese ownership said over a list: "Cluster Autoscaler、VPA、そしてKarpenterといったサブプロジェクトを
 * 私たちが所有しています" (the speaker's group owns the list before), and "SIG Schedulingが面倒を見ている
 * サブプロジェクトがいくつもあります。…descheduler、…scheduler-plugins…などです。" (the next sentence lists them).
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { chainBefore } from './owned-lists.ts';
import { sentenceProjects } from './owned-terms.ts';
import { contextGroup, isAnswer, negatedNear, type GroupRef } from './org-context.ts';

const WE_OWN_LISTED = /(?:といった|などの|のような)\s*(?:サブプロジェクト|プロジェクト|コンポーネント)群?を、?\s*(?:私たち|我々|われわれ|うち)(?:が|で)(?:所有|管理|担当|メンテナンス|保守|持っ)/u;
const GLOSS = '(?:[（(][^()（）]{1,20}[)）])?';
const LIST_GAP = new RegExp(`^\\s*${GLOSS}\\s*(?:や|、|と)\\s*(?:そして|それに|さらに)?\\s*$`, 'u');
const SEVERAL_HELD = /(?:(?:が|の)(?:面倒を見|管理し|所有し|担当し|メンテナンスし|持っ)(?:ている|ています)|(?:が|の)(?:管理|所有|担当)する)(?:サブプロジェクト|プロジェクト)(?:が|も|は)(?:いくつも|いくつか|複数|たくさん|数多く)?(?:あります|存在します|あり、)/u;
const ITEM_END = /^\s*(?:[（(][^()（）]*[)）])?\s*(?:、|，|,|など|と|や|です|そして)/u;
const ENUMERATION_END = /(?:など|といったところ|が代表的)?(?:です|でしょう)[。！]?\s*$/u;

export interface JaListFinding {
  group: GroupRef | Mention;
  project: Mention;
}

export function jaListOwnership(article: ParsedArticle, s: Sentence, p: Paragraph | undefined, groups: Mention[], projects: Mention[]): JaListFinding[] {
  const text = s.text;
  const out: JaListFinding[] = [];
  const we = WE_OWN_LISTED.exec(text);
  const us = we && p && isAnswer(article, p.index) && !negatedNear(text, we.index, we.index + we[0].length) ? contextGroup(article, p) : undefined;
  if (we && us) {
    // "Horizontal Pod Autoscaler（HPA）": a name glossed in brackets is one item of the list.
    const items = projects.filter((x, i) => !(i > 0 && projects[i - 1]?.name === x.name && /[(（]\s*$/u.test(text.slice(0, x.start))));
    const last = [...items].reverse().find((x) => x.end <= we.index && new RegExp(`^\\s*${GLOSS}\\s*$`, 'u').test(text.slice(x.end, we.index)));
    if (last) for (const x of chainBefore(text, items, last, LIST_GAP)) out.push({ group: us, project: x });
  }
  const several = SEVERAL_HELD.exec(text);
  const holder = several ? [...groups].reverse().find((g) => g.end === several.index) : undefined;
  const next = holder ? nextSentence(article, s) : undefined;
  if (holder && next && ENUMERATION_END.test(next.text) && !negatedNear(text, several?.index ?? 0, text.length)) {
    // An item is followed by the list's punctuation; "kubeletなしで…" only describes another item.
    for (const x of sentenceProjects(next.text)) if (ITEM_END.test(next.text.slice(x.end))) out.push({ group: holder, project: x });
  }
  return out;
}

/** The sentence after `s`: in its paragraph, else the first of the next paragraph. */
function nextSentence(article: ParsedArticle, s: Sentence): Sentence | undefined {
  const i = article.sentences.indexOf(s);
  const next = i >= 0 ? article.sentences[i + 1] : undefined;
  return next && next.channel === s.channel && next.paragraph <= s.paragraph + 1 ? next : undefined;
}
