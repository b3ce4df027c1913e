/**
 * Synthetic articles shaped like the real ones — front matter with authors "Name (Company)",
 * an introduction, interview turns `**Name**: …`, people, companies, groups and projects — in
 * English, Japanese and Chinese, at any size and deterministic for a seed. Each article comes
 * with the facts it states (`truth`, an ArticleExtraction with real offsets), so benchmarks and
 * tests can load known facts without depending on the extractors.
 *
 *   npx tsx bench/generate-articles.ts --count 1000 --out /tmp/corpus [--seed 1]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { COMPANIES } from '../extractors/lexicon/companies.ts';
import { GROUPS } from '../extractors/lexicon/groups.ts';
import { PROJECTS } from '../extractors/lexicon/projects.ts';
import type { Lang } from '../src/article/types.ts';
import { PREDICATE_TYPES, type ArticleExtraction, type Entity, type Predicate, type Triple } from '../src/extraction/types.ts';

export interface GeneratedArticle {
  /** File name, e.g. `en/synthetic-00042.md`. */
  name: string;
  text: string;
  truth: ArticleExtraction;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Benjamin', 'Chen', 'Divya', 'Elena', 'Frederico', 'Grace', 'Hiro', 'Ines', 'James', 'Kaito', 'Lena', 'Marek', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rita', 'Sven', 'Tomoko', 'Uma', 'Victor', 'Wenjia', 'Xin', 'Yuki', 'Zora'];
const LAST = ['Abara', 'Blair', 'Castro', 'Dias', 'Eriksen', 'Fujita', 'Garcia', 'Hoffmann', 'Ito', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Wang', 'Xu', 'Yilmaz', 'Zhang'];

interface PersonSeed {
  name: string;
  github: string | undefined;
  company: string;
}

const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  en: { chair: 'a chair', 'tech-lead': 'a tech lead', reviewer: 'a reviewer', maintainer: 'a maintainer' },
  ja: { chair: 'チェア', 'tech-lead': 'テックリード', reviewer: 'レビュアー', maintainer: 'メンテナー' },
  zh: { chair: '主席', 'tech-lead': '技术负责人', reviewer: '评审人', maintainer: '维护者' },
};

/** Sentence templates per language; `{x}` are filled in, each sentence states one fact. */
const SAY: Record<Lang, Record<string, (x: Record<string, string>) => string>> = {
  en: {
    leads: (x) => `I'm ${x['role']} of ${x['sig']}.`,
    member: (x) => `I am ${x['role']} in ${x['sig']}.`,
    works: (x) => `I work at ${x['company']}.`,
    maintains: (x) => `I am ${x['role']} of ${x['project']}.`,
    contributes: (x) => `I have been contributing to ${x['project']} for a few years.`,
    collaborates: (x) => `${x['sig']} works closely with ${x['sig2']}.`,
    owns: (x) => `${x['sig']} is responsible for ${x['project']}.`,
    filler: () => 'We meet every other week and everyone is welcome to join the call.',
    question: () => 'Could you tell us a bit about yourself and your work?',
    intro: (x) => `In this spotlight we talk with the people behind ${x['sig']}.`,
  },
  ja: {
    leads: (x) => `私は${x['sig']}の${x['role']}です。`,
    member: (x) => `私は${x['sig']}の${x['role']}をしています。`,
    works: (x) => `${x['company']}で働いています。`,
    maintains: (x) => `${x['project']}の${x['role']}をしています。`,
    contributes: (x) => `${x['project']}に数年前から貢献しています。`,
    collaborates: (x) => `${x['sig']}は${x['sig2']}と緊密に連携しています。`,
    owns: (x) => `${x['sig']}は${x['project']}を担当しています。`,
    filler: () => 'ミーティングは隔週で開催しており、どなたでも参加できます。',
    question: () => '自己紹介とお仕事について教えてください。',
    intro: (x) => `今回のスポットライトでは、${x['sig']}のメンバーにお話を伺いました。`,
  },
  zh: {
    leads: (x) => `我是${x['sig']}的${x['role']}。`,
    member: (x) => `我是${x['sig']}的${x['role']}。`,
    works: (x) => `我在${x['company']}工作。`,
    maintains: (x) => `我是${x['project']}的${x['role']}。`,
    contributes: (x) => `我为${x['project']}做贡献已经好几年了。`,
    collaborates: (x) => `${x['sig']}与${x['sig2']}密切合作。`,
    owns: (x) => `${x['sig']}负责${x['project']}。`,
    filler: () => '我们每两周开一次会，欢迎所有人参加。',
    question: () => '请介绍一下你自己和你的工作。',
    intro: (x) => `在这篇聚光灯文章中，我们采访了${x['sig']}的成员。`,
  },
};

export interface GeneratorOptions {
  seed?: number;
  /** Size of the pool of people articles draw from (recurring people exercise merging). */
  people?: number;
  /** Closing question-and-answer paragraphs without facts (article length). */
  turns?: number;
}

/** Yields `count` articles; the same options always give the same articles. */
export function* generateArticles(count: number, options: GeneratorOptions = {}): Generator<GeneratedArticle> {
  const random = rng(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // Skewed choice: a few people, groups and projects recur in many articles, as in the real corpus.
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(random() ** 2 * xs.length)] as T;
  const companies = COMPANIES.map((c) => c.name);
  const groups = GROUPS.filter((g) => !g.retired);
  const projects = PROJECTS.map((p) => p.name);
  const people: PersonSeed[] = [];
  for (let i = 0; i < Math.min(options.people ?? 3000, FIRST.length * LAST.length * LAST.length); i++) {
    // Distinct names by construction: "Ada Blair", then double-barrelled "Ada Blair-Castro".
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? '';
    const second = i >= FIRST.length * LAST.length ? `-${LAST[Math.floor(i / (FIRST.length * LAST.length)) % LAST.length] ?? ''}` : '';
    people.push({ name: `${FIRST[i % FIRST.length]} ${last}${second}`, github: random() < 0.6 ? `dev${i.toString(36)}` : undefined, company: skewed(companies) });
  }
  const langs: Lang[] = ['en', 'ja', 'zh'];

  for (let n = 0; n < count; n++) {
    const lang = langs[n % 3] as Lang;
    const say = SAY[lang];
    const filler = (k: number): string => Array.from({ length: k }, () => say['filler']?.({})).join(' ');
    const group = skewed(groups);
    const speakers = Array.from({ length: 2 + Math.floor(random() * 3) }, () => skewed(people)).filter((p, i, all) => all.indexOf(p) === i);
    const author = pick(people);
    const slug = `synthetic-${String(n).padStart(6, '0')}`;
    const entities = new Map<string, Entity>();
    const triples: Triple[] = [];
    const entity = (e: Entity): string => {
      const key = `${e.type}|${e.name}`;
      if (!entities.has(key)) entities.set(key, e);
      return e.name;
    };
    const personEntity = (p: PersonSeed): string => entity({ type: 'Person', name: p.name, aliases: [p.name.split(' ')[0] ?? p.name], ...(p.github ? { github: p.github } : {}) });

    let text = `---\ntitle: "Spotlight on ${group.name} (${n})"\nslug: ${slug}\ndate: 2024-0${1 + (n % 9)}-1${n % 10}\n`;
    text += `author: >\n  ${author.name} (${author.company})\ncanonicalUrl: https://example.org/blog/${slug}/\n---\n\n`;
    const add = (s: string): { start: number; end: number } => {
      const start = text.length;
      text += s;
      return { start, end: text.length };
    };
    const state = (s: string, p: Predicate, o: string, sentence: string, role?: string): void => {
      const { start, end } = add(sentence);
      const [sType, oType] = PREDICATE_TYPES[p];
      triples.push({
        s,
        sType,
        p,
        o,
        oType,
        confidence: 0.9,
        evidence: sentence,
        evidences: [{ quote: sentence, start, end, channel: 'body', extractor: 'synthetic', confidence: 0.9 }],
        ...(role ? { role } : {}),
      });
    };
    // Front-matter facts: the author and the author's company.
    const authorLine = text.indexOf(author.name);
    const authorName = personEntity(author);
    triples.push({
      s: authorName,
      sType: 'Person',
      p: 'AUTHORED',
      o: '@article',
      oType: 'Article',
      confidence: 1,
      evidence: author.name,
      evidences: [{ quote: author.name, start: authorLine, end: authorLine + author.name.length, channel: 'body', extractor: 'synthetic', confidence: 1 }],
    });
    const groupName = entity({ type: 'Sig', name: group.name, aliases: [group.dir], kind: group.kind });
    add(`${say['intro']?.({ sig: group.name })}\n\n`);

    for (const speaker of speakers) {
      const who = personEntity(speaker);
      state(who, 'INTERVIEWED', '@article', `**${speaker.name}**`);
      add(`\n\n**${say['question']?.({})}**\n\n**${speaker.name.split(' ')[0]}**: `);
      const roleKey = pick(['chair', 'tech-lead', 'reviewer']);
      const role = ROLE_WORDS[lang][roleKey] ?? roleKey;
      state(who, roleKey === 'reviewer' ? 'MEMBER_OF' : 'LEADS', groupName, (roleKey === 'reviewer' ? say['member'] : say['leads'])?.({ sig: group.name, role }) ?? '', roleKey);
      text += ' ';
      state(who, 'WORKS_AT', entity({ type: 'Company', name: speaker.company, aliases: [] }), say['works']?.({ company: speaker.company }) ?? '');
      text += ' ';
      const project = entity({ type: 'Project', name: skewed(projects), aliases: [] });
      if (random() < 0.5) state(who, 'MAINTAINS', project, say['maintains']?.({ project, role: ROLE_WORDS[lang]['maintainer'] ?? '' }) ?? '', 'maintainer');
      else state(who, 'CONTRIBUTES_TO', project, say['contributes']?.({ project }) ?? '');
      text += ` ${filler(3)}\n\n${filler(4)}\n\n`;
    }
    const other = pick(groups.filter((g) => g.name !== group.name));
    state(groupName, 'COLLABORATES_WITH', entity({ type: 'Sig', name: other.name, aliases: [other.dir], kind: other.kind }), say['collaborates']?.({ sig: group.name, sig2: other.name }) ?? '');
    text += ' ';
    const owned = entity({ type: 'Project', name: skewed(projects), aliases: [] });
    state(groupName, 'OWNS', owned, say['owns']?.({ sig: group.name, project: owned }) ?? '');
    text += '\n\n';
    for (let i = 0; i < (options.turns ?? 8); i++) text += `**${say['question']?.({})}**\n\n${filler(5)}\n\n`;

    const name = `${lang}/${slug}.md`;
    yield {
      name,
      text,
      truth: {
        article: name,
        lang,
        meta: { title: `Spotlight on ${group.name} (${n})`, slug },
        hash: '',
        entities: [...entities.values()],
        triples,
        diagnostics: [],
      },
    };
  }
}


/** Writes `count` articles under `dir`; returns their facts by file name (relative to `dir`). */
export async function writeCorpus(dir: string, count: number, options: GeneratorOptions = {}): Promise<Map<string, ArticleExtraction>> {
  const truth = new Map<string, ArticleExtraction>();
  for (const lang of ['en', 'ja', 'zh']) await mkdir(path.join(dir, lang), { recursive: true });
  for (const a of generateArticles(count, options)) {
    await writeFile(path.join(dir, a.name), a.text);
    truth.set(a.name, a.truth);
  }
  return truth;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('usage: tsx bench/generate-articles.ts --count N --out DIR [--seed S]');
  const truth = await writeCorpus(values.out, Number(values.count), { seed: Number(values.seed) });
  process.stderr.write(`wrote ${truth.size} articles to ${values.out}\n`);
}
