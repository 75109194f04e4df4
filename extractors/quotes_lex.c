#include "extractors/quotes_lex.h"

#include <assert.h>
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "extractors/scan.h"

/* ---- tokens ------------------------------------------------------------ */

int ix_quotes_lex_word_byte(unsigned char c)
{
    return ix_scan_is_word_byte(c);
}

/* End of the word starting at i: word bytes, with an inner ' or - joining
 * two word runs ("CRC's", "co-ordination"). */
static inline size_t word_end(const char *s, size_t i, size_t hi)
{
    for (;;) {
        while (i < hi && ix_quotes_lex_word_byte((unsigned char)s[i]))
            i++;
        if (i + 1 < hi && (s[i] == '\'' || s[i] == '-') && ix_quotes_lex_word_byte((unsigned char)s[i + 1]))
            i += 2;                    /* the joiner and the run's first byte */
        else
            return i;
    }
}

/* Is the character at s[i..hi), not ASCII, an upper-case letter? */
static int upper_char(const char *s, size_t i, size_t hi)
{
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(hi - i), &cp) <= 0)
        return 0;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Does the word at s[i..hi) start with an upper-case letter? */
static inline int starts_upper(const char *s, size_t i, size_t hi)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return upper_char(s, i, hi);
}

/* Does the capitalised word before s[j] (one space between) exist? */
static int after_capital_word(const char *s, size_t j, size_t hi)
{
    if (j < 2 || s[j - 1] != ' ' || !ix_quotes_lex_word_byte((unsigned char)s[j - 2]))
        return 0;
    size_t p = j - 1;
    while (p > 0 && (ix_quotes_lex_word_byte((unsigned char)s[p - 1]) || s[p - 1] == '.' ||
                     s[p - 1] == '\'' || s[p - 1] == '-'))
        p--;
    return starts_upper(s, p, hi);
}

/* Is the one-letter word s[j] a middle initial whose full stop belongs to
 * the name ("Harriet J. Lomax", "Mr A. B. Ross")?  An upper-case letter, a
 * full stop, one space, then a capitalised word that is not a function word
 * opening a sentence ("Category C. The ..."), after a capitalised word. */
static int initial_stop(const char *s, size_t j, size_t hi)
{
    if (!isupper((unsigned char)s[j]) || j + 3 >= hi || s[j + 1] != '.' || s[j + 2] != ' ' ||
        !starts_upper(s, j + 3, hi))
        return 0;
    if (!after_capital_word(s, j, hi))
        return 0;
    size_t e = word_end(s, j + 3, hi);
    return !ix_quotes_lex_stopword(s, j + 3, e);
}

/* Lower-case particles inside a person's name: "Jan van der Berg", "Ana de
 * Souza", "Karim bin Said".  Written in lower case exactly. */
static const char *const name_particles[] = {
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das",
    "la", "le", "bin", "ibn", "al", "el", "ap", "ter", "ten", "zu",
};

/* The particles' shapes, a filter before the table, built with the index
 * (lex_ready): nearly every lower-case word of a text ("the", "and",
 * "inspection") is turned away by one bit. */
static ix_word_shape particle_shape;

static void lex_ready(void);

static void particle_shape_build(void)
{
    for (size_t k = 0; k < sizeof name_particles / sizeof *name_particles; k++) {
        size_t n = strlen(name_particles[k]);
        ix_word_shape_add(&particle_shape, name_particles[k], n);
    }
}

static int particle_in_table(const char *s, size_t a, size_t b)
{
    for (size_t k = 0; k < sizeof name_particles / sizeof *name_particles; k++)
        if (name_particles[k][0] == s[a] && strncmp(s + a, name_particles[k], b - a) == 0 &&
            name_particles[k][b - a] == '\0')
            return 1;
    return 0;
}

/* Asked of every lower-case word: the filter inline, the table rarely. */
static inline int is_particle(const char *s, size_t a, size_t b)
{
    return b - a >= 2 && b - a <= 5 &&             /* the table's lengths */
           ix_word_shape_may(&particle_shape, s, a, b) && particle_in_table(s, a, b);
}


/* A name's particles and the capitalised word after them, from the word
 * s[j..e) on ("van der Berg" after "Jan"): the end of that word, or 0. */
static size_t particle_run(const char *s, size_t j, size_t e, size_t hi)
{
    if (!is_particle(s, j, e) || !after_capital_word(s, j, hi))
        return 0;
    for (int k = 0; k < 3; k++) {
        if (e + 1 >= hi || s[e] != ' ' || !ix_quotes_lex_word_byte((unsigned char)s[e + 1]))
            return 0;
        size_t w = e + 1, we = word_end(s, w, hi);
        if (starts_upper(s, w, hi))
            return we;
        if (!is_particle(s, w, we))
            return 0;
        e = we;
    }
    return 0;
}

/* Does the word s[j..b) open with a particle joined to a capitalised name
 * ("al-Hassan", "el-Amin", "d'Arcy")? */
static int particle_prefix(const char *s, size_t j, size_t b, size_t hi)
{
    if (b - j > 3 && s[j] == 'd' && s[j + 1] == '\'')
        return starts_upper(s, j + 2, hi);
    return b - j > 4 && s[j + 2] == '-' && is_particle(s, j, j + 2) && starts_upper(s, j + 3, hi);
}

/* The shapes of a word token beyond its word bytes: a middle initial's
 * full stop ("J."), a name's particles ("van der Berg": one capitalised
 * word; "al-Hassan", "d'Arcy": capitalised).  Out of line: next_token asks
 * it only of the words may_take_shape lets through. */
static __attribute__((noinline)) void word_shape(const char *s, size_t hi, ix_qtok *t)
{
    size_t j = t->a;
    if (t->cap) {
        if (initial_stop(s, j, hi))
            t->b = j + 2;              /* "J." in "Harriet J. Lomax" */
        return;
    }
    size_t pe = particle_run(s, j, t->b, hi);
    if (pe) {
        t->b = pe;                     /* "van der Berg": one capitalised word */
        t->cap = 1;
    } else if (particle_prefix(s, j, t->b, hi)) {
        t->cap = 1;                    /* "al-Hassan", "d'Arcy" */
    }
}

/* Can word_shape change the word t?  Only a one-letter capital (an
 * initial), or a lower-case word that is a particle or joins one to a name
 * ("al-", "d'"): a test of a few bytes for every other word. */
static inline int may_take_shape(const char *s, const ix_qtok *t)
{
    size_t n = t->b - t->a;
    if (t->cap)
        return n == 1;
    return is_particle(s, t->a, t->b) || (n > 3 && (s[t->a + 1] == '\'' || s[t->a + 2] == '-'));
}

/* White space between tokens: space, line feed, tab, carriage return. */
static inline int token_space(unsigned char c)
{
    return c <= ' ' && (1ull << c & (1ull << ' ' | 1ull << '\n' | 1ull << '\t' | 1ull << '\r'));
}

/* ix_quotes_lex_next without the word classes.  Inlined into the loops
 * that read every token of a text (read_tokens). */
static inline __attribute__((always_inline)) int next_token(const char *s, size_t *i, size_t hi,
                                                            ix_qtok *t)
{
    size_t j = *i;
    while (j < hi && token_space((unsigned char)s[j]))
        j++;
    if (j >= hi) {
        *i = hi;
        return 0;
    }
    unsigned char c = (unsigned char)s[j];
    t->a = j;
    t->lex = 0;
    if (ix_quotes_lex_word_byte(c)) {
        t->b = word_end(s, j, hi);
        t->punct = 0;
        t->cap = starts_upper(s, j, hi);
        if (may_take_shape(s, t))
            word_shape(s, hi, t);
    } else {
        t->b = j + 1;
        t->punct = (char)c;
        t->cap = 0;
    }
    *i = t->b;
    return 1;
}

/* Words get their classes; of the punctuation only "&", a connector inside
 * a name ("Bath & Wells Trust"). */
static uint32_t classes_of(const char *s, size_t a, size_t b);

static void set_classes(const char *s, ix_qtok *t)
{
    if (!t->punct || t->punct == '&')
        t->lex = classes_of(s, t->a, t->b);
}

/* The tokenizer's helpers take the index as built: its callers below see
 * to it once per call. */
int ix_quotes_lex_next(const char *s, size_t *i, size_t hi, ix_qtok *t)
{
    lex_ready();
    if (!next_token(s, i, hi, t))
        return 0;
    set_classes(s, t);
    return 1;
}

/* The tokens of ix_quotes_lex_tokens, their classes not yet set. */
static size_t read_tokens(const char *s, size_t lo, size_t hi, ix_qtok *toks, size_t max,
                          int keep_last)
{
    size_t n = 0, i = lo;
    if (max == 0)
        return 0;
    lex_ready();
    /* A backward context only ever needs the last few hundred bytes. */
    if (keep_last && hi - lo > 64 * max)
        i = lo = hi - 64 * max;
    /* Start at a character boundary. */
    while (i < hi && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    /* Starting inside a word would cut it: skip to its end. */
    if (keep_last && i > 0 && i < hi && ix_quotes_lex_word_byte((unsigned char)s[i]) &&
        ix_quotes_lex_word_byte((unsigned char)s[i - 1]))
        i = word_end(s, i, hi);
    if (!keep_last) {
        while (n < max && next_token(s, &i, hi, &toks[n]))
            n++;
        return n;
    }
    /* keep_last: a ring of the last max tokens, put in order at the end. */
    ix_qtok t;
    size_t total = 0;
    while (next_token(s, &i, hi, &t)) {
        toks[total % max] = t;
        total++;
    }
    n = total < max ? total : max;
    if (total > max) {
        size_t head = total % max;             /* the oldest kept token */
        ix_qtok tmp[64];
        while (head > 0) {                     /* rotate left by head */
            size_t k = head < 64 ? head : 64;
            memcpy(tmp, toks, k * sizeof *toks);
            memmove(toks, toks + k, (max - k) * sizeof *toks);
            memcpy(toks + max - k, tmp, k * sizeof *toks);
            head -= k;
        }
    }
    return n;
}

size_t ix_quotes_lex_tokens(const char *s, size_t lo, size_t hi, ix_qtok *toks,
                            size_t max, int keep_last)
{
    size_t n = read_tokens(s, lo, hi, toks, max, keep_last);
    /* Classes only for the tokens kept. */
    for (size_t k = 0; k < n; k++)
        set_classes(s, &toks[k]);
    return n;
}

size_t ix_quotes_lex_tokens_bare(const char *s, size_t lo, size_t hi, ix_qtok *toks,
                                 size_t max, int keep_last)
{
    return read_tokens(s, lo, hi, toks, max, keep_last);
}

size_t ix_quotes_lex_count_words_upto(const char *s, size_t a, size_t b, size_t cap)
{
    size_t n = 0, i = a;
    while (i < b && n < cap) {
        if (ix_quotes_lex_word_byte((unsigned char)s[i])) {
            n++;
            i = word_end(s, i, b);
        } else {
            i++;
        }
    }
    return n;
}

size_t ix_quotes_lex_count_words(const char *s, size_t a, size_t b)
{
    return ix_quotes_lex_count_words_upto(s, a, b, SIZE_MAX);
}

int ix_quotes_lex_has_words(const char *s, size_t a, size_t b, size_t n)
{
    return ix_quotes_lex_count_words_upto(s, a, b, n) >= n;
}

int ix_quotes_lex_is(const char *s, size_t a, size_t b, const char *w)
{
    return ix_scan_ieq(s, a, b, w);
}

/* Every word of the tables below is found through one index (built once,
 * at the end of this file): a token is folded and hashed once per question
 * instead of being compared with each word of a table in turn. */
enum lex_class {
    L_SPEECH = IX_QLEX_W_SPEECH,         L_JUDGE = IX_QLEX_W_JUDGE,
    L_REPORTING = IX_QLEX_W_REPORTING,   L_STANCE = IX_QLEX_W_STANCE,
    L_FEM = IX_QLEX_W_FEMALE,            L_MAS = IX_QLEX_W_MALE,
    L_POSTNOMINAL = IX_QLEX_W_POSTNOMINAL, L_NOT_SPEAKER = IX_QLEX_W_NOT_SPEAKER,
    L_ROLE = IX_QLEX_W_ROLE,             L_ORG = IX_QLEX_W_ORG,
    L_BODY = IX_QLEX_W_BODY,             L_GROUP_MOD = IX_QLEX_W_GROUP_MODIFIER,
    L_STOP = IX_QLEX_W_STOP,             L_DET = IX_QLEX_W_DETERMINER,
    L_AUX = IX_QLEX_W_AUX,               L_CONN = IX_QLEX_W_CONNECTOR,
    L_NAMING = IX_QLEX_W_NAMING,         L_TERM = IX_QLEX_W_TERM,
    L_LINK = IX_QLEX_W_LINK,             L_PRED = IX_QLEX_W_PREDICATE,
    L_TITLE = IX_QLEX_W_TITLE,           L_ABBREV = IX_QLEX_W_ABBREV,
    L_OFFICE_MOD = IX_QLEX_W_OFFICE_MOD, L_PARTICIPLE = IX_QLEX_W_PARTICIPLE,
    L_COGNITION = IX_QLEX_W_COGNITION,   L_EPITHET = IX_QLEX_W_EPITHET,
    L_INSPECTORATE = IX_QLEX_W_INSPECTORATE, L_GIVING = IX_QLEX_W_GIVING,
    L_GOES_ON = IX_QLEX_W_GOES_ON
};

enum {
    LEX_MAX_WORD = 23,                 /* longer than any word of a table */
    LEX_KEY = 24                       /* a word's key: the word, zero-padded */
};

/* A key is a word folded to ASCII lower case and padded with zero bytes to
 * LEX_KEY: three machine words, hashed and compared whole. */
typedef struct lex_key { uint64_t w[LEX_KEY / 8]; } lex_key;

typedef struct lex_entry {
    lex_key key;                       /* the word, ASCII lower case */
    uint32_t classes;                  /* L_* of every table holding it */
    uint32_t token_classes;            /* what a token of it has (classes_of),
                                          the tests of its case aside */
    unsigned char len;
    signed char group;                 /* index into groups[], or -1 */
    signed char honorific;             /* index into honorifics[] (any case), or -1 */
} lex_entry;

static const lex_entry *lex_find(const char *s, size_t a, size_t b);
static inline const lex_entry *lex_lookup(const char *s, size_t a, size_t b);

/* Is s[a..b) (any case) a word of the table of class c? */
static int in_class(const char *s, size_t a, size_t b, enum lex_class c)
{
    const lex_entry *e = lex_find(s, a, b);
    return e && (e->classes & (uint32_t)c);
}

/* ---- speech verbs ------------------------------------------------------ */

/* Verbs that report what a person or body said or wrote.
 *   "Dame Ann Coyle said: ..."  "she added, ..."  "Inspectors concluded: ..."
 *   "'...,' commented the chief executive."  "the review noted ..."  */
static const char *const speech_verbs[] = {
    "said", "says", "say", "saying", "added", "adds", "adding", "continued",
    "continues", "concluded", "concludes", "commented", "comments", "noted",
    "notes", "stated", "states", "explained", "explains", "warned", "warns",
    "told", "tells", "wrote", "writes", "observed", "observes", "remarked",
    "recalled", "recalls", "reported", "acknowledged", "acknowledges",
    "admitted", "admits", "insisted", "insists", "argued", "argues",
    "emphasised", "emphasized", "emphasises", "emphasizes", "stressed",
    "stresses", "highlighted", "highlights", "described", "describes",
    "considered", "considers", "reflected", "reflects", "summarised",
    "summarized", "summarises", "declared", "announced", "responded",
    "replied", "replies", "found", "finds", "asked", "answered", "disagreed",
    "countered", "retorted", "promised", "pledged", "vowed", "predicted",
    "suggested", "suggests", "agreed", "confirmed", "claimed", "cautioned",
    "urged", "urges", "praised", "praises", "criticised", "criticized",
    "welcomed", "welcomes", "commended", "judged", "declared", "conceded",
    "revealed", "pointed", "asserted", "maintained", "complained", "stressed",
    "raised", "expressed", "voiced", "criticises", "describing",
    "finding", "warning", "noting", "telling", "explaining", "commenting",
    "stating", "branded", "labelled", "labeled",
    /* the plural's present: "Inspectors conclude: ...", "HMIP state '...'" */
    "state", "conclude", "warn", "write", "explain", "argue", "insist", "observe",
    "stress", "add",
    /* news copy's verbs of saying */
    "reiterated", "reiterates", "underlined", "underlines", "underscored", "echoed",
    "echoes", "lamented", "hailed", "hails", "slammed", "slams", "blasted", "tweeted",
    "posted", "recounted", "mused", "joked", "quipped", "accepted", "accepts",
    "accused", "demanded", "pleaded", "boasted",
    "questioned", "contended", "wondered", "elaborated", "clarified", "advised",
    "assured", "reassured", "reminded", "alleged", "outlined",
    "confided", "confides", "affirmed", "affirms", "protested", "objected", "enthused",
    "enthuses", "begged", "opined", "opines", "exclaimed", "interjected", "testified",
    "contends", "reckoned", "reckons",
    /* a document quoted: "The report reads: ..." (not "read", a past of
     * reading as often as of wording) */
    "reads",
    /* the participles and present forms of the verbs above ("with
     * inspectors concluding that ...", "the report observes ..."); not the
     * -ing forms that are also prepositions or common nouns (considering,
     * raising, pointing, maintaining, writing, reporting) */
    "concluding", "observing", "remarking", "acknowledging", "admitting",
    "insisting", "arguing", "emphasising", "emphasizing", "stressing",
    "highlighting", "summarising", "summarizing", "declaring", "announcing",
    "responding", "replying", "answering", "suggesting", "confirming",
    "claiming", "cautioning", "urging", "praising", "criticising",
    "criticizing", "commending", "conceding", "revealing", "asserting",
    "complaining", "recalling", "reiterating", "lamenting", "hailing",
    "recounting", "accusing", "questioning", "clarifying",
    "reflecting", "predicting", "promising", "pledging", "vowing",
    "announces", "declares", "responds", "confirms", "reveals",
    "concedes", "cautions", "commends", "predicts",
    "asserts", "complains", "clarifies", "laments",
    /* more verbs of saying, with their forms */
    "deemed", "dubbed", "termed", "characterised", "characterized", "characterises",
    "characterizes", "mentioned", "mentions", "indicated", "indicates",
    "queried", "queries", "remarks", "maintains", "concurred", "concurs",
    "recognised", "recognized", "recognises", "recognizes",
    /* the plain present, after a plural subject ("Inspectors warn", "Staff
     * describe", "the inspectors conclude"); not the forms that are nouns
     * as often (note, comment, state, claim, praise, stress, report) */
    "describe", "warn", "conclude", "explain", "highlight", "suggest", "observe",
    "tell", "admit", "argue", "insist", "emphasise", "emphasize", "acknowledge",
    "urge", "criticise", "criticize", "confirm", "add",
    "recognise", "recognize", "predict", "agree", "reiterate", "assert", "complain",
    "write", "answer", "reply", "respond", "declare", "announce", "concede",
    "remark", "recall", "caution", "mention", "indicate", "characterise", "characterize",
    /* "Staff spoke of the 'long winter'", "she speaks of 'a turning point'" */
    "spoke", "speaks",
    /* Welsh, of the inspectorates' bilingual releases: said, says, added */
    "dywedodd", "meddai", "ychwanegodd",
};

/* Verbs of opinion that report a view as speech does ("She felt the reform
 * had created a 'two-tier' system"): speech verbs too, but inside the
 * complement of another speech verb ("The report found staff felt ...")
 * the outer verb's subject speaks. */
static const char *const cognition_verbs[] = {
    "felt", "feels", "believed", "believes", "thought", "thinks",
};

/* Verbs of judgement that introduce the report's own words only when a
 * colon follows: "the inspectors assessed the youth service more kindly:" */
static const char *const judge_verbs[] = {
    "assessed", "assesses", "rated", "rates", "judges", "graded", "evaluated",
};

int ix_quotes_lex_speech_verb(const char *s, size_t a, size_t b)
{
    if (in_class(s, a, b, L_SPEECH))
        return IX_QLEX_SPEECH;
    if (in_class(s, a, b, L_JUDGE))
        return IX_QLEX_JUDGE;
    return 0;
}

/* Nouns of saying whose owner follows "of": "the conclusion of the
 * inspectors is that ...", "the verdict of Dame Ann Coyle was ...". */
static const char *const reporting_nouns[] = {
    "conclusion", "conclusions", "verdict", "view", "message", "warning",
    "assessment", "finding", "findings", "judgement", "judgment", "words",
    "comments", "comment", "remarks", "statement", "response", "reaction", "reply",
};

/* Verbs that hand over a noun of saying: "The home gave the following
 * statement", "the trust issued a response". */
static const char *const giving_verbs[] = {
    "gave", "give", "gives", "given", "issued", "issue", "issues", "released", "release",
    "releases", "provided", "provide", "provides", "sent", "offered", "made", "makes",
};

/* Speech verbs that go on with what the speaker said before: "Tom Reyes
 * added:" after a fragment of his. */
static const char *const going_on_verbs[] = {
    "added", "adds", "continued", "continues",
};

/* Is s[a..b) one of the n words of list (as ix_quotes_lex_is)? */
static int word_listed(const char *s, size_t a, size_t b, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (ix_quotes_lex_is(s, a, b, list[k]))
            return 1;
    return 0;
}
#define WORD_LISTED(s, a, b, list) word_listed(s, a, b, list, sizeof list / sizeof *list)

/* Nouns of an inspection's written findings, the subject of a clause
 * whatever describes them before its verb ("The report on Kestrel
 * College, which ..., found"). */
static const char *const finding_nouns[] = {
    "report", "review", "inspection", "re-inspection", "reinspection", "investigation",
    "audit", "study", "evaluation", "survey", "letter",
};

int ix_quotes_lex_finding_noun(const char *s, size_t a, size_t b)
{
    return WORD_LISTED(s, a, b, finding_nouns);
}

/* Offices that stand for someone who goes unnamed by nature, never for
 * the one person a story names: "a spokesperson for the trust", "a council
 * official", "one member of staff", "a worker at the home". */
static const char *const anonymous_offices[] = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
    "official", "officials", "member", "members", "worker", "workers", "employee",
    "employees", "volunteer", "volunteers", "source", "sources", "insider", "insiders",
    "representative", "representatives", "colleague", "colleagues",
};

int ix_quotes_lex_anonymous_office(const char *s, size_t a, size_t b)
{
    return WORD_LISTED(s, a, b, anonymous_offices);
}

/* Prepositions of place: the name after them is where, not who ("At West
 * Harbour, which was described as ..."). */
static const char *const place_prepositions[] = {
    "at", "in", "across", "throughout", "within", "around", "near",
};

int ix_quotes_lex_place_preposition(const char *s, size_t a, size_t b)
{
    return WORD_LISTED(s, a, b, place_prepositions);
}

/* Prepositions that take a noun phrase as their object ("the report on
 * Kestrel College", "meetings with leaders"); those of place as well. */
static const char *const prepositions[] = {
    "to", "with", "by", "for", "from", "among", "amongst", "about", "of", "on", "into",
    "between", "alongside", "towards", "toward", "against", "without", "including",
    "involving", "like", "than", "over", "under", "behind", "beside", "besides", "via",
    "onto", "upon", "despite", "except", "following", "after", "before", "during",
};

int ix_quotes_lex_preposition(const char *s, size_t a, size_t b)
{
    if (ix_quotes_lex_place_preposition(s, a, b))
        return 1;
    return WORD_LISTED(s, a, b, prepositions);
}

int ix_quotes_lex_reporting_noun(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_REPORTING);
}

/* Participles that state the speaker's own view after "was" / "were":
 * "Inspectors were impressed with ...", "the board was concerned by ...". */
static const char *const stance_words[] = {
    "impressed", "concerned", "pleased", "encouraged", "disappointed",
    "satisfied", "worried", "alarmed", "struck", "heartened", "troubled",
    "reassured", "dismayed", "shocked", "delighted", "surprised", "saddened",
};

int ix_quotes_lex_stance(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_STANCE);
}

/* ---- pronouns ---------------------------------------------------------- */

int ix_quotes_lex_pronoun(const char *s, size_t a, size_t b)
{
    if (ix_quotes_lex_is(s, a, b, "she"))
        return IX_QLEX_PRON_SHE;
    if (ix_quotes_lex_is(s, a, b, "he"))
        return IX_QLEX_PRON_HE;
    if (ix_quotes_lex_is(s, a, b, "they"))
        return IX_QLEX_PRON_THEY;
    if (ix_quotes_lex_is(s, a, b, "it"))
        return IX_QLEX_PRON_IT;
    if (ix_quotes_lex_is(s, a, b, "i") || ix_quotes_lex_is(s, a, b, "we"))
        return IX_QLEX_PRON_FIRST;
    return 0;
}

/* The forms of a pronoun that tell a gender. */
static const char *const fem[] = { "she", "her", "hers", "herself" };
static const char *const mas[] = { "he", "his", "him", "himself" };

int ix_quotes_lex_pronoun_gender(const char *s, size_t a, size_t b)
{
    if (in_class(s, a, b, L_FEM))
        return IX_QLEX_FEMALE;
    if (in_class(s, a, b, L_MAS))
        return IX_QLEX_MALE;
    return 0;
}

/* ---- honorifics and roles ---------------------------------------------- */

/* "Dame Ann Coyle", "Sir Peter Vale", "Mr Okafor", "Ms Lindqvist".
 * first: used with a first name alone ("Dame Ann").  kept: part of the
 * fullest name ("Dame Ann Coyle", "Professor Lena Marsh"); the others only
 * stand in for a first name ("Mr Reyes" -> "Tom Reyes"), a councillor's
 * title among them ("Councillor Jo Hale" -> "Jo Hale"). */
static const struct honorific { const char *w; int gender; int first; int kept; } honorifics[] = {
    { "Dame", IX_QLEX_FEMALE, 1, 1 },   { "Sir", IX_QLEX_MALE, 1, 1 },
    { "Lady", IX_QLEX_FEMALE, 1, 1 },   { "Lord", IX_QLEX_MALE, 1, 1 },
    { "Mr", IX_QLEX_MALE, 0, 0 },       { "Mrs", IX_QLEX_FEMALE, 0, 0 },
    { "Ms", IX_QLEX_FEMALE, 0, 0 },     { "Miss", IX_QLEX_FEMALE, 0, 0 },
    { "Baroness", IX_QLEX_FEMALE, 0, 1 }, { "Baron", IX_QLEX_MALE, 0, 1 },
    { "Mx", IX_QLEX_ANY, 0, 0 },        { "Dr", IX_QLEX_ANY, 0, 1 },
    { "Professor", IX_QLEX_ANY, 0, 1 }, { "Prof", IX_QLEX_ANY, 0, 1 },
    { "Councillor", IX_QLEX_ANY, 0, 0 }, { "Cllr", IX_QLEX_ANY, 0, 0 },
    { "Reverend", IX_QLEX_ANY, 0, 1 },  { "Rev", IX_QLEX_ANY, 0, 1 },
    /* news copy's family titles before a name, which tell a gender and
     * stand in for nothing ("Mum Ann Coyle said", "Grandad Tom Reyes"); not
     * Father, Mother, Sister, Brother, which are offices of a church or a
     * ward as often */
    { "Mum", IX_QLEX_FEMALE, 0, 0 },    { "Mam", IX_QLEX_FEMALE, 0, 0 },
    { "Mom", IX_QLEX_FEMALE, 0, 0 },    { "Dad", IX_QLEX_MALE, 0, 0 },
    { "Gran", IX_QLEX_FEMALE, 0, 0 },   { "Grandma", IX_QLEX_FEMALE, 0, 0 },
    { "Grandmother", IX_QLEX_FEMALE, 0, 0 }, { "Nan", IX_QLEX_FEMALE, 0, 0 },
    { "Nana", IX_QLEX_FEMALE, 0, 0 },   { "Grandad", IX_QLEX_MALE, 0, 0 },
    { "Granddad", IX_QLEX_MALE, 0, 0 }, { "Grandpa", IX_QLEX_MALE, 0, 0 },
    { "Grandfather", IX_QLEX_MALE, 0, 0 },
    /* Welsh: Dame (mutated after "y"), Sir, Professor */
    { "Fonesig", IX_QLEX_FEMALE, 1, 1 }, { "Syr", IX_QLEX_MALE, 1, 1 },
    { "Athro", IX_QLEX_ANY, 0, 1 },
};

/* The honorific written exactly s[a..b) (capital and all), or NULL. */
static const struct honorific *honorific_at(const char *s, size_t a, size_t b)
{
    const lex_entry *e = lex_find(s, a, b);
    if (!e || e->honorific < 0)
        return NULL;
    const struct honorific *h = &honorifics[e->honorific];
    return memcmp(s + a, h->w, e->len) == 0 ? h : NULL;
}

int ix_quotes_lex_honorific_kept(const char *s, size_t a, size_t b)
{
    const struct honorific *h = honorific_at(s, a, b);
    return h ? h->kept : 0;
}

/* Letters after a name: "Tom Reyes CBE", "Jo Hale QPM". */
static const char *const postnominals[] = {
    "cbe", "obe", "mbe", "kbe", "dbe", "qpm", "kpm", "qc", "kc", "dl", "jp",
    "frsa", "phd", "bem", "cb", "kcb", "dcb", "qfsm",
};

int ix_quotes_lex_postnominal(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!isupper((unsigned char)s[i]))
            return 0;           /* written in capitals only */
    return in_class(s, a, b, L_POSTNOMINAL);
}

/* Capitalised words that name a time or a direction, never a speaker:
 * "in October and found ...", "Adult Social Care in the North commented". */
static const char *const not_speakers[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "today", "yesterday",
};

int ix_quotes_lex_not_speaker(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_NOT_SPEAKER);
}

int ix_quotes_lex_honorific(const char *s, size_t a, size_t b, int *first_name)
{
    const struct honorific *h = honorific_at(s, a, b);
    if (!h)
        return 0;
    if (first_name)
        *first_name = h->first;
    return h->gender;
}

/* Offices: "HM Chief Inspector of Probation", "Chief Executive",
 * "Director of Operations", "a spokesperson for the council". */
static const char *const role_words[] = {
    "chief", "inspector", "director", "executive", "minister", "secretary",
    "chair", "chairman", "chairwoman", "chairperson", "president",
    "commissioner", "officer", "head", "governor", "manager", "leader",
    "spokesperson", "spokesman", "spokeswoman", "deputy", "lead", "principal",
    "mayor", "ombudsman", "founder", "ceo", "coordinator", "co-ordinator",
    "adviser", "advisor", "registrar", "superintendent", "constable",
    "chancellor", "solicitor-general", "attorney-general", "controller",
    "headteacher", "headmaster", "headmistress", "hmi", "mp", "msp", "mla",
    "pcc", "pfcc",
    "member", "correspondent", "editor", "reporter", "trustee", "treasurer",
    "clerk", "dean", "vice-chancellor", "commander", "holder", "convener",
    "convenor", "provost", "organiser", "official", "officials",
    /* offices of the services inspected and of those around them: "'...,'
     * the warden said" */
    "captain", "warden", "matron", "sergeant", "coroner", "judge", "magistrate",
    "chaplain", "vicar", "bishop", "administrator", "proprietor", "owner", "auditor",
    /* trades, as offices: "'...,' the midwife said", "said doctor Ada Quell" */
    "doctor", "midwife", "paramedic", "surgeon", "pharmacist", "dentist", "lawyer",
    "solicitor", "barrister", "researcher", "worker", "volunteer", "employee",
    "consultant", "psychiatrist", "psychologist", "therapist", "physiotherapist", "gp",
    "teacher", "lecturer", "tutor", "caseworker", "criminologist", "academic", "analyst",
    "economist",
    /* those who speak out: "campaigner Ann Lee said", "MEP Tom Reyes" */
    "campaigner", "activist", "mep",
    "vice-chair", "vice-president", "secretary-general", "general-secretary",
};

int ix_quotes_lex_role_word(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_ROLE);
}

/* Words that qualify an office, before its role word: "General
 * Secretary", "Assistant Chief Constable", "Acting Governor", "Medical
 * Director", "Cabinet Member".  Never a name's word on their own account. */
static const char *const office_modifiers[] = {
    "general", "assistant", "acting", "interim", "senior", "regional", "national",
    "managing", "executive", "deputy", "vice", "joint", "associate", "principal",
    "shadow", "cabinet", "clinical", "medical", "nursing", "strategic", "divisional",
    "operational", "temporary", "honorary", "first", "permanent", "under",
};

int ix_quotes_lex_office_modifier(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_OFFICE_MOD);
}

/* Irregular past participles that open a reduced relative clause: "the
 * report written by ...", "the inspection led by ...". */
static const char *const participles[] = {
    "written", "led", "undertaken", "seen", "made", "done", "taken", "given", "sent",
    "brought", "drawn", "begun", "run", "held", "shown", "known", "put", "set",
};

int ix_quotes_lex_participle(const char *s, size_t a, size_t b)
{
    if (b - a > 4 && islower((unsigned char)s[a]) && s[b - 2] == 'e' && s[b - 1] == 'd')
        return 1;
    return in_class(s, a, b, L_PARTICIPLE);
}

/* "HM Inspectorate of Probation", "the Ministry of Justice", "Exe Valley
 * Community Rehabilitation Company": capitalised runs that name a body. */
static const char *const org_words[] = {
    "company", "companies", "service", "services", "inspectorate", "ministry",
    "department", "council", "trust", "limited", "ltd", "plc", "group",
    "partnership", "agency", "office", "government", "crc", "nps",
    "probation", "justice", "board", "authority", "university", "college",
    "foundation", "association", "society", "charity", "commission", "court",
    "courts", "prison", "prisons", "hmp", "team", "unit", "division",
    "region", "police", "constabulary", "rehabilitation", "institute",
    "network", "centre", "center", "union", "federation", "committee",
    "parliament", "yot", "yos", "pdu", "inspectorates",
    /* the bodies other inspectorates inspect */
    "surgery", "practice", "hospital", "hospitals", "school", "academy", "nursery", "hospice",
    "clinic", "home", "force", "fire", "nhs", "healthcare", "hmpps",
};

/* The inspectorates by their short names (body words too): "Ofsted
 * inspector", "a CQC spokesperson". */
static const char *const inspectorate_names[] = {
    "ofsted", "cqc", "estyn", "hmicfrs", "hmic", "hmip", "hmips", "hmiprobation", "cjini",
    "hmcpsi", "hiw", "ciw",
};

int ix_quotes_lex_org_word(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_ORG);
}

static const char *const body_nouns[] = {
    "practice", "surgery", "school", "academy", "college", "nursery", "hospital", "hospice",
    "trust", "home", "force", "constabulary", "council", "authority", "provider", "service",
    "prison", "centre", "company",
};

int ix_quotes_lex_body_noun(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_BODY);
}

int ix_quotes_lex_role_in(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        while (i < b && !isalnum((unsigned char)s[i]))
            i++;
        size_t e = i;
        while (e < b && (isalnum((unsigned char)s[e]) || s[e] == '-'))
            e++;
        if (e > i && in_class(s, i, e, L_ROLE))
            return 1;
        i = e;
    }
    return 0;
}

/* Bodies that speak or write.  "Inspectors concluded: ...", "the report
 * noted ...", "a council spokesperson said", "described by staff as ...". */
static const struct group { const char *w; int number; const char *canon; } groups[] = {
    { "inspectors", IX_QLEX_GROUP_PLURAL, "Inspectors" },
    { "report", IX_QLEX_GROUP_SINGULAR, NULL },
    { "staff", IX_QLEX_GROUP_PLURAL, "staff" },
    { "inspector", IX_QLEX_GROUP_SINGULAR, NULL },
    { "inspectorate", IX_QLEX_GROUP_SINGULAR, NULL },
    { "spokesperson", IX_QLEX_GROUP_SINGULAR, NULL },
    { "spokesman", IX_QLEX_GROUP_SINGULAR, NULL },
    { "spokeswoman", IX_QLEX_GROUP_SINGULAR, NULL },
    { "spokespeople", IX_QLEX_GROUP_PLURAL, NULL },
    { "representative", IX_QLEX_GROUP_SINGULAR, NULL },
    { "managers", IX_QLEX_GROUP_PLURAL, NULL },
    { "leaders", IX_QLEX_GROUP_PLURAL, NULL },
    { "officers", IX_QLEX_GROUP_PLURAL, NULL },
    { "practitioners", IX_QLEX_GROUP_PLURAL, NULL },
    { "review", IX_QLEX_GROUP_SINGULAR, NULL },
    /* people who speak to inspectors: "one nurse told inspectors:" */
    { "nurse", IX_QLEX_GROUP_SINGULAR, NULL },
    { "nurses", IX_QLEX_GROUP_PLURAL, NULL },
    { "prisoner", IX_QLEX_GROUP_SINGULAR, NULL },
    { "prisoners", IX_QLEX_GROUP_PLURAL, NULL },
    { "patient", IX_QLEX_GROUP_SINGULAR, NULL },
    { "patients", IX_QLEX_GROUP_PLURAL, NULL },
    { "resident", IX_QLEX_GROUP_SINGULAR, NULL },
    { "residents", IX_QLEX_GROUP_PLURAL, NULL },
    { "parent", IX_QLEX_GROUP_SINGULAR, NULL },
    { "parents", IX_QLEX_GROUP_PLURAL, NULL },
    { "pupil", IX_QLEX_GROUP_SINGULAR, NULL },
    { "pupils", IX_QLEX_GROUP_PLURAL, NULL },
    { "detainee", IX_QLEX_GROUP_SINGULAR, NULL },
    { "detainees", IX_QLEX_GROUP_PLURAL, NULL },
    { "inmate", IX_QLEX_GROUP_SINGULAR, NULL },
    { "inmates", IX_QLEX_GROUP_PLURAL, NULL },
    { "regulator", IX_QLEX_GROUP_SINGULAR, NULL },
    { "inspection", IX_QLEX_GROUP_SINGULAR, NULL },
    { "watchdog", IX_QLEX_GROUP_SINGULAR, NULL },
    { "councillor", IX_QLEX_GROUP_SINGULAR, NULL },
    { "councillors", IX_QLEX_GROUP_PLURAL, NULL },
    { "participant", IX_QLEX_GROUP_SINGULAR, NULL },
    { "participants", IX_QLEX_GROUP_PLURAL, NULL },
    { "person", IX_QLEX_GROUP_SINGULAR, NULL },     /* "one person said," */
    { "relative", IX_QLEX_GROUP_SINGULAR, NULL },
    { "relatives", IX_QLEX_GROUP_PLURAL, NULL },
    { "carer", IX_QLEX_GROUP_SINGULAR, NULL },
    { "carers", IX_QLEX_GROUP_PLURAL, NULL },
    { "student", IX_QLEX_GROUP_SINGULAR, NULL },
    { "students", IX_QLEX_GROUP_PLURAL, NULL },
    { "learner", IX_QLEX_GROUP_SINGULAR, NULL },
    { "learners", IX_QLEX_GROUP_PLURAL, NULL },
    /* people speaking by their trade, many: "'...,' lawyers said"; not the
     * staff a service is judged by ("Teachers do not ..." is the
     * inspectors' finding) */
    { "lawyers", IX_QLEX_GROUP_PLURAL, NULL },
    { "solicitors", IX_QLEX_GROUP_PLURAL, NULL },
    { "barristers", IX_QLEX_GROUP_PLURAL, NULL },
    { "researchers", IX_QLEX_GROUP_PLURAL, NULL },
    /* bodies answering an inspection: "the council said", "the trust added" */
    { "council", IX_QLEX_GROUP_SINGULAR, NULL },
    { "trust", IX_QLEX_GROUP_SINGULAR, NULL },
    { "ministry", IX_QLEX_GROUP_SINGULAR, NULL },
    { "department", IX_QLEX_GROUP_SINGULAR, NULL },
    { "government", IX_QLEX_GROUP_SINGULAR, NULL },
    { "company", IX_QLEX_GROUP_SINGULAR, NULL },
    { "charity", IX_QLEX_GROUP_SINGULAR, NULL },
    { "union", IX_QLEX_GROUP_SINGULAR, NULL },
    { "board", IX_QLEX_GROUP_SINGULAR, NULL },
    { "commission", IX_QLEX_GROUP_SINGULAR, NULL },
    { "campaigners", IX_QLEX_GROUP_PLURAL, NULL },
    /* the bodies other inspectorates inspect, answering: "the practice said" */
    { "practice", IX_QLEX_GROUP_SINGULAR, NULL },
    { "surgery", IX_QLEX_GROUP_SINGULAR, NULL },
    { "school", IX_QLEX_GROUP_SINGULAR, NULL },
    { "college", IX_QLEX_GROUP_SINGULAR, NULL },
    { "hospital", IX_QLEX_GROUP_SINGULAR, NULL },
    { "force", IX_QLEX_GROUP_SINGULAR, NULL },
    { "nursery", IX_QLEX_GROUP_SINGULAR, NULL },
    { "hospice", IX_QLEX_GROUP_SINGULAR, NULL },
    { "provider", IX_QLEX_GROUP_SINGULAR, NULL },
};

int ix_quotes_lex_group(const char *s, size_t a, size_t b, const char **canon)
{
    const lex_entry *e = lex_find(s, a, b);
    if (!e || e->group < 0)
        return 0;
    if (canon)
        *canon = groups[e->group].canon;
    return groups[e->group].number;
}

/* The common nouns a writer calls an inspectorate by, which stand for the
 * inspectorate the document names ("the regulator said", "a watchdog has
 * warned"); "the inspectorate" is not one: it is kept as written. */
static const char *const epithets[] = {
    "regulator", "watchdog",
};

/* Words that stay part of a group's name before it: "the inspection
 * report", "the annual report", "a council spokesperson", "prison staff";
 * any word naming a body (org_words) too. */
static const char *const group_modifiers[] = {
    "inspection", "inspections", "annual", "joint", "thematic", "inspectorate's",
    "ministry", "home", "government", "council", "trust", "company", "union",
    "force", "hospital", "school", "care", "healthcare", "health", "nhs", "cqc",
    "ofsted", "hmip", "hmicfrs", "hmic", "hmi", "estyn", "cjini", "hiw", "ciw",
    "probation", "prison", "police", "youth", "final", "full", "senior", "local",
    /* which of its reports: "the latest report", "the new report" */
    "latest", "new", "first", "second", "recent", "interim",
};

/* Does s[a..b) end in "'s" (either case of s)? */
static int possessive(const char *s, size_t a, size_t b)
{
    return b - a > 2 && s[b - 2] == '\'' && (s[b - 1] == 's' || s[b - 1] == 'S');
}

int ix_quotes_lex_group_modifier(const char *s, size_t a, size_t b)
{
    if (possessive(s, a, b))
        b -= 2;                          /* "Ofsted's" */
    const lex_entry *e = lex_find(s, a, b);
    return e && (e->classes & (L_GROUP_MOD | L_ORG));
}

/* ---- function words ---------------------------------------------------- */

static const char *const stopwords[] = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she",
    "they", "we", "i", "his", "her", "their", "our", "my", "your", "you", "but",
    "and", "or", "however", "overall", "although", "though", "while", "whilst",
    "when", "where", "in", "on", "at", "for", "with", "as", "if", "so", "yet",
    "despite", "since", "after", "before", "some", "many", "most", "all",
    "both", "each", "there", "here", "what", "which", "who", "why", "how",
    "then", "also", "today", "yesterday", "meanwhile", "finally",
    "nevertheless", "moreover", "furthermore", "indeed", "again", "instead",
    "now", "like", "unlike", "generally", "by", "from", "to", "of", "not",
    "no", "one", "two", "three", "every", "any", "such", "only", "even",
    "speaking", "commenting", "responding", "according", "said", "says",
    "inspectors", "following", "during", "last", "next", "earlier", "later",
    "more", "less", "further", "other", "another",
};

int ix_quotes_lex_stopword(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_STOP);
}

static const char *const determiners[] = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
    "his", "her", "some", "many", "several", "one",
    "y", "yr",                          /* Welsh: the */
};

int ix_quotes_lex_determiner(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_DET);
}

/* "she had commented:", "Inspectors also noted", "he later added". */
static const char *const aux_words[] = {
    "had", "has", "have", "also", "then", "later", "further", "again",
    "previously", "recently", "today", "yesterday", "once", "simply",
    "clearly", "would", "will", "could", "may", "might", "subsequently",
    "earlier", "publicly", "rightly", "repeatedly", "firmly", "last",
};

int ix_quotes_lex_aux(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_AUX);
}

static const char *const connectors[] = { "of", "for", "and", "the", "&", "on" };

int ix_quotes_lex_connector(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_CONN);
}

/* ---- labels, names, titles --------------------------------------------- */

/* The four-band scale and the older narrative judgements: "rated
 * 'Requires improvement'", "found to be 'poor'", 'assessed as "Good"'. */
static const char *const band_labels[] = {
    "outstanding", "good", "very good", "excellent", "requires improvement",
    "requiring improvement", "require improvement", "needs improvement",
    "needing improvement", "inadequate", "poor", "satisfactory",
    "unsatisfactory", "adequate", "weak", "fair", "good enough",
    "not good enough", "sufficient", "insufficient", "met", "not met",
    "partially met", "effective", "ineffective", "acceptable",
    "unacceptable", "strong", "very poor", "reasonably good",
    "not sufficiently good", "not yet good enough", "very weak",
};

static int fold_phrase(const char *s, size_t a, size_t b, char *buf, size_t cap);

/* Is the folded word or phrase w one of list's n entries? */
static int folded_in(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

static int band_word(const char *w)
{
    return folded_in(w, band_labels, sizeof band_labels / sizeof *band_labels);
}

/* Bands that are also the plain adjectives a report judges with: quoted in
 * a reported sentence without a rating word before them ("said the work was
 * 'insufficient'", "found attendance 'poor'") they are the source's words,
 * not a label ("rated 'poor'" stays one). */
static const char *const narrative_bands[] = {
    "poor", "very poor", "weak", "very weak", "insufficient", "sufficient",
    "strong", "effective", "ineffective", "acceptable", "unacceptable",
    "adequate",
};

/* Words that make the band after them a rating: "rated 'weak'", "a grade
 * of 'poor'", "judged 'effective'". */
static const char *const rating_cues[] = {
    "rated", "rates", "rate", "rating", "ratings", "graded", "grade", "grades",
    "grading", "judged", "judgement", "judgment", "assessed", "scored", "score",
    "evaluated", "classed", "classified", "marked",
};

static int phrase_in(const char *s, size_t a, size_t b, const char *const *list, size_t n)
{
    char buf[64];
    return fold_phrase(s, a, b, buf, sizeof buf) && folded_in(buf, list, n);
}

int ix_quotes_lex_narrative_band(const char *s, size_t a, size_t b)
{
    return phrase_in(s, a, b, narrative_bands, sizeof narrative_bands / sizeof *narrative_bands);
}

int ix_quotes_lex_rating_cue(const char *s, size_t a, size_t b)
{
    return phrase_in(s, a, b, rating_cues, sizeof rating_cues / sizeof *rating_cues);
}

/* The second half of "good or better", "requires improvement or worse". */
static int band_comparison(const char *w)
{
    return strcmp(w, "better") == 0 || strcmp(w, "worse") == 0 || strcmp(w, "above") == 0 ||
           strcmp(w, "below") == 0;
}

/* s[a..b) as a phrase to look up: the quote marks and punctuation around it
 * dropped, lower case, runs of spaces, line breaks and hyphens one space.
 * 0 when it does not fit in cap bytes. */
static int fold_phrase(const char *s, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = 0;
    int space = 0;
    while (a < b && strchr(" .,;:!?\"'", s[a]))
        a++;
    while (b > a && strchr(" .,;:!?\"'", s[b - 1]))
        b--;
    if (b - a >= cap)
        return 0;
    for (size_t i = a; i < b; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '-') {
            space = 1;
            continue;
        }
        if (space && n)
            buf[n++] = ' ';
        space = 0;
        buf[n++] = (char)tolower((unsigned char)c);
    }
    buf[n] = '\0';
    return 1;
}

int ix_quotes_lex_band_label(const char *s, size_t a, size_t b)
{
    char buf[64];
    if (!fold_phrase(s, a, b, buf, sizeof buf))
        return 0;
    /* "being good or better", "adequate or unsatisfactory": alternatives of
     * the scale, every part a band (or a comparison with one).  Bands joined
     * by "and" describe ("weak and ineffective" leadership): not a label. */
    char *p = buf;
    if (strncmp(p, "being ", 6) == 0)
        p += 6;
    for (int part = 0;; part++) {
        char *sep = strstr(p, " or ");
        size_t skip = 4;
        if (sep)
            *sep = '\0';
        if (!band_word(p) && !(part > 0 && band_comparison(p)))
            return 0;
        if (!sep)
            return 1;
        p = sep + skip;
    }
}

/* Statuses and procedures of the regimes, quoted as names: "placed in
 * 'special measures'", "issued an 'urgent notification'". */
static const char *const status_terms[] = {
    "special measures", "urgent notification", "urgent notifications",
    "enforcement notice", "warning notice", "causing concern", "improvement notice",
    /* kinds of inspection and report, named: "its 'core case inspection'" */
    "core case inspection", "independent review of progress", "short quality screening",
    "full joint inspection", "focused visit", "thematic inspection", "sector reports",
    "key lines of enquiry", "minimum improvement required", "substantial improvements required",
    "substantial improvement required", "improvement required",
};

int ix_quotes_lex_status_term(const char *s, size_t a, size_t b)
{
    return phrase_in(s, a, b, status_terms, sizeof status_terms / sizeof *status_terms);
}

/* "its so-called 'hub'", "a scheme dubbed 'the Wheel'", "a team called
 * 'Pathways'", "the course entitled 'Second Chances'". */
static const char *const naming_cues[] = {
    "so-called", "called", "dubbed", "termed", "named", "nicknamed",
    "entitled", "titled", "branded", "labelled", "labeled", "badged",
    "coined", "christened",
};

int ix_quotes_lex_naming_cue(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_NAMING);
}

/* Nouns that present a quoted term as a term: "the concept of 'healthy
 * establishments'", "the phrase 'step up'". */
static const char *const term_cues[] = {
    "concept", "notion", "principle", "idea", "term", "phrase", "word", "label",
    "slogan", "motto", "heading", "banner",
};

int ix_quotes_lex_term_cue(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_TERM);
}

/* Words that may follow a quoted fragment in the writer's sentence ("found
 * 'serious concerns' about ...", "'long distances' to attend", "'wholly
 * inadequate' number" is not one of them: a noun right after the marks makes
 * the quoted words a modifier, a term). */
static const char *const link_words[] = {
    "to", "of", "in", "at", "as", "and", "or", "but", "for", "from", "with", "by",
    "on", "that", "which", "who", "whom", "whose", "across", "among", "amongst",
    "about", "than", "since", "when", "where", "while", "whilst", "after",
    "before", "over", "under", "into", "within", "between", "because", "if",
    "is", "was", "were", "are", "be", "been", "being", "has", "had", "have",
    "could", "would", "should", "will", "may", "might", "can", "must", "not",
    "it", "they", "he", "she", "we", "there", "this", "these", "those", "the",
    "a", "an", "its", "their", "his", "her", "throughout", "around", "towards",
    "toward", "despite", "during", "until", "unless", "although", "though",
    "so", "yet", "nor", "also", "too", "now", "then", "still", "even", "only",
    "said", "says", "according", "amid", "against", "without", "per", "via",
    "following", "including", "due", "leading", "both", "all", "every", "each",
    "out", "up", "down", "off", "through", "along", "upon", "onto", "like",
    /* irregular participles going on with the writer's clause ("the
     * 'haphazard arrangements' put in place") */
    "put", "set", "made", "seen", "given", "taken", "left", "held", "kept",
    "brought", "caused", "shown", "known", "done", "met", "felt", "heard",
};

static const char *const predicate_cues[] = {
    "is", "was", "were", "are", "be", "been", "being", "remains", "remained", "as", "deemed",
    "seemed", "appeared", "looked", "became", "become", "proved", "remain", "stayed",
};

int ix_quotes_lex_predicate_cue(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_PRED);
}

/* Endings that make one word an adjective of judgement ("impressive",
 * "disappointing", "significant", "chronic", "largest"); nouns of action
 * ("assessment", "deterioration") and past forms ("deteriorated") are not
 * among them. */
static const char *const judging_endings[] = {
    "ive", "ing", "est", "ful", "ous", "ic", "ant", "ent", "able", "ible", "less",
};

int ix_quotes_lex_judging_adjective(const char *s, size_t a, size_t b)
{
    if (b < a + 5)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!islower((unsigned char)s[i]) && s[i] != '-')
            return 0;
    if (ix_quotes_lex_is(s, b - 4, b, "ment"))
        return 0;
    for (size_t k = 0; k < sizeof judging_endings / sizeof *judging_endings; k++) {
        size_t l = strlen(judging_endings[k]);
        if (b - a > l + 2 && ix_quotes_lex_is(s, b - l, b, judging_endings[k]))
            return 1;
    }
    return 0;
}

/* The people a service is judged by, and its board: staff, managers,
 * patients, prisoners ...  They speak with a verb of saying ("staff told
 * inspectors"); as the subject of any other verb ("Staff were 'disengaged'",
 * "The board has taken 'bold steps'") they are what the quote describes. */
static const char *const judged_people[] = {
    "staff", "manager", "managers", "leader", "leaders", "officer", "officers",
    "practitioner", "practitioners", "nurse", "nurses", "patient", "patients",
    "prisoner", "prisoners", "resident", "residents", "parent", "parents", "pupil",
    "pupils", "detainee", "detainees", "inmate", "inmates", "relative", "relatives",
    "carer", "carers", "student", "students", "learner", "learners", "participant",
    "participants", "board", "governors", "teachers", "workers", "children",
};

int ix_quotes_lex_judged_people(const char *s, size_t a, size_t b)
{
    return WORD_LISTED(s, a, b, judged_people);
}

int ix_quotes_lex_link_word(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_LINK);
}

/* "the report 'Working Together'", "its strategy 'Safer Streets'". */
static const char *const title_cues[] = {
    "report", "review", "guidance", "strategy", "publication", "paper", "book",
    "film", "programme", "document", "framework", "bulletin", "booklet",
    "leaflet", "campaign", "podcast", "article", "blog", "thematic",
};

int ix_quotes_lex_title_cue(const char *s, size_t a, size_t b)
{
    return in_class(s, a, b, L_TITLE);
}

static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "st", "prof", "no", "rev", "sr", "jr", "etc",
    "vs", "cf", "cllr", "hon", "approx",
};

int ix_quotes_lex_abbrev(const char *s, size_t a, size_t b)
{
    if (b - a == 1 && isupper((unsigned char)s[a]))
        return 1;                       /* an initial: "J. Okafor" */
    return in_class(s, a, b, L_ABBREV);
}

/* ---- the index ------------------------------------------------------------ */

/* Each class and its table, for building the index. */
#define TABLE(c, t) { c, t, sizeof t / sizeof *t }
static const struct { enum lex_class c; const char *const *words; size_t n; } class_tables[] = {
    TABLE(L_SPEECH, speech_verbs),       TABLE(L_JUDGE, judge_verbs),
    TABLE(L_REPORTING, reporting_nouns), TABLE(L_STANCE, stance_words),
    TABLE(L_GIVING, giving_verbs),       TABLE(L_GOES_ON, going_on_verbs),
    TABLE(L_FEM, fem),                   TABLE(L_MAS, mas),
    TABLE(L_POSTNOMINAL, postnominals),  TABLE(L_NOT_SPEAKER, not_speakers),
    TABLE(L_ROLE, role_words),           TABLE(L_ORG, org_words),
    TABLE(L_BODY, body_nouns),           TABLE(L_GROUP_MOD, group_modifiers),
    TABLE(L_STOP, stopwords),            TABLE(L_DET, determiners),
    TABLE(L_AUX, aux_words),             TABLE(L_CONN, connectors),
    TABLE(L_NAMING, naming_cues),        TABLE(L_TERM, term_cues),
    TABLE(L_LINK, link_words),           TABLE(L_PRED, predicate_cues),
    TABLE(L_TITLE, title_cues),          TABLE(L_ABBREV, abbrevs),
    TABLE(L_OFFICE_MOD, office_modifiers), TABLE(L_PARTICIPLE, participles),
    TABLE(L_SPEECH, cognition_verbs),    TABLE(L_COGNITION, cognition_verbs),
    TABLE(L_EPITHET, epithets),
    TABLE(L_ORG, inspectorate_names),    TABLE(L_INSPECTORATE, inspectorate_names),
};
#undef TABLE

/* The words live in lex_words; the hash table holds only their numbers
 * (+1; 0: free), small enough that a word in no table, the usual answer,
 * costs one hash and one probe of a few cache lines. */
enum {
    LEX_WORDS = 1024,                  /* distinct words of all tables: plenty */
    LEX_SLOTS = 2048                   /* a power of two, over twice the words */
};

static lex_entry lex_words[LEX_WORDS];
static size_t lex_nwords;
static uint16_t lex_slots[LEX_SLOTS];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* A filter before the hash: one bit per (first letter, last letter, length)
 * of the words indexed (the low five bits of a letter, the same in either
 * case).  Most words of a text are in no table, and most of those are
 * turned away by one bit. */
static uint32_t lex_shape[32][32];

/* The lengths (bit n: n bytes) of the words indexed with w's first and
 * last letters (n bytes, 0 < n < 32). */
static uint32_t *shape_of(const char *w, size_t n)
{
    return &lex_shape[(unsigned char)w[0] & 31][(unsigned char)w[n - 1] & 31];
}

/* The four bytes at p as a little-endian number. */
static inline uint64_t load4(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24;
}

/* The n bytes at p (0 < n <= 8) as a little-endian number, zero above
 * them.  Reads inside the n bytes only: two loads that overlap when n < 8,
 * or the first, middle and last byte when n < 4. */
static inline uint64_t load_upto8(const unsigned char *p, size_t n)
{
    if (n >= 4)
        return load4(p) | load4(p + n - 4) >> (8 * (8 - n)) << 32;
    return (uint64_t)p[0] | (uint64_t)p[n / 2] << (8 * (n / 2)) |
           (uint64_t)p[n - 1] << (8 * (n - 1));
}

/* The eight bytes of x with each ASCII capital lowered (what ix_scan_lower
 * does to one byte): a byte whose high bit is clear and that lies in
 * 'A'..'Z' gains 0x20. */
static inline uint64_t lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t low7 = x & ~high;
    uint64_t from_a = low7 + ones * (0x80 - 'A');      /* high bit: byte >= 'A' */
    uint64_t past_z = low7 + ones * (0x80 - 'Z' - 1);  /* high bit: byte > 'Z' */
    return x | (from_a & ~past_z & ~x & high) >> 2;
}

/* The eight bytes at p as a little-endian number. */
static inline uint64_t load8(const unsigned char *p)
{
    return load4(p) | load4(p + 4) << 32;
}

/* Fold s[a..b) (1 to LEX_MAX_WORD bytes) to the key k, eight bytes at a
 * time; returns its hash.  Inlined into the lookup, where a word of one
 * machine word (most words) leaves the other two known zero. */
static inline __attribute__((always_inline)) uint32_t lex_fold(const char *s, size_t a, size_t b,
                                                               lex_key *k)
{
    const unsigned char *p = (const unsigned char *)s + a;
    size_t n = b - a;
    if (n <= 8) {
        k->w[0] = lower8(load_upto8(p, n));
        k->w[1] = k->w[2] = 0;
    } else {
        k->w[0] = lower8(load8(p));
        if (n <= 16) {
            k->w[1] = lower8(load_upto8(p + 8, n - 8));
            k->w[2] = 0;
        } else {
            k->w[1] = lower8(load8(p + 8));
            k->w[2] = lower8(load_upto8(p + 16, n - 16));
        }
    }
    uint64_t h = (k->w[0] * 0x9E3779B97F4A7C15u) ^ (k->w[1] * 0xC2B2AE3D27D4EB4Fu) ^
                 (k->w[2] * 0x165667B19E3779F9u);
    return (uint32_t)(h >> 32);
}

static int lex_key_eq(const lex_key *x, const lex_key *y)
{
    return x->w[0] == y->w[0] && x->w[1] == y->w[1] && x->w[2] == y->w[2];
}

/* The slot of key k with hash h: the one holding it, or the free slot
 * where it belongs.  The zero padding makes equal keys equal lengths. */
static inline uint16_t *lex_slot(const lex_key *k, uint32_t h)
{
    for (h &= LEX_SLOTS - 1;; h = (h + 1) & (LEX_SLOTS - 1)) {
        uint16_t v = lex_slots[h];
        if (!v || lex_key_eq(&lex_words[v - 1].key, k))
            return &lex_slots[h];
    }
}

/* The entry of word w (folded to lower case), made when new. */
static lex_entry *lex_add(const char *w)
{
    lex_key key;
    size_t n = strlen(w);
    assert(n > 0 && n <= LEX_MAX_WORD);
    uint16_t *slot = lex_slot(&key, lex_fold(w, 0, n, &key));
    if (!*slot) {
        assert(lex_nwords < LEX_WORDS);
        lex_entry *e = &lex_words[lex_nwords++];
        e->key = key;
        e->len = (unsigned char)n;
        e->group = -1;
        e->honorific = -1;
        *slot = (uint16_t)lex_nwords;
        *shape_of(w, n) |= 1u << n;
    }
    return &lex_words[*slot - 1];
}

/* The classes a token of entry e has whatever its case: its tables' but
 * those that ask for capitals (postnominals, honorifics: classes_of tests
 * them), the group's bit, and a group modifier's, which a possessive
 * ("Ofsted's") takes from its stem. */
static uint32_t token_classes(const lex_entry *e)
{
    char w[LEX_KEY];
    for (size_t i = 0; i < e->len; i++)
        w[i] = (char)(e->key.w[i / 8] >> (8 * (i % 8)));
    uint32_t c = e->classes & ~(uint32_t)(L_POSTNOMINAL | L_GROUP_MOD);
    if (e->group >= 0)
        c |= IX_QLEX_W_GROUP;
    const lex_entry *stem = possessive(w, 0, e->len) ? lex_lookup(w, 0, e->len - 2u) : e;
    if (stem && (stem->classes & (L_GROUP_MOD | L_ORG)))
        c |= L_GROUP_MOD;
    return c;
}

/* A word in two places of one table keeps its first place, as a scan of the
 * table in order would find. */
static void lex_build(void)
{
    particle_shape_build();
    for (size_t t = 0; t < sizeof class_tables / sizeof *class_tables; t++)
        for (size_t i = 0; i < class_tables[t].n; i++)
            lex_add(class_tables[t].words[i])->classes |= class_tables[t].c;
    for (size_t i = 0; i < sizeof groups / sizeof *groups; i++) {
        lex_entry *e = lex_add(groups[i].w);
        if (e->group < 0)
            e->group = (signed char)i;
    }
    for (size_t i = 0; i < sizeof honorifics / sizeof *honorifics; i++) {
        lex_entry *e = lex_add(honorifics[i].w);
        if (e->honorific < 0)
            e->honorific = (signed char)i;
    }
    /* Every entry made: a possessive's stem can be looked up. */
    for (size_t i = 0; i < lex_nwords; i++)
        lex_words[i].token_classes = token_classes(&lex_words[i]);
}

static void lex_ready(void)
{
    pthread_once(&lex_once, lex_build);
}

/* The entry of the word s[a..b), or NULL; the index must be built.
 * Inlined: it is most of the cost of a token's classes. */
static inline __attribute__((always_inline)) const lex_entry *lex_lookup(const char *s, size_t a,
                                                                         size_t b)
{
    if (b <= a || b - a > LEX_MAX_WORD)
        return NULL;
    if (!(*shape_of(s + a, b - a) >> (b - a) & 1u))
        return NULL;
    lex_key key;
    uint16_t v = *lex_slot(&key, lex_fold(s, a, b, &key));
    return v ? &lex_words[v - 1] : NULL;
}

static const lex_entry *lex_find(const char *s, size_t a, size_t b)
{
    lex_ready();
    return lex_lookup(s, a, b);
}

uint32_t ix_quotes_lex_classes(const char *s, size_t a, size_t b)
{
    lex_ready();
    return classes_of(s, a, b);
}

/* ix_quotes_lex_classes with the index built. */
static uint32_t classes_of(const char *s, size_t a, size_t b)
{
    const lex_entry *e = lex_lookup(s, a, b);
    if (!e)
        return possessive(s, a, b) && ix_quotes_lex_group_modifier(s, a, b) ? L_GROUP_MOD : 0;
    uint32_t c = e->token_classes;
    if ((e->classes & L_POSTNOMINAL) && ix_quotes_lex_postnominal(s, a, b))
        c |= L_POSTNOMINAL;              /* written in capitals */
    if (e->honorific >= 0 && ix_quotes_lex_honorific(s, a, b, NULL))
        c |= IX_QLEX_W_HONORIFIC;        /* written exactly */
    return c;
}
