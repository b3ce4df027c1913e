/**
 * People named in speaker labels: full names written in a label ("**Frederico Muñoz (FSM)**:"),
 * and the full name a one-word label stands for where the prose gives it without an honorific
 * ("**Fabrizio**：" for "Fabrizio Bianchi（VMware by Broadcom）").
 */
import type { ParsedArticle } from '../../src/article/types.ts';
import { repairMojibake } from '../../src/article/mojibake.ts';
import { cleanName, isPlausibleFullName } from './people-names.ts';
import { looksLikeOrganisation } from './people-generic.ts';
import type { PeopleRegistry, PersonRecord } from './people-registry.ts';

function fix(name: string): string {
  return cleanName(repairMojibake(name));
}

/** Labels that name a part in the conversation, not a person: "主持人：", "司会：", "Host:". */
const ROLE_LABEL = /^(?:主持人|嘉宾|司会者?|聞き手|インタビュアー|采访者|采访人|提问者|参加者|来場者|听众|观众|Host|Moderator|Interviewer|Audience|Narrator)\s?[A-Z0-9]?$/iu;

/** The one person whose three-character Chinese name ends with `given`. */
function hanGivenNameOf(reg: PeopleRegistry, given: string): PersonRecord | undefined {
  const found = reg.records.filter((r) => [r.name, ...r.aliases].some((a) => /^[\u4e00-\u9fff]{3}$/u.test(a) && a.endsWith(given)));
  return found.length === 1 ? found[0] : undefined;
}

/** Full names written in speaker labels ("**Frederico Muñoz (FSM)**:"). */
export function fromTurns(article: ParsedArticle, reg: PeopleRegistry, labels: Map<string, string>): void {
  for (const turn of article.turns) {
    for (const raw of [turn.label, ...turn.speakers]) {
      const m = /^(.*?)\s*[(（]\s*([A-Z]{2,4})\s*[)）]\s*$/u.exec(raw);
      const name = fix(m ? (m[1] ?? '') : raw);
      if (!isPlausibleFullName(name) || ROLE_LABEL.test(name)) continue;
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
