import { eld } from 'eld/small';
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

let eldReady = false;
function detector(): typeof eld {
  if (!eldReady) {
    eld.setLanguageSubset(['en', 'ja', 'zh']);
    eldReady = true;
  }
  return eld;
}

/** Script ratio first (any kana ⇒ ja; Han without kana ⇒ zh), then the eld n-gram detector. */
export function langFromText(text: string): Lang {
  const kana = text.match(KANA)?.length ?? 0;
  if (kana >= MIN_KANA) return 'ja';
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han > 0 && han >= MIN_HAN_SHARE * (han + latin)) return 'zh';
  if (latin === 0) return 'en';
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  return langFromCode(detector().detect(sample).language) ?? 'en';
}
