/**
 * Holders named in a short answer to a question about who holds a role: "Q: Who maintains the
 * Windows CSI proxy?" — "A: Mostly Mark Rossetti and me." The question names the role and its
 * object; the answer's opening names the people ("me" is the one who answers).
 */
import type { Paragraph } from '../src/article/types.ts';
import { relationFor } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import { isQuestion, questionOf } from './org-context.ts';
import type { ArticleContext } from './role-holders.ts';
import { entities, groupObject } from './role-entities.ts';
import { findTriggers } from './role-triggers.ts';
import type { RoleFact, RoleObject } from './role-types.ts';

const WHO_QUESTION = /\bwho\s+(?:(?:currently|now|mainly|mostly)\s+)?(?:maintains|leads|reviews|approves|chairs|co-chairs|runs)\b|谁(?:在|来)?(?:维护|负责|领导)/iu;
/** The answer opens with the people and nothing else: "Mostly Mark Rossetti and me.", "Alice and Bob, mainly." */
const ANSWER_OPENING = /^(?:[^:：\n]{1,40}[:：]\s*)?(?:(?:Mostly|Mainly|Currently|Today|Right\s+now|主要是|目前是|现在是)[,\s]*)?$/u;
const BETWEEN_PEOPLE = /^\s*(?:,|，|、|和|与|\band\b|&)\s*$/u;
const ME = /^(?:me|myself|I|我)(?![A-Za-z])/u;
const OPENING_END = /^\s*(?:[.!。！,，]|$|\s(?:mostly|mainly|for\s+now|these\s+days)\b)/u;

export function answerRoleFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.article.paragraphs) {
    if (isQuestion(ctx.article, p)) continue;
    const question = questionOf(ctx.article, p);
    const sentence = p.sentences[0];
    if (!question || !sentence || !WHO_QUESTION.test(question.text)) continue;
    const verb = findTriggers(question.text, ['en', 'zh']).find((t) => t.word.shape === 'verbRight');
    const object = verb ? entities(question.text, groups).find((o) => o.m.start >= verb.end) : undefined;
    const rel = verb && object ? relationFor(verb.word.cls, object.type) : undefined;
    if (!verb || !object || !rel) continue;
    const target: RoleObject = object.type === 'Sig' ? groupObject(groups, object.m) : { type: 'Project', name: object.m.name, aliases: [] };
    for (const person of answerPeople(ctx, p, sentence.text)) {
      facts.push({ p: rel.p, ...(rel.role ? { role: rel.role } : {}), person, object: target, confidence: 0.7, sentence });
    }
  }
  return facts;
}

/** The people an answer opens with, "me" being its speaker; [] unless the opening is only names. */
function answerPeople(ctx: ArticleContext, p: Paragraph, text: string): string[] {
  const found = ctx.people.findPeople(text, p.span.start);
  const first = found[0];
  if (!first || !ANSWER_OPENING.test(text.slice(0, first.start))) return [];
  const names = [first.name];
  let end = first.end;
  for (;;) {
    const next = found.find((m) => m.start >= end);
    const rest = text.slice(end);
    const gap = next ? text.slice(end, next.start) : '';
    if (next && BETWEEN_PEOPLE.test(gap)) {
      names.push(next.name);
      end = next.end;
      continue;
    }
    const me = /^\s*(?:,|，|、|和|与|\band\b|&)\s*/u.exec(rest);
    if (me && ME.test(rest.slice(me[0].length))) {
      const speakers = ctx.people.speakersAt(p.index);
      if (speakers.length !== 1 || !speakers[0]) return [];
      names.push(speakers[0]);
      end += me[0].length + (/^\S+/u.exec(rest.slice(me[0].length))?.[0].length ?? 0);
      continue;
    }
    break;
  }
  return OPENING_END.test(text.slice(end)) ? names : [];
}
