import type { EntityType, SigKind } from '../../src/extraction/types.ts';

/** An entity named inside one piece of plain text (a sentence or paragraph). */
export interface Mention {
  type: EntityType;
  /** Canonical name when the finder knows it ("SIG Contributor Experience"), else the surface form. */
  name: string;
  /** The text as written ("ContribEx", "谷歌", "Benjamin"). */
  surface: string;
  /** Indexes into the searched text. */
  start: number;
  end: number;
  github?: string;
  kind?: SigKind;
}
