import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * remark plugin adding the CJK-friendly emphasis rules, so that `**「etcd」**は` is bold.
 * (The `remark-cjk-friendly` wrapper does not install from the registry we use; this is the
 * documented way of adding a micromark extension to remark-parse.)
 */
function remarkCjkFriendly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(cjkFriendlyExtension());
}

/** GFM tables only: the rest of GFM (autolinks, footnotes, strikethrough) costs ~50% more parse time for nothing we use. */
function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Built once: constructing processors per article would dominate the parse time.
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly).freeze();
const withTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly).use(remarkTables).freeze();

/** A GFM table delimiter row ("|---|:--:|"); the table construct is only worth its cost when one is present. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;
const HAS_PIPE_ROW = /^[^\n]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-/m;

/** mdast of `text` with positions; front matter (if any) is the first child, of type `yaml`. */
export function parseMarkdown(text: string): Root {
  const tables = text.includes('|') && HAS_PIPE_ROW.test(text) && DELIMITER_ROW.test(text);
  return (tables ? withTables : plain).parse(text);
}
