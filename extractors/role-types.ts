/** The shapes shared by the role linker's parts: facts it yields, objects and role words it sees. */
import type { Sentence } from '../src/article/types.ts';
import type { Predicate, SigKind } from '../src/extraction/types.ts';
import type { RoleWord } from './lexicon/roles.ts';
import type { Mention } from './mentions/types.ts';

export interface RoleObject {
  type: 'Sig' | 'Project';
  name: string;
  kind?: SigKind;
  aliases: string[];
}

export interface RoleFact {
  p: Predicate;
  role?: string;
  person: string;
  object: RoleObject;
  confidence: number;
  sentence: Sentence;
}

export interface Obj {
  m: Mention;
  type: 'Sig' | 'Project';
}

export interface Trigger {
  start: number;
  end: number;
  word: RoleWord;
  /** For frame patterns: where the object must sit. */
  frame?: { start: number; end: number };
}
