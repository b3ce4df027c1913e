import { finishInline, type InlineText } from './plain-text.ts';

const TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;
const SKIP_CONTENT = /^<(script|style)\b/i;
/** Tags that end a line: "Seville<br><strong>Roles:</strong>" is two lines, not the name "Seville Roles". */
const BREAK_TAG = /^<\/?(?:br|p|div|li|tr|td|th|h[1-6]|figcaption|figure|blockquote|ul|ol|dt|dd|section|header|footer)\b/i;

/** Text of a raw HTML block [start, end) of the file: tags removed, each character mapped to its file offset. */
export function htmlToText(file: string, start: number, end: number): InlineText {
  const src = file.slice(start, end);
  let text = '';
  const map: number[] = [];
  let last = 0;
  let skipUntil: RegExp | null = null;
  // A line-ending tag becomes a line break before the next text, unless the source breaks the line there itself.
  let pendingBreak = -1;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = src[i] ?? '';
      // Leading blank space would make the first line empty and hide the block's line structure.
      if (text === '' && /\s/u.test(c)) continue;
      if (pendingBreak >= 0 && text !== '' && c !== '\n' && !text.endsWith('\n')) {
        text += '\n';
        map.push(start + pendingBreak);
      }
      pendingBreak = -1;
      text += c;
      map.push(start + i);
    }
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    if (!skipUntil) copy(last, m.index);
    const tag = m[0];
    if (!skipUntil && BREAK_TAG.test(tag)) pendingBreak = m.index;
    const skip = SKIP_CONTENT.exec(tag);
    if (skip?.[1]) skipUntil = new RegExp(`^</${skip[1]}`, 'i');
    else if (skipUntil?.test(tag)) skipUntil = null;
    last = m.index + tag.length;
  }
  if (!skipUntil) copy(last, src.length);
  // Trailing blank space ("…)\n</div>") would make the last line look unfinished.
  const trimmed = text.replace(/\s+$/u, '');
  return finishInline({ text: trimmed, map: map.slice(0, trimmed.length), strong: [], links: [], comments: [] });
}
