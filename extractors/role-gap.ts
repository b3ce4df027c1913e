/**
 * Whether the words between a role's holder and its role phrase let the holder hold it: no
 * negation, hedge, report or other subject between them ("Kaslin said SIG Docs maintains X").
 */
import type { Holder } from './role-subjects.ts';
import type { RoleLang } from './lexicon/roles.ts';
import {
  EN_BLOCKERS,
  EN_FOREIGN_APPOSITION,
  EN_FUTURE_BECOME,
  EN_NOUN_GAP_BLOCKERS,
  EN_PLURAL_LICENCE,
  EN_RELATION_NOUNS,
  JA_AFTER_BLOCKERS,
  JA_BLOCKERS,
  ZH_AFTER_BLOCKERS,
  ZH_BLOCKERS,
  hostLang,
} from './role-grammar.ts';
import type { Obj, Trigger } from './role-types.ts';

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
const BELIEVED = /(?:\b(?:assume|assumes|assumed|assuming|think|thinks|believe|believes|misconception|myth)\b[^.;:,!?]{0,30}?\b(?:that\s+)?|\b(?:introduce|introduces|introduced|call|calls|called|mistake|mistakes|mistook)\s+(?:me|him|her|them)\s+as\s+(?:the\s+|a\s+|an\s+)?|以为|误认为|当成了?|当作)\s*$/iu;
const ZH_FIRST_PERSON_PREDICATE = /是|为|担任|作为|成为|成了|当选|就任|任职|现任|当过|做过|当了|做了|做/u;
/** "Hemant Rao (Red Hat) — approver for external-provisioner". */
const PROFILE_DASH = /^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:[—–]|--?)\s*(?:an?\s+|the\s+)?$/u;

const CONDITION_BEFORE = /(?:如果|假如|要是|倘若|万一)[^，。；,;]*$|もし[^、。]*$|\b(?:if|unless|should)\s+$/iu;
const ZH_REASON = /(?:因为|为了|由于)[^，。；]*$/u;
const EN_PREPOSITION_BEFORE = /\b(?:for|of|to|on|in|at|with|from|about|into)\s+(?:the\s+)?$/iu;
/** "for SIG Node's node-problem-detector": the possessor before the object. */
const EN_DETERMINER_BEFORE = /\b(?:[a-z]+ed|wrote|built|ran|made|took)\s+(?:(?:a\s+(?:fair\s+amount|lot|bit|few)|most|some|much|part|parts)\s+of\s+)?(?:the|a|an|our|my|his|her|their)\s+$/u;
const POSSESSOR_BEFORE = /(?:SIG|WG)?\s*[\w-]+['’]s\s+$/u;

/** The words between the holder and the role phrase must not negate, hedge or report it. */
const FROM_COMPANY_APPOSITION = /^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?from\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s*,\s*(?:a|an|one\s+of\s+the)\s+$/u;

export function gapIsClean(
  text: string,
  lang: RoleLang,
  holder: Holder,
  t: Trigger,
  objs: Obj[],
  consumed: Set<Obj>,
  phraseStart: number,
  phraseEnd: number,
): boolean {
  let gap = text.slice(holder.end, phraseStart);
  const after = text.slice(phraseEnd);
  // "很多人以为我是 SIG X 的主席", "People assume that he maintains CRI-O": what others believe, not a fact.
  if (BELIEVED.test(text.slice(Math.max(0, holder.start - 40), holder.start))) return false;
  // "如果我哪天加入 SIG Security", "If she joins SIG Node": a condition opens the holder's clause.
  if (CONDITION_BEFORE.test(text.slice(Math.max(0, holder.start - 30), holder.start))) return false;
  // "我不是 SIG Node 的 reviewer": an English role word in Chinese or Japanese prose takes that language's gap rules.
  if (lang === 'en' && CJK.test(gap)) lang = hostLang(lang, text) ?? lang;
  // Objects already linked (or this phrase's own) read as a placeholder.
  for (const o of [...objs].reverse()) {
    if (o.m.start >= holder.end && o.m.end <= phraseStart && consumed.has(o)) {
      gap = gap.slice(0, o.m.start - holder.end) + 'X'.padEnd(o.m.end - o.m.start, ' ') + gap.slice(o.m.end - holder.end);
    }
  }
  if (lang === 'en') {
    // "I'd probably be maintaining Moby" (would), unlike "I'd been contributing" (had).
    if (/['’]d$/u.test(text.slice(holder.start, holder.end)) && !/^\s*(?:been|already|long)\b/u.test(gap)) return false;
    // "Hemant Rao (Red Hat) — approver for external-provisioner": a profile line opening with the name.
    if (t.word.shape === 'noun' && holder.kind === 'person' && holder.start <= 2 && PROFILE_DASH.test(gap)) return true;
    // "I help maintain Kustomize" is a fact; "helps contributors become reviewers" is not.
    if (t.word.shape !== 'noun') gap = gap.replace(/\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$/iu, '');
    // "went on to become a SIG Docs approver" happened; "to become" alone is an aim.
    gap = gap.replace(/\b(?:went|(?:has|had)\s+gone)\s+on\s+to\s+(?:become|be)\b/iu, 'became').replace(/\bused\s+to\s+be\b/iu, 'was')
      // "he will stay on as a reviewer for Kueue", "Dmitri will remain an approver": a role kept, not a plan.
      .replace(/\bwill\s+(?:stay\s+on\s+as|remain(?:\s+on\s+as)?|continue\s+(?:as|to\s+be))\b/iu, 'remains')
      // "Tomasz stepped down as chair after four years": the role was held.
      .replace(/\b(?:stepped|steps|is\s+stepping|has\s+stepped)\s+down\s+as\b/iu, 'was')
      // "I was also nominated as a tech lead for the SIG": the nomination made them one.
      .replace(/\b(was|were|got|have\s+been|has\s+been)\s+(?:also\s+)?(?:nominated|elected|appointed|named)\s+(?:as|to)\b/iu, (_m, aux: string) => (/^were|^have/iu.test(aux) ? 'were' : 'was'));
    if (/[;:]|\s[-–—]\s/u.test(gap) || /\b(?:but|while|whereas|although|though|because|so)\b/iu.test(gap)) return false;
    if (EN_BLOCKERS.test(gap) || EN_FUTURE_BECOME.test(gap)) return false;
    // "he moved to Isovalent, the company that created Cilium": the company is the verb's subject.
    if (t.word.shape !== 'noun' && /\b(?:company|startup|firm|vendor|organi[sz]ation)\s+(?:that|which)\s+(?:\w+\s+)?$/iu.test(gap)) return false;
    // "She got involved through SIG Docs in 2017, translating pages …, and went on to become …": the
    // holder is the subject of a coordinated verb phrase; only that phrase must be short.
    const coordinatedVp = /,\s+and\s+(?:then\s+|later\s+|eventually\s+)?(?=[a-z])(?![^,]*\b(?:he|she|they|I|we)\b)[^,]*$/u.exec(gap);
    const words = (coordinatedVp?.[0] ?? gap).replace(/\([^)]*\)/gu, ' ').split(/\s+/u).filter((w) => /\w/u.test(w));
    if (words.length > 14) return false;
    if (/\bto\s+(?:be|become|join|serve)\b/iu.test(gap)) return false;
    if (t.word.shape === 'noun') {
      // "Ravi Shankar Iyer from Google, a maintainer of Kueue": the person's apposition, after where they come from.
      const fromCompany = holder.kind === 'person' && t.word.cls !== 'creator' && FROM_COMPANY_APPOSITION.test(gap);
      if (EN_NOUN_GAP_BLOCKERS.test(gap) || (EN_FOREIGN_APPOSITION.test(gap) && !fromCompany)) return false;
      // "one of the SIG Docs tech leads", "A and B are co-chairs", "A and B, co-chairs of SIG Z".
      // "A (Tetrate) and B (Google), the tech leads of SIG Z": affiliations in brackets are skipped.
      const bare = gap.replace(/^\s*[(（][^()（）]{0,40}[)）]/u, '');
      const coordinated = holder.kind === 'person' && /^\s*,\s*(?:the\s+(?:(?:two|three|four|current|new)\s+)?|both\s+)?$/u.test(bare) && /(?:,|\band|&)\s*(?:[(（][^()（）]{0,40}[)）]\s*)?$/u.test(text.slice(0, holder.start));
      if (t.word.plural && !EN_PLURAL_LICENCE.test(gap) && !coordinated && holder.kind !== 'pair') return false;
    }
    if (holder.kind !== 'person' && EN_RELATION_NOUNS.test(gap)) return false;
    if (/^\s+(?:not|never)\b/iu.test(after)) return false;
    // "I'd describe myself as a SIG member rather than a leader", "running for SIG Testing tech lead": not held.
    // "People keep introducing me as a SIG Windows chair": what others call the holder.
    if (/\b(?:rather\s+than|instead\s+of|(?:run|running|ran|stand|standing)\s+for|(?:introduc|call|describ|label|mistak)\w*\s+(?:me|him|her|them|us)\s+(?:as|for))\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, t.start - 50), t.start))) return false;
    // "He is not, he stresses, a containerd maintainer", "this does not make her a Backstage maintainer".
    if (/\b(?:not|never)\s*,\s*$|(?:\bnot|\bnever|n['’]t)\s+(?:make|makes|made|call|calls|consider|considers)\s+$/iu.test(text.slice(Math.max(0, holder.start - 30), holder.start))) return false;
    // "nobody in her lab contributes to Kubeflow": the holder only qualifies a negated subject.
    if (/\b(?:nobody|no\s+one|none|neither)\s+(?:[a-z]+\s+){0,2}$/iu.test(text.slice(0, holder.start))) return false;
    // "People sometimes introduce me as a SIG Auth chair, which I'm not."
    if (/^[^.;!?]{0,40}?,\s*which\s+(?:I|he|she|they|we|you)\s*(?:['’]m|am|is|are|['’]re|was|were)\s*(?:not|n['’]t)\b|^[^.;!?]{0,40}?,\s*which\s+(?:I|he|she|they|we|you)\s+(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b/iu.test(after)) return false;
  } else if (lang === 'ja') {
    if (JA_BLOCKERS.test(gap) || JA_AFTER_BLOCKERS.test(after)) return false;
    // "Sofíaさんが、WG Batchのオーガナイザーとして": the subject's が before a comma is no "but".
    const asRole = t.word.shape === 'noun' && /^\s*として/u.test(after);
    if (/が、|けど|けれど/u.test(asRole ? gap.replace(/^\s*(?:さん|氏|様)?が、/u, '') : gap)) return false;
  } else {
    if (ZH_BLOCKERS.test(gap) || ZH_AFTER_BLOCKERS.test(after)) return false;
    // "我成为了 SIG Node 的 reviewer" says it; "…原因是 Etcd 的贡献者过少" after a "我" says nothing of me.
    // "我在 SIG Instrumentation 担任 reviewer": the predicate may follow the place the role is held.
    const predicate = ZH_FIRST_PERSON_PREDICATE.test(gap) || (/在\s*$/u.test(gap) && ZH_FIRST_PERSON_PREDICATE.test(text.slice(phraseStart, t.start)));
    if (holder.kind === 'first' && t.word.shape === 'noun' && !predicate) return false;
    if (/但是?|然而|；/u.test(gap)) return false;
    // "维护 Kubebuilder 的是另一组人": the verb describes who does it, named after 的是.
    if (/^\s*的\s*(?:是|都是|则是|人|那些人)/u.test(after)) return false;
    // "Karmada 和 OCM 的维护者们经常…": a plural role is other people's.
    if (t.word.shape === 'noun' && /^\s*们/u.test(after)) return false;
    // "Rohan Kapoor 与 WG Batch 的三位贡献者聊了聊": the role is the partners'.
    if (holder.kind === 'person' && /^\s*(?:与|和|跟|同(?!时|样))/u.test(gap)) return false;
    // "我们团队里也有好几位同事在 KWOK 等子项目中很活跃": the colleagues are.
    // "宋嘉怡提到，最初每个团队都自己维护 Prometheus": every team did, not the person named.
    if (/同事|朋友|伙伴|好几位|几位|不少人|很多人|有人|每个团队|各个团队|各团队|每家|大家|他们都/u.test(gap)) return false;
  }
  if (t.word.shape !== 'noun') {
    // "Kaslin said SIG Docs maintains X": another entity between holder and verb is the real subject.
    // "我从 2017 年开始从事 Kubernetes 网络方面的工作，最初参与 kube-proxy": a Chinese comma opens another
    // verb phrase of the same subject; only entities of the verb's own phrase compete with the holder.
    const comma = lang === 'zh' ? text.lastIndexOf('，', phraseStart) : -1;
    const from = comma > holder.end ? comma : holder.end;
    // "我主要在 SIG Scheduling 里负责…": a place ("在 X 里") is no subject either.
    // "我因为排查一个 webhook 鉴权的性能问题第一次给 Kubernetes 提了 PR": nor is an entity inside a reason or purpose.
    // "is a reviewer for Kueue and sends patches to containerd": an object of a preposition is no subject.
    const between = objs.some(
      (o) =>
        o.m.start >= from &&
        o.m.end <= phraseStart &&
        !consumed.has(o) &&
        !(lang === 'zh' && (/在\s*$/u.test(text.slice(0, o.m.start)) || ZH_REASON.test(text.slice(from, o.m.start)))) &&
        !(lang === 'en' && EN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, o.m.start - 40), o.m.start).replace(POSSESSOR_BEFORE, '')) && /^(?:['’]s\s+[^,;.]{1,40}?)?\s*,?\s+and\s+(?:also\s+)?$/u.test(text.slice(o.m.end, phraseStart))) &&
        // "wrote a fair amount of the Kanister integration against it and sent patches to X": the object of an earlier verb.
        !(lang === 'en' && EN_DETERMINER_BEFORE.test(text.slice(Math.max(0, o.m.start - 40), o.m.start)) && /^(?:['’]s)?(?:\s+[^,;.]{1,40}?)?\s+and\s+(?:also\s+|then\s+)?$/u.test(text.slice(o.m.end, phraseStart))),
    );
    if (between) return false;
  }
  return true;
}
