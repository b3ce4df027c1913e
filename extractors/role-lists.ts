/**
 * Leaders listed rather than described: a heading "Chairs"/"Tech Leads"/"领导" followed by lines
 * "Name (@handle), Company", or a line "Chairs: A, B". Each listed person leads the group named
 * in the heading, else in an enclosing heading, else the group the article is about.
 */
import type { Paragraph, Sentence } from '../src/article/types.ts';
import { LEADER_HEADINGS, ROLE_WORDS, type RoleClass } from './lexicon/roles.ts';
import type { GroupIndex } from './mentions/groups.ts';
import { findGroups } from './mentions/groups.ts';
import { findCompanies, findProjects } from './mentions/orgs.ts';
import type { ArticleContext } from './role-holders.ts';
import { groupObject } from './role-entities.ts';
import type { RoleFact, RoleObject } from './role-links.ts';
import { SUBPROJECT_COLUMN, cellName, cellUnder, tableRows } from './table-rows.ts';

const LEAD_CLASSES: RoleClass[] = ['chair', 'co-chair', 'tech-lead', 'lead'];
const LEAD_WORDS = ROLE_WORDS.filter((w) => w.shape === 'noun' && LEAD_CLASSES.includes(w.cls));
const LEAD_WORD_RE = LEAD_WORDS.map((w) => ({
  cls: w.cls,
  re: new RegExp(w.lang === 'en' ? `(?<![A-Za-z])(?:${w.pattern})(?![A-Za-z])` : `(?:${w.pattern})`, w.caseSensitive ? 'u' : 'iu'),
}));
const LEAD_WORDS_GLOBAL = LEAD_WORD_RE.map(({ re }) => new RegExp(re.source, `${re.flags}g`));
/** "Chairs: A, B" / "技术负责人：A". */
const INLINE_ROLE = new RegExp(
  `^\\s*(?:(?:${LEAD_WORDS.map((w) => w.pattern).join('|')})(?:\\s*(?:and|&|和|及|、|/)\\s*)?)+\\s*[:：]\\s*`,
  'iu',
);
const HEADING_NOISE = /[(（][^)）]*[)）]|[#*_]/gu;
const HANDLE = /[(（]\s*@[\w-]+\s*[)）]|(?<![\w.])@[A-Za-z0-9][\w-]*/gu;
const AFFILIATION = /[,，]\s*[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}|[(（]\s*[A-Z][\w&.' -]{0,40}[)）]/gu;

/** The most specific lead role named in a line of role words ("Chairs and Tech Leads" → first one). */
function roleOfLine(line: string): RoleClass | undefined {
  let best: { at: number; cls: RoleClass } | undefined;
  for (const { cls, re } of LEAD_WORD_RE) {
    const m = re.exec(line);
    if (m && (!best || m.index < best.at)) best = { at: m.index, cls };
  }
  return best?.cls;
}

/** A line made only of role words and connectors ("椅子和技术主管", "Chairs and Tech Leads"). */
function isRoleOnlyLine(line: string): boolean {
  let rest = line;
  for (const re of LEAD_WORDS_GLOBAL) rest = rest.replace(re, '');
  return rest.length < line.length && rest.replace(/[\s和及与、/&,:：]|and/giu, '').length <= 2;
}

function headingRole(p: Paragraph, groups: GroupIndex): RoleClass | undefined {
  // "SIG Node Chairs" is a "Chairs" heading of SIG Node.
  let text = p.text;
  for (const g of [...groups.findGroups(text)].reverse()) text = text.slice(0, g.start) + text.slice(g.end);
  text = text.replace(HEADING_NOISE, '').trim();
  for (const h of LEADER_HEADINGS) if (h.pattern.test(text)) return h.cls;
  return undefined;
}

export function roleListFacts(ctx: ArticleContext, groups: GroupIndex): RoleFact[] {
  const { article } = ctx;
  const facts: RoleFact[] = [];
  const paragraphs = article.paragraphs;
  const groupFor = (p: Paragraph, line: string): RoleObject | undefined => {
    const inLine = groups.findGroups(line)[0];
    if (inLine) return groupObject(groups, inLine);
    // Walk up the headings: the nearest one naming a group decides.
    let section = p.kind === 'heading' ? p.index : p.section;
    while (section !== undefined) {
      const h = paragraphs[section];
      if (!h) break;
      const g = groups.findGroups(h.text)[0];
      if (g) return groupObject(groups, g);
      section = h.section;
    }
    const about = groups.articleGroup();
    return about ? groupObject(groups, about) : undefined;
  };

  const headingRoles = new Map<number, RoleClass | undefined>();
  const headingRoleOf = (h: Paragraph): RoleClass | undefined => {
    if (!headingRoles.has(h.index)) headingRoles.set(h.index, headingRole(h, groups));
    return headingRoles.get(h.index);
  };
  // "Organizers:" as a paragraph of its own: the list items after it name the holders.
  let leadIn: RoleClass | undefined;
  for (const p of paragraphs) {
    if (p.kind === 'heading') {
      leadIn = undefined;
      continue;
    }
    if (p.kind !== 'listItem') leadIn = undefined;
    const heading = p.section === undefined ? undefined : paragraphs[p.section];
    let cls = leadIn ?? (heading ? headingRoleOf(heading) : undefined);
    for (const s of p.sentences) {
      for (const line of linesOf(s)) {
        if (line.text.length <= 40 && isRoleOnlyLine(line.text)) {
          cls = roleOfLine(line.text) ?? cls;
          if (p.kind !== 'listItem' && /[:：]\s*$/u.test(line.text)) leadIn = cls;
          continue;
        }
        const inline = INLINE_ROLE.exec(line.text);
        const trailing = inline || cls || p.kind !== 'listItem' ? undefined : trailingRole(ctx, line.text, s);
        if (trailing) {
          const group = groupFor(p, trailing.groupText);
          if (group) facts.push({ p: 'LEADS', role: trailing.cls, person: trailing.person, object: group, confidence: 0.8, sentence: s });
          continue;
        }
        const lineCls = inline ? roleOfLine(inline[0]) : cls;
        if (!lineCls) continue;
        const body = inline ? line.text.slice(inline[0].length) : line.text;
        const people = ctx.people.findPeople(body, s.span.start);
        if (people.length === 0 || !isPeopleLine(body, people)) continue;
        // "### Kueue" then "- 负责人：林浩然（华为）": the leads of the project the section is about.
        const project = groups.findGroups(line.text).length === 0 ? sectionProject(paragraphs, p, groups) : undefined;
        if (project) {
          for (const person of people) facts.push({ p: 'MAINTAINS', role: 'lead', person: person.name, object: project, confidence: 0.75, sentence: s });
          continue;
        }
        const group = groupFor(p, inline ? line.text.slice(0, inline[0].length) : heading?.text ?? '');
        if (!group) continue;
        for (const person of people) {
          facts.push({ p: 'LEADS', role: lineCls, person: person.name, object: group, confidence: inline ? 0.85 : 0.8, sentence: s });
        }
      }
    }
  }
  facts.push(...tableFacts(ctx, groupFor), ...projectLeadFacts(ctx), ...memberListFacts(ctx, groupFor));
  return facts;
}

/** The project a section's own heading names and nothing else ("### Kueue", "### 一致性定义（Conformance Definition）"). */
export function sectionProject(paragraphs: readonly Paragraph[], p: Paragraph, groups: GroupIndex): RoleObject | undefined {
  const heading = p.section === undefined ? undefined : paragraphs[p.section];
  if (!heading || groups.findGroups(heading.text).length > 0) return undefined;
  const named = findProjects(heading.text);
  const only = named.length === 1 ? named[0] : undefined;
  if (!only) return undefined;
  const rest = (heading.text.slice(0, only.start) + heading.text.slice(only.end)).replace(/[(（][^()（）]{0,40}[)）]|[\s:：#*`]/gu, '');
  return rest === '' ? { type: 'Project', name: only.name, aliases: [] } : undefined;
}

/** "the four candidates elected to two-year terms:", "They join the three members whose terms continue:", "新たに選出されたメンバー：". */
const MEMBERS_LEAD_IN = /\b(?:elected|(?:new(?:ly\s+elected)?|continuing|returning|current)\s+members|members\s+(?:whose|who)\b|join(?:s|ing)?\s+(?:the\s+)?(?:\w+\s+)?(?:other\s+)?members)|当選|選出され|当选|选出|新(?:任)?成员|新メンバー/iu;
const NOT_MEMBERS = /\b(?:candidates\s+(?:who|are|were)\s+(?:running|standing)|nominat|thank)|候补|候選|候補/iu;

/** People listed after a sentence that says they were elected to, or are members of, a group. */
function memberListFacts(ctx: ArticleContext, groupFor: (p: Paragraph, line: string) => RoleObject | undefined): RoleFact[] {
  const facts: RoleFact[] = [];
  const paragraphs = ctx.article.paragraphs;
  for (const p of paragraphs) {
    const cue = p.kind === 'paragraph' ? p.sentences[p.sentences.length - 1] : undefined;
    if (!cue || !/[:：]\s*$/u.test(cue.text) || !MEMBERS_LEAD_IN.test(cue.text) || NOT_MEMBERS.test(cue.text)) continue;
    const group = groupFor(p, cue.text);
    if (!group || group.type !== 'Sig') continue;
    for (let i = p.index + 1; i < paragraphs.length; i++) {
      const item = paragraphs[i];
      if (!item || item.kind !== 'listItem' || item.channel !== p.channel) break;
      const people = ctx.people.findPeople(item.text, item.span.start);
      const first = people[0];
      // One person per item, named first: "**Adaeze Okonkwo** (@adaezeo), Microsoft".
      if (!first || first.start > 3 || !isPeopleLine(item.text, people.slice(0, 1))) continue;
      const sentence = item.sentences[0] ?? cue;
      facts.push({ p: 'MEMBER_OF', role: 'member', person: first.name, object: group, confidence: 0.75, sentence });
    }
  }
  return facts;
}

/** After the name in "- Sascha Grunert — tech lead, Red Hat": a separator, the role, maybe its group, maybe an employer. */
const TRAILING_SEPARATOR = /^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:[—–]|--?|[,:：])\s*(?:the\s+|a\s+|an\s+)?/u;

function trailingRole(ctx: ArticleContext, line: string, s: Sentence): { person: string; cls: RoleClass; groupText: string } | undefined {
  const first = ctx.people.findPeople(line, s.span.start)[0];
  if (!first || first.start > 2) return undefined;
  const sep = TRAILING_SEPARATOR.exec(line.slice(first.end));
  if (!sep) return undefined;
  const rest = line.slice(first.end + sep[0].length);
  let best: { cls: RoleClass; end: number } | undefined;
  for (const { cls, re } of LEAD_WORD_RE) {
    const m = re.exec(rest);
    if (m && m.index === 0 && (!best || m[0].length > best.end)) best = { cls, end: m[0].length };
  }
  if (!best) return undefined;
  // Then only "of SIG X" and an employer: "tech lead, Red Hat", "chair (Microsoft)".
  const tail = rest.slice(best.end);
  if (!/^(?:\s+(?:of|for)\s+(?:SIG|WG)\s+[\w-]+(?:\s+[A-Z][\w-]*)?)?\s*(?:(?:[,，]\s*|[(（])[^,，()（）]{1,40}[)）]?)?\s*$/u.test(tail)) return undefined;
  return { person: first.name, cls: best.cls, groupText: tail };
}

/** "| Laura Schmidt | 共同議長 | Red Hat |": a table row naming one person and a lead role. */
function tableFacts(ctx: ArticleContext, groupFor: (p: Paragraph, line: string) => RoleObject | undefined): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const row of tableRows(ctx.article)) {
    const roleCell = row.cells.find((c) => c.text.length <= 40 && isRoleOnlyLine(c.text));
    const cls = roleCell ? roleOfLine(roleCell.text) : undefined;
    if (!roleCell || !cls) continue;
    const names = new Set(row.cells.flatMap((c) => (c === roleCell ? [] : ctx.people.findPeople(c.text, c.span.start).map((m) => m.name))));
    const [person] = names;
    if (names.size !== 1 || person === undefined) continue;
    const group = groupFor(roleCell, row.sentence.text);
    if (group) facts.push({ p: 'LEADS', role: cls, person, object: group, confidence: 0.8, sentence: row.sentence });
  }
  return facts;
}

const LEADS_HEADER = /^(?:(?:sub-?project\s+)?(?:leads?|owners?|maintainers?|chairs?)|リード|メンテナー|负责人|维护者)$/iu;

/** "| Gateway API | Hannah Becker (Google), Omar Siddiqui (Kong) |" under "Subproject" and "Leads": each leads that project. */
function projectLeadFacts(ctx: ArticleContext): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const row of tableRows(ctx.article)) {
    const project = cellUnder(row, SUBPROJECT_COLUMN);
    const leads = cellUnder(row, LEADS_HEADER);
    if (!project || !leads) continue;
    const named = findProjects(project.text)[0];
    const name = named?.name ?? cellName(project.text);
    if (!name || name.length > 40 || findGroups(name).length) continue;
    const object: RoleObject = { type: 'Project', name, aliases: [] };
    for (const person of ctx.people.findPeople(leads.text, leads.span.start)) {
      facts.push({ p: 'MAINTAINS', role: 'lead', person: person.name, object, confidence: 0.8, sentence: row.sentence });
    }
  }
  return facts;
}

function linesOf(s: Sentence): Array<{ text: string }> {
  return s.text.split(/\n/u).map((text) => ({ text }));
}

/** Nothing but people, their handles, companies and separators: "本杰明·王 (@ahtr)，VMware Marek Siarkowicz (@serathius)，谷歌". */
function isPeopleLine(body: string, people: Array<{ start: number; end: number }>): boolean {
  let rest = body;
  const cut = (spans: Array<{ start: number; end: number }>): void => {
    for (const m of [...spans].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  };
  cut(people);
  cut(findCompanies(rest));
  // Brackets after a name (handles, the name in another script, employers), then affiliations the
  // lexicon does not know: ", Acme Corp" after a person.
  rest = rest.replace(/[(（][^()（）\n]{0,40}[)）]/gu, ' ').replace(HANDLE, ' ').replace(AFFILIATION, ' ');
  return rest.replace(/[\s,，、;；/|()（）\-–—·:：]|and|和/giu, '').length <= 3;
}
