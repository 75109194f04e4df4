#include "extractors/subjects.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/keywords.h"
#include "extractors/numbers.h"
#include "extractors/scan.h"
#include "pipeline/rx.h"

/* How it works.
 *
 * 1. One keyword pattern finds every word that names a kind of body
 *    ("Community Rehabilitation Company", "CRC", "National Probation
 *    Service", "probation delivery unit", "youth justice service", "HMP",
 *    "division", ...).  For each hit, C code reads the place name around it:
 *    the capitalised words before it ("Dunmere and Westholm CRC"), or
 *    after it ("HMP Thornbury", "NPS South West division", "the CRC in
 *    Fenshire").  That gives mentions of candidates keyed by type
 *    and place; a mention with no place ("the CRC") is a bare mention.
 * 2. Each mention gets role marks from where it stands: in the headline, in
 *    the lead (the first paragraphs), the object of "inspection of" /
 *    "rated" / "inspectors found" or the subject of "has been rated" /
 *    "needs to improve"; or passing marks ("other", "part of", "from",
 *    "yesterday's", a list of several bodies of the same kind).
 * 3. Candidates with a role and not only passing mentions become subjects;
 *    bare mentions join the one named subject of their type, or become a
 *    subject themselves when none is named (a newsletter about "the CRC"
 *    and "the NPS" of one area).
 * 4. Owners: "owned by X", "run by X", "X took over ownership of", "X owns",
 *    normalised to the fullest company name the document gives.
 * 5. An index of every mention of every subject (names, short names,
 *    aliases) answers ix_subjects_named_in / ix_subjects_about in
 *    O(log n).  It is kept in doc->subjects_index.
 */

enum { T_CRC, T_NPS, T_YOS, T_PDU, T_REGION, T_PRISON, T_OTHER };
static const char *const type_names[] = {"crc", "nps", "yos", "pdu", "region", "prison", "other"};

enum { P_NONE, P_NPS, P_PS }; /* parent of a region */

/* Role marks of a mention. */
enum {
    M_HEAD = 1,     /* in the headline */
    M_LEAD = 2,     /* in the lead paragraphs */
    M_ROLE = 4,     /* object of an inspection / rating phrase */
    M_PASS = 8,     /* mentioned in passing */
    M_PROSE = 16,   /* body or findings (not notes) */
    M_DOC = 32      /* body, findings or notes */
};

/* Bounds that keep huge documents linear and small: candidates kept, mentions
 * kept (later ones add nothing a judgement needs), mentions whose surface
 * forms become aliases, lists of bare places weighed (find_bare_places). */
enum { MAX_CANDS = 256, MAX_MENTIONS = 250000, MAX_SURFACES = 2000, MAX_BARE_LISTS = 64 };

typedef struct subj_state {
    ix_rx *kw;       /* keywords naming a kind of body */
    ix_rx *kw_at;    /* the same, anchored: tried at its leads only */
    int kw_other;    /* its group for OTHER_HEADS */
    int kw_national; /* its group for NATIONAL_BODIES */
    int kw_other_first; /* its group for OTHER_HEADS_FIRST */
    int kw_other_bare;  /* its group for OTHER_BARE */
    int kw_detention;   /* its group for DETENTION_HEADS */
    int kw_residence;   /* its group for RESIDENCE_HEADS */
    int kw_plural;      /* its group for PLURAL_HEADS */
    int kw_council;     /* its group for COUNCIL_SERVICE */
    int kw_council_body; /* its group for COUNCIL_BODY */
    ix_rx *pre_role; /* text just before a mention: "inspection of (the)" */
    ix_rx *pre_pass; /* "other", "part of", "yesterday's" ... before a mention */
    ix_rx *pre_role_at; /* the two above, anchored: tried at their leads only */
    ix_rx *pre_pass_at;
    ix_rx *post_role;/* "has been rated", "needs to" ... after a mention */
    ix_rx *each_rated;/* "each received", "have each been rated" after a list */
    ix_rx *next_each; /* "Both surgeries were rated": the sentence after a list */
    ix_rx *owner;    /* "owned by", "run by", "took over ownership of", "owns" */
    ix_rx *owner_at; /* the same, anchored: tried at its leads only */
    ix_rx *own_gap;  /* what may stand between a subject and "owned by" */
    ix_rx *bare_each;/* "all received", "have each been rated": after bare places */
    ix_rx *band_word;/* a rating's word in the same sentence */
    const char *const **lead_guard; /* per kw_leads[k]: its list in kw_guards, or NULL */
    ix_rx *self_rated;  /* "we have been rated", "rated us": a body's own page */
    ix_rx *self_rated_at;
    ix_rx *self_noun;   /* "the Trust", "our school", "trust rating" */
    ix_rx *provider; /* "independent learning provider", "two private providers:" */
    ix_rx *provider_at; /* the same, anchored: tried at its leads only */
} subj_state;

/* ---- patterns ------------------------------------------------------- */

/* Bodies that other inspectorates inspect, by the head noun that ends their
 * names, capitalised as names write it: "Larwood Surgery", "Oakvale Primary
 * School", "Fenshire Police", "Fenshire Fire and Rescue Service", "Marlcombe
 * Health Care NHS Trust", "Marlshire Ambulance Service University NHS
 * Foundation Trust", "Greystone Nursing Home".  The name is the
 * capitalised words before the head, and the head.  Longer heads first.
 * Extend here. */
#define OTHER_HEADS                                                                          \
    "(?:Primary|Secondary|Junior|Infant|Infants|High|Grammar|Comprehensive|Special|Free)\\s+[Ss]chool" \
    "|Sixth\\s+[Ff]orm\\s+(?:College|Centre|Academy)"                                          \
    "|(?:College|Colleges|Institute)\\s+Group|School|Academy|College|Nursery|UTC"                 \
    "|(?:Nursing|Care|Residential)\\s+Home|(?:nursing|care|residential)\\s+home"                 \
    "|Children(?:'|\\x{2019})s\\s+Home|Social\\s+Services"                                     \
    "|Hospital|Hospice|Infirmary|Clinic|Surgery|(?:Medical|Health)\\s+Centre"                               \
    "|(?:Ambulance\\s+Service|(?:Health|Healthcare|Care|Mental\\s+Health)\\s+Services?)\\s+(?:University\\s+)?NHS\\s+(?:Foundation\\s+)?Trust" \
    "|Ward|Medical\\s+Practice|(?<!General\\s)Practice|NHS\\s+(?:Foundation\\s+)?Trust|Foundation\\s+Trust|University\\s+Health\\s+Board" \
    "|(?:Health\\s*[Cc]are|Healthcare|Hospitals?|Ambulance\\s+Service)\\s+Trust"              \
    "|(?:Health\\s+(?:and|&)\\s+)?Social\\s+Care\\s+Trust|Fire\\s+Brigade|Pre-?[Ss]chool|Playgroup"    \
    "|Ambulance\\s+Service|Air\\s+Ambulance(?:\\s+(?:Service|Trust|Charity))?|Health\\s+Board"           \
    "|Police(?:\\s+[Ff]orce)?|police\\s+force|Constabulary"                                         \
    "|Approved\\s+Premises|Bail\\s+Hostel|(?i:(?:police|court)\\s+custody\\s+(?:suites?|facilit(?:y|ies)))" \
    "|Fire\\s+(?:and|&)\\s+Rescue\\s+(?:Service|Authority)|fire\\s+(?:and|&)\\s+rescue\\s+service|Fire\\s+Service" \
    "|Fire\\s+(?:and|&)\\s+Rescue|Children(?:'|\\x{2019})s\\s+Centre|Pupil\\s+Referral\\s+Unit"          \
    "|(?i:children(?:'|\\x{2019})s\\s+(?:social\\s+care\\s+)?services)"

/* The same, for heads that come before the name ("Ysgol Bryn Glas", Welsh
 * for school; "University Hospitals of Fenmarsh", a trust). */
#define OTHER_HEADS_FIRST "Ysgol|Coleg|University\\s+Hospitals?\\s+of"

/* Heads that stand for the body a trust's, a force's or a council's own page
 * is about, after "the" or "our" ("the CQC rated our Trust as ..."): a
 * subject named as written when it has a role and no body of its kind is
 * named. */
#define OTHER_BARE "Trust|Force|[Aa]uthority"

/* National bodies that inspectorates inspect as a whole, by their names
 * (no place before them): a national inspection of the prison and probation
 * service, of a prosecution service, of a nation's police or prison service.
 * A subject only with a role of its own (the object of an inspection, in the
 * headline): releases name them in passing all the time.  Extend here. */
#define NATIONAL_BODIES                                                                      \
    "(?:HM|Her\\s+Majesty(?:'|\\x{2019})s|His\\s+Majesty(?:'|\\x{2019})s)\\s+Prison\\s+(?:and|&)\\s+Probation\\s+Service" \
    "|(?:HM|Her\\s+Majesty(?:'|\\x{2019})s|His\\s+Majesty(?:'|\\x{2019})s)\\s+Courts\\s+(?:and|&)\\s+Tribunals\\s+Service" \
    "|Crown\\s+Prosecution\\s+Service|Public\\s+Prosecution\\s+Service(?:\\s+for\\s+Northern\\s+Ireland)?" \
    "|Crown\\s+Office\\s+and\\s+Procurator\\s+Fiscal\\s+Service|Serious\\s+Fraud\\s+Office"    \
    "|Police\\s+Service\\s+of\\s+(?:Northern\\s+Ireland|Scotland)|Northern\\s+Ireland\\s+Prison\\s+Service" \
    "|Scottish\\s+Prison\\s+Service|Youth\\s+Custody\\s+Service|National\\s+Crime\\s+Agency|Border\\s+Force" \
    "|Police\\s+Scotland"

/* Places of detention other than prisons, by the head noun after their
 * name ("Fenmoor House immigration removal centre", "Oakvale Secure
 * Training Centre", "Fenmoor IRC") or before "at" and the name ("the
 * short-term holding facility at Larch House"): typed prison (RECORD.md:
 * immigration detention).  Extend here. */
#define DETENTION_HEADS                                                                      \
    "(?i:immigration\\s+removal\\s+centres?|secure\\s+training\\s+centres?"             \
    "|short[\\s-]+term\\s+holding\\s+(?:facility|facilities|rooms?)"                        \
    "|residential\\s+holding\\s+rooms?|(?:immigration\\s+)?(?:detention|reception)\\s+centres?)|IRC|STC"

/* Homes and centres named by a house's name alone, the head noun ending
 * the name ("Larch House", "Heron Lodge", "Fenby Manor", "Marl Grange"):
 * a care home in a regulator's document, a place of detention in a
 * prisons inspectorate's ("Fenwick House", an immigration removal centre).
 * Not when the name goes on ("Larch House Surgery", "Fenwick House
 * Immigration Removal Centre": their own heads name them) or is a house
 * of something ("House of Commons").  Extend here. */
#define RESIDENCE_HEADS                                                                      \
    "(?:House|Lodge|Manor|Grange)(?!\\s+(?:[A-Z]|of\\b|(?i:immigration|secure|short|residential|holding|care|nursing)\\b))"

/* A council's service named after its possessive ("Fenshire County
 * Council's adult learning service", "Marlcombe Council's Local Government
 * Education Services"): up to five words, no function word among them
 * ("the Council's decision to cut services" is none); children's services
 * and youth offending services have heads of their own. */
#define COUNCIL_SERVICE                                                                      \
    "Council(?:'|\\x{2019})s\\s+(?!(?i:children|youth))"                                            \
    "(?:(?!(?i:to|of|the|for|in|on|a|an|its|their|by|with|from|at|is|was|has|have|and\\s+the)\\s)[\\w-]+\\s+){1,5}?" \
    "(?i:services?)"

/* A council as the body inspected (its education or social services as a
 * whole: Ofsted's, Estyn's, Care Inspectorate Wales' local authority
 * inspections): "Calderdale MBC has achieved a 'good' rating", "Fenshire
 * County Council was judged".  Only in those inspectorates' documents and
 * with a role of its own (COUNCIL_INSPECTORATES).  Extend here. */
#define COUNCIL_BODY                                                                         \
    "(?:(?:County|City|Borough|District|Metropolitan\\s+Borough)\\s+)?Council(?!(?:'|\\x{2019})s\\b)|MBC"

/* Plural heads that a list of places shares, one body per place:
 * "Ashby, Lyme and Fenmarsh PDUs", "the probation units in Ashby and Lyme",
 * "Fenshire, Marlcombe, and Dunmere police forces".  Extend here (and
 * PLURAL_KINDS below). */
#define PLURAL_HEADS                                                                         \
    "PDUs|CRCs|YOTs|(?i:community\\s+rehabilitation\\s+companies)"                          \
    "|(?i:probation\\s+(?:delivery\\s+)?units|youth\\s+offending\\s+teams|police\\s+forces"     \
    "|fire\\s+(?:and|&)\\s+rescue\\s+services)"

/* Keyword: one alternation, classified in C by kw_kind() (the bodies of
 * OTHER_HEADS by their group).
 *   "Exmoor Community Rehabilitation Company (CRC) needs to improve"
 *   "Exmoor CRC", "the National Probation Service (NPS)", "the NPS's
 *   Avon division", "Fenmarsh probation delivery unit (PDU)", "Youth
 *   offending services in Marlow", "Lyme Youth Justice Service (YJS)",
 *   "HMP Thornbury", "HMP/YOI Ashdown", "Ashdown Young Offender
 *   Institution", "Dunmere Probation Trust", "the Probation Service's
 *   Moorland region" */
static const char KW_PATTERN[] =
    "(?<![\\w-])(?:(?<national>" NATIONAL_BODIES ")|(?<plural>" PLURAL_HEADS ")"
    "|(?<council>" COUNCIL_SERVICE ")"
    "|(?i:community\\s+rehabilitation\\s+company)|CRC|(?i:national\\s+probation\\s+service)|NPS"
    "|Probation\\s+(?:Services?|Trust)|[Pp]robation\\s+services?|[Dd]ivision|[Rr]egion"
    "|(?i:probation\\s+delivery\\s+unit)|PDU"
    "|(?i:youth\\s+(?:offending|justice)\\s+(?:services?|teams?|work|partnership))|YOS|YOT|YJS"
    "|HMP(?:\\s*(?:/|&|and)\\s*YOI|\\s+YOI)?|HMYOI"
    "|(?:HM|(?:Her|His)\\s+Majesty(?:'|\\x{2019})s)\\s+Prison(?:\\s+and\\s+Young\\s+Offenders?\\s+Institution)?"
    "|(?:HM|(?:Her|His)\\s+Majesty(?:'|\\x{2019})s)\\s+Young\\s+Offenders?\\s+Institution|[Pp]rison"
    "|[Yy]oung\\s+[Oo]ffenders?\\s+[Ii]nstitution|YOI"
    "|(?<detention>" DETENTION_HEADS ")|(?<residence>" RESIDENCE_HEADS ")"
    "|(?<other>(?:" OTHER_HEADS ")(?!\\s+(?:House|Lodge|Manor|Grange)\\b))|(?<other_first>" OTHER_HEADS_FIRST ")|(?<other_bare>" OTHER_BARE ")"
    "|(?<council_body>" COUNCIL_BODY "))(?![\\w-])";

/* Every match of KW_PATTERN starts with one of these words (or stems:
 * "hosp" for "Hospital", "Hospitals", "Hospice", "yo" for "Youth", "Young",
 * "YOS", "YOT", "YOI"; at most 64). */
static const char *const kw_leads[] = {
    "community", "crc", "national", "nps", "probation", "division", "region", "pdu", "yo",
    "yjs", "hm", "prison", "primary", "secondary", "junior", "infant",
    "high", "grammar", "comprehensive", "special", "free", "school", "academy", "college", "institute",
    "nurs", "care", "residential", "hosp", "clinic", "surgery",
    "medical", "health", "nhs", "foundation", "university", "police", "constabulary", "fire",
    "children", "trust", "force", "authority", "utc", "ward", "practice",
    "ambulance", "ysgol", "coleg", "her", "his", "crown", "public", "serious", "northern",
    "scottish", "border", "immigration", "secure", "short", "irc", "stc", "council", "social", "pupil", "infirmary",
    "mbc", "city", "borough", "district", "metropolitan", "county", "house", "lodge", "manor",
    "grange", "detention", "reception", "air", "approved", "bail", "court", "pre", "playgroup",
    "sixth", NULL
};

/* Leads that open only matches holding one of some words: "Public" only
 * "Public Prosecution Service", "Her"/"His" only "Her Majesty's ...",
 * "High" only "High School", "yo" only "Youth ...", "Young Offender ...",
 * "YOS", "YOT", "YOI".  A document without those words is not searched at
 * them ("the public", "here", "your", "higher"; as ix_keywords_live_leads,
 * with each lead's guard found once, at start-up: lead_guard).
 * Keep with KW_PATTERN: a new alternative opening with a guarded lead
 * needs its own word here. */
#define W(...) ((const char *const[]){__VA_ARGS__, NULL})
static const char *const *const kw_guards[] = {
    W("public", "prosecution"), W("her", "majesty"), W("his", "majesty"),
    W("high", "school"), W("primary", "school"), W("secondary", "school"), W("junior", "school"),
    W("infant", "school"), W("grammar", "school"), W("comprehensive", "school"),
    W("special", "school"), W("free", "school"), W("short", "holding"), W("serious", "fraud"),
    W("foundation", "trust"), W("sixth", "form"), W("yo", "youth", "young", "yos", "yot", "yoi"), NULL
};
#undef W
/* The guards' words (indexed: ix_subjects_keywords). */
static const char *const kw_guard_words[] = {"prosecution", "majesty", "school", "holding", "fraud",
                                             "trust", "youth", "young", "yos", "yot", "yoi", "form", NULL};

/* Before a mention, the body is the object of an inspection or a rating:
 *   "a routine inspection of Exmoor CRC", "inspectors found the CRC",
 *   "has given Exmoor CRC an overall rating", "the work of the CRC" */
static const char PRE_ROLE[] =
    /* what an inspection looks at, where, and what it finds there:
     * "conditions and treatment at", "the care provided at", "outcomes in",
     * "serious failures at the Victorian-era HMP Ashdown" (two words of
     * description may stand between) */
    "\\b(?:conditions|treatment|care|outcomes|procedures|provision|services?|support|education|safety"
    "|failures|failings|problems|concerns)"
    "(?:\\s+(?:and|&)\\s+[a-z]+)?(?:\\s+(?:provided|delivered|offered|given|experienced|found))?"
    "[\"'\\x{2019}\\x{201d}]?\\s+(?:at|in|within)(?:\\s+both)?\\s+(?:the\\s+|its\\s+)?(?:[\\w'-]+\\s+){0,2}?\\z|"
    /* "a report on the women's prison HMP Styal": a few words of description */
    "\\b(?:inspections?\\s+(?:of|into|at)|reports?\\s+(?:on|into|about|of))\\s+(?:the\\s+|its\\s+)?(?:[\\w'-]+\\s+){1,3}?\\z|"
    /* a body in brackets after its rating: "One is rated inadequate
     * (Fenmoor NHS Foundation Trust)" */
    "\\b(?:rated|judged|found\\s+to\\s+be)\\s+(?:as\\s+)?[\"'\\x{2018}\\x{201c}]?(?:outstanding|good|inadequate"
    "|requires?\\s+improvement|requiring\\s+improvement|poor)[\"'\\x{2019}\\x{201d}]?\\s*\\(\\s*\\z|"
    "\\b(?:inspections?\\s+(?:of|into|at|for)|inspected|inspecting|reports?\\s+(?:on|into|about|of|for)"
    "|review\\s+of|rated|rate|rates|judged(?:\\s+that)?|assessed|given|gave|found(?:\\s+that)?"
    "|concluded\\s+that|visited|visits?\\s+(?:to|of)|praised"
    /* a prisons inspectorate's urgent notification: "issued an Urgent
     * Notification in respect of HMP Ashdown" */
    "|urgent\\s+notification\\s+(?:in\\s+respect\\s+of|for|on|about|at)"
    "|critici[sz]ed|(?:work|performance)\\s+(?:of|at|in|by)|performance\\s+for|quality\\s+of\\s+(?:work|services)\\s+(?:of|at|in|by)"

    /* "a national inspection of how (effectively) HMPPS is ...", "has
     * examined how well the Crown Prosecution Service ..." */
    "|(?:inspections?\\s+(?:of|into)|examined|examines|examining|looked\\s+at|looking\\s+at|assessing)"
    "\\s+(?:how|whether)(?:\\s+(?:well|effectively|far))?)"
    "\\s+(?:the\\s+|its\\s+)?\\z";

/* Before a mention, the body is only mentioned in passing:
 *   "Exmoor and other CRCs", "part of the Probation Service's
 *   Moorland region", "including from HMP Thornbury", "yesterday's report on"
 *   "one of six", "compared with Fenmarsh PDU", "a copy was sent to Fenshire
 *   Police" */
static const char PRE_PASS[] =
    "\\b(?:other|another|one\\s+of(?:\\s+\\w+){0,2}|part\\s+of|from|like|unlike|such\\s+as"
    "|including(?:\\s+from)?|compared\\s+(?:with|to)|than|yesterday's|previous|earlier|former|formerly"
    "|neighbouring|neighboring|sister|last\\s+(?:week|month|year)'s|transferred\\s+(?:to|from)"
    "|moved\\s+(?:to|from)|released\\s+from|and\\s+in|as\\s+well\\s+as|alongside|besides|with"
    /* whom a report went to: "a copy was sent to", "copied to" */
    "|(?:sent|copied|forwarded|addressed|circulated|passed)\\s+to)"
    "\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:local\\s+|area's\\s+|regional\\s+|nearby\\s+)?\\z"
    "|\\b(?:local|area's|neighbouring|regional|nearby)\\s+\\z";

/* Every match of PRE_ROLE and PRE_PASS starts with one of these words. */
static const char *const pre_role_leads[] = {"inspect", "report", "review", "rate", "judged", "assessed",
                                             "given", "gave", "found", "visited", "praised", "critici",
                                             "work", "performance", "quality", "examin", "look",
                                             "concluded", "visit", "conditions", "treatment", "care",
                                             "outcomes", "procedures", "provision", "service",
                                             "support", "education", "safety", "failure",
                                             "failings", "problems", "concerns", "urgent", NULL};
static const char *const pre_pass_leads[] = {
    "other", "another", "one", "part", "from", "like", "unlike", "such", "including", "compared",
    "than", "yesterday", "previous", "earlier", "former", "neighbouring", "neighboring", "sister",
    "last", "transferred", "moved", "released", "and", "as", "alongside", "besides", "with",
    "local", "area", "regional", "nearby", "sent", "copied", "forwarded", "addressed",
    "circulated", "passed", NULL
};

/* After a list of bodies (anchored), each of them is what is judged:
 *   "... and Lyme PDU each received", "have each been rated", "were all
 *   found to be", "both scored", or a plural rating: "were rated", "'require
 *   improvement'", "were inspected" (this time) */
static const char EACH_RATED[] =
    "(?:\\s*\\([A-Z]{2,6}s?\\))?(?:\\s*,\\s*(?:which|that|who))?\\s+(?:(?:(?:have|has|had|were|are)\\s+)?(?:each|all|both)\\s+(?:been\\s+|one\\s+)?"
    "(?:received|receive|rated|judged|assessed|given|scored|score|found|awarded|got|inspected"
    /* a grade kept or moved: "both achieved", "who both hopped from a grade three"
     * (a move needs its direction: not "both moved offices") */
    "|achieved|gained|secured|retained|kept"
    "|(?:improved|moved|jumped|hopped|leapt|leaped|rose|climbed|fell|dropped|slipped)"
    "(?=\\s+(?:up|down|from|to|into|back|a\\s+grade|one|two)\\b))\\b"
    "|(?:were|are|have\\s+been)\\s+(?:rated|judged|graded|assessed"
    /* "were inspected during the spring term"; not "in earlier years" */
    "|inspected(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:earlier|previously|before|last|prior)\\b))\\b"
    "|[\"'\\x{2018}\\x{201c}]?(?:require|required|need|needed)\\s+improvement)";

/* The sentence after a list (anchored at its start) rates each body of it:
 *   "... Ashby Surgery and Lyme Health Centre.  Both surgeries were rated
 *   'Good'", "All three were judged", "Each received" */
static const char NEXT_EACH[] =
    "(?:(?:but|and|so)\\s+)?(?:both|all|each)(?:\\s+of\\s+them|\\s+(?:two|three|four|five|six|\\d+))?"
    "(?:\\s+[a-z'-]+)?\\s+(?:(?:were|are|was|is|have|has|had)\\s+(?:also\\s+)?(?:been\\s+)?)?"
    "(?:rated|judged|graded|assessed|found|given|received|awarded|inspected|scored|achieved)\\b";

/* After a mention (anchored), the body is what is judged:
 *   "Exmoor CRC has been rated 'Good'", "the CRC, which covers two
 *   counties, needs to improve", "Lyme YJS was found to be", "Lyme YJS,
 *   which has received" */
static const char POST_ROLE[] =
    "(?:\\s*\\([A-Z]{2,6}\\))?(?:\\s*,[^,.;:]{1,120},|\\s*,\\s*(?:which|that))?\\s+"
    "(?:(?:has|have|had)\\s+(?:also\\s+)?been\\s+(?:rated|judged|assessed|found|given|told|placed|criticised|praised"
    "|branded|deemed|graded|downgraded|upgraded)"
    "|(?:was|is|were|are)\\s+(?:(?:also\\s+)?(?:branded|deemed|graded|downgraded|upgraded)\\b"
    "|rated|judged|assessed|found|given|told|not\\b|failing|performing"
    "|struggling|under-?performing|delivering|supervising|doing)"
    "|(?:needs?|must|should)\\s+(?:to\\s+)?(?:improve|do|make|take|address|act)"
    "|requires?\\s+improvement|rated|received|receives|has\\s+(?:much|more|a\\s+lot)\\s+to\\s+do"
    "|(?:has|have|had)\\s+(?:received|achieved|gained|secured|retained|kept)\\b"
    "|(?:has|have)\\s+(?:improved|declined|deteriorated|failed)|is\\s+failing|inspection\\b"
    /* a grade that moved: "fell to grade three", "jumped from 'good' to" */
    "|(?:has\\s+)?(?:fell|fallen|dropped|slipped|rose|risen|jumped|climbed|moved)\\s+(?:to|from)\\b)";

/* Ownership cues:
 *   "The CRC, owned by Moorland Justice Ltd," / "which is run by Calder
 *   Partners" / "It took over formal ownership of Exmoor CRC in 2015" /
 *   "Moorland Justice owns Exmoor CRC" */
/* Every match of OWNER_PATTERN starts with one of these words. */
static const char *const owner_leads[] = {"owned", "run", "operated", "took", "owns", "has",
                                          "acquired", "bought", NULL};

/* Words of a sentence that lists a youth service's partner agencies: "a
 * statutory partnership made up of staff from the council, the police, the
 * National Probation Service and health".  Extend here. */
static const char *const PARTNER_CUES[] = {"partnership", "partners", "multi-agency", "agencies", NULL};

/* Words naming the CRCs in the plural (beside_every_crc). */
static const char *const CRCS_WORDS[] = {"CRCs", "companies", NULL};

const char *const *const ix_subjects_keywords[] = {owner_leads, kw_leads, kw_guard_words, pre_role_leads,
                                                   pre_pass_leads, PARTNER_CUES, CRCS_WORDS, NULL};

static const char OWNER_PATTERN[] =
    "\\b(?:(?<by>(?:owned|run|operated)(?:\\s+and\\s+(?:run|operated|managed))?\\s+by\\s+(?:the\\s+)?)(?=[A-Z])"
    "|(?<took>took\\s+over\\s+(?:\\w+\\s+)?ownership\\s+of)\\b"
    "|(?<owns>owns|has\\s+owned|acquired|bought)\\s+(?=(?:the\\s+)?[A-Z]))";

/* Between a subject's mention and "owned by" (anchored, to the end):
 *   "Exmoor CRC, owned by", "The CRC is one of six owned by", "Exmoor and
 *   other CRCs owned by", "(CRC), which is run by" */
static const char OWN_GAP[] =
    "\\)?(?:\\s*\\([A-Z]{2,6}\\))?\\s*,?\\s*(?:(?:which|that|and)\\s+)?"
    "(?:(?:is|was|are|were|has\\s+been|had\\s+been|have\\s+been)\\s+)?"
    "(?:(?:one\\s+of\\s+\\w+(?:\\s+\\w+)?|(?:and\\s+)?other\\s+\\w+)\\s*,?\\s*)?"
    "(?:(?:now|currently|also|formerly|previously|jointly|wholly|both)\\s+)?\\z";

/* After a list of bare places, each of them was rated: "Northtown,
 * Southvale and Westby all received", "have each been rated" (with a
 * rating's word in the sentence: BAND_WORD). */
static const char BARE_EACH[] =
    "\\b(?:(?:have|had|were|are)\\s+)?(?:all|each|both)\\s+(?:been\\s+)?"
    "(?:received|rated|judged|graded|achieved|awarded|given|got|gained)\\b";
static const char BAND_WORD[] =
    "\\b(?:outstanding|good|inadequate|requires?\\s+improvement|requiring\\s+improvement"
    "|ratings?|grades?|judgements?)\\b";

/* The noun that introduces a learning provider by its name (anchored at
 * the noun): "independent learning provider Fenby Skills", "two private
 * providers: Marl Training and Tarn Learning" (find_providers). */
static const char PROVIDER[] = "\\bproviders?\\b(?:\\s*:)?\\s+(?=[A-Z])";
static const char *const provider_leads[] = {"provider", NULL};

/* The inspectorates of bodies that write about their own inspection, by
 * the names such pages use ("our Ofsted inspection").  Extend here. */
#define SELF_INSPECTORATES                                                                    \
    "Ofsted|Estyn|CQC|Care\\s+Quality\\s+Commission|HMICFRS|HMIC|CIW|Care\\s+Inspectorate(?:\\s+Wales)?" \
    "|HIW|Healthcare\\s+Inspectorate\\s+Wales|RQIA|Education\\s+Scotland"

/* A body's own page about its inspection speaks of itself in the first
 * person, rated by the inspectorate (passive, or "us"): "we have been
 * rated 'Good'", "We are now rated", "HMICFRS rated us as 'Good'" (not the
 * inspectorate's own "we have rated", "we found").  Anchored at its leads
 * (find_self). */
static const char SELF_RATED[] =
    "\\b(?:we(?:'|\\x{2019})ve\\s+(?:now\\s+|also\\s+|just\\s+)?been"
    "|we\\s+(?:(?:have|had)\\s+(?:now\\s+|also\\s+|just\\s+|again\\s+)?been|are\\s+(?:now\\s+|still\\s+|again\\s+)?"
    "|were\\s+(?:also\\s+|again\\s+)?))\\s*(?:rated|judged|graded|assessed|awarded|given|found\\s+to\\s+be)\\b"
    "|\\b(?:rated|judged|graded|assessed|found)\\s+us\\b"
    /* or that it was inspected, in the first person: "we were inspected by",
     * "we've recently been inspected", "we had our inspection", "our latest
     * CQC inspection", "our recent inspection by Ofsted" (the inspectorate
     * named: its own "our inspection" says nothing of the body) */
    "|\\bwe(?:\\s+(?:were|have\\s+been|had\\s+been)|(?:'|\\x{2019})ve\\s+been)\\s+"
    "(?:(?:recently|just|last|first|again|also|now)\\s+)?inspected\\b"
    "|\\bwe\\s+(?:had|have\\s+had|received)\\s+(?:the|our|an?)\\s+(?:[\\w-]+\\s+){0,2}?inspection\\b"
    "(?!\\s+(?:team|teams|programme|programmes|framework|regime|schedule|plan|plans)\\b)"
    "|\\bour\\s+(?:(?:recent|latest|last|most\\s+recent|new|first|full|previous)\\s+)?"
    "(?:(?:" SELF_INSPECTORATES ")\\s+(?:inspection|report|rating|judgement|judgment|visit)\\b"
    "|(?:inspection|visit)\\s+(?:by|from)\\s+(?:the\\s+)?(?:" SELF_INSPECTORATES ")\\b)";
static const char *const self_leads[] = {"we", "our", "rated", "judged", "graded", "assessed", "found", NULL};

/* How such a page names itself: a noun after "the", "our", "a", "this",
 * or before "rating" ("an overall trust rating").  Extend here. */
#define SELF_NOUNS                                                                           \
    "trust|school|academy|college|service|force|council|authority|hospital|hospice|practice" \
    "|surgery|home|nursery|centre|prison|unit|team"
static const char SELF_NOUN[] =
    "\\b(?:the|our|a|this)\\s+(?:" SELF_NOUNS ")\\b(?!(?:'|\\x{2019})|\\s+(?:of|for)\\b)"
    "|\\b(?:" SELF_NOUNS ")(?=\\s+(?:rating|ratings|level)\\b)";

/* Inspectorates whose bodies include learning providers named without a
 * head noun (further education and skills).  Extend here. */
static const char *const EDUCATION_INSPECTORATES[] = {"Ofsted", "Estyn", NULL};

/* ---- small text helpers ---------------------------------------------- */

static int wbyte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* Capitalised words that never start or continue a place name. */
static const char *const STOP[] = {
    "A", "About", "Across", "After", "Against", "All", "Also", "Although", "An", "And", "Another",
    "Any", "Are", "Area", "As", "At", "Before", "Both", "But", "By", "CRC", "Category", "Chief",
    "Community", "Company", "Councils", "Delivery", "Despite", "Division", "During", "Each",
    "Every", "Find", "Finds", "First", "Following", "For", "Found", "From", "Good", "Government",
    "HM", "HMI", "HMIC", "HMICFRS", "HMIP", "HMP", "HMPPS", "HMYOI", "Has", "Have", "Healthy", "Her",
    "His", "How",
    "However",
    "If", "Improvement", "In", "Inadequate", "Inspection", "Inspections", "Inspector",
    "Inspectorate", "Inspectors", "Into", "Is", "It", "Its", "Justice", "Latest", "Like", "Local",
    "Meanwhile", "Ministry", "MoJ", "Must", "My", "NPS", "National", "New", "No", "Not", "Of",
    "Offending", "On", "One", "Or", "Other", "Our", "Outstanding", "Over", "Overall", "PDU",
    "Poor", "Prison", "Prisons", "Private", "Probation", "Public", "Rate", "Rated", "Rates",
    "Rating", "Region", "Rehabilitation", "Report", "Reports", "Requires", "Requiring", "Said",
    "Says", "Secretary", "Service", "Services", "Should", "Since", "Some", "Team", "Than",
    "That", "The", "Their", "These", "This", "Those", "Though", "To", "Today", "Trust", "Under",
    "Unit", "Was", "Were", "What", "When", "Where", "Which", "While", "Whilst", "Who", "Why",
    "With", "Without", "YJS", "YOI", "YOS", "YOT", "Yesterday", "You", "Your", "Youth",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Alongside", "Among", "Besides", "Between", "Beyond", "Compared",
    "Except", "Including", "Per", "Unlike", "Via", "Versus", "Whereas", "Just", "Only", "Even",
    /* ordinals: "Fifth prison in a year given an urgent notification" names
     * none ("First" is above) */
    "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    "Eleventh", "Twelfth", "Last", "Next", "Final", "Penultimate",
    /* periods of building: "a cramped, Victorian prison" names none */
    "Victorian", "Edwardian", "Georgian", "Tudor", "Medieval", "Modern",
    /* offices: "Jo Doe, Manager of Lyme YJS" names Lyme */
    "Manager", "Director", "Head", "Chair", "Chairman", "Chairwoman", "Leader", "Officer",
    "Member", "Executive", "Minister", "Councillor", "Commissioner", "Governor", "Spokesperson",
    "Spokesman", "Spokeswoman",
    /* counts: "Eleven YOTs were inspected" names none */
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
    "Thirty", "Forty", "Fifty", "Hundred", "Dozen", "Several", "Many", "Most", "Few",
    /* a report's parts, run together in a contents page ("HMYOI Tarnwell
     * Contents Introduction 5") */
    "Contents", "Introduction", "Foreword", "Preface", "Summary", "Appendix", "Appendices",
    "Annex", "Glossary", "Section", "Chapter", "Page",
    /* inspectorates: "the Estyn School Inspection Framework" names no school */
    "Ofsted", "Estyn", "CQC", "CIW", "HMCPSI", "HMICS", "CJINI", "HIW",
};

enum { NSTOP = sizeof STOP / sizeof STOP[0] };

/* STOP in strcmp order, sorted once, so that a word is looked up by halves. */
static const char *stop_sorted[NSTOP];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static void sort_stop(void)
{
    memcpy(stop_sorted, STOP, sizeof STOP);
    qsort(stop_sorted, NSTOP, sizeof *stop_sorted, cmp_str);
}

/* strcmp of the word s[a..b) (no NUL inside) with the string w. */
static int cmp_word(const char *s, size_t a, size_t b, const char *w)
{
    size_t n = b - a, i = 0;
    for (; i < n && w[i]; i++)
        if (s[a + i] != w[i])
            return (unsigned char)s[a + i] - (unsigned char)w[i];
    return i < n ? 1 : w[i] ? -1 : 0;
}

static int is_stop(const char *s, size_t a, size_t b)
{
    pthread_once(&stop_once, sort_stop);
    size_t lo = 0, hi = NSTOP;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_word(s, a, b, stop_sorted[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

static int ieq(const char *s, size_t a, size_t b, const char *w)
{
    return ix_scan_ieq(s, a, b, w);
}

/* A capitalised word that may be part of a place name: "Tees",
 * "Stoke-on-Trent", "BeNCH"; not "Moorco-owned", not a stop word. */
static int place_word(const char *s, size_t a, size_t b)
{
    if (b <= a || b - a > 40 || !(s[a] >= 'A' && s[a] <= 'Z'))
        return 0;
    if (is_stop(s, a, b))
        return 0;
    for (size_t i = b; i > a + 1; i--)
        if (s[i - 1] == '-')
            return s[i] >= 'A' && s[i] <= 'Z';
    return 1;
}

enum { TOK_NONE, TOK_WORD, TOK_COMMA, TOK_AMP };

/* Words whose possessive opens a name ("King's Lynn", "Queen's Hospital"),
 * besides any saint's ("St Mary's"). */
static const char *const NAME_POSSESSORS[] = {
    "King", "Queen", "Prince", "Princess", "Bishop", "Lord", "Lady", "Earl", "Duke", "Duchess",
    NULL,
};

/* Is the word s[a..b), before "'s", a saint's or one of NAME_POSSESSORS? */
static int name_possessive(const char *s, size_t lo, size_t a, size_t b)
{
    for (int i = 0; NAME_POSSESSORS[i]; i++)
        if (b - a == strlen(NAME_POSSESSORS[i]) && memcmp(s + a, NAME_POSSESSORS[i], b - a) == 0)
            return 1;
    size_t e = a;
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '.'))
        e--;
    size_t w = e;
    while (w > lo && wbyte((unsigned char)s[w - 1]))
        w--;
    return (e - w == 2 && memcmp(s + w, "St", 2) == 0) || (e - w == 5 && memcmp(s + w, "Saint", 5) == 0);
}

/* The token just before p (blanks skipped, never across a blank line or
 * below lo). */
static int tok_back(const char *s, size_t lo, size_t p, size_t *ts, size_t *te)
{
    size_t i = p;
    int nl = 0;
    while (i > lo && ix_scan_is_blank(s[i - 1])) {
        nl += s[i - 1] == '\n';
        i--;
    }
    if (nl > 1 || i <= lo)
        return TOK_NONE;
    char c = s[i - 1];
    if (c == ',' || c == '&') {
        *ts = i - 1;
        *te = i;
        return c == ',' ? TOK_COMMA : TOK_AMP;
    }
    size_t e = i;
    while (i > lo && (wbyte((unsigned char)s[i - 1]) || s[i - 1] == '-'))
        i--;
    /* "St Mary's", "King's": a saint's or a title's possessive is part of a
     * name (another possessive names an owner: "Moorco's Exmoor CRC") */
    if (e == i + 1 && s[i] == 's' && i >= lo + 2 && s[i - 1] == '\'' && wbyte((unsigned char)s[i - 2])) {
        size_t w = i - 1;
        while (w > lo && wbyte((unsigned char)s[w - 1]))
            w--;
        if (name_possessive(s, lo, w, i - 1))
            i = w;
    }
    while (i < e && s[i] == '-')
        i++;
    while (e > i && s[e - 1] == '-')
        e--;
    if (e <= i)
        return TOK_NONE;
    *ts = i;
    *te = e;
    return TOK_WORD;
}

/* The token starting at or after p (blanks skipped, below hi). */
static int tok_fwd(const char *s, size_t p, size_t hi, size_t *ts, size_t *te)
{
    size_t i = p;
    int nl = 0;
    while (i < hi && ix_scan_is_blank(s[i])) {
        nl += s[i] == '\n';
        i++;
    }
    if (nl > 1 || i >= hi)
        return TOK_NONE;
    if (s[i] == ',' || s[i] == '&') {
        *ts = i;
        *te = i + 1;
        return s[i] == ',' ? TOK_COMMA : TOK_AMP;
    }
    size_t b = i;
    while (i < hi && (wbyte((unsigned char)s[i]) || s[i] == '-'))
        i++;
    while (i > b && s[i - 1] == '-')
        i--;
    if (i <= b || s[b] == '-')
        return TOK_NONE;
    *ts = b;
    *te = i;
    return TOK_WORD;
}

static int connector(const char *s, size_t a, size_t b, int *is_and)
{
    *is_and = ieq(s, a, b, "and") && s[a] == 'a';
    return *is_and || (s[a] >= 'a' && s[a] <= 'z' &&
                       (ieq(s, a, b, "of") || ieq(s, a, b, "upon") || ieq(s, a, b, "on") ||
                        ieq(s, a, b, "under")));
}

/* The place name ending just before p: "Dunmere and Westholm",
 * "Bristol, Gloucestershire, Somerset and Wiltshire", "Isle of Wight".
 * Returns 1 with [*ps, *pe), or 0. */
static int place_back_words(const char *s, size_t lo, size_t p, size_t *ps, size_t *pe);

/* The words of a council's name that are not its place: "Exmoor County
 * Council's youth offending team" -> "Exmoor". */
static const char *const COUNCIL_WORDS[] = {
    "Council", "County", "City", "Borough", "Metropolitan", "District", "MBC", NULL
};

/* The place name ending right before p (its last word at most a few bytes
 * before p), or, when the word before p is a possessive, the place that
 * owns the body: "North Tyneside's Youth Justice Service", "Exmoor County
 * Council's youth offending team" -> "North Tyneside", "Exmoor". */
/* A scraped caption run into the story glues two words: "Picture: Jo
 * RidingLyme Youth Justice Service".  When a word of a found place turns
 * from three lower-case letters to a capital ("RidingLyme", not
 * "McDonald", "MacLeod", "BeNCH"), the place starts at the (last) capital:
 * what stands before it was the caption. */
static int unglue(const char *s, size_t *ps, size_t pe)
{
    for (size_t i = *ps + 3; i < pe; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && islower((unsigned char)s[i - 1]) &&
            islower((unsigned char)s[i - 2]) && islower((unsigned char)s[i - 3]))
            *ps = i;
    return 1;
}

/* The same forwards: "HMP ExeterPeter Dawson said" -- a heading run into
 * the story -- is HMP Exeter: the place ends at the (first) glue. */
static int unglue_fwd(const char *s, size_t ps, size_t *pe)
{
    for (size_t i = ps + 3; i < *pe; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && islower((unsigned char)s[i - 1]) &&
            islower((unsigned char)s[i - 2]) && islower((unsigned char)s[i - 3])) {
            *pe = i;
            break;
        }
    return 1;
}

static int place_back(const char *s, size_t lo, size_t p, size_t *ps, size_t *pe)
{
    size_t q = p;
    while (q > lo && s[q - 1] == ' ')
        q--;
    size_t own = 0;
    if (q >= lo + 3 && s[q - 1] == 's' && s[q - 2] == '\'')
        own = q - 2;
    else if (q >= lo + 5 && s[q - 1] == 's' && (unsigned char)s[q - 2] == 0x99 &&
             (unsigned char)s[q - 3] == 0x80 && (unsigned char)s[q - 4] == 0xE2)
        own = q - 4;
    if (own) {
        for (int again = 1; again;) {
            again = 0;
            size_t e = own;
            while (e > lo && s[e - 1] == ' ')
                e--;
            for (int k = 0; COUNCIL_WORDS[k]; k++) {
                size_t l = strlen(COUNCIL_WORDS[k]);
                if (e >= lo + l && strncmp(s + e - l, COUNCIL_WORDS[k], l) == 0 &&
                    (e - l == lo || s[e - l - 1] == ' ')) {
                    own = e - l;
                    again = 1;
                    break;
                }
            }
        }
        p = own;
    }
    return place_back_words(s, lo, p, ps, pe) && unglue(s, ps, *pe);
}

static int place_back_words(const char *s, size_t lo, size_t p, size_t *ps, size_t *pe)
{
    size_t start = 0, end = 0;
    /* of_seen: a list "A, B and C" is of places, not "Jo Doe, Head of A and
     * B" */
    int nwords = 0, pend = 0, and_pend = 0, and_seen = 0, of_seen = 0;
    for (int step = 0; step < 24; step++) {
        size_t ts, te;
        int t = tok_back(s, lo, p, &ts, &te);
        int is_and = 0;
        if (t == TOK_WORD && place_word(s, ts, te)) {
            if (nwords == 0)
                end = te;
            start = ts;
            nwords++;
            if (and_pend)
                and_seen = 1;
            pend = and_pend = 0;
            p = ts;
            if (nwords >= 10)
                break;
            continue;
        }
        if (nwords == 0 || pend)
            break;
        if (t == TOK_WORD && connector(s, ts, te, &is_and)) {
            pend = 1;
            and_pend = is_and;
            of_seen |= !is_and;
            p = ts;
            continue;
        }
        if (t == TOK_AMP) {
            pend = and_pend = 1;
            p = ts;
            continue;
        }
        if (t == TOK_COMMA && and_seen && !of_seen) {
            pend = 1;
            p = ts;
            continue;
        }
        break;
    }
    if (!nwords)
        return 0;
    *ps = start;
    *pe = end;
    return 1;
}

/* The place name starting at p: "HMP Thornbury", "in Dunmere & Westholm"
 * (no commas forwards).  Returns 1 with [*ps, *pe), or 0. */
static int place_fwd(const char *s, size_t p, size_t hi, size_t *ps, size_t *pe)
{
    size_t start = 0, end = 0;
    int nwords = 0, pend = 0;
    for (int step = 0; step < 24; step++) {
        size_t ts, te;
        int t = tok_fwd(s, p, hi, &ts, &te);
        int is_and = 0;
        if (t == TOK_WORD && place_word(s, ts, te)) {
            if (nwords == 0)
                start = ts;
            end = te;
            nwords++;
            pend = 0;
            p = te;
            if (nwords >= 10)
                break;
            continue;
        }
        if (nwords == 0 || pend)
            break;
        if ((t == TOK_WORD && connector(s, ts, te, &is_and)) || t == TOK_AMP) {
            pend = 1;
            p = te;
            continue;
        }
        break;
    }
    if (!nwords)
        return 0;
    *ps = start;
    *pe = end;
    return unglue_fwd(s, start, pe);
}

/* Skip blanks from p; if s[p..] then starts with word w (case as given,
 * whole word), return the offset after it, else 0. */
static size_t after_word(const char *s, size_t p, size_t hi, const char *w)
{
    while (p < hi && ix_scan_is_blank(s[p]))
        p++;
    size_t n = strlen(w);
    if (p + n > hi || memcmp(s + p, w, n) != 0)
        return 0;
    if (p + n < hi && wbyte((unsigned char)s[p + n]))
        return 0;
    return p + n;
}

/* Skip blanks from p; if s[p..] then holds the words of phrase (case as
 * given, any run of blanks between them: a hard-wrapped line breaks
 * "National\nProbation Service"), return the offset after them, else 0. */
static size_t after_words(const char *s, size_t p, size_t hi, const char *phrase)
{
    char w[40];
    while (*phrase && p) {
        size_t n = strcspn(phrase, " ");
        if (n >= sizeof w)
            return 0;
        memcpy(w, phrase, n);
        w[n] = '\0';
        p = after_word(s, p, hi, w);
        phrase += n;
        while (*phrase == ' ')
            phrase++;
    }
    return p;
}

/* " (CRC)" right after p: the offset after it, else p. */
static size_t skip_acronym(const char *s, size_t p, size_t hi, char *acr, size_t acrsz)
{
    size_t i = p;
    while (i < hi && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= hi || s[i] != '(')
        return p;
    size_t a = ++i;
    while (i < hi && i - a < 8 && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '&' || s[i] == '/'))
        i++;
    if (i >= hi || s[i] != ')' || i - a < 2)
        return p;
    if (acr) {
        size_t n = i - a < acrsz - 1 ? i - a : acrsz - 1;
        memcpy(acr, s + a, n);
        acr[n] = '\0';
    }
    return i + 1;
}

/* Offset after "'s" at p, or p. */
static size_t skip_poss(const char *s, size_t p, size_t hi)
{
    if (p + 2 <= hi && s[p] == '\'' && s[p + 1] == 's' && (p + 2 == hi || !wbyte((unsigned char)s[p + 2])))
        return p + 2;
    return p;
}

/* Case-sensitive whole-word search of w in s[a..b). */
static int has_word_cs(const char *s, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    if (n == 0)
        return 0;
    for (size_t i = a; i + n <= b; i++) {
        if (memcmp(s + i, w, n) != 0)
            continue;
        if (i > a && wbyte((unsigned char)s[i - 1]))
            continue;
        if (i + n < b && wbyte((unsigned char)s[i + n]))
            continue;
        return 1;
    }
    return 0;
}

/* An arena copy of s[a..b) with runs of white space folded to one space. */
static char *copy_squeezed(ix_arena *ar, const char *s, size_t a, size_t b)
{
    char *out = ix_arena_alloc(ar, b - a + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    int sp = 0;
    for (size_t i = a; i < b; i++) {
        if (ix_scan_is_blank(s[i]) || s[i] == '\r') {
            sp = 1;
            continue;
        }
        if (sp && n)
            out[n++] = ' ';
        sp = 0;
        out[n++] = s[i];
    }
    out[n] = '\0';
    return out;
}

/* ---- candidates and mentions ----------------------------------------- */

typedef struct mention {
    size_t ns, ne;     /* the mention in norm (for a named one, from the place) */
    size_t end;        /* end of what it consumed (acronym included) */
    int cand;
    int full;          /* 2 full name, 1 short or acronym form, 0 generic */
    unsigned role;
    size_t sent;       /* sentence index or (size_t)-1 */
    size_t block;
} mention;

typedef struct cand {
    int type, parent;
    char *place;       /* NULL: a bare candidate ("the CRC") */
    char *area;        /* bare: "the CRC in AREA" */
    const char *noun;  /* how to spell the kind in the name */
    char *alt;         /* acronym place given in brackets: "(BeNCH CRC)" */
    const char *short_given; /* "BeNCH CRC" */
    int anchored;      /* created by a strong form (not only "X division") */
    int strong_form;   /* named once by a form other than a local probation service's */
    int national;      /* a body of NATIONAL_BODIES: its place is its name */
    char *national_acr; /* the acronym given it in brackets: "(NIPS)" */
    int noun_first;    /* "Ysgol Bryn Glas": the noun before the place */
    int detention;     /* a place of DETENTION_HEADS: noun is its head as written */
    int council;       /* a council's service of COUNCIL_SERVICE */
    int council_body;  /* a council of COUNCIL_BODY */
    int bare_place;    /* a place rated by name alone: its name is the place */
    int self;          /* a page's name for itself (find_self): only when nothing else is */
    unsigned roles;    /* OR of its non-passing mentions' roles */
    int npass, nmention, nbody; /* nbody: mentions outside the headline */
    int merged;        /* index merged into, or -1 */
    int selected;
    int subj;          /* index in doc->subjects */
    size_t first, first_full; /* mention indexes, (size_t)-1 when none */
    size_t order;      /* norm offset used to order subjects */
} cand;

typedef struct run {
    const subj_state *st;
    ix_doc *doc;
    ix_err *err;
    IX_VEC(mention) ms;
    IX_VEC(cand) cs;
    size_t title_block;
    size_t lead[8];
    int nlead;
    int seen_pdu, seen_crc_acr;
    int self_rated;    /* the page says it was rated ("we have been rated") */
    int loose;         /* while adding a local probation service's mentions */
    const char *yos_acr;
    const char *noun;  /* while adding a body of OTHER_HEADS: its head as written */
} run;

/* One place written two ways: the same words, "&" standing for "and"
 * ("Fenmarsh & Lyme", "Fenmarsh and Lyme"). */
static int same_place(const char *x, const char *y)
{
    while (*x && *y) {
        if (*x == *y) {
            x++, y++;
        } else if (*x == '&' && strncmp(y, "and", 3) == 0) {
            x++, y += 3;
        } else if (*y == '&' && strncmp(x, "and", 3) == 0) {
            x += 3, y++;
        } else {
            return 0;
        }
    }
    return *x == *y;
}

/* Do two heads of OTHER_HEADS name one kind of body ("Police", "police
 * force"; not "Police", "Fire and Rescue Service")?  By their first word. */
static int same_kind(const char *x, const char *y)
{
    size_t nx = strcspn(x, " "), ny = strcspn(y, " ");
    return nx == ny && strncasecmp(x, y, nx) == 0;
}

static int find_cand(run *r, int type, int parent, const char *place, size_t plen)
{
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        if (c->type != type)
            continue;
        /* one place's police and fire service are two bodies */
        if (type == T_OTHER && r->noun && c->noun && c->place && !same_kind(r->noun, c->noun))
            continue;
        if (!place && !c->place && (type != T_REGION || c->parent == parent))
            return (int)i;
        if (place && c->place && same_place(c->place, place))
            return (int)i;
        if (place && c->alt && strlen(c->alt) == plen && memcmp(c->alt, place, plen) == 0)
            return (int)i;
    }
    return -1;
}

/* Names of nations, which no youth justice service is named after:
 * "youth offending services in England and Wales" are all of them. */
static const char *const NATIONS[] = {
    "England", "Wales", "Welsh", "English", "Scotland", "Scottish", "Britain", "British",
    "UK", "Northern Ireland", "and", "&", NULL,
};

static int national(const char *s, size_t a, size_t b)
{
    while (a < b) {
        size_t ts, te;
        if (tok_fwd(s, a, b, &ts, &te) == TOK_NONE)
            break;
        int known = 0;
        for (int i = 0; NATIONS[i] && !known; i++)
            known = ieq(s, ts, te, NATIONS[i]) ||
                    (strcmp(NATIONS[i], "Northern Ireland") == 0 && ieq(s, ts, te, "Northern"));
        if (!known && !ieq(s, ts, te, "Ireland"))
            return 0;
        a = te;
    }
    return 1;
}

/* A mention of candidate ci at [ns, ne) (scanning resumes at end). */
static mention *push_mention(run *r, int ci, size_t ns, size_t ne, size_t end, int full, int *oom)
{
    mention *m = IX_VEC_PUSH(r->doc->arena, r->ms);
    if (!m) {
        *oom = 1;
        return NULL;
    }
    m->ns = ns;
    m->ne = ne;
    m->end = end > ne ? end : ne;
    m->cand = ci;
    m->full = full;
    return m;
}

/* Add a mention of (type, place) at [ns, ne); place [ps, pe) or ps == pe
 * for a bare one.  Returns the mention or NULL (out of memory, or too many
 * candidates: then the mention is dropped, not an error). */
static mention *add_mention(run *r, int type, int parent, size_t ps, size_t pe, size_t ns,
                            size_t ne, size_t end, int full, int anchored, int *oom)
{
    const char *s = r->doc->norm;
    char *place = NULL;
    size_t plen = 0;
    if (pe > ps) {
        place = copy_squeezed(r->doc->arena, s, ps, pe);
        if (!place) {
            *oom = 1;
            return NULL;
        }
        plen = strlen(place);
    }
    if (r->ms.n >= MAX_MENTIONS)
        return NULL;
    if (type == T_YOS && pe > ps && national(s, ps, pe))
        return NULL;
    int ci = find_cand(r, type, parent, place, plen);
    if (ci < 0) {
        if (!anchored || r->cs.n >= MAX_CANDS)
            return NULL;
        cand *c = IX_VEC_PUSH(r->doc->arena, r->cs);
        if (!c) {
            *oom = 1;
            return NULL;
        }
        c->type = type;
        c->parent = parent;
        c->place = place;
        c->merged = -1;
        c->subj = -1;
        c->first = c->first_full = (size_t)-1;
        ci = (int)(r->cs.n - 1);
    }
    cand *c = &r->cs.items[ci];
    if (anchored)
        c->anchored = 1;
    if (!r->loose)
        c->strong_form = 1;
    if (parent > c->parent)
        c->parent = parent;
    return push_mention(r, ci, ns, ne, end, full, oom);
}

/* " (BeNCH CRC)" at p: the offset after ")" with the acronym in [*as, *ae),
 * or 0. */
static size_t crc_acronym(const char *s, size_t p, size_t hi, size_t *as, size_t *ae)
{
    while (p < hi && (s[p] == ' ' || s[p] == '\t'))
        p++;
    if (p >= hi || s[p] != '(')
        return 0;
    size_t a = ++p;
    while (p < hi && p - a <= 12 && (isalpha((unsigned char)s[p]) || s[p] == '&'))
        p++;
    if (p - a < 2 || p - a > 12 || !(s[a] >= 'A' && s[a] <= 'Z'))
        return 0;
    size_t e = p;
    if (p >= hi || !ix_scan_is_blank(s[p]) || !(p = after_word(s, p, hi, "CRC")) || p >= hi || s[p] != ')')
        return 0;
    *as = a;
    *ae = e;
    return p + 1;
}

/* "in Fenshire" after a bare mention: the area, or NULL. */
static char *area_after(run *r, size_t p, size_t hi)
{
    const char *s = r->doc->norm;
    size_t q = after_word(s, p, hi, "in");
    if (!q)
        q = after_word(s, p, hi, "for");
    if (!q)
        return NULL;
    size_t ps, pe;
    if (!place_fwd(s, q, hi, &ps, &pe))
        return NULL;
    return copy_squeezed(r->doc->arena, s, ps, pe);
}

static void set_area(run *r, mention *m, char *area)
{
    if (!m || !area)
        return;
    cand *c = &r->cs.items[m->cand];
    if (!c->area)
        c->area = area;
}

/* Offices and bodies named after a police force, which are not the force:
 * "Fenshire Police and Crime Commissioner", "the Police, Fire and Crime
 * Commissioner", "Fenshire Police Federation".  Extend here. */
static const char *const POLICE_OFFICES[] = {
    "and Crime Commissioner", "and Crime Commissioners", "and Crime Panel", ", Fire and Crime",
    "Fire and Crime", "Federation", NULL,
};

/* Is the head [ks, ke) "Police" followed by one of POLICE_OFFICES? */
static int police_office(const char *s, size_t ks, size_t ke, size_t hi)
{
    if (ke - ks != 6 || strncmp(s + ks, "Police", 6) != 0)
        return 0;
    for (int i = 0; POLICE_OFFICES[i]; i++) {
        const char *o = POLICE_OFFICES[i];
        size_t p = ke;
        if (*o == ',') {
            if (p >= hi || s[p] != ',')
                continue;
            p++, o += 2;
        }
        if (after_words(s, p, hi, o))
            return 1;
    }
    return 0;
}

/* Where the words "local authority" ("Local Authority") right before p
 * start, or p: "Leeds local authority children's services" are Leeds's. */
static size_t authority_back(const char *s, size_t lo, size_t p)
{
    size_t as, ae, ls, le;
    if (tok_back(s, lo, p, &as, &ae) == TOK_WORD && ieq(s, as, ae, "authority") &&
        tok_back(s, lo, as, &ls, &le) == TOK_WORD && ieq(s, ls, le, "local"))
        return ls;
    return p;
}

/* Where the last of a list of bodies of one head starts in the place
 * [ps, pe) read before the head [ks, ke): "Oakvale School and Fenby
 * Primary School" is two schools, the second "Fenby". */
static size_t after_same_head(const char *s, size_t ps, size_t pe, size_t ks, size_t ke)
{
    size_t hs = ke; /* the head's last word */
    while (hs > ks && s[hs - 1] != ' ')
        hs--;
    size_t start = ps, ts, te, p = ps, prev_s = 0, prev_e = 0;
    int t;
    while ((t = tok_fwd(s, p, pe, &ts, &te)) != TOK_NONE) {
        int is_and;
        if ((t == TOK_AMP || (t == TOK_WORD && connector(s, ts, te, &is_and) && is_and)) && prev_e > prev_s &&
            prev_e - prev_s == ke - hs && memcmp(s + prev_s, s + hs, ke - hs) == 0)
            start = ix_scan_skip_blanks(s, te, pe);
        prev_s = ts, prev_e = te;
        p = te;
    }
    return start;
}

/* Does "a" or "an" stand right before p ("a Kent prison")? */
static int after_indefinite(const char *s, size_t lo, size_t p)
{
    size_t ts, te;
    return tok_back(s, lo, p, &ts, &te) == TOK_WORD && (ieq(s, ts, te, "a") || ieq(s, ts, te, "an"));
}

/* Heads of OTHER_HEADS that also name their body by the place after "in"
 * ("children's services in Marlcombe", "police custody suites in Fenshire"):
 * the lower-case first words of the head.  Extend here. */
static const char *const HEADS_THEN_IN[] = {"children", "police", "court", NULL};

static int head_then_in(const char *s, size_t ks, size_t ke)
{
    size_t we = ks;
    while (we < ke && wbyte((unsigned char)s[we]))
        we++;
    for (int i = 0; HEADS_THEN_IN[i]; i++)
        if (ieq(s, ks, we, HEADS_THEN_IN[i]) && (s[ks] >= 'a' || i == 0))
            return 1;
    return 0;
}

/* A body of OTHER_HEADS at [ks, ke) (of OTHER_HEADS_FIRST when first):
 * named by the capitalised words before it ("Larwood Surgery"), children's
 * services and custody suites also by those after "in" ("children's
 * services in Marlcombe", HEADS_THEN_IN),
 * a head of OTHER_HEADS_FIRST by those after it ("Ysgol Bryn Glas"); a head
 * alone ("the school") names nobody. */
static size_t on_other_body(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int first, int *oom)
{
    const char *s = r->doc->norm;
    size_t ps, pe, q;
    mention *m = NULL;
    if (police_office(s, ks, ke, hi))
        return ke;
    int children = ke - ks > 8 && ieq(s, ks, ks + 8, "children");
    char *noun = copy_squeezed(r->doc->arena, s, ks, ke);
    if (!noun) {
        *oom = 1;
        return ke;
    }
    r->noun = noun;
    if (first) {
        size_t ts, te;
        /* "University Hospitals of Fenmarsh NHS Trust": the trust's head
         * after the place names it */
        if (place_fwd(s, ke, hi, &ps, &pe) &&
            !(tok_fwd(s, pe, hi, &ts, &te) == TOK_WORD && s[ts] >= 'A' && s[ts] <= 'Z'))
            m = add_mention(r, T_OTHER, 0, ps, pe, ks, pe, pe, 2, 1, oom);
    } else if (place_back(s, lo, children ? authority_back(s, lo, ks) : ks, &ps, &pe)) {
        /* "a Kent care home", "A FAILING nursing home": where it is, or
         * what it is like, before a head in lower case; not its name */
        if (s[ks] >= 'a' && s[ks] <= 'z' && after_indefinite(s, lo, ps)) {
            r->noun = NULL;
            return ke;
        }
        ps = after_same_head(s, ps, pe, ks, ke);
        /* "English children's services" are all of them */
        if (!(children && national(s, ps, pe)))
            m = add_mention(r, T_OTHER, 0, ps, pe, ps, ke, ke, 2, 1, oom);
    } else if (head_then_in(s, ks, ke) && (q = after_word(s, ke, hi, "in")) && place_fwd(s, q, hi, &ps, &pe) &&
               !national(s, ps, pe)) {
        m = add_mention(r, T_OTHER, 0, ps, pe, ks, pe, pe, 2, 1, oom);
    }
    r->noun = NULL;
    if (m && !r->cs.items[m->cand].noun) {
        r->cs.items[m->cand].noun = noun;
        r->cs.items[m->cand].noun_first = first;
        /* "Fenshire Social Services": a council's, as COUNCIL_SERVICE */
        r->cs.items[m->cand].council = strncmp(noun, "Social", 6) == 0;
    }
    return m ? m->end : ke;
}

/* Nouns after "prison" that make it a nation's or a region's prisons, not
 * one prison: "the Fenland prison service", "the Fenland prison estate".
 * Extend here. */
static const char *const PRISON_SYSTEM_NOUNS[] = {
    "service", "services", "system", "systems", "estate", "population", "Service", NULL,
};

static int prison_system_after(const char *s, size_t p, size_t hi)
{
    size_t ts, te;
    if (tok_fwd(s, p, hi, &ts, &te) != TOK_WORD)
        return 0;
    for (int i = 0; PRISON_SYSTEM_NOUNS[i]; i++)
        if (te - ts == strlen(PRISON_SYSTEM_NOUNS[i]) && memcmp(s + ts, PRISON_SYSTEM_NOUNS[i], te - ts) == 0)
            return 1;
    return 0;
}

/* Kinds of inspection that a report's heading puts before "Prison
 * Inspection" ("HMP Fenwick: Full Prison Inspection" names no prison
 * "Full"; "Full Sutton" still is one: two words).  Extend here. */
static const char *const INSPECTION_KINDS[] = {
    "Full", "Short", "Unannounced", "Announced", "Joint", "Thematic", "Scrutiny", "Follow-up",
    "Independent", "Themed", "Focused", "Rapid", "Expanded", NULL,
};
static const char *const INSPECTION_NOUNS[] = {"Inspection", "Inspections", "inspection", "inspections",
                                               "Report", "report", "Review", "review", NULL};

/* Is [ps, pe) one word of INSPECTION_KINDS before a prison keyword ending
 * at ke that an inspection's noun follows ("Full Prison Inspection")? */
static int inspection_kind_before(const char *s, size_t ps, size_t pe, size_t ke, size_t hi)
{
    size_t ts, te;
    int kind = 0, noun = 0;
    for (int i = 0; INSPECTION_KINDS[i] && !kind; i++)
        kind = cmp_word(s, ps, pe, INSPECTION_KINDS[i]) == 0;
    if (!kind || tok_fwd(s, ke, hi, &ts, &te) != TOK_WORD)
        return 0;
    for (int i = 0; INSPECTION_NOUNS[i] && !noun; i++)
        noun = cmp_word(s, ts, te, INSPECTION_NOUNS[i]) == 0;
    return noun;
}

/* Words for a kind of prison that stand between its name and "prison"
 * ("Thornbury women's prison").  Extend here. */
static const char *const PRISON_KINDS[] = {
    "women's", "women\xE2\x80\x99s", "men's", "men\xE2\x80\x99s", "female", "male", "women",
    "open", "local", "training", "resettlement", "private", "juvenile", "youth", NULL,
};

/* Where a word of PRISON_KINDS right before p starts, or p. */
static size_t prison_kind_back(const char *s, size_t lo, size_t p)
{
    size_t e = p;
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    size_t a = e;
    while (a > lo && (wbyte((unsigned char)s[a - 1]) || s[a - 1] == '\''))
        a--;
    for (int i = 0; a < e && PRISON_KINDS[i]; i++)
        if (ieq(s, a, e, PRISON_KINDS[i]))
            return a;
    return p;
}

/* A head of OTHER_BARE at [ks, ke) after "the" or "our": a bare body of
 * another inspectorate, named as written ("our Trust"). */
static size_t on_bare_other(run *r, size_t ks, size_t ke, size_t lo, int *oom)
{
    const char *s = r->doc->norm;
    size_t ts, te;
    if (tok_back(s, lo, ks, &ts, &te) != TOK_WORD || !(ieq(s, ts, te, "the") || ieq(s, ts, te, "our")))
        return ke;
    mention *m = add_mention(r, T_OTHER, 0, 0, 0, ts, ke, ke, 0, 1, oom);
    if (m && !r->cs.items[m->cand].noun) {
        r->cs.items[m->cand].noun = copy_squeezed(r->doc->arena, s, ts, ke);
        if (!r->cs.items[m->cand].noun)
            *oom = 1;
    }
    return ke;
}

/* A place of detention of DETENTION_HEADS at [ks, ke): named by the
 * capitalised words before the head ("Fenmoor House immigration removal
 * centre", "Fenmoor IRC"), or after "at" ("the holding facility at Larch
 * House").  A plural head names several only before "at" ("the short-term
 * holding facilities at Larch House" is one place); a head alone names
 * nobody. */
static size_t on_detention(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    size_t ps, pe, q;
    mention *m = NULL;
    int acronym = ke - ks == 3 && s[ks + 1] >= 'A' && s[ks + 1] <= 'Z';
    if (acronym && ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
        return ke;
    int plural = !acronym && (s[ke - 1] == 's' || s[ke - 1] == 'S');
    if (!plural && place_back(s, lo, ks, &ps, &pe))
        m = add_mention(r, T_PRISON, 0, ps, pe, ps, ke, ke, acronym ? 1 : 2, 1, oom);
    else if (!acronym && (q = after_word(s, ke, hi, "at")) && place_fwd(s, q, hi, &ps, &pe))
        m = add_mention(r, T_PRISON, 0, ps, pe, ks, pe, pe, 2, 1, oom);
    if (m && !r->cs.items[m->cand].noun) {
        const char *noun = acronym ? (s[ks] == 'I' ? "Immigration Removal Centre" : "Secure Training Centre")
                                   : copy_squeezed(r->doc->arena, s, ks, ke);
        if (!noun)
            *oom = 1;
        r->cs.items[m->cand].noun = noun;
        r->cs.items[m->cand].detention = 1;
    }
    return m ? m->end : ke;
}

static size_t on_keyword(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom);

static int prisons_document(const ix_doc *doc);

/* A head of RESIDENCE_HEADS at [ks, ke): a place of detention in a prisons
 * inspectorate's document, else a body of another inspectorate (a care
 * home), named by the capitalised words before it. */
static size_t on_residence(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    size_t ps, pe;
    const char *s = r->doc->norm;
    /* a line of an address: "Larch House, 6th floor, 30 Marl Street" */
    size_t p = ke;
    while (p < hi && (s[p] == ' ' || s[p] == ',' || s[p] == '\n'))
        p++;
    if (p < hi && isdigit((unsigned char)s[p]))
        return ke;
    if (!prisons_document(r->doc))
        return on_other_body(r, ks, ke, lo, hi, 0, oom);
    if (!place_back(r->doc->norm, lo, ks, &ps, &pe))
        return ke;
    /* the whole name is the place, as DETENTION_HEADS read it before their
     * head ("Fenwick House immigration removal centre"): one body */
    mention *m = add_mention(r, T_PRISON, 0, ps, ke, ps, ke, ke, 2, 1, oom);
    if (!m)
        return ke;
    r->cs.items[m->cand].detention = 1;
    return m->end;
}

/* The kind of body a plural head of PLURAL_HEADS names, by the start of
 * the head as written, and the noun of each body's name (for `other`). */
static const struct { const char *head; int type; const char *noun; } PLURAL_KINDS[] = {
    {"PDU", T_PDU, NULL},     {"probation", T_PDU, NULL}, {"CRC", T_CRC, NULL},
    {"community", T_CRC, NULL}, {"YOT", T_YOS, "Youth Offending Team"},
    {"youth", T_YOS, "Youth Offending Team"}, {"police", T_OTHER, "Police"},
    {"fire", T_OTHER, "Fire and Rescue Service"},
};

/* A list of places ending right before p (backwards) or starting at p
 * (forwards): place words, "and", "&", "of", "on", "upon" and commas
 * between them ("Fenshire, Marlcombe, and Dunmere and Westholm").
 * Returns 1 with [*ls, *le), or 0. */
static int place_list(const char *s, size_t lo, size_t hi, size_t p, int fwd, size_t *ls, size_t *le)
{
    size_t first = 0, last = 0, ts, te;
    int nwords = 0, pend = 0;
    for (int step = 0; step < 40; step++) {
        int t = fwd ? tok_fwd(s, p, hi, &ts, &te) : tok_back(s, lo, p, &ts, &te);
        int is_and;
        if (t == TOK_WORD && place_word(s, ts, te)) {
            if (nwords++ == 0)
                first = fwd ? ts : te;
            last = fwd ? te : ts;
            pend = 0;
        } else if (nwords && (t == TOK_COMMA || t == TOK_AMP ||
                              (t == TOK_WORD && connector(s, ts, te, &is_and)))) {
            pend = 1;
        } else {
            break;
        }
        p = fwd ? te : ts;
    }
    (void)pend;
    if (!nwords)
        return 0;
    *ls = fwd ? first : last;
    *le = fwd ? last : first;
    return 1;
}

/* Split the list [ls, le) into its places: at commas (", and" too), and
 * the last part once more at its first "and" unless a comma opened it
 * ("Fenshire, Marlcombe and Dunmere and Westholm": the last is "Dunmere and
 * Westholm"; "Ashby and Lyme"; not "Fenshire, and Dunmere and Westholm").  Writes
 * up to cap [start, end) pairs; returns how many. */
static int split_places(const char *s, size_t ls, size_t le, size_t (*out)[2], int cap)
{
    int n = 0;
    size_t a = ls;
    for (size_t i = ls; i <= le && n < cap; i++) {
        if (i < le && s[i] != ',')
            continue;
        size_t b = i;
        while (b > a && ix_scan_is_blank(s[b - 1]))
            b--;
        size_t ts, te;
        int oxford = 0; /* ", and Dunmere and Westholm": the comma was the split */
        if (tok_fwd(s, a, b, &ts, &te) == TOK_WORD && ieq(s, ts, te, "and")) {
            a = ix_scan_skip_blanks(s, te, b);
            oxford = 1;
        }
        if (i == le && !oxford) {
            /* the last part: split once at its first "and" or "&" */
            for (size_t j = a; j < b; j++) {
                int amp = s[j] == '&';
                if (!amp && !(j > a && s[j - 1] == ' ' && j + 4 < b && memcmp(s + j, "and ", 4) == 0))
                    continue;
                size_t e1 = j;
                while (e1 > a && s[e1 - 1] == ' ')
                    e1--;
                if (e1 > a && n < cap) {
                    out[n][0] = a, out[n][1] = e1, n++;
                    a = ix_scan_skip_blanks(s, j + (amp ? 1 : 3), b);
                }
                break;
            }
        }
        if (b > a && n < cap)
            out[n][0] = a, out[n][1] = b, n++;
        a = ix_scan_skip_blanks(s, i + 1, le);
    }
    return n;
}

/* A plural head of PLURAL_HEADS at [ks, ke) after a list of places
 * ("Ashby, Lyme and Fenmarsh PDUs") or before "in" and one ("the probation
 * units in Ashby and Lyme"): a mention of each place's body, the first of
 * the head-first form starting at the head (so that "inspecting the
 * probation units in" is read before it).  Fewer than two places name
 * nobody ("Exmoor and other CRCs", "the 21 CRCs"). */
static size_t on_plural(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    int type = -1;
    const char *noun = NULL;
    for (size_t i = 0; i < sizeof PLURAL_KINDS / sizeof PLURAL_KINDS[0] && type < 0; i++) {
        size_t n = strlen(PLURAL_KINDS[i].head);
        if (ke - ks >= n && strncasecmp(s + ks, PLURAL_KINDS[i].head, n) == 0 &&
            (PLURAL_KINDS[i].head[0] < 'A' || PLURAL_KINDS[i].head[0] > 'Z' || s[ks] == PLURAL_KINDS[i].head[0]))
            type = PLURAL_KINDS[i].type, noun = PLURAL_KINDS[i].noun;
    }
    size_t ls = 0, le = 0, q, end = ke;
    int head_first = 0, n = 0;
    size_t parts[12][2];
    if (type >= 0 && place_list(s, lo, hi, ks, 0, &ls, &le))
        n = split_places(s, ls, le, parts, 12);
    else if (type >= 0 && (q = after_word(s, ke, hi, "in")) && place_list(s, lo, hi, q, 1, &ls, &le)) {
        n = split_places(s, ls, le, parts, 12);
        head_first = 1;
        end = le;
    }
    if (n < 2) /* "youth offending teams in Lyme" stay descriptive */
        return s[ks] == 'y' || s[ks] == 'Y' ? on_keyword(r, ks, ke, lo, hi, oom) : ke;
    r->noun = noun;
    for (int i = 0; i < n; i++) {
        size_t ns = head_first && i == 0 ? ks : parts[i][0];
        size_t ne = head_first ? parts[i][1] : i == n - 1 ? ke : parts[i][1];
        mention *m = add_mention(r, type, 0, parts[i][0], parts[i][1], ns, ne, ne, 1, 1, oom);
        if (m && noun && !r->cs.items[m->cand].noun)
            r->cs.items[m->cand].noun = noun;
        if (*oom)
            break;
    }
    r->noun = NULL;
    return end > ke ? end : ke;
}

/* A council's service of COUNCIL_SERVICE at [ks, ke) ("Council's adult
 * learning service"): named by the council's place and the service as
 * written ("Fenshire adult learning service"); a council with no place
 * before it ("the Council's ...") names nobody. */
static size_t on_council_service(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    size_t ps, pe, svc = ks + 7; /* after "Council" */
    (void)hi;
    svc += s[svc] == '\'' ? 2 : 4; /* "'s" or "\u2019s" */
    if (!place_back(s, lo, svc, &ps, &pe))
        return ke;
    char *noun = copy_squeezed(r->doc->arena, s, ix_scan_skip_blanks(s, svc, ke), ke);
    if (!noun) {
        *oom = 1;
        return ke;
    }
    r->noun = noun;
    mention *m = add_mention(r, T_OTHER, 0, ps, pe, ps, ke, ke, 2, 1, oom);
    r->noun = NULL;
    if (m && !r->cs.items[m->cand].noun) {
        r->cs.items[m->cand].noun = noun;
        r->cs.items[m->cand].council = 1;
    }
    return ke;
}

/* A council of COUNCIL_BODY at [ks, ke) after its place ("Calderdale
 * MBC"): named as written (its possessive, "Fenshire Council's youth
 * team", names the owner of another body: COUNCIL_BODY refuses it). */
static size_t on_council_body(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    size_t ps, pe;
    (void)hi;
    if (!place_back_words(s, lo, ks, &ps, &pe))
        return ke;
    char *noun = copy_squeezed(r->doc->arena, s, ks, ke);
    if (!noun) {
        *oom = 1;
        return ke;
    }
    r->noun = noun;
    mention *m = add_mention(r, T_OTHER, 0, ps, pe, ps, ke, ke, 2, 1, oom);
    r->noun = NULL;
    if (m && !r->cs.items[m->cand].noun)
        r->cs.items[m->cand].noun = noun;
    if (m)
        r->cs.items[m->cand].council_body = 1;
    return ke;
}

/* A body of NATIONAL_BODIES at [ks, ke): its name is the whole match
 * ("the Crown Prosecution Service (CPS)"). */
static size_t on_national_body(run *r, size_t ks, size_t ke, size_t hi, int *oom)
{
    char acr[10] = "";
    size_t ts, te;
    /* "Crown Prosecution Service Inspectorate", "the 14 Crown Prosecution
     * Service Areas": the name goes on to another body, or to its parts */
    if (tok_fwd(r->doc->norm, ke, hi, &ts, &te) == TOK_WORD && r->doc->norm[ts] >= 'A' &&
        r->doc->norm[ts] <= 'Z' && !is_stop(r->doc->norm, ts, te))
        return te;
    if (tok_fwd(r->doc->norm, ke, hi, &ts, &te) == TOK_WORD && ieq(r->doc->norm, ts, te, "Inspectorate"))
        return te;
    size_t after = skip_acronym(r->doc->norm, ke, hi, acr, sizeof acr);
    mention *m = add_mention(r, T_OTHER, 0, ks, ke, ks, ke, after, 2, 1, oom);
    if (m) {
        cand *c = &r->cs.items[m->cand];
        c->national = 1;
        if (acr[0] && !c->national_acr && !(c->national_acr = copy_squeezed(r->doc->arena, acr, 0, strlen(acr))))
            *oom = 1;
    }
    return after;
}

/* A national body is named on by the acronym it was given in brackets
 * ("the Fenland Prison Service (FPS) ... the work of the FPS"): each later
 * whole-word use of it, in its case, is a mention of the body, so that
 * what is said of "the FPS" is said of it. */
static void national_acronyms(run *r, int *oom)
{
    const char *s = r->doc->norm;
    size_t ncand = r->cs.n;
    for (size_t i = 0; i < ncand && !*oom; i++) {
        const char *acr = r->cs.items[i].national_acr;
        if (!acr)
            continue;
        size_t n = strlen(acr), from = 0;
        const char *hit;
        while (from < r->doc->norm_len &&
               (hit = memmem(s + from, r->doc->norm_len - from, acr, n)) != NULL) {
            size_t a = (size_t)(hit - s), b = a + n;
            from = b;
            if ((a > 0 && (wbyte((unsigned char)s[a - 1]) || s[a - 1] == '(')) ||
                (b < r->doc->norm_len && wbyte((unsigned char)s[b])))
                continue;
            if (r->doc->title.text && a < r->doc->title.norm.start)
                continue;
            if (r->ms.n >= MAX_MENTIONS || !push_mention(r, (int)i, a, b, b, 1, oom))
                break;
        }
    }
}

/* Is the region named at [ps, ke) ("Moorland region") probation's: the
 * word after it is "probation" ("Moorland region probation services"), or
 * "probation service(s) in/across/for (the)" stands before it? */
static int probation_region(const char *s, size_t lo, size_t hi, size_t ps, size_t ke)
{
    size_t ts, te;
    if (tok_fwd(s, ke, hi, &ts, &te) == TOK_WORD && ieq(s, ts, te, "probation"))
        return 1;
    if (tok_back(s, lo, ps, &ts, &te) != TOK_WORD)
        return 0;
    if (ieq(s, ts, te, "the") && tok_back(s, lo, ts, &ts, &te) != TOK_WORD)
        return 0;
    if (!(ieq(s, ts, te, "in") || ieq(s, ts, te, "across") || ieq(s, ts, te, "for")) ||
        tok_back(s, lo, ts, &ts, &te) != TOK_WORD ||
        !(ieq(s, ts, te, "services") || ieq(s, ts, te, "service")))
        return 0;
    return tok_back(s, lo, ts, &ts, &te) == TOK_WORD && ieq(s, ts, te, "probation");
}

/* The regions of the unified Probation Service (2021 on), by their
 * places: "Kent, Surrey and Sussex probation service" is a region,
 * "Fenmarsh probation service" a probation delivery unit.  Extend here. */
static const char *const PROBATION_REGIONS[] = {
    "North East", "North West", "Yorkshire and the Humber", "Yorkshire and Humber",
    "Greater Manchester", "East Midlands", "West Midlands", "East of England", "London",
    "Kent, Surrey and Sussex", "South West", "South Central", "Wales", NULL,
};

/* Words that name a kind, not a place, before "probation service":
 * "Adult probation services", "Local probation services".  Extend here. */
static const char *const NOT_PROBATION_PLACES[] = {
    "Adult", "Adults", "Youth", "Women", "Community", "Regional", "County", "City", "Town",
    "Country", "Prison", "Prisons", "Court", "Courts", NULL,
};

/* Do s[a, b) and w spell one place, commas aside and "&" for "and"
 * ("Kent, Surrey & Sussex", "Kent Surrey and Sussex")? */
static int same_words(const char *s, size_t a, size_t b, const char *w)
{
    size_t ts, te, i = 0, n = strlen(w);
    while (tok_fwd(s, a, b, &ts, &te) != TOK_NONE) {
        while (i < n && (w[i] == ' ' || w[i] == ','))
            i++;
        size_t j = i;
        while (j < n && w[j] != ' ' && w[j] != ',')
            j++;
        if (s[ts] == ',') {
            a = te;
            continue;
        }
        int amp = s[ts] == '&' && j - i == 3 && memcmp(w + i, "and", 3) == 0;
        if (i == j || (!amp && (te - ts != j - i || memcmp(s + ts, w + i, j - i) != 0)))
            return 0;
        i = j;
        a = te;
    }
    while (i < n && (w[i] == ' ' || w[i] == ','))
        i++;
    return i == n;
}

static int probation_region_place(const char *s, size_t a, size_t b)
{
    for (int i = 0; PROBATION_REGIONS[i]; i++)
        if (same_words(s, a, b, PROBATION_REGIONS[i]))
            return 1;
    return 0;
}

/* One local probation service's mention at place [ps, pe), name [ns, ne):
 * a region of PROBATION_REGIONS, else a PDU; no nation ("England and
 * Wales probation service"), no word of NOT_PROBATION_PLACES alone.
 * anchored 0: it only joins a body named otherwise. */
static void add_local_probation(run *r, size_t ps, size_t pe, size_t ns, size_t ne, int anchored, int *oom)
{
    const char *s = r->doc->norm;
    int region = probation_region_place(s, ps, pe);
    if (!region && national(s, ps, pe))
        return;
    for (int i = 0; NOT_PROBATION_PLACES[i]; i++)
        if (ieq(s, ps, pe, NOT_PROBATION_PLACES[i]))
            return;
    r->loose = 1;
    add_mention(r, region ? T_REGION : T_PDU, region ? P_PS : 0, ps, pe, ns, ne, ne, 0, anchored, oom);
    r->loose = 0;
}

/* A local probation service named by its place, as the unified Probation
 * Service (2021 on) and the news write of its delivery units: "Fenmarsh
 * probation service", "Fenmarsh's probation service", "Ashby and Lyme
 * probation services" (one per place), "the probation service for (or in)
 * Fenmarsh", "probation services in Ashby and Lyme"; a plural after one
 * place ("Fenmarsh probation services") only joins a body named
 * otherwise.  Each is loose: select_cands drops it in a document that
 * names a CRC or the NPS (before 2021 an area's probation services were
 * its CRC and the NPS division). */
static size_t on_local_probation(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    int plural = s[ke - 1] == 's';
    size_t ls, le, q, p = ks, ts, te;
    /* "Kent, Surrey and Sussex (KSS) probation service": the acronym skipped */
    size_t b = ks;
    while (b > lo && s[b - 1] == ' ')
        b--;
    if (b > lo && s[b - 1] == ')') {
        size_t o = b - 1;
        while (o > lo && b - o < 10 && s[o - 1] >= 'A' && s[o - 1] <= 'Z')
            o--;
        if (o > lo && o < b - 2 && s[o - 1] == '(')
            p = o - 1;
    }
    int back = place_back(s, lo, p, &ls, &le);
    if (!back) {
        size_t after = skip_acronym(s, ke, hi, NULL, 0);
        if (!(q = after_word(s, after, hi, "in")) && !(q = after_word(s, after, hi, "for")) &&
            !(q = after_word(s, after, hi, "across")))
            return ke;
        size_t q2 = after_word(s, q, hi, "the");
        if (!place_list(s, lo, hi, q2 ? q2 : q, 1, &ls, &le))
            return ke;
        /* "probation services in the Moorland region" are the region's,
         * "in Ashby and Lyme PDU" the unit's: a name goes on after the place */
        if (tok_fwd(s, le, hi, &ts, &te) == TOK_WORD &&
            ((s[ts] >= 'A' && s[ts] <= 'Z') || ieq(s, ts, te, "region")))
            return ke;
    }
    size_t ns = back ? ls : ks, ne = back ? ke : le;
    if (national(s, ls, le) && !probation_region_place(s, ls, le))
        return back ? ke : le; /* "probation services in England and Wales" */
    /* "probation services in Kent, Surrey and Sussex" are the region's;
     * "three London probation services" are some of its units */
    if (!plural || (!back && probation_region_place(s, ls, le))) {
        add_local_probation(r, ls, le, ns, ne, 1, oom);
        return back ? ke : le;
    }
    size_t parts[12][2];
    int n = split_places(s, ls, le, parts, 12);
    for (int i = 0; i < n && !*oom; i++)
        add_local_probation(r, parts[i][0], parts[i][1], n > 1 ? parts[i][0] : ns,
                            n > 1 ? parts[i][1] : ne, n > 1, oom);
    return back ? ke : le;
}

/* Does the word before p hold a small letter ("Lyme", not "OF")? */
static int lower_word_before(const char *s, size_t lo, size_t p)
{
    size_t ts, te;
    if (tok_back(s, lo, p, &ts, &te) != TOK_WORD)
        return 0;
    for (size_t i = ts; i < te; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 1;
    return 0;
}

/* Handle one keyword hit [ks, ke) inside block bounds [lo, hi).  Returns
 * the offset scanning resumes at, or 0 on out of memory. */
static size_t on_keyword(run *r, size_t ks, size_t ke, size_t lo, size_t hi, int *oom)
{
    const char *s = r->doc->norm;
    size_t ps, pe, q;
    mention *m = NULL;
    char c0 = s[ks];

    if ((c0 == 'C' || c0 == 'c') && (s[ks + 1] == 'o' || s[ks + 1] == 'O')) { /* Community Rehabilitation Company */
        size_t after = skip_acronym(s, ke, hi, NULL, 0);
        if (place_back(s, lo, ks, &ps, &pe)) {
            size_t as = 0, ae = 0, close = crc_acronym(s, after, hi, &as, &ae);
            m = add_mention(r, T_CRC, 0, ps, pe, ps, ke, close ? close : after, 2, 1, oom);
            if (m && close && !r->cs.items[m->cand].alt) {
                cand *c = &r->cs.items[m->cand];
                c->alt = copy_squeezed(r->doc->arena, s, as, ae);
                c->short_given = copy_squeezed(r->doc->arena, s, as, close - 1);
                if (!c->alt || !c->short_given)
                    *oom = 1;
            }
            if (close)
                return close;
        } else {
            m = add_mention(r, T_CRC, 0, 0, 0, ks, ke, after, 2, 1, oom);
            set_area(r, m, area_after(r, after, hi));
        }
        return after;
    }
    if (c0 == 'C') { /* CRC */
        if (ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
            return ke;
        r->seen_crc_acr = 1;
        if (place_back(s, lo, ks, &ps, &pe))
            m = add_mention(r, T_CRC, 0, ps, pe, ps, ke, ke, 1, 1, oom);
        else {
            m = add_mention(r, T_CRC, 0, 0, 0, ks, ke, ke, 0, 1, oom);
            set_area(r, m, area_after(r, ke, hi));
        }
        return ke;
    }
    if (c0 == 'N' || c0 == 'n') { /* National Probation Service (any case), NPS */
        int full = s[ks + 1] != 'P';
        if (!full && ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
            return ke;
        size_t after = full ? skip_acronym(s, ke, hi, NULL, 0) : ke;
        size_t p2 = skip_poss(s, after, hi);
        if (place_fwd(s, p2, hi, &ps, &pe)) {
            size_t u = after_word(s, pe, hi, "division");
            if (!u) u = after_word(s, pe, hi, "Division");
            if (!u) u = after_word(s, pe, hi, "region");
            /* "NPS Wales", "NPS North West": a division named by the
             * acronym and its place alone */
            if (!u && !full && p2 == after && ps == after + 1 && s[after] == ' ')
                u = pe;
            if (u) {
                m = add_mention(r, T_REGION, P_NPS, ps, pe, ks, u, u, 2, 1, oom);
                return u;
            }
        }
        m = add_mention(r, T_NPS, 0, 0, 0, ks, ke, after, full ? 2 : 1, 1, oom);
        set_area(r, m, area_after(r, after, hi));
        return after;
    }
    if ((c0 == 'P' || c0 == 'p') && ke - ks > 10 && ix_scan_ieq(s, ks, ks + 9, "probation") &&
        s[ix_scan_skip_blanks(s, ks + 9, ke)] == 's') /* "Fenmarsh probation service" */
        return on_local_probation(r, ks, ke, lo, hi, oom);
    if (c0 == 'P' && (s[ks + 10] == 'S' || s[ks + 10] == 'T')) { /* Probation Service / Trust */
        if (s[ks + 10] == 'T') {
            if (place_back(s, lo, ks, &ps, &pe)) {
                mention *mm = add_mention(r, T_OTHER, 0, ps, pe, ps, ke, ke, 2, 1, oom);
                if (mm && !r->cs.items[mm->cand].noun)
                    r->cs.items[mm->cand].noun = "Probation Trust";
            }
            return ke;
        }
        /* "HM Prison and Probation Service" is not a body inspected here */
        if (ks >= lo + 11 && strncmp(s + ks - 11, "Prison and ", 11) == 0)
            return ke;
        size_t p2 = skip_poss(s, ke, hi);
        while (p2 < hi && (s[p2] == ' ' || s[p2] == '-' || s[p2] == ':'))
            p2++;
        if (place_fwd(s, p2, hi, &ps, &pe)) {
            size_t u = after_word(s, pe, hi, "region");
            if (!u) u = after_word(s, pe, hi, "Region");
            if (!u) u = after_word(s, pe, hi, "division");
            if (u) {
                add_mention(r, T_REGION, P_PS, ps, pe, ks, u, u, 2, 1, oom);
                return u;
            }
        }
        return ke;
    }
    if (c0 == 'd' || c0 == 'D' || c0 == 'r' || c0 == 'R') { /* division, region */
        if (c0 == 'r' || c0 == 'R') {
            /* "Moorland probation region" */
            size_t ts, te;
            if (tok_back(s, lo, ks, &ts, &te) == TOK_WORD && ieq(s, ts, te, "probation") &&
                place_back(s, lo, ts, &ps, &pe)) {
                add_mention(r, T_REGION, P_NONE, ps, pe, ps, ke, ke, 2, 1, oom);
                return ke;
            }
        }
        if (!place_back(s, lo, ks, &ps, &pe))
            return ke;
        /* "Moorland region probation services", "probation services in the
         * Moorland region": a region of the Probation Service */
        if ((c0 == 'r' || c0 == 'R') && probation_region(s, lo, hi, ps, ke)) {
            add_mention(r, T_REGION, P_PS, ps, pe, ps, ke, ke, 2, 1, oom);
            return ke;
        }
        /* "Avon division of the National Probation Service" */
        q = after_word(s, ke, hi, "of");
        if (q) {
            size_t q2 = after_word(s, q, hi, "the");
            if (q2)
                q = q2;
            size_t u = 0;
            int parent = P_NPS;
            if ((u = after_word(s, q, hi, "NPS")) == 0) {
                size_t e;
                if ((e = after_words(s, q, hi, "National Probation Service")) != 0)
                    u = skip_acronym(s, e, hi, NULL, 0);
                else if ((e = after_words(s, q, hi, "Probation Service")) != 0) {
                    u = e;
                    parent = P_PS;
                }
            }
            if (u) {
                add_mention(r, T_REGION, parent, ps, pe, ps, ke, u, 2, 1, oom);
                return u;
            }
        }
        /* a weak form: only joins a region named elsewhere */
        add_mention(r, T_REGION, P_NONE, ps, pe, ps, ke, ke, 1, 0, oom);
        return ke;
    }
    if ((c0 == 'p' || c0 == 'P') && (s[ks + 1] == 'r' || s[ks + 1] == 'R') && ke - ks > 8 &&
        (s[ks + 10] == 'd' || s[ks + 10] == 'D')) { /* probation delivery unit */
        size_t after = skip_acronym(s, ke, hi, NULL, 0);
        if (place_back(s, lo, ks, &ps, &pe))
            add_mention(r, T_PDU, 0, ps, pe, ps, ke, after, 2, 1, oom);
        else if ((q = after_word(s, after, hi, "in")) && place_fwd(s, q, hi, &ps, &pe))
            add_mention(r, T_PDU, 0, ps, pe, ks, pe, pe, 1, 1, oom); /* "the unit in X": descriptive */
        else
            add_mention(r, T_PDU, 0, 0, 0, ks, ke, after, 2, 1, oom);
        return after;
    }
    if (c0 == 'P' && s[ks + 1] == 'D') { /* PDU */
        if (ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
            return ke;
        r->seen_pdu = 1;
        if (place_back(s, lo, ks, &ps, &pe))
            add_mention(r, T_PDU, 0, ps, pe, ps, ke, ke, 1, 1, oom);
        else
            add_mention(r, T_PDU, 0, 0, 0, ks, ke, ke, 0, 1, oom);
        return ke;
    }
    if (c0 == 'Y' && ke - ks == 3 && s[ks + 2] == 'I') { /* "Tarnwell YOI" */
        if (ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
            return ke;
        if (place_back(s, lo, ks, &ps, &pe)) {
            mention *mm = add_mention(r, T_PRISON, 0, ps, pe, ps, ke, ke, 1, 1, oom);
            if (mm && !r->cs.items[mm->cand].noun)
                r->cs.items[mm->cand].noun = "yoi";
        }
        return ke;
    }
    if (c0 == 'y' || c0 == 'Y') {
        if (ke - ks == 3) { /* YOS YOT YJS */
            if (ks > lo && s[ks - 1] == '(' && ke < hi && s[ke] == ')')
                return ke;
            r->yos_acr = s[ks + 1] == 'J' ? "YJS" : s[ks + 2] == 'T' ? "YOT" : "YOS";
            if (place_back(s, lo, ks, &ps, &pe))
                add_mention(r, T_YOS, 0, ps, pe, ps, ke, ke, 1, 1, oom);
            else
                add_mention(r, T_YOS, 0, 0, 0, ks, ke, ke, 0, 1, oom);
            return ke;
        }
        if ((s[ks + 1] == 'o' || s[ks + 1] == 'O') && (s[ks + 3] == 't' || s[ks + 3] == 'T')) {
            /* youth offending service / team / work, youth justice service */
            char acr[8] = "";
            size_t after = skip_acronym(s, ke, hi, acr, sizeof acr);
            if (acr[0] == 'Y')
                r->yos_acr = strcmp(acr, "YJS") == 0 ? "YJS" : strcmp(acr, "YOT") == 0 ? "YOT" : "YOS";
            int justice = ks + 6 < ke && (s[ks + 6] == 'j' || s[ks + 6] == 'J');
            size_t le = ke;
            int plural = s[le - 1] == 's' || s[le - 1] == 'S';
            int team = 0, partner = 0;
            for (size_t i = ks; i + 4 <= ke; i++) {
                if (strncasecmp(s + i, "team", 4) == 0)
                    team = 1;
                if (strncasecmp(s + i, "partn", 5) == 0)
                    partner = 1;
            }
            int is_work = strncasecmp(s + ke - 4, "work", 4) == 0;
            /* "Lyme Youth Justice Services": a Title Case name is one body
             * ("youth justice services in Lyme" are descriptive) */
            int titled = s[ks] == 'Y' && (s[ks + 6] == 'O' || s[ks + 6] == 'J') && !team && !partner;
            mention *mm = NULL;
            if (titled && plural && !lower_word_before(s, lo, ks))
                titled = 0; /* "INSPECTION OF Youth Offending Services": a heading in capitals */
            if ((!plural || titled) && !is_work && place_back(s, lo, ks, &ps, &pe))
                mm = add_mention(r, T_YOS, 0, ps, pe, ps, ke, after, 2, 1, oom);
            else if ((q = after_word(s, after, hi, "in")) && place_fwd(s, q, hi, &ps, &pe))
                mm = add_mention(r, T_YOS, 0, ps, pe, ks, pe, pe, 1, 1, oom); /* descriptive */
            else if (!plural && !is_work)
                mm = add_mention(r, T_YOS, 0, 0, 0, ks, ke, after, 2, 1, oom);
            if (mm) {
                cand *c = &r->cs.items[mm->cand];
                if (!c->noun || (s[ks] == 'Y' && s[ks + 6] != 'o' && s[ks + 6] != 'j'))
                    c->noun = partner ? (justice ? "Youth Justice Partnership" : "Youth Offending Partnership")
                              : team ? (justice ? "Youth Justice Team" : "Youth Offending Team")
                                     : (justice ? "Youth Justice Service" : "Youth Offending Service");
            }
            return mm && mm->end > after ? mm->end : after;
        }
        /* Young Offender Institution */
        if (place_back(s, lo, ks, &ps, &pe)) {
            mention *mm = add_mention(r, T_PRISON, 0, ps, pe, ps, ke, ke, 2, 1, oom);
            if (mm && !r->cs.items[mm->cand].noun)
                r->cs.items[mm->cand].noun = "yoi";
        }
        return ke;
    }
    if (c0 == 'H') { /* HMP, HMYOI, HM Prison ... */
        if (place_fwd(s, ke, hi, &ps, &pe)) {
            mention *mm = add_mention(r, T_PRISON, 0, ps, pe, ks, pe, pe, 2, 1, oom);
            if (mm && !r->cs.items[mm->cand].noun) {
                int yoi = memmem(s + ks, ke - ks, "YOI", 3) || memmem(s + ks, ke - ks, "Young", 5);
                int prison = memmem(s + ks, ke - ks, "HMP", 3) || memmem(s + ks, ke - ks, "Prison", 6);
                r->cs.items[mm->cand].noun = yoi && prison ? "hmpyoi" : yoi ? "yoi" : "hmp";
            }
            return pe;
        }
        return ke;
    }
    if ((c0 == 'P' || c0 == 'p') && prison_system_after(s, ke, hi))
        return ke; /* "the Fenland prison service" is no prison */
    if (c0 == 'P' || c0 == 'p') { /* "Thornbury Prison", "Thornbury prison" */
        /* "Thornbury women's prison": the kind of prison between */
        size_t name_end = c0 == 'p' ? prison_kind_back(s, lo, ks) : ks;
        /* "a category C training prison" is no prison called C */
        if (name_end != ks && place_back(s, lo, name_end, &ps, &pe) && pe - ps > 1)
            ks = name_end;
        /* "a Kent prison": the county it is in, not its name */
        if (c0 == 'p' && place_back(s, lo, ks, &ps, &pe) && after_indefinite(s, lo, ps))
            return ke;
        if (place_back(s, lo, ks, &ps, &pe) && pe - ps > 1 && !inspection_kind_before(s, ps, pe, ke, hi)) {
            /* "a category C prison" is none (one letter); "Full Prison Inspection" none */
            mention *mm = add_mention(r, T_PRISON, 0, ps, pe, ps, ke, ke, 1, 1, oom);
            if (mm && !r->cs.items[mm->cand].noun)
                r->cs.items[mm->cand].noun = "hmp";
        }
        return ke;
    }
    (void)m;
    return ke;
}

/* A prisons inspectorate's document is about prisons: a prison in its lead
 * is its subject (elsewhere prisons are often mentioned in passing). */
static int prisons_document(const ix_doc *doc)
{
    return doc->inspectorate.name && strstr(doc->inspectorate.name, "Prisons") != NULL;
}

/* A probation inspectorate's document names a council's services as the
 * youth service's partners: not inspected there ("the YOT works with
 * Fenshire County Council's education services"). */
static int probation_document(const ix_doc *doc)
{
    return doc->inspectorate.name && strstr(doc->inspectorate.name, "Probation") != NULL;
}

/* A document of another inspectorate than probation's or prisons', whose
 * bodies are known by their place or speak for themselves (Ofsted, CQC,
 * HMICFRS ...). */
static int other_inspectorate_document(const ix_doc *doc)
{
    return doc->inspectorate.name && !probation_document(doc) && !prisons_document(doc);
}

/* Bare places rated each, in a document of an inspectorate whose bodies
 * are known by their place (a council's children's services, a police
 * force: Ofsted, CQC, HMICFRS; not probation's or prisons', whose places
 * name units of several kinds): "Northtown, Southvale and Westby all
 * received 'Good' ratings" -- a list of two or more places before
 * BARE_EACH, a rating's word in the sentence, no body named in the list.
 * Each place is a body of type other named by the place. */
static int find_bare_places(run *r)
{
    ix_doc *doc = r->doc;
    const char *s = doc->norm;
    if (!other_inspectorate_document(doc))
        return IX_OK;
    ix_rxm m;
    size_t pos = 0;
    int oom = 0;
    /* bounded: a few lists a document rates this way; later cues add nothing */
    for (int tries = 0; pos < doc->norm_len && tries < MAX_BARE_LISTS; tries++) {
        int rc = ix_rx_find(r->st->bare_each, s, pos, doc->norm_len, &m, r->err);
        if (rc <= 0)
            return rc;
        size_t ms = m.g[0].start;
        pos = m.g[0].end;
        size_t b = ix_doc_block_at(doc, ms), si = ix_doc_sent_at(doc, ms);
        if (b == (size_t)-1 || si == (size_t)-1 ||
            (doc->blocks.items[b].section != IX_SECTION_BODY &&
             doc->blocks.items[b].section != IX_SECTION_FINDINGS))
            continue;
        size_t lo = doc->blocks.items[b].norm.start, ls, le;
        const ix_sent *se = &doc->sents.items[si];
        if (!place_list(s, lo, ms, ms, 0, &ls, &le))
            continue;
        rc = ix_rx_find(r->st->band_word, s, se->norm.start, se->norm.end, &m, r->err);
        if (rc < 0)
            return rc;
        int named = 0;
        for (size_t i = 0; i < r->ms.n && !named; i++)
            named = r->ms.items[i].ns < le && r->ms.items[i].end > ls;
        size_t parts[12][2];
        int n = rc == 1 && !named ? split_places(s, ls, le, parts, 12) : 0;
        for (int i = 0; n >= 2 && i < n && !oom; i++) {
            mention *mn = add_mention(r, T_OTHER, 0, parts[i][0], parts[i][1], parts[i][0],
                                      parts[i][1], parts[i][1], 2, 1, &oom);
            if (mn && !r->cs.items[mn->cand].noun)
                r->cs.items[mn->cand].bare_place = 1;
        }
        if (oom)
            return ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory");
    }
    return IX_OK;
}

static int education_document(const ix_doc *doc)
{
    for (int i = 0; doc->inspectorate.name && EDUCATION_INSPECTORATES[i]; i++)
        if (strcmp(doc->inspectorate.name, EDUCATION_INSPECTORATES[i]) == 0)
            return 1;
    return 0;
}

/* The name of a learning provider from p: capitalised words as place_fwd
 * reads them, "for" joining two runs ("Fenby Skills for Work"); 1 with
 * [*ps, *pe), or 0. */
static int provider_name(const char *s, size_t p, size_t hi, size_t *ps, size_t *pe)
{
    size_t a, b, ts, te, q;
    if (!place_fwd(s, p, hi, ps, pe))
        return 0;
    while (tok_fwd(s, *pe, hi, &ts, &te) == TOK_WORD && cmp_word(s, ts, te, "for") == 0 &&
           (q = te) && place_fwd(s, q, hi, &a, &b))
        *pe = b;
    return 1;
}

/* Learning providers named after the noun that introduces them, in a
 * document of an education inspectorate (bodies known by a company's name,
 * with no head noun of OTHER_HEADS): "independent learning provider Fenby
 * Skills was hit with an 'inadequate' grade", "two private providers:
 * Marl Training and Tarn Learning, who both ...".  After "providers" the
 * name is split into its list.  A mention that shares its sentence with a
 * rating's word (BAND_WORD) is rated there. */
static int find_providers(run *r)
{
    ix_doc *doc = r->doc;
    const char *s = doc->norm;
    if (!education_document(doc))
        return IX_OK;
    ix_rxm m;
    size_t pos = 0;
    int oom = 0;
    for (int tries = 0; pos < doc->norm_len && tries < MAX_BARE_LISTS; tries++) {
        int rc = ix_keywords_rx_find(doc, r->st->provider, r->st->provider_at, provider_leads, NULL, pos,
                                     doc->norm_len, &m, r->err);
        if (rc <= 0)
            return rc;
        size_t ks = m.g[0].start, ke = m.g[0].end;
        pos = ke;
        size_t b = ix_doc_block_at(doc, ks), si = ix_doc_sent_at(doc, ks), ps, pe;
        if (b == (size_t)-1 || (doc->blocks.items[b].section != IX_SECTION_BODY &&
                                doc->blocks.items[b].section != IX_SECTION_FINDINGS))
            continue;
        size_t hi = doc->blocks.items[b].norm.end;
        if (!provider_name(s, ke, hi, &ps, &pe))
            continue;
        int rated = 0;
        if (si != (size_t)-1) {
            rc = ix_rx_find(r->st->band_word, s, doc->sents.items[si].norm.start,
                            doc->sents.items[si].norm.end, &m, r->err);
            if (rc < 0)
                return rc;
            rated = rc == 1;
        }
        size_t parts[12][2];
        int plural = s[ks + 8] == 's'; /* "providers" */
        int n = plural ? split_places(s, ps, pe, parts, 12) : 1;
        if (!plural)
            parts[0][0] = ps, parts[0][1] = pe;
        for (int i = 0; i < n && !oom; i++) {
            mention *mn = add_mention(r, T_OTHER, 0, parts[i][0], parts[i][1], parts[i][0],
                                      parts[i][1], parts[i][1], 2, 1, &oom);
            if (mn && !r->cs.items[mn->cand].noun)
                r->cs.items[mn->cand].bare_place = 1;
            if (mn && rated)
                mn->role |= M_ROLE;
        }
        pos = pe > pos ? pe : pos;
        if (oom)
            return ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory");
    }
    return IX_OK;
}

/* A body's own page (a trust's, a school's, a force's: not a probation or
 * prisons inspectorate's document, whose bodies are named) that says it was
 * rated in the first person (SELF_RATED).  Remembered for select_self; when
 * no bare body of another inspectorate is named ("the Trust"), the page's
 * name for itself becomes one (SELF_NOUN: "our trust", "the service"), else
 * "we" itself. */
static int find_self(run *r)
{
    ix_doc *doc = r->doc;
    const char *s = doc->norm;
    if (!other_inspectorate_document(doc))
        return IX_OK;
    ix_rxm m;
    size_t pos = 0, ws = 0, we = 0;
    for (int tries = 0; pos < doc->norm_len && tries < MAX_BARE_LISTS && !r->self_rated; tries++) {
        int rc = ix_keywords_rx_find(doc, r->st->self_rated, r->st->self_rated_at, self_leads, NULL, pos,
                                     doc->norm_len, &m, r->err);
        if (rc <= 0)
            return rc;
        pos = m.g[0].end;
        size_t b = ix_doc_block_at(doc, m.g[0].start);
        if (b == (size_t)-1 || (doc->blocks.items[b].section != IX_SECTION_BODY &&
                                doc->blocks.items[b].section != IX_SECTION_FINDINGS))
            continue;
        r->self_rated = 1;
        /* "we", "our" or "us": the first or last word of the match */
        ws = m.g[0].start, we = ws + 2;
        if (ieq(s, ws, ws + 3, "our"))
            we = ws + 3;
        else if (!ieq(s, ws, we, "we"))
            ws = m.g[0].end - 2, we = m.g[0].end;
    }
    if (!r->self_rated)
        return IX_OK;
    for (size_t i = 0; i < r->cs.n; i++)
        if (r->cs.items[i].type == T_OTHER && !r->cs.items[i].place)
            return IX_OK;
    /* the first name for itself in the prose */
    pos = 0;
    size_t ns = ws, ne = we;
    for (int tries = 0; pos < doc->norm_len && tries < MAX_BARE_LISTS; tries++) {
        int rc = ix_rx_find(r->st->self_noun, s, pos, doc->norm_len, &m, r->err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        pos = m.g[0].end;
        size_t b = ix_doc_block_at(doc, m.g[0].start);
        if (b != (size_t)-1 && (doc->blocks.items[b].section == IX_SECTION_BODY ||
                                doc->blocks.items[b].section == IX_SECTION_FINDINGS)) {
            ns = m.g[0].start, ne = m.g[0].end;
            /* "as a Trust": the noun alone; "the Trust", "our trust" as written */
            size_t ts, te;
            if (tok_fwd(s, ns, ne, &ts, &te) == TOK_WORD && te < ne &&
                (ieq(s, ts, te, "a") || ieq(s, ts, te, "this")))
                ns = ix_scan_skip_blanks(s, te, ne);
            break;
        }
    }
    int oom = 0;
    mention *mn = add_mention(r, T_OTHER, 0, 0, 0, ns, ne, ne, 0, 1, &oom);
    if (mn) {
        cand *c = &r->cs.items[mn->cand];
        c->self = 1;
        if (!(c->noun = copy_squeezed(doc->arena, s, ns, ne)))
            oom = 1;
    }
    return oom ? ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory") : IX_OK;
}

/* ---- roles ------------------------------------------------------------- */

/* Is heading block b a picture's caption inside the lead, printed twice
 * (an image's alt text, then its caption: the block before or after says
 * the same)? */
static int same_block(const ix_doc *doc, size_t a, size_t b)
{
    const ix_block *x = &doc->blocks.items[a], *y = &doc->blocks.items[b];
    size_t n = x->norm.end - x->norm.start;
    return n > 0 && y->norm.end - y->norm.start == n &&
           memcmp(doc->norm + x->norm.start, doc->norm + y->norm.start, n) == 0;
}

static int caption_after(const ix_doc *doc, size_t b)
{
    return (b + 1 < doc->blocks.n && same_block(doc, b, b + 1)) || (b > 0 && same_block(doc, b, b - 1));
}

static void find_lead(run *r)
{
    const ix_doc *doc = r->doc;
    r->title_block = (size_t)-1;
    /* a title taken from the story's first sentence is part of the lead */
    if (doc->title.text && doc->title.headline)
        r->title_block = ix_doc_block_at(doc, doc->title.norm.start);
    size_t b = r->title_block == (size_t)-1 ? 0 : r->title_block + 1;
    int paras = 0, heads = 0;
    size_t sents = 0;
    for (; b < doc->blocks.n && r->nlead < 8; b++) {
        const ix_block *bl = &doc->blocks.items[b];
        if (bl->section == IX_SECTION_FURNITURE)
            continue;
        if (bl->section == IX_SECTION_ENDS || bl->section == IX_SECTION_NOTES)
            break;
        if (bl->kind == IX_BLOCK_HEADING) {
            /* a byline, a picture's caption: short lines a page puts
             * between the headline and the story; the first three count,
             * up to a dozen are passed over */
            if (++heads > 12 || (paras > 0 && !caption_after(doc, b)))
                break;
            if (paras > 0)
                continue;
            if (heads <= 3)
                r->lead[r->nlead++] = b;
            continue;
        }
        r->lead[r->nlead++] = b;
        /* two paragraphs, or four sentences when a page writes one
         * sentence a paragraph (news copy) */
        sents += bl->nsents;
        if (++paras >= 2 && (sents >= 4 || paras >= 4))
            break;
    }
}

static int in_lead(const run *r, size_t b)
{
    for (int i = 0; i < r->nlead; i++)
        if (r->lead[i] == b)
            return 1;
    return 0;
}

/* Mentions [i, j) of one sentence: does the first named one stand as what is
 * rated or inspected, or does every named one? */
static int list_rated(const run *r, size_t i, size_t j)
{
    int first = 1, all = 1;
    for (size_t a = i; a < j; a++) {
        const mention *ma = &r->ms.items[a];
        if (!r->cs.items[ma->cand].place)
            continue;
        if (first && (ma->role & M_ROLE))
            return 1;
        first = 0;
        all &= (ma->role & M_ROLE) != 0;
    }
    return all && !first;
}

/* Does s[p, e) hold only places, commas and "near" ("', near Fenwick,
 * Marlshire")? */
static int places_to(const char *s, size_t p, size_t e)
{
    size_t ts, te;
    int t, words = 0;
    while ((t = tok_fwd(s, p, e, &ts, &te)) != TOK_NONE) {
        int is_and;
        if (t == TOK_WORD && place_word(s, ts, te))
            words++;
        else if (!(t == TOK_COMMA || (t == TOK_WORD && (ieq(s, ts, te, "near") || connector(s, ts, te, &is_and)))))
            return 0;
        p = te;
    }
    return words > 0 && ix_scan_skip_blanks(s, p, e) >= e;
}

/* A heading that opens with the mention and says no more, or goes on after
 * a colon or a dash, is a headline about the body: a page listing several
 * releases ("Ashdown prison: progress at last"), a section per body
 * ("Fenshire Fire and Rescue Service"). */
static int heads_a_heading(const ix_doc *doc, const mention *mn)
{
    if (mn->block == (size_t)-1)
        return 0;
    const ix_block *bl = &doc->blocks.items[mn->block];
    const char *s = doc->norm;
    if (bl->kind != IX_BLOCK_HEADING || mn->ns != bl->text.start)
        return 0;
    size_t p = ix_scan_skip_blanks(s, mn->end, bl->text.end), e = bl->text.end;
    if (p >= e || s[p] == ':')
        return 1;
    /* "Larch House Immigration Removal Centre, near Fenwick, Marlshire":
     * the body and where it is */
    if (s[p] == ',' && places_to(s, p, e))
        return 1;
    /* " - ", " – ", " — " */
    return p > mn->end && (s[p] == '-' || (e - p >= 3 && (memcmp(s + p, "\xE2\x80\x93", 3) == 0 ||
                                                         memcmp(s + p, "\xE2\x80\x94", 3) == 0)));
}

/* Does norm[a, b) name the CRCs in the plural ("the NPS and the 21 CRCs",
 * "public-sector NPS and private community rehabilitation companies")?
 * Then the NPS beside them is the other half of a national comparison, not
 * a body inspected. */
static int beside_every_crc(const ix_doc *doc, size_t a, size_t b)
{
    size_t c = ix_keywords_find(doc, a, b, CRCS_WORDS[1]);
    return ix_keywords_find(doc, a, b, CRCS_WORDS[0]) != (size_t)-1 ||
           (c != (size_t)-1 && c >= a + 15 && ix_scan_ieq(doc->norm, c - 15, c, "rehabilitation "));
}

/* Nouns that a bare body's name modifies when it stands for the kind, not
 * for one body: "CRC work", "NPS supervision", "YOS caseloads", "our YOT
 * inspection team", "NPS and CRC staff".  Extend here. */
static const char *const GENERIC_NOUNS[] = {
    "work", "staff", "inspection", "inspections", "caseload", "caseloads", "supervision",
    "members", "member", "team", "teams", "cases", "officers", "practitioners", "managers",
    "contracts", "contract", "providers", "provision", "sector", "partners", "colleagues",
    "model", "models", "data", "results", "reports", "areas", "workers", "workforce",
    "programme", "programmes", "services", "budgets", "funding", "leaders",
    /* the kind's rules, money and market: "new YOT standards", "CRC income" */
    "standards", "income", "reforms", "system", "systems", "market", "markets", "landscape",
    "owners", "ownership", "era", NULL,
};

/* Words of a share or count: "two thirds of", "most of", "all 21". */
static const char *const QUANTITY_WORDS[] = {
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "most", "many",
    "some", "all", "none", "majority", "minority", "several", "few", "each", "any", NULL,
};

static int quantity(const char *s, size_t a, size_t b)
{
    if (isdigit((unsigned char)s[a]) || ix_numbers_word_value(s, a, b) > 1)
        return 1;
    for (int i = 0; QUANTITY_WORDS[i]; i++)
        if (ieq(s, a, b, QUANTITY_WORDS[i]))
            return 1;
    return 0;
}

/* A bare mention (no place) that names the kind, not one body: it modifies
 * a noun of GENERIC_NOUNS ("CRC work", "NPS & CRC members": another
 * acronym may stand between), or a count or share stands before it
 * ("inspections of 33 YOS", "two thirds of YOS", "each CRC"; not a year:
 * "in 2019 NPS ..."). */
static int generic_bare(const ix_doc *doc, const mention *mn, size_t lo, size_t hi)
{
    const char *s = doc->norm;
    size_t ts, te, p = mn->end;
    if (tok_back(s, lo, mn->ns, &ts, &te) == TOK_WORD) {
        /* "two thirds of YOS", "most of NPS": a share of the kind */
        size_t qs, qe;
        if (ieq(s, ts, te, "of") && tok_back(s, lo, ts, &qs, &qe) == TOK_WORD && quantity(s, qs, qe))
            return 1;
        if ((isdigit((unsigned char)s[ts]) && te - ts < 4) || ix_numbers_word_value(s, ts, te) > 1 ||
            ieq(s, ts, te, "each") || ieq(s, ts, te, "every") || ieq(s, ts, te, "any"))
            return 1;
    }
    int t = tok_fwd(s, p, hi, &ts, &te);
    if (t == TOK_AMP || (t == TOK_WORD && (ieq(s, ts, te, "and") || ieq(s, ts, te, "or")))) {
        size_t as, ae;
        if (tok_fwd(s, te, hi, &as, &ae) != TOK_WORD)
            return 0;
        for (size_t i = as; i < ae; i++)
            if (!(s[i] >= 'A' && s[i] <= 'Z'))
                return 0;
        t = tok_fwd(s, ae, hi, &ts, &te);
    } else if (p < hi && s[p] == '/') {
        return 0;
    }
    if (t != TOK_WORD || !(s[ts] >= 'a' && s[ts] <= 'z'))
        return 0;
    for (int i = 0; GENERIC_NOUNS[i]; i++)
        if (ieq(s, ts, te, GENERIC_NOUNS[i]))
            return 1;
    return 0;
}

/* Does the sentence after sentence si open by rating each body of a list
 * ("Both surgeries were rated 'Good'")?  1 yes, 0 no, <0 error. */
static int next_sentence_rates(run *r, size_t si)
{
    const ix_doc *doc = r->doc;
    if (si + 1 >= doc->sents.n)
        return 0;
    const ix_sent *nx = &doc->sents.items[si + 1];
    ix_rxm m;
    return ix_rx_find(r->st->next_each, doc->norm, nx->norm.start, nx->norm.end, &m, r->err);
}

static int mark_roles(run *r)
{
    ix_doc *doc = r->doc;
    const subj_state *st = r->st;
    ix_rxm m;
    /* a bare NPS or CRC in a sentence of PARTNER_CUES is a youth service's
     * partner (the answer kept for the last sentence asked about) */
    size_t partner_sent = (size_t)-1;
    int partner = 0;
    for (size_t i = 0; i < r->ms.n; i++) {
        mention *mn = &r->ms.items[i];
        mn->block = ix_doc_block_at(doc, mn->ns);
        mn->sent = ix_doc_sent_at(doc, mn->ns);
        ix_section sec = mn->block == (size_t)-1 ? IX_SECTION_FURNITURE : doc->blocks.items[mn->block].section;
        if (sec == IX_SECTION_BODY || sec == IX_SECTION_FINDINGS)
            mn->role |= M_PROSE | M_DOC;
        else if (sec == IX_SECTION_NOTES)
            mn->role |= M_DOC;
        if (doc->title.text && doc->title.headline && mn->ns >= doc->title.norm.start &&
            mn->ne <= doc->title.norm.end)
            mn->role |= M_HEAD;
        if (mn->block != (size_t)-1 && in_lead(r, mn->block))
            mn->role |= M_LEAD;
        if ((mn->role & M_PROSE) && heads_a_heading(doc, mn))
            mn->role |= M_ROLE;
        size_t ss = mn->sent != (size_t)-1 ? doc->sents.items[mn->sent].norm.start
                                           : doc->blocks.items[mn->block].norm.start;
        size_t se = mn->sent != (size_t)-1 ? doc->sents.items[mn->sent].norm.end
                                           : doc->blocks.items[mn->block].norm.end;
        if (r->cs.items[mn->cand].type == T_NPS && beside_every_crc(doc, ss, se))
            mn->role |= M_PASS;
        if (!r->cs.items[mn->cand].place && generic_bare(doc, mn, ss, se))
            mn->role |= M_PASS;
        int ty = r->cs.items[mn->cand].type;
        if (!r->cs.items[mn->cand].place && (ty == T_NPS || ty == T_CRC)) {
            if (mn->sent == (size_t)-1 || mn->sent != partner_sent) /* once a sentence */
                partner = ix_keywords_any(doc, ss, se, PARTNER_CUES);
            partner_sent = mn->sent;
            if (partner)
                mn->role |= M_PASS;
        }
        size_t from = mn->ns > ss + 100 ? mn->ns - 100 : ss;
        int rc;
        if (mn->ns > from) {
            rc = ix_keywords_rx_find(doc, st->pre_pass, st->pre_pass_at, pre_pass_leads, NULL, from,
                                     mn->ns, &m, r->err);
            if (rc < 0)
                return rc;
            if (rc == 1) {
                /* "from" only puts prisons in passing ("staff from the CRC" is fine) */
                size_t ws = m.g[0].start;
                int is_from = ieq(doc->norm, ws, ws + 4, "from");
                if (is_from && r->cs.items[mn->cand].type != T_PRISON) {
                    /* another cue after it still counts: "from the nearby" */
                    rc = ix_keywords_rx_find(doc, st->pre_pass, st->pre_pass_at, pre_pass_leads, NULL,
                                             ws + 4, mn->ns, &m, r->err);
                    if (rc < 0)
                        return rc;
                    is_from = rc == 0;
                }
                if (!is_from || r->cs.items[mn->cand].type == T_PRISON)
                    mn->role |= M_PASS;
            }
            if (mn->role & M_PROSE) {
                rc = ix_keywords_rx_find(doc, st->pre_role, st->pre_role_at, pre_role_leads, NULL, from,
                                         mn->ns, &m, r->err);
                if (rc < 0)
                    return rc;
                if (rc == 1)
                    mn->role |= M_ROLE;
            }
        }
        if ((mn->role & M_PROSE) && mn->ne < se) {
            size_t to = se < mn->ne + 200 ? se : mn->ne + 200;
            rc = ix_rx_find(st->post_role, doc->norm, mn->ne, to, &m, r->err);
            if (rc < 0)
                return rc;
            if (rc == 1)
                mn->role |= M_ROLE;
        }
    }
    /* Several bodies of one kind named in one sentence are a list, in
     * passing -- unless the list is what this release rates, each of them:
     * "Ashby PDU, Lyme PDU and Fenmarsh PDU each received ...", "have each
     * been rated" (one release reporting several inspections), in the lead
     * or further down a news story that gives one sentence to each rating
     * ("Ashby PDU and Lyme PDU 'require improvement'").  A list after
     * "other", "like", "one of" stays in passing (PRE_PASS). */
    size_t i = 0;
    while (i < r->ms.n) {
        size_t j = i + 1;
        size_t si = r->ms.items[i].sent;
        while (j < r->ms.n && si != (size_t)-1 && r->ms.items[j].sent == si)
            j++;
        /* per type: the first named candidate seen, and whether another follows */
        int first[7] = {-1, -1, -1, -1, -1, -1, -1}, several[7] = {0};
        for (size_t a = i; a < j; a++) {
            const mention *ma = &r->ms.items[a];
            const cand *ca = &r->cs.items[ma->cand];
            if (!ca->place)
                continue;
            if (first[ca->type] < 0)
                first[ca->type] = ma->cand;
            else if (first[ca->type] != ma->cand)
                several[ca->type] = 1;
        }
        int each = 0, list = 0;
        for (int t = 0; t < 7; t++)
            list |= several[t];
        /* read only for a list: the verdict matters for nothing else */
        if (list && si != (size_t)-1) {
            const mention *last = &r->ms.items[j - 1];
            size_t se = doc->sents.items[si].norm.end;
            size_t to = se < last->ne + 80 ? se : last->ne + 80;
            int rc = ix_rx_find(st->each_rated, doc->norm, last->ne, to, &m, r->err);
            if (rc < 0)
                return rc;
            /* or the rating phrase stands before the list ("rated Ashby PDU
             * and Lyme PDU as"), or each body has its own ("Ashby YJS was
             * rated 'Good', while Lyme YJS was rated ...") */
            each = rc == 1 || list_rated(r, i, j);
            if (!each && (rc = next_sentence_rates(r, si)) != 0) {
                if (rc < 0)
                    return rc;
                each = 1;
            }
            /* "such as Fenmarsh PDU and Exmoor PDU were rated": the cue
             * before the first puts the whole list in passing */
            for (size_t a = i; a < j && each; a++)
                if (r->cs.items[r->ms.items[a].cand].place) {
                    each = !(r->ms.items[a].role & M_PASS);
                    break;
                }
        }
        for (size_t a = i; a < j; a++) {
            mention *ma = &r->ms.items[a];
            const cand *ca = &r->cs.items[ma->cand];
            if (ca->place && several[ca->type] && !(ma->role & M_HEAD)) {
                if (each)
                    ma->role |= M_ROLE;
                else
                    ma->role |= M_PASS;
            }
        }
        i = j;
    }
    return IX_OK;
}

/* ---- selection --------------------------------------------------------- */

static int ends_with_words(const char *longer, const char *shorter)
{
    size_t ll = strlen(longer), sl = strlen(shorter);
    return ll > sl + 1 && strcmp(longer + ll - sl, shorter) == 0 && longer[ll - sl - 1] == ' ';
}

static void merge_into(run *r, int from, int to)
{
    cand *a = &r->cs.items[from];
    a->merged = to;
    size_t cut = a->place && r->cs.items[to].place && ends_with_words(a->place, r->cs.items[to].place)
                     ? strlen(a->place) - strlen(r->cs.items[to].place)
                     : 0;
    for (size_t i = 0; i < r->ms.n; i++) {
        mention *m = &r->ms.items[i];
        if (m->cand != from)
            continue;
        m->cand = to;
        /* a bare "National Probation Service" is not the full name of its
         * Avon division */
        if (!a->place && r->cs.items[to].place)
            m->full = 0;
        /* "Rate Exmoor CRC" in a Title Case headline becomes "Exmoor CRC" */
        if (cut && m->ns + cut < m->ne && m->full)
            m->ns += cut;
    }
    if (!r->cs.items[to].area && a->area)
        r->cs.items[to].area = a->area;
    if (!r->cs.items[to].noun && a->noun)
        r->cs.items[to].noun = a->noun;
    if (a->parent > r->cs.items[to].parent)
        r->cs.items[to].parent = a->parent;
}

static void aggregate(run *r)
{
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        c->roles = 0;
        c->npass = c->nmention = c->nbody = 0;
        c->first = c->first_full = (size_t)-1;
    }
    for (size_t i = 0; i < r->ms.n; i++) {
        const mention *m = &r->ms.items[i];
        cand *c = &r->cs.items[m->cand];
        if (!(m->role & M_DOC) && !(m->role & M_HEAD))
            continue;
        c->nmention++;
        if (m->role & M_PASS) {
            c->npass++;
            continue;
        }
        c->roles |= m->role;
        c->nbody += !(m->role & M_HEAD);
        if (c->first == (size_t)-1)
            c->first = i;
    }
}

/* Inspectorates whose bodies are national (a nation's prison, police or
 * prosecution service): in their documents a national body in the lead is
 * what is inspected.  Extend here. */
static const char *const NATIONAL_INSPECTORATES[] = {
    "Criminal Justice Inspection Northern Ireland", "HM Crown Prosecution Service Inspectorate",
    "HM Inspectorate of Constabulary in Scotland", NULL,
};

static int national_document(const ix_doc *doc)
{
    for (int i = 0; doc->inspectorate.name && NATIONAL_INSPECTORATES[i]; i++)
        if (strcmp(doc->inspectorate.name, NATIONAL_INSPECTORATES[i]) == 0)
            return 1;
    return 0;
}

/* Inspectorates that inspect a council's services as a whole (COUNCIL_BODY).
 * Extend here. */
static const char *const COUNCIL_INSPECTORATES[] = {"Ofsted", "Estyn", "Care Inspectorate Wales",
                                                     "Care Inspectorate", NULL};

static int council_document(const ix_doc *doc)
{
    for (int i = 0; doc->inspectorate.name && COUNCIL_INSPECTORATES[i]; i++)
        if (strcmp(doc->inspectorate.name, COUNCIL_INSPECTORATES[i]) == 0)
            return 1;
    return 0;
}

static int strong_enough(const run *r, const cand *c)
{
    if (!c->anchored || c->first == (size_t)-1)
        return 0;
    if (c->council_body)
        return council_document(r->doc) && (c->roles & (M_HEAD | M_ROLE)) != 0;
    unsigned need = M_HEAD | M_ROLE;
    if (c->type == T_CRC || c->type == T_NPS || c->type == T_YOS || c->type == T_PDU ||
        (c->type == T_OTHER && c->place && c->noun && strcmp(c->noun, "Probation Trust") != 0 &&
         !(c->council && probation_document(r->doc))) ||
        (c->type == T_PRISON && prisons_document(r->doc)) || (c->national && national_document(r->doc)))
        need |= M_LEAD;
    return (c->roles & need) != 0;
}

/* A bare NPS stands alone as a subject of a local story (the NPS "in
 * Fenshire", beside a named body of the area, "the Fenshire CRC and the
 * NPS", or beside the area's CRC, "the CRC and the NPS"), or when it is
 * itself in the headline or inspected or rated; in a
 * national or thematic report ("delivered by the National Probation
 * Service", "a newly created National Probation Service") the lead alone
 * is not enough. */
static int local_nps(const run *r, const cand *c)
{
    if (c->area || (c->roles & (M_HEAD | M_ROLE)))
        return 1;
    for (size_t j = 0; j < r->cs.n; j++) {
        const cand *d = &r->cs.items[j];
        if (d->merged < 0 && ((d->selected && d->place) || (d->type == T_CRC && strong_enough(r, d))))
            return 1;
    }
    return 0;
}

/* When no body met a role (a news story about several homes, a roundup
 * naming each service it rates), a named body is what the document reports
 * on when the prose names it, not only in passing and not in a heading
 * (the findings of a story about several homes are told without the
 * inspection phrases of PRE_ROLE and POST_ROLE).  A national body only in a
 * national inspectorate's document, a council only in a council
 * inspectorate's, as strong_enough. */
static void select_fallback(run *r)
{
    for (size_t i = 0; i < r->cs.n; i++)
        if (r->cs.items[i].selected && r->cs.items[i].merged < 0)
            return;
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        if (c->merged >= 0 || !c->place || !c->anchored || c->first == (size_t)-1 || c->nbody == 0)
            continue;
        if (!(c->roles & M_PROSE) || (c->national && !national_document(r->doc)) ||
            (c->council_body && !council_document(r->doc)))
            continue;
        const mention *m = &r->ms.items[c->first];
        if (m->block != (size_t)-1 && r->doc->blocks.items[m->block].kind == IX_BLOCK_HEADING)
            continue;
        c->selected = 1;
    }
}

/* When still nothing is selected and the page says it was rated in the
 * first person (find_self), the page's bare body is its subject: the bare
 * body of another inspectorate it names ("the Trust"), else its own name
 * for itself. */
static void select_self(run *r)
{
    if (!r->self_rated)
        return;
    for (size_t i = 0; i < r->cs.n; i++)
        if (r->cs.items[i].selected && r->cs.items[i].merged < 0)
            return;
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        if (c->type == T_OTHER && !c->place && c->merged < 0 && c->first != (size_t)-1) {
            c->selected = 1;
            return;
        }
    }
}

static void select_cands(run *r)
{
    const ix_doc *doc = r->doc;
    /* "BeNCH CRC" named before "... Company (BeNCH CRC)" is the same body */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (!a->place || a->merged >= 0)
            continue;
        for (size_t j = 0; j < r->cs.n; j++) {
            cand *b = &r->cs.items[j];
            if (j != i && b->alt && b->merged < 0 && b->type == a->type && strcmp(b->alt, a->place) == 0) {
                merge_into(r, (int)i, (int)j);
                break;
            }
        }
    }
    /* Title Case headlines glue words onto a place: merge "Rate Exmoor"
     * into "Exmoor" when both are candidates of one type. */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (!a->place || a->merged >= 0)
            continue;
        for (size_t j = 0; j < r->cs.n; j++) {
            cand *b = &r->cs.items[j];
            if (j != i && b->place && b->merged < 0 && b->type == a->type && ends_with_words(a->place, b->place)) {
                merge_into(r, (int)i, (int)j);
                break;
            }
        }
    }
    /* an NPS "in Avon" joins the NPS's Avon division */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (a->merged >= 0 || a->place || a->type != T_NPS || !a->area)
            continue;
        for (size_t j = 0; j < r->cs.n; j++) {
            cand *b = &r->cs.items[j];
            if (b->merged < 0 && b->type == T_REGION && b->place && strcmp(b->place, a->area) == 0) {
                merge_into(r, (int)i, (int)j);
                break;
            }
        }
    }
    aggregate(r);
    /* a headline naming the place counts for the candidate of that place:
     * "Dunmere and Westholm probation service 'requires improvement'" */
    if (doc->title.text && doc->title.headline) {
        for (size_t i = 0; i < r->cs.n; i++) {
            cand *c = &r->cs.items[i];
            const char *p = c->place ? c->place : c->area;
            /* the place's council service is not what a headline about
             * the place's youth service rates */
            if (c->merged >= 0 || !p || c->first == (size_t)-1 || c->council)
                continue;
            if (has_word_cs(doc->norm, doc->title.norm.start, doc->title.norm.end, p))
                c->roles |= M_HEAD;
        }
    }
    /* named candidates; a local probation service's only in a document
     * of the unified service, which names no CRC and no NPS */
    int crc_era = 0;
    for (size_t i = 0; i < r->cs.n; i++) {
        const cand *c = &r->cs.items[i];
        crc_era |= c->type == T_CRC || c->type == T_NPS || (c->type == T_REGION && c->parent == P_NPS);
    }
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        if (c->merged < 0 && c->place && strong_enough(r, c) && !(crc_era && !c->strong_form))
            c->selected = 1;
    }
    /* a headline's shorter name ("Dunmere CRC" for "Dunmere and Westholm
     * Community Rehabilitation Company") joins the one body of its type the
     * text goes on to name */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (!a->selected || !a->place || a->nbody > 0)
            continue;
        int only = -1, count = 0;
        for (size_t j = 0; j < r->cs.n; j++) {
            const cand *b = &r->cs.items[j];
            if (j != i && b->selected && b->place && b->merged < 0 && b->type == a->type && b->nbody > 0) {
                only = (int)j;
                count++;
            }
        }
        if (count == 1) {
            a->selected = 0;
            merge_into(r, (int)i, only);
        }
    }
    /* a national body in the lead of a document that has a body of its
     * own to report on ("an inspection of Fenwick Prison ... action by the
     * Fenland Prison Service") is its operator, not inspected */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (!a->selected || !a->national || (a->roles & (M_HEAD | M_ROLE)))
            continue;
        for (size_t j = 0; j < r->cs.n; j++)
            if (r->cs.items[j].selected && !r->cs.items[j].national && r->cs.items[j].merged < 0)
                a->selected = 0;
    }
    /* a local probation service named only in the headline, above the
     * bodies the text goes on to name ("Fenshire probation service under
     * strain" over three PDUs), is their umbrella, not one more */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *a = &r->cs.items[i];
        if (!a->selected || a->strong_form || a->nbody > 0)
            continue;
        for (size_t j = 0; j < r->cs.n; j++) {
            const cand *b = &r->cs.items[j];
            if (j != i && b->selected && b->merged < 0 && b->nbody > 0 &&
                (b->type == T_PDU || b->type == T_REGION)) {
                a->selected = 0;
                break;
            }
        }
    }
    /* bare ones: join the one named subject of their type, or stand alone */
    for (size_t i = 0; i < r->cs.n; i++) {
        cand *c = &r->cs.items[i];
        if (c->merged >= 0 || c->place || c->self)
            continue;
        int only = -1, count = 0;
        for (size_t j = 0; j < r->cs.n; j++) {
            const cand *d = &r->cs.items[j];
            if (!d->selected || d->merged >= 0 || !d->place)
                continue;
            int same = d->type == c->type ||
                       (c->type == T_NPS && d->type == T_REGION && d->parent != P_NONE);
            if (same) {
                only = (int)j;
                count++;
            }
        }
        if (count == 1) {
            merge_into(r, (int)i, only);
            continue;
        }
        if (count > 0 || !strong_enough(r, c) || (c->type == T_NPS && !local_nps(r, c)))
            continue;
        /* a bare body with a role ("the Community Rehabilitation Company (CRC)
         * ... needs to improve") and one body of its type named later
         * without one ("The Fenshire CRC, which is owned by ..."): one body */
        for (size_t j = 0; j < r->cs.n; j++) {
            const cand *d = &r->cs.items[j];
            if (d->merged < 0 && d->place && d->anchored && d->type == c->type && d->nbody > 0 &&
                d->npass == 0) {
                only = (int)j;
                count++;
            }
        }
        if (count == 1) {
            r->cs.items[only].selected = 1;
            merge_into(r, (int)i, only);
        } else {
            c->selected = 1;
        }
    }
    aggregate(r);
    select_fallback(r);
    select_self(r);
    /* the span: the first full-name mention outside the headline, else in
     * it, else a short name ("Exmoor CRC") outside it, else in it, else the
     * first mention outside the headline */
    for (int pass = 0; pass < 5; pass++) {
        for (size_t i = 0; i < r->ms.n; i++) {
            const mention *m = &r->ms.items[i];
            cand *c = &r->cs.items[m->cand];
            if (c->first_full != (size_t)-1 || m->role & M_PASS || !(m->role & (M_DOC | M_HEAD)))
                continue;
            int head = (m->role & M_HEAD) != 0;
            if ((pass == 0 && m->full == 2 && !head) || (pass == 1 && m->full == 2) ||
                (pass == 2 && m->full == 1 && !head) || (pass == 3 && m->full == 1) ||
                (pass == 4 && !head))
                c->first_full = i;
        }
    }
}

/* ---- building subjects ------------------------------------------------- */

static char *cat3(ix_arena *a, const char *x, const char *y, const char *z)
{
    return ix_arena_printf(a, "%s%s%s", x ? x : "", y ? y : "", z ? z : "");
}

static int name_subject(run *r, const cand *c, ix_subject *s)
{
    ix_arena *a = r->doc->arena;
    const char *place = c->place ? c->place : c->area;
    /* an NPS division is the NPS's (RECORD.md): typed nps, not region */
    s->type = type_names[c->type == T_REGION && c->parent == P_NPS ? T_NPS : c->type];
    switch (c->type) {
    case T_CRC:
        s->name = place ? cat3(a, place, " Community Rehabilitation Company", NULL)
                        : "Community Rehabilitation Company";
        s->short_name = c->short_given ? c->short_given : place ? cat3(a, place, " CRC", NULL) : "CRC";
        break;
    case T_NPS:
        s->name = "National Probation Service";
        s->short_name = "NPS";
        break;
    case T_REGION:
        if (c->parent == P_NPS) {
            s->name = cat3(a, "National Probation Service ", place, " division");
            s->short_name = cat3(a, "NPS ", place, " division");
        } else if (c->parent == P_PS) {
            s->name = cat3(a, "Probation Service ", place, " region");
        } else {
            s->name = cat3(a, place, " probation region", NULL);
        }
        break;
    case T_PDU:
        /* a local probation service known only so: named as written, its
         * short name the unit's */
        if (place && !c->strong_form) {
            s->name = cat3(a, place, " probation service", NULL);
            s->short_name = cat3(a, place, " PDU", NULL);
            break;
        }
        s->name = place ? cat3(a, place, " Probation Delivery Unit", NULL) : "Probation Delivery Unit";
        if (r->seen_pdu)
            s->short_name = place ? cat3(a, place, " PDU", NULL) : "PDU";
        break;
    case T_YOS: {
        const char *noun = c->noun ? c->noun : "Youth Offending Service";
        s->name = place ? cat3(a, place, " ", noun) : noun;
        if (r->yos_acr)
            s->short_name = place ? cat3(a, place, " ", r->yos_acr) : r->yos_acr;
        break;
    }
    case T_PRISON: {
        const char *n = c->noun ? c->noun : "hmp";
        if (c->detention) {
            s->name = c->noun ? cat3(a, place, " ", n) : cat3(a, place, NULL, NULL);
        } else if (strcmp(n, "yoi") == 0) {
            s->name = cat3(a, "HM Young Offender Institution ", place, NULL);
            s->short_name = cat3(a, "HMYOI ", place, NULL);
        } else if (strcmp(n, "hmpyoi") == 0) {
            s->name = cat3(a, "HM Prison and Young Offender Institution ", place, NULL);
            s->short_name = cat3(a, "HMP/YOI ", place, NULL);
        } else {
            s->name = cat3(a, "HM Prison ", place, NULL);
            s->short_name = cat3(a, "HMP ", place, NULL);
        }
        break;
    }
    default:
        s->name = !place          ? cat3(a, c->noun, NULL, NULL)
                  : c->national || c->bare_place ? cat3(a, place, NULL, NULL)
                  : c->noun_first ? cat3(a, c->noun, " ", place)
                                  : cat3(a, place, " ", c->noun ? c->noun : "Probation Trust");
        break;
    }
    if (!s->name)
        return ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory");
    return IX_OK;
}

/* ---- the mention index -------------------------------------------------- */

typedef struct form {
    const char *text;  /* white space as single spaces */
    size_t len;
    size_t head;       /* bytes of its first word (wbyte): a text word of another length is not it */
    int subj;
    int alias;         /* an alias (reported only when found) */
    size_t hits;
} form;

typedef struct hit {
    size_t start, end;
    int subj;
    int furniture;
} hit;

typedef struct sindex {
    const ix_doc *doc;
    const ix_subject *items;
    size_t n;
    hit *hits;
    size_t nhits;
    size_t *doc_hits;  /* indexes into hits of mentions outside furniture */
    size_t ndoc;
} sindex;

/* The index this stage left in the document, if it is still the one for
 * these subjects (a test may fill doc->subjects by hand). */
static const sindex *index_of(const ix_doc *doc)
{
    const sindex *x = doc->subjects_index;
    if (!x || x->doc != doc || x->items != doc->subjects.items || x->n != doc->subjects.n)
        return NULL;
    return x;
}

/* Does form f match s at i (bounded by hi)?  Returns the end or 0.
 * Capitals in the form must be capitals in the text; a space in the form
 * matches any run of blanks. */
static size_t form_match(const char *s, size_t i, size_t hi, const char *f)
{
    size_t p = i;
    for (const char *q = f; *q; q++) {
        if (p >= hi)
            return 0;
        if (*q == ' ') {
            if (!ix_scan_is_blank(s[p]))
                return 0;
            while (p < hi && ix_scan_is_blank(s[p]))
                p++;
            continue;
        }
        char c = s[p];
        if (*q >= 'A' && *q <= 'Z') {
            if (c != *q)
                return 0;
        } else if (*q >= 'a' && *q <= 'z') {
            if (tolower((unsigned char)c) != *q)
                return 0;
        } else if (c != *q) {
            return 0;
        }
        p++;
    }
    if (p < hi && (wbyte((unsigned char)s[p]) || (s[p] == '-' && p + 1 < hi && wbyte((unsigned char)s[p + 1]))))
        return 0;
    return p;
}

typedef struct formset {
    form *f;
    size_t n;
    size_t *bucket[128]; /* forms by lower-case first byte, longest first */
    size_t nb[128];
} formset;

/* Index the forms by their first letter, longest first, using store (room
 * for fs->n indexes) for the buckets. */
static void fill_buckets(formset *fs, size_t *store)
{
    for (size_t i = 0; i < fs->n; i++) {
        unsigned char c = (unsigned char)tolower((unsigned char)fs->f[i].text[0]);
        if (c < 128)
            fs->nb[c]++;
    }
    size_t used = 0;
    for (int c = 0; c < 128; c++) {
        fs->bucket[c] = store + used;
        used += fs->nb[c];
        fs->nb[c] = 0;
    }
    for (size_t i = 0; i < fs->n; i++) {
        unsigned char c = (unsigned char)tolower((unsigned char)fs->f[i].text[0]);
        if (c >= 128)
            continue;
        /* insertion keeping longest first */
        size_t k = fs->nb[c]++;
        while (k > 0 && fs->f[fs->bucket[c][k - 1]].len < fs->f[i].len) {
            fs->bucket[c][k] = fs->bucket[c][k - 1];
            k--;
        }
        fs->bucket[c][k] = i;
    }
}

static int build_buckets(formset *fs, ix_arena *a)
{
    size_t *store = ix_arena_alloc(a, (fs->n ? fs->n : 1) * sizeof *store);
    if (!store)
        return -1;
    fill_buckets(fs, store);
    return 0;
}

/* Scan s[from, to) for the forms; call back for each mention found. */
typedef int (*hit_fn)(void *ctx, size_t start, size_t end, const form *f);

/* The classes of a byte in scan_forms: a word byte (wbyte), one a form
 * can begin with (a capital must be that capital in the text, a small
 * letter either case, as form_match reads them). */
enum { C_WORD = 1, C_START = 2 };

static void form_classes(const formset *fs, unsigned char cls[256])
{
    for (int c = 0; c < 256; c++)
        cls[c] = wbyte((unsigned char)c) ? C_WORD : 0;
    for (size_t i = 0; i < fs->n; i++) {
        unsigned char c = (unsigned char)fs->f[i].text[0];
        if (c >= 128)
            continue;
        cls[c] |= C_START;
        if (c >= 'a' && c <= 'z')
            cls[c - 'a' + 'A'] |= C_START;
    }
}

/* The longest form matching at s[i..to) (they are tried longest first),
 * its end in *e; NULL when none.  The text's word there is n bytes long
 * (up to to): a form whose first word is not as long cannot match. */
static const form *form_at(const formset *fs, const char *s, size_t i, size_t to, size_t n, size_t *e)
{
    unsigned char lc = (unsigned char)tolower((unsigned char)s[i]);
    for (size_t k = 0; k < fs->nb[lc]; k++) {
        const form *f = &fs->f[fs->bucket[lc][k]];
        if (f->head == n && (*e = form_match(s, i, to, f->text)) != 0)
            return f;
    }
    return NULL;
}

/* A mention starts at a word start whose byte some form begins with, so
 * only word starts are looked at, and a word no form starts is skipped
 * whole; the text a mention covers is not read again ("CRC" in "Exmoor
 * CRC"). */
static int scan_forms(const formset *fs, const char *s, size_t from, size_t to, hit_fn fn, void *ctx)
{
    unsigned char cls[256];
    form_classes(fs, cls);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = from, e;
    while (i < to) {
        if (!(cls[u[i]] & C_WORD)) {
            i++;
            continue;
        }
        size_t we = i + 1;
        while (we < to && (cls[u[we]] & C_WORD))
            we++;
        const form *f = NULL;
        if ((cls[u[i]] & C_START) && (i == 0 || !(cls[u[i - 1]] & C_WORD)))
            f = form_at(fs, s, i, to, we - i, &e);
        if (!f) {
            i = we;
            continue;
        }
        int rc = fn(ctx, i, e, f);
        if (rc)
            return rc;
        i = e;
    }
    return 0;
}

/* Add a form of subject subj; subj -1 adds a form that names nobody (another
 * body's name, so that "Fenmarsh CRC" is not read as the alias "CRC"), and
 * never overrides a subject's form.  A form two subjects share names
 * nobody. */
static int add_form(formset *fs, size_t cap, const char *text, int subj, int alias)
{
    if (!text || !*text || !isalnum((unsigned char)text[0]))
        return 0;
    for (size_t i = 0; i < fs->n; i++) {
        if (strcmp(fs->f[i].text, text) != 0)
            continue;
        if (subj >= 0 && fs->f[i].subj != subj)
            fs->f[i].subj = -1;
        return 0;
    }
    if (fs->n >= cap)
        return 0;
    form *f = &fs->f[fs->n++];
    f->text = text;
    f->len = strlen(text);
    f->head = 1;
    while (wbyte((unsigned char)text[f->head]))
        f->head++;
    f->subj = subj;
    f->alias = alias;
    f->hits = 0;
    return 0;
}

/* The forms of subjects given their names, short names and aliases (for
 * documents whose subjects were not made by this stage). */
static int forms_of_subjects(const ix_doc *doc, formset *fs, form *buf, size_t cap)
{
    fs->f = buf;
    fs->n = 0;
    memset(fs->nb, 0, sizeof fs->nb);
    for (size_t i = 0; i < doc->subjects.n; i++) {
        const ix_subject *s = &doc->subjects.items[i];
        add_form(fs, cap, s->name, (int)i, 0);
        add_form(fs, cap, s->short_name, (int)i, 0);
        for (size_t k = 0; s->aliases && s->aliases[k]; k++)
            add_form(fs, cap, s->aliases[k], (int)i, 1);
    }
    return 0;
}

typedef struct collect {
    ix_doc *doc;
    IX_VEC(hit) hits;
    int oom;
} collect;

static int collect_hit(void *ctx, size_t start, size_t end, const form *f)
{
    collect *c = ctx;
    if (f->subj < 0)
        return 0;
    ((form *)f)->hits++;
    hit *h = IX_VEC_PUSH(c->doc->arena, c->hits);
    if (!h) {
        c->oom = 1;
        return 1;
    }
    h->start = start;
    h->end = end;
    h->subj = f->subj;
    h->furniture = ix_doc_section_at(c->doc, start) == IX_SECTION_FURNITURE;
    return 0;
}

/* ---- queries ------------------------------------------------------------ */

typedef struct first_q {
    int subj;
    size_t at;
} first_q;

static int first_hit(void *ctx, size_t start, size_t end, const form *f)
{
    (void)end;
    first_q *q = ctx;
    if (f->subj < 0)
        return 0;
    q->subj = f->subj;
    q->at = start;
    return 1;
}

static int last_hit(void *ctx, size_t start, size_t end, const form *f)
{
    (void)end;
    first_q *q = ctx;
    if (f->subj >= 0) {
        q->subj = f->subj;
        q->at = start;
    }
    return 0;
}

/* First hit index with start >= off. */
static size_t lower_bound(const hit *h, size_t n, size_t off)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (h[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

enum { FALLBACK_FORMS = 64 };

int ix_subjects_named_in(const ix_doc *doc, size_t start, size_t end, size_t *at)
{
    if (!doc || doc->subjects.n == 0 || start >= end)
        return -1;
    if (end > doc->norm_len)
        end = doc->norm_len;
    const sindex *x = index_of(doc);
    if (x) {
        size_t k = lower_bound(x->hits, x->nhits, start);
        for (; k < x->nhits && x->hits[k].start < end; k++) {
            if (x->hits[k].end <= end) {
                if (at)
                    *at = x->hits[k].start;
                return x->hits[k].subj;
            }
        }
        return -1;
    }
    form buf[FALLBACK_FORMS];
    formset fs;
    forms_of_subjects(doc, &fs, buf, FALLBACK_FORMS);
    /* buckets on the stack: no arena for a const doc */
    size_t store[FALLBACK_FORMS];
    fill_buckets(&fs, store);
    first_q q = {-1, 0};
    scan_forms(&fs, doc->norm, start, end, first_hit, &q);
    if (q.subj >= 0 && at)
        *at = q.at;
    return q.subj;
}

int ix_subjects_about(const ix_doc *doc, size_t off)
{
    if (!doc || doc->subjects.n == 0)
        return -1;
    if (doc->subjects.n == 1)
        return 0;
    const sindex *x = index_of(doc);
    if (x) {
        /* last mention outside furniture starting before off */
        size_t lo = 0, hi = x->ndoc;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (x->hits[x->doc_hits[mid]].start < off)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 ? x->hits[x->doc_hits[lo - 1]].subj : -1;
    }
    /* fallback: the last mention in a bounded window before off */
    size_t from = off > 65536 ? off - 65536 : 0;
    if (off > doc->norm_len)
        off = doc->norm_len;
    form buf[FALLBACK_FORMS];
    formset fs;
    forms_of_subjects(doc, &fs, buf, FALLBACK_FORMS);
    size_t store[FALLBACK_FORMS];
    fill_buckets(&fs, store);
    first_q q = {-1, 0};
    scan_forms(&fs, doc->norm, from, off, last_hit, &q);
    return q.subj;
}

/* ---- owners -------------------------------------------------------------- */

/* A company name starting at p: capitalised words, "&", "and" between
 * capitalised words; "Moorland Justice Ltd", "Calder & Vale Partners". */
static int company_fwd(const char *s, size_t p, size_t hi, size_t *cs, size_t *ce)
{
    size_t start = 0, end = 0;
    int n = 0, pend = 0;
    for (int step = 0; step < 16; step++) {
        size_t ts, te;
        int t = tok_fwd(s, p, hi, &ts, &te);
        if (t == TOK_WORD && ((s[ts] >= 'A' && s[ts] <= 'Z') || (n > 0 && ieq(s, ts, te, "plc")))) {
            if (n == 0) {
                if (ieq(s, ts, te, "The") || ieq(s, ts, te, "It") || ieq(s, ts, te, "A"))
                    return 0;
                start = ts;
            }
            end = te;
            n++;
            pend = 0;
            p = te;
            continue;
        }
        if (n == 0 || pend)
            break;
        if (t == TOK_AMP || (t == TOK_WORD && ieq(s, ts, te, "and") && s[ts] == 'a')) {
            pend = 1;
            p = te;
            continue;
        }
        break;
    }
    if (!n)
        return 0;
    *cs = start;
    *ce = end;
    return 1;
}

/* Words that end a company's full name. */
static int corporate_word(const char *w, size_t n)
{
    static const char *const W[] = {"Ltd", "Limited", "plc", "PLC", "LLP", "Services", "Group",
                                    "Partnership", "Partners", "Justice", "Company", "Trust",
                                    "Council", "Holdings", "UK", "Solutions", "Foundation",
                                    "Futures", "Links", "Rehabilitation"};
    for (size_t i = 0; i < sizeof W / sizeof W[0]; i++)
        if (strlen(W[i]) == n && memcmp(W[i], w, n) == 0)
            return 1;
    return 0;
}

/* The fullest name the document gives a company first named name[0..n):
 * "Moorco" -> "Moorco Justice Services" when the document says so. */
static char *fullest_company(ix_doc *doc, size_t ns, size_t ne)
{
    const char *s = doc->norm;
    size_t best_s = ns, best_e = ne;
    size_t n = ne - ns;
    size_t seen = 0;
    for (size_t i = 0; i + n <= doc->norm_len && seen < 2000; i++) {
        const char *at = memmem(s + i, doc->norm_len - i, s + ns, n);
        if (!at)
            break;
        i = (size_t)(at - s);
        if (i > 0 && wbyte((unsigned char)s[i - 1]))
            continue;
        seen++;
        if (ix_doc_section_at(doc, i) == IX_SECTION_FURNITURE)
            continue;
        size_t cs, ce;
        size_t bl = ix_doc_block_at(doc, i);
        size_t hi = bl == (size_t)-1 ? doc->norm_len : doc->blocks.items[bl].norm.end;
        if (!company_fwd(s, i, hi, &cs, &ce) || cs != i || ce - cs <= best_e - best_s)
            continue;
        /* last word must read as a company's */
        size_t w = ce;
        while (w > cs && s[w - 1] != ' ')
            w--;
        if (corporate_word(s + w, ce - w)) {
            best_s = cs;
            best_e = ce;
        }
    }
    return copy_squeezed(doc->arena, s, best_s, best_e);
}

/* The last subject mention in [lo, hi): its index, and *ms, *me. */
static int last_named(const ix_doc *doc, size_t lo, size_t hi, size_t *ms, size_t *me)
{
    const sindex *x = index_of(doc);
    if (!x)
        return -1;
    size_t k = lower_bound(x->hits, x->nhits, hi);
    while (k > 0) {
        const hit *h = &x->hits[--k];
        if (h->start < lo)
            break;
        if (h->end <= hi) {
            *ms = h->start;
            *me = h->end;
            return h->subj;
        }
    }
    return -1;
}

static int owner_allowed(const ix_subject *s)
{
    return strcmp(s->type, "nps") != 0 && strcmp(s->type, "region") != 0 && strcmp(s->type, "pdu") != 0;
}

static int find_owners(run *r)
{
    ix_doc *doc = r->doc;
    const char *s = doc->norm;
    int g_by = ix_rx_group(r->st->owner, "by");
    int g_took = ix_rx_group(r->st->owner, "took");
    /* a sentence without a lead of the pattern is not searched (a text with
     * a long s is, as ix_keywords_rx_find would search it) */
    int long_s = ix_keywords_long_s(doc);
    ix_keywords_cursor *leads = ix_keywords_cursors(doc, owner_leads);
    if (!leads)
        return ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory");
    for (size_t si = 0; si < doc->sents.n; si++) {
        if (!ix_scan_sent_in(doc, si, IX_IN_DOCUMENT))
            continue;
        size_t ss = doc->sents.items[si].norm.start, se = doc->sents.items[si].norm.end;
        if (!long_s && !ix_keywords_cursors_any(doc, leads, ss, se))
            continue;
        size_t pos = ss;
        ix_rxm m;
        for (;;) {
            int rc = ix_keywords_rx_find(doc, r->st->owner, r->st->owner_at, owner_leads, NULL, pos, se,
                                         &m, r->err);
            if (rc < 0)
                return rc;
            if (rc == 0)
                break;
            pos = m.g[0].end > pos ? m.g[0].end : pos + 1;
            int subj = -1;
            size_t os = 0, oe = 0;
            if (ix_rxm_has(&m, g_by)) {
                /* "X, owned by OWNER" / "It is one of two CRCs ... run by OWNER" */
                if (!company_fwd(s, m.g[g_by].end, se, &os, &oe))
                    continue;
                size_t ms, me;
                subj = last_named(doc, ss, m.g[0].start, &ms, &me);
                if (subj >= 0) {
                    ix_rxm g;
                    int ok = ix_rx_find(r->st->own_gap, s, me, m.g[0].start, &g, r->err);
                    if (ok < 0)
                        return ok;
                    if (!ok)
                        subj = -1;
                }
                if (subj < 0 && se - ss > 3 && strncmp(s + ss, "It ", 3) == 0 &&
                    m.g[0].start - ss < 120 && !memchr(s + ss, '.', m.g[0].start - ss))
                    subj = ix_subjects_about(doc, ss);
            } else if (ix_rxm_has(&m, g_took)) {
                /* "OWNER took over ownership of X" / "It took over ..." */
                size_t ms = 0;
                subj = ix_subjects_named_in(doc, m.g[g_took].end, se, &ms);
                if (subj < 0 || ms > m.g[g_took].end + 8)
                    continue;
                if (strncmp(s + ss, "It ", 3) == 0 && si > 0 &&
                    doc->sents.items[si - 1].block == doc->sents.items[si].block) {
                    size_t ps = doc->sents.items[si - 1].norm.start;
                    if (!company_fwd(s, ps, doc->sents.items[si - 1].norm.end, &os, &oe) || os != ps)
                        continue;
                } else if (!company_fwd(s, ss, m.g[0].start, &os, &oe) || os != ss) {
                    continue;
                }
            } else {
                /* "OWNER owns X" */
                size_t ms = 0;
                subj = ix_subjects_named_in(doc, m.g[0].end, se, &ms);
                if (subj < 0 || ms > m.g[0].end + 4)
                    continue;
                if (!company_fwd(s, ss, m.g[0].start, &os, &oe) || os != ss)
                    continue;
                /* the company must end right before the verb */
                size_t k = oe;
                while (k < m.g[0].start && ix_scan_is_blank(s[k]))
                    k++;
                if (k != m.g[0].start)
                    continue;
            }
            if (subj < 0)
                continue;
            ix_subject *sub = &doc->subjects.items[subj];
            if (sub->owner || !owner_allowed(sub))
                continue;
            /* the owner is not the subject itself or an inspectorate */
            size_t hs, he;
            if (last_named(doc, os, oe, &hs, &he) >= 0 && hs == os && he == oe)
                continue;
            if (memmem(s + os, oe - os, "Inspector", 9))
                continue;
            sub->owner = fullest_company(doc, os, oe);
            if (!sub->owner)
                return ix_err_set(r->err, IX_ENOMEM, "subjects: out of memory");
        }
    }
    return IX_OK;
}

/* ---- the stage ----------------------------------------------------------- */

int ix_subjects_init(void **state, ix_err *err)
{
    subj_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    if (!(st->kw = ix_rx_new("subjects.keyword", KW_PATTERN, 0, err)) ||
        !(st->kw_at = ix_rx_new("subjects.keyword", KW_PATTERN, PCRE2_ANCHORED, err)) ||
        (st->kw_other = ix_rx_group(st->kw, "other")) < 0 ||
        (st->kw_national = ix_rx_group(st->kw, "national")) < 0 ||
        (st->kw_other_first = ix_rx_group(st->kw, "other_first")) < 0 ||
        (st->kw_other_bare = ix_rx_group(st->kw, "other_bare")) < 0 ||
        (st->kw_detention = ix_rx_group(st->kw, "detention")) < 0 ||
        (st->kw_residence = ix_rx_group(st->kw, "residence")) < 0 ||
        (st->kw_plural = ix_rx_group(st->kw, "plural")) < 0 ||
        (st->kw_council = ix_rx_group(st->kw, "council")) < 0 ||
        (st->kw_council_body = ix_rx_group(st->kw, "council_body")) < 0 ||
        !(st->pre_role = ix_rx_new("subjects.pre_role", PRE_ROLE, PCRE2_CASELESS, err)) ||
        !(st->pre_pass = ix_rx_new("subjects.pre_pass", PRE_PASS, PCRE2_CASELESS, err)) ||
        !(st->pre_role_at = ix_rx_new("subjects.pre_role", PRE_ROLE, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->pre_pass_at = ix_rx_new("subjects.pre_pass", PRE_PASS, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->post_role = ix_rx_new("subjects.post_role", POST_ROLE, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->each_rated = ix_rx_new("subjects.each_rated", EACH_RATED, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->next_each = ix_rx_new("subjects.next_each", NEXT_EACH, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->owner = ix_rx_new("subjects.owner", OWNER_PATTERN, 0, err)) ||
        !(st->owner_at = ix_rx_new("subjects.owner", OWNER_PATTERN, PCRE2_ANCHORED, err)) ||
        !(st->own_gap = ix_rx_new("subjects.owner_gap", OWN_GAP, PCRE2_ANCHORED, err)) ||
        !(st->bare_each = ix_rx_new("subjects.bare_each", BARE_EACH, PCRE2_CASELESS, err)) ||
        !(st->band_word = ix_rx_new("subjects.band_word", BAND_WORD, PCRE2_CASELESS, err)) ||
        !(st->self_rated = ix_rx_new("subjects.self_rated", SELF_RATED, PCRE2_CASELESS, err)) ||
        !(st->self_rated_at = ix_rx_new("subjects.self_rated", SELF_RATED, PCRE2_CASELESS | PCRE2_ANCHORED, err)) ||
        !(st->self_noun = ix_rx_new("subjects.self_noun", SELF_NOUN, PCRE2_CASELESS, err)) ||
        !(st->provider = ix_rx_new("subjects.provider", PROVIDER, 0, err)) ||
        !(st->provider_at = ix_rx_new("subjects.provider", PROVIDER, PCRE2_ANCHORED, err))) {
        ix_subjects_fini(st);
        return err ? err->code : IX_EREGEX;
    }
    if (!(st->lead_guard = calloc(sizeof kw_leads / sizeof *kw_leads, sizeof *st->lead_guard))) {
        ix_subjects_fini(st);
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    }
    for (size_t k = 0; kw_leads[k]; k++)
        for (const char *const *const *g = kw_guards; *g; g++)
            if (strcmp((*g)[0], kw_leads[k]) == 0)
                st->lead_guard[k] = *g;
    *state = st;
    return IX_OK;
}

void ix_subjects_fini(void *state)
{
    subj_state *st = state;
    if (!st)
        return;
    ix_rx_free(st->kw);
    ix_rx_free(st->kw_at);
    ix_rx_free(st->pre_role);
    ix_rx_free(st->pre_pass);
    ix_rx_free(st->pre_role_at);
    ix_rx_free(st->pre_pass_at);
    ix_rx_free(st->post_role);
    ix_rx_free(st->each_rated);
    ix_rx_free(st->next_each);
    ix_rx_free(st->owner);
    ix_rx_free(st->owner_at);
    ix_rx_free(st->own_gap);
    ix_rx_free(st->bare_each);
    ix_rx_free(st->band_word);
    free(st->lead_guard);
    ix_rx_free(st->provider);
    ix_rx_free(st->self_rated);
    ix_rx_free(st->self_rated_at);
    ix_rx_free(st->self_noun);
    ix_rx_free(st->provider_at);
    free(st);
}

/* Generic aliases by type: added when the document uses them. */
static const char *const ALIAS_CRC[] = {"the CRC", "CRC", "the Community Rehabilitation Company", NULL};
static const char *const ALIAS_NPS[] = {"the NPS", "NPS", "the National Probation Service", NULL};
static const char *const ALIAS_REGION[] = {"the division", "the region", NULL};
static const char *const ALIAS_REGION_NPS[] = {"the NPS", "NPS", "the National Probation Service", NULL};
static const char *const ALIAS_PDU[] = {"the PDU", "PDU", "the probation delivery unit", "the unit", NULL};
static const char *const ALIAS_YOS[] = {"the YOS", "the YOT", "the YJS", "YOS", "YOT", "YJS",
                                        "the youth offending service", "the youth offending team",
                                        "the youth justice service", NULL};
static const char *const ALIAS_PRISON[] = {"the prison", "the jail", "the establishment", "the YOI", NULL};

/* The generic names of the bodies of OTHER_HEADS, by a word of their head. */
static const struct { const char *head, *alias; } OTHER_ALIASES[] = {
    {"Trust", "the trust"}, {"Hospital", "the hospital"}, {"Hospice", "the hospice"},
    {"Infirmary", "the infirmary"}, {"Infirmary", "the hospital"},
    {"Surgery", "the practice"}, {"Surgery", "the surgery"}, {"Practice", "the practice"},
    {"Centre", "the centre"}, {"School", "the school"}, {"Academy", "the academy"},
    {"College", "the college"}, {"Home", "the home"}, {"Police", "the force"},
    {"Constabulary", "the force"}, {"Fire", "the service"}, {"Board", "the health board"},
};

/* "QEH" for "Queen Elizabeth Hospital": the capitals of a name of two to
 * eight capitalised words.  0 when there are none to make. */
static int initials(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    int words = 0;
    for (const char *p = name; *p; p++) {
        if ((p == name || p[-1] == ' ') && isalpha((unsigned char)*p)) {
            if (!isupper((unsigned char)*p))
                continue;          /* "of", "and" */
            if (n + 1 >= cap)
                return 0;
            out[n++] = *p;
            words++;
        }
    }
    out[n] = '\0';
    return words >= 2 && words <= 8;
}

static int cand_cmp_first(const run *r, int a, int b)
{
    size_t fa = r->cs.items[a].order, fb = r->cs.items[b].order;
    return fa < fb ? -1 : fa > fb;
}

int ix_subjects_run(const void *state, ix_doc *doc, ix_err *err)
{
    const subj_state *st = state;
    run r;
    memset(&r, 0, sizeof r);
    r.st = st;
    r.doc = doc;
    r.err = err;
    if (!doc->norm || doc->norm_len == 0 || doc->blocks.n == 0)
        return IX_OK;
    find_lead(&r);

    /* 1. keywords (searched at the leads the document holds, of those its
     * words leave live) */
    enum { NLEADS = sizeof kw_leads / sizeof *kw_leads };
    const char *live[NLEADS], *present[NLEADS];
    size_t nlive = 0;
    int long_s = ix_keywords_long_s(doc);
    for (size_t k = 0; kw_leads[k]; k++)
        if (!st->lead_guard[k] || long_s ||
            ix_keywords_contains_any(doc, 0, doc->norm_len, st->lead_guard[k] + 1))
            live[nlive++] = kw_leads[k];
    live[nlive] = NULL;
    const char *const *leads = ix_keywords_present(doc, 0, doc->norm_len, live, present, NLEADS);
    size_t pos = 0;
    ix_rxm m;
    int oom = 0;
    while (pos < doc->norm_len) {
        int rc = ix_keywords_rx_find(doc, st->kw, st->kw_at, leads, NULL, pos, doc->norm_len, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        size_t ks = m.g[0].start, ke = m.g[0].end;
        size_t b = ix_doc_block_at(doc, ks);
        /* furniture, and page chrome before the headline, name nobody */
        if (b == (size_t)-1 || doc->blocks.items[b].section == IX_SECTION_FURNITURE ||
            ks >= doc->blocks.items[b].norm.end || (doc->title.text && ks < doc->title.norm.start)) {
            pos = ke > pos ? ke : pos + 1;
            continue;
        }
        size_t lo = doc->blocks.items[b].norm.start, hi = doc->blocks.items[b].norm.end;
        int other = ix_rxm_has(&m, st->kw_other), first = ix_rxm_has(&m, st->kw_other_first);
        size_t next = other || first ? on_other_body(&r, ks, ke, lo, hi, first, &oom)
                      : ix_rxm_has(&m, st->kw_national)   ? on_national_body(&r, ks, ke, hi, &oom)
                      : ix_rxm_has(&m, st->kw_other_bare) ? on_bare_other(&r, ks, ke, lo, &oom)
                      : ix_rxm_has(&m, st->kw_detention)  ? on_detention(&r, ks, ke, lo, hi, &oom)
                      : ix_rxm_has(&m, st->kw_residence)  ? on_residence(&r, ks, ke, lo, hi, &oom)
                      : ix_rxm_has(&m, st->kw_plural)     ? on_plural(&r, ks, ke, lo, hi, &oom)
                      : ix_rxm_has(&m, st->kw_council)    ? on_council_service(&r, ks, ke, lo, hi, &oom)
                      : ix_rxm_has(&m, st->kw_council_body) ? on_council_body(&r, ks, ke, lo, hi, &oom)
                                                          : on_keyword(&r, ks, ke, lo, hi, &oom);
        if (oom)
            return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
        pos = next > ke ? next : ke;
        if (pos <= ks)
            pos = ks + 1;
    }
    national_acronyms(&r, &oom);
    if (oom)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    int brc = find_bare_places(&r);
    if (brc < 0)
        return brc;
    if ((brc = find_providers(&r)) < 0 || (brc = find_self(&r)) < 0)
        return brc;
    if (r.ms.n == 0)
        return IX_OK;

    /* keep mentions in text order (handlers may add them slightly out of order) */
    for (size_t i = 1; i < r.ms.n; i++) {
        mention t = r.ms.items[i];
        size_t k = i;
        while (k > 0 && r.ms.items[k - 1].ns > t.ns) {
            r.ms.items[k] = r.ms.items[k - 1];
            k--;
        }
        r.ms.items[k] = t;
    }

    /* 2. roles, 3. selection */
    int rc = mark_roles(&r);
    if (rc < 0)
        return rc;
    select_cands(&r);

    /* 4. subjects, in order of their first (full) mention */
    int order[MAX_CANDS];
    int nsel = 0;
    for (size_t i = 0; i < r.cs.n; i++) {
        cand *c = &r.cs.items[i];
        if (!c->selected || c->merged >= 0 || c->first == (size_t)-1)
            continue;
        c->order = r.ms.items[c->first].ns;
        order[nsel++] = (int)i;
    }
    for (int i = 1; i < nsel; i++) {
        int t = order[i], k = i;
        while (k > 0 && cand_cmp_first(&r, order[k - 1], t) > 0) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = t;
    }
    if (nsel == 0)
        return IX_OK;
    ix_subject *items = ix_arena_zalloc(doc->arena, (size_t)nsel * sizeof *items);
    if (!items)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    for (int k = 0; k < nsel; k++) {
        cand *c = &r.cs.items[order[k]];
        ix_subject *s = &items[k];
        snprintf(s->id, sizeof s->id, "s%d", k + 1);
        if ((rc = name_subject(&r, c, s)) < 0)
            return rc;
        size_t fm = c->first_full != (size_t)-1 ? c->first_full : c->first;
        ix_scan_evidence(doc, r.ms.items[fm].ns, r.ms.items[fm].ne, &s->span, &s->norm);
        c->subj = k;
    }
    doc->subjects.items = items;
    doc->subjects.n = (size_t)nsel;
    doc->subjects.cap = (size_t)nsel;

    /* 5. forms: names, short names, the surface forms used, generic aliases */
    size_t cap = (size_t)nsel * 24 + 64;
    form *fbuf = ix_arena_alloc(doc->arena, cap * sizeof *fbuf);
    if (!fbuf)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    formset fs;
    memset(&fs, 0, sizeof fs);
    fs.f = fbuf;
    for (int k = 0; k < nsel; k++) {
        add_form(&fs, cap, items[k].name, k, 0);
        add_form(&fs, cap, items[k].short_name, k, 0);
    }
    for (size_t i = 0; i < r.ms.n && i < MAX_SURFACES; i++) {
        const mention *mn = &r.ms.items[i];
        const cand *c = &r.cs.items[mn->cand];
        if (c->subj < 0 || !(mn->role & (M_DOC | M_HEAD)) || mn->ne - mn->ns > 200)
            continue;
        char *t = copy_squeezed(doc->arena, doc->norm, mn->ns, mn->ne);
        if (!t)
            return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
        if (fs.n < cap - 32)
            add_form(&fs, cap, t, c->subj, 1);
    }
    /* the acronym a subject's name is given in brackets: "Carmarthenshire
     * Youth Justice Team (YJT)" is also "the YJT" and "Carmarthenshire YJT" */
    for (size_t i = 0; i < r.ms.n && i < MAX_SURFACES && fs.n < cap - 32; i++) {
        const mention *mn = &r.ms.items[i];
        const cand *c = &r.cs.items[mn->cand];
        if (c->subj < 0 || !(mn->role & M_DOC))
            continue;
        char acr[12];
        if (skip_acronym(doc->norm, mn->ne, doc->norm_len, acr, sizeof acr) == mn->ne)
            continue;
        add_form(&fs, cap, ix_arena_printf(doc->arena, "%s", acr), c->subj, 1);
        if (c->place)
            add_form(&fs, cap, ix_arena_printf(doc->arena, "%s %s", c->place, acr), c->subj, 1);
    }
    int ntype[7] = {0};
    int nps_subject = 0;
    for (int k = 0; k < nsel; k++) {
        const cand *c = &r.cs.items[order[k]];
        ntype[c->type]++;
        nps_subject |= c->type == T_NPS;
    }
    for (int k = 0; k < nsel; k++) {
        const cand *c = &r.cs.items[order[k]];
        if (ntype[c->type] != 1)
            continue;
        const char *const *g = NULL;
        switch (c->type) {
        case T_CRC: g = ALIAS_CRC; break;
        case T_NPS: g = ALIAS_NPS; break;
        case T_REGION: g = ALIAS_REGION; break;
        case T_PDU: g = ALIAS_PDU; break;
        case T_YOS: g = ALIAS_YOS; break;
        case T_PRISON: g = ALIAS_PRISON; break;
        default: break;
        }
        for (size_t j = 0; g && g[j]; j++)
            add_form(&fs, cap, g[j], k, 1);
        /* a body of another inspectorate by its head noun ("the trust",
         * "the practice") and by its initials ("QEH" for Queen Elizabeth
         * Hospital) */
        if (c->type == T_OTHER && c->noun) {
            for (size_t j = 0; j < sizeof OTHER_ALIASES / sizeof OTHER_ALIASES[0]; j++)
                if (strstr(c->noun, OTHER_ALIASES[j].head))
                    add_form(&fs, cap, OTHER_ALIASES[j].alias, k, 1);
            char ini[16];
            if (initials(items[k].name, ini, sizeof ini))
                add_form(&fs, cap, ix_arena_printf(doc->arena, "%s", ini), k, 1);
        }
        if (c->type == T_REGION && c->parent == P_NPS && !nps_subject)
            for (size_t j = 0; ALIAS_REGION_NPS[j]; j++)
                add_form(&fs, cap, ALIAS_REGION_NPS[j], k, 1);
        if (nsel == 1) {
            add_form(&fs, cap, "the service", k, 1);
            if (c->place)
                add_form(&fs, cap, c->place, k, 1);
        }
    }
    /* other bodies' names name nobody: "Fenmarsh CRC" is not the alias "CRC" */
    for (size_t i = 0; i < r.ms.n && i < MAX_SURFACES && fs.n < cap; i++) {
        const mention *mn = &r.ms.items[i];
        if (r.cs.items[mn->cand].subj >= 0 || mn->ne - mn->ns > 200)
            continue;
        char *t = copy_squeezed(doc->arena, doc->norm, mn->ns, mn->ne);
        if (!t)
            return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
        add_form(&fs, cap, t, -1, 0);
    }
    if (build_buckets(&fs, doc->arena) < 0)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");

    /* 6. the index */
    collect col;
    memset(&col, 0, sizeof col);
    col.doc = doc;
    scan_forms(&fs, doc->norm, 0, doc->norm_len, collect_hit, &col);
    if (col.oom)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    sindex *x = ix_arena_zalloc(doc->arena, sizeof *x);
    if (!x)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    x->doc = doc;
    x->items = items;
    x->n = (size_t)nsel;
    x->hits = col.hits.items;
    x->nhits = col.hits.n;
    x->doc_hits = ix_arena_alloc(doc->arena, (col.hits.n + 1) * sizeof(size_t));
    if (!x->doc_hits)
        return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
    for (size_t i = 0; i < col.hits.n; i++)
        if (!col.hits.items[i].furniture)
            x->doc_hits[x->ndoc++] = i;
    doc->subjects_index = x;

    /* aliases: the forms other than name and short name that occur */
    for (int k = 0; k < nsel; k++) {
        size_t na = 0;
        for (size_t i = 0; i < fs.n; i++)
            na += fs.f[i].subj == k && fs.f[i].alias && fs.f[i].hits;
        const char **al = ix_arena_alloc(doc->arena, (na + 1) * sizeof *al);
        if (!al)
            return ix_err_set(err, IX_ENOMEM, "subjects: out of memory");
        na = 0;
        for (size_t i = 0; i < fs.n; i++)
            if (fs.f[i].subj == k && fs.f[i].alias && fs.f[i].hits)
                al[na++] = fs.f[i].text;
        al[na] = NULL;
        items[k].aliases = al;
    }

    /* 7. owners */
    return find_owners(&r);
}
