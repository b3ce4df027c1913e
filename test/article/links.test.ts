import { describe, expect, it } from 'vitest';
import { communityGroup, githubProfile, linkedinProfile } from '../../src/article/links.ts';

describe('githubProfile', () => {
  it('reads a lower-cased handle from a profile URL', () => {
    expect(githubProfile('https://github.com/Okabe-Junya')).toBe('okabe-junya');
    expect(githubProfile('https://github.com/kfess/')).toBe('kfess');
    expect(githubProfile('http://www.github.com/serathius?tab=repos')).toBe('serathius');
  });
  it('rejects repositories, organisations and other hosts', () => {
    expect(githubProfile('https://github.com/kubernetes/community')).toBeUndefined();
    expect(githubProfile('https://github.com/kubernetes')).toBeUndefined();
    expect(githubProfile('https://github.com/etcd-io/etcd/issues/15875')).toBeUndefined();
    expect(githubProfile('https://gitlab.com/someone')).toBeUndefined();
    expect(githubProfile('https://github.com/features')).toBeUndefined();
    expect(githubProfile('not a url')).toBeUndefined();
  });
});

describe('communityGroup', () => {
  it('finds sig/wg/committee/ug folders of kubernetes/community', () => {
    expect(communityGroup('https://github.com/kubernetes/community/blob/master/sig-etcd/README.md')).toBe('sig-etcd');
    expect(communityGroup('https://github.com/kubernetes/community/tree/master/sig-instrumentation')).toBe('sig-instrumentation');
    expect(communityGroup('https://github.com/kubernetes/community/tree/main/wg-etcd-operator/')).toBe('wg-etcd-operator');
    expect(communityGroup('https://github.com/kubernetes/community/blob/master/committee-steering/README.md')).toBe('committee-steering');
  });
  it('ignores files and other repositories', () => {
    expect(communityGroup('https://github.com/kubernetes/community/blob/master/sig-wg-lifecycle.md')).toBeUndefined();
    expect(communityGroup('https://github.com/kubernetes/website/tree/main/sig-docs')).toBeUndefined();
    expect(communityGroup('https://github.com/kubernetes/community/blob/master/contributors/guide/README.md')).toBeUndefined();
  });
});

describe('linkedinProfile', () => {
  it('normalises profile URLs', () => {
    expect(linkedinProfile('https://www.linkedin.com/in/gunju-kim-916b33190/')).toBe('https://www.linkedin.com/in/gunju-kim-916b33190');
    expect(linkedinProfile('https://linkedin.com/company/x')).toBeUndefined();
  });
});
