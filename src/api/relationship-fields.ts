/**
 * Every relationship field of the schema, both ways: which graph relationship it follows and
 * from which end. The GraphQL type of a relationship and the names of its two end fields come
 * from the predicate.
 */
import type { Predicate } from '../graph/model.ts';

export type NodeLabel = 'Person' | 'Company' | 'Sig' | 'Project' | 'Article';

export interface RelationshipField {
  predicate: Predicate;
  /** `out`: the parent is the subject; `in`: the object; `both`: either (symmetric predicates). */
  direction: 'out' | 'in' | 'both';
  parent: NodeLabel;
  other: NodeLabel;
}

function field(parent: NodeLabel, predicate: Predicate, direction: RelationshipField['direction'], other: NodeLabel): RelationshipField {
  return { parent, predicate, direction, other };
}

export const RELATIONSHIP_FIELDS = {
  Person: {
    leads: field('Person', 'LEADS', 'out', 'Sig'),
    memberOf: field('Person', 'MEMBER_OF', 'out', 'Sig'),
    worksAt: field('Person', 'WORKS_AT', 'out', 'Company'),
    maintains: field('Person', 'MAINTAINS', 'out', 'Project'),
    contributesTo: field('Person', 'CONTRIBUTES_TO', 'out', 'Project'),
    authored: field('Person', 'AUTHORED', 'out', 'Article'),
    translated: field('Person', 'TRANSLATED', 'out', 'Article'),
    interviewedIn: field('Person', 'INTERVIEWED', 'out', 'Article'),
  },
  Company: {
    employees: field('Company', 'WORKS_AT', 'in', 'Person'),
    develops: field('Company', 'DEVELOPS', 'out', 'Project'),
    partOf: field('Company', 'PART_OF', 'out', 'Company'),
    parts: field('Company', 'PART_OF', 'in', 'Company'),
  },
  Sig: {
    leaders: field('Sig', 'LEADS', 'in', 'Person'),
    members: field('Sig', 'MEMBER_OF', 'in', 'Person'),
    owns: field('Sig', 'OWNS', 'out', 'Project'),
    collaborations: field('Sig', 'COLLABORATES_WITH', 'both', 'Sig'),
    sponsors: field('Sig', 'SPONSORS', 'out', 'Sig'),
    sponsoredBy: field('Sig', 'SPONSORS', 'in', 'Sig'),
    articles: field('Sig', 'ABOUT', 'in', 'Article'),
  },
  Project: {
    maintainers: field('Project', 'MAINTAINS', 'in', 'Person'),
    contributors: field('Project', 'CONTRIBUTES_TO', 'in', 'Person'),
    owners: field('Project', 'OWNS', 'in', 'Sig'),
    developers: field('Project', 'DEVELOPS', 'in', 'Company'),
  },
  Article: {
    authors: field('Article', 'AUTHORED', 'in', 'Person'),
    translators: field('Article', 'TRANSLATED', 'in', 'Person'),
    interviewees: field('Article', 'INTERVIEWED', 'in', 'Person'),
    about: field('Article', 'ABOUT', 'out', 'Sig'),
  },
} as const satisfies Record<NodeLabel, Record<string, RelationshipField>>;

/** The GraphQL type of each predicate and the names of its subject and object fields. */
export const RELATIONSHIP_TYPES: Record<Predicate, { typename: string; subject: string; object: string }> = {
  LEADS: { typename: 'Leadership', subject: 'person', object: 'sig' },
  MEMBER_OF: { typename: 'Membership', subject: 'person', object: 'sig' },
  WORKS_AT: { typename: 'Employment', subject: 'person', object: 'company' },
  MAINTAINS: { typename: 'Maintenance', subject: 'person', object: 'project' },
  CONTRIBUTES_TO: { typename: 'Contribution', subject: 'person', object: 'project' },
  COLLABORATES_WITH: { typename: 'Collaboration', subject: 'from', object: 'to' },
  OWNS: { typename: 'Ownership', subject: 'sig', object: 'project' },
  SPONSORS: { typename: 'Sponsorship', subject: 'sponsor', object: 'sponsored' },
  PART_OF: { typename: 'CompanyPart', subject: 'part', object: 'whole' },
  DEVELOPS: { typename: 'Development', subject: 'company', object: 'project' },
  AUTHORED: { typename: 'Authorship', subject: 'person', object: 'article' },
  TRANSLATED: { typename: 'Translation', subject: 'person', object: 'article' },
  INTERVIEWED: { typename: 'Interview', subject: 'person', object: 'article' },
  ABOUT: { typename: 'Coverage', subject: 'article', object: 'sig' },
};
