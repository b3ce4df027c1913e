/**
 * WORKS_AT from the article text (front matter and bylines are front-matter.ts's), current and
 * past employers alike:
 * - "Name (Company)", "Name（Company）", "Name (@handle)，Company" lines, link text "Name, Company";
 * - a job title before "at Company" ("a Software Engineer at VMWare", "Head of Marketing at
 *   Buoyant"), employment verbs ("works at", "employed with", "joined", "ended up at a startup
 *   called X", "works on the VMware … team");
 * - Japanese "Xに勤めています", "Xで…として働いて", "Xでは…チームを率いて", "XのName";
 * - Chinese "在 X 工作", "就职于 X", "来自 X 的 Name".
 * The person is the one named nearest before the cue, the speaker of the answer for "I"/"私"/"我"
 * or an omitted subject, or the person a profile section is about. "worked with Google on …",
 * customers and partners are not employers.
 */
import type { ParsedArticle, Sentence } from '../src/article/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { canonicalCompany, findCompanies, findProjects } from './mentions/orgs.ts';
import { peopleIndex, type PeopleIndex } from './mentions/people.ts';
import { contextPerson, subjectBefore } from './employment-subject.ts';
import { fromAffiliationLines, fromLabels, fromLinks, fromParentheses, fromTables, type Found } from './employment-blocks.ts';
import { employerMentions } from './employer-mentions.ts';
import { CUE_AFTER_JA, CUE_BEFORE_EN, JA_PREVIOUS_JOB, STUDY_AFTER_EN, TITLE_EN, WORK_AT_JA } from './employment-cues.ts';
import { evidenceOf, groupsIn, negatedNear } from './org-context.ts';

const PLANNED_OR_SOMEONE = /将(?:要|会)?\s*(?:加入|去|入职)|即将|打算|计划(?:加入|去)|准备(?:加入|去)|有一位|有位|某位|\b(?:will|going\s+to|plan(?:s|ning)?\s+to|about\s+to)\s+(?:join|move\s+to|start\s+at)\b|入社予定|に入社する予定/iu;
const JA_WORK_THERE = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:で|では|にて)、?[^。「」]{0,40}?(?:携わる|携わっている|従事する|従事している|担当する|担当している)\s*$/u;
const AT = /\b(?:at|with|for|from)\s+(?:the\s+)?$/i;
const JA_RELATIVE_OTHER = /^[^。、]{0,16}?(?:ていた|ている|する|した)(?:メンター|人|方|同僚|友人|上司|先輩|知人)/u;
const GENERIC_PLURAL_TITLE = /(?:^|\s)(?:and\s+|many\s+|some\s+|several\s+|other\s+)?(?:[a-z-]+\s+)?(?:engineers|developers|researchers|scientists|managers|architects|folks|people)$/u;
/** After the company of an opening apposition: its clause ends, then the subject (a name, else he or she). */
const OPENING_APPOSITION_SUBJECT = /^[^,;.]{0,40},\s+(?:(\p{Lu}\p{Ll}+)|(?:he|she)\b)/u;
const A_TITLE_BEFORE = /(?:,\s*|\b(?:is|was|as|became)\s+)(?:a|an)\s+(?:(?:former|senior|staff|principal|longtime|long-time|lead)\s+)?$/iu;
const COMPANY_TITLE_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:engineer|developer|architect|manager|SRE|employee|researcher|scientist|advocate|consultant|intern)s?\b/iu;
const NOUN_BEFORE_VERB = /\b(?!(?:always|sometimes|perhaps|nowadays|says|tells|explains|adds|notes|recalls|thanks|was|is|has|does|this|its|his|us)\b)[a-z][a-z-]*s\s+$/u;
const BELIEF_BEFORE = /\b(?:misconception|myth|assume|assumes|assumed|believe|believes)\b[^.;!?]{0,60}$/iu;
const NAME_THEN_AT = /^\s+(?:(?:is|was|has\s+been)\s+(?:now\s+|currently\s+|still\s+)?at|(?:now\s+|currently\s+|also\s+)?(?:works|worked)\s+(?:(?:on|in)\s+[^.;:,]{1,50}?\s+)?(?:at|for))\s+(?:the\s+)?$/u;
const COLLEAGUE_AT = /\b(?:colleagues?|teammates?|co-?workers?)\s+(?:at|from)\s+$/iu;
const FRONTED_JOINING = /^\s*(?:Before|After|Since|Prior\s+to|Upon|When)\s+(?:joining|leaving)\s+(?:the\s+)?$/iu;
/** Between a person and the company: " from ", or an appositive that ends in it (", a tech lead of SIG X from "). */
// "Li Na is a member of the SIG from Alibaba Cloud": the same after "is".
const FROM_AFTER_PERSON = /^(?:\s*[(（][^()（）]{1,40}[)）]\s+|\s+|\s*,\s+(?:a|an|the|one\s+of\s+the)\s+(?:(?!\b(?:who|which|that|away|moved|left|came)\b)[^,.;:()]){1,60}?\s+|\s+(?:is|was)\s+(?:a|an|the|one\s+of\s+the)\s+(?:(?!\b(?:who|which|that|away|moved|left|came|working|works)\b)[^,.;:()]){1,60}?\s+)from\s+(?:the\s+)?$/iu;
/** "另一位联合主席 Maciej Nowak（马切伊）来自 Google". */
// "**王浩然**（Haoran Wang，@hrwang），来自字节跳动": a comma may close the bracket.
const ZH_FROM_AFTER_PERSON = /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*[，,]?\s*(?:目前|现在|则)?\s*来自\s*$/u;
const AT_OPENING = /(?:^|[.!?]\s+|[:：]\s*)At\s+$/u;
const I_DO_AFTER = /^,?\s+I\s+(?:run|lead|manage|work|build|head|maintain|am|was|spend|joined)\b/u;
const TEAM_AFTER = /^[\w\s-]{0,40}?\bteams?\b/i;

const PLATFORMS = new Set(['GitHub', 'GitLab', 'Slack', 'Zoom', 'YouTube', 'Discord']);
/** "就职于 X", "我来自 Google，是…" (the speaker's own origin is their employer). */
const CUE_BEFORE_ZH = /(?:就职于|任职于|供职于|效力于|受雇于|加入了?|入职|跳槽(?:到|至|去了?)|转投|(?:我|他|她)(?:目前|现在)?来自)\s*$/;
// "在土耳其的 Trendyol 担任平台工程师": a place may stand between.
const ZH_AT = /在\s*(?:[\u4e00-\u9fff]{1,6}的\s*)?$/u;
// "他在 Microsoft，我们一个在东八区…", "我在华为，主要做 Windows 容器": a pronoun opening the clause, where someone is.
const ZH_SOMEONE_AT = /(?:(?:之前|以前|更早|早年|曾经?|那时|当时)[^，。；]{0,6}?(?:我|他|她)?|(?:^|[，。；：:]|\s)\s*(?:我|他|她)\s*(?:现在|目前|如今)?)\s*(?:也|还|一直)?\s*在\s*$/u;
const ZH_MISBELIEF = /(?:以为|误以为|认为我|觉得我)[^。；]{0,12}$/u;
// "在网易杭州研究院做可观测性平台", "在小米的云平台组待了两年", "在美团做容器平台".
// "在微软的 Azure Kubernetes Service（AKS）团队工作", "在 SUSE 参与 Rancher 的开发", "在香港大学攻读博士学位".
// "在 GitHub 上跟陌生人做代码评审": on a platform, not at a company.
const ZH_AT_AFTER = /^(?!\s*上(?!班))\s*(?:公司)?[^，。,；]{0,40}?(?:工作|任职|担任|上班|就职|从事|实习|待了|待过|做(?!客|东)|负责|参与|攻读|读博|读研|念书|求学)/;
const COMPANIONS_AFTER_TITLE = /^(?:たち|達|の方々|の皆さん|们)?\s*(?:と(?:も|は|一緒|話|会|の(?:交流|議論|打ち合わせ))|にも会|一起|交流|打交道|碰面|见面)/u;
/** Job titles written after the company: "Google 高级软件工程师", "Googleのシニアソフトウェアエンジニア". */
const TITLE_CJK = /^(?:社|公司)?\s*(?:の|的)?[^，。,；、\n]{0,12}?(?:工程师|架构师|经理|总监|研究员|开发者|开发人员|员工|技术专家|布道师|主管|科学家|顾问|实习生|研究生|博士生|硕士生|学生|教授|本科生|大学院生|院生|准教授|講師|SRE|エンジニア|マネージャー|マネジャー|アーキテクト|開発者|研究者|研究員|社員|インターン|デベロッパー|アドボケイト|コンサルタント|スペシャリスト|ディレクター|CTO|CEO|VP|创始人|創業者)/;
const ZH_FROM = /来自\s*$/;
/** Between a company and its person: "的", "（AWS）的", "的同事", "的 SIG Node 主席". */
const COMPANY_OF_PERSON_ZH = /^\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:公司)?\s*的\s*(?:前?同事|老同事|(?:SIG\s+[A-Za-z][\w ]{0,24}?\s*)?(?:联合主席|主席|技术负责人|负责人|维护者|工程师|成员|reviewer|approver))?\s*$/u;
const CLAUSE_START = /(?:^|[。，、；;：:])\s*$/u;
const PARENT_NOTE_BEFORE = /[^\s，。、；：:]{1,10}(?:旗下|傘下)的?\s*$/u;
const CJK_SUBJECT = /^\s*(?:さん|氏)?(?:は|が|も|の所属は|[:：]|在|是|目前|现在|曾|也|于)/;
/** Between a person and the company: "Name (", "Name (@handle) (", "Name (@handle, ". */
const PAREN_AFTER_PERSON = /^\s?[)）]?\s*(?:さん|氏|様)?\s*(?:[(（]\s*(?:@?[\w-]+|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[)）]\s*)?(?:さん|氏|様)?\s*[(（]\s*(?:(?:@[\w-]+|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[,，、;；]\s*){0,2}$/u;
const SIGNATURE_DASH = /(?:^|\n|["”」.!?。！？]\s*)\s*(?:[-*]\s+)?(?:—|―|–|--)\s*$/u;
const OWNER_SUFFIX = /^\s+by\s+\p{Lu}[\p{L}\d.&-]*(?=\s*[^\s\p{L}]|\s*[\u3040-\u9fff]|$)/u;
/** After the company inside the brackets: its owner ("VMware by Broadcom"), a title, then the bracket. */
const PAREN_CLOSE = /^\s*(?:by\s+[^)）]{1,30}|[,，、/]\s*[^)）]{0,40})?[)）]/;
const NAME_WORD = "[A-Z][\\p{Ll}\\p{M}'’-]+";
const PAREN_SHAPED_NAME = new RegExp(`(?<![A-Za-z\\u00c0-\\u024f])(${NAME_WORD}(?:[ \\u00a0](?:(?:de|da|del|der|van|von|di|la|le|dos)[ \\u00a0])?${NAME_WORD}){1,3})(?:さん|氏)?[ \\u00a0]?[(（][ \\u00a0]*$`, 'u');
/** Between a listed person and the employer closing the line: ", ", " (@handle), ", " — tech lead, ". */
const COMMA_LINE = /^\s*(?:[(（][^()（）\n]{1,40}[)）])?\s*(?:(?:[—–]|--?)\s*[^,，\n—–]{1,40}?)?[,，]\s*$/;


function fromSentence(article: ParsedArticle, idx: PeopleIndex, s: Sentence): Found[] {
  const text = s.text;
  const found = findCompanies(text);
  if (found.length === 0) return [];
  const companies = found.length > 1 ? employerMentions(text, found) : found;
  const people = idx.findPeople(text, s.span.start);
  const out: Found[] = [];
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  for (const c of companies) {
    const before = text.slice(0, c.start);
    // "在 VMware by Broadcom 工作", "VMware by Broadcomで働いています": the owner is part of the name.
    const after = text.slice(c.end).replace(OWNER_SUFFIX, '');
    const adjacent = [...people].reverse().find((m) => m.end <= c.start);
    // "Name (Company)", "Name (@handle)，Company" at the end of a line, "来自 Google 的 Name", "AWSのName".
    if (adjacent && PAREN_AFTER_PERSON.test(text.slice(adjacent.end, c.start)) && PAREN_CLOSE.test(after)) {
      out.push({ person: adjacent.name, company: c.name, confidence: 0.9 });
      continue;
    }
    // "Verónica López (PlanetScale)": a full name by shape right before the parenthesis.
    const shaped = PAREN_SHAPED_NAME.exec(before);
    if (shaped?.[1] && PAREN_CLOSE.test(after) && !people.some((m) => m.end > (shaped.index ?? 0) && m.end <= c.start)) {
      const name = shaped[1];
      if (!groupsIn(name).length && !findProjects(name).length && !findCompanies(name).length) {
        out.push({ person: idx.resolve(name)?.name ?? name, company: c.name, confidence: 0.8 });
        continue;
      }
    }
    if (adjacent && COMMA_LINE.test(text.slice(adjacent.end, c.start)) && /^\s*(?:$|\n|\s+and\s|\s*(?:和|与|及|、)|[)\]）;；])/.test(after)) {
      const lineStart = text.lastIndexOf('\n', adjacent.start) + 1;
      // A list line, a list in the sentence, or the signature of a quotation ("— Amara Nwosu, Microsoft").
      if (/^\s*(?:[-*•]\s*)?$/.test(text.slice(lineStart, adjacent.start)) || /\b(?:and|with)\s*$|^\s*$|[，,、和与;；:：]\s*$|(?:—|―|–|--)\s*$/.test(text.slice(0, adjacent.start))) {
        out.push({ person: adjacent.name, company: c.name, confidence: 0.8 });
        continue;
      }
    }
    // "— Rob Chen, Gateway API maintainer and SIG Network tech lead (Google)": a quotation's signature.
    if (adjacent && PAREN_CLOSE.test(after) && /^\s*,[^()（）\n]{1,100}[(（]\s*$/u.test(text.slice(adjacent.end, c.start)) && SIGNATURE_DASH.test(text.slice(0, adjacent.start))) {
      out.push({ person: adjacent.name, company: c.name, confidence: 0.8 });
      continue;
    }
    if (adjacent && ZH_FROM_AFTER_PERSON.test(text.slice(adjacent.end, c.start))) {
      out.push({ person: adjacent.name, company: c.name, confidence: 0.8 });
      continue;
    }
    // "Hyun-woo is at Google", "Rafael works on the product security team at Okta".
    if (adjacent && NAME_THEN_AT.test(text.slice(adjacent.end, c.start))) {
      out.push({ person: adjacent.name, company: c.name, confidence: 0.8 });
      continue;
    }
    // "Jordan Blake from Red Hat", "Camille Roux, a tech lead of SIG Testing from Apple", "Kevin Klues of NVIDIA".
    if (adjacent && (FROM_AFTER_PERSON.test(text.slice(adjacent.end, c.start)) || /^\s*(?:[(（][^()（）]{1,40}[)）])?\s+of\s+$/u.test(text.slice(adjacent.end, c.start)))) {
      out.push({ person: adjacent.name, company: c.name, confidence: 0.8 });
      continue;
    }
    const following = people.find((m) => m.start >= c.end);
    // "Googleに所属するHa-eun Seoさん", "Red Hatで働くAさん": a relative clause before the person.
    // "サイバーエージェント所属の小松 綾香さん", "メルカリのMLプラットフォームチームに所属するラーフル・メノンさん".
    if (following && /^\s*(?:の[^。、「」]{1,24}?(?:チーム|部署|部門|組織|グループ|部))?(?:に所属(?:する|している)|所属の|に勤める|に勤めている|で働く|で働いている|に在籍する|に在籍している)\s*$/u.test(text.slice(c.end, following.start))) {
      out.push({ person: following.name, company: c.name, confidence: 0.8 });
      continue;
    }
    // "来自 Google 的 Rob", and "DaoCloud 的 Wu Tao 是…" opening a clause.
    // "我也和阿里云的宋雨桐简单聊了几句": also after "和".
    // "…、思科旗下 Isovalent 的 Rafael Quintero，以及 Mercari 的高桥优希": list items, a parent company noted before.
    const opener = before.replace(PARENT_NOTE_BEFORE, '');
    if (following && (ZH_FROM.test(opener) || CLAUSE_START.test(opener) || /(?:和|与|跟|同|是|有|在|由|以及|及|——|—)\s*$/u.test(opener)) && COMPANY_OF_PERSON_ZH.test(text.slice(c.end, following.start))) {
      out.push({ person: following.name, company: c.name, confidence: 0.85 });
      continue;
    }
    // "My colleague at Google, Anna Brooks, maintains …": the person named after the colleague.
    if (following && COLLEAGUE_AT.test(before) && /^\s*,\s*$/u.test(text.slice(c.end, following.start))) {
      out.push({ person: following.name, company: c.name, confidence: 0.8 });
      continue;
    }
    // "led by Google's Tabitha Sable": a company's person.
    if (following && /^['’]s\s+$/u.test(text.slice(c.end, following.start))) {
      out.push({ person: following.name, company: c.name, confidence: 0.8 });
      continue;
    }
    if (following && /^\s*(?:社)?の\s*$/u.test(text.slice(c.end, following.start))) {
      out.push({ person: following.name, company: c.name, confidence: 0.75 });
      continue;
    }
    if (negatedNear(text, c.start, c.end)) continue;
    // "毕业后我将加入字节跳动", "I'm going to join X in May", "有一位在字节跳动工作的 reviewer": a plan, or someone unnamed.
    if (PLANNED_OR_SOMEONE.test(before.slice(Math.max(0, ...[...before.matchAll(/[，。；,;.]/gu)].map((m) => m.index + 1))))) continue;
    // English: employment verbs, or a job title before "at Company".
    let cueAt = -1;
    const verb = CUE_BEFORE_EN.exec(before);
    // "the misconception is that GSoC contributors work for Google": a common noun, not a person, works there.
    // "Helm moved to the CNCF": a project or company as the verb's subject.
    const orgSubject = verb !== null && /^(?:moved|switched|joined|joining|joins|went|transferred|jumped|left)\b/iu.test(verb[0]) && [...findProjects(before), ...findCompanies(before)].some((m) => /^\s+$/u.test(before.slice(m.end, verb.index)));
    const nounSubject = orgSubject || (verb !== null && !/^(?:I|we|he|she|they)\b/iu.test(verb[0]) && NOUN_BEFORE_VERB.test(before.slice(0, verb.index)));
    if (verb && !nounSubject && !BELIEF_BEFORE.test(before.slice(0, verb.index)) && (!/on\s+the\s+$/i.test(verb[0]) || TEAM_AFTER.test(after))) {
      // "she works at X": the pronoun opening the cue is its subject, to be resolved like any other.
      const pronoun = /^(?:I|we|he|she|they)(?:\s+|(?=['’]))/iu.exec(verb[0]);
      cueAt = verb.index + (pronoun ? pronoun[0].length : 0);
    }
    // "At Datadog I run the platform security team": the speaker works there.
    if (cueAt < 0 && AT_OPENING.test(before) && I_DO_AFTER.test(after)) cueAt = c.end;
    const at = AT.exec(before);
    if (cueAt < 0 && at) {
      // The clause before "at": "…, a DevRel Engineer" → "a DevRel Engineer".
      // "Mark is also a SIG Windows chair, at Microsoft": the title may close the clause before it.
      const window = before.slice(Math.max(0, at.index - 60), at.index);
      const cuts = [...window.matchAll(/[,;(]/gu)].map((m) => m.index + 1);
      const last = cuts.pop() ?? 0;
      const head = window.slice(window.slice(last).trim() === '' ? (cuts.pop() ?? 0) : last);
      // "a software engineer on the Azure Kubernetes Service team at Microsoft": the team names no employer.
      if (TITLE_EN.test(head.replace(/[\s,;]+$/, '').replace(/\s+(?:on|in)\s+the\s+[^,;]{1,50}?\s+(?:team|group|office|org|organi[sz]ation)$/iu, ''))) {
        // "By day she is a staff engineer at X": the pronoun inside the clause is its subject; "Sam
        // maintains Y and is an engineer at X": so is a person the clause names.
        const pronoun = /\b(?:I|he|she|they)\s+(?:is|am|are|was|were)\b/iu.exec(head);
        const headStart = at.index - head.length;
        const named = people.some((m) => m.start >= headStart && m.end <= at.index);
        // "started by Red Hat, Google and researchers at Purdue University": people in general, nobody named.
        if (!named && !pronoun && !people.some((m) => m.end <= at.index) && GENERIC_PLURAL_TITLE.test(head.replace(/[\s,;]+$/, ''))) continue;
        cueAt = named ? at.index : headStart + (pronoun ? pronoun.index + pronoun[0].length : 0);
        // "An engineer at LY Corporation in Tokyo, he became…": an opening apposition describes the main clause's subject.
        const main = !named && !pronoun && /^\s*$/u.test(before.slice(0, headStart)) ? OPENING_APPOSITION_SUBJECT.exec(after) : null;
        if (main) {
          const later = people.find((m) => m.start >= c.end + (main.index ?? 0));
          const who = main[1] ? later?.name : contextPerson(article, idx, s, false);
          if (who) out.push({ person: who, company: c.name, confidence: 0.8 });
          continue;
        }
      }
    }
    // "Hye-jin, a Red Hat engineer based in Seoul": a title after the company.
    // Only a company the lexicon knows: "a Senior Software Engineer" names no company called Senior Software.
    const titled = cueAt < 0 && canonicalCompany(c.surface) !== undefined && COMPANY_TITLE_AFTER.test(after) ? A_TITLE_BEFORE.exec(before) : null;
    if (titled) cueAt = titled.index;
    if (cueAt < 0 && /\bat\s+(?:the\s+)?$/iu.test(before) && STUDY_AFTER_EN.test(after)) cueAt = c.start;
    // "Before joining Isovalent, she spent five years at Cisco": the main clause's subject joined it.
    if (cueAt >= 0 && FRONTED_JOINING.test(before)) {
      const later = people.find((m) => m.start >= c.end);
      const pronoun = /\b(?:(he|she)|(I))\b/u.exec(text.slice(c.end));
      const who = later?.name ?? (pronoun ? contextPerson(article, idx, s, pronoun[2] !== undefined) : undefined);
      if (who) out.push({ person: who, company: c.name, confidence: 0.8 });
      continue;
    }
    if (cueAt >= 0) {
      const who = subjectBefore(article, idx, s, people, cueAt);
      if (who) out.push({ person: who, company: c.name, confidence: 0.85 });
      continue;
    }
    if (!cjk) continue;
    // A title after the company: "采访了 Google 高级软件工程师兼 SIG Testing 主席 Michelle", "我是 Michelle，是 Google 高级软件工程师".
    const title = TITLE_CJK.exec(after);
    // "テンセントクラウドのエンジニアとも顔を合わせます", "和阿里云的工程师一起": the people met, not the speaker.
    if (title && COMPANIONS_AFTER_TITLE.test(after.slice(title[0].length))) continue;
    // "Kueue 最早是由谷歌的几位工程师发起的": the company's people as the agents, not the speaker.
    if (title && /(?:由|被|让|请|几位|一些|很多|许多|多位|不少|一位|有位|某位|一名|只有|仅有|只)\s*$/u.test(before)) continue;
    // "権限を持っているのはGoogleの社員だけ": the company's people in general.
    // "レッドハットやグーグルのエンジニアがたくさん関わっている", "…日立（Hitachi）的工程师都评审过设计": many of them.
    if (title && /^[^。、，]{0,4}?(?:だけ|しか|ばかり|たち|達|们|の方々|がたくさん|が多く|が大勢|が何人も|がほとんど|が大半|が中心|都|也都|也经常|经常|也会|常常|纷纷)/u.test(after.slice(title[0].length))) continue;
    if (title && /^\s*(?:的|の)\s*(?:几位|一些|很多|许多|多位|不少|数名|何人か|多くの)/u.test(after)) continue;
    // "还有几位来自 CyberAgent 和 LINE 雅虎的工程师": several people from the companies listed.
    if (title && /(?:几位|一些|很多|许多|多位|不少|几名)(?:来自)?[^，。；]{0,40}$/u.test(before)) continue;
    if (title) {
      const next = following && !/[，。,；]/.test(text.slice(c.end, following.start)) && following.start - c.end <= 40 ? following : undefined;
      const who = next?.name ?? subjectBefore(article, idx, s, people, c.start);
      if (who) out.push({ person: who, company: c.name, confidence: 0.8 });
      continue;
    }
    // Japanese and Chinese: the cue follows (に勤めて) or surrounds (在 … 工作) the company.
    // "Giant Swarm（ジャイアント・スウォーム）に入社しました": the company's name glossed in brackets.
    const unglossed = after.replace(/^\s*[（(][^（）()]{1,30}[）)]/u, '');
    // "当時グーグルでエンジニアをしていたメンター": a relative clause about someone else.
    if (JA_RELATIVE_OTHER.test(unglossed)) continue;
    const ja = CUE_AFTER_JA.some((re) => re.test(unglossed)) || JA_PREVIOUS_JOB.test(before) || (WORK_AT_JA.test(after) && !PLATFORMS.has(c.name));
    // "她在 VMware（现为 Broadcom 的一部分）的开源项目办公室工作": a note in brackets may follow the company.
    const zh =
      CUE_BEFORE_ZH.test(before) ||
      (ZH_AT.test(before) && ZH_AT_AFTER.test(after.replace(/^\s*[（(][^（）()]{1,30}[）)]/u, ''))) ||
      // "2021 年之前我在 VMware，…", "更早之前我在华为。": where someone was, the clause ending there.
      (ZH_SOMEONE_AT.test(before) && /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:[，。；,;]|$)/u.test(after));
    // "很多人以为我在谷歌工作…": a misconception, not a fact.
    if (zh && ZH_MISBELIEF.test(before)) continue;
    // "以及在英特尔工作、同样担任 SIG Testing 技术负责人的 Patrick Ohly": a relative clause before the person it describes.
    const described = zh ? people.find((m) => m.start >= c.end && /^[^，。；;]{0,40}?的\s*$/u.test(text.slice(c.end, m.start))) : undefined;
    if (described) {
      out.push({ person: described.name, company: c.name, confidence: 0.85 });
      continue;
    }
    // "NTTデータで、顧客向けのKubernetesを運用している森 健太さんは": a relative clause before the person it describes.
    // "AWS（アマゾン ウェブ サービス）でKarpenterの開発に携わるダニエル・オコンクォさん": work done at the company.
    if (ja && following && (/^[^。「」]{0,50}?(?:する|している|していた|した|働く|働いている)\s*$/u.test(text.slice(c.end, following.start)) || JA_WORK_THERE.test(text.slice(c.end, following.start)))) {
      out.push({ person: following.name, company: c.name, confidence: 0.8 });
      continue;
    }
    if (ja || zh) {
      // The subject: a person marked as such ("Xさんは", "X 在", a speaker label "X："), else the speaker.
      const nearest = [...people].reverse().find((m) => m.end <= c.start);
      // "西田大輔（Daisuke Nishida）さんは、…": the Latin form in brackets may stand before the particle.
      const marked = nearest && (nearest.start === 0 || CJK_SUBJECT.test(text.slice(nearest.end).replace(/^\s*[（(][^（）()]{1,40}[）)]/u, '').slice(0, 4))) ? nearest : undefined;
      // A name that is the speaker's own ("我是 Nikolai，目前在红帽工作") does not stand for someone else.
      const speaker = contextPerson(article, idx, s, true);
      const mine = nearest === undefined || nearest.name === speaker || FIRST_PERSON_CJK.test(text.slice(nearest.end, c.start));
      // "他目前在 Google 工作": he or she of the sentences before.
      const third = nearest === undefined && THIRD_PERSON_CJK.test(text.slice(0, c.start)) ? contextPerson(article, idx, s, false) : undefined;
      // "- 山田 太郎（@ytaro）：…。サイバーエージェント所属。": the person the list item introduces.
      const item = nearest === undefined && !speaker ? listItemPerson(article, idx, s) : undefined;
      const who = marked?.name ?? third ?? (mine ? speaker : undefined) ?? item;
      if (who) out.push({ person: who, company: c.name, confidence: 0.85 });
    }
  }
  return out;
}

function listItemPerson(article: ParsedArticle, idx: PeopleIndex, s: Sentence): string | undefined {
  const p = article.paragraphs[s.paragraph];
  if (p?.kind !== 'listItem') return undefined;
  const first = idx.findPeople(p.text, p.span.start)[0];
  return first && first.start <= 2 ? first.name : undefined;
}

/** "我在 Broadcom 工作" after someone else's name: the speaker speaks of themself again. */
const FIRST_PERSON_CJK = /我(?!们|的)|私(?!たち|達|の)/u;
const THIRD_PERSON_CJK = /(?:他|她)(?!们)|彼女?(?:は|が)/u;

export const employment = defineExtractor(
  { id: 'employment', description: 'WORKS_AT from sentences, people lists and "Name (Company)" in the text' },
  (article, emit) => {
    const idx = peopleIndex(article);
    const seen = new Set<string>();
    const put = (f: Found, s: Sentence): void => {
      const key = `${f.person}\u0000${f.company}\u0000${s.span.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      emit.triple({ s: { type: 'Person', name: f.person }, p: 'WORKS_AT', o: { type: 'Company', name: f.company }, confidence: f.confidence, evidence: evidenceOf(s) });
    };
    for (const s of article.sentences) for (const f of [...fromSentence(article, idx, s), ...fromParentheses(idx, s)]) put(f, s);
    for (const f of [...fromLinks(article, idx), ...fromTables(article, idx), ...fromLabels(article, idx), ...fromAffiliationLines(article, idx)]) put(f, f.s);
  },
);
