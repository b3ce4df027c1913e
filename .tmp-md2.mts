import { fromMarkdown } from 'mdast-util-from-markdown';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
for (const n of [2048, 8192]) for (const [name, unit] of [['labels', '**A**: x\n\n'], ['brackets', '['], ['para', 'Hello there.\n\n']] as const) {
  const text = unit.repeat(n * (name === 'brackets' ? 4 : 1));
  let c0 = process.cpuUsage(); fromMarkdown(text); let c = process.cpuUsage(c0); const a = (c.user + c.system) / 1000;
  c0 = process.cpuUsage(); fromMarkdown(text, { extensions: [cjkFriendlyExtension()] }); c = process.cpuUsage(c0); const b = (c.user + c.system) / 1000;
  console.log(n, name, text.length, 'plain', a.toFixed(0), 'cjk', b.toFixed(0));
}
