/**
 * PART_OF (Company → Company, read in company-part-of.ts) and DEVELOPS (Company → Project), in
 * English, Japanese and Chinese.
 *
 * DEVELOPS is read from the words between a company and a project: "ARMO donated Kubescape",
 * "Buoyant, the creator of Linkerd", "Kubescape, developed by ARMO", "ARMOは、Kubescapeという
 * プロジェクトをCNCFに寄贈しました", "Cが開発したP", "由 C 开源", "C 开源的 P". A demonstrative
 * subject ("このツールは", "这个项目", "This project", "It") stands for the project that the
 * previous sentence of the paragraph is about.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Emit } from '../src/extraction/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { findCompanies } from './mentions/orgs.ts';
import type { Mention } from './mentions/types.ts';
import { evidenceOf, negatedNear } from './org-context.ts';
import { partOf } from './company-part-of.ts';
import { chainAfter, chainBefore } from './owned-lists.ts';
import { sentenceProjects } from './owned-terms.ts';
import { projectAntecedent } from './project-antecedent.ts';
import { findGroups } from './mentions/groups.ts';
import { peopleIndex } from './mentions/people.ts';
import { unknownProjectNames } from './mentions/unknown-projects.ts';

/** Words of making and giving away: a sentence without one names no project of a company. */
const DEVELOP_CUE = /creat|develop|buil|open[- ]?sourc|donat|made|maker|author|launch|releas|start|wrote|incubat|behind|came\s+out|开源|开发|创建|研发|推出|捐赠|发起|孵化|開発|作成|公開|寄贈|オープンソース|立ち上げ|生み出|作っ|作り|作られ/iu;

// ---- DEVELOPS -----------------------------------------------------------------------------
const EN_VERB = '(?:created|creates|develops|developed|built|builds|maintains|open[- ]sourced|open-sources|donated|donates|launched|released|started|wrote|authored|incubated|ships|shipped|spun\\s+out|picked\\s+up)';
// "Isovalent, now part of Cisco, continues to develop Cilium": an appositive may sit between.
// "Infoblox has been developing CoreDNS", "Mirantis and Docker agreed to maintain cri-dockerd", "At Kong we build P", "F5 ships P".
const EN_ACTIVE = new RegExp(`^\\s*(?:,\\s*(?:now|formerly|recently|once|a|an|the|part\\s+of|which\\s+is)\\b[^,.;]{0,40},)?(?:,\\s*which\\s+|,\\s*who\\s+|\\s+(?:engineers|developers|folks|people|researchers)\\s+|\\s+)?(?:has\\s+|have\\s+|had\\s+|also\\s+|originally\\s+|initially\\s+|first\\s+|recently\\s+|still\\s+|continues\\s+to\\s+|continued\\s+to\\s+|(?:agreed|promised|offered|decided|stepped\\s+up)\\s+to\\s+|to\\s+)*(?:${EN_VERB}|develop|maintain|open[- ]source|donate|create|build|been\\s+(?:developing|building|maintaining))\\s+(?:(?:a\\s+(?:large|big|good|significant)\\s+(?:share|part)|(?:most|much|part|all)|the\\s+(?:bulk|core))\\s+of\\s+)?(?:the\\s+|a\\s+(?:new\\s+)?(?:project|tool)\\s+(?:called|named)\\s+)?$`, 'iu');
// "Isovalent, the company that created Cilium", "Weaveworks, the company that coined the term "GitOps" and created Flux".
// "I work at Red Hat, in the team that builds OpenShift AI".
const EN_APPOSITIVE = /^\s*(?:,|\s+is)\s*(?:(?:of\s+course|also|actually|really)\s+)?(?:the\s+)?(?:(?:in|on)\s+the\s+(?:[\w-]+\s+)?team\s+(?:that|which)\s+(?:builds|develops|maintains|created|built)|(?:original\s+)?(?:creators?|makers?|developers?|authors?)\s+of|(?:company|startup|team|folks|people)\s+behind(?:\s+the\s+(?:CNCF\s+)?(?:sandbox\s+|incubating\s+|graduated\s+)?(?:project|tool)\b)?|(?:company|startup|firm|vendor)\s+(?:that|which)\s+(?:[^,.;]{1,40}?\s+and\s+)?(?:originally\s+|first\s+)?(?:created|built|develops|developed|open-sourced|started))\s+(?:the\s+)?$/i;
const EN_INITIATIVE = /^\s*(?:\([^)]{1,12}\)\s*)?(?:initiative|project|tool|program|effort)\s+(?:called|named)\s+$/i;
// "kube-bench, the CIS benchmark checker developed by Aqua Security", "Cluster API Provider vSphere, for instance, was originally developed at VMware", "Packer is made by HashiCorp".
const EN_PASSIVE = /^\s*,?\s*(?:(?:the|a|an)\s+[^,.;]{1,40}?\s+|for\s+(?:instance|example)\s*,\s*)?(?:which\s+|that\s+)?(?:itself\s+)?(?:(?:was|is|were|has\s+been)\s+)?(?:originally\s+|initially\s+|first\s+|still\s+|now\s+|mainly\s+|mostly\s+|largely\s+|primarily\s+|actively\s+|both\s+|all\s+)?(?:created|developed|built|made|open[- ]sourced|donated|started|written|incubated|designed|co-?designed|initiated|kicked\s+off)\s+(?:(?:largely|mostly|mainly|primarily|jointly|originally|together)\s+)?(?:at|by)\s+(?:the\s+)?(?:(?:a\s+(?:small\s+)?(?:team|group)\s+of\s+)?(?:engineers|developers|folks|people)\s+(?:at|from)\s+|a\s+team\s+(?:at|from)\s+)?$/i;
/** "JobSet started as a side project inside Google": where the project was born. */
// "Open Policy Agent came out of Styra", "Krew has an interesting history: it started inside Google".
const EN_ORIGIN = /^(?:\s+has\s+[^.;:]{1,30}:\s*it|\s*,\s*which(?:\s+of\s+course|\s+originally|\s*,[^,.;]{1,20},)?)?\s+(?:itself\s+)?(?:(?:was\s+)?(?:started(?:\s+(?:its\s+)?(?:life|out))?|began(?:\s+(?:its\s+)?life)?|originated|was\s+born)\b(?:\s+(?:as|in)\s+[^,.;]{1,40}?)?\s+(?:inside|at|within)|(?:originally\s+)?(?:came|grew|spun)\s+out\s+of)\s+(?:the\s+)?$/iu;
/** "Karpenter, which AWS donated", "the Sigstore project, which Chainguard and Google started": the project is the object of a relative clause. */
// "The GPU Operator, for example, is a product that NVIDIA develops": the same after "is a product".
const EN_RELATIVE_BEFORE = /^(?:[ \t]+(?:project|tool|library|operator|framework))?(?:[ \t]*(?:,|—|–|--)[ \t]*(?:which|that)|[ \t]+(?:that|which)|[ \t]*,[ \t]*(?:the|a|an)[ \t]+[^,.;]{1,50}?(?:[ \t]+(?:that|which))?|(?:[ \t]*,[ \t]*for[ \t]+(?:example|instance)[ \t]*,)?[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:product|project|tool|library|framework|driver|platform|service|distribution)[ \t]+(?:that|which))[ \t]+(?:[^,.;]{1,40}?[ \t]+(?:and|,)[ \t]+)?$/i;
// "Velero, the backup project VMware has been developing ever since".
const EN_RELATIVE_AFTER = new RegExp(`^\\s*(?:(?:,|and)\\s+[^,.;]{1,40}?\\s+)?(?:has\\s+|have\\s+|had\\s+|originally\\s+|initially\\s+|first\\s+|jointly\\s+|later\\s+)*(?:${EN_VERB}|been\\s+(?:developing|building|maintaining)|(?:continues|continued|still\\s+continues)\\s+to\\s+(?:develop|build|maintain))\\b`, 'iu');
/** "the control plane for vLLM that ByteDance open-sourced": the clause describes the head before "for", not vLLM. */
/** Between projects coordinated before a making passive: "Prow and TestGrid", "A, B and C". */
/** Between companies that made something together: "Solo.io and Google", "Tetrate started together with Bloomberg". */
const COMPANY_PARTNERS = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\s+(?:started|built|created|developed)?\s*(?:together\s+with|along\s+with|with)\s+)$/u;
const COORDINATED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|(?:和|与|及|、|以及)\s*)$/u;
const EN_PREP_BEFORE = /\b(?:for|of|on|around|with|to|into)\s+$/iu;
const THE_COMPANYS = /(?:(?<![\u4e00-\u9fff])(?:我们)?公司的|(?<![\u3040-\u9fff])(?:弊社|当社|自社)の|\b(?:our|my)\s+company['’]s)\s*$/u;
/** "Kong's implementation, Kong Ingress Controller, …". */
const EN_POSSESSIVE = /^['’]s\s+(?:own\s+)?(?:implementation|project|operator|product|tool|driver|controller|distribution)s?,?\s+(?:the\s+)?$/iu;
const MAKER_AFTER_PROJECT = /^\s*(?:を(?:開発|作っ|作成|提供)(?:する|している|した|してきた)|を(?:生み出し|立ち上げ|始め)た|の開発元(?:である|として知られる|の)?)\s*$/u;
const MAKER_TOPIC = /^\s*(?:は、?|も、?|(?:也|还|就)?\s*是)\s*$/u;
const MAKER_OF_PROJECT = /^\s*(?:の開発元|的\s*(?:核心|主要)?\s*(?:开发|维护)(?:企业|公司|商|者|方))/u;
const ZH_MADE_ARE = /^\s*(?:开发|开源|打造|推出)的(?:是|有)\s*$/u;
const COMPANYS_KIND = /^['’]s\s+(?:[\w-]+\s+){0,4}?(?:project|tool|platform|engine|framework|scheduler|system|operator|runtime|service|distribution|driver|provisioner|plugin|library|collector|gateway|controller|orchestrator|agent|shim|layer|product|offering|manager|SDK|CLI|dashboard)\b/iu;
const EN_IT_OBJECT = new RegExp(`^\\s+(?:has\\s+|had\\s+|also\\s+|originally\\s+|initially\\s+|first\\s+)*(?:${EN_VERB})\\s+(?:it|the\\s+project)\\b`, 'iu');
// "The project was started by engineers at DaoCloud", "It started life in 2017 at Zalando", "It came out of the Sky Computing Lab at UC Berkeley".
const EN_ANAPHOR_PASSIVE =
  /^\s*(?:It|This\s+(?:project|tool)|The\s+(?:project|tool))(?:['’]s\s+|\s+(?=(?:was|is|has\s+been|started|began|originated|originally|came|grew|spun)\b))(?:(?:(?:was|is|has\s+been)\s+)?(?:originally\s+|initially\s+|first\s+|still\s+)?(?:created|developed|built|open[- ]sourced|started)\s+(?:(?:largely|mostly|mainly|originally)\s+)?(?:at|by)\s+(?:the\s+)?(?:(?:a\s+(?:small\s+)?(?:team|group)\s+of\s+)?(?:engineers|developers|folks|people)\s+(?:at|from)\s+|a\s+(?:small\s+|core\s+)?team\s+(?:at|from)\s+)?|(?:started(?:\s+(?:life|out))?|began(?:\s+life)?|originated)(?:\s+(?:as|in)\s+[^,.;]{1,40}?)?\s+(?:inside|at|within)\s+(?:the\s+)?|(?:originally\s+)?(?:came|grew|spun)\s+out\s+of\s+(?:the\s+)?(?:[A-Z][^,.;]{0,40}?\s+(?:at|of)\s+)?(?:the\s+)?)$/;

const JA_ALSO_LIST = /^\s*も\s*$/u;
const JA_SUBJECT = /^\s*(?:は|が)、?/;
// "PFNはChainerやOptunaを開発した会社": the projects may be listed before を.
const JA_OBJECT_VERB = /^\s*(?:(?:や|、|と)[^。、を]{1,30}?)?(?:という(?:[^\s、。を]{0,8}))?を(?!ベースに|もとに|基に|元に|参考に|使って|利用して)[^。]{0,20}?(?:寄贈|開発|作成|公開|オープンソース化|リリース|立ち上げ|生み出|作りました|作った)/;
// "NVIDIAが開発するGPU向けのDRAドライバー（k8s-dra-driver-gpu）": a description, then the name in brackets.
// "マイクロソフトがCNCFに寄贈したKubeFleet", "Googleが開発したHugoテーマのDocsy", "AWSが提供するEKS".
const JA_MODIFIER = /^\s*(?:のチーム|のエンジニア(?:たち)?|の開発者)?(?:が|の)(?:[^。、]{1,12}?に)?(?:中心となって|主体となって|主導して)?(?:(?:開発|作成|公開)・)?(?:開発|作成|公開|オープンソース化|リリース|寄贈|提供)(?:した|する|している|を行っている|を進めている|を始めた|を進めてきた)(?:[^。、（(]{1,20}[（(]|[^。、]{1,20}の|[^。、]{1,24}である|[^。、]{0,19}[^。、でがはもとに]、|[\u30a0-\u30ff\u4e00-\u9fff]{1,16})?\s*$|^\s*(?:発|製)の?\s*$|^\s*の(?:商用|オープンソースの)?(?:製品|プロダクト|サービス|プロジェクト)(?:である|の)\s*$/;
// "CRI-OはもともとRed Hatが立ち上げたプロジェクト": the verb ends the clause (not "Googleが開発したHugoテーマ").
const JA_ORIGIN = /^\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:という(?:会社|企業|スタートアップ))?(?:の)?(?:内部|社内|内|中|チーム|エンジニア(?:たち)?|人たち|人々)?(?:で|によって|により|が)[^。、]{0,30}?(?:開発|作成|作られ|生まれ|誕生|立ち上げ|始め|始まっ)(?!(?:した|された|する|している)(?!OSS)[A-Za-z])/;
const ZH_BY = /由\s*$/;
/** "由 datenlord 开源", "由 Google 根据…经验而开发的": the verb may follow a short adverbial. */
// "由阿里云团队开源的", "由谷歌贡献的".
const ZH_BY_VERB = /^\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:的?\s*(?:几位|一些|多位)?\s*(?:公司|团队|工程师|开发者))?(?:[^。；由]{0,40}?(?:而|所))?\s*(?:(?:和|与|及)\s*[^，。；由]{1,16}?\s*)?(?:在\s*[^，。；由]{1,12}?\s*)?(?:共同|一起|联合|继续|持续)?\s*(?:接手)?\s*(?:开源|开发|创建|发起|捐赠|贡献|主导开发|研发|孵化|牵头|主导|设计|共同设计|共同发起|共同开发|维护)/;
/** "AIBrix 是字节跳动开源的": the project, then the company that made it. */
const ZH_PROJECT_IS_BY = /^\s*[，,]?\s*(?:(?:也|最初|最早|原本|就|其实|正|本来|本身|自身)\s*){0,3}(?:是|由)\s*(?:由\s*)?$/u;
/** "Argo CD 和 Argo Rollouts 都诞生于 Intuit". */
const ZH_BORN_AT = /^\s*(?:(?:都|也|最初|最早|其实)\s*)*(?:诞生于|起源于|源自|出自|孵化于|始于)\s*$/u;
/** "Buoyant 就是当年创建 Linkerd 的公司". */
const ZH_MAKER_REL = /^\s*(?:就|也|正)?是\s*(?:当年|最初|最早)?\s*(?:创建|开发|打造|创立|发起|开源)(?:了)?\s*$/u;
// "KubeEdge 是华为开源并捐赠给 CNCF 的边缘计算项目".
// "Portworx 是 Pure Storage 为 Kubernetes 打造的数据平台".
// "CAPV 最初是由 VMware 的工程师开发的", "OPA 是 Styra 的创始团队写出来的".
const ZH_MADE_IT = /^\s*(?:的?\s*(?:公司|团队|创始团队|工程师|几位工程师|开发者))?\s*(?:最初|最早)?\s*(?:自己|自家)?\s*(?:在[^，。；的]{1,16}?)?(?:为[^，。；的]{1,20}?)?(?:主导|牵头)?(?:开源|开发|创建|推出|研发|自研|捐赠|发起|打造|设计|写出来|做出来|做)(?:给[^，。；的]{1,12}?)?(?:(?:并|、|和|后)[^，。；的]{0,16})?的/u;
const ZH_THIS_IS = /(?:^|[，,—]|虽然|其实|不过|而且)\s*(?:这|它|这个项目|该项目)\s*(?:(?:确实|其实|也|就|本来|最初|原本)\s*)*是\s*(?:由\s*)?$/u;
/** "VNG 是越南国民级通讯应用 Zalo 的开发商". */
const PRODUCT_OF = /^\s*(?:的|の)\s*[^，。；、]{0,16}?(?:托管服务|云服务|服务|产品|发行版|マネージドサービス|サービス|製品|ディストリビューション)(?:です|。|，|、|$)/u;
const ZH_MAKER_OF = /^\s*的\s*(?:开发商|开发者|创造者|创建者|出品方)/u;
/** "DaoCloud 开源了一个新的多集群管理工具 Kairship". */
const ZH_ACTIVE = /^\s*(?:公司)?\s*(?:最近|近日|今天|本周|也|还|曾经?|早年|早期|最早|最初)?\s*(?:联合[^，。；]{1,10}?)?(?:开源了|发布了|推出了|创建了|开发了|捐赠了|自研了)[^，。；、]{0,24}?$/u;
// "华为开源的轻量级容器引擎 iSulad": a short description may stand between.
// "NetApp 开源 CSI 驱动 Trident": "open-source" as an adjective before a short description.
const ZH_MODIFIER = /^\s*(?:公司)?\s*(?:(?:开源|开发|创建|研发|推出|捐赠)(?:的|了)\s*(?:[^\s，。、；,;]{1,12}?\s*)?|开源(?:的)?\s*(?:[A-Za-z]{2,8}\s*)?[\u4e00-\u9fff]{0,4}(?:驱动|项目|工具|插件|框架|平台|系统|引擎|组件|库|调度器|控制器)\s*)$/u;
/** "阿里巴巴开源的 QoS 感知调度系统": a name that only modifies the description after it is not the project. */
const QUALIFIES_NEXT = /^\s*(?:向け|用の|対応の|ドライバー|ドライバ|プラグイン|プロバイダー|驱动|插件)|^\s+(?:provider|providers|plugin|plugins|integration|backend|port|SDK|support|implementations?)\b/iu;
const QUALIFIED_APPOSITION = /^\s+(?:provider|plugin|integration|backend|SDK)s?(?:\s+(?:for|of)\s+[^,.;]{1,30}?)?\s*,\s*$/iu;
const ZH_MODIFIES_NOUN = /^\s*(?![这那等的和与及])[\u4e00-\u9fff]{0,6}(?:系统|平台|工具|框架|引擎|服务|方案|调度器)/u;

const DEMONSTRATIVE = /^\s*(?:このツール|このプロジェクト|このドライバー|このライブラリ|本プロジェクト|同プロジェクト|本ツール|同ツール|これ|这个项目|该项目|此项目|这个工具|该工具|它|It\b|This\s+(?:project|tool)\b|The\s+(?:project|tool)\b)/;

const ASSUMED_BEFORE = /\b(?:assume|assumes|assumed|assuming|think|thinks|believe|believes|mistakenly)\s+(?:that\s+)?$|(?:以为|误以为|误认为)\s*$|と(?:思われ|誤解され)/iu;

const THE_PROJECT_OPENS = /^\s*(?:The|This)\s+project\b|^\s*(?:このプロジェクト|本プロジェクト|同プロジェクト|这个项目|该项目)/u;

/** The project a demonstrative subject stands for; "The project was started by …" opening a paragraph takes up the previous paragraph's topic. */
function antecedent(article: ParsedArticle, s: Sentence): Mention | undefined {
  return projectAntecedent(article, s, THE_PROJECT_OPENS.test(s.text));
}

/**
 * `unknown`: proper names no lexicon knows; they stand where a project does in the phrases read
 * between two names ("Mercari open-sourced Tortoise", "Crane 是腾讯开源的"), never for anaphora.
 */
function develops(article: ParsedArticle, s: Sentence, companies: Mention[], projects: Mention[], unknown: Mention[]): Array<[Mention, Mention | { name: string }]> {
  const text = s.text;
  const out: Array<[Mention, Mention | { name: string }]> = [];
  const subjectAnaphor = DEMONSTRATIVE.exec(text);
  const named = [...projects, ...unknown].sort((x, y) => x.start - y.start);
  // "我在 Isovalent 工作，公司的 Cilium 也实现了…", "our company's Cilium": the project of the company just named.
  for (const p of projects) {
    if (!THE_COMPANYS.test(text.slice(0, p.start))) continue;
    const c = [...companies].reverse().find((x) => x.end <= p.start);
    if (c) out.push([c, p]);
  }
  for (const c of companies) {
    const after = text.slice(c.end);
    const before = text.slice(0, c.start);
    // "People sometimes assume Red Hat develops Headlamp": a belief the sentence goes on to correct.
    if (ASSUMED_BEFORE.test(before)) continue;
    // "Karpenter is a separate project: AWS donated it to SIG Autoscaling": "it" is the project named before.
    const itObject = EN_IT_OBJECT.exec(after);
    if (itObject) {
      // "open-sourced OpenKruise, a set of controllers for … StatefulSets, and … donated the project": the sentence's topic.
      const earlier = projects.filter((x) => x.end <= c.start);
      const named = /project$/iu.test(itObject[0]) ? earlier[0] : earlier[earlier.length - 1];
      const it = named ?? antecedent(article, s);
      if (it) out.push([c, it]);
    }
    for (const p of named) {
      if (p.start >= c.end) {
        const gap = text.slice(c.end, p.start);
        // "builds the Azure provider for Karpenter", "Azure向けの karpenter-provider-azure": the name qualifies another thing.
        const qualifier = QUALIFIES_NEXT.test(text.slice(p.end));
        // "…builds the Azure provider for Karpenter, karpenter-provider-azure": the thing's own name in apposition.
        // "At Kong we build the Kong Ingress Controller": the speakers' company.
        const active = EN_ACTIVE.test(gap) || (/\bat\s+$/iu.test(before) && /^\s+we\s/u.test(gap) && EN_ACTIVE.test(gap.replace(/^\s+we\s+/u, ' ')));
        const named2 = qualifier && active ? named.find((q) => q.start > p.end && QUALIFIED_APPOSITION.test(text.slice(p.end, q.start))) : undefined;
        if (named2) out.push([c, named2]);
        if (!qualifier && (active || EN_APPOSITIVE.test(gap) || EN_POSSESSIVE.test(gap) || (EN_INITIATIVE.test(gap) && /\b(?:a|an|new)\s+$/i.test(before)))) {
          out.push([c, p]);
          // "Mirantis and Docker agreed to maintain cri-dockerd": the companies coordinated before.
          if (active) for (const d of chainBefore(text, companies, c, COORDINATED).slice(0, -1)) out.push([d, p]);
          // "the company behind Chainer and Optuna": the projects coordinated after.
          // ("…develop Cilium, and Tetragon is developed by …" starts a clause of its own.)
          for (const q of chainAfter(text, named, p, COORDINATED).slice(1)) if (!/^\s+(?:is|are|was|were|has|have|had)\b/u.test(text.slice(q.end))) out.push([c, q]);
        }
        if (JA_SUBJECT.test(after) && JA_OBJECT_VERB.test(text.slice(p.end)) && !/[。]/.test(gap)) out.push([c, p]);
        if (ZH_MAKER_REL.test(gap) && /^\s*的\s*(?:那家)?(?:公司|企业|团队|初创公司)/u.test(text.slice(p.end))) out.push([c, p]);
        // "IsovalentはCiliumの開発元", "DaoCloud 也是 HAMi 的核心开发企业之一", "F5 开发的是 A 和 B".
        if ((MAKER_TOPIC.test(gap) && MAKER_OF_PROJECT.test(text.slice(p.end))) || ZH_MADE_ARE.test(gap)) {
          out.push([c, p]);
          if (ZH_MADE_ARE.test(gap)) for (const q of chainAfter(text, named, p, COORDINATED).slice(1)) out.push([c, q]);
        }
        // ("DockerがCNCFに寄贈したcontainerdは、CRI-Oとは…": the nearest project is the one described.)
        const between = named.some((q) => q.start >= c.end && q.end <= p.start && /^\s*(?:は|が|も)/u.test(text.slice(q.end)));
        if ((JA_MODIFIER.test(gap) && !qualifier && !between) || ((ZH_MODIFIER.test(gap) || ZH_ACTIVE.test(gap)) && !ZH_MODIFIES_NOUN.test(text.slice(p.end)))) out.push([c, p]);
      } else if (p.end <= c.start) {
        const gap = text.slice(p.end, c.start);
        const modifier = /^\s+(?:that|which)\s+$/iu.test(gap) && EN_PREP_BEFORE.test(text.slice(0, p.start));
        const passive = EN_PASSIVE.test(gap);
        if (passive || EN_ORIGIN.test(gap) || (EN_RELATIVE_BEFORE.test(gap) && EN_RELATIVE_AFTER.test(after) && !modifier)) {
          out.push([c, p]);
          // "designed jointly by Solo.io and Google", "started by Google, IBM and Lyft", "which Tetrate started together with Bloomberg".
          for (const d of chainAfter(text, companies, c, COMPANY_PARTNERS).slice(1)) out.push([d, p]);
          // "Prow and TestGrid were both built by Google engineers": the projects coordinated before.
          if (passive) for (const q of chainBefore(text, named, p, COORDINATED).slice(0, -1)) out.push([c, q]);
        }
        // "vSphere CSI Driver自体は今もVMwareが開発を続けています".
        // "KubeEdgeもKarmadaも、Huawei Cloudのチームが立ち上げて…": projects listed with も share the origin.
        // "LeaderWorkerSet（LWS）はGoogleが…", "raftのほうは、もともとCoreOSが…", "etcd自体もCoreOSで生まれた": a gloss or a focus word may follow the topic.
        const topicMark = text.slice(p.end, p.end + 30).replace(/^\s*[（(][^（）()]{1,20}[）)]/u, '').replace(/^(?:自体|本体|のほう)/u, '');
        if (/^\s*も/u.test(topicMark) && JA_ORIGIN.test(after) && !/[。]/.test(gap)) for (const q of chainBefore(text, named, p, JA_ALSO_LIST)) out.push([c, q]);
        else if (JA_SUBJECT.test(topicMark) && JA_ORIGIN.test(after) && !/[。]/.test(gap)) out.push([c, p]);
        // "NGINXを開発するF5", "Ciliumの開発元であるIsovalent", "Moby 是 Docker 主导开发的".
        if (MAKER_AFTER_PROJECT.test(gap)) out.push([c, p]);
        if (ZH_BORN_AT.test(gap)) for (const q of chainBefore(text, named, p, COORDINATED)) out.push([c, q]);
        // "Karmada, Huawei's multi-cluster orchestration project": the company's project in apposition.
        // "Kanister is Kasten's project".
        if (/^\s*(?:,|\s+(?:is|was)(?:\s+(?:also|really|actually|originally))?)\s*$/u.test(gap) && COMPANYS_KIND.test(after)) out.push([c, p]);
      }
    }
    // "由 datenlord 开源": the sentence's topic; "このツールは…Cで開発", "It was developed at C": the antecedent.
    // "由谷歌贡献的 TPU 驱动 dra-driver-google-tpu": else the project the phrase describes.
    if (ZH_BY.test(before) && ZH_BY_VERB.test(after)) {
      // "由 AWS 捐赠给 Kubernetes 项目的 Karpenter": the project the phrase ends on, after 的.
      const near = named.filter((p) => p.start >= c.end && p.start - c.end <= 40 && !/[，。；]/u.test(text.slice(c.end, p.start)));
      const described = near.find((p) => /的\s*$/u.test(text.slice(c.end, p.start))) ?? near.find((p) => p.start - c.end <= 24);
      // "kube-openapi 早期依赖 gnostic，gnostic 最初是由谷歌开发的": the project of the clause, else the sentence's first.
      const sameClause = named.filter((p) => p.end <= c.start && !/[，。；,;]/u.test(text.slice(p.end, c.start))).pop();
      const endsOn = near.find((p) => /的\s*$/u.test(text.slice(c.end, p.start)));
      // "一个是 A，另一个是 B，后者由英伟达开发": "the latter" and "the former" point into the list before.
      const earlier = named.filter((p) => p.end <= c.start);
      const pointed = /后者[^，。；]{0,4}$/u.test(before) ? earlier[earlier.length - 1] : /前者[^，。；]{0,4}$/u.test(before) ? earlier[0] : undefined;
      const topic = subjectAnaphor ? antecedent(article, s) : (pointed ?? sameClause ?? endsOn ?? projects.find((p) => p.end <= c.start) ?? described);
      if (topic) out.push([c, topic]);
      // "由 Solo.io 和谷歌共同设计": the companies coordinated after the agent.
      if (topic) for (const d of chainAfter(text, companies, c, COORDINATED).slice(1)) out.push([d, topic]);
    }
    // "AKS 是微软的托管 Kubernetes 服务", "AKSはマイクロソフトのマネージドKubernetesサービスです": the company's product.
    if (PRODUCT_OF.test(after)) {
      const p = [...projects].reverse().find((x) => x.end <= c.start && /^\s*(?:也|就)?(?:是|は|が)\s*$/u.test(text.slice(x.end, c.start)));
      if (p) out.push([c, p]);
    }
    // "AIBrix 是字节跳动开源的", "libnetwork 就是 Docker 自己开发的", "NFD 最早是英特尔在 2016 年前后开源的".
    if (ZH_MADE_IT.test(after)) {
      const p = [...named].reverse().find((x) => x.end <= c.start && ZH_PROJECT_IS_BY.test(text.slice(x.end, c.start)));
      // "Terway，这是阿里云自己开发的…", "它确实是 DaoCloud 开源的项目": a pronoun takes up the project named before.
      const pronoun = p ? null : ZH_THIS_IS.exec(before);
      const referent = pronoun ? ([...named].reverse().find((x) => x.end <= pronoun.index) ?? antecedent(article, s)) : undefined;
      const made = p ?? referent;
      if (made) out.push([c, made]);
    }
    // "VNG 是越南国民级通讯应用 Zalo 的开发商".
    if (/^\s*(?:是|为)/u.test(after)) {
      const p = projects.find((x) => x.start > c.end && x.start - c.end <= 30 && ZH_MAKER_OF.test(text.slice(x.end)) && !/[，。；]/u.test(text.slice(c.end, x.start)));
      if (p) out.push([c, p]);
    }
    if (subjectAnaphor && !projects.some((p) => p.end <= c.start)) {
      const anaphoricJa = JA_ORIGIN.test(after);
      const anaphoricEn = EN_ANAPHOR_PASSIVE.test(before);
      if (anaphoricJa || anaphoricEn) {
        const topic = antecedent(article, s);
        // "このドライバー" takes up a driver, not the feature it implements.
        const fits = !/ドライバー|driver/iu.test(subjectAnaphor[0]) || /driver|ドライバー/iu.test(topic?.name ?? '');
        if (topic && fits) out.push([c, topic]);
      }
    }
  }
  // "F5が開発していたものではありません": a Japanese negation closes the company's clause.
  return out.filter(([c]) => !negatedNear(text, c.start, c.end + 20) && !JA_DENIED_AFTER.test(text.slice(c.end)));
}

const JA_DENIED_AFTER = /^[^。、]{0,30}?(?:ものでは|わけでは|のでは)(?:ありません|ない)/u;

function emitAll(emit: Emit, s: Sentence, parts: Array<[Mention, Mention]>, devs: Array<[Mention, Mention | { name: string }]>): void {
  const seen = new Set<string>();
  for (const [child, parent] of parts) {
    const k = `P\u0000${child.name}\u0000${parent.name}`;
    if (seen.has(k)) continue;
    seen.add(k);
    emit.triple({ s: { type: 'Company', name: child.name }, p: 'PART_OF', o: { type: 'Company', name: parent.name }, confidence: 0.85, evidence: evidenceOf(s) });
  }
  for (const [c, p] of devs) {
    const k = `D\u0000${c.name}\u0000${p.name}`;
    if (seen.has(k)) continue;
    seen.add(k);
    emit.triple({ s: { type: 'Company', name: c.name }, p: 'DEVELOPS', o: { type: 'Project', name: p.name }, confidence: 0.85, evidence: evidenceOf(s) });
  }
}

export const companyRelations = defineExtractor(
  { id: 'company-relations', description: 'PART_OF between companies and DEVELOPS from companies to projects' },
  (article, emit) => {
    for (const s of article.sentences) {
      const companies = findCompanies(s.text);
      if (companies.length === 0) continue;
      // Repository-style names count too ("k8s-dra-driver-gpu"): a company's own projects are often not in the lexicon.
      const projects = sentenceProjects(s.text).filter((p) => !companies.some((c) => p.start < c.end && c.start < p.end));
      const unknown = DEVELOP_CUE.test(s.text)
        ? unknownProjectNames(s.text, [...companies, ...projects, ...findGroups(s.text), ...peopleIndex(article).findPeople(s.text, s.span.start)])
        : [];
      emitAll(emit, s, partOf(s.text, companies), develops(article, s, companies, projects, unknown));
    }
  },
);
