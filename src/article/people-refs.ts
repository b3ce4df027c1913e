import type { PersonRef } from './types.ts';
import { githubProfile, linkedinProfile } from './links.ts';
import { repairMojibake } from './mojibake.ts';
import { trimRange, type MappedText } from './text-map.ts';
import { HAN_NAME, HAN_ORGANISATION, LATIN_PLAIN_NAME } from './names.ts';

/** A link inside a people list; start/end index the mapped text. */
export interface TextLink {
  start: number;
  end: number;
  url: string;
  /** File span of the whole link syntax, when known. */
  span?: { start: number; end: number };
}

export interface PeopleList {
  people: PersonRef[];
  /** Parts that did not look like a person ("Organizing team of …"), with their file spans. */
  rejected: Array<{ text: string; span: { start: number; end: number } }>;
}

const MD_LINK = /\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

/** File text [start, end) with Markdown links reduced to their text (front matter values are not parsed as Markdown). */
export function mappedWithLinks(file: string, start: number, end: number): { text: MappedText; links: TextLink[] } {
  const src = file.slice(start, end);
  let text = '';
  const map: number[] = [];
  const links: TextLink[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      text += src[i];
      map.push(start + i);
    }
  };
  MD_LINK.lastIndex = 0;
  for (let m = MD_LINK.exec(src); m; m = MD_LINK.exec(src)) {
    copy(last, m.index);
    const from = text.length;
    copy(m.index + 1, m.index + 1 + (m[1] ?? '').length);
    links.push({ start: from, end: text.length, url: m[2] ?? '', span: { start: start + m.index, end: start + m.index + m[0].length } });
    last = m.index + m[0].length;
  }
  copy(last, src.length);
  return { text: { text, map }, links };
}

const OPEN = '(（[';
/** A Han name, Japanese ones often with a space between family and given name ("山本 健一"). */
// "佐々木 美咲": a Japanese family and given name may together run past four characters when spaced.
const isHanName = (text: string): boolean => HAN_NAME.test(text.replace(/(?<=\S)[ \u3000](?=\S)/u, '')) || /^[\u3400-\u9fff\u3005]{1,3}[ \u3000][\u3400-\u9fff\u3005]{1,3}$/u.test(text);
const CLOSE = ')）]';
const SEPARATOR = /\s*[,，、;；\n]\s*|\s+(?:and|&|\/)\s+|\s*[和と]\s+|(?<=[)）])\s*[和と]\s*/g;
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'binti', 'al', 'du', 'dos', 'das', 'y', 'e', 'ter']);
const LEAD = /^(?:by|from)\s+/i;
const TRAIL = /[\s.。:：,，;；]+$/;

/** Masks bracketed text so separators inside "(Company, Inc.)" do not split people. */
function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (OPEN.includes(c)) depth++;
    out += depth > 0 ? '\u0000'.repeat(c.length) : c;
    if (CLOSE.includes(c) && depth > 0) depth--;
  }
  return out;
}

/**
 * People in a free-text list: "A (Company), B" / "A、B" / "A and B" / "A 和 B" / lines, each optionally
 * "(Company)" or "(@handle)" and a Markdown link to a GitHub or LinkedIn profile.
 */
const LATIN_FULL_NAME = new RegExp(`^${LATIN_PLAIN_NAME}$`, 'u');

export function parsePeople(file: string, m: MappedText, links: readonly TextLink[]): PeopleList {
  const result: PeopleList = { people: [], rejected: [] };
  const masked = maskBrackets(m.text);
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let s = SEPARATOR.exec(masked); s; s = SEPARATOR.exec(masked)) {
    if (s[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    readPerson(file, m, links, last, s.index, result);
    last = s.index + s[0].length;
  }
  readPerson(file, m, links, last, m.text.length, result);
  return result;
}

function readPerson(file: string, m: MappedText, links: readonly TextLink[], from: number, to: number, out: PeopleList): void {
  let { start, end } = trimRange(m.text, from, to);
  const lead = LEAD.exec(m.text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAIL.exec(m.text.slice(start, end));
  if (trail) end -= trail[0].length;
  if (end <= start) return;
  const span = { start: m.map[start] ?? 0, end: (m.map[end - 1] ?? 0) + 1 };
  // The raw text of "[Name](url) (Company)" includes the link syntax.
  for (const l of links) {
    if (!l.span || l.start < start || l.end > end) continue;
    span.start = Math.min(span.start, l.span.start);
    span.end = Math.max(span.end, l.span.end);
  }
  let company: string | undefined;
  let github: string | undefined;
  let otherScript: string | undefined;
  // Trailing bracket groups: "(Company)", "（筑波大学）", "(@handle)", "（Liu Yang）".
  let nameEnd = end;
  for (;;) {
    const t = trimRange(m.text, start, nameEnd);
    nameEnd = t.end;
    const closeAt = nameEnd - 1;
    const close = m.text[closeAt] ?? '';
    if (close !== ')' && close !== '）') break;
    const openAt = matchingOpen(m.text, start, closeAt);
    if (openAt <= start) break;
    const inner = m.text.slice(openAt + 1, closeAt).trim();
    const innerLink = links.find((l) => l.start >= openAt && l.end <= closeAt);
    const handle = innerLink ? githubProfile(innerLink.url) : /^@([A-Za-z0-9-]{1,39})$/.exec(inner)?.[1]?.toLowerCase();
    if (handle) github ??= handle;
    else if (inner) {
      // "黄磊（Huang Lei，DaoCloud）", "王磊（Wang Lei, @wlei）": the Latin form with an employer or handle.
      const parts = inner.split(/\s*[,，;；]\s*/u);
      const first = parts[0] ?? '';
      const outer = m.text.slice(start, openAt).trim();
      // "Paco Xu（徐俊杰，DaoCloud）": the Han form and the employer of a Latin name.
      const hanOfLatin = parts.length === 2 && isHanName(first) && !HAN_ORGANISATION.test(first) && LATIN_FULL_NAME.test(outer);
      if (parts.length === 2 && ((LATIN_FULL_NAME.test(first) && isHanName(outer)) || hanOfLatin)) {
        otherScript ??= first;
        const rest = parts[1] ?? '';
        const at = /^@([A-Za-z0-9-]{1,39})$/.exec(rest)?.[1]?.toLowerCase();
        if (at) github ??= at;
        else if (rest) company ??= repairMojibake(rest);
      } else if (isHanName(inner) && !HAN_ORGANISATION.test(inner) && LATIN_FULL_NAME.test(m.text.slice(start, openAt).trim())) {
        // "Michael Yao（姚翔）": the Latin name written again in Han characters, not an employer.
        otherScript ??= inner;
      } else {
        if (LATIN_FULL_NAME.test(inner)) otherScript ??= inner;
        company ??= repairMojibake(inner);
      }
    }
    nameEnd = openAt;
  }
  const n = trimRange(m.text, start, nameEnd);
  const written = m.text.slice(n.start, n.end).replace(/^@/, '').trim();
  // "刘洋（Liu Yang）": a Han name with its Latin form, which is the canonical one (not an employer).
  const latinForm = otherScript !== undefined && isHanName(written) ? otherScript : undefined;
  const name = latinForm ?? written;
  if (latinForm !== undefined && company === latinForm) company = undefined;
  const raw = file.slice(span.start, span.end);
  if (!isNameLike(name)) {
    out.rejected.push({ text: raw, span });
    return;
  }
  const person: PersonRef = { name: repairMojibake(name), raw, span };
  const alias = latinForm !== undefined ? written : otherScript !== undefined && isHanName(otherScript) ? otherScript : undefined;
  if (alias !== undefined) person.otherScript = alias;
  if (company) person.company = company;
  const link = links.find((l) => l.start < n.end && l.end > n.start);
  if (link?.url) {
    person.url = link.url;
    const gh = githubProfile(link.url);
    if (gh) github ??= gh;
    const li = linkedinProfile(link.url);
    if (li) person.linkedin = li;
  }
  if (github) person.github = github;
  out.people.push(person);
}

function matchingOpen(text: string, from: number, closeAt: number): number {
  let depth = 0;
  for (let i = closeAt; i >= from; i--) {
    const c = text[i] ?? '';
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A person's name rather than a phrase: short, no URL, Latin words capitalised except particles. */
export function isNameLike(name: string): boolean {
  if (name.length === 0 || name.length > 60 || !/\p{L}/u.test(name)) return false;
  if (/[/:@<>{}*_=#|]|https?|www\./i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()));
  return lower.length === 0;
}
