import type { Extractor } from '../src/extraction/types.ts';
import { frontMatterExtractor } from './front-matter.ts';
import { interviewExtractor } from './interview.ts';
import { rolesExtractor } from './roles.ts';
import { projectRolesExtractor } from './project-roles.ts';
import { employment } from './employment.ts';
import { companyRelations } from './company-relations.ts';
import { groupRelations } from './group-relations.ts';
import { groupOwnership } from './group-owns.ts';

/** All extractors, in run order. */
export const extractors: Extractor[] = [frontMatterExtractor, interviewExtractor, rolesExtractor, projectRolesExtractor, employment, companyRelations, groupRelations, groupOwnership];
