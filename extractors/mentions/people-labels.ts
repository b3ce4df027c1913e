/**
 * People named in speaker labels: full names written in a label ("**Frederico Muñoz (FSM)**:"),
 * and the full name a one-word label stands for where the prose gives it without an honorific
 * ("**Fabrizio**：" for "Fabrizio Bianchi（VMware by Broadcom）").
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { repairMojibake } from '../../src/article/mojibake.ts';
import { isQuestionLabel } from '../../src/article/interview.ts';
import { cleanName, isPlausibleFullName } from './people-names.ts';
import { looksLikeOrganisation } from './people-generic.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { hanGivenNameOf } from './people-script-sources.ts';

function fix(name: string): string {
  return cleanName(repairMojibake(name));
}


/** Full names written in speaker labels ("**Frederico Muñoz (FSM)**:"). */
export function fromTurns(article: ParsedArticle, reg: PeopleRegistry, labels: Map<string, string>): void {
  for (const turn of article.turns) {
    for (const raw of [turn.label, ...turn.speakers]) {
      const m = /^(.*?)\s*[(（]\s*([A-Z]{2,4})\s*[)）]\s*$/u.exec(raw);
      const name = fix(m ? (m[1] ?? '') : raw);
      // "主持人：", "司会：", "参加者A": a part in the conversation, not a person; "嘉宾" (guest) neither.
      if (!isPlausibleFullName(name) || isQuestionLabel(name) || name === '嘉宾') continue;
      // "答（思远）" for "陈思远": a Chinese given name is no one new.
      const full = /^[\u4e00-\u9fff]{2}$/u.test(name) && !reg.find(name) ? hanGivenNameOf(reg, name) : undefined;
      if (full) {
        reg.alias(full, name);
        continue;
      }
      reg.add(name, { strong: true, offset: turn.labelSpan.start });
      if (m?.[2]) labels.set(m[2], name);
    }
  }
}

/**
 * "**Fabrizio**：" answering in an article that names "Fabrizio Bianchi（VMware by Broadcom）" with no
 * honorific: the full name whose first word is a speaker's one-word label is that speaker.
 */
export function fromLabelledNames(article: ParsedArticle, reg: PeopleRegistry): void {
  const labels = new Set(article.turns.filter((t) => !t.isQuestion && /^\p{Lu}[\p{Ll}'’-]{1,20}$/u.test(t.label)).map((t) => t.label));
  for (const label of labels) {
    // Latin letters only around it: "であるFabrizio Bianchiと" has kana on both sides.
    const re = new RegExp(`(?<![A-Za-zÀ-ÿĀ-ž])${label}(?:[ \\u00a0]+[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'’-]+){1,2}(?![A-Za-zÀ-ÿĀ-ž])`, 'gu');
    for (const p of article.paragraphs) {
      if (!p.text.includes(label)) continue;
      for (const m of p.text.matchAll(re)) {
        const name = fix(m[0]);
        if (isPlausibleFullName(name) && !looksLikeOrganisation(name) && !reg.find(name)) reg.add(name, { strong: true, offset: p.map[m.index] ?? p.span.start });
      }
    }
  }
}
