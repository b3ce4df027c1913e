import { describe, expect, it } from 'vitest';
import { canonicalCompany, canonicalProject, findCompanies, findProjects, isCommunitySubproject } from '../../../extractors/mentions/orgs.ts';

const names = (ms: Array<{ name: string }>): string[] => ms.map((m) => m.name);

describe('findCompanies', () => {
  it('takes a Han name ending in 大学, 公司 or 研究所 for an organisation only in brackets or after 来自/就职于', () => {
    expect(names(findCompanies('Ivan Petrov（西湖大学）'))).toEqual(['西湖大学']);
    expect(names(findCompanies('她就职于星云科技，负责存储。'))).toEqual(['星云科技']);
    expect(names(findCompanies('我们公司和他们公司都在用 Kubernetes。'))).toEqual([]);
    expect(names(findCompanies('Radostin Stoyanov（牛津大学）'))).toEqual(['University of Oxford']);
  });

  it('maps names in Japanese and Chinese to the canonical English name', () => {
    expect(names(findCompanies('来自谷歌的工程师和红帽、英特尔的同事'))).toEqual(['Google', 'Red Hat', 'Intel']);
    expect(names(findCompanies('グーグルとサイバーエージェント、筑波大学'))).toEqual(['Google', 'CyberAgent', 'University of Tsukuba']);
  });

  it('strips legal suffixes and folds case variants', () => {
    expect(names(findCompanies('Keita（NTT DATA Group Corporation） and Yoshiki (CyberAgent, Inc.)'))).toEqual(['NTT DATA', 'CyberAgent']);
    expect(names(findCompanies('a Software Engineer at VMWare'))).toEqual(['VMware']);
    expect(names(findCompanies('a software engineer at Tetrate.io.'))).toEqual(['Tetrate']);
  });

  it('gives indexes into the text', () => {
    const [m] = findCompanies('I work at Red Hat.');
    expect(m).toMatchObject({ name: 'Red Hat', surface: 'Red Hat', start: 10, end: 17 });
  });

  it('finds organisations the lexicon does not know only in precise patterns', () => {
    expect(names(findCompanies('I ended up at a startup called Zentrix in 2016.'))).toEqual(['Zentrix']);
    expect(names(findCompanies('She joined Quorra Labs, Inc. last year.'))).toEqual(['Quorra Labs']);
    expect(names(findCompanies('We met Zentrix people at the booth.'))).toEqual([]);
  });

  it('does not take products or programmes named after a company for the company', () => {
    expect(names(findCompanies('He joined Google Summer of Code and runs Google Kubernetes Engine clusters.'))).toEqual([]);
  });

  it('respects case for names that are also ordinary words', () => {
    expect(names(findCompanies('the canonical name of a buoyant market'))).toEqual([]);
    expect(names(findCompanies('Canonical and Buoyant'))).toEqual(['Canonical', 'Buoyant']);
  });

  it('resolves spellings to canonical names', () => {
    expect(canonicalCompany('谷歌')).toBe('Google');
    expect(canonicalCompany('CyberAgent, Inc.')).toBe('CyberAgent');
    // A company written in two scripts: either spelling names it, and two different companies name none.
    expect(canonicalCompany('DaoCloud 道客')).toBe('DaoCloud');
    expect(canonicalCompany('华为 (Huawei)')).toBe('Huawei');
    expect(canonicalCompany('Google 华为')).toBeUndefined();
    expect(canonicalCompany('Amazon Web Services')).toBe('AWS');
    expect(canonicalCompany('Nobody Inc.')).toBeUndefined();
  });
});

describe('findProjects', () => {
  it('reads a project spelled as an English word as the project, except in the word\'s idioms', () => {
    expect(names(findProjects('We run kind clusters in CI; KinD and KIND too.'))).toEqual(['Kind', 'Kind', 'Kind']);
    expect(names(findProjects('funding for audits, that kind of thing'))).toEqual([]);
    expect(names(findProjects('a kind of magic'))).toEqual([]);
  });

  it('matches separators loosely and returns canonical names', () => {
    expect(names(findProjects('the Kubernetes Metrics Server and metrics-server'))).toEqual(['Metrics Server', 'Metrics Server']);
    expect(names(findProjects('Konnectivity proxy\nprojectなど'))).toEqual(['Konnectivity']);
    expect(names(findProjects('リリース・チームとリリース・エンジニアリング'))).toEqual(['Release Team', 'Release Engineering']);
  });

  it('does not read a group, a domain or a hyphenated word as the project', () => {
    expect(names(findProjects('SIG etcd, etcd sig and the etcd Operator Working Group'))).toEqual([]);
    expect(names(findProjects('see etcd-io on etcd.io'))).toEqual([]);
    expect(names(findProjects('在etcd-io组织下开发etcd'))).toEqual(['etcd']);
  });

  it('accepts everyday-word subprojects only next to a subproject cue', () => {
    expect(names(findProjects('the elections subproject and the 本地化子项目'))).toEqual(['Elections', 'Localization']);
    expect(names(findProjects('community elections and localization efforts'))).toEqual([]);
    expect(names(findProjects('figure out what is in scope for instrumentation subprojects'))).toEqual([]);
  });

  it('finds unknown subprojects and projects by pattern', () => {
    expect(names(findProjects('in the SIG ContribEx Upstream Marketing subproject'))).toEqual(['Upstream Marketing']);
    expect(names(findProjects('ZorkというプロジェクトをCNCFに寄贈しました'))).toEqual(['Zork']);
  });

  it('knows which projects are community subprojects', () => {
    expect(canonicalProject('kube-state-metrics')).toBe('kube-state-metrics');
    expect(isCommunitySubproject('Prow')).toBe(true);
    expect(isCommunitySubproject('Istio')).toBe(false);
  });
});
