import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { emitRoleFacts } from './role-emit.ts';

/** LEADS and MEMBER_OF: "a co-chair of SIG ContribEx", "SIG Nodeのレビュアー", "SIG Docs 技术负责人", leader lists. */
export const rolesExtractor = defineExtractor(
  { id: 'roles', description: 'Group leadership and membership (LEADS, MEMBER_OF) from role words linked to people and groups' },
  (article, emit) => emitRoleFacts(article, emit, ['LEADS', 'MEMBER_OF']),
);
