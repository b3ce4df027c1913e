import { fromMarkdown } from 'mdast-util-from-markdown';
for (let r = 0; r < 3; r++) for (const n of [512, 2048, 8192]) {
  for (const [name, unit] of [['labels', '**A**: x\n\n'], ['lines', 'Ann Lee\n'], ['para', 'Hello there.\n\n']] as const) {
    const text = unit.repeat(n);
    const c0 = process.cpuUsage(); fromMarkdown(text); const c = process.cpuUsage(c0);
    console.log(r, n, name, text.length, ((c.user + c.system) / 1000).toFixed(1), 'ms cpu');
  }
}
