/**
 * Projects a sentence names as a group's subproject: "SIG Multicluster services (MCS)", "the SIG
 * ContribEx Upstream Marketing subproject", "Gateway API 是 SIG Network 的子项目", "KueueはSIG
 * Schedulingのサブプロジェクトです", "kubeadm (a SIG Cluster Lifecycle product)".
 */
import type { Mention } from './mentions/types.ts';
import { canonicalProject } from './mentions/orgs.ts';
import { CUE_NEXT } from './owned-terms.ts';
import { chainBefore } from './owned-lists.ts';

export interface NamedSubproject {
  group: Mention;
  project: Mention;
  confidence: number;
  /** The description the bracketed name stands for ("CI 子项目（ci-testing）"): no project of its own. */
  covers?: { start: number; end: number };
}

// "SIG Network 负责的子项目", "SIG CLI 旗下的子项目", "SIG Network 下面的一个子项目", "SIG Docs 的四个子项目之一", "SIG Network配下のプロジェクト".
// "SIG Storage 旗下专门为对象存储桶定义 Kubernetes API 的子项目": a description may stand between.
const GROUP_SUBPROJECT_AFTER = /^\s*(?:的|の|负责的|旗下的?|名下的|下面的|下的|配下の|管轄の|(?:旗下|名下)[^，。；]{1,30}?的)\s*(?:一个|一つの|[一二三四五六七八九十两几\d]+个)?\s*(?:子项目|子項目|サブプロジェクト|(?<=配下の|管轄の)プロジェクト|(?<=旗下的\s*)项目)/u;
// "LeaderWorkerSet（LWS），它是 SIG Apps 的子项目": "它" takes up the project just named.
// "raft 和 bbolt 如今都是…", "Prometheus Adapter 现在也是…", "scheduler-pluginsも同じく…": adverbs in any order.
// "APISnoop（至今仍是 SIG Architecture 的子项目）", "Cluster Autoscalerも同じSIG Autoscalingの…".
/** "…，但它其实是 SIG Node 的子项目", "…，那仍然是 SIG Autoscaling 的子项目": "it"/"that" takes up the project. */
const IT_IS_ZH = '[，,]\\s*(?:但是?|不过|而)?\\s*(?:它|那)\\s*(?:仍然|仍|还是|其实|实际上|现在|目前)*\\s*是\\s*$';
const IT_IS_ZH_END = new RegExp(IT_IS_ZH, 'u');
const PROJECT_IS_BEFORE = new RegExp(String.raw`^\s*(?:[(（][^()（）]{1,20}[)）]|[(（])?\s*(?:[，,]\s*(?:但是?|不过|而)?\s*(?:它|那|这|该项目|这个项目)?)?\s*(?:(?:也都|也|还|都|同样|则|曾经?|一直|如今|现在|目前|现已|已经|早已|本身|至今|仍然|仍|其实|实际上)\s*){0,3}(?:是|为|(?:已经|已|现在|如今)?成为了?|(?:自体|本体|そのもの)?は、?|も、?)\s*(?:(?:現在|今|现在|目前|どちらも|いずれも|ともに|両方とも|最初から|当初から|もともと|元々|同じく|同様に|同じ)、?\s*){0,2}$|^\s*(?:について|に関して)(?:も|は)、[^。]{0,30}?、\s*$|^\s*という\s*$|^\s*[:：]\s*$|^\s*[(（]\s*(?:是|为|属于)?\s*$|^[^。；，,]{0,30}${IT_IS_ZH}`, 'u');
const GROUP_HOLDS = /^\s*(?:旗下的?|名下的|负责的|下面的|配下の|傘下の|のサブプロジェクト(?:の(?:ひとつ|一つ|1つ)で?ある|である|の)?|的子项目(?:之一)?)\s*$/u;
const SUBPROJECT_GLOSS = /^\s*(?:的|负责的|旗下的?|名下的|の)\s*[^，。、,()（）]{0,16}?(?:子项目|サブプロジェクト)\s*[（(]\s*([^()（）]{2,40}?)\s*[)）]/u;
/** A repository name ("ci-testing") or a name in title case ("Conformance Definition"). */
const CODE_OR_TITLE = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|\p{Lu}[\p{L}\d]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}\d]*){0,4})$/u;
const ITS_SUBPROJECT_ZH = /其(?:[^，。；、]{0,8}的)?\s*(?:一个)?\s*子项目\s*$/u;
// "external-dns, node-local-dns, the deprecated kube-dns and the cluster-proportional-autoscaler".
const COORDINATION = /^\s*(?:和|与|及|以及|、|，|と|や|&|,?\s*and|,)\s*(?:(?<=[\sa-z,])the\s+(?:(?:deprecated|legacy|older|original|experimental|retired)\s+)?)?$/u;

const LIKE_THE_OTHERS = /(?:(?:和|与|跟|同)[^，。；]{1,60}?一样\s*[，,]?\s*(?:也都|都|也)?\s*(?:是|为)|(?:本体|自体)?と同(?:じ|様)(?:く|に)、?)\s*$/u;
// "它同样是 SIG Testing 的子项目": a Chinese "it" opening the sentence.
const ZH_SUBJECT_AFTER = /^\s*(?:[（(][^（）()]{0,30}[）)])?\s*(?:是|则|也|就|现在|目前|负责|由|[，,])/u;
const MID_THIS = /(?:で|であり|ですが|であって)、\s*(?:これ|こちら|それ)(?:も|は)、?\s*$|[，,]\s*(?:它|这个项目|该项目)\s*(?:(?:同样|同时|也|还|现在|目前|其实)\s*)*是\s*$/u;
const THIS_ONE_JA = /^\s*(?:(?:こちら|これ|それ|同プロジェクト|このプロジェクト|本プロジェクト)(?:も|は)、?|(?:它|这个项目|该项目)\s*(?:(?:同样|同时|也|还|现在|目前|其实)\s*)*是)\s*$/u;

/** `denied` when the sentence negates ownership; `previousProjects` gives the projects of the sentence before. */
export function namedSubprojects(text: string, groups: Mention[], projects: Mention[], denied: boolean, previousProjects: () => Mention[], previousText: () => string = () => ''): NamedSubproject[] {
  const out: NamedSubproject[] = [];
  // A project named after its group ("SIG Multicluster services (MCS)").
  for (const m of projects) {
    const g = groups.find((x) => x.start === m.start && x.end < m.end);
    if (g) out.push({ group: g, project: m, confidence: 0.8 });
    // "**kube-agentic-networking** (SIG Network)": the owning group in brackets after the name.
    const owner = denied ? undefined : groups.find((x) => x.start > m.end && /^[\s*_`]*[(（]\s*$/u.test(text.slice(m.end, x.start)) && /^\s*[)）]/u.test(text.slice(x.end)));
    if (owner) out.push({ group: owner, project: m, confidence: 0.75 });
  }
  // "SIG Node 的 CI 子项目（ci-testing）", "SIG Architecture 负责的一致性定义子项目（Conformance Definition）": the name in brackets.
  const glossed: Array<{ start: number; end: number }> = [];
  for (const g of groups) {
    const gloss = denied ? null : SUBPROJECT_GLOSS.exec(text.slice(g.end));
    const inner = gloss?.[1]?.trim() ?? '';
    const name = gloss ? (canonicalProject(inner) ?? (CODE_OR_TITLE.test(inner) ? inner : undefined)) : undefined;
    if (!gloss || name === undefined) continue;
    const span = { start: g.end, end: g.end + gloss[0].length };
    out.push({ group: g, project: { type: 'Project', name, surface: inner, ...span }, confidence: 0.85, covers: span });
    glossed.push({ start: g.end, end: g.end + gloss[0].length });
  }
  // "the SIG ContribEx Upstream Marketing subproject", "SIG Docs' localization subproject".
  for (const g of groups) {
    if (glossed.some((x) => x.start === g.end)) continue;
    // "SIG Release 下的 Release Engineering（发布工程）子项目": a gloss in brackets may follow the name.
    const next = projects.find((m) => m.start >= g.end && /^[\s\u00a0]*(?:'s|’s|'|’|の|下的|的)?[\s\u00a0]*$/.test(text.slice(g.end, m.start)));
    if (next && CUE_NEXT.test(text.slice(next.end, next.end + 30).replace(/^\s*[（(][^()（）]{1,16}[)）]/u, ''))) out.push({ group: g, project: next, confidence: 0.9 });
    // "SIG Scheduling 旗下的 Kueue 项目", "SIG Cloud Provider 名下的 cloud-provider-alibaba-cloud", "SIG Nodeのサブプロジェクトdra-driver-nvidia-gpu".
    const held = projects.find((m) => m.start >= g.end && GROUP_HOLDS.test(text.slice(g.end, m.start)));
    if (held && !denied) out.push({ group: g, project: held, confidence: 0.85 });
  }
  // "Gateway API 是 SIG Network 的子项目", "KueueはSIG Schedulingのサブプロジェクトです".
  for (const g of groups) {
    // "WG X 并不负责 Cluster Autoscaler 的开发，那仍然是 SIG Autoscaling 的子项目": the denial is the earlier clause's.
    const contrast = IT_IS_ZH_END.test(text.slice(0, g.start));
    if ((denied && !contrast) || !GROUP_SUBPROJECT_AFTER.test(text.slice(g.end, g.end + 48))) continue;
    const m = [...projects].reverse().find((x) => x.end <= g.start && PROJECT_IS_BEFORE.test(text.slice(x.end, g.start)));
    // "JobSetも同じ流れで生まれました。こちらはSIG Appsのサブプロジェクトとして…": the project of the sentence before.
    // A Chinese "它" takes up the sentence before only when that sentence names one project.
    const before = m || !THIS_ONE_JA.test(text.slice(0, g.start)) ? [] : previousProjects();
    const only = before.length === 1 ? before[0] : undefined;
    const referent = /[它该这]/u.test(text.slice(0, g.start)) ? (only && ZH_SUBJECT_AFTER.test(previousText().slice(only.end)) ? only : undefined) : before.pop();
    // "knftablesというGoのライブラリで、これもSIG Networkのサブプロジェクトです": the clause before describes the sentence's topic.
    const midThis = m ? null : MID_THIS.exec(text.slice(0, g.start));
    const topic = midThis ? projects.find((x) => x.end <= midThis.index && !/[。；]/u.test(text.slice(x.end, midThis.index))) : undefined;
    const found = m ?? topic ?? referent;
    if (found) out.push({ group: g, project: found, confidence: 0.8 });
    // "Cluster API 和 kubeadm 都是 SIG Cluster Lifecycle 的子项目", "AとBは、どちらもSIG Xのサブプロジェクトです": the list before.
    if (m) for (const x of chainBefore(text, projects, m, COORDINATION).slice(0, -1)) out.push({ group: g, project: x, confidence: 0.8 });
    // "X 的仓库…，和 etcd、bbolt 一样，都是 SIG etcd 的子项目", "bboltもraftも、etcd本体と同じくSIG etcdのサブプロジェクトです":
    // the projects compared and the sentence's subject are all subprojects.
    if (!m && LIKE_THE_OTHERS.test(text.slice(0, g.start))) for (const x of projects.filter((y) => y.end <= g.start)) out.push({ group: g, project: x, confidence: 0.75 });
  }
  // "WG Policy 宣布解散，其最重要的子项目 Policy Report API 已移交…": "其" is the group named before.
  for (const m of projects) {
    if (denied || !ITS_SUBPROJECT_ZH.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    const g = [...groups].reverse().find((x) => x.end <= m.start);
    if (g) out.push({ group: g, project: m, confidence: 0.75 });
  }
  // "kubeadm (a SIG Cluster Lifecycle product)", "Kueue, a SIG Scheduling subproject".
  for (const g of groups) {
    // "Contributor Comms, the SIG Contributor Experience (ContribEx) subproject": a short name in brackets may follow the group.
    // "one of SIG Instrumentation's busiest subprojects": an adjective may follow the possessive.
    if (denied || !/^[\s\u00a0]*(?:\([^()]{1,20}\)\s*)?(?:(?:'s|’s)\s+(?:[a-z]+\s+){0,2}?)?(?:sub[-\s]?projects?|projects?|products?|components?|tools?)\b/i.test(text.slice(g.end, g.end + 40))) continue;
    // "Cluster API Provider Azure (CAPZ), a SIG Cluster Lifecycle subproject", "Gateway API is one of the SIG Network subprojects".
    // "the Gateway API Inference Extension, which is also a SIG Network subproject", "Kueue, for example, is a …", "Kueue, another …".
    const m = [...projects].reverse().find((x) => x.end <= g.start && /^\s*(?:\([A-Z][\w-]{0,11}\)\s*|,\s*[A-Z][A-Za-z0-9-]{1,10}\s*(?=,))?(?:,\s*(?:for\s+(?:example|instance)|by\s+the\s+way|incidentally),)?(?:[(（,，]\s*(?:which\s+is\s+(?:also\s+|now\s+)?)?(?:an?|another|the|one\s+of(?:\s+the(?:\s+(?:two|three|four|five|six|\d+))?)?)\s+|,\s+the\s+[^,;.]{1,50}?\s+(?:developed|maintained|run|started|created|built|hosted)\s+as\s+(?:an?|another|one\s+of\s+the)\s+|(?:\s+(?:repository|repo|project|library))?(?:,\s+(?:which|that)\s+[^,;]{1,80},|,\s+(?![^,;.]*\band\b)[^,;.]{1,50},)?\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been|(?:formally\s+|officially\s+)?(?:became|becomes|has\s+become|have\s+become))\s+(?:(?:also|now|still|really|actually|officially|formally|both|all|long)\s+)*(?:(?:an?|another|the|one|one\s+of(?:\s+the(?:\s+(?:two|three|four|five|six|\d+))?)?)\s+)?)$/i.test(text.slice(x.end, g.start)));
    // "Kompose isn't ours. It's a SIG Apps subproject": the project of the sentence before.
    const it = m || !/(?:^|[.!?]\s+)(?:It|That)(?:['’]s|\s+is)\s+(?:(?:also|now|actually|really)\s+)?(?:an?|one\s+of\s+the)\s+$/u.test(text.slice(0, g.start)) ? undefined : previousProjects().pop();
    const found = m ?? it;
    if (found) out.push({ group: g, project: found, confidence: 0.85 });
    // "JobSet and kjob are both SIG Apps' projects": the projects coordinated before.
    // "…, the deprecated kube-dns and the cluster-proportional-autoscaler, which a lot of clusters use…, are all SIG Network subprojects".
    if (m) for (const x of chainBefore(text, projects, m, COORDINATION).slice(0, -1)) out.push({ group: g, project: x, confidence: 0.8 });
  }
  return out;
}
