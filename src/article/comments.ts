/** HTML comments: zh-cn translations keep the English original in them, read as a separate channel. */

export interface HtmlPart {
  /** Offsets relative to the html node's value. */
  start: number;
  end: number;
  text: string;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function isCommentHtml(text: string): boolean {
  return text.startsWith('<!--');
}

/** Splits raw HTML into comments and the (non-blank) HTML between them. */
export function splitHtmlComments(value: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  let last = 0;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(value); m; m = COMMENT.exec(value)) {
    if (m[0].length === 0) {
      COMMENT.lastIndex++;
      continue;
    }
    pushNonBlank(parts, value, last, m.index);
    parts.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    last = m.index + m[0].length;
  }
  pushNonBlank(parts, value, last, value.length);
  return parts;
}

function pushNonBlank(parts: HtmlPart[], value: string, start: number, end: number): void {
  const text = value.slice(start, end);
  if (text.trim() !== '') parts.push({ start, end, text });
}

export interface CommentInner {
  text: string;
  /** File offset of `text[0]`. */
  start: number;
  /** The comment holds front matter (YAML keys), not prose. */
  frontMatter: boolean;
}

const YAML_KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/;

/** Contents of the comment spanning [start, end) of the file, without `<!--`, `-->` and leading blank lines. */
export function commentInner(file: string, start: number, end: number): CommentInner | null {
  let from = start + 4;
  let to = end;
  if (file.startsWith('-->', to - 3) && to - 3 >= from) to -= 3;
  // Drop the rest of the opening line when blank, so that Markdown starts at column 0.
  const nl = file.indexOf('\n', from);
  if (nl !== -1 && nl < to && file.slice(from, nl).trim() === '') from = nl + 1;
  if (from >= to) return null;
  const text = file.slice(from, to);
  if (text.trim() === '') return null;
  return { text, start: from, frontMatter: looksLikeYaml(text) };
}

function looksLikeYaml(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s/.test(l) && l.trim() !== '---');
  if (lines.length < 2) return false;
  const keys = lines.filter((l) => YAML_KEY_LINE.test(l)).length;
  return YAML_KEY_LINE.test(lines[0] ?? '') && keys / lines.length >= 0.6;
}
