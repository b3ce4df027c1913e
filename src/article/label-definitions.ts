import type { LabelDefinition, Span } from './types.ts';
import type { RawBlock } from './blocks.ts';
import { DEFINED_LABEL } from './speaker-labels.ts';
import { firstName, initialsOf, LATIN_NAME, sameFirstName, wordInitialsOf } from './names.ts';
import { repairMojibake } from './mojibake.ts';
import { spanOf, sliceMapped } from './text-map.ts';

/** A full name seen in the article (front matter, byline, profile link, label), with where it was seen. */
export interface KnownName {
  name: string;
  span: Span;
}

// "（下称 DM）", and without brackets: "以下李梦瑶简称 LMY，王浩然简称 WHR".
const INITIALS_IN_PARENS = /[(（]\s*(?:下文简称|以下简称|下称|以下、?|hereafter|hereinafter)?\s*([A-Z]{1,5})\s*[)）]|(?<=[\p{Script=Han}\p{L}])\s*(?:简称|下称|以下简称)\s*[“"「]?([A-Z]{2,5})(?![A-Za-z])/gu;
/** "Mateus Ferreira（马特乌斯·费雷拉），下文简称 MF": the announcing words and a gloss stand between the name and its label. */
const ANNOUNCED_AFTER_NAME = /(?:\s*[(（][^()（）]{0,60}[)）])?\s*[，,]?\s*(?:下文|以下|下面)?\s*$/u;
const SELF_REFERENCE = /(?:筆者|笔者|作者|著者|執筆者|本人|聞き手|主持人|编者|译者|訳者)\s*$/u;
const LATIN_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/u;
const CJK_BEFORE = /([\p{Script=Han}\p{Script=Katakana}ー・·]{2,12})\s*$/u;

/**
 * "Frederico Muñoz (FSM)", "Divya Mohan（下称 DM）", "Natali Vlatko (NV)": initials defined once in
 * the text and used alone as speaker labels afterwards. Only initials that really are used as
 * speaker labels (or define a label themselves) are kept, so "Special Interest Group (SIG)" is not.
 */
export function explicitDefinitions(blocks: readonly RawBlock[], usedTokens: ReadonlySet<string>): LabelDefinition[] {
  const defs: LabelDefinition[] = [];
  for (const b of blocks) {
    const text = b.inline.text;
    INITIALS_IN_PARENS.lastIndex = 0;
    for (let m = INITIALS_IN_PARENS.exec(text); m; m = INITIALS_IN_PARENS.exec(text)) {
      const label = m[1] ?? m[2] ?? '';
      if (!usedTokens.has(label)) continue;
      const raw = text.slice(Math.max(0, m.index - 120), m.index);
      const before = /(?:下文|以下|下面)\s*$/u.test(raw) ? raw.replace(ANNOUNCED_AFTER_NAME, '') : raw;
      // "- **王嘉禾**（Jiahe Wang，DaoCloud）：kwok 维护者（下称 WJ）": the profile's bold name, not the words before.
      const profile = profileName(b, m.index);
      if (profile) {
        defs.push({ label, name: repairMojibake(profile.name), span: spanOf(sliceMapped(b.inline, profile.start, m.index + m[0].length), b.span.start) });
        continue;
      }
      const nm = LATIN_BEFORE.exec(before) ?? CJK_BEFORE.exec(before);
      // "聞き手は筆者（DF）です": the writer's own initials, matched to the byline like undefined ones.
      if (!nm?.[1] || SELF_REFERENCE.test(nm[1])) continue;
      const start = m.index - (before.length - before.lastIndexOf(nm[1]));
      const end = m.index + m[0].length;
      const span = spanOf(sliceMapped(b.inline, start, end), b.span.start);
      // "[Divya Mohan](…) (DM)": the definition starts with the link syntax.
      const link = b.inline.links.find((l) => l.start <= start && l.end > start);
      if (link) span.start = Math.min(span.start, link.span.start);
      // "以下李梦瑶简称 LMY", "我请陈志强（下称 ZC）", "亚马逊云科技的刘子涵": words announcing the definition, or a
      // particle joining the name to what comes before, are no part of the name.
      defs.push({ label, name: repairMojibake(nm[1].trim().replace(/^(?:以下|下面|下文|其中|(?:我们?|笔者)?(?:请|邀请了?|采访了?|约了?)|的|是|和|与|及|由)(?=\p{Script=Han}{2})/u, '')), span });
    }
  }
  return defs;
}

/** The bold name opening a profile line ("**王嘉禾**（…）：…") whose description `at` ends. */
function profileName(b: RawBlock, at: number): { name: string; start: number } | undefined {
  const first = b.inline.strong[0];
  const text = b.inline.text;
  if (!first || first.end > at || !/^\s*$/u.test(text.slice(0, first.start))) return undefined;
  if (!/^\s*(?:[(（][^()（）]*[)）])?\s*[:：]/u.test(text.slice(first.end, at))) return undefined;
  const name = text.slice(first.start, first.end).trim();
  return /^[\p{Script=Han}\p{Script=Katakana}ー・·\p{L}'’ .-]{2,40}$/u.test(name) && !/[:：]/u.test(name) ? { name, start: first.start } : undefined;
}

/** The definition carried by a label itself: "**Carlos Santana (CS)**:". */
export function definitionInLabel(label: string, span: Span): LabelDefinition | null {
  const m = DEFINED_LABEL.exec(label);
  if (!m?.[1] || !m[2]) return null;
  return { label: m[2], name: repairMojibake(m[1].trim()), span };
}

/** Initials used without a definition ("FM", "JOT", "CS") matched against the initials of names seen in the article. */
export function derivedDefinitions(tokens: Iterable<string>, known: readonly KnownName[]): LabelDefinition[] {
  const defs: LabelDefinition[] = [];
  for (const token of tokens) {
    if (!/^[A-Z]{2,5}$/.test(token)) continue;
    const matches = known.filter((k) => LATIN_NAME.test(k.name) && (initialsOf(k.name) === token || wordInitialsOf(k.name) === token));
    const names = new Set(matches.map((k) => k.name));
    const first = matches[0];
    if (names.size === 1 && first) defs.push({ label: token, name: first.name, span: first.span });
  }
  return defs;
}

/** Single letters in joint labels ("M/G/S") matched to the one speaker whose name starts with that letter. */
export function letterDefinitions(letters: Iterable<string>, speakers: readonly KnownName[], known: readonly KnownName[]): LabelDefinition[] {
  const defs: LabelDefinition[] = [];
  for (const letter of letters) {
    if (!/^[A-Z]$/.test(letter)) continue;
    const starting = speakers.filter((s) => s.name.startsWith(letter) && s.name.length > 1 && !/^[A-Z]+$/.test(s.name));
    // Group spellings of one name ("Matthias" and a typo "Mathias").
    const groups: KnownName[][] = [];
    for (const s of starting) {
      const g = groups.find((grp) => grp.some((x) => sameFirstName(x.name, s.name)));
      if (g) g.push(s);
      else groups.push([s]);
    }
    const group = groups.length === 1 ? groups[0] : undefined;
    if (!group) continue;
    const full = known.find((k) => k.name.includes(' ') && group.some((s) => sameFirstName(firstName(k.name), s.name)));
    const chosen = full ?? group[0];
    if (chosen) defs.push({ label: letter, name: chosen.name, span: chosen.span });
  }
  return defs;
}
