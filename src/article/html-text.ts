import { finishInline, type InlineText } from './plain-text.ts';

const TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;
const SKIP_CONTENT = /^<(script|style)\b/i;

/** Text of a raw HTML block [start, end) of the file: tags removed, each character mapped to its file offset. */
export function htmlToText(file: string, start: number, end: number): InlineText {
  const src = file.slice(start, end);
  let text = '';
  const map: number[] = [];
  let last = 0;
  let skipUntil: RegExp | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    if (!skipUntil) {
      for (let i = last; i < m.index; i++) {
        text += src[i];
        map.push(start + i);
      }
    }
    const tag = m[0];
    const skip = SKIP_CONTENT.exec(tag);
    if (skip?.[1]) skipUntil = new RegExp(`^</${skip[1]}`, 'i');
    else if (skipUntil?.test(tag)) skipUntil = null;
    last = m.index + tag.length;
  }
  if (!skipUntil) {
    for (let i = last; i < src.length; i++) {
      text += src[i];
      map.push(start + i);
    }
  }
  return finishInline({ text, map, strong: [], links: [], comments: [] });
}
