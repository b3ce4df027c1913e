/**
 * Role words in English, Japanese and Chinese: the nouns that name a position in a group or
 * project ("co-chair", "テックリード", "技术负责人") and the verbs that state participation
 * ("contributed to", "に携わり", "为 … 做贡献"). Each maps to a role class; the class and the
 * type of the object (group or project) decide the predicate, see `relationFor`.
 *
 * Patterns are regular-expression sources, compiled once by the linker. English patterns are
 * matched case-insensitively unless `caseSensitive` is set.
 */
import type { Predicate } from '../../src/extraction/types.ts';

/** What a role word says about its holder. */
export type RoleClass =
  | 'chair'
  | 'co-chair'
  | 'tech-lead'
  | 'lead'
  | 'reviewer'
  | 'approver'
  | 'member'
  | 'contributor'
  | 'maintainer'
  | 'creator'
  /** Joined / active in / part of: a member of a group, a contributor to a project. */
  | 'participant';

export type RoleLang = 'en' | 'ja' | 'zh';

/**
 * Where a role word finds its object:
 * - `noun`: a position; the object is "of/for X" after it (en), or "X の"/"X 的"/"X " before it.
 * - `verbRight`: the object follows ("contributed to X", "参与 X", "所属する X").
 * - `verbLeft`: the object precedes with a particle ("X に貢献", "X には…関わり").
 * - `frame`: the object sits inside the pattern's own frame ("为 X 做贡献", "在 X 工作"); the
 *   pattern has exactly one capture group (a short stretch without clause punctuation) that must hold the object.
 */
export type RoleShape = 'noun' | 'verbRight' | 'verbLeft' | 'frame';

export interface RoleWord {
  lang: RoleLang;
  pattern: string;
  cls: RoleClass;
  shape: RoleShape;
  /** Plural noun: may be distributed over a list of people ("the co-chairs, A, B and C"). */
  plural?: boolean;
  caseSensitive?: boolean;
  /** Only projects can be its object ("maintainer", "creator"); only groups ("所属"). */
  objects?: 'project' | 'group';
  /** English bare "lead"/"leads" is also a verb or "lead to": the noun needs a determiner or "of/for". */
  needsNounContext?: boolean;
  /** Only as a predicate ("X is part of Y", "X, part of Y"), never as an adverbial ("as part of Y"). */
  needsCopula?: boolean;
  /** Its holders may follow after a comma: "the co-chairs, A, B and C", "the Ambassador role, Arsh Sharma". */
  namesFollow?: boolean;
  /** A left-object verb that may also precede its object ("所属する SIG X"): the gap allowed after it. */
  alsoRight?: string;
}

const en = (pattern: string, cls: RoleClass, shape: RoleShape, extra: Partial<RoleWord> = {}): RoleWord => ({
  lang: 'en',
  pattern,
  cls,
  shape,
  ...extra,
});
const ja = (pattern: string, cls: RoleClass, shape: RoleShape, extra: Partial<RoleWord> = {}): RoleWord => ({
  lang: 'ja',
  pattern,
  cls,
  shape,
  ...extra,
});
const zh = (pattern: string, cls: RoleClass, shape: RoleShape, extra: Partial<RoleWord> = {}): RoleWord => ({
  lang: 'zh',
  pattern,
  cls,
  shape,
  ...extra,
});

const ADV = '(?:\\s+(?:significantly|actively|regularly|heavily|extensively|mainly|mostly|primarily|also|consistently|directly|continuously|occasionally|a\\s+lot|a\\s+fair\\s+amount|quite\\s+a\\s+bit|a\\s+great\\s+deal|code|patches))*';

export const ROLE_WORDS: RoleWord[] = [
  // English positions.
  en('co-?chair(?:person|woman|man)?', 'co-chair', 'noun'),
  en('co-?chair(?:persons|s)', 'co-chair', 'noun', { plural: true }),
  en('chair(?:person|woman|man)?', 'chair', 'noun'),
  en('chair(?:persons|s)', 'chair', 'noun', { plural: true }),
  en('tech(?:nical)?\\s+lead', 'tech-lead', 'noun'),
  en('tech(?:nical)?\\s+leads', 'tech-lead', 'noun', { plural: true }),
  en('TL', 'tech-lead', 'noun', { caseSensitive: true }),
  en('TLs', 'tech-lead', 'noun', { caseSensitive: true, plural: true }),
  en('co-?lead', 'lead', 'noun'),
  en('co-?leads', 'lead', 'noun', { plural: true }),
  en('(?:sub-?)?project\\s+lead', 'lead', 'noun'),
  en('(?:sub-?)?project\\s+leads', 'lead', 'noun', { plural: true }),
  en('lead', 'lead', 'noun', { needsNounContext: true }),
  en('leads', 'lead', 'noun', { needsNounContext: true, plural: true }),
  en('leader', 'lead', 'noun'),
  en('leaders', 'lead', 'noun', { plural: true }),
  en('facilitator', 'lead', 'noun'),
  en('facilitators', 'lead', 'noun', { plural: true }),
  // Working groups have organizers where SIGs have chairs.
  en('organi[sz]er', 'lead', 'noun', { objects: 'group' }),
  en('organi[sz]ers', 'lead', 'noun', { objects: 'group', plural: true }),
  // "the StatefulSet controller's OWNERS file" is a file, not its owners.
  en('(?:sub-?project\\s+)?owner(?!s?\\s+files?\\b)', 'lead', 'noun', { objects: 'project' }),
  en('(?:sub-?project\\s+)?owners(?!\\s+files?\\b)', 'lead', 'noun', { objects: 'project', plural: true }),
  en('reviewer', 'reviewer', 'noun'),
  en('reviewers', 'reviewer', 'noun', { plural: true }),
  en('approver', 'approver', 'noun'),
  en('approvers', 'approver', 'noun', { plural: true }),
  en('member', 'member', 'noun'),
  en('members', 'member', 'noun', { plural: true }),
  en('shadow', 'member', 'noun'),
  // "a Release Manager in SIG Release": a named position in the group.
  en('(?:release|branch|patch)\\s+managers?', 'member', 'noun', { objects: 'group' }),
  // A named position inside a group: "the first occupant of the New Contributor Ambassador role, Arsh Sharma".
  en('(?:[A-Z][\\w-]*\\s+){1,4}role', 'member', 'noun', { caseSensitive: true, namesFollow: true }),
  en('shadows', 'member', 'noun', { plural: true }),
  en('contributor', 'contributor', 'noun'),
  en('contributors', 'contributor', 'noun', { plural: true }),
  // "volunteers on the Contributor Comms team".
  en('volunteer', 'contributor', 'noun', { objects: 'project' }),
  en('volunteers', 'contributor', 'noun', { objects: 'project', plural: true }),
  // "most of her upstream time outside of SIG meetings goes into containerd" (not "our energy": the group's).
  en('(?<!\\bour\\s)(?<!\\bour\\s[\\w-]{1,20}\\s)(?:time|hours|energy|effort|week|weeks|days)\\s+(?:[\\w-]+\\s+){0,5}?(?:goes|go|went)\\s+(?:in)?to\\s+(?:the\\s+)?([^,.;]{1,40}?)(?=\\s+(?:itself|herself|himself|themselves|myself|ourselves)\\b|[,.;]|\\s+(?:and|when|since|as)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  // "She also sends the occasional fix to Cluster API itself".
  en('(?:sends?|sent|sending)\\s+(?:the\\s+)?(?:(?:a\\s+)?(?:steady\\s+)?(?:trickle|stream)\\s+of\\s+|occasional\\s+|a\\s+few\\s+|a\\s+handful\\s+of\\s+|a\\s+couple\\s+of\\s+|several\\s+|some\\s+|many\\s+|small\\s+|odd\\s+)*(?:fix(?:es)?|patch(?:es)?|PRs|pull\\s+requests|changes)\\s+(?:up(?:stream)?\\s+)?to\\s+(?:the\\s+)?([^,.;]{1,40}?)(?=\\s+(?:itself|herself|himself|themselves|myself|ourselves)\\b|[,.;]|\\s+(?:and|when|since|as|now\\s+and\\s+then|from\\s+time\\s+to\\s+time|every|occasionally|regularly|too|as\\s+well|these\\s+days|whenever)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  en('maintainer', 'maintainer', 'noun', { objects: 'project' }),
  // "是 containerd 的 committer 之一", "one of the etcd committers".
  en('committer', 'maintainer', 'noun', { objects: 'project' }),
  en('committers', 'maintainer', 'noun', { objects: 'project', plural: true }),
  en('maintainers', 'maintainer', 'noun', { objects: 'project', plural: true }),
  en('(?:co-?)?creator', 'creator', 'noun', { objects: 'project' }),
  en('(?:co-?)?creators', 'creator', 'noun', { objects: 'project', plural: true }),
  en('(?:co-?)?founder', 'creator', 'noun', { objects: 'project' }),
  en('(?:co-?)?founders', 'creator', 'noun', { objects: 'project', plural: true }),
  // English verbs.
  // "has kept contributing, both to lib-volume-populator itself and to csi-driver-host-path".
  en(`contribut(?:e|es|ed|ing)${ADV}(?:,?\\s+both)?\\s+(?:to|towards|in)`, 'contributor', 'verbRight'),
  // "My first pull request to kubernetes/website was the Pods page".
  en('first\\s+(?:real\\s+|ever\\s+|upstream\\s+)?(?:PRs?|pull\\s+requests?|patch(?:es)?|commits?|contributions?)\\s+(?:to|in|into|against)', 'contributor', 'verbRight', { objects: 'project' }),
  en(`(?:contributions?|commits?)${ADV}\\s+(?:to|towards)`, 'contributor', 'verbRight'),
  en('contribution\\s+(?:was|is)', 'contributor', 'verbRight'),
  en('work(?:s|ed|ing)?\\s+(?:full[- ]time\\s+|part[- ]time\\s+)?on', 'contributor', 'verbRight', { objects: 'project' }),
  // "She took on kube-proxy almost single-handedly", "co-owns the descheduler with me".
  en('(?:took|takes|taking)\\s+on', 'contributor', 'verbRight', { objects: 'project' }),
  en('co-?own(?:s|ed)?', 'maintainer', 'verbRight', { objects: 'project' }),
  // "has contributed several fixes to the Horizontal Pod Autoscaler".
  en('contribut(?:e|es|ed|ing)\\s+(?:a\\s+few\\s+|several\\s+|some\\s+|many\\s+|numerous\\s+|a\\s+number\\s+of\\s+)?(?:small\\s+)?(?:fix(?:es)?|patch(?:es)?|PRs?|changes|features?|improvements?)\\s+(?:to|in|for)', 'contributor', 'verbRight', { objects: 'project' }),
  // "her name had been added to Kubespray's reviewers file".
  en('added\\s+to\\s+(?:the\\s+)?([A-Za-z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})[\'’]s?\\s+reviewers\\s+(?:file|list)', 'reviewer', 'frame', { objects: 'project' }),
  en('added\\s+to\\s+(?:the\\s+)?([A-Za-z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})[\'’]s?\\s+approvers\\s+(?:file|list)', 'approver', 'frame', { objects: 'project' }),
  // "a regular at WG Policy meetings", "sat in on most WG LTS meetings".
  en('regular\\s+(?:at|in)\\s+(?:most\\s+|all\\s+|many\\s+)?(?:of\\s+)?(?:the\\s+)?([^,.;]{1,40}?)(?:\\s+(?:meetings|calls|syncs)\\b|(?=\\s*[,.;]|\\s+(?:and|since|for)\\b|$))', 'participant', 'frame', { objects: 'group' }),
  // "Kwame has been a fixture in SIG Release for years", "she came in through SIG CLI".
  en('fixture\\s+(?:in|at|of)', 'participant', 'verbRight', { objects: 'group' }),
  en('(?:came|come|comes|got)\\s+in\\s+(?:through|via)', 'participant', 'verbRight', { objects: 'group' }),
  // "most of his community time goes to SIG Storage": a group's share of someone's time.
  en('(?<=\\b(?:my|his|her)\\s+(?:[\\w-]+\\s+){0,2})(?:time|energy|hours)\\s+(?:goes|went)\\s+(?:in)?to(?=\\s+(?:the\\s+)?(?:SIG|WG)\\b)', 'participant', 'verbRight', { objects: 'group' }),
  // "Chiara Benedetti, who co-organizes WG Device Management".
  en('(?:co-?)?organi[sz](?:es|ed|ing)', 'lead', 'verbRight', { objects: 'group' }),
  en('s(?:at|its?|itting)\\s+in\\s+on\\s+(?:most\\s+|all\\s+|many\\s+)?(?:of\\s+)?(?:the\\s+)?([^,.;]{1,40}?)\\s+(?:meetings|calls|syncs)\\b', 'participant', 'frame', { objects: 'group' }),
  // "I write for the Contributor Comms team of SIG Contributor Experience", "volunteering with SIG ContribEx's mentoring team".
  // "writes for the Contributor Comms team", "volunteers with the Contributor Comms subproject": a project too.
  en('(?:writes?|wrote|writing|volunteer(?:s|ed|ing)?)\\s+(?:for|with|on|in)', 'participant', 'verbRight'),
  // "Omar works at Upbound on Crossplane".
  en('work(?:s|ed|ing)?\\s+at\\s+[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*)?\\s+on', 'contributor', 'verbRight', { objects: 'project' }),
  // "she now helps review the About API".
  en('(?:help(?:s|ed|ing)?\\s+)review(?:s|ed|ing)?', 'reviewer', 'verbRight', { objects: 'project' }),
  // "He spends most of his time on the kubelet".
  // "I also spend a fair amount of time on AIBrix".
  // "I spent most of 2022 and 2023 on ValidatingAdmissionPolicy", "has spent most of his time since on pkgs.k8s.io".
  en('spen(?:d|ds|t|ding)\\s+(?:most|much|all|part|a\\s+lot)\\s+of\\s+(?:(?:my|his|her|their|the|last|that|this)\\s+)?(?:time|year|years|week|weeks|days|\\d{4}(?:\\s+and\\s+\\d{4})?)(?:\\s+since)?\\s+on', 'contributor', 'verbRight', { objects: 'project' }),
  // "spending roughly three years of my life on bound service account tokens".
  en('spen(?:d|ds|t|ding)\\s+(?:(?:roughly|about|almost|nearly|over|more\\s+than)\\s+)?(?:two|three|four|five|six|\\d+|a\\s+few|several|many)\\s+(?:years|months|(?:release\\s+)?cycles)(?:\\s+of\\s+(?:my|his|her|their)\\s+life)?\\s+on', 'contributor', 'verbRight', { objects: 'project' }),
  en('spen(?:d|ds|t|ding)\\s+(?:(?:a\\s+)?(?:fair|good|large|huge|decent)\\s+(?:amount|chunk|share|bit|deal)\\s+of\\s+|a\\s+lot\\s+of\\s+|(?:most|much|part)\\s+of\\s+)?(?:(?:my|his|her|their|our)\\s+)?(?:upstream\\s+)?time\\s+on', 'contributor', 'verbRight', { objects: 'project' }),
  // "I've landed a few fixes in containerd's Windows snapshotter", "he had a merged pull request in kubectl".
  en('(?:(?:landed|merged)\\s+(?:a\\s+few\\s+|a\\s+couple\\s+of\\s+|a\\s+handful\\s+of\\s+|several\\s+|some\\s+|many\\s+|a\\s+|the\\s+occasional\\s+)?|(?:had|has|have|got)\\s+(?:a|his|her|their|my|our)\\s+(?:first\\s+)?merged\\s+)(?:small\\s+)?(?:fix(?:es)?|patch(?:es)?|PRs?|pull\\s+requests?|changes|commits)\\s+(?:in(?:to)?|to|for|against)\\s+(?:the\\s+)?([^,.;]{1,40}?)(?=\\s+(?:itself|herself|himself|themselves|myself|ourselves)\\b|[,.;]|\\s+(?:and|when|since|as|over|back|fixing|that|which)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  // "My first real PRs were in Cluster API", "My first Kubernetes PR was a fix for …".
  en('first\\s+(?:real\\s+|ever\\s+|upstream\\s+)?(?:PRs?|pull\\s+requests?|patch(?:es)?|commits?|contributions?)\\s+(?:was|were|went)\\s+(?:in(?:to)?|to|for|against)\\s+(?:the\\s+)?([^,.;]{1,40}?)(?=[,.;]|\\s+(?:and|when|since|as|back|in\\s+\\d)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  en('first\\s+(?:real\\s+|ever\\s+|upstream\\s+)?([A-Za-z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})\\s+(?:PR|pull\\s+request|patch|commit)\\b', 'contributor', 'frame', { objects: 'project' }),
  // "Most of my time goes into krel".
  // (Only one person's time: "most of our energy goes into X" is the group's work.)
  // "most of my open source time went into SPIRE".
  en('(?<=\\b(?:my|his|her)\\s+)(?:(?:open[- ]source|upstream|spare|free)\\s+)?(?:time|energy|effort)\\s+(?:goes|went|has\\s+gone)\\s+(?:into|to|towards)', 'contributor', 'verbRight', { objects: 'project' }),
  en('(?:got\\s+|been\\s+|was\\s+|were\\s+|became\\s+|am\\s+|is\\s+|are\\s+)?(?:involved|engaged)\\s+(?:in|with)', 'participant', 'verbRight'),
  en('active\\s+(?:in|on|within|with)', 'participant', 'verbRight'),
  // "I'm on the Portworx team at Pure Storage": the team that builds a project.
  // ("on the Azure team", "the AWS team": a cloud's team is a part of a company, not a project's.)
  en('(?:on|in|joined)\\s+the\\s+(?!(?:Azure|AWS|GCP|Google\\s+Cloud|Alibaba\\s+Cloud|Huawei\\s+Cloud|Tencent\\s+Cloud|IBM\\s+Cloud|Oracle\\s+Cloud)\\s+team\\b)([A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})\\s+team\\b', 'contributor', 'frame', { objects: 'project', caseSensitive: true }),
  // "Upstream I hang out in SIG Node and in WG Device Management".
  en('(?:hang(?:s|ing)?|hung)\\s+out\\s+(?:in|with|on)', 'participant', 'verbRight', { objects: 'group' }),
  // "I own the windows-operational-readiness subproject": a subproject's owner leads it.
  en('own(?:s|ed)?(?=\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+sub-?project\\b)', 'lead', 'verbRight', { objects: 'project' }),
  // "I help out with Contributor Comms in SIG ContribEx".
  en('help(?:s|ed|ing)?\\s+out\\s+(?:with|on|in)', 'participant', 'verbRight'),
  // "I started contributing to Kubernetes in 2016, mostly in SIG API Machinery".
  en('(?:mostly|mainly|primarily|largely)\\s+in', 'participant', 'verbRight', { objects: 'group' }),
  en('joined', 'participant', 'verbRight'),
  en('started\\s+(?:out\\s+)?(?:in|with)', 'participant', 'verbRight', { objects: 'group' }),
  en('part\\s+of', 'participant', 'verbRight', { needsCopula: true }),
  en('belong(?:s|ed)?\\s+to', 'participant', 'verbRight', { objects: 'group' }),
  en('serv(?:e|es|ed|ing)\\s+(?:on|in)', 'participant', 'verbRight', { objects: 'group' }),
  // "I spent a couple of years in SIG Scalability", "He has stayed in SIG Release since", "My upstream home is SIG CLI".
  en('spen(?:d|ds|t)\\s+(?:a\\s+(?:couple|few)\\s+of\\s+|several\\s+|many\\s+|\\w+\\s+)?years?\\s+(?:in|with)', 'participant', 'verbRight', { objects: 'group' }),
  en('stayed\\s+(?:on\\s+)?in', 'participant', 'verbRight', { objects: 'group' }),
  en('(?<=\\b(?:my|his|her|their)\\s+(?:upstream\\s+|community\\s+)?)home\\s+(?:in\\s+the\\s+community\\s+)?(?:is|was|has\\s+been)', 'participant', 'verbRight', { objects: 'group' }),
  // "who was elected to Steering last year", "re-elected to the Steering Committee".
  en('(?:re-?)?elected\\s+to', 'member', 'verbRight', { objects: 'group' }),
  // "I've been on the committee since 2023".
  en('been\\s+on', 'participant', 'verbRight', { objects: 'group' }),
  en('(?:co-?)?maintain(?:s|ed|ing)?', 'maintainer', 'verbRight', { objects: 'project' }),
  // "added support to the Vertical Pod Autoscaler".
  en('add(?:s|ed|ing)?\\s+(?:\\w+\\s+)?support\\s+(?:to|for|in)', 'contributor', 'verbRight', { objects: 'project' }),
  // "fixed a bug in the Cluster Autoscaler", "fixing flaky tests in kubeadm".
  en('fix(?:ed|es|ing)?\\s+(?:a\\s+|some\\s+|the\\s+|many\\s+|several\\s+)?(?:bugs?|issues?|(?:flaky\\s+)?tests?)\\s+in\\s+(?:the\\s+)?([^,.;]{1,40}?)(?=[,.;]|\\s+(?:and|for|since|when|as|at)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  // "doing most of the kubelet implementation".
  en('(?:did|doing|does|do)\\s+(?:most|much|all|part|some)\\s+of\\s+the\\s+([^,.;]{1,40}?)\\s+(?:implementation|coding)', 'contributor', 'frame', { objects: 'project' }),
  // "co-authored one of the central KEPs behind Dynamic Resource Allocation (DRA)": a design proposal for it.
  en('(?:co-?)?(?:authored|wrote|drafted)\\s+(?:one\\s+of\\s+)?(?:the\\s+|a\\s+|two\\s+|several\\s+)?(?:[\\w-]+\\s+){0,2}?KEPs?\\s+(?:behind|for|on|of)\\s+(?:the\\s+)?([^,.;]{1,50}?)(?=[,.;]|\\s+(?:and|in|since|with)\\b|$)', 'contributor', 'frame', { objects: 'project' }),
  // "I co-authored the Pod Certificates KEP", "one of the authors of the KMS v2 KEP": the feature the KEP proposes.
  en('(?:co-?)?(?:authored|wrote|drafted|co-wrote)\\s+(?:the\\s+|a\\s+)?((?:[A-Z][\\w.-]*|v\\d+)(?:\\s+(?:[A-Z][\\w.-]*|v\\d+|and)){0,4}?)\\s+KEPs?\\b', 'contributor', 'frame', { objects: 'project', caseSensitive: true }),
  en('(?:one\\s+of\\s+)?the\\s+(?:co-?)?authors?\\s+of\\s+the\\s+((?:[A-Z][\\w.-]*|v\\d+)(?:\\s+(?:[A-Z][\\w.-]*|v\\d+|and)){0,4}?)\\s+KEPs?\\b', 'contributor', 'frame', { objects: 'project' }),
  // "Sophie Laurent, who reviews for SIG Docs".
  en('review(?:s|ed|ing)?\\s+(?:(?:code|changes|pull\\s+requests|PRs)\\s+)?(?:for|in)', 'reviewer', 'verbRight'),
  // "SIG Network, where she now reviews changes to the NetworkPolicy API".
  en('review(?:s|ed|ing)?\\s+(?:code|changes|pull\\s+requests|PRs)\\s+(?:to|of)(?:\\s+the)?', 'reviewer', 'verbRight'),
  en('review(?:s|ed|ing)?\\s+(?:code|changes|pull\\s+requests|PRs)(?=\\s*[.,;]|\\s+(?:there|now|regularly|every|daily|weekly)\\b)', 'reviewer', 'verbRight'),
  // "he also still reviews Submariner pull requests": the project named before what is reviewed.
  en('review(?:s|ed|ing)?\\s+([A-Za-z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})\\s+(?:pull\\s+requests|PRs)\\b', 'reviewer', 'frame', { objects: 'project' }),
  en('(?:co-?)?(?:leads|leading|led)', 'lead', 'verbRight'),
  // "Both co-lead the working group": the plural verb (taken over the noun only after a subject word).
  en('co-?lead', 'lead', 'verbRight'),
  // "I lead the Release Engineering subproject": the plain verb after its subject.
  en('lead', 'lead', 'verbRight', { objects: 'project' }),
  en('(?:co-?)?chair(?:s|ed|ing)', 'chair', 'verbRight', { objects: 'group' }),
  // "A and B, who co-chair SIG X": the plural verb (taken over the noun only after a subject word).
  en('(?:co-?)?chair', 'chair', 'verbRight', { objects: 'group' }),
  en('(?:co-?)?(?:created|founded|started|launched|initiated)', 'creator', 'verbRight', { objects: 'project' }),
  en('(?:co-?)?(?:authored|wrote)', 'contributor', 'verbRight', { objects: 'project' }),
  // "the original author of the volume snapshot feature": who created a project.
  en('original\\s+(?:author|creator)', 'creator', 'noun', { objects: 'project' }),

  // Japanese positions ("SIG etcdのテックリード", "PipeCDのメンテナ").
  ja('共同チェア|共同議長|共同座長|コチェア', 'co-chair', 'noun'),
  ja('チェアパーソン|チェアマン|チェア|議長|座長', 'chair', 'noun'),
  ja('テックリード|テクニカルリード|技術リード', 'tech-lead', 'noun'),
  ja('サブプロジェクトリード|プロジェクトリード|共同リード|リード|リーダー|ファシリテーター', 'lead', 'noun'),
  ja('サブプロジェクトオーナー|オーナー', 'lead', 'noun', { objects: 'project' }),
  ja('オーガナイザー', 'lead', 'noun', { objects: 'group' }),
  ja('レビュアー|レビューア|レビューワー|レビュワー', 'reviewer', 'noun'),
  ja('アプルーバー|アプローバー|承認者', 'approver', 'noun'),
  ja('アソシエイトメンバー|コアメンバー|正式メンバー|メンバー|構成員', 'member', 'noun'),
  ja('シャドウ|リリースマネージャー', 'member', 'noun'),
  ja('コントリビューター|コントリビュータ|貢献者', 'contributor', 'noun'),
  ja('メンテナー|メンテナ|メンテナンサー', 'maintainer', 'noun', { objects: 'project' }),
  ja('創設者|創始者|作成者|作者|生みの親', 'creator', 'noun', { objects: 'project' }),
  // Japanese verbs: the object comes first, marked by に/へ/で/を.
  ja('コントリビュート|コントリビューション|貢献|取り組|携わ|関わ|従事|参画|参加', 'participant', 'verbLeft'),
  ja('活動', 'participant', 'verbLeft'),
  ja('所属', 'participant', 'verbLeft', { objects: 'group', alsoRight: '^(?:する|している|していた|した)\\s*$' }),
  ja('から始ま', 'participant', 'verbLeft', { objects: 'group' }),
  // "その前はSIG Networkにいて": having been in a group.
  ja('(?<=[A-Za-z0-9）]に)い(?=て|た|ました|ます)', 'participant', 'verbLeft', { objects: 'group' }),
  // "最初に関わったのはSIG Authではなく、SIG Windowsでした": the group the cleft names.
  ja('(?:関わった|参加した|入った|所属した)のは、?(?:[^。、]{1,30}?ではなく、)?([^。、]{1,40}?)(?:でした|です|だった)', 'participant', 'frame', { objects: 'group' }),
  // "コミュニティには、もともとSIG Testingから参加しました": the group one came in through.
  ja('(?<=[A-Za-z0-9)）])から(?:参加|入り|入っ)', 'participant', 'verbLeft', { objects: 'group' }),
  ja('メンテナンス|保守', 'maintainer', 'verbLeft', { objects: 'project' }),
  // "Metrics Serverとprometheus-adapterのメンテナンスを担当".
  ja('のメンテナンス(?:を|も)?(?:担当|し|行|やっ)', 'maintainer', 'verbLeft', { objects: 'project' }),
  // "kubeadmとkOpsのレビューも担当しています": reviewing the projects.
  ja('の(?:コード)?レビュー(?:も|を)?(?:担当|し|行|やっ)', 'reviewer', 'verbLeft', { objects: 'project' }),
  // "kubeletのバグを修正した": fixing a project's bugs is contributing to it.
  // "client-goのinformerのバグを2019年に直した".
  ja('の(?:[^。、をが]{1,14}?の)?(?:バグ|不具合)を(?:[^。、を]{0,8}?)?(?:修正|直)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "StatefulSetの設計に関わり": designing or building a project is contributing to it.
  ja('の(?:設計|開発|実装)に(?:関わ|携わ|参加)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "ValidatingAdmissionPolicyのGA化に取り組みました", "Cluster APIのコードにも少しずつ手を出しています".
  ja('の(?:GA化|ベータ化|安定化|改善|機能追加|移行)に(?:も)?取り組', 'contributor', 'verbLeft', { objects: 'project' }),
  // "KMS v2のKEPの著者のひとり", "Pod CertificatesのKEPを共同で執筆".
  ja('のKEPの(?:共同)?(?:著者|執筆者|作成者)|のKEPを(?:共同で)?(?:書|執筆|作成)', 'contributor', 'verbLeft', { objects: 'project' }),
  ja('の(?:コード)?に(?:も)?(?:少しずつ|少し|ちょっと|時々)?手を出', 'contributor', 'verbLeft', { objects: 'project' }),
  // "etcd-operatorのバックアップ機能まわりのPRをいくつか書いてきました".
  ja('の[^。、をが]{0,14}?(?:PR|プルリクエスト|パッチ)を(?:いくつか|何本か|たくさん|\\s)*(?:書|送|出)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "pkgs.k8s.ioのリポジトリ署名鍵のローテーションを担当しました": a piece of a project's work.
  ja('の(?![^。、を]*?(?:レビュ|アプルーバー|アプローバー|承認者|メンテナ|リード|チェア|メンバー|オーナー|シャドウ|マネージャー|approver|reviewer|maintainer|lead|owner|shadow))[^。、をがはも]{1,20}?を(?:担当し|担当して|担っ|手がけ|手掛け)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "毎週WG Servingのミーティングに参加しています": attending a group's meetings.
  ja('の(?:定例|週次|隔週)?(?:ミーティング|会議|例会|定例会)(?:に|へ)(?:は|も)?(?:毎回|毎週|欠かさず|よく|ほぼ|今も|いつも|ずっと|必ず|定期的に|、|\\s)*(?:参加|出席)', 'participant', 'verbLeft', { objects: 'group' }),
  // "kintoneの開発チームにいます".
  ja('の(?:開発)?チームに(?:いま|い(?:る|た)|所属|在籍)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "最近はcloud-provider-awsのPRレビューも手伝っています".
  ja('の(?:PR|プルリクエスト|コード)?レビュー(?:も|を)(?:少し|時々|ときどき|\\s)*手伝', 'contributor', 'verbLeft', { objects: 'project' }),
  // "DRAの実装を初期から担ってきた": carrying a project's design or implementation.
  ja('の(?:設計|開発|実装)を[^。、]{0,8}?(?:担っ|担い|担当し|手がけ|手掛け)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "kubernetes/websiteにプルリクエストを送りました": sending changes to a project.
  // "JobSetへいくつかのPRを送ってきた", "Kyvernoにもいくつかパッチを送りました", "deschedulerへバグ修正をいくつか送って".
  ja('(?:のほう|本体|自体)?(?:に|へ)(?:は|も)?、?(?:初めて|はじめて|いくつかの|いくつか|時々|ときどき|何度か|数多くの|多くの|小さな|\\s)*(?:プルリクエスト|プルリク|PR|パッチ|バグ修正|修正)を(?:いくつか|何本か|何度か|時々|\\s)*(?:送|出|提出|投げ)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "kube-schedulerのプラグインに小さな修正を送った", "kubemarkにもバグ修正のPRを何度か送りました": a part of the project, a kind of change.
  ja('の[^。、をがにはも]{1,10}?(?:に|へ)(?:も)?、?(?:小さな|いくつかの|いくつか|\\s)*(?:プルリクエスト|PR|パッチ|バグ修正|修正)を(?:いくつか|何本か|何度か|時々|\\s)*(?:送|出|提出|投げ)', 'contributor', 'verbLeft', { objects: 'project' }),
  ja('(?:に|へ)(?:は|も)?、?(?:何度か|いくつか|\\s)*[^。、をがにはも]{1,8}?の(?:プルリクエスト|PR|パッチ)を(?:いくつか|何本か|何度か|時々|\\s)*(?:送|出|提出|投げ)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "いくつか修正のPRをElektoに送りました": the changes first, the project before に.
  ja('(?<=(?:プルリクエスト|PR|パッチ|修正)を[^。、]{1,30}?(?:に|へ))(?:も)?(?:いくつか|何度か|\\s)*(?:送|出|提出|投げ)', 'contributor', 'verbLeft', { objects: 'project' }),
  // "Crossplaneのコードを書いています", "KWOKの開発に軸足を移しています", "cve-feed-osvのメンテナンスも少し手伝っています".
  ja('のコードを(?:[^。、を]{0,6}?)?(?:書|触|いじ)|の開発に(?:軸足を移|力を入れ|注力|専念)|のメンテナンス(?:も|を)(?:少し|時々|ときどき|\\s)*手伝', 'contributor', 'verbLeft', { objects: 'project' }),
  // "kubeletのDevice Manager周辺にコントリビュートしています".
  ja('の[^。、をが]{1,20}?(?:周辺|周り|まわり|部分)(?:に|で)(?:も)?(?:コントリビュート|貢献|携わ|関わ)', 'contributor', 'verbLeft', { objects: 'project' }),
  ja('主導|率い|リードし', 'lead', 'verbLeft'),
  ja('立ち上げ|創設|設立|作り|作っ|(?<![\u3041-\u3091\u3093-\u3096])始め', 'creator', 'verbLeft', { objects: 'project' }),

  // Chinese positions ("SIG Docs 技术负责人", "etcd 的维护者").
  zh('联合主席|联席主席|共同主席', 'co-chair', 'noun'),
  zh('主席', 'chair', 'noun'),
  zh('技术负责人|技术主管|技术领导|技术带头人', 'tech-lead', 'noun'),
  zh('联合负责人|负责人|领导者|带头人|牵头人|召集人', 'lead', 'noun'),
  zh('联合组织者|共同组织者|联合召集人', 'lead', 'noun', { objects: 'group' }),
  zh('组织者', 'lead', 'noun', { objects: 'group' }),
  zh('成员|委员(?!会)|一员|发布管理者|发布经理', 'member', 'noun'),
  zh('评审人|评审者|评审员|审阅者|审查者|审阅人', 'reviewer', 'noun'),
  zh('审批人|审批者|批准者|批准人', 'approver', 'noun'),
  zh('贡献者', 'contributor', 'noun'),
  // "我在 SIG Contributor Experience 待了两年", "我同时也在 WG Batch 里活动", "我从 2022 年起活跃在 SIG Network".
  zh('在\\s*([^，。,；;！？]{1,40}?)\\s*(?:里|中)?\\s*(?:待了|待过|活动)', 'member', 'frame', { objects: 'group' }),
  zh('活跃(?:在|于)', 'participant', 'verbRight', { objects: 'group' }),
  zh('(?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*\\s*(?:[（(][^）)]{1,12}[）)])?\\s*角色', 'member', 'noun', { namesFollow: true }),
  zh('维护者|维护人员|维护人', 'maintainer', 'noun', { objects: 'project' }),
  zh('创建者|创始人|发起人', 'creator', 'noun', { objects: 'project' }),
  // Chinese verbs with the object inside a frame or after the verb.
  zh('(?:为|向|对|给)\\s*([^，。,；;！？]{1,40}?)\\s*(?:做出?了?|作出?了?)?\\s*(?:很多|大量|许多|不少)?\\s*贡献', 'contributor', 'frame'),
  // "我平时主要就在 k0smotron 上工作": on a project.
  // "我自己在 WG Batch 里也比较活跃": adverbs may stand before the verb.
  zh('在\\s*([^，。,；;！？]{1,40}?)\\s*(?:中|里|内|上|团队|项目组)?\\s*(?:也|都|还|一直|比较|非常|很|挺|相当|最)*\\s*(?:工作|活跃|任职|参与)', 'participant', 'frame'),
  // "最近我大部分时间都花在 Pod 水平自动扩缩（Horizontal Pod Autoscaler，HPA）上".
  // "她从 2023 年起开始参加 SIG Autoscaling 的双周例会", "也开始定期参加 SIG Autoscaling 的周会": attending a group's meetings.
  zh('(?:参加|出席)\\s*([^，。,；;！？]{1,40}?)\\s*的\\s*(?:双周|每周|周|月度|定期)?\\s*(?:例会|会议|社区会议|周会|双周会)', 'participant', 'frame', { objects: 'group' }),
  zh('(?:时间|精力)\\s*(?:都|主要|大多|基本上?)?\\s*(?:花|投入|放)在了?\\s*((?:[^，。,；;！？（(]|[（(][^）)]{0,60}[）)]){1,60}?)\\s*(?:上|里|中)', 'contributor', 'frame', { objects: 'project' }),
  // "修复了 kubelet 的 bug": fixing a project's bugs is contributing to it.
  // "我在 SIG Node 主要做 kubelet 相关的贡献".
  zh('做\\s*([^，。,；;！？]{1,30}?)\\s*(?:相关|方面)的\\s*(?:贡献|开发|工作)', 'contributor', 'frame', { objects: 'project' }),
  // "我最早是从 Prometheus Adapter 开始贡献的", "最近的贡献大多集中在 LeaderWorkerSet 上".
  zh('从\\s*([^，。,；;！？]{1,30}?)\\s*开始(?:贡献|参与)', 'contributor', 'frame', { objects: 'project' }),
  zh('贡献\\s*(?:大多|大部分|主要|基本上?|都)?\\s*集中在\\s*([^，。,；;！？]{1,30}?)\\s*(?:上|里|中)', 'contributor', 'frame', { objects: 'project' }),
  zh('修复了?\\s*([^，。,；;！？]{1,30}?)\\s*(?:的|中的)\\s*(?:一个|一些|几个|很多|多个)?\\s*(?:bug|Bug|BUG|问题|缺陷)', 'contributor', 'frame', { objects: 'project' }),
  // "负责 kube-state-metrics 的维护".
  zh('负责\\s*([^，。,；;！？]{1,40}?)\\s*的\\s*维护', 'maintainer', 'frame', { objects: 'project' }),
  // "完成了大部分 kubelet 的实现工作".
  zh('完成了?\\s*(?:大部分|部分|全部|大量)?\\s*([^，。,；;！？]{1,30}?)\\s*的\\s*(?:实现|开发)(?:工作)?', 'contributor', 'frame', { objects: 'project' }),
  // "负责 Koordinator 和 kube-scheduler 的调度插件开发": developing (a part of) the projects.
  zh('负责\\s*([^，。,；;！？]{1,40}?)\\s*的\\s*[^，。,；;！？的]{0,8}?(?:开发|研发|实现)', 'contributor', 'frame', { objects: 'project' }),
  // "主要负责 Velero 相关的上游工作": work on (things around) the projects.
  zh('(?:负责|从事|专注于)\\s*([^，。,；;！？]{1,40}?)\\s*(?:相关|方面)的\\s*(?:上游|社区|开源)?\\s*(?:工作|开发|贡献|改进|优化|功能)', 'contributor', 'frame', { objects: 'project' }),
  // "负责 Kueue 和 scheduler-plugins 的评审": reviewing the projects.
  zh('负责\\s*([^，。,；;！？]{1,40}?)\\s*的\\s*(?:代码)?(?:评审|审阅|审查|review)', 'reviewer', 'frame', { objects: 'project' }),
  // "开始给 kube-scheduler 提交 PR", "给 ingress-nginx 提了我的第一个 PR": sending changes to a project.
  // "给 containerd 提交了一些和 Windows 支持有关的补丁", "给 kubelet 里 DRA 插件管理的部分写过一些代码", "为 Contributor Comms 写稿".
  // "给 Karpenter 核心仓库提过两个小 PR", "向 kubernetes/website 仓库提交了 30 多个中文翻译 PR", "为 Kubemark 提交改进".
  zh('(?:给|向|为)\\s*([^，。,；;！？]{1,30}?)\\s*(?:(?:里|中)[^，。,；;！？]{0,16}?)?(?:提交|提|写|编写)(?:了|过)?\\s*(?:我的)?(?:第一个|第一份|第一批|首个)?\\s*(?:一些|很多|不少|大量|几个|多个|一个|[一两二三四五六七八九十几数\\d]+\\s*多?\\s*(?:个|份|处))?\\s*(?:[^，。,；;！？]{0,16}?的|小|大|中文翻译|翻译|文档|错别字|拼写)?\\s*(?:bug\\s*)?(?:PR|补丁|代码|修复|改动|pull\\s+request|检测规则|文档|改进)', 'contributor', 'frame', { objects: 'project' }),
  // "为 Kueue 编写和翻译中文文档", "为 StatefulSet 控制器写了大部分的实现代码".
  zh('为\\s*([^，。,；;！？]{1,30}?)\\s*(?:编写|撰写|写)(?:和翻译)?(?:了|过)?\\s*(?:大部分|一部分|部分|很多)?的?\\s*(?:中文)?(?:文档|实现代码|代码|实现)', 'contributor', 'frame', { objects: 'project' }),
  // "最早参与的是拓扑管理器（Topology Manager）的相关工作", "日常主要在做 MultiKueue 相关的功能".
  zh('(?:参与的是|在做)\\s*([^，。,；;！？]{1,40}?)\\s*(?:的相关|相关的?)\\s*(?:工作|功能|开发)', 'contributor', 'frame', { objects: 'project' }),
  // "给 scheduler-plugins 里的 Coscheduling 插件修 bug", "修 kubelet 在 Windows 上的统计信息问题".
  zh('给\\s*([^，。,；;！？]{1,30}?)\\s*(?:里|中)的?[^，。,；;！？]{0,16}?修(?:复)?(?:了|过)?\\s*(?:一些|几个)?\\s*(?:bug|问题)', 'contributor', 'frame', { objects: 'project' }),
  zh('修(?:复)?(?:了|过)?\\s*([A-Za-z][\\w.-]*)\\s*在[^，。,；;！？]{1,20}?(?:问题|bug)', 'contributor', 'frame', { objects: 'project' }),
  zh('为\\s*([^，。,；;！？]{1,30}?)\\s*(?:写稿|撰稿|写文章)', 'contributor', 'frame', { objects: 'project' }),
  // "一起编写了 Pod Certificates 的 KEP".
  zh('(?:编写|撰写|起草|写)(?:了|过)?\\s*([^，。,；;！？]{1,60}?)\\s*的\\s*KEP', 'contributor', 'frame', { objects: 'project' }),
  // "kube-state-metrics 和 Metrics Server 我都提过 PR".
  // "kubectl-validate 我也提过几个 PR".
  zh('([^，。,；;！？：:]{1,40}?)\\s*我?\\s*(?:都|也)\\s*提(?:交)?过\\s*(?:几个|一些|很多|不少|两个|一个)?\\s*(?:PR|补丁|代码)', 'contributor', 'frame', { objects: 'project' }),
  // "当过两年技术负责人，做的是 MCS API": what one worked on.
  zh('做的(?:主要|就|一直)?是\\s*([^，。,；;！？]{1,30}?)\\s*(?=[，。,；;！？]|$)', 'contributor', 'frame', { objects: 'project' }),
  zh('参与(?:了|过)?(?:到)?', 'participant', 'verbRight'),
  zh('加入(?:了)?', 'participant', 'verbRight'),
  // "我来自 SIG Node": the group a person comes from (not "需求都来自 WG Batch 的讨论").
  zh('(?<=(?:我|他|她|[A-Za-z])\\s*(?:目前|现在|也|则)?\\s*)来自', 'participant', 'verbRight', { objects: 'group' }),
  zh('维护(?:了|着|过)?(?!者|人)', 'maintainer', 'verbRight', { objects: 'project' }),
  zh('领导(?:了|着|过)?(?!者)', 'lead', 'verbRight'),
  zh('带领(?:了|着|过)?', 'lead', 'verbRight'),
  zh('(?:创建|创立|发起|创办)(?:了)?', 'creator', 'verbRight', { objects: 'project' }),
];

/** The relation a role class makes with an object of the given type, if any. */
export function relationFor(
  cls: RoleClass,
  object: 'Sig' | 'Project',
): { p: Predicate; role?: string } | undefined {
  if (object === 'Sig') {
    switch (cls) {
      case 'chair':
      case 'co-chair':
      case 'tech-lead':
      case 'lead':
        return { p: 'LEADS', role: cls };
      case 'reviewer':
      case 'approver':
      case 'member':
      case 'contributor':
        return { p: 'MEMBER_OF', role: cls };
      case 'participant':
        return { p: 'MEMBER_OF', role: 'member' };
      default:
        return undefined;
    }
  }
  switch (cls) {
    case 'chair':
    case 'co-chair':
    case 'tech-lead':
    case 'lead':
      return { p: 'MAINTAINS', role: 'lead' };
    case 'reviewer':
    case 'approver':
    case 'maintainer':
    case 'creator':
      return { p: 'MAINTAINS', role: cls };
    case 'member':
    case 'contributor':
    case 'participant':
      return { p: 'CONTRIBUTES_TO' };
    default:
      return undefined;
  }
}

/** Headings or lines that introduce a list of group leaders ("Chairs", "Tech Leads", "领导"). */
export const LEADER_HEADINGS: Array<{ pattern: RegExp; cls: RoleClass }> = [
  { pattern: /^(?:co-?chairs?|チェア|共同チェア|议长|主席|联合主席)$/iu, cls: 'chair' },
  { pattern: /^(?:(?:tech(?:nical)?\s+leads?)|テックリード|技术负责人|技术主管|技术领导)$/iu, cls: 'tech-lead' },
  { pattern: /^(?:leads?|leadership|organi[sz]ers?|facilitators?|リード|リーダー|オーガナイザー|领导|领导层|负责人|组织者|召集人)$/iu, cls: 'lead' },
];

/** First-person pronouns: the speaker(s) of the answer holding the sentence. */
export const FIRST_PERSON: Record<RoleLang, { singular: RegExp; plural: RegExp }> = {
  en: {
    singular: /(?<![A-Za-z])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself)(?![A-Za-z])/gu,
    plural: /(?<![A-Za-z])(?:[Ww]e(?:['’](?:re|ve|d|ll))?|us|[Oo]ur)(?![A-Za-z])/gu,
  },
  ja: { singular: /私(?!たち|達|ども)|僕(?!ら|たち)|わたし(?!たち)/gu, plural: /私たち|私達|僕ら|僕たち|我々|わたしたち/gu },
  zh: { singular: /我(?!们)/gu, plural: /我们/gu },
};

/** Third-person pronouns that may refer back to the person a profile or paragraph is about. */
export const THIRD_PERSON: Record<RoleLang, RegExp> = {
  en: /(?<![A-Za-z])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)(?![A-Za-z])/gu,
  ja: /彼女|彼(?!ら)/gu,
  zh: /[他她](?!们)/gu,
};

/** Other pronouns: they name people we cannot resolve and block a role from reaching past them. */
export const OTHER_PERSON: Record<RoleLang, RegExp> = {
  en: /(?<![A-Za-z])(?:[Yy]ou(?:['’](?:re|ve|d|ll))?|[Yy]our|[Tt]hey|[Tt]heir|[Tt]hem|[Ss]omeone|[Aa]nyone|[Ee]veryone|[Pp]eople|[Ff]olks)(?![A-Za-z])/gu,
  ja: /あなた|皆さん|みなさん|彼ら|誰か|方々|人たち|人々/gu,
  zh: /你们|你|您|他们|她们|大家|有人|人们/gu,
};
