import type { Root } from 'mdast';
import type { Byline, FrontMatter, Link, Paragraph, ParsedArticle, PersonRef, Sentence } from './types.ts';
import { collectBlocks, type BlockCollection, type RawBlock } from './blocks.ts';
import { findBylines } from './bylines.ts';
import { readFrontMatter } from './front-matter.ts';
import { findInterview, isAllStrong } from './interview.ts';
import type { KnownName } from './label-definitions.ts';
import { langFromFrontMatter, langFromPath, langFromText } from './language.ts';
import { communityGroup, githubProfile } from './links.ts';
import { parseMarkdown } from './markdown.ts';
import { LATIN_NAME } from './names.ts';
import { splitSentences } from './sentences.ts';
import { parseChunks } from './parse-chunks.ts';
import { checkLinkTarget } from './link-conflicts.ts';

/**
 * Reads one article: front matter, blocks with plain text mapped to file offsets, sentences, links,
 * bylines, interview turns and language. Never throws: problems become diagnostics.
 */
export function parseArticle(path: string, text: string): ParsedArticle {
  const article: ParsedArticle = {
    path,
    text,
    lang: langFromPath(path) ?? 'en',
    frontMatter: null,
    paragraphs: [],
    sentences: [],
    links: [],
    bylines: [],
    turns: [],
    labelDefinitions: [],
    diagnostics: [],
  };
  try {
    fill(article);
  } catch (err) {
    article.diagnostics.push({ severity: 'error', source: 'parser', message: `${path}: article could not be parsed: ${String(err)}` });
  }
  return article;
}

function fill(a: ParsedArticle): void {
  const text = a.text;
  // micromark drops a byte order mark without counting it in positions: parse after it instead.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks = parseChunks(text, base);
  const last = chunks[chunks.length - 1];
  if (last && last.end < text.length) {
    a.diagnostics.push({ severity: 'warning', source: 'markdown', message: `only the first ${last.end} of ${text.length} characters were parsed (the file is too large to be an article)`, span: { start: last.end, end: text.length } });
  }
  const collection: BlockCollection = { blocks: [], innerFrontMatter: [] };
  chunks.forEach((chunk, i) => {
    const root = parseChunk(a, text.slice(chunk.start, chunk.end));
    if (i === 0) readYaml(a, root, chunk.start);
    const part = collectBlocks(text, root, chunk.start);
    for (const b of part.blocks) collection.blocks.push(b);
    for (const f of part.innerFrontMatter) collection.innerFrontMatter.push(f);
  });
  a.paragraphs = toParagraphs(collection.blocks);
  a.sentences = a.paragraphs.flatMap((p) => p.sentences);
  a.links = a.paragraphs.flatMap((p) => p.links);
  for (const l of a.links) {
    const d = checkLinkTarget(l);
    if (d) a.diagnostics.push(d);
  }

  a.bylines = [...findBylines(text, collection.blocks, a.diagnostics), ...innerBylines(text, collection)];

  const authors: PersonRef[] = [...(a.frontMatter?.authors ?? []), ...a.bylines.filter((b) => b.role === 'author').flatMap((b) => b.people)];
  const interview = findInterview({ blocks: collection.blocks, known: knownNames(a.frontMatter, a.bylines, a.links), authors });
  a.turns = interview.turns;
  a.labelDefinitions = interview.labelDefinitions;

  a.lang = langFromPath(a.path) ?? langFromFrontMatter(a.frontMatter?.data) ?? langFromText(bodySample(a.paragraphs));
}

function parseChunk(a: ParsedArticle, source: string): Root {
  try {
    return parseMarkdown(source);
  } catch (err) {
    a.diagnostics.push({ severity: 'error', source: 'markdown', message: `Markdown could not be parsed: ${String(err)}` });
    return { type: 'root', children: [] };
  }
}

function readYaml(a: ParsedArticle, root: Root, base: number): void {
  const text = a.text;
  const yamlNode = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  if (!yamlNode?.position) return;
  const span = { start: base + (yamlNode.position.start.offset ?? 0), end: base + (yamlNode.position.end.offset ?? 0) };
  const contentStart = text.indexOf('\n', span.start) + 1;
  const yaml = text.startsWith(yamlNode.value, contentStart) ? yamlNode.value : text.slice(contentStart, Math.max(contentStart, text.lastIndexOf('\n', span.end - 1)));
  const fm = readFrontMatter(text, { yaml, offset: contentStart }, span);
  a.frontMatter = fm.frontMatter;
  a.diagnostics.push(...fm.diagnostics);
}

function toParagraphs(blocks: readonly RawBlock[]): Paragraph[] {
  const lastHeading = new Map<string, number>();
  return blocks.map((b, index) => {
    const links: Link[] = b.inline.links.map((l) => {
      const link: Link = { text: b.inline.text.slice(l.start, l.end), url: l.url, span: l.span, channel: b.channel };
      const gh = githubProfile(l.url);
      if (gh) link.github = gh;
      const group = communityGroup(l.url);
      if (group) link.communityGroup = group;
      return link;
    });
    const sentences: Sentence[] = b.kind === 'heading' ? headingSentence(b, index) : splitSentences(b.inline, index, b.channel);
    const p: Paragraph = {
      index,
      kind: b.kind,
      text: b.inline.text,
      map: b.inline.map,
      span: b.span,
      channel: b.channel,
      sentences,
      links,
      strong: b.inline.strong,
      allStrong: isAllStrong(b),
    };
    if (b.depth !== undefined) p.depth = b.depth;
    if (b.cell !== undefined) p.cell = b.cell;
    const section = lastHeading.get(b.channel);
    if (section !== undefined) p.section = section;
    if (b.kind === 'heading') lastHeading.set(b.channel, index);
    return p;
  });
}

/** A heading is one sentence however it is punctuated. */
function headingSentence(b: RawBlock, index: number): Sentence[] {
  return splitSentences(b.inline, index, b.channel).length === 0 ? [] : [mergeAll(b, index)];
}

function mergeAll(b: RawBlock, index: number): Sentence {
  const t = b.inline.text;
  const start = t.length - t.trimStart().length;
  const end = t.trimEnd().length;
  const map = b.inline.map.slice(start, end);
  return { text: t.slice(start, end), map, span: { start: map[0] ?? b.span.start, end: (map[map.length - 1] ?? b.span.start) + 1 }, paragraph: index, channel: b.channel };
}

function innerBylines(file: string, c: BlockCollection): Byline[] {
  const out: Byline[] = [];
  for (const inner of c.innerFrontMatter) {
    const span = { start: inner.offset, end: inner.offset + inner.yaml.length };
    // Diagnostics of the English copy's front matter are not the article's problems.
    const fm = readFrontMatter(file, inner, span);
    if (fm.frontMatter.authors.length > 0) out.push({ role: 'author', people: fm.frontMatter.authors, channel: 'comment' });
    if (fm.frontMatter.translators.length > 0) out.push({ role: 'translator', people: fm.frontMatter.translators, channel: 'comment' });
  }
  return out;
}

function knownNames(fm: FrontMatter | null, bylines: readonly Byline[], links: readonly Link[]): KnownName[] {
  const known: KnownName[] = [];
  for (const p of [...(fm?.authors ?? []), ...(fm?.translators ?? []), ...bylines.flatMap((b) => b.people)]) {
    known.push({ name: p.name, span: p.span });
    // "水谷 静 (Shizuka Mizutani)" asks the questions as "**水谷:**".
    if (p.otherScript) known.push({ name: p.otherScript, span: p.span });
  }
  for (const l of links) {
    // "[Jeremy Olmsted-Thompson, Google](…)": the name is before the comma.
    const name = l.text.split(/[,，(（]/)[0]?.trim() ?? '';
    if (name.includes(' ') && LATIN_NAME.test(name)) known.push({ name, span: l.span });
  }
  return known;
}

function bodySample(paragraphs: readonly Paragraph[]): string {
  let s = '';
  for (const p of paragraphs) {
    if (p.channel !== 'body') continue;
    s += p.text + '\n';
    if (s.length > 20000) break;
  }
  return s;
}
