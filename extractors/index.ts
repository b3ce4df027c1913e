import type { Extractor } from '../src/extraction/types.ts';

/** All extractors, in run order. */
export const extractors: Extractor[] = [];
