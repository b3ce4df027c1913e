import type { Nodes, Root } from 'mdast';
import type { BlockKind, Channel, Span, TableCell } from './types.ts';
import { commentInner, isCommentHtml, splitHtmlComments } from './comments.ts';
import { parseMarkdown } from './markdown.ts';
import { flattenInline, type FlattenContext, type InlineText } from './plain-text.ts';
import { htmlToText } from './html-text.ts';

/** A block of text before sentence splitting. */
export interface RawBlock {
  kind: BlockKind;
  depth?: number;
  channel: Channel;
  inline: InlineText;
  span: Span;
  cell?: TableCell;
}

/** YAML-looking contents of a comment (the English original's front matter in zh-cn files). */
export interface InnerFrontMatter {
  yaml: string;
  /** File offset of `yaml[0]`. */
  offset: number;
}

export interface BlockCollection {
  blocks: RawBlock[];
  innerFrontMatter: InnerFrontMatter[];
}

interface WalkState {
  ctx: FlattenContext;
  channel: Channel;
  listDepth: number;
  inQuote: boolean;
  commentDepth: number;
  out: BlockCollection;
}

/** Blocks of the whole document in order (`base`: file offset of the parsed text's start); HTML comments are parsed as Markdown into the comment channel. */
export function collectBlocks(file: string, root: Root, base = 0): BlockCollection {
  const out: BlockCollection = { blocks: [], innerFrontMatter: [] };
  const ctx: FlattenContext = { file, base, definitions: collectDefinitions(root) };
  walkChildren(root, { ctx, channel: 'body', listDepth: 0, inQuote: false, commentDepth: 0, out });
  return out;
}

function collectDefinitions(root: Root): Map<string, string> {
  const defs = new Map<string, string>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node.url);
    else if ('children' in node) for (const c of node.children) stack.push(c);
  }
  return defs;
}

function walkChildren(node: Nodes, st: WalkState): void {
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, st);
}

function spanOfNode(node: Nodes, base: number): Span {
  return { start: base + (node.position?.start.offset ?? 0), end: base + (node.position?.end.offset ?? 0) };
}

function walk(node: Nodes, st: WalkState): void {
  switch (node.type) {
    case 'paragraph': {
      const kind: BlockKind = st.listDepth > 0 ? 'listItem' : st.inQuote ? 'blockquote' : 'paragraph';
      const inline = flattenInline(node.children, st.ctx);
      addBlock(st, { kind, channel: st.channel, inline, span: spanOfNode(node, st.ctx.base) }, st.listDepth > 0 ? st.listDepth : undefined);
      for (const c of inline.comments) addComment(c.start, c.end, st);
      return;
    }
    case 'heading': {
      const inline = flattenInline(node.children, st.ctx);
      addBlock(st, { kind: 'heading', channel: st.channel, inline, span: spanOfNode(node, st.ctx.base) }, node.depth);
      for (const c of inline.comments) addComment(c.start, c.end, st);
      return;
    }
    case 'table': {
      // Rows and columns are kept: a row of cells ("Name | Role | Company") reads as one record.
      const table = spanOfNode(node, st.ctx.base).start;
      node.children.forEach((row, r) => {
        row.children.forEach((cell, column) => {
          const inline = flattenInline(cell.children, st.ctx);
          addBlock(st, { kind: 'tableCell', channel: st.channel, inline, span: spanOfNode(cell, st.ctx.base), cell: { table, row: r, column } }, undefined);
          for (const c of inline.comments) addComment(c.start, c.end, st);
        });
      });
      return;
    }
    case 'list':
      walkChildren(node, { ...st, listDepth: st.listDepth + 1 });
      return;
    case 'blockquote':
      walkChildren(node, { ...st, inQuote: true });
      return;
    case 'html':
      walkHtml(node.value, spanOfNode(node, st.ctx.base), st);
      return;
    case 'yaml':
    case 'code':
    case 'definition':
    case 'thematicBreak':
      return;
    default:
      walkChildren(node, st);
  }
}

function addBlock(st: WalkState, block: RawBlock, depth: number | undefined): void {
  if (block.inline.text.trim() === '') return;
  st.out.blocks.push(depth === undefined ? block : { ...block, depth });
}

const HTML_ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/giu;
const HTML_CELL = /<t([dh])\b[^>]*>([\s\S]*?)<\/t\1\s*>/giu;

/** A raw HTML `<table>`: one cell block per `<td>`/`<th>`, with row and column, like a Markdown table. */
function walkHtmlTable(text: string, start: number, st: WalkState): boolean {
  if (!/<table\b/iu.test(text) || !/<\/table\s*>/iu.test(text)) return false;
  let row = 0;
  for (const r of text.matchAll(HTML_ROW)) {
    const inner = r[1] ?? '';
    const innerAt = r.index + r[0].indexOf(inner);
    let column = 0;
    for (const c of inner.matchAll(HTML_CELL)) {
      const body = c[2] ?? '';
      const at = start + innerAt + c.index + c[0].indexOf(body, 3);
      const inline = htmlToText(st.ctx.file, at, at + body.length);
      addBlock(st, { kind: 'tableCell', channel: st.channel, inline, span: { start: at, end: at + body.length }, cell: { table: start, row, column } }, undefined);
      column++;
    }
    if (column > 0) row++;
  }
  return row > 0;
}

function walkHtml(value: string, span: Span, st: WalkState): void {
  for (const part of splitHtmlComments(value)) {
    const start = span.start + part.start;
    const end = span.start + part.end;
    if (isCommentHtml(part.text)) addComment(start, end, st);
    else if (walkHtmlTable(part.text, start, st)) continue;
    else {
      const inline = htmlToText(st.ctx.file, start, end);
      addBlock(st, { kind: 'html', channel: st.channel, inline, span: { start, end } }, undefined);
    }
  }
}

const MAX_COMMENT_DEPTH = 2;

function addComment(start: number, end: number, st: WalkState): void {
  if (st.commentDepth >= MAX_COMMENT_DEPTH) return;
  const inner = commentInner(st.ctx.file, start, end);
  if (!inner) return;
  if (inner.frontMatter) {
    st.out.innerFrontMatter.push({ yaml: inner.text, offset: inner.start });
    return;
  }
  const root = parseMarkdown(inner.text);
  const ctx: FlattenContext = { file: st.ctx.file, base: inner.start, definitions: st.ctx.definitions };
  for (const [k, v] of collectDefinitions(root)) if (!ctx.definitions.has(k)) ctx.definitions.set(k, v);
  const inState: WalkState = { ctx, channel: 'comment', listDepth: 0, inQuote: false, commentDepth: st.commentDepth + 1, out: st.out };
  for (const child of root.children) {
    if (child.type === 'yaml') {
      const s = spanOfNode(child, inner.start);
      const text = st.ctx.file.slice(s.start, s.end);
      const body = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*$/.exec(text);
      if (body?.[1] !== undefined) st.out.innerFrontMatter.push({ yaml: body[1], offset: s.start + text.indexOf(body[1]) });
      continue;
    }
    walk(child, inState);
  }
}
