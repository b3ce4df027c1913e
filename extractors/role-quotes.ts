/**
 * Who says "I" inside a quotation of a narrative article: '"I used to be a tech lead of SIG
 * Scalability," he says.' The quote's attribution ("he says", "Tomasz explains") names the
 * speaker; a pronoun there means the person the paragraph is about.
 */
import type { Sentence } from '../src/article/types.ts';
import type { ArticleContext } from './role-holders.ts';
import { thirdPersonHolders } from './role-holders.ts';

const SAYS = '(?:says|said|adds|added|explains|explained|notes|noted|recalls|recalled|remembers|jokes|joked|laughs|continues|admits|admitted|points\\s+out|tells\\s+me|told\\s+me)';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
/** '…," he says' after a quote, or 'She explains: "…' before one. */
const PRONOUN = '[Hh]e|[Ss]he';
const ATTRIBUTION = new RegExp(`["”]\\s*,?\\s*(?:(${PRONOUN})|(${NAME}))\\s+${SAYS}\\b|\\b(?:(${PRONOUN})|(${NAME}))\\s+${SAYS}\\s*[,:]\\s*["“]`, 'gu');
const QUOTE_CHAR = /["“”]/u;

/** Whether `s` lies inside a quotation, reading the quote marks of its paragraph's earlier sentences. */
function insideQuote(before: readonly Sentence[], s: Sentence): boolean {
  if (/^\s*["“]/u.test(s.text)) return true;
  let open = false;
  for (const x of before) {
    for (const ch of x.text) {
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    }
  }
  return open;
}

/** The one person every quote attribution of the paragraph names, when `s` is quoted speech. */
export function quoteSpeaker(ctx: ArticleContext, s: Sentence): string[] {
  const index = ctx.sentenceIndex.get(s);
  const paragraph = ctx.article.paragraphs[s.paragraph];
  if (index === undefined || !paragraph || !QUOTE_CHAR.test(paragraph.text)) return [];
  const sentences = paragraph.sentences;
  const at = sentences.indexOf(s);
  // 'He explains: "I used to be …"': the quotation may open inside the sentence.
  if (at < 0 || !(insideQuote(sentences.slice(0, at), s) || /["“][^"”]*\b(?:I|my|me)\b/u.test(s.text))) return [];
  const speakers = new Set<string>();
  for (const x of sentences) {
    const xi = ctx.sentenceIndex.get(x);
    if (xi === undefined) continue;
    for (const m of x.text.matchAll(ATTRIBUTION)) {
      const pronoun = m[1] ?? m[3];
      const name = m[2] ?? m[4];
      if (pronoun) for (const n of thirdPersonHolders(ctx, x)) speakers.add(n);
      else if (name) {
        const person = ctx.peopleIn(xi).find((p) => p.start <= m.index + m[0].length && p.end >= m.index);
        if (person) speakers.add(person.name);
        else return [];
      }
    }
  }
  return speakers.size === 1 ? [...speakers] : [];
}
