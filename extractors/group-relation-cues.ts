/**
 * The words that state a relation between groups, shared by the sentence reader
 * (group-relations.ts) and the block reader (group-relation-blocks.ts).
 */
import type { Lang } from '../src/article/types.ts';
import type { Mention } from './mentions/types.ts';
import type { GroupRef } from './org-context.ts';

export const COLLAB_EN =
  /\b(?:work(?:s|ed|ing)?\s+hand\s+in\s+hand(?!\s+with)|have\s+(?:a\s+)?(?:standing\s+|regular\s+|weekly\s+|monthly\s+|bi-?weekly\s+|joint\s+)+(?:sync|syncs|meeting|meetings|call|calls)\b|work(?:s|ed|ing)?\s+(?:very\s+|really\s+)?(?:closely\s+|together\s+|hand\s+in\s+hand\s+|a\s+lot\s+)?with|work(?:s|ed|ing)?\s+(?:very\s+|really\s+|so\s+|quite\s+)?(?:closely\s+)?together(?!\s+with)|work(?:s|ed|ing)?\s+(?:very\s+|really\s+|so\s+|quite\s+)?closely\s+on\b|(?:attack|tackl|solv|address|driv|design|build)\w*\s+(?:it\s+|this\s+|that\s+)?together(?!\s+with)|collaborat\w*|cooperat(?:e|es|ed|ing)\s+(?:closely\s+|a\s+lot\s+)?with|partner(?:s|ed|ing)?\s+with|in\s+(?:very\s+)?(?:close\s+|constant\s+|regular\s+|frequent\s+)?(?:contact|touch|sync)\s+with|(?:are|were|remain|stay|stayed)\s+(?:still\s+|always\s+)?in\s+(?:very\s+)?(?:close|constant|regular)\s+(?:contact|touch)|(?:gets?|got|is|are|was|were)\s+coordinated\s+with|co-?organi[sz](?:e|es|ed|ing)|(?:coordinat|liais|sync|interact)\w*\s+(?:a\s+lot\s+|closely\s+|regularly\s+|frequently\s+|heavily\s+|often\s+)?with|coordinat(?:e|es|ed|ing)\s+(?:closely\s+)?on|(?:most|much|a\s+lot|all)\s+of\s+our\s+work\s+(?:is|happens|goes)\s+(?:\w+ly\s+)?with|our\s+work\s+(?:is|happens)\s+(?:mostly\s+|mainly\s+)?with|talk(?:s|ed|ing)?\s+(?:regularly\s+|often\s+|a\s+lot\s+|closely\s+)?(?:to|with)|(?:met|meet|meets)\s+(?:regularly|weekly|often|frequently)|(?:we|they)\s+(?:also\s+|often\s+|regularly\s+)?meet\s+(?=(?:SIG|WG)\s)|(?:bring|brings|brought|pull|pulls|pulled)\s+in\s+(?=(?:the\s+)?(?:SIG|WG)\s)|spend\w*\s+(?:a\s+lot\s+of\s+|much\s+|some\s+|most\s+of\s+our\s+)?time\s+with|meet(?:s|ing)?\s+(?:regularly\s+|weekly\s+|often\s+|also\s+)?with|(?:is|are)\s+(?:probably\s+|definitely\s+|by\s+far\s+|clearly\s+)?(?:the|our)\s+closest|together\s+with|shar(?:e|es|ed|ing)\s+(?:a\s+lot\s+of\s+|much\s+of\s+|some\s+)?(?:the\s+|our\s+|its\s+)?work\s+with|jointly|looked\s+after\s+jointly\s+by|co-?own(?:s|ed|ing)?\s+with|each\s+other['’]s\s+meetings|(?:sit|sits|sat|sitting)\s+down\s+with(?=\s+(?:the\s+)?(?:SIG|WG)\s)|align\w*\s+(?:[\w-]+\s+){0,3}?with|(?:big|close|great|natural|important|strong|long-?time)\s+partners?|(?:closest|main|biggest|key|primary|most\s+important)\s+partners?|cross-SIG\s+(?:work|effort|collaboration)|team(?:s|ed)?\s+up\s+with|with\s+(?:the\s+)?(?:help|support)\s+(?:of|from)|(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:heavily\s+|closely\s+|a\s+lot\s+|strongly\s+)?on|close(?:ly)?\s+(?:tied|linked|aligned)\s+(?:to|with))\b/i;
export const COLLAB_JA = /連携|と(?:は)?[^。、]{0,20}?すり合わせ|と[^。、]{0,12}?合同で|との協力|と(?:は|も)?(?:一緒に|共に|ともに)(?=[^。]{0,40}?(?:確認|検討|議論|進め|取り組|作業|開発|レビュー|テスト|対応|調整|設計|実装|運用))|(?<=(?:SIG|WG)[^、。]{1,30})(?:に|と)(?:も|は)?、?(?:事前に|必ず|よく|いつも|定期的に)?相談(?:し|する|して)|コラボレーション|コラボ|協力し|協力して|協力関係|協働|連絡を取り合|と共同で|が共同で|との共同|の共同の取り組み|一緒に(?:[^。、]{1,8}?を)?(?:活動|取り組|作業|仕事|進め|開発|作っ|作り|作って|議論|検討|動い|動く|動き|確認)|共同作業|共同開発|密接に(?:関わ|関係)|やり取りして|(?:定期的に|密に|頻繁に)?(?:情報交換|意見交換)|(?:頻繁に|よく|定期的に|密に)議論|との(?:調整|すり合わせ)|合同(?:ミーティング|会議|セッション)|関わり(?:が|の)(?:深い|強い|多い)|(?<=と(?:は|も)?、?(?:毎週のように|毎週|よく|頻繁に|定期的に|いつも)?)(?:話して|話し合って|話をして)|と(?:調整|すり合わせ)(?:し|を)/;
export const COLLAB_ZH = /合作|协作|协同|沟通协调|互动|保持(?:着)?(?:密切(?:的)?)?(?:联系|沟通)|紧密联系|走得(?:很|非常|比较|最)?近|联席会议|联合会议|密切配合|紧密配合|配合得(?:很|非常|十分)?(?:紧密|默契)|联系(?:最|很|非常|十分)(?:紧密|密切)|携手|(?:共同|一起)(?:推进|努力|开发|维护|合作|工作|负责|处理|解决|完成|改进|设计)|关系(?:最为|非常|十分|很|最)?密切|(?:讨论|交流|沟通|同步|协调|对齐|一起|一同)(?<=(?:和|与|跟|同)[^，。；,;]{1,30}?(?:讨论|交流|沟通|同步|协调|对齐|一起|一同))/;
export const SPONSOR_LIST = /\b(?:sponsoring|sponsor|stakeholder)\s+SIGs?\b|スポンサー(?:SIG|となっているSIG)|赞助(?:的)?\s?SIG/i;
export const RELATED_HEADING = /\b(?:related|partner|sister|collaborating|adjacent)\s+(?:SIGs?|groups?|working\s+groups?)\b|関連(?:する)?SIG|連携(?:している|する)?SIG|相关\s?(?:的)?\s?SIG|合作(?:的)?\s?SIG/i;
export const GROUP_KINDS_SPONSOR = new Set(['sig', 'committee']);
export const GROUP_KINDS_SPONSORED = new Set(['wg', 'usergroup']);

const COLLAB_ALL = [COLLAB_EN, COLLAB_JA, COLLAB_ZH].map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}g`));

/** The collaboration cues of a sentence, in order. */
export function collabCues(text: string, lang: Lang): RegExpExecArray[] {
  const [en, ja, zh] = COLLAB_ALL;
  const res = lang === 'en' ? [en] : [en, ja, zh];
  return res.flatMap((re) => (re ? [...text.matchAll(re)] : [])).sort((a, b) => a.index - b.index);
}

/** Two groups in a relation: subject and object of the triple. */
export interface Pair {
  a: GroupRef | Mention;
  b: GroupRef | Mention;
}

/** The groups listed from `from` on: the first after a gap matching `lead`, the others after `joiner`. */
export function listFrom(text: string, from: number, groups: Mention[], lead: RegExp, joiner: RegExp): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const g of groups.filter((x) => x.start >= from)) {
    if (!(out.length === 0 ? lead : joiner).test(text.slice(at, g.start))) break;
    out.push(g);
    at = g.end;
  }
  return out;
}
