/**
 * The people an announcement features by listing them: award recipients, honourees, winners
 * ("Below are this year's recipients", "获奖者", "受賞者"). Each list item or paragraph that opens
 * with a person's name in bold is one of them, and so is each name in a table's recipient column.
 */
import type { Paragraph, ParsedArticle } from '../src/article/types.ts';
import type { PeopleIndex } from './mentions/people.ts';

const RECIPIENTS = /\b(?:recipients?|honou?rees?|awardees?|award\s+winners?)\b|受賞者|受賞した|获奖者|获奖人|获奖的|得主/iu;

/** Names featured as recipients, with the paragraph each is named in. */
export function recipients(article: ParsedArticle, people: PeopleIndex): Array<{ name: string; paragraph: Paragraph }> {
  const title = article.frontMatter?.title ?? '';
  // The announcement says so up front: in the title or the first blocks of the body.
  const cue = RECIPIENTS.test(title) ? -1 : article.sentences.find((s) => s.paragraph < 12 && RECIPIENTS.test(s.text))?.paragraph;
  if (cue === undefined) return [];
  const out: Array<{ name: string; paragraph: Paragraph }> = [];
  const columns = recipientColumns(article);
  for (const p of article.paragraphs) {
    if (p.index <= cue) continue;
    const name = p.cell ? (columns.has(`${p.cell.table}|${p.cell.column}`) && p.cell.row > 0 ? leadingPerson(p, people, 0) : undefined) : boldLead(p, people);
    if (name) out.push({ name, paragraph: p });
  }
  // One bold name is an emphasis; a list of them is the announcement's subject.
  return new Set(out.map((x) => x.name)).size >= 2 ? out : [];
}

/** "- **Priyamvada Iyer** (@priyam-iyer), Software Engineer at Google.": the bold name opening an item. */
function boldLead(p: Paragraph, people: PeopleIndex): string | undefined {
  if (p.kind !== 'listItem' && p.kind !== 'paragraph') return undefined;
  const bold = p.strong[0];
  if (!bold || bold.start > 2) return undefined;
  return leadingPerson(p, people, bold.start, bold.end);
}

function leadingPerson(p: Paragraph, people: PeopleIndex, from: number, to = p.text.length): string | undefined {
  const m = people.findPeople(p.text.slice(0, to), p.span.start)[0];
  if (!m || m.start > from + 1) return undefined;
  return people.resolve(m.name, { at: p.span.start })?.name;
}

/** Table columns headed by a recipient word ("| 获奖者 | 小组 | …"), keyed by table and column. */
function recipientColumns(article: ParsedArticle): Set<string> {
  const out = new Set<string>();
  for (const p of article.paragraphs) if (p.cell && p.cell.row === 0 && RECIPIENTS.test(p.text)) out.add(`${p.cell.table}|${p.cell.column}`);
  return out;
}
