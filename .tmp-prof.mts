import { parseArticle } from './src/article/parse-article.ts';
const which = process.env.CASE;
const text = which === 'lines' ? 'Ann Lee\n'.repeat(16384) : '**A**: x\n\n'.repeat(4096);
const t0 = performance.now();
parseArticle('big.md', text);
console.log(which, (performance.now() - t0).toFixed(0), 'ms');
