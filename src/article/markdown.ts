import type { Root } from 'mdast';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * remark plugin adding the CJK-friendly emphasis rules, so that `**「etcd」**は` is bold.
 * (The `remark-cjk-friendly` wrapper does not install from the registry we use; the plugin is the
 * documented way of adding a micromark extension to remark-parse.)
 */
function remarkCjkFriendly(this: Processor): void {
  const data = this.data();
  const extensions = data.micromarkExtensions ?? (data.micromarkExtensions = []);
  extensions.push(cjkFriendlyExtension());
}

// Built once: constructing the processor per article would dominate the parse time.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly).freeze();

/** mdast of `text` with positions; front matter (if any) is the first child, of type `yaml`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
