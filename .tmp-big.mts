import { parseArticle } from './src/article/parse-article.ts';
const MB = Number(process.env.SIZE ?? 1 << 20);
const cases: Record<string, string> = {
  words: 'word '.repeat(2 * MB / 5),
  sentences: 'This is a sentence. '.repeat(MB / 20),
  cjk: '这是一个句子。'.repeat(MB / 7),
  stars: '**'.repeat(MB / 4),
  brackets: '['.repeat(MB / 4),
  labels: '**A**: x\n\n'.repeat(MB / 10 / 4),
  lines: 'Ann Lee\n'.repeat(MB / 8),
  comment: '<!--' + 'x '.repeat(MB / 2),
  random: Array.from({ length: MB / 2 }, () => String.fromCharCode(Math.floor(Math.random() * 0xffff))).join(''),
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const a = parseArticle('big.md', text);
  console.log(name, (text.length / MB).toFixed(2), 'M chars', (performance.now() - t0).toFixed(0), 'ms', a.paragraphs.length, a.sentences.length, a.diagnostics.length);
}
