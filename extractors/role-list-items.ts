/**
 * People listed under a lead-in that names their role and group: "The newly elected members of
 * the Steering Committee are:" followed by "- Alma Reyes (@areyes), Apple". Each item's person
 * (the first name in it) holds that role there.
 */
import type { Paragraph } from '../src/article/types.ts';
import { relationFor } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import type { ArticleContext } from './role-holders.ts';
import { THIS_GROUP } from './org-context.ts';
import { groupObject } from './role-entities.ts';
import { findTriggers } from './role-triggers.ts';
import type { RoleFact, RoleObject, Trigger } from './role-types.ts';

const LEAD_IN_END = /[:：]\s*$/u;
/** "SIG Storage promoted three contributors to approvers. Here they are, in their own words." */
const HERE_THEY_ARE = /\b(?:here\s+(?:they|these)\s+are|here\s+are\s+(?:they|them|the\s+\w+)|(?:are|is)\s+(?:listed\s+)?below)\b[^.!?]{0,40}[.!]?\s*$/iu;
/** "The SIG's chairs are:", "该工作组" (THIS_GROUP), and the group word alone: "工作组目前有…", "SIGの…". */
const GROUP_WORD = new RegExp(`${THIS_GROUP.source}|工作组|小组|(?<![A-Za-z])(?:SIG|ワーキンググループ)(?=の|は|に)`, 'iu');

/** Elections name the group's (new) members: "当选者分别是：", "The elected members are:". */
const ELECTED = /\belect(?:ed|ion)\b|当选|选举|選出|選挙/iu;

/** A plural role noun naming people (Chinese and Japanese nouns have no plural: "工作组目前有三位负责人："). */
function roleNoun(text: string): Trigger | undefined {
  return findTriggers(text, ['en', 'ja', 'zh']).find((t) => t.word.shape === 'noun' && (t.word.plural === true || t.word.lang !== 'en') && t.word.objects !== 'project');
}

/** The list items right after paragraph `p` in its channel. */
function itemsAfter(paragraphs: readonly Paragraph[], p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  for (const x of paragraphs) {
    if (x.index <= p.index || x.channel !== p.channel) continue;
    if (x.kind !== 'listItem') break;
    out.push(x);
  }
  return out;
}

/** The lead-in's last sentence, with the sentences before it that name no one ("SIG X has two chairs. They are:"). */
function leadIn(ctx: ArticleContext, p: Paragraph): string {
  const out: string[] = [];
  for (let i = p.sentences.length - 1; i >= 0; i--) {
    const s = p.sentences[i];
    if (!s || (out.length > 0 && ctx.people.findPeople(s.text, s.span.start).length > 0)) break;
    out.unshift(s.text);
  }
  return out.length > 0 ? out.join(' ') : p.text;
}

export function listItemRoleFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const facts: RoleFact[] = [];
  const { paragraphs } = ctx.article;
  for (const p of paragraphs) {
    if (p.kind === 'listItem' || p.kind === 'heading' || !(LEAD_IN_END.test(p.text) || HERE_THEY_ARE.test(p.text))) continue;
    // "## 新当选的成员" then "当选者分别是：": the role may be in the heading above the lead-in.
    const heading = p.section === undefined ? undefined : paragraphs.find((x) => x.index === p.section && x.kind === 'heading');
    // "圆桌由 SIG Network 联合主席之一 X 主持。四位嘉宾分别是：": a role given to someone named before the lead-in is theirs.
    const lead = leadIn(ctx, p);
    const trigger = roleNoun(lead) ?? (heading ? roleNoun(heading.text) : undefined);
    if (!trigger) continue;
    const found = groups.findGroups(lead);
    const named = [...new Set(found.map((g) => g.name))];
    // "The SIG's chairs are:", "工作组目前有三位负责人：", "当选者分别是：": the group the article is about.
    const context = `${lead}\n${heading?.text ?? ''}`;
    const about = named.length === 0 && (GROUP_WORD.test(context) || ELECTED.test(context)) ? groups.articleGroup() : undefined;
    const only = named.length === 1 ? found[0] : about;
    if (!only) continue;
    const rel = relationFor(trigger.word.cls, 'Sig');
    if (!rel) continue;
    const object: RoleObject = groupObject(groups, only);
    for (const item of itemsAfter(paragraphs, p)) {
      const first = ctx.people.findPeople(item.text, item.span.start)[0];
      const sentence = item.sentences[0];
      if (!first || first.start > 2 || !sentence) continue;
      facts.push({ p: rel.p, ...(rel.role ? { role: rel.role } : {}), person: first.name, object, confidence: 0.8, sentence });
    }
  }
  return facts;
}
