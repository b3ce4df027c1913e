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

/** Whether `s` lies inside a 「…」 quotation, reading the brackets of its paragraph's earlier sentences. */
function insideCjkQuote(before: readonly Sentence[], s: Sentence): boolean {
  if (/^\s*[「『]/u.test(s.text)) return true;
  let depth = 0;
  for (const x of before) {
    for (const ch of x.text) {
      if (ch === '「' || ch === '『') depth++;
      else if ((ch === '」' || ch === '』') && depth > 0) depth--;
    }
  }
  return depth > 0;
}

/** "」と彼は振り返ります", "」とNadiaさんは話します": who said the quotation that closes before. */
const CJK_ATTRIBUTION = /[」』]\s*(?:と|って)\s*(?:(彼女?)|\S)/u;
/** "…と尋ねると、彼女は少し考えてからこう答えました。": a sentence announcing the quotation after it. */
const CJK_ANNOUNCED = /こう(?:語|話|答|振り返|言|続け|説明|明か)/u;
const TOPIC = /^\s*(?:さん|氏)?\s*(?:は|が|も)/u;

/**
 * The speaker of a Japanese quotation in narration: the person its attribution names, else the one
 * the sentence announcing it is about, else the one the narration is about. Never the writer.
 */
export function cjkQuoteSpeaker(ctx: ArticleContext, s: Sentence): string[] | undefined {
  const paragraph = ctx.article.paragraphs[s.paragraph];
  if (!paragraph || !/[「『]/u.test(paragraph.text)) return undefined;
  const sentences = paragraph.sentences;
  const at = sentences.indexOf(s);
  if (at < 0 || !insideCjkQuote(sentences.slice(0, at), s)) return undefined;
  for (const x of sentences.slice(at)) {
    const xi = ctx.sentenceIndex.get(x);
    const m = CJK_ATTRIBUTION.exec(x.text);
    if (xi === undefined || !m) continue;
    if (m[1]) return thirdPersonHolders(ctx, x);
    const after = m.index + m[0].length - 1;
    const named = ctx.peopleIn(xi).find((p) => p.start >= after && p.start <= after + 2 && TOPIC.test(x.text.slice(p.end)));
    return named ? [named.name] : [];
  }
  const first = sentences[0];
  const index = first ? ctx.sentenceIndex.get(first) : undefined;
  const prev = index !== undefined && /^\s*[「『]/u.test(first?.text ?? '') ? ctx.article.sentences[index - 1] : undefined;
  if (prev && CJK_ANNOUNCED.test(prev.text)) {
    const pi = ctx.sentenceIndex.get(prev);
    const topic = pi === undefined ? undefined : ctx.peopleIn(pi).find((p) => TOPIC.test(prev.text.slice(p.end)));
    if (topic) return [topic.name];
    if (/(?:^|、)\s*彼女?(?:は|が)/u.test(prev.text)) return thirdPersonHolders(ctx, prev);
  }
  return thirdPersonHolders(ctx, s);
}
