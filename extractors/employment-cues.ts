/**
 * The words around a company that make it someone's employer, in English and Japanese: job titles,
 * employment verbs before it, and the particles and verbs after it.
 */

export const TITLE_EN =
  /\b(?:engineer|developer|manager|architect|head\s+of\s+[\w\s&]+?|director|advocate|evangelist|scientist|researcher|intern|consultant|CTO|CEO|COO|CIO|CISO|VP|vice\s+president|president|founder|co-founder|cofounder|member\s+of\s+(?:the\s+)?technical\s+staff|staff|specialist|analyst|designer|writer|programmer|SRE|professor|student|undergraduate|postdoc|postdoctoral\s+researcher|PhD\s+(?:student|candidate)|lecturer|fellow|officer|product\s+manager|program\s+manager|PM|DevRel|lead|team\s+lead|tech\s+lead|employee|contractor|technologist|strategist|leader|owner|partner|maintainer|committer|chair|co-chair|chairperson)s?\s*$/i;
/** Words right before the company that make it the person's employer. */
export const CUE_BEFORE_EN = new RegExp(
  [
    /\b(?:works?|working|worked)\s+(?:full[- ]time\s+|part[- ]time\s+)?(?:at|for|in)\s+(?:the\s+)?$/,
    /\bemployed\s+(?:with|at|by)\s+(?:the\s+)?$/,
    /\b(?:joined|joining|joins)\s+(?:the\s+)?$/,
    /\bended\s+up\s+(?:at|with)\s+(?:a\s+(?:startup|start-up|company)\s+called\s+)?$/,
    /\b(?:currently|now|previously|formerly|then|first|initially|originally|later|also)\s+(?:at|with)\s+$/,
    /\b(?:formerly|previously|originally)\s+of\s+(?:the\s+)?$/,
    // "I'm Ines, at Red Hat."
    /\bI['’]m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:now\s+|currently\s+)?at\s+$/,
    /\b(?:I['’]m|I\s+am|I\s+was|I['’]ve\s+been|I\s+have\s+been)\s+(?:now\s+|currently\s+|previously\s+|still\s+)?at\s+$/,
    // "At work I'm with Red Hat".
    /\b(?:I['’]m|I\s+am|I\s+was|(?:he|she)['’]s|(?:he|she)\s+(?:is|was))\s+(?:now\s+|currently\s+|still\s+)?with\s+$/,
    // "My day job is at Microsoft", "I started my career at Mercado Libre".
    /\b(?:day\s+job|job)\s+is\s+(?:[^.;:,]{1,40}?\s+)?(?:at|with)\s+(?:the\s+)?$/,
    /\b(?:started|began|spent)\s+(?:my|his|her|their)\s+(?:career|first\s+years?)\s+at\s+(?:the\s+)?$/,
    // "He started at Heptio in 2017", "Kwame, who has been at Google since 2019".
    /\b(?:I|we|he|she|they)\s+(?:first\s+)?(?:started|began)\s+(?:out\s+)?at\s+(?:the\s+)?$/,
    /\bwho\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|currently\s+|still\s+)?at\s+(?:the\s+)?$/,
    // "He's at Nokia these days", "Priya left Google for NVIDIA" (both employers).
    /\b(?:he|she|I)['’](?:s|m)\s+(?:now\s+|currently\s+|still\s+)?at\s+(?:the\s+)?$/,
    /(?:\b(?:I|we|he|she|they)|(?<=\p{Lu}[\p{L}'’-]+))\s+(?:then\s+)?left\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s+for\s+)?(?:the\s+)?$/u,
    // "finishing a master's degree at the University of British Columbia".
    /\b(?:degree|PhD|Ph\.D\.|doctorate|master['’]s|bachelor['’]s|studies|studying|studied|student|students)(?:\s+in\s+[^,.;]{1,40}?)?\s+at\s+(?:the\s+)?$/,
    // "Daichi Moriyama, from Mercari, …": a person's apposition.
    /(?<=\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+),\s+from\s+$/u,
    // "I came to Intel in 2016", "came to SUSE through the Rancher Labs acquisition", "leads a small team at Bitnami".
    /\b(?:I|he|she|they|we)\s+(?:first\s+)?came\s+(?:over\s+)?to\s+$/,
    /(?:(?:\b(?:I|he|she|they|we)|(?<=\p{Lu}[\p{L}'’-]+))\s+)came\s+(?:over\s+)?to\s+$/u,
    /\b(?:leads?|led|runs?|ran|manages?|managed)\s+(?:a|the|an)\s+(?:small\s+|large\s+|new\s+)?(?:[\w-]+\s+)?team\s+at\s+$/,
    // "In 2023 he moved to Isovalent", "she stayed at National Taiwan University for two years".
    /\b(?:moved|switched|stayed|remained)\s+(?:over\s+)?(?:to|at)\s+(?:the\s+)?$/,
    // "went straight to Alibaba Cloud", "moved across Hangzhou to Ant Group", "transferred to Mercari", "to join Merpay".
    /\bwent\s+(?:straight|directly)\s+to\s+(?:the\s+)?$/,
    /\b(?:moved|transferred|switched|jumped)\s+(?:(?:back|over|across\s+\p{Lu}[\p{L}-]+|from\s+\p{Lu}[\p{L}-]+(?:\s+to\s+\p{Lu}[\p{L}-]+)?(?:\s+in\s+\d{4})?)\s+)?to\s+(?:join\s+)?(?:the\s+)?$/u,
    /\bto\s+join\s+(?:the\s+)?$/,
    // "Mirela's first Kubernetes job was at SUSE".
    // "My first job in storage was at SolidFire", "Her first job out of university was at Red Hat".
    /\b(?:first|previous|last|current)\s+(?:[\w-]+\s+)?job\s+(?:(?:in|out\s+of|after)\s+[\w-]+(?:\s+[\w-]+)?\s+)?was\s+(?:at|with)\s+(?:the\s+)?$/,
    // "My employer is AWS", "Her current employer, Chainguard, pays her…".
    /\b(?:my|his|her|their)\s+(?:current\s+|former\s+|previous\s+)?employer(?:\s+(?:is|was)|\s*,)\s+$/,
    // "Before that I spent five years on the platform team at Shopify".
    /\b(?:I|he|she|they)\s+spent\s+(?:\w+\s+)?(?:years?|months?)\s+(?:[\w-]+\s+){0,5}?at\s+(?:the\s+)?$/,
    // "Today he is at Apple".
    /\b(?:he|she)\s+(?:is|was|has\s+been)\s+(?:now\s+|currently\s+|still\s+)?at\s+$/,
    /\b(?:job|role|position|internship|career|tenure|stint|day\s+job|time|years)\s+(?:at|with)\s+(?:the\s+)?$/,
    /\bhired\s+(?:by|at)\s+$/,
    // "I'm on the cluster platform team at Apple", "She is a site reliability engineer on Microsoft's AKS team".
    /\b(?:I['’]m|I\s+am|I\s+was|(?:he|she)['’]s|is|was|are|were)\s+(?:now\s+|currently\s+|still\s+)?on\s+(?:the\s+|a\s+)?[^.;:,]{1,50}?\bteam\s+(?:at|in)\s+(?:the\s+)?$/,
    /\b(?:engineer|developer|manager|architect|SRE|scientist|researcher|writer)s?\s+on\s+$/,
    /\b(?:CEO|CTO|COO|CIO|CISO|co-?founder|founder|president)\s+of\s+(?:the\s+)?$/,
    /\b(?:a|an)\s+(?:startup|start-up|company)\s+called\s+$/,
    /\b(?:works?|working|worked)\s+on\s+the\s+$/,
    /\b(?:I|we|he|she|they)\s+(?:currently\s+|now\s+|also\s+)?(?:work|works|worked)\b[^.;:]{0,60}?\bat\s+(?:the\s+)?$/,
    /\b(?:who|and)\s+(?:currently\s+|now\s+|also\s+)?(?:works|worked)\s+(?:on|in)\s+[^.;:,]{1,50}?\s+at\s+(?:the\s+)?$/,
    /\b(?:engineer|developer|manager|architect|scientist|researcher|consultant|advocate|SRE|lead)s?\s+(?:working|who\s+works)\s+(?:on\s+[^,.;]{1,40}?\s+)?(?:for|at)\s+(?:the\s+)?$/,
  ]
    .map((r) => r.source)
    .join('|'),
  'iu',
);

/** "…at Nazarbayev University in Astana, where she was finishing a degree": study there. */
export const STUDY_AFTER_EN = /^\s*(?:in\s+\p{Lu}[\p{L}-]+(?:,\s*\p{Lu}[\p{L}-]+)?\s*)?,\s*where\s+(?:I|he|she|they)\s+(?:was|were|am|is|are)\s+(?:finishing|doing|studying|pursuing|completing|taking)\b/u;
/** "前職のNTTデータで…": the speaker's previous employer. */
export const JA_PREVIOUS_JOB = /前職(?:の|は|では)\s*$|(?:所属|勤務先|勤め先)は、?\s*$/u;
/** "5年ほど", "数年間": a stretch of time between a company and its verb. */
const JA_DURATION = '(?:[0-9０-９一二三四五六七八九十数半]+年(?:ほど|間|くらい|ぐらい|近く|以上)?、?)?';
export const CUE_AFTER_JA = [
  // "石黒さんは現在NECに移り": moving to a company.
  // "SUSEに5年ほど在籍していました": a stretch of time may come between.
  new RegExp(`^\\s*(?:に|へ)${JA_DURATION}(?:勤め|勤務|所属|在籍|入社|就職|転職|移り|移っ|移籍)`),
  // "サイバーエージェント所属。" in a profile line, "レッドハット所属で、…".
  /^\s*所属(?:[。．.、]|で|です|でした|$)/,
  // "グーグルでGKEのバッチ基盤に携わっており", "AWSでAmazon EKSのノード周りを担当するエンジニアです".
  /^\s*(?:では|で|にて)、?[^。、]{0,30}?(?:に携わ|に従事|を担当(?:して|する|し、))/,
  // "グーグルでGKEのワークロード関連のチームにいます", "メルカリのSREチームに所属しており".
  /^\s*(?:では|で|にて|の)、?[^。、]{0,45}?(?:チーム|部署|部門|組織|グループ)に(?:い(?:ます|る|て)|所属|在籍)/,
  // "マイクロソフトの前はインテルにいて", "ブエノスアイレス大学で情報工学を学んでいる".
  /^\s*に(?:いて|いました|いた|いる)/,
  /^\s*(?:では|で)、?[^。]{0,20}?を(?:学ん|専攻|研究し)/,
  // "マイクロソフトのAKSチームでエンジニアをしています".
  // "ブルームバーグのKubernetesプラットフォームチームで働いています".
  /^\s*の[^。、]{0,40}?(?:チーム|部署|部門|オフィス)(?:で|にて)[^。、]{0,10}?(?:エンジニア|開発者|マネージャー|働|勤務|勤め)/,
  // "大阪大学の大学院で分散システムの研究をしています".
  /^\s*(?:の大学院|の研究室|大学院)(?:では|で|にて)、?[^。]{0,30}?(?:研究|学ん|在籍)/,
  // "GitHubで数年間働いていました", "レッドハットで東京オフィスに勤務しています".
  new RegExp(`^\\s*(?:で|にて)${JA_DURATION}(?:働|勤務|勤め)`),
  /^\s*(?:で|にて)、?[^。、]{0,16}?(?:オフィス|支社|拠点)(?:に|で)(?:勤務|勤め|働)/,
  // "普段はグーグルのチューリッヒオフィスで、GKEを担当しています".
  /^\s*の[^。、]{0,12}?(?:オフィス|支社|拠点|研究所)(?:では|で|にて)、?[^。]{0,40}?(?:働|勤務|担当|開発|携わ|エンジニア)/,
  /^\s*(?:では|で|にて)、?[^。]{0,30}?(?:エンジニア|マネージャー|マネジャー|開発者|アーキテクト|リード|責任者|研究者|研究員|インターン|デベロッパー|アドボケイト|コンサルタント|スペシャリスト|ディレクター|CTO|CEO|VP|社員|プログラマー|デザイナー|SRE|Engineer|Manager|Developer)[^。]{0,6}?(?:として|を務め|をして|をしてい|です|でした)/,
  /^\s*(?:では|で)、?[^。]{0,25}?(?:チーム|部署|部門|組織)を(?:率い|リード|統括|担当|まとめ)/,
  // "Red HatでOpenShiftのCLIチームに所属しています".
  /^\s*(?:では|で|にて)、?[^。]{0,30}?(?:チーム|部署|部門|組織|グループ)に(?:所属|在籍)/,
  /^\s*という[^。]{0,15}?(?:で|にて)[^。]{0,25}?として(?:働|勤務)/,
];
/** "VMwareでCluster APIの開発をしています": the work the speaker does there, except on a platform ("GitHubで開発"). */
// "Ericssonで通信事業者向けのクラウドネイティブ基盤を作っています".
export const WORK_AT_JA = /^\s*(?:では|で|にて)、?[^。、]{0,45}?(?:(?:の)?(?:開発|業務|研究|運用|保守)(?:を|に)?(?:して|し、|携わ|従事|担当)|を(?:担当|作っ|構築し|開発し|設計し)て)/;
