import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { ArticleDiagnostic, FrontMatter, PersonRef, Span } from './types.ts';
import { mappedWithLinks, parsePeople, type PeopleList } from './people-refs.ts';
import { githubProfile, linkedinProfile } from './links.ts';
import { repairMojibake } from './mojibake.ts';
import { normaliseDate } from './dates.ts';

export interface YamlSource {
  /** The YAML text (without the `---` fences). */
  yaml: string;
  /** File offset of `yaml[0]`. */
  offset: number;
}

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  diagnostics: ArticleDiagnostic[];
}

/** Reads front matter YAML; never throws: invalid YAML yields an error diagnostic and whatever data could be read. */
export function readFrontMatter(file: string, src: YamlSource, span: Span): FrontMatterResult {
  const diagnostics: ArticleDiagnostic[] = [];
  const doc = parseDocument(src.yaml, { uniqueKeys: false, prettyErrors: false });
  for (const e of doc.errors) {
    diagnostics.push({ severity: 'error', source: 'frontmatter', message: `invalid YAML front matter: ${firstLine(e.message)}`, span: errSpan(src, e.pos, span) });
  }
  for (const w of doc.warnings) {
    diagnostics.push({ severity: 'warning', source: 'frontmatter', message: `YAML front matter: ${firstLine(w.message)}`, span: errSpan(src, w.pos, span) });
  }
  let data: Record<string, unknown> = {};
  try {
    const js: unknown = doc.toJS({ maxAliasCount: 100 });
    if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    else if (js !== null && js !== undefined) {
      diagnostics.push({ severity: 'error', source: 'frontmatter', message: 'front matter is not a mapping of keys to values', span });
    }
  } catch (err) {
    diagnostics.push({ severity: 'error', source: 'frontmatter', message: `front matter could not be read: ${firstLine(String(err))}`, span });
  }

  const authors = peopleOf(file, src, doc.contents, ['author', 'authors'], diagnostics);
  const translators = peopleOf(file, src, doc.contents, ['translator', 'translators'], diagnostics);
  const fm: FrontMatter = { draft: isTrue(data['draft']), tags: stringList(data['tags']), authors, translators, data, span };
  const title = str(data['title']);
  if (title !== undefined) fm.title = title;
  const slug = str(data['slug']);
  if (slug !== undefined) fm.slug = slug;
  const date = normaliseDate(data['date']);
  if (date !== undefined) fm.date = date;
  const canonical = str(data['canonicalUrl'] ?? data['canonical_url'] ?? data['canonicalURL'] ?? data['canonical']);
  if (canonical !== undefined) fm.canonicalUrl = canonical;
  const description = str(data['description']);
  if (description !== undefined) fm.description = description;
  return { frontMatter: fm, diagnostics };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function errSpan(src: YamlSource, pos: [number, number] | undefined, fallback: Span): Span {
  if (!pos) return fallback;
  return { start: src.offset + pos[0], end: src.offset + Math.max(pos[0], pos[1]) };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && /^(?:true|yes|on)$/i.test(v.trim()));
}

function stringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => x !== undefined);
  const s = str(v);
  return s === undefined ? [] : s.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

/** All pairs with one of `keys` (duplicates included: with `uniqueKeys: false` every one is kept). */
function pairsFor(contents: unknown, keys: readonly string[]): Pair[] {
  if (!isMap(contents)) return [];
  return contents.items.filter((p) => isScalar(p.key) && keys.includes(String(p.key.value).toLowerCase()));
}

function peopleOf(file: string, src: YamlSource, contents: unknown, keys: readonly string[], diagnostics: ArticleDiagnostic[]): PersonRef[] {
  const pairs = pairsFor(contents, keys);
  // A duplicate key: the last one wins, as in YAML readers that accept duplicates.
  const pair = pairs[pairs.length - 1];
  if (!pair) return [];
  const people: PersonRef[] = [];
  collect(file, src, pair.value as YamlNode | null, people, diagnostics);
  return people;
}

function collect(file: string, src: YamlSource, node: YamlNode | null, people: PersonRef[], diagnostics: ArticleDiagnostic[]): void {
  if (!node) return;
  if (isSeq(node)) {
    for (const item of node.items) collect(file, src, item as YamlNode | null, people, diagnostics);
    return;
  }
  if (isMap(node)) {
    const person = personFromMap(file, src, node);
    if (person) people.push(person);
    return;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const [from, to] = scalarContent(src.yaml, node.type, node.range[0], node.range[1]);
  const { text, links } = mappedWithLinks(file, src.offset + from, src.offset + to);
  // Escapes in double-quoted strings make the source differ from the value: read the value instead.
  const list: PeopleList =
    node.type === 'QUOTE_DOUBLE' && src.yaml.slice(from, to).includes('\\')
      ? parsePeople(file, { text: node.value, map: Array.from(node.value, () => src.offset + from) }, [])
      : parsePeople(file, text, links);
  people.push(...list.people);
  for (const r of list.rejected) {
    diagnostics.push({ severity: 'info', source: 'frontmatter', message: `not read as a person: "${r.text}"`, span: r.span });
  }
}

/** Source range of a scalar's text without quotes or block header. */
function scalarContent(yaml: string, type: string | undefined, start: number, end: number): [number, number] {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return [start + 1, Math.max(start + 1, end - 1)];
  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
    const nl = yaml.indexOf('\n', start);
    return nl === -1 || nl >= end ? [end, end] : [nl + 1, end];
  }
  return [start, end];
}

function personFromMap(file: string, src: YamlSource, node: YamlNode): PersonRef | null {
  if (!isMap(node) || !node.range) return null;
  const get = (k: string): string | undefined => {
    const v: unknown = node.get(k);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const name = get('name');
  if (!name) return null;
  const span = { start: src.offset + node.range[0], end: src.offset + node.range[1] };
  const person: PersonRef = { name: repairMojibake(name), raw: file.slice(span.start, span.end).trimEnd(), span };
  const company = get('company') ?? get('affiliation') ?? get('organization');
  if (company) person.company = company;
  const url = get('url') ?? get('link');
  if (url) person.url = url;
  const github = get('github') ?? (url ? githubProfile(url) : undefined);
  if (github) person.github = github.replace(/^@/, '').replace(/^https?:\/\/(?:www\.)?github\.com\//i, '').toLowerCase();
  const linkedin = get('linkedin') ?? (url ? linkedinProfile(url) : undefined);
  if (linkedin) person.linkedin = linkedin;
  return person;
}
