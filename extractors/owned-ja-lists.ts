/**
 * Japanese ownership said over a list: "Cluster Autoscaler、VPA、そしてKarpenterといったサブプロジェクトを
 * 私たちが所有しています" (the speaker's group owns the list before), and "SIG Schedulingが面倒を見ている
 * サブプロジェクトがいくつもあります。…descheduler、…scheduler-plugins…などです。" (the next sentence lists them).
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import { chainBefore } from './owned-lists.ts';
import { sentenceProjects } from './owned-terms.ts';
import { contextGroup, isAnswer, negatedNear, sentenceAfter, type GroupRef } from './org-context.ts';

const WE_OWN_LISTED = /(?:といった|などの|のような)\s*(?:サブプロジェクト|プロジェクト|コンポーネント)群?(?:を|も)、?\s*(?:私たち|我々|われわれ|うち|この\s?SIG|同\s?SIG|本\s?SIG)(?:が|で)(?:所有|管理|担当|メンテナンス|保守|持っ)/u;
/** "SIG Autoscalingは、A、B…といったサブプロジェクトを持っています", "SIG Docsには、A、B、そしてCの3つのサブプロジェクトがあります". */
const TOPIC_HOLDS_LISTED = /(?:(?:といった|などの|のような)\s*(?:サブプロジェクト|プロジェクト)群?を(?:持っ|所有し|抱え|管理し)|の\s*(?:[2-9２-９]|[二三四五六七八九])\s*つの\s*サブプロジェクト(?:が|を))/u;
const GLOSS = '(?:[（(][^()（）]{1,20}[)）])?';
const GLOSS_ONLY = new RegExp(`^\\s*${GLOSS}\\s*$`, 'u');
const LIST_GAP = new RegExp(`^\\s*${GLOSS}\\s*(?:や|、|と)\\s*(?:そして|それに|さらに)?\\s*$`, 'u');
const LAST_ITEM_GAP = new RegExp(`^\\s*${GLOSS}\\s*(?:、\\s*(?:そして|それに)?\\s*[A-Za-z][\\w.-]*\\s*)?$`, 'u');
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
  // "私たちが" speaks for the group only in an answer; "このSIGが" names it anywhere.
  const thisGroup = we !== null && /(?:この|同|本)\s?SIG/u.test(we[0]);
  const us = we && p && (thisGroup || isAnswer(article, p.index)) && !negatedNear(text, we.index, we.index + we[0].length) ? contextGroup(article, p) : undefined;
  if (we && us) {
    const items = listItems(text, projects);
    const last = [...items].reverse().find((x) => x.end <= we.index && GLOSS_ONLY.test(text.slice(x.end, we.index)));
    if (last) for (const x of chainBefore(text, items, last, LIST_GAP)) out.push({ group: us, project: x });
    // "kube-schedulerそのものに加えて、…といったサブプロジェクトも": what the list is added to is the group's too.
    if (last) for (const x of items) if (x.end <= last.start && /^\s*(?:そのもの|自体|本体)?に加えて/u.test(text.slice(x.end))) out.push({ group: us, project: x });
  }
  // The group is the sentence's topic: "SIG Autoscalingは、…", "SIG Docsには、…".
  const holds = TOPIC_HOLDS_LISTED.exec(text);
  const topic = holds ? groups.find((g) => g.end <= holds.index && /^\s*(?:に)?は、?/u.test(text.slice(g.end)) && !/[。]/u.test(text.slice(g.end, holds.index))) : undefined;
  if (holds && topic && !negatedNear(text, holds.index, holds.index + holds[0].length)) {
    const items = listItems(text, projects);
    // "…reference-docs、そしてLocalizationの4つ": an item no lexicon knows may close the list.
    const last = [...items].reverse().find((x) => x.end <= holds.index && LAST_ITEM_GAP.test(text.slice(x.end, holds.index)));
    if (last) for (const x of chainBefore(text, items, last, LIST_GAP)) if (x.start > topic.end) out.push({ group: topic, project: x });
  }
  const several = SEVERAL_HELD.exec(text);
  const holder = several ? [...groups].reverse().find((g) => g.end === several.index) : undefined;
  const next = holder ? sentenceAfter(article, s) : undefined;
  if (holder && next && ENUMERATION_END.test(next.text) && !negatedNear(text, several?.index ?? 0, text.length)) {
    // An item is followed by the list's punctuation; "kubeletなしで…" only describes another item.
    for (const x of sentenceProjects(next.text)) if (ITEM_END.test(next.text.slice(x.end))) out.push({ group: holder, project: x });
  }
  return out;
}

/** "Horizontal Pod Autoscaler（HPA）": a name glossed in brackets is one item of the list, not two. */
function listItems(text: string, projects: Mention[]): Mention[] {
  return projects.filter((x, i) => !(i > 0 && projects[i - 1]?.name === x.name && /[(（]\s*$/u.test(text.slice(0, x.start))));
}
