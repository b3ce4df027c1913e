/**
 * Projects a sentence names as a group's subproject: "SIG Multicluster services (MCS)", "the SIG
 * ContribEx Upstream Marketing subproject", "Gateway API 是 SIG Network 的子项目", "KueueはSIG
 * Schedulingのサブプロジェクトです", "kubeadm (a SIG Cluster Lifecycle product)".
 */
import type { Mention } from './mentions/types.ts';
import { CUE_NEXT } from './owned-terms.ts';

export interface NamedSubproject {
  group: Mention;
  project: Mention;
  confidence: number;
}

const GROUP_SUBPROJECT_AFTER = /^\s*(?:的|の)\s*(?:一个|一つの)?\s*(?:子项目|子項目|サブプロジェクト)/u;
// "LeaderWorkerSet（LWS），它是 SIG Apps 的子项目": "它" takes up the project just named.
const PROJECT_IS_BEFORE = /^\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:[，,]\s*(?:它|该项目|这个项目))?\s*(?:也|还)?\s*(?:是|为|は、?|も、?)\s*(?:(?:現在|今|现在|目前)、?\s*)?$|^\s*(?:について|に関して)(?:も|は)、[^。]{0,30}?、\s*$|^\s*という\s*$/u;
const THIS_ONE_JA = /^\s*(?:こちら|これ|それ|同プロジェクト|このプロジェクト|本プロジェクト)(?:も|は)、?\s*$/u;

/** `denied` when the sentence negates ownership; `previousProjects` gives the projects of the sentence before. */
export function namedSubprojects(text: string, groups: Mention[], projects: Mention[], denied: boolean, previousProjects: () => Mention[]): NamedSubproject[] {
  const out: NamedSubproject[] = [];
  // A project named after its group ("SIG Multicluster services (MCS)").
  for (const m of projects) {
    const g = groups.find((x) => x.start === m.start && x.end < m.end);
    if (g) out.push({ group: g, project: m, confidence: 0.8 });
  }
  // "the SIG ContribEx Upstream Marketing subproject", "SIG Docs' localization subproject".
  for (const g of groups) {
    // "SIG Release 下的 Release Engineering（发布工程）子项目": a gloss in brackets may follow the name.
    const next = projects.find((m) => m.start >= g.end && /^[\s\u00a0]*(?:'s|’s|'|’|の|下的|的)?[\s\u00a0]*$/.test(text.slice(g.end, m.start)));
    if (next && CUE_NEXT.test(text.slice(next.end, next.end + 30).replace(/^\s*[（(][^()（）]{1,16}[)）]/u, ''))) out.push({ group: g, project: next, confidence: 0.9 });
  }
  // "Gateway API 是 SIG Network 的子项目", "KueueはSIG Schedulingのサブプロジェクトです".
  for (const g of groups) {
    if (denied || !GROUP_SUBPROJECT_AFTER.test(text.slice(g.end, g.end + 16))) continue;
    const m = [...projects].reverse().find((x) => x.end <= g.start && PROJECT_IS_BEFORE.test(text.slice(x.end, g.start)));
    // "JobSetも同じ流れで生まれました。こちらはSIG Appsのサブプロジェクトとして…": the project of the sentence before.
    const referent = m || !THIS_ONE_JA.test(text.slice(0, g.start)) ? undefined : previousProjects().pop();
    const found = m ?? referent;
    if (found) out.push({ group: g, project: found, confidence: 0.8 });
  }
  // "kubeadm (a SIG Cluster Lifecycle product)", "Kueue, a SIG Scheduling subproject".
  for (const g of groups) {
    if (denied || !/^[\s\u00a0]*(?:'s\s+|’s\s+)?(?:sub[-\s]?projects?|projects?|products?|components?|tools?)\b/i.test(text.slice(g.end, g.end + 20))) continue;
    // "Cluster API Provider Azure (CAPZ), a SIG Cluster Lifecycle subproject", "Gateway API is one of the SIG Network subprojects".
    const m = [...projects].reverse().find((x) => x.end <= g.start && /^\s*(?:\([A-Z][\w-]{0,11}\)\s*)?(?:[(（,，]\s*|\s+(?:is|was)\s+)(?:an?|the|one\s+of\s+the)\s+$/i.test(text.slice(x.end, g.start)));
    if (m) out.push({ group: g, project: m, confidence: 0.85 });
  }
  return out;
}
