/**
 * COLLABORATES_WITH and SPONSORS between community groups, in English, Japanese and Chinese.
 *
 * COLLABORATES_WITH: a sentence with a collaboration cue ("work closely with", "連携", "合作") and
 * groups; the subject is the group in subject position (a Japanese は/が group, the group before the
 * cue in English and Chinese), else the group the article or section is about when the speaker
 * says "we" or (in Japanese and Chinese) leaves the subject out. Lists and answers that only name
 * groups are read in group-relation-blocks.ts. SPONSORS sentences are read in group-sponsors.ts.
 */
import type { Paragraph, ParsedArticle, Sentence } from '../src/article/types.ts';
import type { Emit } from '../src/extraction/types.ts';
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import { findCompanies } from './mentions/orgs.ts';
import { sentenceProjects } from './owned-terms.ts';
import type { Mention } from './mentions/types.ts';
import { IT_FOUNDED, sponsorListPairs, sponsorPairs } from './group-sponsors.ts';
import { ellipticalAnswerPairs, relatedListPairs, sponsorItemPairs, sponsoredListPairs } from './group-relation-blocks.ts';
import { cueAsserts } from './group-relation-guards.ts';
import { collabCues, type Pair } from './group-relation-cues.ts';
import {
  I_ONLY,
  WE,
  weTheGroup,
  contextGroup,
  distinctGroups,
  evidenceOf,
  groupDraft,
  groupsIn,
  isQuestion,
  negatedNear,
  paragraphGroup,
  itIsTheGroup,
  paragraphOf,
  sentenceBefore,
  sentencePosition,
  twoGroupsBefore,
  type GroupRef,
} from './org-context.ts';

/** "SIG Auth is probably the closest": a group named as the partner, with no partner after the cue. */
const PARTNER_NOUN = /partners?$|closest$/iu;
const BESIDES_LEAD = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:beyond|besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than)\s+$/iu;
/** "The group is in close contact with …", "AB: The subproject works with …", "工作组与…保持着密切联系": the article's group as the subject. */
const GROUP_SUBJECT = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:the|this|our)\s+(?:SIG|group|working\s+group|WG|team|sub-?project|project)\b|^\s*(?:该|本|这个)?\s*(?:工作组|小组)(?=\s*(?:当年|当时|此前|之前|曾经?|过去|早期|最初)?\s*(?:与|和|同|跟|也|一直|正在|保持))/iu;
/** "…, so the SIG works closely with", "Stefan added that the SIG also partners with": the group heads the cue's clause. */
const GROUP_CLAUSE_SUBJECT = /(?:^|[,;:]\s*(?:so|and|but|while)?|\b(?:that|because|since|so|and|where|said|says|explained|explains|noted|notes|added|adds)\s)\s*(?:the|this|our)\s+(?:SIG|group|working\s+group|WG|sub-?project)\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/iu;
/** "The subproject maintains the API conventions, and it works very closely with …": "it" continues the group's sentence. */
/** "It also partners with SIG Testing": "it" opens the sentence. */
const IT_OPENS = /^\s*It\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/u;
const IT_CLAUSE_SUBJECT = /[,;]\s*(?:and|but|so)?\s*it\s+(?:(?:also|now|still|often|already|\w+ly)\s+)*$/iu;
const PARTICIPLE_BEFORE = /\b(?:done|developed|built|designed|written|delivered|implemented|driven|run)\s+(?:in\s+(?:close\s+)?)?$/iu;
// ("the two SIGs we worked with most closely were A and B": the speaker's partners, not a pair.)
const BOTH_GROUPS = /\b(?:the\s+two|both)\s+(?:SIGs|groups)\b(?!\s+(?:that\s+|which\s+)?(?:we|I)\b)/iu;


const SUBJECT_JA = /^[\s\u3000]*(?:は|が|では|も、|としては|として(?!の))/;


/** Ends the clause of a collaboration cue; ", and with SIG B" does not (the list of partners goes on). */
const PARTNERS_END = /,\s*(?:but|while|whereas|although|though|which|who|and\s+(?:how|why|what|where|when))\b|;|\s[-–—]\s|，\s*(?:但|而|不过)|が、|けど/iu;

const CONTRAST = /,\s*(?:but|while|whereas)\b|;|，\s*(?:但|而|不过)|(?:ており|ていて|であり|ですが|ますが|ませんが|ないが|ないけど)、/giu;
/** ", and with SIG Autoscaling on …": the list of partners resumes after a relative clause. */
const NEG_CLAUSE = /\b(?:not|never)\b|n['’]t\b/iu;
const PARTNERS_RESUME = /,?\s+and\s+(?:also\s+)?with\s+(?:the\s+)?$/iu;

/** Subject and partners of one collaboration sentence. */
function collaborationPairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  // Most sentences name no group: skip the cue patterns, the costliest part, for them.
  if (groupsIn(text).length === 0) return thatGroupPairs(article, s, p);
  // "I don't work with SIG Node much, but SIG Apps works closely with SIG Scheduling": the first cue
  // that is not negated.
  // "she co-chaired WG Data Protection together with Tomasz Wierzbicki": a person as the partner.
  // "SIG StorageとSIG Appsが共同でスポンサーしているWG…": the sponsors of the group after, read as SPONSORS where it is known.
  const cue = collabCues(text, article.lang).find(
    (c) => !negatedNear(text, c.index, c.index + c[0].length) && !(/\bwith$/iu.test(c[0]) && PERSON_AFTER.test(text.slice(c.index + c[0].length))) && !JOINT_SPONSORING_AFTER.test(text.slice(c.index + c[0].length)),
  );
  if (!cue) return [];
  if (!cueAsserts(text, cue)) return [];
  // "…works closely with SIG Release, but it does not maintain X, which belongs to SIG Architecture":
  // partners are named in the cue's own clause.
  const clauseEnd = PARTNERS_END.exec(text.slice(cue.index + cue[0].length));
  const end = clauseEnd ? cue.index + cue[0].length + clauseEnd.index : text.length;
  // …and the clause starts after a contrast: "I don't work with SIG Node much, but SIG Apps …".
  // "Contributors from SIG Node often join our meetings, and we regularly sync with SIG Testing": "we" opens the cue's clause.
  const weClause = [...text.slice(0, cue.index).matchAll(/(?:,|;)\s*(?:and\s+|but\s+|so\s+)?(?=we\b)/giu)].pop();
  // "…belongs to SIG Testing, and SIG Node works closely with SIG Testing": a group opens the cue's own clause.
  const groupClause = [...text.slice(0, cue.index).matchAll(/[,;]\s*(?:and|but|so|while)\s+(?=(?:SIG|WG)\s)/gu)].pop();
  const start = Math.max(0, ...[...text.slice(0, cue.index).matchAll(CONTRAST)].map((m) => m.index + m[0].length), weClause ? weClause.index + weClause[0].length : 0, groupClause ? groupClause.index + groupClause[0].length : 0);
  const all = groupsIn(text);
  // "with WG Batch, which covers training, and with SIG Autoscaling": partners after the clause's end.
  const resumed = clauseEnd ? all.filter((m) => m.start >= end && PARTNERS_RESUME.test(text.slice(end, m.start).slice(-24)) && !NEG_CLAUSE.test(text.slice(end, m.start))) : [];
  const mentions = [...all.filter((m) => m.start >= start && m.start < end), ...resumed];
  const groups = distinctGroups(mentions);
  if (groups.length === 0) return [];
  const japanese = /[\u3040-\u30ff]/.test(text);
  // "the two SIGs met regularly": this sentence's group and another ("both SIGs depend on them": on something else).
  const both = BOTH_GROUPS.test(text.slice(0, cue.index)) && !/^(?:rel|depend)/iu.test(cue[0]);
  let subject: GroupRef | Mention | undefined;
  let partners: Mention[];
  if (japanese) {
    // "JobSetはSIG Appsのサブプロジェクトで、KueueとはAPIレベルで連携": a project is the partner, and no group works with one.
    const projectPartner = sentenceProjects(text).some((m) => m.end <= cue.index && /^\s*と(?:は|も)?[、\s]/u.test(text.slice(m.end, m.end + 4)));
    if (projectPartner && !mentions.some((m) => m.end <= cue.index && /^\s*と/u.test(text.slice(m.end)))) return [];
    // "SIG StorageとSIG Appsが共同でスポンサーしているWG Data Protectionとも連携": groups inside a relative clause
    // describe the group after it; they are neither subject nor partner.
    const described = new Set(mentions.filter((m) => mentions.some((g) => g.start > m.end && g.start < cue.index && JA_RELATIVE_BEFORE_GROUP.test(text.slice(m.end, g.start)))).map((m) => m.name));
    subject = mentions.find((m) => SUBJECT_JA.test(text.slice(m.end, m.end + 6)) && m.start < cue.index && !described.has(m.name));
    partners = groups.filter((g) => g.name !== subject?.name && !described.has(g.name));
  } else {
    const before = groups.filter((g) => g.start < cue.index);
    const lead = before[0] ? text.slice(start, before[0].start) : '';
    // "Beyond SIG Testing and SIG K8s Infra, SIG Docs is a big partner": all of them are the article group's partners.
    if (PARTNER_NOUN.test(cue[0]) && BESIDES_LEAD.test(lead) && !isQuestion(article, p)) {
      const context = contextGroup(article, p);
      return context ? distinctGroups(groups).filter((g) => g.name !== context.name).map((g) => ({ a: context, b: g })) : [];
    }
    const leadIsSubject = before[0] !== undefined && !WE.test(lead) && !/\b(?:with|to|and|like|as|from)\s*$|与|和|跟|同|来自\s*$/i.test(lead) && !both;
    if (leadIsSubject) {
      subject = before[0];
      partners = groups.slice(1);
    } else {
      partners = groups;
    }
  }
  if (!subject) {
    // "We work closely with SIG X" / implicit Japanese and Chinese subjects: the context group.
    if (isQuestion(article, p)) return [];
    const head = text.slice(0, cue.index);
    // "Kueue, which is developed in close collaboration with WG Batch": the relative clause is about something that is no group.
    if (NON_GROUP_RELATIVE.test(head) && groupsIn(head).length === 0) return [];
    const groupSubject =
      GROUP_SUBJECT.test(head) || GROUP_CLAUSE_SUBJECT.test(head) || (IT_CLAUSE_SUBJECT.test(head) && GROUP_SUBJECT.test(head)) || (IT_OPENS.test(head) && itIsTheGroup(article, s));
    // "Together with WG Batch, we designed…": the subject follows the fronted phrase.
    const fronted = /^\s*$/u.test(text.slice(0, cue.index)) && /^(?:together|jointly)\b/iu.test(cue[0]) && /^[^,]{0,60},\s*we\b/iu.test(text.slice(cue.index + cue[0].length));
    // "the work on ProvisioningRequests, done jointly with WG Batch": work of the group the text is about.
    const participle = PARTICIPLE_BEFORE.test(head) && /^(?:jointly|together\s+with|collaborat)/iu.test(cue[0]);
    // "The other close partner is SIG Release", "For kOps the closest partner is SIG Cloud Provider": the group the text is about.
    const partnerIs = PARTNER_NOUN.test(cue[0]) && /^\s*(?:is|was|has\s+been)\s+(?:probably\s+|definitely\s+|clearly\s+)?$/iu.test(text.slice(cue.index + cue[0].length, partners[0]?.start ?? cue.index));
    const we = weTheGroup(text, cue.index + cue[0].length) || groupSubject || (fronted && weTheGroup(text)) || participle || both || partnerIs;
    const implicit =
      article.lang !== 'en' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !I_ONLY.test(text.replace(MY_SIDE, '')) && findCompanies(text.slice(0, cue.index)).length === 0;
    if (!we && !implicit) return [];
    if (both) partners = distinctGroups(all);
    // "The SIG, she explains, … shares a lot of work with SIG Multicluster", in an article about a person: the SIG the paragraph named.
    const context = contextGroup(article, p);
    // "the two SIGs": this sentence's group and another, the article's or the one named just before.
    // "…JobSet, a SIG Apps subproject, and … the two SIGs work closely together: '… SIG Scheduling …'": the sentence names both.
    if (both && partners.length === 2) [subject, ...partners] = partners;
    else if (both) {
      // "SIG K8s Infra and SIG etcd moved the images. Both SIGs worked closely with SIG Release": each of the two named before.
      const pair = partners.length === 1 && groupsIn(head).length === 0 ? twoGroupsBefore(article, s, partners) : undefined;
      if (pair) return pair.flatMap((g) => partners.map((x) => ({ a: g, b: x })));
      subject = context && partners.every((g) => g.name !== context.name) ? context : groupNamedBefore(article, s, partners);
    }
    else if (ZH_WG_SUBJECT.test(head)) {
      // "工作组当年与 SIG Scheduling 密切合作": the working group named last before this sentence.
      subject = recentWorkingGroup(article, s);
      partners = partners.filter((g) => g.name !== subject?.name);
    } else subject = context ?? (groupSubject ? paragraphGroup(article, s) : undefined);
    if (!subject) return [];
  }
  const subj = subject;
  // "SIG API Machinery is the closest partner" in an answer about the article's group: of that group.
  if (partners.length === 0 && PARTNER_NOUN.test(cue[0]) && !isQuestion(article, p)) {
    const context = contextGroup(article, p);
    if (context && context.name !== subj.name) return [{ a: context, b: subj }];
  }
  // "We also co-sponsor WG etcd Operator together with SIG etcd": the working group sponsored is no partner.
  return partners.filter((g) => g.name !== subj.name && !SPONSORED_BEFORE.test(text.slice(0, g.start))).map((g) => ({ a: subj, b: g }));
}
const SPONSORED_BEFORE = /\b(?:co-?)?sponsor(?:s|ed|ing)?\s+(?:the\s+)?$/iu;

/** "with that SIG", "with this working group": the group the sentence before named last. */
const THAT_GROUP = /^\s*(?:with\s+|to\s+)?(?:that|this)\s+(?:SIG|group|working\s+group|WG)\b/iu;

/** "…belong to SIG Cloud Provider, not to us. We work very closely with that SIG": we and the group just named. */
function thatGroupPairs(article: ParsedArticle, s: Sentence, p: Paragraph | undefined): Pair[] {
  const text = s.text;
  if (!/\b(?:that|this)\s+(?:SIG|group|working\s+group|WG)\b/iu.test(text) || isQuestion(article, p)) return [];
  // "she co-chaired WG Data Protection together with Tomasz Wierzbicki": a person as the partner.
  // "SIG StorageとSIG Appsが共同でスポンサーしているWG…": the sponsors of the group after, read as SPONSORS where it is known.
  const cue = collabCues(text, article.lang).find(
    (c) => !negatedNear(text, c.index, c.index + c[0].length) && !(/\bwith$/iu.test(c[0]) && PERSON_AFTER.test(text.slice(c.index + c[0].length))) && !JOINT_SPONSORING_AFTER.test(text.slice(c.index + c[0].length)),
  );
  if (!cue || !THAT_GROUP.test(text.slice(cue.index + cue[0].length)) || !weTheGroup(text, cue.index)) return [];
  const before = sentenceBefore(article, s);
  const partner = before ? groupsIn(before.text).pop() : undefined;
  const subject = contextGroup(article, p);
  return partner && subject && partner.name !== subject.name ? [{ a: subject, b: partner }] : [];
}

// "SIG API Machinery set it up together with SIG Architecture": founding a working group named before counts.
const SPONSOR_WORD = new RegExp(`sponsor|stakeholder|スポンサー|发起|赞助|${IT_FOUNDED.source}`, 'iu');
/** "我们和 SIG Apps 一起发起成立了 WG X": the joint founding itself. */
const FOUNDED_BY = /\b(?:formed|founded|chartered|started|set\s+up|launched|created)\s+(?:jointly\s+)?by\b/iu;
const TOGETHER_FOUNDED = /^.{0,4}?(?:发起|赞助|スポンサー|立ち上げ|設立)/u;
/** "The etcd Operator working group was started jointly by SIG etcd and our SIG": joint founding. */
const JOINTLY_BY = /^jointly\s+by\b/iu;
const TOGETHER_ONLY = /^(?:together\s+with|along\s+with|alongside)$|^一緒に|^(?:一起|共同)(?:推进|努力|开发|维护|合作|工作|负责|处理|解决|完成|改进|设计)?$/iu;
const PERSON_AFTER = /^\s+(?!SIG\b|WG\b|The\b|Kubernetes\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)+(?![ \t]+(?:SIG|WG)\b)/u;
const JA_RELATIVE_BEFORE_GROUP = /^[^。、]*?が[^。、]{0,20}?(?:している|する|した|していた|してきた)\s*$/u;
/** "AとBが共同でスポンサーしているWG", "A 和 B 共同发起的 WG": joint sponsoring inside a relative clause on the working group. */
const JOINT_FOUNDING_AFTER = /^(?:(?![,，、]\s*(?:which|that)\b)[^。.;；]){0,40}?(?:立ち上げ|設立|発足|スポンサー|发起|成立|赞助|\b(?:sponsor(?:ed|s)?|founded|formed|chartered|started|launched|created)\b)/u;
const JOINT_SPONSORING_AFTER = /^.{0,4}?(?:スポンサー(?:している|する|した|していた)(?![。、]|$)|(?:赞助|发起)的)/u;
const NON_GROUP_RELATIVE = /^\s*[^,;.]{1,60},\s*(?:which|that)\s+(?:is|was|are|were|has\s+been)\s+(?:[\w-]+\s+){0,3}$/iu;
/** "我这边和 SIG Multicluster 的合作": the speaker's part of the group's work, not the speaker alone. */
const MY_SIDE = /我这边|我这里|私のほう(?:で)?は|私の方(?:で)?は/gu;
const ZH_WG_SUBJECT = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:该|本|这个)?\s*工作组/u;

function recentWorkingGroup(article: ParsedArticle, s: Sentence): Mention | undefined {
  const i = sentencePosition(article, s);
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const found = groupsIn(article.sentences[j]?.text ?? '').filter((g) => g.kind === 'wg').pop();
    if (found) return found;
  }
  return undefined;
}

function groupNamedBefore(article: ParsedArticle, s: Sentence, here: Mention[]): Mention | undefined {
  const i = sentencePosition(article, s);
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const prev = article.sentences[j];
    const other = prev ? groupsIn(prev.text).filter((g) => here.every((h) => h.name !== g.name)).pop() : undefined;
    if (other) return other;
  }
  return undefined;
}

function coSponsorsTogether(text: string, sponsors: Pair[]): Pair[] {
  const wg = sponsors[0]?.b;
  const word = SPONSOR_WORD.exec(text);
  if (!wg || !word || !sponsors.every((x) => x.b.name === wg.name)) return [];
  const together = /,?\s+(?:together|along)\s+with\s+/iu.exec(text.slice(word.index));
  if (!together) return [];
  const from = word.index + together.index + together[0].length;
  const out: Pair[] = [];
  let at = from;
  for (const g of groupsIn(text).filter((x) => x.start >= from)) {
    if (!/^\s*(?:,\s*|\s+and\s+|,\s*and\s+)?$/iu.test(text.slice(at, g.start)) || g.kind === 'wg') break;
    if (!sponsors.some((x) => x.a.name === g.name)) out.push({ a: g, b: wg });
    at = g.end;
  }
  return out;
}

function emitPairs(emit: Emit, pairs: Pair[], s: Sentence, p: 'COLLABORATES_WITH' | 'SPONSORS', confidence: number): void {
  const seen = new Set<string>();
  for (const { a, b } of pairs) {
    if (a.name === b.name) continue;
    const key = `${a.name}\u0000${b.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    emit.triple({ s: groupDraft(a), p, o: groupDraft(b), confidence, evidence: evidenceOf(s) });
  }
}

export const groupRelations = defineExtractor(
  { id: 'group-relations', description: 'COLLABORATES_WITH and SPONSORS between SIGs, working groups and committees' },
  (article, emit) => {
    for (const s of article.sentences) {
      const p = paragraphOf(article, s.paragraph);
      const sponsors = [...sponsorPairs(article, s, p), ...(p ? sponsorListPairs(article, p, s) : [])];
      // "SIG A and SIG B sponsor that working group, together with SIG C and SIG D": the groups after "together with" sponsor it too.
      sponsors.push(...coSponsorsTogether(s.text, sponsors));
      emitPairs(emit, sponsors, s, 'SPONSORS', 0.85);
      // "SIG A is one of the sponsoring SIGs of WG W, together with SIG B": co-sponsors, not collaborators,
      // where "together with" is all that joins them (not "jointly sponsored", not "we work with").
      const sponsoring = new Set(sponsors.flatMap(({ a, b }) => [a.name, b.name]));
      const sponsorWord = SPONSOR_WORD.exec(s.text);
      const cosponsorsOnly =
        sponsoring.size > 0 &&
        collabCues(s.text, article.lang).every(
          (c) => JOINTLY_BY.test(s.text.slice(c.index)) || (sponsorWord !== null && TOGETHER_ONLY.test(c[0]) && (c.index > sponsorWord.index || TOGETHER_FOUNDED.test(s.text.slice(c.index + c[0].length)))),
        );
      // "WG etcd Operatorは、SIG etcdとSIG Cluster Lifecycleが共同でスポンサーしている", "SIG A and SIG B jointly sponsored WG W": a working group does not collaborate with its sponsors.
      // The working group is what the SIGs do together; the SIGs still work with each other (the seeds' gold says so).
      const jointSponsoring = sponsors.length > 0 && collabCues(s.text, article.lang).every((c) => /共同|一緒に|ともに|共に|^jointly$/iu.test(c[0]) && /^(?:.{0,4}?(?:スポンサー|赞助)|\s*(?:で|地)?\s*(?:发起|成立|立ち上げ|設立|発足)|\s+(?:sponsor(?:ed|s)?|founded|formed|set\s+up|created|chartered|launched|started)\b)/u.test(s.text.slice(c.index + c[0].length)));
      const sponsored = new Set(jointSponsoring ? sponsors.map(({ a, b }) => `${a.name}\u0000${b.name}`) : []);
      // "…が共同でWG etcd Operatorを立ち上げ": the working group a joint cue founds is its sponsors' group, not their partner.
      const foundedJointly = new Set<string>();
      // (Only a sentence with sponsors can found a group jointly; the cue patterns are the costly part.)
      for (const c of sponsors.length > 0 ? collabCues(s.text, article.lang) : []) {
        const from = c.index + c[0].length;
        const verb = /共同|一緒に|ともに|共に|一起|联合|^jointly$|^together/iu.test(c[0]) ? JOINT_FOUNDING_AFTER.exec(s.text.slice(from)) : null;
        if (verb) for (const g of groupsIn(s.text.slice(from, from + verb[0].length))) foundedJointly.add(g.name);
      }
      // "WG W, formed by SIG A together with SIG B": the group founded works with neither; it is theirs.
      const founded = FOUNDED_BY.exec(s.text);
      const foundedGroups = new Set(founded && collabCues(s.text, article.lang).every((c) => c.index > founded.index && TOGETHER_ONLY.test(c[0])) ? groupsIn(s.text.slice(0, founded.index)).map((g) => g.name) : []);
      const collab = collaborationPairs(article, s, p).filter(
        ({ a, b }) =>
          !(cosponsorsOnly && sponsoring.has(a.name) && sponsoring.has(b.name)) &&
          !sponsored.has(`${a.name}\u0000${b.name}`) &&
          !sponsored.has(`${b.name}\u0000${a.name}`) &&
          !foundedGroups.has(a.name) &&
          !foundedGroups.has(b.name) &&
          // "SIG etcdとSIG Cluster Lifecycleが共同でWG etcd Operatorを立ち上げ": a working group and its sponsor, not partners.
          !((foundedJointly.has(a.name) || foundedJointly.has(b.name)) && sponsors.some((x) => (x.a.name === a.name && x.b.name === b.name) || (x.a.name === b.name && x.b.name === a.name))),
      );
      const explicit = collab.filter((x) => 'start' in x.a);
      emitPairs(emit, explicit, s, 'COLLABORATES_WITH', 0.85);
      emitPairs(emit, collab.filter((x) => !('start' in x.a)), s, 'COLLABORATES_WITH', 0.75);
    }
    for (const p of article.paragraphs) {
      const first = p.sentences[0];
      if (!first) continue;
      emitPairs(emit, relatedListPairs(article, p), first, 'COLLABORATES_WITH', 0.75);
      emitPairs(emit, ellipticalAnswerPairs(article, p), first, 'COLLABORATES_WITH', 0.7);
      emitPairs(emit, sponsoredListPairs(article, p), first, 'SPONSORS', 0.75);
      emitPairs(emit, sponsorItemPairs(article, p), first, 'SPONSORS', 0.75);
    }
  },
);
