/**
 * A person as the parser read them from front matter or a byline, corrected with the lexicon:
 * "石田 遥（Preferred Networks）" and "石田 遥（Red Hat）" look to the parser like a Han name with its
 * Latin form, but the bracket holds a company, so the Han name is the person and the bracket the
 * employer.
 */
import type { PersonRef } from '../../src/article/types.ts';
import { canonicalCompany } from './orgs.ts';
import { looksLikeOrganisation } from './people-generic.ts';

export function correctedRef(ref: PersonRef): PersonRef {
  const han = ref.otherScript;
  if (han === undefined || (canonicalCompany(ref.name) === undefined && !looksLikeOrganisation(ref.name))) return ref;
  // Only where the other form is the one written outside the brackets (the Han name).
  if (!ref.raw.trimStart().startsWith(han)) return ref;
  const { otherScript: _latin, ...rest } = ref;
  return { ...rest, name: han, company: ref.company ?? ref.name };
}
