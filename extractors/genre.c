#include "extractors/genre.h"

#include <stdlib.h>
#include <string.h>

#include "extractors/keywords.h"
#include "extractors/scan.h"
#include "pipeline/rx.h"

/* What a sign says and how much it weighs. */
enum { RELEASE, STRONG, WEAK, HINT, REPORT_PAGE, TOLD };
/* Where a pattern is looked for. */
enum {
    ANYWHERE,     /* every block, furniture included */
    DOCUMENT,     /* body, findings, ENDS and notes */
    TOP,          /* the first TOP_BLOCKS blocks, each block from its start
                     (a block without a word the sign needs passed over) */
    UNQUOTED,     /* anywhere, but not inside quotation marks */
    OWN_WORDS,    /* as UNQUOTED, and not in the title */
    TITLE         /* the document's title */
};
enum { CAPS_LEAD_MIN = 4 };
enum { TOP_BLOCKS = 15, QUOTE_LOOKBACK = 4096, MAX_TRIES = 256, UNLED_WORDS_BEFORE = 2 };

/* What a match of a sign cannot do without: a list of clauses, each a list
 * of words that must all be in the text searched (found by
 * extractors/keywords, case-insensitively, inside longer words too).  When
 * no clause holds, the sign cannot match there and its pattern does not
 * run.  NULL: always run.  Every alternative of the pattern is covered by a
 * clause. */
#define W(...) ((const char *const[]){__VA_ARGS__, NULL})
static const char *const *const n_editors[] = {W("editor"), NULL};
static const char *const *const n_embargo[] = {W("embargo"), W("00.01"), W("00:01"), W("available"),
                                               W("published"), NULL};
static const char *const *const n_media[] = {W("media"), W("press"), W("further"), NULL};
static const char *const *const n_chief[] = {W("chief", "said"), W("chief", "says"),
                                             W("chief", "commented"), W("chief", "added"), NULL};
static const char *const *const n_writer[] = {W("my"), W("leave"), W("blog"), W("concerns"),
                                              W("think"), W("believe"), W("suspect"), W("wonder"), NULL};
static const char *const *const n_retelling[] = {W("press", "release"), NULL};
static const char *const *const n_news[] = {
    W("watchdog"),
    W("according", "report"), W("according", "inspector"), W("according", "watchdog"),
    W("according", "finding"), W("according", "inspection"),
    W("said", "statement"), W("told"), W("spokes"),
    W("image", "caption"), W("image", "source"), W("related", "topics"),
    W("damning", "report"), W("damning", "inspection"), W("critical", "report"),
    W("critical", "inspection"), W("scathing", "report"), W("scathing", "inspection"),
    W("councillor"), W("cllr"), W("cabinet", "member"), W("council", "leader"),
    W("portfolio", "holder"), NULL
};
static const char *const *const n_proceedings[] = {W("question"), W("ask"), W("answered"), W("meeting"),
                                                   W("agenda"), W("item"), W("minutes"), NULL};
static const char *const *const n_comments[] = {W("leave", "reply"), W("leave", "comment"), W("responses"),
                                                W("comments"), W("replies"), W("cancel", "reply"), NULL};
static const char *const *const n_reporting[] = {W("report"), W("inspectors"), NULL};
static const char *const *const n_inspect[] = {W("inspect"), NULL};
static const char *const *const n_frame[] = {W("report"), W("inspection"), W("findings"), NULL};
static const char *const *const n_named_report[] = {W("report"), NULL};
static const char *const *const n_front_label[] = {W("date"), W("read", "ratings"), NULL};
static const char *const *const n_share[] = {W("share"), NULL};
static const char *const *const n_email[] = {W("view"), W("browser"), W("forward"), NULL};
static const char *const *const n_recent[] = {W("recent"), W("related"), NULL};
static const char *const *const n_subscribe[] = {W("unsubscribe"), W("preferences"), NULL};
/* Where a match can start.  When every alternative of a sign's pattern
 * begins with one of its `leads` (after \b), its leftmost match starts at
 * one of their occurrences, so the pattern, compiled a second time
 * anchored, is tried there only instead of being run over the whole text
 * (ix_keywords_rx_find).
 * `unled` (clauses as above) tells when an alternative that no lead word
 * opens could match: then those alternatives, `unled_rx`, are also looked
 * for as a pattern of their own (find).  Each `unled` clause is one word,
 * and every match of `unled_rx` is at most UNLED_WORDS_BEFORE ASCII words
 * (whitespace between and after them), then one of those words ("I
 * think", "the highly critical report", "2 Responses"): so it is tried,
 * anchored, only in the few bytes before each of their occurrences. */
static const char *const l_editors[] = {"note", "editor", NULL};
static const char *const l_media[] = {"media", "press", "for", NULL};
static const char *const l_voice[] = {"we", "our", NULL};
static const char *const l_chief[] = {"chief", NULL};
static const char *const l_retelling[] = {"in", "press", "the", "its", "their", NULL};
static const char *const l_inspect[] = {"inspect", NULL};
static const char *const l_frame[] = {"in", "from", NULL};
static const char *const l_named_report[] = {"inspectorate", "hmi", "hmc", "ofsted", "cqc", "estyn",
                                             "hiw", "ciw", "cji", NULL};
static const char *const l_front_label[] = {"date", "inspection", "assessment", "fieldwork", "read", NULL};
static const char *const l_share[] = {"share", NULL};
static const char *const l_email[] = {"view", "read", "forward", NULL};
static const char *const l_recent[] = {"recent", "related", NULL};
static const char *const l_subscribe[] = {"unsubscribe", "update", NULL};
static const char *const l_embargo[] = {"embargo", "00.01", "00:01", "is", "will", NULL};
static const char *const l_news[] = {"watchdog", "according", "said", "told", "spokes", "image",
                                     "related", "council", "cllr", "cabinet", "portfolio", NULL};
static const char *const *const u_news[] = {W("damning"), W("critical"), W("scathing"), NULL};
static const char *const l_comments[] = {"leave", "comments", "cancel", NULL};
static const char *const l_proceedings[] = {"question", "to", "answered", "meeting", "agenda", "item",
                                            "minutes", NULL};
static const char *const *const u_comments[] = {W("responses"), W("comments"), W("replies"), NULL};
static const char *const l_writer[] = {"my", "in", "see", "read", "this", "what", NULL};
static const char *const *const u_writer[] = {W("leave"), W("think"), W("believe"), W("suspect"),
                                              W("wonder"), NULL};
/* "inspectors found", "the report says", "was rated" */
static const char *const l_told[] = {"inspect", "report", "watchdog", "regulator", "hmi", "cqc",
                                     "ofsted", "estyn", "was", "were", "been", "is", "are",
                                     "being", NULL};
static const char *const *const leads[] = {
    l_editors, l_media, l_voice, l_chief, l_retelling, l_share, l_email, l_recent, l_subscribe,
    l_embargo, l_news, l_comments, l_writer, l_told, l_proceedings, l_inspect, l_frame, l_named_report, l_front_label, NULL
};
/* Guards: a lead word (first) whose alternatives all need one of the other
 * words further on is tried only where the text searched holds one of
 * them.  Frequent words ("said", "in", "this") lead rare phrases ("said in
 * a statement", "in my view", "this blog"). */
static const char *const *const g_news[] = {W("said", "statement"), W("council", "leader", "councillor"),
                                            W("related", "topics"), W("cabinet", "member"),
                                            W("portfolio", "holder"), NULL};
static const char *const *const g_proceedings[] = {W("to", "ask"), NULL};
static const char *const *const g_frame[] = {W("in", "report", "inspection", "findings"),
                                             W("from", "report", "inspection", "findings"), NULL};
static const char *const *const g_writer[] = {W("in", "my"), W("see", "my"), W("read", "my"),
                                              W("this", "blog"), W("what", "concerns"), NULL};
#undef W

const char *const *const *const ix_genre_keywords[] = {
    n_editors, n_embargo, n_media, n_chief, n_writer, n_retelling, n_news, n_comments,
    n_share, n_email, n_recent, n_subscribe, n_proceedings, n_inspect, n_reporting, leads, u_news, u_comments, u_writer,
    g_news, g_writer, g_proceedings, n_frame, g_frame, n_named_report, n_front_label, NULL
};

/* The alternatives no lead word opens ("I think", "a damning report", "2
 * Responses"), written once for the sign's pattern and its `unled_rx`. */
#define WRITER_LEAVE "\\bI\\s+leave\\s+the\\s+last\\s+wor[dk]"
#define WRITER_THINK "\\bI\\s+(?:think|believe|suspect|wonder)\\b"
#define NEWS_DAMNING \
    "\\b(?:the|a)\\s+(?:damning|critical|scathing|highly\\s+critical)\\s+(?:report|inspection)\\b"
#define COMMENT_COUNT "\\b\\d+\\s+(?:responses|comments|replies)\\b"
/* A byte that can start a \d (ASCII or not): lets PCRE2 skip to such bytes
 * where a bare \d (a Unicode property) would make it try every position.
 * Without case (?-i): caseless, that class took PCRE2 7 ms to compile
 * (adding the other case of every character in it), and no digit has a
 * case. */
#define DIGIT_AHEAD "(?-i:(?=[0-9\\x{80}-\\x{10ffff}]))"

/* A newspaper sets the first words of its story in capitals: "PROBATION
 * services in Fenshire ...", "A PRIVATELY-RUN PRISON for women ...", "CUTS
 * at the service ...".  A capitalised word (or run of them, a hyphen
 * allowed, after an article) at the start of a block, then a word in lower
 * case.  Not an acronym: no run of four consonants in the first word
 * ("HMICFRS", "HMCPSI"), at least CAPS_LEAD_MIN letters, and written so
 * only once (caps_lead_found: "HMIP", "PEEL" recur). */
#define CAPS_LEAD \
    "\\G(?:(?:A|An|The)\\s+)?(?![A-Z-]*[B-DF-HJ-NP-TV-XZ]{4})" \
    "([A-Z]{2,}(?:-[A-Z]+)*)((?:\\s+[A-Z]{2,}(?:-[A-Z]+)*)*)\\s+[a-z]{2,}"

typedef struct sign {
    int kind, where;
    const char *name;
    const char *pattern;
    const char *const *const *need;
    const char *const *leads;
    const char *const *const *unled;
    const char *unled_rx;
    const char *const *const *guards;
} sign;

static const sign SIGNS[] = {
    /* "Notes to editors:", "Notes to editor", "Editors' notes" */
    {RELEASE, DOCUMENT, "notes_to_editors",
     "(?i)\\bnotes?\\s+(?:to|for)\\s+(?:the\\s+)?editors?\\b|\\beditors'?\\s+notes?\\b", n_editors, l_editors, NULL, NULL, NULL},
    /* "The report is available at ... at 00.01 on Wednesday 7 November",
     * "Embargoed until 00:01 Thursday 14 November 2019" */
    {RELEASE, DOCUMENT, "embargo",
     "(?i)\\bembargo(?:ed)?\\b|\\b00[.:]01\\b|\\b(?:is|will\\s+be)\\s+(?:available|published)\\s+"
     "(?:at|on|from)\\s+\\S+\\s+(?:at|on|from)\\s+\\d", n_embargo, l_embargo, NULL, NULL, NULL},
    /* "For media enquiries, please contact the press office" */
    {RELEASE, DOCUMENT, "media_contact",
     "(?i)\\b(?:media|press)\\s+(?:enquiries|inquiries|office|contact)\\b"
     "|\\bfor\\s+further\\s+information,?\\s+(?:please\\s+)?(?:contact|call)\\b", n_media, l_media, NULL, NULL, NULL},
    /* the inspectorate writing of its own work, outside quotation marks:
     * "We inspected the service in May", "our inspectors found", "We have
     * made six recommendations" (a retelling puts these inside quotes) */
    {RELEASE, UNQUOTED, "inspectorate_voice",
     "(?i)\\b(?:we|our\\s+inspectors)\\s+(?:have\\s+|also\\s+|then\\s+)?(?:inspected|visited|found|rated|judged|made|make|"
     "looked\\s+at|interviewed|spoke\\s+to|assessed|reviewed|examined|recommend)\\b"
     "|\\bour\\s+(?:inspection|inspectors|fieldwork|findings|report|previous\\s+inspection|last\\s+inspection)\\b", NULL, l_voice, NULL, NULL, NULL},
    /* a release quotes its own chief inspector with a colon: "Ann Coyle,
     * Chief Inspector of Probation, said:" (news copy, which would do the
     * same, is told apart by its own words first) */
    {RELEASE, DOCUMENT, "chief_inspector_said",
     "\\bChief\\s+Inspector\\s+of\\s+(?:[A-Z][\\w&]*\\s*){1,6},?\\s+(?:[A-Z][\\w'-]+,?\\s+){0,3}(?:said|says|commented|added)\\s*:", n_chief, l_chief, NULL, NULL, NULL},
    /* "Press release" / "News release" as a label at the top */
    {RELEASE, TOP, "release_label", "(?i)\\G(?:press|news|media)\\s+release\\b(?!\\s+(?:accompanying|from|issued))", NULL, NULL, NULL, NULL, NULL},

    /* "By Jo Bloggs on Apr 20, 2017 06:01 am", "Posted on 3 May 2018 by" */
    {STRONG, TOP, "byline",
     "\\G(?:[Bb]y|Posted\\s+by|Written\\s+by)\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}"
     "\\s*(?:,|\\||-|\\bon\\b|\\bin\\b|$)|\\G(?:Posted|Published)\\s+on\\s+\\S", NULL, NULL, NULL, NULL, NULL},
    /* "(See my summary of ...)", "I leave the last word to", "in my view" */
    {STRONG, UNQUOTED, "writer",
     "(?i)\\bmy\\s+(?:summary|view|take|thoughts|blog|previous\\s+post|analysis|reading)\\b"
     "|" WRITER_LEAVE "|\\bin\\s+my\\s+(?:view|opinion|experience)\\b"
     "|\\b(?:see|read)\\s+my\\b|\\bthis\\s+blog\\b|\\bwhat\\s+concerns\\s+me\\b"
     "|" WRITER_THINK, n_writer, l_writer, u_writer, "(?i)" WRITER_LEAVE "|" WRITER_THINK, g_writer},
    /* a writer speaking for themself, outside quotation marks: "I am
     * delighted to share our report", "I have read every report", "I'm
     * not surprised" (a release's "I" is its chief inspector's, always
     * quoted; an inspectorate writes "we") */
    {STRONG, UNQUOTED, "first_person",
     "\\bI\\s+(?:am|was|have|had|feel|felt|hope|would|will|can|could|must|do|did|know|knew|should|want|wanted|found|read|saw|see|remember|recall|expect|agree|doubt|noticed|wrote|visited|asked|welcome|share)\\b|\\bI(?:'|\\x{2019})(?:m|ve|d|ll)\\b", NULL, NULL, NULL, NULL, NULL},
    /* "in a press release accompanying the report", "the inspectorate's press release" */
    {STRONG, DOCUMENT, "retelling",
     "(?i)\\bin\\s+(?:a|the|its|their)\\s+press\\s+release\\b|\\bpress\\s+release\\s+(?:accompanying|issued|published)\\b"
     "|\\b(?:the|its|their)\\s+(?:\\w+'s\\s+)?press\\s+release\\b(?!\\s*:)", n_retelling, l_retelling, NULL, NULL, NULL},
    /* the words of news copy retelling a report, outside quotation marks:
     * "the watchdog said", "according to the report", "said in a
     * statement", "told the BBC", "a spokesperson for the council said",
     * "Image caption", a councillor's or cabinet member's response */
    {STRONG, UNQUOTED, "news_copy",
     "(?i)\\bwatchdogs?\\b|\\baccording\\s+to\\s+(?:the|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:report|inspectorate|inspectors|watchdog|findings|inspection)\\b"
     "(?!\\s+(?:published|released|issued)\\s+today)"
     "|\\bsaid\\s+in\\s+(?:a|the|its|their)\\s+(?:[\\w-]+\\s+)?statement\\b|\\btold\\s+(?:the\\s+)?(?-i:[A-Z][\\w&]+)(?:\\s+(?-i:[A-Z]\\w+))*\\s*(?:[.,]|\\bthat\\b)"
     "|\\bspokes(?:man|woman|person)\\b|\\bimage\\s+(?:caption|source)\\b|\\brelated\\s+topics\\b"
     "|" NEWS_DAMNING
     "|\\b(?:councillor|cllr|cabinet\\s+member|council\\s+leader|portfolio\\s+holder)\\b", n_news, l_news, u_news,
     "(?i)" NEWS_DAMNING, g_news},
    /* news copy's reporting clause, after what it reports: "..., a report
     * has found.", "..., the latest inspection report said.", "..., inspectors
     * said." (a release cites its own report by when it was published, and
     * its inspectors by what they found: "..., inspectors have found.") */
    {STRONG, UNQUOTED, "reporting_clause",
     "(?i),\\s+(?:(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}?report(?:\\s+(?:by|from)\\s+[^,.;\"]{1,60}?)?"
     "\\s+(?:has\\s+)?(?:said|says|found|stated|concluded|revealed|warned|added)"
     "|(?:the\\s+)?inspectors\\s+(?:have\\s+)?(?:said|say|stated|added))\\s*[.;]",
     n_reporting, NULL, NULL, NULL, NULL},
    /* someone else's report framed before its words, outside quotation
     * marks: "In their latest report the inspectors said:", "In the report,
     * inspectors wrote", "in the latest inspection they found" (a release
     * gives its findings as its own: "We found", "Inspectors found") */
    {STRONG, UNQUOTED, "report_frame",
     "(?i)\\b(?:in|from)\\s+(?:the|their|its|his|her)\\s+(?:(?:latest|full|new|recent|last|final)\\s+)?"
     "(?:inspection\\s+)?(?:report|findings|inspection)s?,?\\s+(?:the\\s+)?(?:inspectors?|they|inspectorate)\\s+"
     "(?:have\\s+)?(?:said|say|says|wrote|write|stated|state|found|concluded|noted)\\b",
     n_frame, l_frame, NULL, NULL, g_frame},
    /* another's words for the inspectorate's report, outside quotation
     * marks and the headline: the inspectorate named before "report" as
     * its owner ("welcomes the findings of the HMI Probation report into
     * Fenmoor YOT", "Commenting on today's HM Inspectorate of Prisons report
     * on HMP Tarn", "Ofsted's latest report found").  A release calls its
     * report "the report", "our report" (its headline may name it: "Interim
     * HMIC report on crime data"). */
    {STRONG, OWN_WORDS, "named_report",
     "(?:Inspectorate\\s+of\\s+(?:Prisons|Probation|Constabulary)|HMI\\s+(?:Probation|Prisons)|HMIP|HMICFRS|HMIC"
     "|HMCPSI|Ofsted|CQC|Estyn|HIW|CIW|CJI)(?:'s|\\x{2019}s)?\\s+"
     "(?i:(?:(?:latest|new|recent|annual|damning|critical|inspection|full|thematic)\\s+){0,2}reports?\\s+"
     "(?:into|on|of|was|has|found|published|highlights?|says?|said|revealed?|showed?|shows)\\b)",
     n_named_report, l_named_report, NULL, NULL, NULL},
    /* a record of proceedings that takes up a report: a parliamentary
     * question and its answer ("Question to the Ministry of Justice", "To ask
     * the Secretary of State", "Answered by"), a council's committee page
     * ("Meeting: 04/03/2020 - Scrutiny Committee (Item 6)", "Agenda item", "Minutes:",
     * "Minutes of the meeting") */
    {STRONG, ANYWHERE, "proceedings",
     "(?i)\\bquestion\\s+to\\s+the\\s+(?:ministry|department|secretary|home\\s+office)\\b"
     "|\\bto\\s+ask\\s+the\\s+(?:secretary\\s+of\\s+state|minister)\\b|\\banswered\\s+by\\b"
     "|\\b(?:meeting|minutes)\\s*:\\s|\\bagenda\\s+item\\b|\\bitem\\s+\\d+\\)"
     "|\\bminutes\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:meeting|committee)\\b",
     n_proceedings, l_proceedings, NULL, NULL, g_proceedings},
    /* "Leave a Reply", "2 Responses", "Comments are closed" */
    {STRONG, ANYWHERE, "comments",
     "(?i)\\bleave\\s+a\\s+(?:reply|comment)\\b|" COMMENT_COUNT
     "|\\bcomments\\s+are\\s+closed\\b|\\bcancel\\s+reply\\b", n_comments, l_comments, u_comments,
     "(?i)" DIGIT_AHEAD COMMENT_COUNT, NULL},

    /* A hint of the inspectorate announcing its own report, outside
     * quotation marks: "said Ann Example, Chief Inspector of Probation" (a
     * release names its chief inspector's office at once; news copy that
     * does the same usually shows a strong sign first).  "published today"
     * is no hint: blogs and news copy repeat it as often as releases. */
    {HINT, UNQUOTED, "chief_inspector_says",
     "\\b(?:said|says)\\s+(?:HM\\s+)?Chief\\s+Inspector\\s+of\\s+[A-Z]"
     "|\\b(?:said|says)\\s+(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr)\\s+)?[A-Z][\\w'-]+\\s+[A-Z][\\w'-]+,\\s+"
     "(?:HM\\s+|the\\s+)?Chief\\s+Inspector\\b", NULL, NULL, NULL, NULL, NULL},
    /* The report's own page, not news of it: "An inspection of probation
     * services in Exmoor", "A report on Example Primary School", the formal
     * titles of reports "Report on an unannounced inspection of HMP Example",
     * "Inspection Report on Example Care Home", "Archived: Example Care
     * Home", and their Welsh forms. */
    {REPORT_PAGE, TITLE, "report_page",
     "(?i)\\G(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:inspection|report|review)\\s+(?:of|on|into)\\b"
     "|report\\s+on\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?inspection\\b|inspection\\s+report\\s+(?:on|for)\\b"
     "|archived\\s*:|arolygiad\\s+o\\b|adroddiad\\s+ar\\b)", NULL, NULL, NULL, NULL, NULL},
    /* The report's own page, told by its front matter near the top: the
     * labels a report page sets before its findings ("During a routine
     * inspection", "During an assessment under our new approach",
     * "Background to this inspection", "Letter from the Chief Inspector of
     * General Practice", "Date of inspection: May 2019", "Inspection dates:
     * 3 to 7 June", "Our rating of the trust went down", "read more about
     * inspection ratings"), and the headings of a report's parts, each a
     * block of its own ("Foreword", "Contents", "Acknowledgements",
     * "Executive summary", "2. Introduction", "Summary of inspection
     * findings").  A release or a write-up tells of the inspection in a
     * sentence, not under such a label. */
    {REPORT_PAGE, TOP, "report_front_matter",
     "(?i)\\G(?:during|following)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:inspection|assessment)"
     "(?:\\s+(?:looking\\s+at|under)\\s+[\\w\\s-]{1,40}?)?\\s*\\z"
     "|\\G(?:background\\s+to\\s+this\\s+(?:inspection|report)\\b|letter\\s+from\\s+the\\s+chief\\s+inspector\\b)"
     "|\\G(?:our|the)\\s+rating\\s+of\\s+(?:the|this)\\s+(?:trust|service|location|practice|provider|hospital|home|school)\\s+"
     "(?:went\\s+(?:down|up)|stayed\\s+the\\s+same|improved|has\\s+(?:gone|stayed|improved))\\b"
     "|\\G(?:\\d+\\.?\\s+)?(?:foreword|contents|table\\s+of\\s+contents|acknowledgements?|executive\\s+summary|glossary(?:\\s+of\\s+terms)?|preface|methodology|introduction|summary\\s+of\\s+(?:inspection\\s+)?findings|overall\\s+findings|conclusions?)\\s*\\z", NULL, NULL, NULL, NULL, NULL},
    /* The labels of the same front matter that may stand anywhere in a
     * block of the top ("Date of inspection: May 2019", "Inspection dates:
     * 3 to 7 June", "read more about inspection ratings"): a pattern of
     * their own, tried at its lead words only, so the one above stays
     * anchored at each block's start. */
    {REPORT_PAGE, TOP, "report_front_label",
     "(?i)\\b(?:date\\s+of\\s+(?:inspection|assessment|fieldwork|visit)|(?:inspection|assessment|fieldwork)\\s+dates?)\\s*:"
     "|\\bread\\s+more\\s+about\\s+(?:inspection\\s+)?ratings\\b", n_front_label, l_front_label, NULL, NULL, NULL},
    /* The text tells of an inspection: "inspectors found", "the report
     * says", "was rated", "were inspected".  A page that does, with no sign
     * of the inspectorate's own release, is someone's write-up of it. */
    {TOLD, DOCUMENT, "inspection_told",
     "(?i)\\b(?:inspectors?|inspectorate|inspection|report|watchdog|regulator|hmi\\w*|cqc|ofsted|estyn)\\s+"
     "(?:[\\w'-]+\\s+){0,3}?(?:found|finds|said|says|concluded|rated|judged|graded|highlighted|identified|"
     "noted|warned|criticised|praised|published|revealed|raised)\\b"
     "|\\b(?:was|were|been|is|are|being)\\s+(?:\\w+\\s+)?(?:rated|judged|graded|inspected|assessed\\s+as)\\b", NULL, l_told, NULL, NULL, NULL},
    /* The fallback of the above: the text names an inspection or an
     * inspectorate at all ("the inspection", "was inspected", "the
     * inspectorate").  The texts that do, with no sign of a release or of a
     * report page, are write-ups of it far more often than anything else. */
    {TOLD, DOCUMENT, "inspection_named", "(?i)\\binspect(?:ions?|ed|orates?)\\b", n_inspect, l_inspect, NULL, NULL, NULL},
    /* "Share on twitter", "Share this" */
    {STRONG, ANYWHERE, "share", "(?i)\\bshare\\s+(?:on|this|via)\\b", n_share, l_share, NULL, NULL, NULL},
    /* "View this email in your browser", "Read in browser" */
    {WEAK, ANYWHERE, "email_chrome",
     "(?i)\\bview\\s+this\\s+e-?mail\\b|\\bread\\s+in\\s+(?:your\\s+)?browser\\b|\\bforward\\s+to\\s+a\\s+friend\\b", n_email, l_email, NULL, NULL, NULL},
    /* "Recent Articles:", "Recent posts" */
    {WEAK, ANYWHERE, "recent", "(?i)\\brecent\\s+(?:articles|posts)\\b|\\brelated\\s+posts\\b", n_recent, l_recent, NULL, NULL, NULL},
    /* "unsubscribe from this list", "update your preferences" */
    {WEAK, ANYWHERE, "subscribe", "(?i)\\bunsubscribe\\b|\\bupdate\\s+your\\s+preferences\\b", n_subscribe, l_subscribe, NULL, NULL, NULL},
};

enum { NSIGNS = sizeof SIGNS / sizeof SIGNS[0] };

typedef struct genre_state {
    ix_rx *rx[NSIGNS];
    ix_rx *at[NSIGNS];         /* anchored, for signs with leads */
    ix_rx *unled[NSIGNS];      /* the unled alternatives, for signs with them */
    ix_rx *unled_at[NSIGNS];   /* the same, anchored */
    ix_rx *caps_lead;          /* CAPS_LEAD, anchored at a block's start */
} genre_state;

int ix_genre_init(void **state, ix_err *err)
{
    genre_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "genre: out of memory");
    st->caps_lead = ix_rx_new("caps_lead", CAPS_LEAD, PCRE2_ANCHORED, err);
    if (!st->caps_lead) {
        ix_genre_fini(st);
        return err ? err->code : IX_EREGEX;
    }
    for (size_t i = 0; i < NSIGNS; i++) {
        st->rx[i] = ix_rx_new(SIGNS[i].name, SIGNS[i].pattern, 0, err);
        if (st->rx[i] && SIGNS[i].leads)
            st->at[i] = ix_rx_new(SIGNS[i].name, SIGNS[i].pattern, PCRE2_ANCHORED, err);
        if (st->rx[i] && SIGNS[i].unled_rx) {
            st->unled[i] = ix_rx_new(SIGNS[i].name, SIGNS[i].unled_rx, 0, err);
            if (st->unled[i])
                st->unled_at[i] = ix_rx_new(SIGNS[i].name, SIGNS[i].unled_rx, PCRE2_ANCHORED, err);
        }
        if (!st->rx[i] || (SIGNS[i].leads && !st->at[i]) || (SIGNS[i].unled_rx && !st->unled_at[i])) {
            ix_genre_fini(st);
            return err ? err->code : IX_EREGEX;
        }
    }
    *state = st;
    return IX_OK;
}

void ix_genre_fini(void *state)
{
    genre_state *st = state;
    if (!st)
        return;
    ix_rx_free_all(st->rx, NSIGNS);
    ix_rx_free_all(st->at, NSIGNS);
    ix_rx_free_all(st->unled, NSIGNS);
    ix_rx_free_all(st->unled_at, NSIGNS);
    ix_rx_free_all(&st->caps_lead, 1);
    free(st);
}

/* Inside quotation marks at off?  An odd number of '"' since the start of
 * its block (looking back at most QUOTE_LOOKBACK bytes). */
static int quoted_at(const ix_doc *doc, size_t off)
{
    size_t b = 0, lo = 0, hi = doc->blocks.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->blocks.items[mid].norm.start <= off) {
            b = mid;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    size_t start = doc->blocks.n ? doc->blocks.items[b].norm.start : 0;
    if (off > start + QUOTE_LOOKBACK)
        start = off - QUOTE_LOOKBACK;
    int n = 0;
    for (size_t i = start; i < off; i++)
        n += doc->norm[i] == '"';
    return n & 1;
}

/* Is off inside the document's title? */
static int in_title(const ix_doc *doc, size_t off)
{
    return doc->title.text && off >= doc->title.norm.start && off < doc->title.norm.end;
}

/* True when some clause of the set has all its words in norm[lo..hi). */
static int clause_holds(const char *const *const *set, const ix_doc *doc, size_t lo, size_t hi)
{
    for (const char *const *const *c = set; *c; c++) {
        size_t k = 0;
        while ((*c)[k] && ix_keywords_contains(doc, lo, hi, (*c)[k], 0))
            k++;
        if (!(*c)[k])
            return 1;
    }
    return 0;
}

/* Could sign sg match in norm[lo..hi)?  0 when a word it needs is absent
 * (a long s, U+017F, may stand for any 's' of a caseless pattern). */
static int may_match(const sign *sg, const ix_doc *doc, size_t lo, size_t hi)
{
    return !sg->need || ix_keywords_long_s(doc) || clause_holds(sg->need, doc, lo, hi);
}

/* How sign i is searched in this document: PLAIN (the pattern over the
 * range), LEADS (tried at its leads) or UNLED (at its leads, and its
 * unled alternatives run over the range). */
enum { PLAIN, LEADS, UNLED };
static int by_leads(const genre_state *st, size_t i, const ix_doc *doc)
{
    const sign *sg = &SIGNS[i];
    if (!st->at[i])
        return PLAIN;
    if (!sg->unled || !clause_holds(sg->unled, doc, 0, doc->norm_len))
        return LEADS;
    return sg->unled_rx ? UNLED : PLAIN;
}

enum { MAX_LIVE = 24 };   /* more than the words of any lead list */

/* The first occurrence in norm[from..end) of a word of the unled clauses
 * of sg, or (size_t)-1. */
static size_t next_unled_word(const sign *sg, const ix_doc *doc, size_t from, size_t end)
{
    size_t first = (size_t)-1;
    for (const char *const *const *c = sg->unled; *c; c++) {
        size_t p = ix_keywords_first(doc, from, end, (*c)[0]);
        if (p < first)
            first = p;
    }
    return first;
}

static int ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Where an unled match reaching the unled word at p can start: back from p
 * over UNLED_WORDS_BEFORE words and the whitespace after each, not before
 * from; (size_t)-1 at a byte beyond ASCII (a Unicode space or digit the
 * pattern may take in). */
static size_t words_back(const char *s, size_t from, size_t p)
{
    size_t w = p;
    for (int k = 0; k < UNLED_WORDS_BEFORE; k++) {
        while (w > from && ascii_space(s[w - 1]))
            w--;
        while (w > from && ix_scan_is_ascii_word((unsigned char)s[w - 1]))
            w--;
    }
    return w > from && (unsigned char)s[w - 1] >= 0x80 ? (size_t)-1 : w;
}

/* The leftmost match of sign i's unled pattern in norm[from..end), as
 * ix_rx_find gives it: the anchored pattern tried at each byte from
 * words_back to an occurrence of an unled word, occurrence after
 * occurrence.  Where words_back cannot tell, the pattern is run from the
 * first byte not yet tried. */
static int unled_find(const genre_state *st, size_t i, const ix_doc *doc, size_t from, size_t end,
                      ix_rxm *u, ix_err *err)
{
    if (ix_keywords_long_s(doc))
        return ix_rx_find(st->unled[i], doc->norm, from, end, u, err);
    size_t tried = from;   /* no match starts in [from, tried) */
    for (size_t p = next_unled_word(&SIGNS[i], doc, from, end); p != (size_t)-1;
         p = next_unled_word(&SIGNS[i], doc, p + 1, end)) {
        size_t w = words_back(doc->norm, from, p);
        if (w == (size_t)-1)
            return ix_rx_find(st->unled[i], doc->norm, tried, end, u, err);
        for (w = w > tried ? w : tried; w <= p; w++) {
            int rc = ix_rx_find(st->unled_at[i], doc->norm, w, end, u, err);
            if (rc != 0)
                return rc;
        }
        tried = p + 1;
    }
    return 0;
}

/* The leftmost match of sign i in norm[from..end), as ix_rx_find gives it:
 * with leads, the anchored pattern tried at each of them in turn.  Every
 * match starts at a lead or is one of the unled alternatives, so the
 * leftmost one starts at the first of: the leftmost match at a lead, the
 * leftmost match of the unled pattern; the anchored pattern there gives
 * it. */
static int find(const genre_state *st, size_t i, int how, const ix_doc *doc,
                size_t from, size_t end, ix_rxm *m, ix_err *err)
{
    if (how == PLAIN)
        return ix_rx_find(st->rx[i], doc->norm, from, end, m, err);
    const char *buf[MAX_LIVE];
    const char *const *leads_ =
        ix_keywords_live_leads(doc, from, end, SIGNS[i].leads, SIGNS[i].guards, buf, MAX_LIVE);
    int rc = ix_keywords_rx_find(doc, st->rx[i], st->at[i], leads_, NULL, from, end, m, err);
    if (how == LEADS || rc < 0)
        return rc;
    ix_rxm u;
    int ru = unled_find(st, i, doc, from, end, &u, err);
    if (ru <= 0 || (rc == 1 && m->g[0].start <= u.g[0].start))
        return ru < 0 ? ru : rc;
    return ix_rx_find(st->at[i], doc->norm, u.g[0].start, end, m, err);
}

/* Does sign i occur?  1, 0, or a negative error. */
static int sign_found(const genre_state *st, size_t i, const ix_doc *doc, ix_err *err)
{
    const sign *sg = &SIGNS[i];
    ix_rxm m;
    if (sg->where == TOP) {
        int how = by_leads(st, i, doc);
        for (size_t b = 0, seen = 0; b < doc->blocks.n && seen < TOP_BLOCKS; b++, seen++) {
            const ix_block *bl = &doc->blocks.items[b];
            if (!may_match(sg, doc, bl->text.start, bl->text.end))
                continue;
            int rc = find(st, i, how, doc, bl->text.start, bl->text.end, &m, err);
            if (rc != 0)
                return rc;
        }
        return 0;
    }
    if (sg->where == TITLE) {
        if (!doc->title.text)
            return 0;
        return ix_rx_find(st->rx[i], doc->norm, doc->title.norm.start, doc->title.norm.end, &m, err);
    }
    int how = by_leads(st, i, doc);
    if (sg->where == DOCUMENT) {
        /* body, findings, ENDS, notes: one search per run of such blocks */
        size_t b = 0, lo, hi;
        while (ix_doc_next_text_run(doc, &b, &lo, &hi)) {
            int rc = may_match(sg, doc, lo, hi) ? find(st, i, how, doc, lo, hi, &m, err) : 0;
            if (rc != 0)
                return rc;
        }
        return 0;
    }
    if (!may_match(sg, doc, 0, doc->norm_len))
        return 0;
    size_t pos = 0;
    for (int tries = 0; tries < MAX_TRIES && pos <= doc->norm_len; tries++) {
        int rc = find(st, i, how, doc, pos, doc->norm_len, &m, err);
        if (rc <= 0)
            return rc;
        if ((sg->where != UNQUOTED && sg->where != OWN_WORDS) ||
            (!quoted_at(doc, m.g[0].start) && (sg->where != OWN_WORDS || !in_title(doc, m.g[0].start))))
            return 1;
        pos = m.g[0].end > pos ? m.g[0].end : pos + 1;
    }
    return 0;
}

/* How many times norm holds the word w[0..n) with these very capitals,
 * as a whole word (capped at 2: only "once" matters). */
static int cased_count(const ix_doc *doc, const char *w, size_t n)
{
    int count = 0;
    const char *s = doc->norm, *end = doc->norm + doc->norm_len;
    for (const char *p = s; count < 2 && (p = memmem(p, (size_t)(end - p), w, n)) != NULL; p += n) {
        if (p > s && ix_scan_is_word_byte((unsigned char)p[-1]))
            continue;
        if (p + n < end && ix_scan_is_word_byte((unsigned char)p[n]))
            continue;
        count++;
    }
    return count;
}

/* Does a block of the document's top (TOP_BLOCKS, furniture passed over)
 * open with words in capitals (CAPS_LEAD)?  1, 0, or a negative error. */
static int caps_lead_found(const genre_state *st, const ix_doc *doc, ix_err *err)
{
    for (size_t b = 0, seen = 0; b < doc->blocks.n && seen < TOP_BLOCKS; b++) {
        const ix_block *bl = &doc->blocks.items[b];
        if (bl->section == IX_SECTION_FURNITURE)
            continue;
        seen++;
        ix_rxm m;
        int rc = ix_rx_find(st->caps_lead, doc->norm, bl->text.start, bl->text.end, &m, err);
        if (rc < 0)
            return rc;
        if (!rc)
            continue;
        size_t letters = 0;
        for (size_t i = m.g[1].start; i < m.g[2].end; i++)
            letters += doc->norm[i] >= 'A' && doc->norm[i] <= 'Z';
        size_t w = m.g[1].start, we = w;
        while (we < m.g[1].end && doc->norm[we] != '-')
            we++;
        if (letters >= CAPS_LEAD_MIN && cased_count(doc, doc->norm + w, we - w) == 1)
            return 1;
    }
    return 0;
}

/* How many signs of kind a or b occur, counted up to `enough` (reading
 * stops there); or a negative error. */
static int count_found(const genre_state *st, const ix_doc *doc, int a, int b, int enough, ix_err *err)
{
    int n = 0;
    for (size_t i = 0; i < NSIGNS && n < enough; i++) {
        if (SIGNS[i].kind != a && SIGNS[i].kind != b)
            continue;
        int rc = sign_found(st, i, doc, err);
        if (rc < 0)
            return rc;
        n += rc;
    }
    return n;
}

/* Does the document have an ENDS block (the close of a release)? */
static int has_ends(const ix_doc *doc)
{
    for (size_t b = 0; b < doc->blocks.n; b++)
        if (doc->blocks.items[b].section == IX_SECTION_ENDS)
            return 1;
    return 0;
}

/* The document's genre (an IX_GENRE_*), or a negative error.  The signs
 * are read in the order the verdict weighs them, and reading stops once it
 * is known: a strong sign (or a lead in capitals) makes commentary whatever
 * else the text shows; else a report page's title makes it unknown; else a
 * release's sign (an ENDS block, a hint) makes a press release; else two
 * weak signs or one telling of an inspection make commentary. */
static int verdict(const genre_state *st, const ix_doc *doc, ix_err *err)
{
    int rc = count_found(st, doc, STRONG, STRONG, 1, err);
    if (rc == 0)
        rc = caps_lead_found(st, doc, err);
    if (rc != 0)
        return rc < 0 ? rc : IX_GENRE_COMMENTARY;
    if ((rc = count_found(st, doc, REPORT_PAGE, REPORT_PAGE, 1, err)) != 0)
        return rc < 0 ? rc : IX_GENRE_UNKNOWN;
    if (has_ends(doc))
        return IX_GENRE_PRESS_RELEASE;
    if ((rc = count_found(st, doc, RELEASE, HINT, 1, err)) != 0)
        return rc < 0 ? rc : IX_GENRE_PRESS_RELEASE;
    int weak = count_found(st, doc, WEAK, WEAK, 2, err);
    if (weak < 0)
        return weak;
    if (weak >= 2)
        return IX_GENRE_COMMENTARY;
    if ((rc = count_found(st, doc, TOLD, TOLD, 1, err)) != 0)
        return rc < 0 ? rc : IX_GENRE_COMMENTARY;
    return IX_GENRE_UNKNOWN;
}

int ix_genre_run(const void *state, ix_doc *doc, ix_err *err)
{
    int genre = verdict(state, doc, err);
    if (genre < 0)
        return genre;
    doc->genre = genre;
    return IX_OK;
}
