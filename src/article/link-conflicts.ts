import type { ArticleDiagnostic, Link } from './types.ts';

const GROUP_IN_TEXT = /\b(?:SIG|WG)[\s-]+([A-Za-z][A-Za-z0-9]*)/;

/**
 * `[SIG Testing](…/sig-scalability)`: the text names another group than the target. Extractors
 * trust the text; the conflict is reported so that a reader can fix the article.
 */
export function checkLinkTarget(link: Link): ArticleDiagnostic | null {
  if (!link.communityGroup) return null;
  const m = GROUP_IN_TEXT.exec(link.text);
  const word = m?.[1]?.toLowerCase();
  if (!word) return null;
  const folderWords = link.communityGroup.split('-').slice(1);
  const agrees = folderWords.some((w) => w.startsWith(word.slice(0, 3)) || word.startsWith(w.slice(0, 3)));
  if (agrees) return null;
  return {
    severity: 'warning',
    source: 'links',
    message: `link text "${link.text}" names another group than its target ${link.communityGroup}`,
    span: link.span,
  };
}
