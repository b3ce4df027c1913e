/** What a link target says about people and groups: GitHub profiles and kubernetes/community group folders. */

/** First path segments on github.com that are not user profiles. */
const GITHUB_NON_PROFILE = new Set([
  'about', 'apps', 'blog', 'collections', 'contact', 'customer-stories', 'enterprise', 'events', 'explore',
  'features', 'join', 'login', 'logout', 'marketplace', 'new', 'notifications', 'orgs', 'organizations',
  'pricing', 'pulls', 'issues', 'search', 'security', 'settings', 'site', 'sponsors', 'topics', 'trending',
  // Well-known organisations linked from community articles (not people).
  'kubernetes', 'kubernetes-sigs', 'kubernetes-client', 'kubernetes-csi', 'kubernetes-retired', 'kubernetes-incubator',
  'etcd-io', 'cncf', 'containerd', 'helm', 'prometheus', 'cri-o', 'opencontainers', 'google', 'microsoft', 'aws',
]);

const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const GROUP_FOLDER = /^(?:sig|wg|committee|ug)-[a-z0-9-]+$/;

function parseUrl(url: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : /^(?:www\.)?github\.com\//i.test(url) ? `https://${url}` : null;
  if (!withScheme) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

function isGithubHost(u: URL): boolean {
  const host = u.hostname.toLowerCase();
  return host === 'github.com' || host === 'www.github.com';
}

function pathSegments(u: URL): string[] {
  return u.pathname.split('/').filter((s) => s !== '');
}

/** `https://github.com/Okabe-Junya` → `okabe-junya`; repository and organisation pages → undefined. */
export function githubProfile(url: string): string | undefined {
  if (!/github\.com/i.test(url)) return undefined;
  const u = parseUrl(url);
  if (!u || !isGithubHost(u)) return undefined;
  const segs = pathSegments(u);
  if (segs.length === 2 && segs[0]?.toLowerCase() === 'sponsors' && HANDLE.test(segs[1] ?? '')) return segs[1]?.toLowerCase();
  if (segs.length !== 1) return undefined;
  const handle = segs[0] ?? '';
  if (!HANDLE.test(handle) || GITHUB_NON_PROFILE.has(handle.toLowerCase())) return undefined;
  return handle.toLowerCase();
}

/** `https://github.com/kubernetes/community/blob/master/sig-etcd/README.md` → `sig-etcd`. */
export function communityGroup(url: string): string | undefined {
  if (!/github\.com\/kubernetes\/community/i.test(url)) return undefined;
  const u = parseUrl(url);
  if (!u || !isGithubHost(u)) return undefined;
  const segs = pathSegments(u);
  if (segs[0]?.toLowerCase() !== 'kubernetes' || segs[1]?.toLowerCase() !== 'community') return undefined;
  // kubernetes/community/(tree|blob)/<branch>/<folder>[/...]
  const folder = segs[2] === 'tree' || segs[2] === 'blob' ? segs[4] : segs[2];
  if (!folder) return undefined;
  const f = folder.toLowerCase();
  return GROUP_FOLDER.test(f) ? f : undefined;
}

/** A LinkedIn profile URL (`linkedin.com/in/<id>`), normalised without query or trailing slash. */
export function linkedinProfile(url: string): string | undefined {
  if (!/linkedin\./i.test(url)) return undefined;
  const u = parseUrl(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const segs = pathSegments(u);
  if (segs[0] !== 'in' || !segs[1]) return undefined;
  return `https://www.linkedin.com/in/${segs[1]}`;
}
