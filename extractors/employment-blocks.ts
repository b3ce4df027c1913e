/**
 * Employers stated outside running sentences: an organisation in parentheses after a name,
 * "所属：X" lines under a profile, profile links, speaker labels ("Omar Farouk, Red Hat:") and
 * tables with a company cell or column.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import { withoutPronouns } from '../src/article/speaker-labels.ts';
import { findCompanies, findProjects } from './mentions/orgs.ts';
import type { PeopleIndex } from './mentions/people.ts';
import { groupsIn } from './org-context.ts';
import { cellUnder, tableRows } from './table-rows.ts';

export interface Found {
  person: string;
  company: string;
  confidence: number;
}

/** Words that a parenthesis after a name holds when it is not an employer. */
const NOT_EMPLOYER =
  /^(?:he|she|they|him|her|them|emeritus|chair|co-?chair|lead|tech\s+lead|co-?lead|maintainer|reviewer|approver|member|contributor|organi[sz]er|shadow|ambassador|facilitator|host|moderator|interviewer|author|editor|translator|former|formerly|retired|independent|self-employed|freelance|freelancer|student|フリーランス|個人|独立开发者|自由职业者?|个人开发者|無所属|india|japan|china|brazil|germany|france|usa|us|uk|canada|spain|italy|australia|korea|taiwan|singapore|netherlands|poland|sweden|switzerland|israel|ireland|nigeria|kenya|mexico|argentina)$/i;
/** A role or title in parentheses ("Principal Engineer", "Release Lead", "New Contributor Ambassador"). */
const ROLE_WORD =
  /\b(?:engineer|developer|manager|architect|director|lead|leads|chair|co-?chair|maintainer|reviewer|approver|member|contributor|ambassador|shadow|liaison|emeritus|organi[sz]er|founder|officer|advocate|evangelist|intern|student|team|committee|council|group|SIG|WG|speaker|host|mentor|mentee|owner)\b/i;
/** "Defense Unicorns", "Universidad de Chile", "University of Tokyo": capitalised words, maybe joined by a particle. */
const ORG_IN_PARENS = /^[A-Z][\p{L}\p{N}&.'’-]*(?:[ \u00a0](?:(?:de|del|de la|of|für|di|do|da|des|du|van|von)[ \u00a0])?[A-Z&][\p{L}\p{N}&.'’-]*){0,3}$/u;

/** "Maciej Szulik (Defense Unicorns)": an organisation the lexicon does not know, in parentheses after a name. */
export function fromParentheses(idx: PeopleIndex, s: Sentence): Found[] {
  const text = s.text;
  const out: Found[] = [];
  if (!/[(（]/.test(text)) return out;
  for (const person of idx.findPeople(text, s.span.start)) {
    if (!/\s/.test(person.surface.trim()) && person.name === person.surface) continue;
    const m = /^(?:さん|氏)?[ \u00a0]?[(（][ \u00a0]*([^()（）]{2,40}?)[ \u00a0]*[)）]/.exec(text.slice(person.end));
    const inner = m?.[1]?.trim();
    if (!inner || !ORG_IN_PARENS.test(inner) || NOT_EMPLOYER.test(inner) || ROLE_WORD.test(inner)) continue;
    // Initials ("FSM", "DM") define speaker labels; groups, projects and known companies are handled elsewhere.
    if (/^[A-Z]{1,4}$/.test(inner) || findCompanies(inner).length || groupsIn(inner).length || findProjects(inner).length) continue;
    if (idx.resolve(inner)) continue;
    out.push({ person: person.name, company: inner, confidence: 0.7 });
  }
  return out;
}

const AFFILIATION_LINE = /^(?:所属|勤務先|会社|Affiliation|Company|Employer|公司|单位|所在公司)\s*[:：]\s*(.{2,60})$/iu;

/** "所属：Grafana Labs", "Affiliation: Red Hat" in a profile section: the employer of the person it is about. */
export function fromAffiliationLines(article: ParsedArticle, idx: PeopleIndex): Array<Found & { s: Sentence }> {
  const out: Array<Found & { s: Sentence }> = [];
  for (const p of article.paragraphs) {
    const m = AFFILIATION_LINE.exec(p.text.trim());
    const person = m ? idx.featuredAt(p.index) : undefined;
    const s = p.sentences[0];
    if (!m?.[1] || !person || !s) continue;
    const value = m[1].trim();
    const known = findCompanies(value)[0];
    const company = known && known.start === 0 && known.end === value.length ? known.name : ORG_IN_PARENS.test(value) && !NOT_EMPLOYER.test(value) ? value : undefined;
    if (company) out.push({ person, company, confidence: 0.8, s });
  }
  return out;
}

/** Link text "Jeremy Olmsted-Thompson, Google": the person and their company. */
export function fromLinks(article: ParsedArticle, idx: PeopleIndex): Array<Found & { s: Sentence }> {
  const out: Array<Found & { s: Sentence }> = [];
  for (const link of article.links) {
    const m = /^(.+?)\s*[,，]\s*(.+)$/.exec(link.text);
    if (!m) continue;
    const companies = findCompanies(m[2] ?? '');
    const company = companies[0];
    if (!company || company.start !== 0 || company.end !== (m[2] ?? '').length) continue;
    const person = idx.findPeople(m[1] ?? '', link.span.start)[0];
    if (!person || person.surface.length < (m[1] ?? '').trim().length - 1) continue;
    const s = article.sentences.find((x) => x.span.start <= link.span.start && link.span.end <= x.span.end + 1);
    if (s) out.push({ person: person.name, company: company.name, confidence: 0.85, s });
  }
  return out;
}

/** A speaker label "Omar Farouk, Red Hat:" names the speaker's employer. */
export function fromLabels(article: ParsedArticle, idx: PeopleIndex): Array<Found & { s: Sentence }> {
  const out: Array<Found & { s: Sentence }> = [];
  for (const turn of article.turns) {
    // "Omar Farouk, Red Hat:", "Sascha Grunert (SIG Release tech lead, Red Hat):".
    const label = withoutPronouns(turn.label);
    const m = /^(.+?)\s*[(（][^()（）]*?[,，]\s*([^()（）,，]+)[)）]$/u.exec(label) ?? /^(.+?)\s*[,，]\s*(.+)$/u.exec(label);
    const company = m ? findCompanies(m[2] ?? '')[0] : undefined;
    if (!m || !company || company.start !== 0 || company.end !== (m[2] ?? '').length) continue;
    const person = idx.resolve(m[1] ?? '', { at: turn.labelSpan.start });
    const s = article.sentences.find((x) => x.span.start <= turn.labelSpan.start && turn.labelSpan.end <= x.span.end);
    if (person && s) out.push({ person: person.name, company: company.name, confidence: 0.8, s });
  }
  return out;
}

const COMPANY_COLUMN = /^(?:company|companies|employer|affiliation|organi[sz]ation|org|所属|会社|公司|单位|所属公司|雇主)$/iu;
/** One to five words, capitalised or in CJK: "The Scale Factory", "Acme Corp.", "株式会社ゼットラボ". */
const UNKNOWN_ORG = /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{L}\d&.'’-]+){0,4}|[\p{Script=Han}\p{Script=Katakana}ー]{2,16})$/u;

/** "| Laura Schmidt | 共同議長 | Red Hat |": a table row naming one person and a cell that is a company. */
export function fromTables(article: ParsedArticle, idx: PeopleIndex): Array<Found & { s: Sentence }> {
  const out: Array<Found & { s: Sentence }> = [];
  for (const row of tableRows(article)) {
    const names = new Set(row.cells.flatMap((c) => idx.findPeople(c.text, c.span.start).map((m) => m.name)));
    const [person] = names;
    if (names.size !== 1 || person === undefined) continue;
    for (const c of row.cells) {
      const text = c.text.trim();
      const company = findCompanies(text)[0];
      if (company && company.start === 0 && company.end === text.length) out.push({ person, company: company.name, confidence: 0.8, s: row.sentence });
    }
    // Under a "Company" column, a name the lexicon does not know is the employer too.
    const under = cellUnder(row, COMPANY_COLUMN)?.text.trim();
    if (under && !findCompanies(under).length && UNKNOWN_ORG.test(under) && !NOT_EMPLOYER.test(under) && !idx.findPeople(under).length) out.push({ person, company: under, confidence: 0.75, s: row.sentence });
  }
  return out;
}
