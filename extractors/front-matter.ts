/**
 * AUTHORED and TRANSLATED from the front matter (`author`, `translator`) and from bylines at
 * the top of the body ("**作者：** A", "Authors & Interviewers: A, B"), plus WORKS_AT from the
 * "(Company)" written after a name there. A "作者：" line further down (the author of a quoted
 * document) is not the article's byline.
 */
import { defineExtractor } from '../src/extraction/define-extractor.ts';
import type { PersonRef } from '../src/article/types.ts';
import type { Emit, Evidence, Predicate } from '../src/extraction/types.ts';
import { repairMojibake } from '../src/article/mojibake.ts';
import { cleanName, isPlausibleFullName, isSignedFullName } from './mentions/people-names.ts';
import { isArticleByline } from './mentions/people-sources.ts';
import { canonicalCompany } from './mentions/orgs.ts';
import { correctedRef } from './mentions/person-refs.ts';

/** "(he/him)", "(they/them)", "(2023)": parentheses that are no employer. */
const NOT_COMPANY =
  /^(?:he|she|they|him|her|them|ze|xe)\b|^\d+$|\b(?:editor|author|translator|interviewer|reviewer|ambassador|maintainer|chair|co-chair|lead|member|contributor|emeritus|shadow|volunteer|independent|freelancer?|self-employed|retired)s?\b|^(?:SIG|WG)\b|フリーランス|独立开发者|自由职业|发言|译出|翻译自|訳出|翻訳/i;

function personName(ref: PersonRef): string | undefined {
  const name = cleanName(repairMojibake(ref.name));
  return isPlausibleFullName(name) || isSignedFullName(name) ? name : undefined;
}

/** "Isovalent, part of Cisco", "VMware (now part of Broadcom)": the employer, then its parent. */
const WITH_PARENT = /^(.+?)\s*(?:[,，]\s*|[(（]\s*)(?:now\s+|today\s+|a\s+)?(?:part|subsidiary|division|unit)\s+of\s+([^()（）,，]+?)\s*[)）]?$/iu;

function company(ref: PersonRef): { name: string; parent?: string } | undefined {
  const c = ref.company?.trim();
  if (!c || NOT_COMPANY.test(c) || c.split(/\s+/).length > 6 || !/\p{L}/u.test(c)) return undefined;
  const m = WITH_PARENT.exec(c);
  return m?.[1] && m[2] ? { name: m[1], parent: m[2] } : { name: c };
}

function emitPerson(emit: Emit, written: PersonRef, p: Predicate, evidence: Evidence, confidence: number): void {
  const ref = correctedRef(written);
  const name = personName(ref);
  if (!name) return;
  // "Zhang Min (华为)": Han characters after a Latin name are a company when the lexicon says so.
  const hanCompany = ref.otherScript !== undefined && canonicalCompany(ref.otherScript) !== undefined ? ref.otherScript : undefined;
  const alias = hanCompany === undefined ? ref.otherScript : undefined;
  const person = { type: 'Person' as const, name, ...(ref.github ? { github: ref.github } : {}), ...(alias ? { aliases: [alias] } : {}) };
  emit.triple({ s: person, p, o: '@article', confidence, evidence });
  const employer = company(ref) ?? (hanCompany !== undefined ? { name: hanCompany } : undefined);
  if (employer) {
    emit.triple({ s: person, p: 'WORKS_AT', o: { type: 'Company', name: employer.name }, confidence: confidence >= 0.95 ? 0.9 : 0.85, evidence });
    if (employer.parent) emit.triple({ s: { type: 'Company', name: employer.name }, p: 'PART_OF', o: { type: 'Company', name: employer.parent }, confidence: 0.85, evidence });
  }
}

/** "王梓涵 (Zihan Wang)，华为": a known company after a comma is the employer of the person before it, not a person. */
function withTrailingCompanies(refs: readonly PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const ref of refs) {
    const prev = out[out.length - 1];
    if (prev && !ref.github && canonicalCompany(ref.name.trim()) !== undefined) {
      if (prev.company === undefined) out[out.length - 1] = { ...prev, company: ref.name.trim() };
      continue;
    }
    out.push(ref);
  }
  return out;
}

export const frontMatterExtractor = defineExtractor(
  { id: 'front-matter', description: 'AUTHORED/TRANSLATED from front matter and bylines, WORKS_AT from "(Company)" there' },
  (article, emit) => {
    const fm = article.frontMatter;
    const frontEvidence = (ref: PersonRef): Evidence => ({ quote: ref.raw, span: ref.span, channel: 'body' });
    for (const ref of withTrailingCompanies(fm?.authors ?? [])) emitPerson(emit, ref, 'AUTHORED', frontEvidence(ref), 0.95);
    for (const ref of withTrailingCompanies(fm?.translators ?? [])) emitPerson(emit, ref, 'TRANSLATED', frontEvidence(ref), 0.95);

    for (const byline of article.bylines) {
      if (!isArticleByline(article, byline)) continue;
      for (const ref of withTrailingCompanies(byline.people)) {
        const para = article.paragraphs.find((p) => ref.span.start >= p.span.start && ref.span.start < p.span.end);
        if (!para) continue;
        const evidence: Evidence = { quote: para.text, span: para.span, channel: byline.channel };
        emitPerson(emit, ref, byline.role === 'translator' ? 'TRANSLATED' : 'AUTHORED', evidence, 0.9);
      }
    }
  },
);
