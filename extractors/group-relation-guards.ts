/**
 * Whether a collaboration cue states a fact: not in a question, a supposition, a plan, a wish, a
 * belief others hold or a denial ("People sometimes assume we work with SIG etcd", "目前并没有和 SIG X
 * 合作", "将来的にはSIG Autoscalingと連携して…たら").
 */
const INTERROGATIVE = /^\s*(?:[^:：\n]{1,40}[:：]\s*)?(?:Does|Do|Did|Is|Are|Was|Were|Has|Have|Will|Would|Can|Could|Should|How|Why|What|Which|When|Where|Who)\b[^.!]*\?\s*$|(?:吗|呢)\s*[？?]\s*$|(?:ですか|ますか|でしょうか)\s*[？?]?\s*$/u;
// "I'd love to say we work with SIG Apps", "People ask whether we work with SIG Node".
const DENIED_LATER = /^[^.;]*?,\s*but\s+(?:honestly\s+|actually\s+|really\s+|in\s+practice\s+)?(?:we|they)\s+(?:do\s+not|don['’]t|haven['’]t|have\s+not)(?:\s+(?:yet|really|much))?\s*[.;!]?$/iu;
const JA_WISH_AFTER = /^[^。]*?(?:たら|れば|(?:し|れ|き|い)たい(?:と|です|ね|。)|つもり|かもしれ|将来的)/u;
const ASSUMED_OR_DENIED = /\b(?:people|some|many|folks|others|everyone)\s+(?:\w+\s+)?(?:assume|assumes|think|believe|expect|imagine)\b|有人以为|误以为|以为|有人认为|(?:没有|并没有|从未|从来没有?|并不|不再)\s*(?:和|与|跟|同)|那会是|会不会/iu;
// "明年我们计划和 SIG Node 合作…": a plan.
const HYPOTHETICAL = /\b(?:if|unless|would|could|might|hope|hopes|hoping|wish|whether)\b|\b(?:I|we|you)['’]d\b|如果|假如|要是|希望|也许|或许|可能会|大概会|会很乐意|计划|打算|准备|将来|明年|もし|たら|れば|かもしれ/iu;

/** Whether the cue at `cue.index` in `text` asserts the collaboration it names. */
export function cueAsserts(text: string, cue: RegExpExecArray): boolean {
  // "Does WG Serving work with SIG Storage as well?": a question asserts nothing, whoever asks it.
  if (INTERROGATIVE.test(text)) return false;
  const lead = text.slice(0, cue.index);
  // "如果下一届峰会能落地深圳，SIG Docs 希望能和 SIG Release 一起办…", "If WG Serving ever wants …, we would be happy to collaborate".
  if (HYPOTHETICAL.test(lead.slice(Math.max(0, ...[...lead.matchAll(/[,;:，；：]/gu)].map((m) => m.index))))) return false;
  // "也有人以为…是和 SIG Auth 一起设计的，其实并没有", "如果真的要做，那会是 SIG Apps 和 SIG Scheduling 一起".
  if (ASSUMED_OR_DENIED.test(lead)) return false;
  // "将来的にはSIG Autoscalingと連携して、…活かせたら面白いと思っています": Japanese puts the condition or wish after the cue.
  if (JA_WISH_AFTER.test(text.slice(cue.index))) return false;
  // "…we work with SIG Apps as well, but honestly we don't yet".
  return !DENIED_LATER.test(text.slice(cue.index));
}
