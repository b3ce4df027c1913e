/**
 * The people of one article while they are being collected: each person once, under one
 * canonical name, with the GitHub handle, the aliases (first name, labels, other scripts, typos)
 * and what the article says they are (author, speaker, …).
 */
import { editDistance, foldName, isLatinFullName, isPlausibleFullName, isSignedFullName } from './people-names.ts';
import { isForeignScript, matchAcrossScripts } from './people-scripts.ts';

export type PersonRole = 'author' | 'translator' | 'speaker' | 'interviewer' | 'featured';

export interface PersonRecord {
  name: string;
  github?: string;
  company?: string;
  aliases: Set<string>;
  roles: Set<PersonRole>;
  /** Found in structured places (front matter, bylines, profile links, labels, lists), not only by shape. */
  strong: boolean;
  /** File offsets where the person is named, for choosing between people who share a first name. */
  offsets: number[];
}

export interface AddOptions {
  github?: string;
  company?: string;
  role?: PersonRole;
  strong?: boolean;
  offset?: number;
  /** The name was signed (author or translator field): place words may follow the given name. */
  signed?: boolean;
}

/** Handles are compared ignoring case and dashes; a one-letter typo of a known handle is the same handle. */
export function sameHandle(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/-/g, '');
  const y = b.toLowerCase().replace(/-/g, '');
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) <= 1;
}

export class PeopleRegistry {
  readonly records: PersonRecord[] = [];
  private readonly byKey = new Map<string, PersonRecord>();

  find(name: string): PersonRecord | undefined {
    return this.byKey.get(foldName(name));
  }

  byHandle(handle: string): PersonRecord | undefined {
    const h = handle.toLowerCase();
    return this.records.find((r) => r.github === h) ?? this.records.find((r) => r.github !== undefined && sameHandle(r.github, h));
  }

  /** Adds a person (or more about a known one); returns the record, or undefined for an implausible name. */
  add(rawName: string, opts: AddOptions = {}): PersonRecord | undefined {
    const name = rawName.trim();
    if (!isPlausibleFullName(name) && !(opts.signed && isSignedFullName(name))) return undefined;
    let rec = this.find(name) ?? (opts.github ? this.byHandle(opts.github) : undefined);
    if (!rec) {
      rec = { name, aliases: new Set(), roles: new Set(), strong: false, offsets: [] };
      this.records.push(rec);
      this.byKey.set(foldName(name), rec);
    } else if (foldName(rec.name) !== foldName(name)) {
      // The same person under another spelling: prefer a Latin name as the canonical one.
      if (isForeignScript(rec.name) && !isForeignScript(name)) {
        rec.aliases.add(rec.name);
        rec.name = name;
      } else rec.aliases.add(name);
      this.byKey.set(foldName(name), rec);
    }
    if (opts.github && !rec.github) rec.github = opts.github.toLowerCase();
    if (opts.company && !rec.company) rec.company = opts.company;
    if (opts.role) rec.roles.add(opts.role);
    if (opts.strong) rec.strong = true;
    if (opts.offset !== undefined) rec.offsets.push(opts.offset);
    return rec;
  }

  /** Makes `name` the canonical spelling, keeping the old one as an alias. */
  rename(rec: PersonRecord, name: string): void {
    if (foldName(name) === foldName(rec.name)) return;
    rec.aliases.add(rec.name);
    rec.name = name;
    this.byKey.set(foldName(name), rec);
  }

  alias(rec: PersonRecord, alias: string): void {
    if (foldName(alias) === foldName(rec.name)) return;
    rec.aliases.add(alias);
    // Full spellings (other scripts, typos) find the person directly; first names go through the index.
    if ((isPlausibleFullName(alias) || isForeignScript(alias)) && !this.byKey.has(foldName(alias))) this.byKey.set(foldName(alias), rec);
  }

  /** Merges people that are one: same handle, another script, or a typo of a longer-known name. */
  consolidate(): void {
    this.mergeForeignScripts();
    this.mergeTypos();
  }

  private merge(into: PersonRecord, from: PersonRecord): void {
    if (into === from) return;
    into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    for (const r of from.roles) into.roles.add(r);
    into.offsets.push(...from.offsets);
    into.strong ||= from.strong;
    if (!into.github && from.github) into.github = from.github;
    if (!into.company && from.company) into.company = from.company;
    this.records.splice(this.records.indexOf(from), 1);
    for (const [k, v] of this.byKey) if (v === from) this.byKey.set(k, into);
  }

  private mergeForeignScripts(): void {
    for (const rec of [...this.records]) {
      if (!isForeignScript(rec.name)) continue;
      const latin = this.records.filter((r) => !isForeignScript(r.name));
      const viaHandle = rec.github ? latin.find((r) => r.github !== undefined && sameHandle(r.github, rec.github ?? '')) : undefined;
      // "田中健一さん（@kentnk）" and the heading "田中健一（Kenichi Tanaka）": a Latin record that already has this spelling.
      const key = foldName(rec.name);
      const viaAlias = viaHandle ?? latin.find((r) => (!r.github || !rec.github || sameHandle(r.github, rec.github)) && [...r.aliases].some((a) => foldName(a) === key));
      const viaSound = viaAlias ?? this.find(matchAcrossScripts(rec.name, latin.map((r) => r.name)) ?? '');
      if (viaSound) this.merge(viaSound, rec);
    }
  }

  /** "Madhav Jivarajani" next to "Madhav Jivrajani" (edit distance 1–2 on names of six letters or more), "Ueda Kaori" next to "Kaori Ueda". */
  private mergeTypos(): void {
    const latin = this.records.filter((r) => isLatinFullName(r.name));
    for (const a of latin) {
      for (const b of latin) {
        if (a === b || !this.records.includes(a) || !this.records.includes(b)) continue;
        const fa = foldName(a.name);
        const fb = foldName(b.name);
        if (fa.length < 6 || fa.split(' ').length !== fb.split(' ').length) continue;
        if (a.github && b.github && !sameHandle(a.github, b.github)) continue;
        // "Ueda Kaori" for "Kaori Ueda": a two-part name in family-first order is the same person.
        const swapped = fa.split(' ').length === 2 && fa.split(' ').reverse().join(' ') === fb;
        const d = swapped ? 1 : editDistance(fa, fb, 2);
        if (d === 0 || d > (fa.length >= 10 ? 2 : 1)) continue;
        // Keep the better-attested spelling.
        const score = (r: PersonRecord): number => (r.strong ? 100 : 0) + r.offsets.length + (r.github ? 10 : 0);
        if (score(a) >= score(b)) this.merge(a, b);
        else this.merge(b, a);
      }
    }
  }
}
