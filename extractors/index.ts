import type { Extractor } from '../src/extraction/types.ts';
import { frontMatterExtractor } from './front-matter.ts';
import { interviewExtractor } from './interview.ts';

/** All extractors, in run order. */
export const extractors: Extractor[] = [frontMatterExtractor, interviewExtractor];
