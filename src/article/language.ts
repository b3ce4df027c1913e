import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Lang } from './types.ts';

/** Path conventions of the Kubernetes blogs and this project: `x.ja.md`, `content/ja/…`, `zh-cn/…`. */
export function langFromPath(path: string): Lang | undefined {
  const p = path.replace(/\\/g, '/').toLowerCase();
  if (/\.ja\.(?:md|markdown)$|(?:^|\/)ja(?:-jp)?\//.test(p)) return 'ja';
  if (/\.zh(?:-cn|-hans)?\.(?:md|markdown)$|(?:^|\/)zh(?:-cn|-hans)?\//.test(p)) return 'zh';
  if (/\.en\.(?:md|markdown)$|(?:^|\/)en\//.test(p)) return 'en';
  return undefined;
}

/** `lang`/`language` in front matter ("ja", "zh-cn", "en-US"). */
export function langFromFrontMatter(data: Record<string, unknown> | undefined): Lang | undefined {
  const v = data?.['lang'] ?? data?.['language'] ?? data?.['locale'];
  return typeof v === 'string' ? langFromCode(v) : undefined;
}

function langFromCode(code: string): Lang | undefined {
  const c = code.trim().toLowerCase();
  if (c.startsWith('ja')) return 'ja';
  if (c.startsWith('zh')) return 'zh';
  if (c.startsWith('en')) return 'en';
  return undefined;
}

const KANA = /[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fd\u30fe\u31f0-\u31ff\uff66-\uff9d]/g;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

// A few kana are enough to tell Japanese from Chinese, but a stray one in a Chinese text is not.
const MIN_KANA = 3;
const MIN_HAN_SHARE = 0.1;

interface Detector {
  detect(text: string): { language: string };
  setLanguageSubset(languages: string[]): unknown;
}

let detector: Detector | null | undefined;

/**
 * eld's n-gram model is 1.6 MB of JavaScript that takes seconds to load on a busy machine, and the
 * script ratio settles almost every article; so it is loaded on first need only, synchronously
 * (require of an ES module, Node ≥ 20.19). If it cannot be loaded the script decision stands.
 */
function eld(): Detector | null {
  if (detector !== undefined) return detector;
  try {
    const require = createRequire(import.meta.url);
    const mod = require(fileURLToPath(import.meta.resolve('eld/small'))) as { eld?: Detector };
    detector = mod.eld ?? null;
    detector?.setLanguageSubset(['en', 'ja', 'zh']);
  } catch {
    detector = null;
  }
  return detector;
}

/** Script ratio first (any kana ⇒ ja; Han without kana ⇒ zh; no CJK at all ⇒ en), eld for a little CJK inside Latin text. */
export function langFromText(text: string): Lang {
  const kana = text.match(KANA)?.length ?? 0;
  if (kana >= MIN_KANA) return 'ja';
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han > 0 && han >= MIN_HAN_SHARE * (han + latin)) return 'zh';
  if (han === 0 && kana === 0) return 'en';
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const found = eld()?.detect(sample).language;
  return (found ? langFromCode(found) : undefined) ?? 'en';
}
