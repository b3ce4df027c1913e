/**
 * PART_OF between companies, read from the words between two company mentions: "VMware, part of
 * Broadcom", "VMware by Broadcom", "Broadcomグループの一部であるVMware", "VMware（Broadcom 旗下）",
 * "AbemaTV(サイバーエージェントの子会社です)", "博通完成对 VMware 的收购".
 */
import type { Mention } from './mentions/types.ts';

/**
 * Gap between child and parent ("VMware, part of Broadcom"), and for some what must follow the
 * parent ("VMware（现为 Broadcom 的一部分）").
 */
const CHILD_THEN_PARENT: Array<{ gap: RegExp; after?: RegExp; notBefore?: RegExp }> = [
  { gap: /^\s*[,(（]?\s*(?:which\s+(?:as\s+(?:most\s+(?:people|of\s+you)|many|everyone|you)\s+(?:may\s+)?know\s+)?(?:(?:these\s+days|now|today|nowadays)\s+)?(?:is|has\s+been)\s+|now\s+|today\s+|itself\s+|of\s+course\s+|these\s+days\s+|nowadays\s+|also\s+)*(?:a\s+|an\s+)?(?:part|member|subsidiary|division|unit|business\s+unit|brand)\s+of\s+(?:the\s+)?$/i },
  // "VMware by Broadcom", "works at Kasten by Veeam" (not "donated to the CNCF by Docker").
  { gap: /^\s+by\s+$/, notBefore: /\b(?:to|into|from|by)\s+(?:the\s+)?$/iu },
  { gap: /^\s*,?\s*(?:which\s+(?:was|has\s+been)\s+|(?:was|has\s+been|is|now)\s+)?(?:acquired|owned|bought|purchased)\s+by\s+(?:the\s+)?$/i },
  // "VMware（现为 Broadcom 的一部分）".
  { gap: /^\s*[（(]\s*(?:现为|现在是|现已是|已是|目前是|now|现在为)?\s*$/, after: /^\s*(?:旗下(?:的)?(?:公司|子公司)?|的一部分|的子公司|グループ)\s*[)）]/ },
  // "VMwareはご存じのとおり現在はBroadcomの一部です": set phrases and time adverbs may stand between.
  {
    // "Huawei Cloud（華為雲）はHuawei傘下の…": a gloss in brackets may follow the child.
    gap: /^\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:自体)?(?:は|が|も)、?\s*(?:(?:ご存[じ知]の(?:とおり|通り)|現在は?|今は|いまは|今では|いまや|今や|すでに|既に|のちに|後に|その後|\d{4}年(?:から|に|以降))、?\s*)*$/,
    after: /^(?:[（(][^（）()]{1,30}[）)])?(?:グループ)?(?:の子会社|の一員|の一部|の傘下|傘下|に買収|の[^。、は]{0,16}?部門|を親会社と|の(?:グループ)?(?:会社|企業)(?:です|で|、|。))/,
  },
  {
    // "GitHub 虽然是微软的子公司", "GitHub 本身就是微软旗下的公司".
    gap: /^\s*(?:(?:虽然|尽管|其实|本身就?|也|则|早就|早已|如今)\s*){0,3}(?:是|为|现为|已是|现已是|隶属于|属于|(?:现在|目前|如今)(?:已经?)?是|(?:现已|现在已|已经|已|现)?成为了?)\s*$/,
    // "华为云是华为的云服务业务".
    after: /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:旗下|的(?:子公司|一部分)|集团|的[^，。；、]{0,8}?(?:业务部门|事业部|业务|部门))/,
  },
  // "VMware 现已并入博通": merged into the parent.
  { gap: /^\s*(?:现已|现在已|已经?|早已)?\s*并入(?:了)?\s*$/u },
  // "阿里云隶属于阿里巴巴集团": belonging needs no more words after the parent.
  { gap: /^\s*(?:隶属于|从属于|归属于)\s*$/ },
  // "Rancher Labs 在 2020 年被 SUSE 收购".
  // "Isovalent 现在已经被思科收购".
  { gap: /^\s*(?:(?:在|于)\s*\d{4}\s*年\s*)?(?:现在|目前|如今|早在[^，。]{1,10})?(?:已|已经)?被\s*$/, after: /^\s*(?:收购|并购)/ },
  // "VMware 现在已经归入博通旗下".
  { gap: /^\s*(?:现在|目前|如今)?(?:已经?|早已)?\s*(?:归入|纳入)(?:了)?\s*$/u, after: /^\s*(?:旗下|名下)/u },
  // "Isovalent is the company that created Cilium, and it's been part of Cisco since 2024": "it" resumes the subject.
  { gap: /^\s+is\s+[^.;]{1,80}?,\s*and\s+it(?:['’]s|\s+is|\s+has)\s+(?:since\s+|now\s+|also\s+)?(?:been\s+|become\s+)?(?:a\s+|an\s+)?(?:part|subsidiary|division)\s+of\s+(?:the\s+)?$/iu },
  // "Isovalent, the company that created Cilium and which has since become part of Cisco".
  { gap: /^\s*,[^.;]{0,80}?\b(?:and\s+)?(?:which|that)\s+(?:has\s+since\s+|has\s+|is\s+now\s+|now\s+)?(?:become|became|is)\s+(?:now\s+|these\s+days\s+|today\s+|nowadays\s+)?part\s+of\s+(?:the\s+)?$/i },
  // "AbemaTV(サイバーエージェントの子会社です)", "LINEヤフー(ソフトバンク傘下の会社です)": the parent opening the note.
  { gap: /^\s*[(（]\s*$/u, after: /^\s*(?:の子会社|の傘下|傘下|の一部|のグループ会社)(?:の(?:会社|企業))?(?:です)?\s*[)）]/u },
  // "Red Hat (an IBM company)", "レッドハット(現在はIBMの傘下)", "VMware（现属博通）": a note in brackets.
  { gap: /^\s*[(（]\s*(?:an?\s+|現在は|今は|\d{4}年(?:から|以降)(?:は)?|现属|现归属于?|现隶属于?)\s*$/iu, after: /^\s*(?:(?:company|subsidiary)(?:\s+(?:these\s+days|now|today|nowadays|since\s+\d{4}))?\s*|の傘下\s*|傘下\s*|の一部\s*|の子会社\s*)?(?:です(?:ね|よ)?)?[)）]/iu },
  // "Isovalent is now part of Cisco" (membership, "is a member of the CNCF", is not ownership).
  { gap: /^\s+(?:itself\s+)?(?:is|are|has\s+(?:since\s+)?become|became|has\s+been|had\s+been|was)\s+(?:now\s+)?(?:a\s+|an\s+)?(?:part|subsidiary|division|business\s+unit|brand)\s+of\s+(?:the\s+)?$/i },
  // "Red Hat, an IBM subsidiary since 2019", "Red Hat, an IBM company".
  // "AbemaTV, the streaming company that is a CyberAgent subsidiary".
  // "Red Hat, which is an IBM company these days", "LINE Yahoo, which is today a SoftBank group company".
  { gap: /^\s*,\s*(?:(?:the|a|an)\s+[^,.;]{1,40}?\s+(?:that|which)\s+is\s+|which\s+is\s+)?(?:now\s+|today\s+|these\s+days\s+|nowadays\s+)?(?:an?\s+|the\s+)$/iu, after: /^\s+(?:group\s+)?(?:subsidiary|company|business|unit|division)\b/iu },
  // "Huawei Cloud, Huawei's cloud computing arm".
  { gap: /^\s*,\s*$/u, after: /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:arm|subsidiary|division|unit|business\s+unit)\b/iu },
  // "Amazon Web Services (AWS, the cloud arm of Amazon)", "Merpay, the fintech subsidiary of Mercari".
  { gap: /^\s*[,(（]\s*(?:(?:the|a|an)\s+)(?:[\w-]+\s+){0,3}?(?:subsidiary|division|unit|arm)\s+of\s+(?:the\s+)?$/iu },
  // "she moved from GitHub to its parent company, Microsoft".
  { gap: /^[^.;]{0,30}?\bits\s+parent(?:\s+company)?\s*,?\s*$/iu },
  // "Samsung SDS, the IT services company within the Samsung group".
  { gap: /^\s*,\s*(?:the|a|an)\s+[^,.;]{0,40}?\b(?:company|subsidiary|division|unit|arm)\s+(?:within|inside|of)\s+(?:the\s+)?$/iu, after: /^\s+(?:group|family)\b/iu },
  // "HashiCorp, which IBM acquired earlier this year".
  { gap: /^\s*,\s*which\s+$/i, after: /^\s+(?:acquired|bought|purchased)\b/iu },
];
/** "DellはBroadcomの一部ではありません", "X 不是 Y 的一部分": the part-of phrase negated. */
const PART_DENIED = /^[^。；;]{0,16}?(?:ではありません|ではない|じゃない|ではなく|でもない)/u;
/** "BroadcomはVMwareを買収": the parent as topic; the child must be followed by the buying verb. */
const JA_TOPIC_GAP = /^\s*(?:が|は)、?\s*$/;
/** "博通完成对 VMware 的收购": the child must be followed by "的收购". */
const ZH_ACQUISITION_OF = /^\s*(?:已经?|已)?(?:完成|宣布)了?对\s*$/u;
const AFTER_CHILD_ZH_ACQUISITION = /^\s*的(?:收购|并购)/u;
/** Gap between parent and child ("Broadcomグループの一部であるVMware", "Broadcom 旗下的 VMware"). */
const PARENT_THEN_CHILD: RegExp[] = [
  // "トヨタグループのWoven by Toyota": a group company.
  /^(?:グループ)?(?:の一部である|の一部の|の[^。、]{0,10}?部門である|の[^。、]{0,10}?部門の|の一員である|傘下の|の傘下にある|の傘下の|の子会社である|の子会社の)\s*$|^グループの\s*$/,
  /^\s*(?:旗下的?|的(?:全资|控股)?子公司|集团旗下的?)\s*(?:[^，。、,\s]{0,10}?公司\s*)?$/,
  /^\s+(?:acquired|bought|purchased|owns)\s+$/i,
  // "Broadcom completed its acquisition of VMware", "博通收购了 VMware", "Ciscoの傘下に入ったIsovalent".
  /^\s+(?:has\s+|had\s+)?(?:completed|closed|finali[sz]ed|finished)\s+(?:its|the|their)\s+acquisition\s+of\s+(?:the\s+)?$/i,
  /^\s*(?:已经?|于\d{4}\s*年)?\s*(?:收购|并购)了\s*$/u,
  /^(?:の傘下に入った|に買収された|の一部(?:と|に)なった)\s*$/u,
  JA_TOPIC_GAP,
  ZH_ACQUISITION_OF,
];
const AFTER_CHILD_JA_ACQUIRE = /^\s*を(?:買収|傘下に)/;
/** "Mirantis bought Docker's enterprise business", "收购了 Docker 的企业业务": a part of the company changed hands, not the company. */
const A_PART_OF_IT = /^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:business|unit|division|team|assets|product\s+line)\b|\s*的\s*[^，。；、]{0,8}?(?:业务|部门|团队|资产))|^\s*の[^。、]{0,8}?(?:事業|部門|チーム)/u;

export function partOf(text: string, mentions: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  const companies = withGlosses(text, mentions);
  for (let i = 0; i + 1 < companies.length; i++) {
    const a = companies[i];
    const b = companies[i + 1];
    if (!a || !b || a.name === b.name) continue;
    const gap = text.slice(a.end, b.start);
    const afterB = text.slice(b.end, b.end + 30);
    for (const { gap: re, after: need, notBefore } of CHILD_THEN_PARENT) {
      if (!re.test(gap) || notBefore?.test(text.slice(Math.max(0, a.start - 20), a.start))) continue;
      if (need && (!need.test(afterB) || PART_DENIED.test(afterB))) continue;
      out.push([a, b]);
    }
    // "NTTグループのNTTデータ", "阿里巴巴集团旗下的阿里云": a group's company.
    if (/(?:グループ|集团|\bGroup)$/u.test(a.surface) && /^\s*(?:の|的)\s*$/u.test(gap)) out.push([b, a]);
    for (const re of PARENT_THEN_CHILD) {
      if (!re.test(gap) || (re === JA_TOPIC_GAP && !AFTER_CHILD_JA_ACQUIRE.test(afterB)) || A_PART_OF_IT.test(afterB)) continue;
      if (re === ZH_ACQUISITION_OF && !AFTER_CHILD_ZH_ACQUISITION.test(afterB)) continue;
      out.push([b, a]);
    }
  }
  return out;
}

/** "思科（Cisco）完成了对 Isovalent 的收购": a company and its name in brackets are one mention. */
function withGlosses(text: string, companies: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of companies) {
    const prev = out[out.length - 1];
    const close = /^\s*[）)]/u.exec(text.slice(c.end));
    if (prev && prev.name === c.name && close && /^\s*[（(]\s*$/u.test(text.slice(prev.end, c.start))) out[out.length - 1] = { ...prev, end: c.end + close[0].length };
    else out.push(c);
  }
  return out;
}
