import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { emitRoleFacts } from './role-emit.ts';

/** MAINTAINS and CONTRIBUTES_TO: "maintainer of Prow", "Metrics Serverのプロジェクトリード", "为 Kubernetes 做贡献". */
export const projectRolesExtractor = defineExtractor(
  { id: 'project-roles', description: 'Project maintainers and contributors (MAINTAINS, CONTRIBUTES_TO) from role words linked to people and projects' },
  (article, emit) => emitRoleFacts(article, emit, ['MAINTAINS', 'CONTRIBUTES_TO']),
);
