/**
 * The verbs of active ownership ("SIG X owns P", "SIG Xが…を管理", "SIG X 负责 P") and the words around
 * them that say the group is not the subject or the project not the object.
 */
import type { Mention } from './mentions/types.ts';

export const OWN_VERB_EN =
  /\b(?:(?<!\b(?:its|their|our|my|his|her|your)\s+)owns?|owning|hosts|maintains?|maintaining|(?:is|are|['’]re|['’]s)\s+(?:also\s+|mainly\s+|primarily\s+|directly\s+|ultimately\s+)?(?:responsible|in\s+charge)\s+for|(?:is|are)\s+(?:also\s+)?(?:the\s+)?home\s+(?:to|of)|looks?\s+after|takes?\s+care\s+of|oversees?|stewards?|(?:has\s+|have\s+)?(?:taken|took|takes)\s+(?:over\s+)?ownership\s+of)\b/i;
export const OWN_VERB_JA = /(?:を|の|も)(?:所有|保有|管理|担当|メンテナンス|保守|維持|運営|開発)(?:して|し、|する|しており|しています|しま)/;
/** "资源管理", "版本管理": 管理 closing a compound noun is no verb; "管理する" is Japanese, read by OWN_VERB_JA. */
export const OWN_VERB_ZH = /(?:负责(?!人)|维护(?!者|人)|拥有|(?<!资源|配置|版本|项目|社区|集群|节点|内存|存储|网络|权限|身份|镜像|依赖|周期|流量|证书|密钥)管理(?!员)|主导)(?:着|了)?(?![\u3040-\u309f])/;
export const OWN_VERBS = [OWN_VERB_EN, OWN_VERB_JA, OWN_VERB_ZH].map((re) => ({ re, all: new RegExp(re.source, `${re.flags}g`) }));
export const PERSON_SUBJECT_BEFORE = /(?:他|她|彼|彼女)\s*(?:也|还|一直|主要|仍然|は|が|も)?\s*$|\b(?:he|she)\s+(?:also\s+|still\s+|now\s+|mainly\s+)?$/iu;
// "…都归 SIG Apps 负责；而 kubectl … 则由 SIG CLI 维护": a semicolon or 而 opens another clause.
export const NEXT_CLAUSE_ZH = /[，,；;。]\s*(?:也|还|并且?|另外|同时|但是?|不过|而)|[；;。]/u;
export const ZH_FOUNDED_REL = /^[^。；]{0,12}?(?:发起|成立|创建|创立|赞助)的/u;
export const EN_ROLE_NOUN_AFTER = /^(?:['’]s)?\s+(?:co-?)?(?:approver|reviewer|member|lead|tech\s+lead|chair|maintainer|contributor|liaison|shadow)s?\b/iu;
/** "负责提供…OpenTelemetry 的集成方式": the project only qualifies what the group is responsible for ("kubelet 的开发" is the project's own). */
export const ZH_MODIFIES_OTHER = /^\s*的\s*(?!开发|维护|管理|代码|仓库|发布|运营|实现|工作|相关|设计|演进|迭代|日常|整体|全部|所有|子项目|项目)[\u4e00-\u9fff]/u;
export const ZH_PRONOUN_CLAUSE = /[，,；;]\s*(?:因为|所以|而|但)?\s*(?:我们|他们|咱们|我|他|她)\s*(?:也|还|都|则|主要|一直|现在|目前)*\s*$/u;
/** "image-builder 是 SIG X 旗下的子项目，负责为…构建…": the subproject is what is responsible. */
export const ZH_PROJECT_CLAUSE = /(?:子项目|项目|组件|工具)[，,]\s*(?:主要|专门)?$/u;
export function newClauseAt(text: string, from: number, m: Mention): boolean {
  return /,\s*and\s+(?:the\s+)?$/iu.test(text.slice(from, m.start)) && /^\s+(?:[a-z][\w-]*\s+){0,2}(?:are|is|were|was|has|have|had)\b/u.test(text.slice(m.end));
}
export const ROLE_NOUN_AFTER = /^\s*(?:的|の)\s*[^，。、,]{0,6}?(?:负责人|主席|成员|维护者|评审人|审批人|技术主管|リード|チェア|メンバー|レビュアー|アプルーバー|メンテナー|(?:tech(?:nical)?\s+)?lead|(?:co-?)?chair|reviewer|approver|maintainer|member)/iu;
/** A person or pronoun as the topic ("私は", "Guyさんは"): the verb is theirs, not the group's. */
export const JA_OTHER_SUBJECT = /(?:私|僕|彼|彼女|自分|さん|氏)(?:は|が|も)/u;
