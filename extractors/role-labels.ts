/**
 * Roles written in a speaker's label: "**Sascha Grunert (SIG Release tech lead, Red Hat):**" —
 * the speaker holds the role in the group the brackets name.
 */
import { withoutPronouns } from '../src/article/speaker-labels.ts';
import { relationFor } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import type { ArticleContext } from './role-holders.ts';
import { groupObject } from './role-entities.ts';
import { findTriggers } from './role-triggers.ts';
import type { RoleFact } from './role-types.ts';

const BRACKETS_AT_END = /[(（]([^()（）]{3,60})[)）]\s*$/u;

export function labelRoleFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const turn of ctx.article.turns) {
    const inner = turn.isQuestion ? undefined : BRACKETS_AT_END.exec(withoutPronouns(turn.label))?.[1];
    if (inner === undefined) continue;
    const named = groups.findGroups(inner);
    const group = named[0];
    if (!group || named.some((g) => g.name !== group.name)) continue;
    const trigger = findTriggers(inner, ['en', 'ja', 'zh']).find((t) => t.word.shape === 'noun' && t.word.objects !== 'project');
    const rel = trigger ? relationFor(trigger.word.cls, 'Sig') : undefined;
    const first = turn.paragraphs[0];
    const speakers = first === undefined ? [] : ctx.people.speakersAt(first);
    const sentence = ctx.article.sentences.find((x) => x.span.start <= turn.labelSpan.start && turn.labelSpan.end <= x.span.end);
    const [person] = speakers;
    if (!rel || speakers.length !== 1 || person === undefined || !sentence) continue;
    facts.push({ p: rel.p, ...(rel.role ? { role: rel.role } : {}), person, object: groupObject(groups, group), confidence: 0.8, sentence });
  }
  return facts;
}
