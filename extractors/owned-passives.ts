/**
 * Ownership in the passive, where the group is the agent: "P is maintained by SIG X", "…so it's
 * owned by us", "code owned by SIG X: A, B", "P 归 SIG X 所有", "它由 SIG X 负责维护", "SIG Xが管理するP",
 * "X自体はSIG Yの担当です".
 */
import type { GroupRef } from './org-context.ts';
import type { Mention } from './mentions/types.ts';
import { chainBefore, listBefore } from './owned-lists.ts';

// "kube-state-metrics is one of the subprojects SIG Instrumentation looks after", "The kubelet, one of the subprojects SIG Node owns,",
// "kube-proxy is still the default Service implementation that SIG Network ships".
const ONE_OF_THE = /^\s*(?:,\s*|\s+(?:is|was)\s+(?:also\s+|still\s+|now\s+)?)(?:one\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sub-?projects?|projects?|components?|tools?|implementations?)\s+(?:that\s+|which\s+)?$/u;
const IS_A = /^\s+(?:is|was)\s+(?:also\s+|really\s+|primarily\s+|mainly\s+)?(?:a|an)\s+$/u;
const KIND_AFTER = /^\s+(?:feature|project|sub-?project|component|API)\b/u;
const EN_CHAIN_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$/u;
const PART_OF_GROUP = /^\s+the\s+[^,.;]{1,40}?\s+(?:people|folks|team|subproject|group)\s+(?:in|of|from|within)\s+(?:the\s+)?$/u;
const OTHER_SUBJECT_EN = /[,;]\s*(?:and|but|while|whereas)\s+(?:the|a|an|its|their|our|his|her)\s/iu;
const OWNED_BY_EN_ALL = /\b(?:owned|maintained|managed|run|stewarded|overseen|sponsored)\s+by\b|\b(?:lives?|sits?|falls?)\s+under\b|\blives\s+(?:with|in)\b(?=\s+(?:the\s+)?(?:SIG|WG)\b)|\b(?:maintained|hosted|housed|developed|managed)\s+(?:under|within)\b|\b(?:sub-?projects?|project|component|repository|repo)\s+(?:of|under|from)\b|\bunder\s+(?:the\s+)?(?:aegis|umbrella|auspices|ownership)\s+of\b|\bbelongs?\s+to\b/gi;
const QUALIFIED_HEAD = /^\s+(?:integration|integrations|support|compatibility|bindings|extension|extensions|driver|drivers|(?:GitHub\s+)?(?:organization|organisation|org))\b/iu;
// "SIG Authが所有・管理している", "SIG Multiclusterが管轄しています", "SIG Multiclusterが開発を進めているMCS API".
// "SIG K8s Infraが運用するregistry.k8s.io", "SIG Cloud Providerが面倒を見ているプロジェクト".
const OWNED_BY_JA = /(?:が|の)抱え(?:る|ている|ています)|(?:が|の)(?:所有|管理|管轄|所管|担当|メンテナンス|保守|開発|運用|面倒を見|持っ)(?:・(?:所有|管理|管轄|保守|開発|運用))?(?:する|している|しています|しており|した|し(?=[、，])|を進めている|を進める|て(?:いる|います|おり))/;
/** "…, the CI system that SIG Testing runs": a group as the subject of an ownership verb in a relative clause. */
const RELATIVE_OWNER_EN = /^\s+(?:also\s+|now\s+|still\s+)?(?:runs|maintains|owns|oversees|stewards|ships|looks\s+after|(?:has|had)\s+(?:long\s+|always\s+)?(?:looked\s+after|owned|maintained|run|overseen))\b/u;
const APPOSITION_THAT = /^\s*(?:\([^()]{0,20}\)\s*)?,\s*(?:the|a|an)\s+[^,;.()]{0,50}?\s+(?:that|which)\s+$/u;
const OWNER_IS_JA = /(?:オーナー|所有者)は、?\s*$/u;
const IN_CHARGE_JA = /^\s*の(?:傘下に入り|傘下に入っ|(?:担当|管轄|所管|管理下|持ち物|もの|傘下)(?:です|で(?!は)|となって|になって|にあり))/u;
// "Prow 的代码归 SIG Testing 所有", "kubelet 这一侧归 SIG Node".
// "Prow（包括 peribolos）由 SIG Testing 负责": a note in brackets may follow the project.
const OWNED_BY_ZH = /^[\s\u3000]*(?:[（(][^（）()]{1,20}[）)])?\s*(?:(?:里|中)的[^，。；\s]{1,8}?(?=代码|逻辑|部分))?(?:\s*(?:这些|这两个|这几个|这三个)\s*(?:子项目|项目|组件|工具))?(?:的?(?:代码|代码库|仓库)|仓库|代码库|项目|子项目|这一侧|那一侧|这边|那边|侧的?(?:实现|代码)?)?\s*(?:本身|自身|也|还|都|则|目前|现在|现|一直|主要|当然|其实|实际上|是)*\s*(?:归|由|隶属于)\s?$/u;
const SUBJECTLESS_BY_ZH = /[，,]\s*(?:(?:现在|目前|如今|后来|最终)\s*)?(?:则\s*)?(?:归|由)\s*$/u;
const IT_BY_ZH = /[，,]\s*(?:它|该项目|这个项目)\s*(?:目前|现在|一直|主要)?\s*(?:归|由)\s?$/u;

export interface PassiveFinding {
  group: GroupRef | Mention;
  project: Mention;
  confidence: number;
}

/** `speakersGroup` gives the group "us" stands for, or is absent where nobody speaks (a question); `previousGroup` the one "them" stands for. */
export function passiveOwnership(
  text: string,
  groups: Mention[],
  projects: Mention[],
  speakersGroup?: () => GroupRef | undefined,
  previousGroup?: () => Mention | undefined,
): PassiveFinding[] {
  const out: PassiveFinding[] = [];
  for (const by of text.matchAll(OWNED_BY_EN_ALL)) {
    // "is not run by SIG Release at all: it belongs to SIG K8s Infra": each clause on its own, negated ones dropped.
    // "…is maintained by the Release Engineering people in SIG Release": a part of the group may stand between.
    const named = groups.find((x) => x.start >= by.index + by[0].length && (x.start - (by.index + by[0].length) <= 6 || PART_OF_GROUP.test(text.slice(by.index + by[0].length, x.start))));
    // "…is in-tree, so it's owned by us": the speaker's group; "Cluster Autoscaler is owned by them": the group named before.
    const rest = text.slice(by.index + by[0].length);
    // "…all sit under the SIG": the group the text is about.
    const g = named ?? (/^\s*(?:us\b|(?:the|this|our)\s+SIG\b(?!\s*[A-Z]))/u.test(rest) ? speakersGroup?.() : /^\s*them\b/u.test(rest) ? previousGroup?.() : undefined);
    // "kubeadm is not a provisioner, and the cloud controller managers belong to SIG Cloud Provider": another clause's subject.
    // ("The API and the kubelet integration belong to SIG Node": the project only qualifies the thing owned.)
    const m = [...projects].reverse().find((x) => x.end <= by.index && by.index - x.end <= 80 && !OTHER_SUBJECT_EN.test(text.slice(x.end, by.index)) && !QUALIFIED_HEAD.test(text.slice(x.end)));
    // "P is not run by SIG Release at all: it belongs to SIG K8s Infra": each clause on its own, negated ones dropped.
    const clause = m ? text.slice(m.end, by.index).split(/[:;.!?]\s+|,\s+(?:but|while|whereas)\s+/u).pop() ?? '' : '';
    if (/\b(?:not|never|no\s+longer)\b|n['’]t\b/iu.test(clause)) continue;
    const resumed = m !== undefined && /^\s*(?:it|this|that|which)\s+(?:actually\s+|really\s+|now\s+|still\s+)?(?:is\s+|was\s+)?$/iu.test(clause) && clause.length < by.index - m.end;
    // "DRA is driven by WG Device Management, a working group sponsored by SIG Node": the group between is what the agent acts on.
    const between = !resumed && m !== undefined && groups.some((x) => x.start >= m.end && x.end <= by.index);
    // "JobSet and LeaderWorkerSet are maintained under SIG Apps": the projects coordinated before.
    if (g && m && !between) for (const x of chainBefore(text, projects, m, EN_CHAIN_GAP)) out.push({ group: g, project: x, confidence: 0.85 });
    // "The kubelet is owned by SIG Node, the Cluster Autoscaler by SIG Autoscaling": the verb left out after the first.
    if (g && m && !between && /\bby$/iu.test(by[0])) {
      for (const x of projects.filter((y) => y.start > by.index)) {
        const next = groups.find((y) => y.start > x.end && /^\s+by\s+(?:the\s+)?$/iu.test(text.slice(x.end, y.start)));
        if (next && /,\s*(?:and\s+)?(?:the\s+)?$/iu.test(text.slice(Math.max(0, x.start - 12), x.start))) out.push({ group: next, project: x, confidence: 0.75 });
      }
    }
    // "code owned by SIG API Machinery: the kube-apiserver, the client libraries, …": the list after the colon.
    const colon = named ? /^\s*[:：]/u.exec(text.slice(named.end)) : null;
    // "…: the external-snapshotter sidecar and the snapshot controller all live under the kubernetes-csi org": the list ends at its verb.
    const listStart = named && colon ? named.end + colon[0].length : -1;
    const verb = listStart >= 0 ? /\s(?:all\s+|both\s+)?(?:live|lives|are|were|is|was|sit|sits|belong|belongs|have|has)\b/u.exec(text.slice(listStart)) : null;
    const listEnd = verb ? listStart + verb.index : text.length;
    if (named && colon) for (const x of projects.filter((y) => y.start >= listStart && y.end <= listEnd)) out.push({ group: named, project: x, confidence: 0.8 });
  }
  // "All of these repositories (A, B and C) live in the kubernetes-csi organization and are owned by SIG Storage".
  const listed = ALL_OF_LISTED.exec(text);
  const owner = listed ? groups.find((g) => /\b(?:are|is)\s+(?:all\s+)?(?:owned|maintained|run)\s+by\s+(?:the\s+)?$/iu.test(text.slice(0, g.start))) : undefined;
  if (listed && owner) for (const x of projects.filter((y) => y.start >= listed.index && y.end <= listed.index + listed[0].length)) out.push({ group: owner, project: x, confidence: 0.8 });
  // "Kueueは…生まれましたが、オーナーはSIG Schedulingです": the owner of the sentence's topic.
  for (const g of groups) {
    if (!OWNER_IS_JA.test(text.slice(0, g.start)) || !/^\s*(?:です|となって|になって|である|だ)/u.test(text.slice(g.end))) continue;
    // ("kubeletはSIG Nodeの担当ですが、…のオーナーはSIG Storageです": not across a contrast with another group's.)
    const topic = projects.find((x) => x.end <= g.start && /^\s*(?:は|も)、?/u.test(text.slice(x.end)) && !(/が、|けど|けれど/u.test(text.slice(x.end, g.start)) && groups.some((o) => o.start >= x.end && o.end <= g.start && IN_CHARGE_JA.test(text.slice(o.end)))));
    if (topic) out.push({ group: g, project: topic, confidence: 0.8 });
  }
  // "kubelet自体はSIG Nodeの担当です": the topic is in the group's charge.
  for (const g of groups) {
    if (!IN_CHARGE_JA.test(text.slice(g.end, g.end + 12))) continue;
    // "registry.k8s.io自体の運用はSIG K8s Infraの担当です", "A、B、それからCなどがSIG CLIの管轄です".
    const m = [...projects].reverse().find((x) => x.end <= g.start && /^(?:自体|本体|そのもの|リポジトリ|レポジトリ)?(?:の(?:運用|開発|管理|保守|メンテナンス|コード))?\s*(?:など|なども)?(?:は|も|が)、?\s*(?:(?:引き続き|今も|現在も|今は|現在は|もともと|あくまで)、?\s*)?$/u.test(text.slice(x.end, g.start)));
    if (m) for (const x of chainBefore(text, projects, m, JA_CHAIN_GAP)) out.push({ group: g, project: x, confidence: 0.8 });
  }
  const byJa = OWNED_BY_JA.exec(text);
  if (byJa) {
    // "SIG Autoscalingとは、同SIGが所有するCluster Autoscaler": "同SIG" is the group just named.
    const same = /同\s?SIG$/u.test(text.slice(0, byJa.index)) ? [...groups].reverse().find((x) => x.end <= byJa.index - 4) : undefined;
    const g = same ?? [...groups].reverse().find((x) => x.end <= byJa.index + 1 && byJa.index - x.end <= 1);
    const after = projects.find((x) => x.start >= byJa.index + byJa[0].length && x.start - (byJa.index + byJa[0].length) <= 12);
    // "KueueはSIG Schedulingが管理するサブプロジェクトです": the topic is what is managed.
    // "DRAのAPIはSIG Nodeが管理しています": a part of the project as the topic.
    // "DRA本体のKEPとコードは引き続きSIG Nodeが所有し": the project itself, its parts, a continuing adverb.
    const topic = g ? projects.find((x) => x.end <= g.start && /^(?:本体|自体)?\s*(?:の[^\s、。はがを]{1,12})?は、?\s*(?:(?:引き続き|今後も|これまでどおり|これまで通り|現在も|今も|現在は|今は|実際には|実は|もともと)、?\s*)?$/u.test(text.slice(x.end, g.start))) : undefined;
    // "Konnectivityも、SIG Cloud Providerが面倒を見ているプロジェクトのひとつです": the topic, described as one of the group's projects.
    const described = g && !after && !topic ? projects.find((x) => x.end <= g.start && /^(?:本体|自体|そのもの)?\s*(?:は|も)、?\s*$/u.test(text.slice(x.end, g.start)) && /^\s*(?:プロジェクト|サブプロジェクト|ツール|機能|コンポーネント)/u.test(text.slice(byJa.index + byJa[0].length))) : undefined;
    const m = after ?? topic ?? described;
    if (g && m) out.push({ group: g, project: m, confidence: 0.85 });
    // "client-goとapimachineryはSIG API Machineryが所有しており": the topic's coordinated projects too.
    if (g && topic && m === topic) for (const x of chainBefore(text, projects, topic, JA_CHAIN_GAP).slice(0, -1)) out.push({ group: g, project: x, confidence: 0.8 });
    // "external-snapshotterやexternal-provisionerといったCSIのサイドカーもSIG Storageが管理しています".
    if (g && !m) for (const x of listBefore(text, projects, g.start)) out.push({ group: g, project: x, confidence: 0.8 });
  }
  // "Karpenter 最初是由 AWS 开发的…，现在由 SIG Autoscaling 负责": a clause without a subject of its own speaks of the sentence's topic.
  for (const g of groups) {
    const clause = SUBJECTLESS_BY_ZH.exec(text.slice(0, g.start));
    const topic = clause && ZH_OWNED_VERB_AFTER.test(text.slice(g.end)) ? projects.find((x) => x.start <= 1) : undefined;
    if (topic && clause && !projects.some((x) => x.start > clause.index && x.end <= g.start)) out.push({ group: g, project: topic, confidence: 0.75 });
  }
  for (const g of groups) {
    const direct = [...projects].reverse().find((x) => x.end <= g.start && OWNED_BY_ZH.test(text.slice(x.end, g.start)));
    // "kube-state-metrics（简称 KSM）是…之一，它由 SIG Instrumentation 负责维护": "它" is the sentence's subject.
    const it = direct ? undefined : IT_BY_ZH.exec(text.slice(0, g.start));
    // The project of the clause just before "它": "第一是 Gateway API Inference Extension，这个项目现在由 …".
    const before = it ? [...projects].reverse().find((x) => x.end <= it.index && !/[，,。；]/u.test(text.slice(x.end, it.index).replace(/^\s*[(（][^()（）]{1,20}[)）]/u, ''))) : undefined;
    const m = direct ?? before;
    // "归 SIG Node" ends its clause: belonging needs no verb.
    const belongs = direct !== undefined && /(?:归|隶属于)\s?$/u.test(text.slice(direct.end, g.start)) && /^[\s\u3000]*(?:[，,。；;]|$)/u.test(text.slice(g.end, g.end + 2));
    // "Prow 和 TestGrid 都由 SIG Testing 负责维护": the projects coordinated before.
    if (m && (belongs || /^[\s\u3000]*(?:所有|负责|维护|管理|管)/.test(text.slice(g.end, g.end + 6)))) for (const x of chainBefore(text, projects, m, ZH_CHAIN_GAP)) out.push({ group: g, project: x, confidence: 0.85 });
  }
  // "Prow, the CI system that SIG Testing runs", "Secrets Store CSI Driver, a subproject that SIG Auth has looked after since 2020",
  // "kube-state-metrics is one of the subprojects SIG Instrumentation looks after"; "VAP is a SIG API Machinery feature".
  for (const g of groups) {
    const gap = (x: Mention): string => text.slice(x.end, g.start);
    const relative = RELATIVE_OWNER_EN.test(text.slice(g.end, g.end + 40));
    const kind = KIND_AFTER.test(text.slice(g.end, g.end + 14));
    if (!relative && !kind) continue;
    const m = [...projects].reverse().find((x) => x.end <= g.start && ((relative && (APPOSITION_THAT.test(gap(x)) || ONE_OF_THE.test(gap(x)))) || (kind && IS_A.test(gap(x)))));
    if (m) out.push({ group: g, project: m, confidence: 0.8 });
  }
  // "kind 是 SIG Testing 维护的工具": the project described as something the group maintains.
  for (const g of groups) {
    // "VPA 是 SIG Autoscaling 维护的。": the description may end at 的.
    if (!/^\s*(?:负责)?(?:维护|管理|所有|负责|开发)的\s*(?:(?:[^\s，。、的]{0,4})?(?:工具|项目|子项目|组件|仓库|库|功能|特性)|[，,。；;]|$)/u.test(text.slice(g.end, g.end + 16))) continue;
    const m = [...projects].reverse().find((x) => x.end <= g.start && /^\s*(?:[(（][^()（）]{1,20}[)）])?\s*[，,]?\s*(?:也|还|则|同样|都)?\s*是\s*(?:由\s*)?$/u.test(text.slice(x.end, g.start)));
    if (m) out.push({ group: g, project: m, confidence: 0.8 });
  }
  for (const g of groups) {
    const cleft = CLEFT_OWNER_JA.exec(text.slice(0, g.start));
    const m = cleft && /^\s*(?:です|だ|である|で、)/u.test(text.slice(g.end)) ? [...projects].reverse().find((x) => x.end === cleft.index) : undefined;
    if (m) out.push({ group: g, project: m, confidence: 0.8 });
  }
  // "kubeadmを管理しているSIG Cluster Lifecycle": a relative clause about the group after it.
  for (const g of groups) {
    const rel = /を(?:管理|所有|管轄|担当|運用|メンテナンス)(?:する|している|していた)\s*$/u.exec(text.slice(0, g.start));
    const m = rel ? [...projects].reverse().find((x) => x.end === rel.index || (x.end < rel.index && /^(?:リポジトリ|レポジトリ)$/u.test(text.slice(x.end, rel.index)))) : undefined;
    if (m) out.push({ group: g, project: m, confidence: 0.8 });
  }
  // "由 SIG Multicluster 定义的 MCS API": the group that defines or maintains the project after it.
  for (const g of groups) {
    if (!/由\s*$/u.test(text.slice(0, g.start))) continue;
    const rel = /^\s*(?:定义|维护|开发|负责|管理|主导)的\s*/u.exec(text.slice(g.end));
    const m = rel ? projects.find((x) => x.start === g.end + rel[0].length || (x.start > g.end && x.start - (g.end + rel[0].length) <= 8 && !/[，。]/u.test(text.slice(g.end + rel[0].length, x.start)))) : undefined;
    if (m) out.push({ group: g, project: m, confidence: 0.8 });
  }
  return out;
}

const ALL_OF_LISTED = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:All|Both|Each)\s+of\s+(?:these|those|the|our)\s+(?:repositories|repos|projects|subprojects|tools|components|libraries)\s*[(（][^()（）]{3,200}[)）]/iu;
const ZH_CHAIN_GAP = /^\s*(?:和|与|及|以及|、|，)\s*$/u;
/** "kindを所有しているのはSIG Testingです": a cleft sentence naming the owner last. */
const CLEFT_OWNER_JA = /を(?:(?:所有|管理|管轄|担当|運用|メンテナンス|保守)(?:している|する|していた)|持っている)のは、?\s*$/u;

/** "COSIや、テストのためのリファレンス実装であるcsi-driver-host-path": items joined by や/、, an apposition allowed. */
const JA_CHAIN_GAP = /^\s*(?:や|、|と)\s*、?\s*(?:それから|そして|さらに|あとは?)?、?\s*(?:[^。、「」]{1,30}?である)?\s*$/u;


// "It is owned by SIG Storage", "…, but it is owned by SIG Apps", "Today it is a subproject of SIG Network".
const PRONOUN_OWNED =
  /(?:^\s*["“]?|[,;]\s*(?:but|and|so|yet)\s+)(?:(?:Today|Now|These\s+days|Nowadays|today|now)\s*,?\s+)?(?:[Tt]hat|[Ii]t|This|All\s+of\s+(?:that|this|them|these|those|it))\s+(?:one\s+)?(?:actually\s+|now\s+|really\s+|still\s+|officially\s+)?(?:belongs\s+to|is\s+(?:owned|maintained|run)\s+by|is\s+(?:now\s+|officially\s+)?(?:a|one\s+of\s+the)\s+sub-?projects?\s+of)\s+(?:the\s+)?$/u;

// "这个仓库同样归 SIG Autoscaling 管理", "它现在由 SIG Node 负责".
const PRONOUN_OWNED_ZH = /^\s*(?:它|该项目|这个(?:项目|子项目|仓库|组件|工具|驱动))\s*(?:(?:同样|也|现在|目前|如今|一直|则|后来)\s*)*(?:归|由|隶属于)\s*$/u;
const ZH_OWNED_VERB_AFTER = /^\s*(?:所有|负责|维护|管理|管|[，,。；]|$)/u;

/**
 * "…we don't own the Cluster Autoscaler. That belongs to SIG Autoscaling.": the group and where the
 * pronoun stands (the project is the one before it, in an earlier sentence).
 */
export function pronounOwner(text: string, groups: Mention[]): { group: Mention; at: number } | undefined {
  for (const g of groups) {
    const m = PRONOUN_OWNED.exec(text.slice(0, g.start)) ?? (ZH_OWNED_VERB_AFTER.test(text.slice(g.end)) ? PRONOUN_OWNED_ZH.exec(text.slice(0, g.start)) : null);
    if (m) return { group: g, at: m.index };
  }
  return undefined;
}
