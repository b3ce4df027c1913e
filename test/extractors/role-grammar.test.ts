import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArticle } from '../../src/article/parse-article.ts';
import { COMPILED_ROLE_WORDS, ROLE_WORD_PREFILTER } from '../../extractors/role-grammar.ts';
import { ROLE_WORDS, relationFor } from '../../extractors/lexicon/roles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articles = [
  ...readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'seeds', f)),
  ...readdirSync(join(root, 'test/extractors/fixtures/roles')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'test/extractors/fixtures/roles', f)),
];

describe('role grammar', () => {
  it('never lets the cheap prefilter skip a sentence holding a role word', () => {
    let checked = 0;
    for (const path of articles) {
      for (const s of parseArticle(path, readFileSync(path, 'utf8')).sentences) {
        for (const lang of ['en', 'ja', 'zh'] as const) {
          const compiled = COMPILED_ROLE_WORDS[lang];
          const words = [...compiled.words.map((w) => w.sticky.source), ...compiled.cased.map((c) => c.re.source), ...compiled.frames.map((f) => f.re.source)];
          for (const source of words) {
            if (!new RegExp(source, lang === 'en' ? 'iu' : 'u').test(s.text)) continue;
            checked++;
            expect(ROLE_WORD_PREFILTER[lang].test(s.text), `${lang} prefilter misses «${s.text}» (${source})`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('covers every role word of the lexicon with the prefilter stems', () => {
    for (const w of ROLE_WORDS) {
      // Strip regex syntax to a sample surface: first alternative, optional parts dropped.
      const sample = w.pattern
        .replace(/\(\?<=([^()]*)\)/gu, '$1')
        .replace(/\(\?:[^()]*\)\?/gu, '')
        .replace(/\\\\s[*+]?|\\s[*+]?/gu, ' ')
        .replace(/\(\?:([^|()]*)[^()]*\)/gu, '$1')
        .replace(/\([^)]*\)/gu, 'X')
        .split('|')[0]
        ?.replace(/[?*+{}\d,\\[\]^$]/gu, '');
      expect(ROLE_WORD_PREFILTER[w.lang].test(sample ?? ''), `${w.lang} ${w.pattern} → «${sample}»`).toBe(true);
    }
  });

  it('maps role classes and object types to the spec predicates', () => {
    expect(relationFor('co-chair', 'Sig')).toEqual({ p: 'LEADS', role: 'co-chair' });
    expect(relationFor('reviewer', 'Sig')).toEqual({ p: 'MEMBER_OF', role: 'reviewer' });
    expect(relationFor('reviewer', 'Project')).toEqual({ p: 'MAINTAINS', role: 'reviewer' });
    expect(relationFor('lead', 'Project')).toEqual({ p: 'MAINTAINS', role: 'lead' });
    expect(relationFor('participant', 'Project')).toEqual({ p: 'CONTRIBUTES_TO' });
    expect(relationFor('maintainer', 'Sig')).toBeUndefined();
  });
});
