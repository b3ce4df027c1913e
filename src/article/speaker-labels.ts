import type { RawBlock } from './blocks.ts';

/** A possible speaker label at the start of a block, before deciding whether it really is one. */
export interface LabelCandidate {
  block: number;
  /** The label as written, without colon ("Benjamin", "M/G/S", "Frederico Muñoz (FSM)"). */
  label: string;
  /** Indexes into the block's plain text. */
  start: number;
  end: number;
  /** How it was written: bold label, whole bold paragraph starting "Name: …", or plain "Name:". */
  form: 'bold' | 'boldQuestion' | 'plain';
}

const COLON_END = /^([\s\S]*?\S)\s*[:：]\s*$/;
const COLON_AFTER = /^\s*[:：]/;
const INSIDE_QUESTION = /^([^:：\n]{1,60}?)\s*[:：]\s*\S/;
const PLAIN = /^([^\s:：*#>-][^:：\n]{0,39}?)\s*[:：][ \t\u3000]*\S/;
const MAX_LABEL = 60;
/** A person's name as a whole bold line: two or three capitalised words, an affiliation in brackets at most. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}(?:\s*[(（][^()（）]{2,40}[)）])?$/u;
const TIMESTAMP = /^\s*(?:(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2})\s+)?/u;
const ANSWER_MARK = /^(?:A\d*|答|回答)\s*[.．:：]\s*/u;
const DOTTED_MARK = /^(Q\d*|A\d*|問|答)\s*[.．]\s*(\S?)/u;

/** Label candidates: `**X**:`, `**X:**`, `**X** :`, `**X**：`, `**X: question…**`, and plain `X:` at a paragraph start. */
export function findLabelCandidates(blocks: readonly RawBlock[]): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const dotted: LabelCandidate[] = [];
  blocks.forEach((b, index) => {
    if (b.kind === 'heading' || b.kind === 'html') return;
    const c = candidateOf(b, index);
    if (c && c.label.length <= MAX_LABEL && !/https?|www\./i.test(c.label)) out.push(c);
    else if (!c && b.kind === 'paragraph') {
      const lead = /^\s*/.exec(b.inline.text)?.[0].length ?? 0;
      const mark = DOTTED_PLAIN.exec(b.inline.text.slice(lead));
      if (mark?.[1]) dotted.push({ block: index, label: mark[1], start: lead, end: lead + mark[1].length, form: 'plain' });
    }
  });
  // "Q. …" / "A. …" without bold: only in an article that asks questions that way ("A. Smith said" is a name).
  if (dotted.some((c) => /^(?:Q|問)/u.test(c.label)) || out.some((c) => /^(?:Q\d*|問)$/u.test(c.label))) out.push(...dotted);
  return out.sort((a, b) => a.block - b.block);
}

/** "A. Xing Yangです。…", "Q. まず…": plain question and answer marks with a full stop. */
const DOTTED_PLAIN = /^(Q\d*|A\d*|問|答)\s*[.．]\s*(?=\S)/u;

function candidateOf(b: RawBlock, block: number): LabelCandidate | null {
  const text = b.inline.text;
  // Transcripts put a timestamp before the label: "[00:02:10] ROB SCOTT: …"; an answer mark may
  // stand before the speaker's bold name: "A. **Vince:** …".
  const stamp = TIMESTAMP.exec(text)?.[0].length ?? 0;
  const mark = ANSWER_MARK.exec(text.slice(stamp));
  const lead = mark && b.inline.strong.some((x) => x.start === stamp + mark[0].length) ? stamp + mark[0].length : stamp;
  // "**[00:00:04] ADAEZE OKONKWO:**": the timestamp may sit inside the bold run too.
  const strong = b.inline.strong.find((s) => s.start === lead) ?? (stamp > 0 && !mark ? b.inline.strong.find((s) => s.start === 0 && s.end > stamp) : undefined);
  if (strong) {
    const inner = text.slice(strong.start, strong.end);
    const from = Math.max(strong.start, stamp);
    const colonEnd = COLON_END.exec(inner);
    if (colonEnd?.[1]) return trimmed(block, text, from, strong.start + colonEnd[1].length, 'bold');
    if (COLON_AFTER.test(text.slice(strong.end))) return trimmed(block, text, from, strong.end, 'bold');
    const q = INSIDE_QUESTION.exec(inner);
    if (q?.[1] && coversRest(text, strong.end)) return trimmed(block, text, strong.start, strong.start + q[1].length, 'boldQuestion');
    // "**A.** …" and "**Q. …？**": question and answer marks written with a full stop.
    const mark = DOTTED_MARK.exec(inner);
    if (mark?.[1] && (mark[2] === '' || (/^Q|問/u.test(mark[1]) && coversRest(text, strong.end)))) {
      return trimmed(block, text, strong.start, strong.start + mark[1].length, mark[2] === '' ? 'bold' : 'boldQuestion');
    }
    // "**Jan Šafránek**" alone on its line, the answer in the paragraphs after it.
    if (b.kind === 'paragraph' && coversRest(text, strong.end) && NAME_LINE.test(inner.trim())) return trimmed(block, text, strong.start, strong.end, 'bold');
    return null;
  }
  const p = PLAIN.exec(text.slice(lead));
  if (p?.[1]) return trimmed(block, text, lead, lead + p[1].length, 'plain');
  return null;
}

/** The bold run reaches the end of the paragraph (apart from white space and a closing bracket). */
function coversRest(text: string, end: number): boolean {
  return /^[\s)）」』]*$/.test(text.slice(end));
}

function trimmed(block: number, text: string, start: number, end: number, form: LabelCandidate['form']): LabelCandidate | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e <= s) return null;
  return { block, label: text.slice(s, e), start: s, end: e, form };
}

/** "Marcus Chen (he/him), Google" → "Marcus Chen, Google": pronouns in a label name nobody. */
export function withoutPronouns(label: string): string {
  return label.replace(/\s*[(（]\s*(?:she|he|they|xe|ze|ey)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*[)）]/giu, '').trim();
}

const JOINT = /\s*(?:\/|&|＆|、|,|，)\s*|\s+and\s+|\s+(?:和|と)\s+/;

/**
 * "M/G/S" → ["M","G","S"]; "DM & RL" → ["DM","RL"]; "Janet and Yuan" → ["Janet","Yuan"];
 * "Frederico Muñoz (FSM)" → ["Frederico Muñoz"]; "Hana Kobayashi (Google)" → ["Hana Kobayashi"].
 */
export function splitSpeakers(written: string): string[] {
  // "Jiaxinさん", "田中氏": an honorific is not part of the name.
  const label = withoutPronouns(written).replace(/(?<=\S)\s*(?:さん|氏|様|先生)$/u, '');
  // "答（Guy）", "A (Marcin)": an answer mark with the speaker's name in brackets.
  const answerBy = /^(?:A|答|回答|Answer)\s*[(（]([^()（）]{1,40})[)）]$/iu.exec(label);
  if (answerBy?.[1]) return splitSpeakers(answerBy[1]);
  const defined = DEFINED_LABEL.exec(label);
  if (defined?.[1]) return [defined[1].trim()];
  // "Hana Kobayashi (Google)", "Mei (she/her)": what the brackets add is not another speaker.
  const bracketed = /^(.+?)\s*[(（][^()（）]{2,40}[)）]$/u.exec(label);
  if (bracketed?.[1]) return splitSpeakers(bracketed[1]);
  return label
    .split(JOINT)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "Frederico Muñoz (FSM)" / "Divya Mohan（下称 DM）" inside a label. */
export const DEFINED_LABEL = /^(.+?)\s*[(（]\s*(?:下称|以下|以下、)?\s*([A-Z]{1,5})\s*[)）]$/;
