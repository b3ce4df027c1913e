/**
 * The parsed form of one article: what every extractor sees.
 * All offsets are UTF-16 code-unit offsets into `ParsedArticle.text`, the original file text,
 * so any evidence quote can be traced back to the exact place in the file.
 */

export type Lang = 'en' | 'ja' | 'zh';

export interface Span {
  start: number;
  end: number;
}

/** Where a piece of text lives: the article itself, or an HTML comment (zh-cn files carry the English original there). */
export type Channel = 'body' | 'comment';

/** A person as written in front matter or a byline: "[Name](https://github.com/x) (Company)". */
export interface PersonRef {
  name: string;
  company?: string;
  github?: string;
  linkedin?: string;
  url?: string;
  /** The name in another script written beside it ("刘洋（Liu Yang）", "Michael Yao（姚翔）"). */
  otherScript?: string;
  /** The raw text this person was read from. */
  raw: string;
  span: Span;
}

export interface FrontMatter {
  title?: string;
  slug?: string;
  /** ISO 8601 date (YYYY-MM-DD) or date-time as written, normalised to ISO. */
  date?: string;
  draft: boolean;
  canonicalUrl?: string;
  description?: string;
  tags: string[];
  authors: PersonRef[];
  translators: PersonRef[];
  /** Everything the YAML held, for fields the typed view does not cover. */
  data: Record<string, unknown>;
  span: Span;
}

export interface Link {
  text: string;
  url: string;
  span: Span;
  /** github.com/<handle> profile link, lower-cased handle. */
  github?: string;
  /** kubernetes/community folder such as "sig-etcd" or "wg-etcd-operator". */
  communityGroup?: string;
  /** Channel of the paragraph holding the link (always set by the parser). */
  channel?: Channel;
}

export interface Sentence {
  /** Plain text of the sentence (Markdown syntax removed, link text kept). */
  text: string;
  /** Span in the original file, from the first to the last character of the sentence. */
  span: Span;
  /** `map[i]` is the file offset of `text[i]`; lets extractors turn a match inside the sentence into file offsets. */
  map: number[];
  paragraph: number;
  channel: Channel;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'blockquote' | 'html';

export interface Paragraph {
  index: number;
  kind: BlockKind;
  /** Heading depth for headings; list nesting depth for list items. */
  depth?: number;
  /** Plain text (Markdown syntax removed); `map[i]` is the file offset of `text[i]`. */
  text: string;
  map: number[];
  span: Span;
  channel: Channel;
  sentences: Sentence[];
  links: Link[];
  /** Plain-text ranges (indexes into `text`) that were bold in the source. */
  strong: Array<{ start: number; end: number }>;
  /** True when the whole paragraph is bold (typical for interview questions). */
  allStrong: boolean;
  /** Index of the heading paragraph this block sits under, if any. */
  section?: number;
  /** For a table cell: where it sits (`table` is the table's file offset; row 0 is the header). */
  cell?: TableCell;
}

export interface TableCell {
  table: number;
  row: number;
  column: number;
}

/** One interview turn: a speaker label and what follows it until the next label. */
export interface Turn {
  /** The label as written: "Benjamin", "M/G/S", "DM & RL", "Frederico". */
  label: string;
  /** The label split into individual speakers: ["M", "G", "S"]. */
  speakers: string[];
  labelSpan: Span;
  /** Paragraph indexes belonging to this turn (the first holds the label). */
  paragraphs: number[];
  /** The interviewer's question rather than an answer. */
  isQuestion: boolean;
  channel: Channel;
  /** A quotation signed "— Name, role" rather than a labelled answer. */
  signed?: boolean;
}

/** "Frederico Muñoz (FSM)", "Divya Mohan（下称 DM）": a short label defined once for a full name. */
export interface LabelDefinition {
  label: string;
  name: string;
  span: Span;
}

export interface Byline {
  role: 'author' | 'translator';
  people: PersonRef[];
  channel: Channel;
}

export interface ArticleDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Which part produced it: "frontmatter", "markdown", "extractor:<id>", … */
  source: string;
  span?: Span;
}

export interface ParsedArticle {
  /** The path as given by the caller. */
  path: string;
  text: string;
  lang: Lang;
  frontMatter: FrontMatter | null;
  /** Body and comment blocks in document order. */
  paragraphs: Paragraph[];
  /** All sentences of all paragraphs, in document order. */
  sentences: Sentence[];
  links: Link[];
  bylines: Byline[];
  turns: Turn[];
  labelDefinitions: LabelDefinition[];
  diagnostics: ArticleDiagnostic[];
}
