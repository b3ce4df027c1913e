/**
 * The GraphQL operations behind the page and the shapes they return. Page sizes are chosen to
 * stay well inside the API's complexity limit while showing everything a seed-sized or
 * community-sized graph holds.
 */

const FRAGMENTS = `
fragment Ev on Evidence {
  quote confidence channel
  source { kind path }
  article { id title url path date language }
}
fragment Rel on Relationship {
  id role roles confidence sourceKinds evidenceCount
  evidence(first: 3) { ...Ev }
}`;

export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  path: string;
  date: string | null;
  language: string | null;
}

export interface EvidenceData {
  quote: string;
  confidence: number;
  channel: string | null;
  source: { kind: 'ARTICLE' | 'REGISTRY'; path: string };
  article: ArticleRef | null;
}

export interface RelData {
  id: string;
  role: string | null;
  roles: string[];
  confidence: number;
  sourceKinds: string[];
  evidenceCount: number;
  evidence: EvidenceData[];
}

export interface Ref {
  id: string;
  name: string;
}

export type SigKind = 'SIG' | 'WG' | 'COMMITTEE' | 'USERGROUP' | 'OTHER';
export const SIG_KINDS: readonly SigKind[] = ['SIG', 'WG', 'COMMITTEE', 'USERGROUP', 'OTHER'];

export interface Page<T> {
  totalCount: number;
  nodes: T[];
}

// --- network ---------------------------------------------------------------------------------

export const NETWORK = `query Network($kinds: [SigKind!], $minWeight: Float, $isolated: Boolean) {
  sigNetwork(kinds: $kinds, minWeight: $minWeight, includeIsolated: $isolated) {
    nodes { id name kind degree weight sig { leaders { totalCount } members { totalCount } } }
    edges { id source target weight collaboration sponsorship sharedPeople kinds }
  }
  stats { people companies sigs projects articles evidence relationships }
}`;

export interface NetworkNode {
  id: string;
  name: string;
  kind: SigKind;
  degree: number;
  weight: number;
  sig: { leaders: { totalCount: number }; members: { totalCount: number } };
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  collaboration: number;
  sponsorship: number;
  sharedPeople: number;
  kinds: Array<'COLLABORATION' | 'SPONSORSHIP' | 'SHARED_PEOPLE'>;
}

export interface Stats {
  people: number;
  companies: number;
  sigs: number;
  projects: number;
  articles: number;
  evidence: number;
  relationships: number;
}

export interface NetworkData {
  sigNetwork: { nodes: NetworkNode[]; edges: NetworkEdge[] } | null;
  stats: Stats | null;
}

// --- search ----------------------------------------------------------------------------------

export const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 12) {
    edges { score node {
      __typename
      ... on Person { id name github }
      ... on Company { id name }
      ... on Sig { id name kind }
      ... on Project { id name }
      ... on Article { id title path language }
    } }
  }
}`;

export type SearchNode =
  | { __typename: 'Person'; id: string; name: string; github: string | null }
  | { __typename: 'Company'; id: string; name: string }
  | { __typename: 'Sig'; id: string; name: string; kind: SigKind }
  | { __typename: 'Project'; id: string; name: string }
  | { __typename: 'Article'; id: string; title: string | null; path: string; language: string | null };

export interface SearchData {
  search: { edges: Array<{ score: number; node: SearchNode }> } | null;
}

// --- pages -----------------------------------------------------------------------------------

const PERSON_WITH_COMPANIES = `person { id name github worksAt(first: 3) { nodes { ...Rel company { id name } } } }`;

export const SIG_PAGE = `query SigPage($id: ID!) {
  sig(id: $id) {
    id name kind dir aliases articleCount
    leaders(first: 50) { totalCount nodes { ...Rel ${PERSON_WITH_COMPANIES} } }
    members(first: 50) { totalCount nodes { ...Rel ${PERSON_WITH_COMPANIES} } }
    owns(first: 50) { totalCount nodes { ...Rel project { id name } } }
    collaborations(first: 50) { totalCount nodes { ...Rel partner { id name kind } } }
    sponsors(first: 20) { totalCount nodes { ...Rel sponsored { id name kind } } }
    sponsoredBy(first: 20) { totalCount nodes { ...Rel sponsor { id name kind } } }
    articles(first: 20) { totalCount nodes { ...Rel article { id title url path date language } } }
  }
}${FRAGMENTS}`;

export type PersonWithCompanies = Ref & { github: string | null; worksAt: { nodes: Array<RelData & { company: Ref }> } };
type SigRef = Ref & { kind: SigKind };

export interface SigPageData {
  sig:
    | (Ref & {
        kind: SigKind;
        dir: string | null;
        aliases: string[];
        articleCount: number;
        leaders: Page<RelData & { person: PersonWithCompanies }>;
        members: Page<RelData & { person: PersonWithCompanies }>;
        owns: Page<RelData & { project: Ref }>;
        collaborations: Page<RelData & { partner: SigRef }>;
        sponsors: Page<RelData & { sponsored: SigRef }>;
        sponsoredBy: Page<RelData & { sponsor: SigRef }>;
        articles: Page<RelData & { article: ArticleRef }>;
      })
    | null;
}

const ARTICLE_FIELDS = 'article { id title url path date language }';

export const PERSON_PAGE = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name github aliases articleCount
    leads(first: 50) { totalCount nodes { ...Rel sig { id name kind } } }
    memberOf(first: 50) { totalCount nodes { ...Rel sig { id name kind } } }
    worksAt(first: 20) { totalCount nodes { ...Rel company { id name } } }
    maintains(first: 50) { totalCount nodes { ...Rel project { id name } } }
    contributesTo(first: 50) { totalCount nodes { ...Rel project { id name } } }
    authored(first: 20) { totalCount nodes { ...Rel ${ARTICLE_FIELDS} } }
    translated(first: 20) { totalCount nodes { ...Rel ${ARTICLE_FIELDS} } }
    interviewedIn(first: 20) { totalCount nodes { ...Rel ${ARTICLE_FIELDS} } }
  }
}${FRAGMENTS}`;

export interface PersonPageData {
  person:
    | (Ref & {
        github: string | null;
        aliases: string[];
        articleCount: number;
        leads: Page<RelData & { sig: SigRef }>;
        memberOf: Page<RelData & { sig: SigRef }>;
        worksAt: Page<RelData & { company: Ref }>;
        maintains: Page<RelData & { project: Ref }>;
        contributesTo: Page<RelData & { project: Ref }>;
        authored: Page<RelData & { article: ArticleRef }>;
        translated: Page<RelData & { article: ArticleRef }>;
        interviewedIn: Page<RelData & { article: ArticleRef }>;
      })
    | null;
}

export const COMPANY_PAGE = `query CompanyPage($id: ID!) {
  company(id: $id) {
    id name aliases articleCount sigLeaderCount
    employees(first: 100) { totalCount nodes { ...Rel person { id name github leads(first: 5) { nodes { role sig { id name kind } } } } } }
    develops(first: 50) { totalCount nodes { ...Rel project { id name } } }
    partOf(first: 10) { totalCount nodes { ...Rel whole { id name } } }
    parts(first: 20) { totalCount nodes { ...Rel part { id name } } }
  }
}${FRAGMENTS}`;

export interface CompanyPageData {
  company:
    | (Ref & {
        aliases: string[];
        articleCount: number;
        sigLeaderCount: number;
        employees: Page<RelData & { person: Ref & { github: string | null; leads: { nodes: Array<{ role: string | null; sig: SigRef }> } } }>;
        develops: Page<RelData & { project: Ref }>;
        partOf: Page<RelData & { whole: Ref }>;
        parts: Page<RelData & { part: Ref }>;
      })
    | null;
}

export const PROJECT_PAGE = `query ProjectPage($id: ID!) {
  project(id: $id) {
    id name aliases articleCount
    maintainers(first: 50) { totalCount nodes { ...Rel person { id name github } } }
    contributors(first: 50) { totalCount nodes { ...Rel person { id name github } } }
    owners(first: 20) { totalCount nodes { ...Rel sig { id name kind } } }
    developers(first: 20) { totalCount nodes { ...Rel company { id name } } }
  }
}${FRAGMENTS}`;

type PersonRef = Ref & { github: string | null };

export interface ProjectPageData {
  project:
    | (Ref & {
        aliases: string[];
        articleCount: number;
        maintainers: Page<RelData & { person: PersonRef }>;
        contributors: Page<RelData & { person: PersonRef }>;
        owners: Page<RelData & { sig: SigRef }>;
        developers: Page<RelData & { company: Ref }>;
      })
    | null;
}

const NODE_NAME = `id __typename ... on Entity { name } ... on Article { title path }`;

export const ARTICLE_PAGE = `query ArticlePage($id: ID!) {
  article(id: $id) {
    id title url path date language ingestedAt evidenceCount
    authors(first: 20) { nodes { ...Rel person { id name } } }
    translators(first: 20) { nodes { ...Rel person { id name } } }
    interviewees(first: 50) { nodes { ...Rel person { id name } } }
    about(first: 20) { nodes { ...Rel sig { id name kind } } }
    evidence(first: 100) { id predicate role quote confidence channel extractor subject { ${NODE_NAME} } object { ${NODE_NAME} } }
  }
}${FRAGMENTS}`;

export interface NamedNode {
  id: string;
  __typename: string;
  name?: string;
  title?: string | null;
  path?: string;
}

export interface ArticlePageData {
  article:
    | (ArticleRef & {
        ingestedAt: string | null;
        evidenceCount: number;
        authors: { nodes: Array<RelData & { person: Ref }> };
        translators: { nodes: Array<RelData & { person: Ref }> };
        interviewees: { nodes: Array<RelData & { person: Ref }> };
        about: { nodes: Array<RelData & { sig: SigRef }> };
        evidence: Array<{
          id: string;
          predicate: string;
          role: string | null;
          quote: string;
          confidence: number;
          channel: string | null;
          extractor: string;
          subject: NamedNode | null;
          object: NamedNode | null;
        }>;
      })
    | null;
}

/** Both groups of a network edge: what links them (collaboration, sponsorship, shared people). */
export const LINK_PAGE = `query LinkPage($a: ID!, $b: ID!) {
  a: sig(id: $a) {
    id name kind
    leaders(first: 100) { nodes { person { id name } } }
    members(first: 100) { nodes { person { id name } } }
    collaborations(first: 100) { nodes { ...Rel partner { id } } }
    sponsors(first: 50) { nodes { ...Rel sponsored { id } } }
    sponsoredBy(first: 50) { nodes { ...Rel sponsor { id } } }
  }
  b: sig(id: $b) {
    id name kind
    leaders(first: 100) { nodes { person { id name } } }
    members(first: 100) { nodes { person { id name } } }
  }
}${FRAGMENTS}`;

type PeopleOf = { leaders: { nodes: Array<{ person: Ref }> }; members: { nodes: Array<{ person: Ref }> } };

export interface LinkPageData {
  a:
    | (SigRef &
        PeopleOf & {
          collaborations: { nodes: Array<RelData & { partner: { id: string } }> };
          sponsors: { nodes: Array<RelData & { sponsored: { id: string } }> };
          sponsoredBy: { nodes: Array<RelData & { sponsor: { id: string } }> };
        })
    | null;
  b: (SigRef & PeopleOf) | null;
}
