/**
 * The shape of person names: what a Latin full name, a first name, a set of initials or a CJK
 * name looks like, and the capitalised words that start many non-name phrases. Used by the
 * people index and by resolution to keep only plausible people.
 */
import { PLACE_WORDS } from '../lexicon/places.ts';

/** Honorifics that follow a name in Japanese ("Carlosさん", "McCune氏") or Chinese ("王先生"). */
export const HONORIFIC = /^[ \u00a0]?(?:さん|氏|様|先生|くん|君|ちゃん)/;

// Any script's cased letters: Vietnamese "Nguyễn", Romanian "Ștefan", Polish "Łukasz" are names too.
const LOWER = '\\p{Ll}';
const UPPER = '\\p{Lu}';

/** One capitalised name token: "Marek", "McCune", "O'Connor", "Olmsted-Thompson", "Muñoz". */
export const NAME_TOKEN = `[${UPPER}](?:[${LOWER}]+|['’][${UPPER}][${LOWER}]+)(?:[${UPPER}][${LOWER}]+)?(?:[-'’][${UPPER}]?[${LOWER}]+)*`;
const TOKEN_RE = new RegExp(`^${NAME_TOKEN}$`, 'u');
const INITIAL_RE = new RegExp(`^[${UPPER}]\\.$`, 'u');
export const LETTER_CLASS = `${LOWER}${UPPER}`;

/** Han characters (CJK unified ideographs). */
const HAN = /^[\u3400-\u9fff\u3005]+$/u;
/** "北村 拓也": family and given name with a space; "김건주": a Korean name. */
const HAN_SPACED = /^[\u3400-\u9fff\u3005]{1,3}[ \u3000][\u3400-\u9fff\u3005]{1,3}$/u;
const HANGUL = /^[\uac00-\ud7af]{2,4}$/u;
const HAN_DOT_NAME = /^[\u3400-\u9fff]{1,6}[·・．•][\u3400-\u9fff]{1,6}$/u;
// "アブドゥッラー・アル＝マンスール": a double hyphen joins the parts of one family name.
const KATAKANA_NAME = /^[\u30a0-\u30ff]{2,}(?:[・･＝=][\u30a0-\u30ff]{2,}){1,2}$/u;

const GIVEN_NAMES_THAT_ARE_PLACES = new Set(['paris', 'austin', 'sydney', 'denver', 'vienna', 'valencia', 'india']);

/**
 * Capitalised words that begin or belong to many phrases that are not people: sentence openers,
 * community and cloud-native vocabulary, places, months. A candidate containing one is no name.
 */
const STOP_WORDS = new Set([
  // Some places are also given names ("Paris Pittman", "Austin Smith").
  ...PLACE_WORDS.filter((w) => !GIVEN_NAMES_THAT_ARE_PLACES.has(w)),
  ...`a about above after again all also am an and any are as at be because been before being between both but by can
could did do does doing during each few for from further had has have having he her here hers him his how i if in into
is it its just me more most my no nor not now of off on once only or other our out over own same she should so some such
than that the their them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yes yeah hello hi thanks thank welcome dear well okay ok oh wow great
let lets next first second third last today tomorrow yesterday currently recently finally overall however additionally
also instead meanwhile besides although though since while eventually initially lately ultimately
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday spring summer autumn fall winter pull request requests
kubernetes k8s cloud native cncf kubecon cloudnativecon sig sigs wg tag group groups working special interest
committee steering team teams community communities contributor contributors contributing contribution summit summits
project projects subproject subprojects program programs programme foundation council day days week weeks month months
year years conference meetup meetups event events workshop workshops session sessions release releases engine service
services platform platforms api apis cli docs documentation blog blogs website guide guides glossary landscape
book books club clubs podcast newsletter office hours meeting meetings slack github gitlab youtube zoom twitter linkedin
open source software hardware engineer engineering engineers manager management developer developers development
director head lead leads leader leaders chair chairs co cochair member members maintainer maintainers reviewer
reviewers approver approvers architect architecture advocate ambassador ambassadors officer president vice senior
principal staff junior intern student students professor university college institute school lab labs
enhancement enhancements proposal proposals kep keps readiness review reviews production testing test tests tooling
tools tool framework frameworks library libraries operator operators controller controllers manager scheduler proxy
node nodes cluster clusters container containers pod pods network networking storage security auth apps app
instrumentation scalability scheduling multicluster lifecycle machinery provider providers infrastructure infra
windows linux mac ios android apache spark google microsoft amazon red hat ibm intel vmware oracle cisco
host hosts guest guests moderator panelist panelists interviewer speaker speakers brazilian portuguese english japanese chinese korean spanish french german italian vietnamese indonesian hindi deaf hard hearing blind visually impaired awareness accessibility inclusion diversity equity belonging
best practices practice introduction introductions overview summary conclusion background motivation future
question questions answer answers interview interviews spotlight spotlights behind scenes wrap wrapping final thoughts
call action resources resource getting started start how what why who when where get involved join
new old big small large good better best high low free full part global local public private internal external
general common core main key major minor level levels phase phases stage stages alpha beta stable ga
diagram figure table image photo video videos picture note notes tip tips warning important update updates
inference extension extensions plugin plugins gateway gateways ingress policy policies bug bugs triage dockershim code conduct response emeritus shadow shadows signal comms communications marketing outreach
mentoring mentorship mentors mentor elections election stats devstats prow tide testgrid hugo
generative ai ml llm gpu cpu os vm vms`.split(/\s+/),
]);

export function isStopWord(token: string): boolean {
  const lower = token.toLowerCase();
  // "Co-chair", "Tech-lead": a hyphenated title is as little a name as its parts.
  return STOP_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((part) => STOP_WORDS.has(part)));
}

/** Collapses white space and strips the decoration articles put around names. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\s\u3000]+/gu, ' ')
    .replace(/^[\s*_`"'“”「」『』【】]+|[\s*_`"'“”「」『』【】,，、。.:：;；!！?？]+$/gu, '')
    .replace(/\s*(?:さん|氏|様|先生|くん)$/u, '')
    .replace(/^@/, '')
    .trim();
}

function latinTokens(name: string): string[] {
  return name.split(' ').filter((t) => t.length > 0);
}

/** Lower-case particles inside names: "Jan van der Berg", "Luiz de Souza", "Ahmad bin Said". */
export const PARTICLE_WORDS = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'do', 'bin', 'binti', 'al', 'el', 'ter', 'ten', 'zu'];
const PARTICLES = new Set(PARTICLE_WORDS);

/** "Marek Siarkowicz", "Chad M. Crowell", "Destiny O'Connor": 2–4 capitalised tokens (plus particles), none a common word. */
export function isLatinFullName(name: string): boolean {
  const tokens = latinTokens(name);
  const particles = tokens.filter((t, i) => i > 0 && i < tokens.length - 1 && PARTICLES.has(t)).length;
  if (tokens.length - particles < 2 || tokens.length - particles > 4) return false;
  let words = 0;
  for (const [i, t] of tokens.entries()) {
    if ((INITIAL_RE.test(t) || PARTICLES.has(t)) && i > 0 && i < tokens.length - 1) continue;
    if (!TOKEN_RE.test(t) || isStopWord(t)) return false;
    words += 1;
  }
  return words >= 2;
}

const PLACE_SET = new Set(PLACE_WORDS);

/**
 * A name someone signed with (an author or translator field): place words may follow the given
 * name ("Justin Santa Barbara"), which running text could not tell from a place.
 */
export function isSignedFullName(name: string): boolean {
  if (isLatinFullName(name)) return true;
  const tokens = latinTokens(name);
  if (tokens.length < 2 || tokens.length > 4 || !tokens[0] || !isNameToken(tokens[0])) return false;
  // "Jiaxin He (DaoCloud)": a Chinese family name that is also an English word ends the name.
  return tokens.slice(1).every((t, i) => TOKEN_RE.test(t) && (!isStopWord(t) || PLACE_SET.has(t.toLowerCase()) || (i === tokens.length - 2 && SURNAME_WORDS.has(t))));
}

const SURNAME_WORDS = new Set(['He', 'An', 'Do', 'So', 'Ha']);

/** A single capitalised token that could be a given name ("Marek", "Kaslin"). */
export function isNameToken(token: string): boolean {
  return TOKEN_RE.test(token) && !isStopWord(token);
}

/** A Chinese name of two to four Han characters ("梁远鹏") or a transliteration with a dot ("本杰明·王"). */
const HAN_WORD = /^(?:曾经|曾在|曾任|高兴|高度|万一|万物|方面|方便|方法|程序|周末|周年|周边|史上|文档|于是|向来|江湖|马上|任何|金额|石头|白天|龙头|毛病|严格|齐全|温度|施工|常常|时候|能够)$/u;
const HAN_BODY = /(?:编辑部|編集部|编辑组|小组|团队|委员会|委員会|工作组)$/u;

export function isCjkName(name: string): boolean {
  // "编辑部" (the editors), "选举委员会": a body, not a person.
  if (HAN_BODY.test(name)) return false;
  // "曾经" (once), "高兴", "万一": everyday words that start with a family-name character.
  if (HAN_WORD.test(name)) return false;
  return (HAN.test(name) && name.length >= 2 && name.length <= 5) || HAN_DOT_NAME.test(name) || HAN_SPACED.test(name) || HANGUL.test(name);
}

/** A transliterated foreign name in katakana with a middle dot ("マレク・シャルコビッチ"). */
export function isKatakanaName(name: string): boolean {
  return KATAKANA_NAME.test(name);
}

/** Whether a name is good enough to stand for a person in the graph. */
export function isPlausibleFullName(name: string): boolean {
  return isLatinFullName(name) || isCjkName(name) || isKatakanaName(name);
}

/** Tokens of a Latin name in lower case without diacritics, for comparisons. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s·・.\-_'’]+/gu, ' ')
    .trim();
}

/** Initials a speaker label may use for a full name: "FM" and "FSM"-like forms are checked by {@link initialsMatch}. */
export function initialsOf(name: string): string {
  return latinTokens(name)
    .flatMap((t) => t.split('-'))
    .map((t) => t.replace(/[^\p{L}]/gu, '').charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * Whether a label of capitals stands for a full name: the name's initials ("FM", "JOT" for
 * Jeremy Olmsted-Thompson), or the first and last initial with middle initials added ("FSM").
 */
export function initialsMatch(label: string, name: string): boolean {
  const ini = initialsOf(name);
  if (ini.length < 2) return false;
  const folded = foldName(label).replace(/ /g, '').toUpperCase();
  const plain = ini.normalize('NFKD').replace(/\p{M}/gu, '');
  if (folded === plain) return true;
  if (chineseOrderInitials(name).includes(folded)) return true;
  // "MT" for Minh Anh Tran: the first and last initials only.
  if (folded.length === 2 && plain.length > 2 && folded === `${plain.charAt(0)}${plain.slice(-1)}`) return true;
  return folded.length > plain.length && folded.startsWith(plain.charAt(0)) && folded.endsWith(plain.slice(-1)) && plain.length === 2;
}

/** The commonest Chinese family names: where a Han name written without spaces starts. */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤齐欧柳翟葛聂温施牛庞殷'.split(''),
);

/** One pinyin syllable: an initial (or none) and a final, longest finals first. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(${SYLLABLE})(${SYLLABLE})?(${SYLLABLE})?$`, 'u');

/**
 * Labels a Chinese speaker's name may give in its own order, family name first: "LN" for Nina
 * Lin (林娜), "ZYM" for Yiming Zhou (周一鸣, one initial per syllable), "WSY" for Siyuan Wang.
 */
function chineseOrderInitials(name: string): string[] {
  const tokens = latinTokens(name);
  if (tokens.length !== 2) return [];
  const [given = '', family = ''] = tokens;
  const syllables = (word: string): string => {
    const m = PINYIN_WORD.exec(word.toLowerCase());
    return m ? m.slice(1).filter((x) => x !== undefined).map((x) => x.charAt(0)).join('').toUpperCase() : '';
  };
  const out = [`${family.charAt(0)}${given.charAt(0)}`.toUpperCase()];
  const split = syllables(given);
  if (split.length > 1 && syllables(family).length === 1) out.push(`${family.charAt(0).toUpperCase()}${split}`);
  return out;
}

/** Bounded Levenshtein distance, shared with the parser's speaker-label matching. */
export { boundedDistance as editDistance } from '../../src/article/names.ts';
