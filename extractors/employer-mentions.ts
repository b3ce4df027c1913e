/**
 * The companies a sentence may name as someone's employer, with a parent company folded into the
 * company it owns: "IBM傘下のレッドハットで働く", "在亚马逊旗下的 AWS 工作", "就职于阿里巴巴集团旗下的云计算公司
 * 阿里云" name Red Hat, AWS and Alibaba Cloud, spanning from the parent (so the words before the
 * parent cue the child); "レッドハット(現在はIBMの傘下)", "Red Hat (an IBM company)", "VMware（现属博通）"
 * name Red Hat and VMware, spanning their note. PART_OF itself is the company-relations extractor's.
 */
import type { Mention } from './mentions/types.ts';

/** Parent, then these words, then the company it owns. */
const PARENT_THEN_CHILD = /^(?:グループ)?(?:傘下の|の傘下にある|の傘下の|の子会社である|の子会社の|の一部である|の一部門である)\s*$|^グループの\s*$|^\s*(?:集团|株式会社|公司)?\s*旗下的?\s*(?:[^，。、,\s]{0,10}?(?:公司|部门|事业部|事业群|业务)\s*)?$/u;
/** A company, then a note in brackets that names its parent. */
const NOTE_OPEN = /^\s*[(（]\s*(?:現在は|今は|現在|now\s+|现在?|现已|目前)?\s*(?:an?\s+|属于|隶属于|归属于?|属|为|是)?\s*$/iu;
const NOTE_CLOSE = /^\s*(?:company|グループ)?\s*(?:の傘下|の一部|の子会社|傘下|旗下|的一部分|的子公司|集团旗下)?\s*[)）]/u;

export function employerMentions(text: string, companies: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < companies.length; i++) {
    const c = companies[i];
    if (!c) continue;
    const next = companies[i + 1];
    // "アマゾン ウェブ サービス(AWS)", "Universidade de São Paulo (USP)": the same company again, in brackets.
    const same = next && next.name === c.name && /^\s*[(（]\s*$/u.test(text.slice(c.end, next.start)) ? /^\s*[)）]/u.exec(text.slice(next.end)) : null;
    if (next && same) {
      out.push({ ...c, end: next.end + same[0].length });
      i++;
      continue;
    }
    if (next && next.name !== c.name) {
      if (PARENT_THEN_CHILD.test(text.slice(c.end, next.start))) {
        out.push({ ...next, start: c.start });
        i++;
        continue;
      }
      const close = NOTE_OPEN.test(text.slice(c.end, next.start)) ? NOTE_CLOSE.exec(text.slice(next.end)) : null;
      if (close) {
        out.push({ ...c, end: next.end + close[0].length });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
