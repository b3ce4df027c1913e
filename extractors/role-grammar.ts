/**
 * The small grammar that links a role word to its object and its holder: which gaps between
 * them are allowed, per language. Kept apart from the linker so that the patterns can be read
 * (and tuned) in one place. All patterns are anchored and meant for `.test(gap)`.
 */
import { ROLE_WORDS, type RoleLang, type RoleWord } from './lexicon/roles.ts';

export interface CompiledRoleWord {
  word: RoleWord;
  /** Sticky form of this word alone, to re-check a match or try it at a given position. */
  sticky: RegExp;
}

export interface CompiledLang {
  words: CompiledRoleWord[];
  /** All plain words of the language in one alternation, to find candidate positions in one pass. */
  combined: RegExp;
  /** Frame words ("为 X 做贡献"), matched separately: their open middle must not hide other words. */
  frames: Array<{ word: RoleWord; re: RegExp }>;
  /** Case-sensitive words ("TL", "… Ambassador role"), matched on their own so the case-blind alternation cannot misplace them. */
  cased: Array<{ word: RoleWord; re: RegExp }>;
}

const KATAKANA = '\\u30a0-\\u30ff';

function bounded(word: RoleWord): string {
  if (word.lang === 'en') return `(?<![A-Za-z0-9-])(?:${word.pattern})(?![A-Za-z0-9-])`;
  // "メンバーシップ" is not "メンバー"; "リーダーシップ" is not "リーダー".
  if (word.lang === 'ja' && word.shape === 'noun') return `(?<![${KATAKANA}])(?:${word.pattern})(?![${KATAKANA}])`;
  return `(?:${word.pattern})`;
}

function compileLang(lang: RoleLang): CompiledLang {
  const all = ROLE_WORDS.filter((w) => w.lang === lang);
  const uncased = all.filter((w) => !w.caseSensitive);
  const plain = [...uncased.filter((w) => w.shape === 'noun'), ...uncased.filter((w) => w.shape !== 'noun' && w.shape !== 'frame')];
  const words = plain.map((word) => ({ word, sticky: new RegExp(bounded(word), lang !== 'en' ? 'uy' : 'iuy') }));
  // A candidate finder only: boundaries factored out, no groups; each hit is confirmed word by word (sticky).
  const alternation = plain.map((w) => `(?:${w.pattern})`).join('|');
  const combined = lang === 'en' ? new RegExp(`(?<![A-Za-z0-9-])(?:${alternation})(?![A-Za-z0-9-])`, 'gi') : new RegExp(alternation, 'gu');
  const frames = all.filter((w) => w.shape === 'frame').map((word) => ({ word, re: new RegExp(word.pattern, 'gu') }));
  const cased = all.filter((w) => w.caseSensitive).map((word) => ({ word, re: new RegExp(bounded(word), 'gu') }));
  return { words, combined, frames, cased };
}

/**
 * Stems that every role word of the language contains. Most sentences have none, and this plain
 * test is far cheaper than the full alternation (test/extractors/role-grammar.test.ts keeps it complete).
 */
export const ROLE_WORD_PREFILTER: Record<RoleLang, RegExp> = {
  en: /chair|lead|led|facilitat|organi|owner|review|approv|member|shadow|contribut|commit|maintain|creat|found|work|involv|engag|active|join|start|part|belong|serv|launch|initiat|author|wrote|role|spen[dt]|fix|implementation|coding|support|mostly|mainly|primarily|largely|been\s+on|(?:goes|went|gone)\s+(?:into|to)|TL|volunt|sen[dt]|elected|stayed|home|hang|hung|help|landed|merged|first|team|own|took|tak(?:es|ing)\s+on|regular|sat\s|sits?\s+in|sitting|manager|writ(?:e|es|ing)\s|wrote\s|(?:came|come|comes|got)\s+in\b|fixture/i,
  ja: /チェア|議長|座長|リード|リーダー|ファシリテーター|オーガナイザー|オーナー|レビュ|アプルーバー|アプローバー|承認者|メンバー|構成員|シャドウ|コントリビュ|貢献|メンテナ|創設|創始|作成者|生みの親|取り組|携わ|関わ|従事|参画|参加|活動|所属|始ま|保守|主導|率い|立ち上げ|設立|作り|作っ|作者|始め|修正|直|プルリク|PR|パッチ|担|手がけ|手掛け|にい|のは|ミーティング|会議|例会|定例|手伝|チーム|マネージャー|手を出|KEP|書|開発|送/u,
  zh: /主席|负责人|技术主管|技术领导|带头人|牵头人|召集人|组织者|领导|成员|评审|审阅|审查|审批|批准|贡献|维护|创建|创始|发起|创立|创办|参与|加入|角色|工作|活跃|任职|修复|开发|委员|实现|提|来自|做的|待了|待过|活动|一员|写|花在|投入|放在|带领|发布管理|发布经理|参加|出席|起草|KEP|修|在做/u,
};

/** An English role word in Chinese or Japanese prose ("SIG Node 的 reviewer") takes that language's grammar. */
export function hostLang(lang: RoleLang, text: string): RoleLang | undefined {
  if (lang !== 'en') return undefined;
  return /[\u3040-\u30ff]/u.test(text) ? 'ja' : /[\u3400-\u9fff]/u.test(text) ? 'zh' : undefined;
}

export const COMPILED_ROLE_WORDS: Record<RoleLang, CompiledLang> = {
  en: compileLang('en'),
  ja: compileLang('ja'),
  zh: compileLang('zh'),
};

// ---------------------------------------------------------------------------------------------
// Objects: the gap between a role word and its group or project.

/** Closed-class words (and a few generic nouns) that may stand between "contributing to" and "the upstream Kubernetes project". */
const EN_FILLER =
  "(?:the|a|an|our|their|his|her|my|its|this|that|these|those|kubernetes|k8s|cncf|upstream|various|several|many|multiple|numerous|different|other|key|major|core|important|critical|open[- ]source|official|same|whole|entire|overall|technical|non-technical|and|areas?|aspects?|parts?|pieces?|of|work|under|in|within|across|on|to|efforts?|development|sub-?projects?|projects?|initiatives?|codebase|community|communities|ecosystem|repos?|repositories|wider|broader|broad|larger|newly|formed|recently|created|much|most|original|initial|first|implementation|code|support)";
/** "the Marketing Council team under": a named sub-unit of the group that follows. */
const EN_SUBUNIT =
  "(?:(?:the|a|an|its|their)\\s+)?(?:[A-Z][\\w&'-]*\\s+){1,4}(?:team|subproject|sub-project|group|council|committee|program|programme|working group|effort|initiative)\\s+(?:under|in|of|within|at|for|inside)\\s+";
const EN_PREP = '(?:of|for|in|on|at|with|within|to|under|inside)';

export const OBJECT_AFTER: Record<RoleLang, { noun: RegExp; verb: RegExp; direct: RegExp }> = {
  en: {
    // "a reviewer over in SIG Testing".
    noun: new RegExp(`^\\s+(?:over\\s+)?${EN_PREP}\\s+(?:${EN_SUBUNIT}|${EN_FILLER}\\s+)*$`, 'iu'),
    verb: new RegExp(`^\\s*(?:${EN_SUBUNIT}|${EN_FILLER}\\s+)*$`, 'iu'),
    // "leads the X subproject", "maintains Prow": a direct object, determiners only ("led to X" is no leading).
    direct: /^\s+(?:(?:the|a|an|our|their|his|her|its|this|that|upstream|kubernetes|k8s|cncf|new|newly\s+formed)\s+)*$/iu,
  },
  ja: { noun: /^$/u, verb: /^\s*$/u, direct: /^\s*$/u },
  zh: { noun: /^$/u, verb: /^\s*(?:了|过|到)?\s*$/u, direct: /^\s*(?:了|过|着)?\s*$/u },
};

/** What may follow a maintained/led project: "maintains Prow." / "the Prow project" — not "Kubernetes compatibility". */
export const EN_PROJECT_HEAD_END =
  /^(?:\s*(?:[.,;:!?)）。，、]|$)|['’]s\s+(?:OWNERS|code|codebase|repo|repository)\b|\s*\([A-Z][A-Za-z0-9-]{1,9}\)|\s+(?:and|or|as|in|at|for|since|with|from|on|to|of|by|project|projects|subproject|subprojects|sub-project|repo|repos|repository|codebase|effort|work|team|tool|library|client|website|service|services|features?|sidecars?|controllers?|drivers?|operators?|plugins?|which|that|who|during|until|while|when|along|together|today|now|itself|too|also|both|almost|alone|single-handedly|mostly|largely|mainly|primarily|full-time|part-time|herself|himself|themselves|alongside|ever|every|daily|actively|last|this|earlier|back|recently|before|after|again|once|over|currently|officially|formally|shortly|pretty|basically|essentially|practically|code|OWNERS)\b)/iu;
/** "X is part of Y", "X, part of Y", "I'm also part of Y". */
// "I write for this blog as part of the SIG ContribEx communications team".
export const EN_COPULA_BEFORE = /(?:\b(?:is|was|are|were|been|am|being|became|also|now|still|and|as)|['’](?:m|s|re)|,)\s*(?:(?:also|now|still|a|an|actively|proudly)\s+)*$/iu;

/** Between a group/project and a following role noun: "SIG ContribEx Tech Lead", "SIG Nodeのレビュアー", "SIG Docs 技术负责人". */
export const OBJECT_BEFORE_NOUN: Record<RoleLang, RegExp> = {
  en: /^(?:['’]s)?\s+(?:(?:core|lead|active|senior|main|primary|former|current|official|founding|longtime|long-time|original|emeritus)\s+)?$/iu,
  // "COSI(Container Object Storage Interface)のリード", "Security Response Committeeのアソシエイトメンバー".
  ja: /^[)）]?\s*(?:本体|自体)?\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:プロジェクト|サブプロジェクト|リポジトリ|レポジトリ|コミュニティ|チーム)?\s*(?:の|における|での|で、?|では、?|に(?:は|も)、?|のOWNERS(?:ファイル)?(?:の[a-z]+)?に)?\s*(?:\d{4}年(?:から|より|以来)、?\s*)?(?:もう(?:一|1|１)人の\s*)?(?:(?:主要な|主な|現在の|現|元|前|初代|唯一の|公式の?|コア|アソシエイト|正式)\s*)?$/u,
  zh: /^[)）]?\s*(?:[（(][A-Za-z][\w-]{0,9}[)）])?\s*(?:项目|子项目|仓库|代码仓库|社区|团队|库)?\s*(?:的)?\s*(?:子项目|项目)?\s*(?:中|里|内)?\s*(?:(?:担任|出任)(?:了|过)?\s*(?:[一两二三四五六七八九十几\d]+\s*年的?)?)?\s*(?:(?:另一|另外一|其中一|[一两二三四五六七八九十几])?\s*(?:位|名)\s*)?(?:(?:主要|核心|现任|前任|首任|第一任|唯一|新任|正式|活跃)\s*(?:的)?\s*)?$/u,
};

/**
 * Japanese verbs take their object earlier in the clause, marked by a particle; adverbials may
 * follow the particle ("etcdには3年前、バージョン3.5のリリース時期から関わり始めました").
 */
const JA_GENERIC_NOUN = '(?:の[^\\s、。はがを]{1,12}?(?:チーム|サブプロジェクト)|プロジェクト|サブプロジェクト|コミュニティ|エコシステム|チーム|本体|の分野|分野|の開発|開発|の世界|の運用|の保守|の改善|の設計)';
const JA_COORD_GENERIC = `(?:(?:や|と|、|および|及び)[^。、]{0,10}?${JA_GENERIC_NOUN})`;
export const JA_VERB_GAP: Record<'participant' | 'direct', RegExp> = {
  // After the particle, adverbials only: no new subject (が), topic (は) or object (を).
  participant: new RegExp(`^[)）]?\\s*${JA_GENERIC_NOUN}?${JA_COORD_GENERIC}?\\s*(?:に(?:は|も)?|へ(?:は|も|の)?|で(?:は|の)?|との|と)\\s*[^。「」がはを]{0,30}$`, 'u'),
  direct: /^[)）]?\s*を\s*[^。「」、がは]{0,12}$/u,
};

/** Between coordinated objects: "SIG Testing and SIG Docs", "Kubernetes、etcd、(およびCSI)", "A 和 B". */
export const COORDINATION =
  /^(?:\s*(?:,|、|，|;|and|&|和|与|及|以及|および|及び|や|と|そして|or|as well as(?: to)?|\(|（|\)|）|the|projects?|sub-?projects?|groups?|communities|community|teams?)\s*)+$/iu;

// ---------------------------------------------------------------------------------------------
// Holders: the gap between a person and the role phrase.

/** Words that make the statement not a fact about the person: modality, negation, hypotheticals, hearsay. */
export const EN_BLOCKERS =
  /\b(?:if|whether|unless|would|could|might|should|may|can|will|must|want|wants|wanted|wish|wishes|hope|hopes|hoping|plan|plans|planning|going|aim|aims|aspire|aspires|aspiring|invite|invites|invited|encourage|encourages|encouraged|ask|asks|asked|help|helps|helped|not|never|n't|said|says|say|think|thinks|thought|believe|believes|told|tell|tells|interview|interviews|interviewed|thank|thanks|met|meet|meets|introduced|suggested|nominated|recommend|recommends|like|likes|love|loves|needs?|seeking|looking|nobody|none|no\s+one)\b|n['’]t\b/iu;
/** Noun-role gaps: the role belongs to someone the holder is with, or to a new phrase after a dash. */
export const EN_NOUN_GAP_BLOCKERS = /\bwith\b|\s[-–—]\s|\bto\s+(?:be|become|join|serve|take|help|get|work)\b/iu;
/** "at Buoyant, the creator of Linkerd": an apposition after another proper noun describes that noun. */
export const EN_FOREIGN_APPOSITION =
  /\b(?:at|of|for|from|by|in|with)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s*,\s*(?:the|a|an|one\s+of\s+the)\s+(?:(?!who\b|which\b|that\b)[\w-]+\s+){0,3}$/u;
/** "contributor experience", "member list": the role word only modifies the noun after it. */
export const EN_ROLE_AS_MODIFIER =
  /^\s+(?:experience|summit|summits|ladder|guide|guides|list|lists|role|roles|team|teams|program|programs|meeting|meetings|workshop|workshops|documentation|docs|handbook|badge|badges|status|election|elections|path|growth|base|pipeline|cohort|cohorts|onboarding|count|counts|survey|communications|comms|day|days|guidelines|requirements|permissions|privileges|rights|access|card|series|spotlights?|profiles?|interviews?|stories|story)\b/iu;
/** Japanese sentences of advice or invitation state nothing about the speaker. */
export const JA_ADVICE = /(?:ましょう|ください|下さい|てみて|しょう|ませんか|べきです|べきだ|お勧め|おすすめ)[。！!]?\s*$/u;

/** "become" only counts once it has happened ("became", "has become"). */
export const EN_FUTURE_BECOME = /(?<!\b(?:has|have|had|'s|’s|'ve|’ve)\s+)\bbecome\b/iu;
export const JA_BLOCKERS = /もし|たら|れば|なら|たい|ほしい|欲しい|ではな|じゃな|ません|ない(?!よう)|ず(?:に|、)|予定|つもり|と思|かもしれ|べき|立候補/u;
export const ZH_BLOCKERS = /很想|想成为|希望成为|将来|明年|打算|计划|准备|如果|是否|假如|若是|倘若|想要|希望|可以|能够|将会|将要|欢迎|请|鼓励|应该|不是|没有|并非|并不|不担任|从未|未曾|从来没|从没|没给|没向|没为|没有给|还没|尚未|不会|不负责|不拥有|不维护|不参与|想(?:要|以后|将来|加入|成为|参与)|目标是|梦想是|争取|努力成为|不再是?(?=.)|可能|看来|认为|觉得|以为|当成|当作|有一位|有位|某位|一位来自|采访了?|访谈了?/u;
/** Japanese: after the role phrase, within the clause, these turn it into a wish, a way, a negation. */
// "コントリビュートしたことがありません", "開発には関わっていません": never done, not doing.
export const JA_AFTER_BLOCKERS =
  /^[^。]{0,6}?(?:こと(?:が|は)(?:一度も|まだ|これまで|今まで)?(?:ありません|ない)|っていません|できてい(?:ない|ません)|て(?:くれ|もらえ)(?:たら|れば)|ってはいません|っていない|たい|できる|できます|できれば|やすく|しやす|する方法|する方|したい|ください|しましょう|してみ|を検討|に関心|に興味|すること|する際|する場合|すれば|したら|しよう|ませんか|しません|していません|ではありません|ではない|ではなく|じゃない|しない|していない|になりたい|になれ(?:たら|れば|ると|る日)|を目指|と(?:よく)?(?:間違え|勘違い|誤解)|予定|つもり|見送|だと[^。]{0,6}?(?:誤解|勘違い|思われ|思い込))/u;
export const ZH_AFTER_BLOCKERS = /^[^。，,]{0,4}?(?:吗|？|\?)/u;

/** Japanese role nouns said of an unstated subject must be predicated: "SIG etcdのリードを務めています". */
export const JA_PREDICATE_AFTER =
  /^(?:\s*(?:と、|や、|、|と|や|および|及び|のほか(?:に)?、?|に加えて、?)\s*(?:そして)?[^。、]{1,30}?)?\s*(?:を務め|も務め|を担当|も担当|を担っ|も担っ|をやって|をやってい|もやって|をしてお|もして|として|であり|である|です|で\s*[、，,]|でした|でもあ|でもあり|になり|になった|に就任|をして|をしてい|の(?:ひとり|一人|1人)|に選ばれ|を任され)/u;
/** Chinese: "担任 SIG X 主席", "作为 X 的维护者" with the subject left unsaid. */
export const ZH_PREDICATE_BEFORE = /(?:担任|作为|现任|成为了?|当选为?|就任)\s*$/u;

/** Japanese words between a role phrase and its holders, singular or plural: "である", "の", "は、Red Hatの". */
const JA_HOLDERS_AFTER = "に就任(?:した|する)のは、?|(?:を|に)務める(?:のは|のが)、?|を(?:している|していた|務めている|務めていた)|である|であった|だった|でもある|の(?:一人|ひとり|1人)(?:だった|であった)|であり、?[^、。]{1,30}?(?:でもある|を務める|を務めている|である)|の|としては、?|として|:|：|は、?\\s*(?:[A-Za-z][\\w&.'’ -]{0,30}の)?";

/** After a role phrase, what may precede the people it names: "co-chair Kaslin", "SIG Nodeのメンバーである A、B", "联合主席 A". */
export const HOLDERS_AFTER: Record<RoleLang, { singular: RegExp; plural: RegExp }> = {
  // "co-chair Kaslin Fields", "the co-chairs, A, B and C", "Its co-chairs are A, B and C".
  // "Our other co-chair is Tariq Haddad".
  en: { singular: /^\s+(?:(?:is|was)\s+)?$/u, plural: /^\s*(?:[,:]|\s(?:are|were|include|included)\s)?\s*$/u },
  // "…の共同チェアは、Red HatのRafael CostaとNVIDIAのYuki Morimotoです".
  ja: {
    singular: new RegExp(`^\\s*(?:${JA_HOLDERS_AFTER}|の(?:一人|ひとり|1人)(?:である|の)(?:、\\s*[^\\s、。]{1,16}の)?|を務める|を務めている|を務めていた|を担当する|を担当している|を担当していた|として(?:活動|活躍|貢献)(?:する|している|していた|中の))\\s*$`, 'u'),
    plural: new RegExp(`^\\s*(?:${JA_HOLDERS_AFTER})\\s*$`, 'u'),
  },
  // "联合主席分别是来自 Google 的 A 和来自 Red Hat 的 B", "同样担任 SIG Testing 技术负责人的 Patrick Ohly".
  // "两位联合主席——来自谷歌的 A 和来自红帽的 B", "SIG Network 联合主席之一、在谷歌从事 GKE 网络工作的 A".
  // "SIG 的联合主席之一是 Google 的 Oluwaseun Bankole": the holder's company may stand before the name.
  zh: { singular: /^\s*(?:之一)?\s*(?:[:：、]|——|—|(?:分别)?(?:是|为)|包括|有|的|由)?\s*(?:(?<=、\s*)[^，。；,;、]{1,20}?的\s*(?:工程师|开发者|研究员|架构师|软件工程师)|(?<=、\s*)[^，。；,;、]{1,40}?的|来自\s*[^，。,、()（）]{1,30}?\s*的|在\s*[^，。,、()（）]{1,40}?(?:工作|任职|就职)\s*的|(?<=(?:是|为)\s*)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s*的)?\s*$/u, plural: /^\s*(?:[:：]|——|—|(?:分别)?(?:是|为)|包括|有|由)?\s*(?:来自\s*[^，。,、()（）]{1,30}?\s*的)?\s*$/u },
};

/** Between people in a list: "A (DM), B (RL) and C (NV)", "A（下称 DM）、B 和 C", "A、B、C". */
export const PEOPLE_LIST_GAP =
  /^\s*(?:さん|氏|様)?\s*(?:[(（][^()（）]{0,24}[)）])?(?:さん|氏|様)?(?:\s+(?:from|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?\s*(?:,|、|，|;)?\s*(?:and|&|和|与|及|以及|と|および|そして|それに)?\s*(?:来自\s*[^，。,、()（）]{1,30}?\s*的|[A-Za-z][\w&.'’ -]{0,30}の)?\s*$/u;

/** Coordinated holders on the left ("Kaslin and Madhav are co-chairs"). */
export const HOLDER_COORDINATION = /^\s*(?:さん|氏)?\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:さん|氏)?\s*(?:,|、|，)?\s*(?:and|&|和|与|及|と)?\s*$/u;

/**
 * Nouns for other people, relations or groups ("my colleague, a SIG X chair", "many of our contributors
 * work on X"): between a pronoun and a role, they are the role's real subject.
 */
export const EN_RELATION_NOUNS =
  /\b(?:colleague|colleagues|friend|friends|mentor|mentors|manager|boss|team|teammate|teammates|wife|husband|partner|professor|peer|peers|students?|son|daughter|father|mother|contributors|members|maintainers|reviewers|approvers|users|folks|people|engineers|developers|customers|volunteers|newcomers|participants)\b/iu;

/** "As a co-lead for X, I …": an introductory role phrase whose holder follows the comma. */
// "After four years as a co-chair, Bruno Castelli is stepping down": a time phrase may come first.
export const EN_AS_INTRO = /^\s*(?:(?:After|Following)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:\w+\s+){1,2}(?:years?|months?|releases?|cycles?)\s+as|As|While|When|Being)\s+(?:a|an|the|one\s+of\s+the|one\s+of\s+our)?\s*(?:[\w-]+\s+){0,3}$/iu;

/** Plural role nouns said of the left holder need a partitive or a plural copula: "one of the SIG Docs tech leads", "A and B are co-chairs". */
export const EN_PLURAL_LICENCE = /\b(?:one|each|both|all|two|three|four)\s+of\b|\bamong\b|\b(?:are|were)\b/iu;

/** Group pronouns for the article's group: "one of our co-chairs", "このSIGのリード", "该 SIG 的主席". */
export const GROUP_POSSESSIVE: Record<RoleLang, RegExp> = {
  en: /\b(?:our|the\s+(?:SIG|group|WG|working\s+group)['’]s|this\s+(?:SIG|group|WG)['’]s|its)\s+(?:[\w-]+\s+){0,2}$/iu,
  ja: /(?:(?:この|本|当|同)\s*(?:SIG|WG|グループ|ワーキンググループ)|私たち|我々)\s*の\s*(?:もう(?:一|1|１)人の\s*)?$/u,
  zh: /(?:(?:该|本届|本|这个|此)\s*(?:SIG|WG|小组|工作组|委员会)|工作组|小组|委员会|我们)\s*的?\s*(?:(?:另一|另外一|其中一|[一两二三四几])\s*(?:位|名)\s*)?$/u,
};
