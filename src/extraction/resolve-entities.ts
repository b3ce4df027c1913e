/**
 * Canonical names for entity drafts: people through the article's people index (first names,
 * labels, handles, other scripts, typos, mojibake), companies and projects through the
 * organisation lexicons, groups through the group lexicon and the article's own group names.
 */
import type { ParsedArticle } from '../article/types.ts';
import { repairMojibake } from '../article/mojibake.ts';
import { peopleIndex, type PeopleIndex } from '../../extractors/mentions/people.ts';
import { cleanName, isPlausibleFullName } from '../../extractors/mentions/people-names.ts';
import { groupIndex, type GroupIndex } from '../../extractors/mentions/groups.ts';
import { canonicalCompany, canonicalProject, orgAliases } from '../../extractors/mentions/orgs.ts';
import { GROUPS, STANDALONE_ALIASES, type GroupTerm } from '../../extractors/lexicon/groups.ts';
import type { EntityDraft, EntityType, SigKind } from './types.ts';

export interface Canonical {
  type: EntityType;
  name: string;
  github?: string;
  kind?: SigKind;
  /** Spellings that count as this entity (surface forms, other scripts, lexicon aliases). */
  aliases: string[];
}

const groupKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\u3000_.-]+/gu, '');

/** Lexicon groups by every spelling, with and without the kind word: "sigetcd", "etcdsig", "contribex". */
const GROUP_BY_KEY = (() => {
  const m = new Map<string, GroupTerm>();
  const kindWords: Record<SigKind, string[]> = {
    sig: ['sig', 'specialinterestgroup', 'specialinterestgroupfor'],
    wg: ['wg', 'workinggroup', 'workinggroupfor', 'workinggroupon'],
    committee: ['committee'],
    usergroup: ['usergroup', 'ug'],
    other: [],
  };
  const put = (k: string, g: GroupTerm): void => {
    if (!m.has(k)) m.set(k, g);
  };
  // Current groups first: a retired group never hides a current one of the same short name.
  const ordered = [...GROUPS.filter((g) => !g.retired), ...GROUPS.filter((g) => g.retired)];
  for (const g of ordered) {
    put(groupKey(g.name), g);
    put(groupKey(g.dir), g);
    for (const s of [g.short, ...(g.aliases ?? [])]) {
      for (const w of kindWords[g.kind]) {
        put(groupKey(`${w} ${s}`), g);
        put(groupKey(`${s} ${w}`), g);
      }
    }
  }
  for (const [alias, name] of Object.entries(STANDALONE_ALIASES)) {
    const g = GROUPS.find((x) => x.name === name);
    if (g) put(groupKey(alias), g);
  }
  return m;
})();

const GROUP_FILLER = /^(?:[\s.,:;'"“”()（）「」]|\b(?:the|a|an|our|kubernetes|k8s|cncf)\b)*$/iu;

export class EntityResolver {
  private readonly people: PeopleIndex;
  private readonly groups: GroupIndex;

  constructor(article: ParsedArticle) {
    this.people = peopleIndex(article);
    this.groups = groupIndex(article);
  }

  /** The canonical entity for a draft, or undefined when it is no plausible entity (a bare first name nobody introduced). */
  canonical(draft: EntityDraft, at?: number): Canonical | undefined {
    const surface = repairMojibake(draft.name.trim());
    if (surface.length === 0) return undefined;
    const seen = [draft.name, surface, ...(draft.aliases ?? [])];
    switch (draft.type) {
      case 'Person':
        return this.person(surface, draft.github, at, seen);
      case 'Company':
      case 'Project': {
        const lookup = draft.type === 'Company' ? canonicalCompany : canonicalProject;
        const known = lookup(surface) ?? lookup(surface.replace(/^the\s+/iu, ''));
        // "Michael" read as a project is the article's Michael McCune: no organisation at all.
        if (!known && this.people.resolve(surface)) return undefined;
        const name = known ?? surface;
        return { type: draft.type, name, aliases: [...seen, ...orgAliases(draft.type, name)] };
      }
      case 'Sig':
        return this.sig(surface, draft.kind, seen);
      case 'Article':
        return { type: 'Article', name: surface, aliases: [] };
    }
  }

  private person(surface: string, github: string | undefined, at: number | undefined, seen: string[]): Canonical | undefined {
    const known = this.people.resolve(surface, { ...(github ? { github } : {}), ...(at === undefined ? {} : { at }) });
    if (known) {
      return {
        type: 'Person',
        name: known.name,
        ...(known.github ? { github: known.github } : github ? { github: github.toLowerCase() } : {}),
        aliases: [...seen, ...known.aliases],
      };
    }
    const name = cleanName(surface);
    if (!isPlausibleFullName(name) || this.isOrganisation(name)) return undefined;
    return { type: 'Person', name, ...(github ? { github: github.toLowerCase() } : {}), aliases: seen };
  }

  /** A "person" that the lexicons know as a company, project or group ("Google Cloud", "Cluster API"). */
  private isOrganisation(name: string): boolean {
    if (canonicalCompany(name) !== undefined || canonicalProject(name) !== undefined) return true;
    return this.groups.findGroups(name).some((g) => g.end - g.start >= name.length - 1);
  }

  private sig(surface: string, kind: SigKind | undefined, seen: string[]): Canonical {
    const term = GROUP_BY_KEY.get(groupKey(surface));
    if (term) return { type: 'Sig', name: term.name, kind: term.kind, aliases: [...seen, term.dir] };
    // Groups outside the lexicon: the article's fullest spelling ("DHHWG" → "CNCF Deaf and Hard of Hearing Working Group").
    const found = this.groups.findGroups(surface);
    const only = found.length === 1 ? found[0] : undefined;
    const rest = only ? surface.slice(0, only.start) + surface.slice(only.end) : '';
    // "the Testing special interest group", "Kubernetes SIG Node": the group plus filler words.
    const whole = only && GROUP_FILLER.test(rest) ? only : undefined;
    const name = whole?.name ?? surface;
    const lexicon = GROUP_BY_KEY.get(groupKey(name));
    if (lexicon) return { type: 'Sig', name: lexicon.name, kind: lexicon.kind, aliases: [...seen, lexicon.dir] };
    const k = whole?.kind ?? kind;
    return { type: 'Sig', name, ...(k ? { kind: k } : {}), aliases: [...seen, ...this.groups.aliasesOf(name)] };
  }
}
