import type { Nodes, PhrasingContent } from 'mdast';
import type { MappedText } from './text-map.ts';

/** A link found while flattening inline Markdown; start/end index the plain text. */
export interface InlineLink {
  start: number;
  end: number;
  url: string;
  /** File span of the whole link syntax. */
  span: { start: number; end: number };
}

export interface InlineText extends MappedText {
  strong: Array<{ start: number; end: number }>;
  links: InlineLink[];
  /** File spans of HTML comments met inside the inline content (parsed separately as the comment channel). */
  comments: Array<{ start: number; end: number }>;
}

export interface FlattenContext {
  /** The whole file. */
  file: string;
  /** Added to every mdast offset (non-zero when the tree was parsed from a comment's contents). */
  base: number;
  /** Link reference definitions, by normalised identifier. */
  definitions: Map<string, string>;
}

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/;
const SHORTCODE = /\{\{[<%][\s\S]*?[>%]\}\}/g;
const WHITESPACE_OR_CR = /[\n\t\r]/;

/** Markdown inline content → plain text (syntax removed, link text and inline code kept) with a file offset per character. */
export function flattenInline(nodes: readonly PhrasingContent[], ctx: FlattenContext): InlineText {
  const out: InlineText = { text: '', map: [], strong: [], links: [], comments: [] };
  const builder = { parts: [] as string[], out };
  for (const node of nodes) visit(node, ctx, builder);
  out.text = builder.parts.join('');
  return finishInline(out);
}

interface Builder {
  parts: string[];
  out: InlineText;
}

function visit(node: Nodes, ctx: FlattenContext, b: Builder): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      if (start !== undefined && end !== undefined) align(node.value, ctx.file, ctx.base + start, ctx.base + end, b);
      return;
    case 'break':
      push(b, ' ', ctx.base + (start ?? 0));
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    case 'html':
      if (start !== undefined && end !== undefined && node.value.startsWith('<!--')) {
        b.out.comments.push({ start: ctx.base + start, end: ctx.base + end });
      }
      return;
    case 'strong': {
      const from = b.out.map.length;
      for (const child of node.children) visit(child, ctx, b);
      b.out.strong.push({ start: from, end: b.out.map.length });
      return;
    }
    case 'link':
    case 'linkReference': {
      const from = b.out.map.length;
      for (const child of node.children) visit(child, ctx, b);
      const url = node.type === 'link' ? node.url : (ctx.definitions.get(node.identifier.toLowerCase()) ?? '');
      if (url && start !== undefined && end !== undefined) {
        b.out.links.push({ start: from, end: b.out.map.length, url, span: { start: ctx.base + start, end: ctx.base + end } });
      }
      return;
    }
    default:
      if ('children' in node) for (const child of node.children) visit(child, ctx, b);
      else if ('value' in node && start !== undefined && end !== undefined) align(node.value, ctx.file, ctx.base + start, ctx.base + end, b);
  }
}

function push(b: Builder, ch: string, offset: number): void {
  b.parts.push(ch);
  b.out.map.push(offset);
}

/**
 * Maps each character of a node's value to its place in the source. The value differs from the
 * source by escapes (`\*`), character references (`&amp;`), stripped indentation of continuation
 * lines and code-span backticks; a greedy walk over the source absorbs all of these.
 */
function align(value: string, file: string, from: number, to: number, b: Builder): void {
  if (to - from === value.length && file.startsWith(value, from)) {
    // Most text is its own source: the walk below would map it character for character.
    b.parts.push(value);
    for (let i = from; i < to; i++) b.out.map.push(i);
    return;
  }
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    let k = j;
    let found = -1;
    // Search a little ahead: anything skipped is syntax (backslashes, indentation, backticks).
    while (k < to && k - j < 64) {
      const s = file[k];
      if (s === c) {
        found = k;
        break;
      }
      if (s === '&') {
        const semi = file.indexOf(';', k);
        if (semi !== -1 && semi < to && semi - k <= 32) {
          found = k;
          k = semi;
          break;
        }
      }
      k++;
    }
    if (found === -1) {
      push(b, c, Math.min(j, Math.max(from, to - 1)));
      continue;
    }
    push(b, c, found);
    j = (file[found] === '&' && c !== '&' ? k : found) + 1;
  }
}

/**
 * Final pass over the flattened text: Hugo shortcodes are removed and line breaks resolved. A line
 * break is a sentence boundary in "line-structured" paragraphs (several short statements, one per
 * line, without punctuation) and between CJK letters; it disappears after CJK punctuation (wrapped
 * Chinese/Japanese text) and becomes a space elsewhere (wrapped English text). Bare URLs become links.
 */
export function finishInline(t: InlineText): InlineText {
  // No line break, tab or shortcode: nothing to resolve or drop, the text stays as it is.
  const r = !WHITESPACE_OR_CR.test(t.text) && !t.text.includes('{{') ? unchanged(t) : resolveBreaks(t);
  const strong = t.strong.map((s) => ({ start: r.at(s.start), end: r.at(s.end) })).filter((s) => s.end > s.start);
  const links = t.links.map((l) => ({ ...l, start: r.at(l.start), end: r.at(l.end) })).filter((l) => l.end > l.start || !r.dropped(l.start));
  addBareUrls(r.text, r.map, links);
  return { text: r.text, map: r.map, strong, links, comments: t.comments };
}

/** The final text with its offsets, and where an index into the flattened text went. */
interface Resolved {
  text: string;
  map: number[];
  at(index: number): number;
  dropped(index: number): boolean;
}

function unchanged(t: InlineText): Resolved {
  return { text: t.text, map: t.map.slice(), at: (i) => i, dropped: () => false };
}

function resolveBreaks(t: InlineText): Resolved {
  const n = t.text.length;
  const keep = new Uint8Array(n).fill(1);
  SHORTCODE.lastIndex = 0;
  for (let m = SHORTCODE.exec(t.text); m; m = SHORTCODE.exec(t.text)) keep.fill(0, m.index, m.index + m[0].length);
  const lines = isLineStructured(t.text);
  const chars: string[] = [];
  const map: number[] = [];
  const remap = new Int32Array(n + 1);
  // The previous kept character, tracked here: indexing a string built by += is quadratic.
  let prev = '';
  for (let i = 0; i < n; i++) {
    remap[i] = map.length;
    if (!keep[i]) continue;
    let c = t.text[i] ?? '';
    if (c === '\r') continue;
    if (c === '\n' || c === '\t') {
      if (c === '\n' && CJK_PUNCT.test(prev)) continue;
      const next = nextVisible(t.text, i + 1);
      // Japanese and Chinese wrap lines without spaces: "SIG Authのレビュアーも\n務めています" is one sentence.
      if (c === '\n' && !lines && CJK_LETTER.test(prev) && CJK_LETTER.test(next)) continue;
      c = c === '\n' && lines ? '\n' : ' ';
    }
    chars.push(c);
    prev = c;
    map.push(t.map[i] ?? 0);
  }
  remap[n] = map.length;
  return { text: chars.join(''), map, at: (i) => remap[i] ?? map.length, dropped: (i) => insideDropped(keep, i) };
}

const LINE_END_PUNCT = /[,.;:!?，。、；：！？)）]\s*$/;
/** A Chinese or Japanese line that stops on a particle ("来自 Kubermatic 的", "…のメンテナーを") was wrapped mid-sentence. */
const WRAPPED_CJK_END = /[的了和与及在是把被对从向给为也都还就并而或之将由のはをがにでともへやかてたし]\s*$/u;

/** Lines of a list written as a paragraph ("Name (Company)" per line) are short; wrapped prose is not. */
const MAX_RECORD_LINE = 64;

const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/gu;

/** Han, kana and full-width forms take two columns: wrapped Chinese prose has short lines in characters. */
function displayWidth(line: string): number {
  return line.length + (line.match(WIDE)?.length ?? 0);
}

/** Two or more short line breaks, no line ending in punctuation, no line continuing a lower-case word. */
function isLineStructured(text: string): boolean {
  const first = text.indexOf('\n');
  if (first === -1 || text.indexOf('\n', first + 1) === -1) return false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || LINE_END_PUNCT.test(line) || WRAPPED_CJK_END.test(line) || displayWidth(line) > MAX_RECORD_LINE) return false;
    if (/^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) return false;
  }
  return true;
}

const BARE_URL = /\bhttps?:\/\/[^\s<>()（）「」『』、。，；！？"']+/g;

/** Bare URLs (not written as Markdown links) become links too, so profile URLs in running text are seen. */
function addBareUrls(text: string, map: readonly number[], links: InlineLink[]): void {
  if (!text.includes('http')) return;
  BARE_URL.lastIndex = 0;
  for (let m = BARE_URL.exec(text); m; m = BARE_URL.exec(text)) {
    const url = m[0].replace(/[.,:;!?]+$/, '');
    const start = m.index;
    const end = start + url.length;
    if (links.some((l) => l.start < end && l.end > start)) continue;
    const from = map[start] ?? 0;
    links.push({ start, end, url, span: { start: from, end: (map[end - 1] ?? from) + 1 } });
  }
  links.sort((a, b) => a.start - b.start);
}

function nextVisible(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c !== ' ' && c !== '\t' && c !== '\r') return c;
  }
  return '';
}

function insideDropped(keep: Uint8Array, index: number): boolean {
  return index < keep.length && keep[index] === 0;
}
