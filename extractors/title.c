#include "extractors/title.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/dates_parse.h"
#include "extractors/keywords.h"
#include "extractors/scan.h"
#include "pipeline/chrome.h"
#include "pipeline/rx.h"

/* Blocks looked at before giving up, and the longest paragraph that can
 * still come before the headline (a bio, a standfirst). */
enum { LOOK_BLOCKS = 30, SHORT_PARA = 200, CHROME_MAX = 1000 };
/* A first sentence taken as the title is cut at a word before this. */
enum { FIRST_SENTENCE_MAX = 500 };
/* The longest line ending in a colon that only introduces what follows. */
enum { INTRO_MAX = 100 };
/* How far down (blocks looked at) an inspectorate's name alone may stand
 * and still name a page that has no headline. */
enum { BODY_LOOK = 3 };


/* A headline about an inspection ("Inspectors rate Exmoor CRC 'Good'"). */
static const char TOPIC[] =
    "\\b(?:inspect\\w*|probation|CRCs?|NPS|PDUs?|prisons?|YOIs?|youth|justice|rehabilitation"
    "|offend\\w*|reoffending|rated|rating|ratings|report|service|services|custody|police|constabulary"
    "|ofsted|schools?|hospitals?|care|council|requires\\s+improvement|requiring\\s+improvement"
    "|inadequate|outstanding|good|poor|victims?|supervision|staff)\\b";

#define MONTH "(?:january|february|march|april|may|june|july|august|september|october|november|december)"

/* A scraper's date label run into the first sentence: "date 2021-03-04 The
 * probation service ...", "3 March 2021The probation service ...",
 * "Tuesday, March 3, 2021 The ..." */
static const char DATELINE[] =
    "\\G\\s*(?:date\\s*:?\\s+\\d{4}-\\d{2}(?:-\\d{2})?(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?\\S*)?\\s+"
    "|(?:[a-z]+day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" MONTH "|" MONTH "\\s+\\d{1,2}(?:st|nd|rd|th)?,?)"
    "\\s+\\d{4}\\s*(?=(?-i:[A-Z])))";

/* The date that closes a report's title run into its text in a PDF copy:
 * "Report on an inspection of X by Y 12 - 23 January 2015 Glossary of
 * terms We try ...": a month and year before a capitalised word. */
static const char TITLE_DATE_END[] = "\\b" MONTH "\\s+(?:19|20)\\d\\d(?=\\s+(?-i:[A-Z]))";

/* "Press release: ...", "News - ..." labels before the headline. */
static const char LABEL[] = "\\G(?:press\\s+release|news(?:\\s+story)?|blog(?:\\s+post)?|update)\\s*[:|-]\\s*";

/* The chrome tables (pipeline/chrome.h): the ones at a block's start as one
 * pattern, their alternation (one attempt at the block's first byte instead
 * of one call each), the others one pattern each. */
enum { NCHROME = 16, NCHROME_CS = 8 };

typedef struct title_state {
    ix_rx *chrome_start;
    ix_rx *chrome[NCHROME];
    ix_rx *chrome_cs[NCHROME_CS];
    ix_rx *topic;
    ix_rx *label;
    ix_rx *dateline;
    ix_rx *title_date_end;
} title_state;

/* "(?:p0)|(?:p1)|...": matches where one of the n patterns does (none of
 * them numbers its groups for a back reference).  malloc'd, or NULL. */
static char *alternation(const char *const *p, size_t n)
{
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(p[i]) + 6;
    char *out = malloc(len), *w = out;
    for (size_t i = 0; out && i < n; i++)
        w += sprintf(w, "%s(?:%s)", i ? "|" : "", p[i]);
    return out;
}

int ix_title_init(void **state, ix_err *err)
{
    title_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "title: out of memory");
    if (ix_chrome_nblocks > NCHROME || ix_chrome_nblocks_cs > NCHROME_CS) {
        ix_title_fini(st);
        return ix_err_set(err, IX_EREGEX, "title: more chrome patterns than NCHROME");
    }
    int rc = IX_OK;
    for (size_t i = 0; i < ix_chrome_nblocks && rc == IX_OK; i++)
        if (!(st->chrome[i] = ix_rx_new("title.chrome", ix_chrome_blocks[i].pattern, PCRE2_CASELESS, err)))
            rc = err ? err->code : IX_EREGEX;
    char *start = rc == IX_OK ? alternation(ix_chrome_blocks_start, ix_chrome_nblocks_start) : NULL;
    if (rc == IX_OK && !start)
        rc = ix_err_set(err, IX_ENOMEM, "title: out of memory");
    if (rc == IX_OK && !(st->chrome_start = ix_rx_new("title.chrome_start", start, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    free(start);
    if (rc == IX_OK)
        rc = ix_rx_compile_all(st->chrome_cs, ix_chrome_blocks_cs, ix_chrome_nblocks_cs, "title.chrome_cs", 0, err);
    if (rc == IX_OK && !(st->topic = ix_rx_new("title.topic", TOPIC, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc == IX_OK && !(st->label = ix_rx_new("title.label", LABEL, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc == IX_OK && !(st->dateline = ix_rx_new("title.dateline", DATELINE, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc == IX_OK &&
        !(st->title_date_end = ix_rx_new("title.title_date_end", TITLE_DATE_END, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc != IX_OK) {
        ix_title_fini(st);
        return rc;
    }
    *state = st;
    return IX_OK;
}

void ix_title_fini(void *state)
{
    title_state *st = state;
    if (!st)
        return;
    ix_rx_free(st->chrome_start);
    ix_rx_free_all(st->chrome, ix_chrome_nblocks);
    ix_rx_free_all(st->chrome_cs, ix_chrome_nblocks_cs);
    ix_rx_free(st->topic);
    ix_rx_free(st->label);
    ix_rx_free(st->dateline);
    ix_rx_free(st->title_date_end);
    free(st);
}

/* 1 when rx matches somewhere in norm[a, b), 0 when not, <0 on error. */
static int matches(const ix_rx *rx, const ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    ix_rxm m;
    return ix_rx_find(rx, doc->norm, a, b, &m, err);
}

static size_t count_words(const char *s, size_t a, size_t b)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = a; i < b; i++) {
        int w = s[i] != ' ' && s[i] != '\t' && s[i] != '\n';
        if (w && !in)
            n++;
        in = w;
    }
    return n;
}

/* Does s[a, b) end as a line that introduces what follows: a colon, or
 * the old ":-"? */
static int ends_colon(const char *s, size_t a, size_t b)
{
    return b > a && (s[b - 1] == ':' || (b - a > 1 && s[b - 1] == '-' && s[b - 2] == ':'));
}

/* Is norm[a, b), a block of nsents sentences, page chrome?  1 yes, 0 no,
 * <0 error.  *body is set when it is an inspectorate's name alone. */
static int is_chrome(const title_state *st, const ix_doc *doc, size_t a, size_t b, size_t nsents,
                     int *body, ix_err *err)
{
    *body = 0;
    int rc = matches(st->chrome_start, doc, a, b, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < ix_chrome_nblocks; i++) {
        const char *const *needs = ix_chrome_blocks[i].needs;
        if (needs && !ix_keywords_long_s(doc) && !ix_keywords_contains_any(doc, a, b, needs))
            continue;   /* no word a match needs (a long s may spell an 's') */
        rc = matches(st->chrome[i], doc, a, b, err);
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < ix_chrome_nblocks_cs; i++) {
        rc = matches(st->chrome_cs[i], doc, a, b, err);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            /* a short Title Case headline about an inspection is not a name */
            if (i == IX_CHROME_CS_NAME && matches(st->topic, doc, a, b, err) == 1)
                continue;
            *body = i == IX_CHROME_CS_BODY;
            return 1;
        }
    }
    /* too little to be a headline */
    size_t letters = 0;
    for (size_t i = a; i < b; i++)
        letters += (doc->norm[i] | 0x20) >= 'a' && (doc->norm[i] | 0x20) <= 'z';
    if (letters < 6 || count_words(doc->norm, a, b) < 2)
        return 1;
    /* "Notes to editors:", "The main findings were:" introduce, never head
     * (a longer line ending in a colon is the story's first sentence:
     * "Please find below the response of ... to the report published today:");
     * "Information Policy Team," is a line of an address (a paragraph of
     * sentences whose last introduces a list is prose) */
    if ((ends_colon(doc->norm, a, b) && nsents <= 1 && b - a <= INTRO_MAX) || doc->norm[b - 1] == ',')
        return 1;
    return 0;
}

/* Does norm[a, b) end as a sentence does (".", "!", "?", a closing mark
 * after one)? */
static int ends_sentence_text(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == '"' || s[b - 1] == '\'' || s[b - 1] == ')' || s[b - 1] == ' '))
        b--;
    return b > a && strchr(".!?", s[b - 1]) != NULL;
}

/* A copy of s[0..n) with runs of white space folded to one space. */
static char *squeeze(ix_arena *a, const char *s, size_t n)
{
    char *out = ix_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (sp && k)
            out[k++] = ' ';
        sp = 0;
        out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

/* Is norm[a, b) a page's address slug ("probation-unpaid-work-report"):
 * lower-case words and digits joined by at least two hyphens, no space? */
static int slug_line(const char *s, size_t a, size_t b)
{
    size_t hyphens = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '-')
            hyphens++;
        else if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    }
    return hyphens >= 2 && s[a] != '-';
}

/* Is norm[a, b) one date and nothing else ("4 May 2021", "Tuesday 4 May
 * 2021")? */
static int date_alone(const char *s, size_t a, size_t b)
{
    while (b > a && s[b - 1] == ' ')
        b--;
    ix_dates_value v;
    return ix_dates_parse_at(s, a, a, b, &v) == b;
}

/* Set the title from norm[a, b): drop a label, a " | Site" tail and an
 * address slug printed on the line under the headline. */
static int set_title(const title_state *st, ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    const char *s = doc->norm;
    ix_rxm m;
    int rc = ix_rx_find(st->label, s, a, b, &m, err);
    if (rc < 0)
        return rc;
    if (rc == 1 && m.g[0].start == a && m.g[0].end < b && count_words(s, m.g[0].end, b) >= 3)
        a = m.g[0].end;
    rc = ix_rx_find(st->dateline, s, a, b, &m, err);
    if (rc < 0)
        return rc;
    if (rc == 1 && m.g[0].start == a && m.g[0].end < b)
        a = m.g[0].end;
    size_t nl = b;
    while (nl > a && s[nl - 1] != '\n')
        nl--;
    if (nl > a && slug_line(s, nl, b) && count_words(s, a, nl - 1) >= 2)
        b = nl - 1;
    /* a headline printed wholly in double quotes: "“Few councils rated good”" */
    if (b - a > 2 && s[a] == '"' && s[b - 1] == '"' && !memchr(s + a + 1, '"', b - a - 2)) {
        a++;
        b--;
    }
    /* "Exmoor CRC rated 'Good' | Justice Blog" (not "4 May 2021 | Exmoor
     * CRC rated 'Good'": a date before the bar is a dateline, and the
     * headline follows it) */
    for (size_t i = b; i > a + 3; i--) {
        if (s[i - 1] == '|' && s[i - 2] == ' ' && b - i <= 40 && count_words(s, a, i - 2) >= 3 &&
            !date_alone(s, a, i - 2)) {
            b = i - 2;
            break;
        }
    }
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    ix_scan_evidence(doc, a, b, &doc->title.span, &doc->title.norm);
    const char *written = ix_scan_as_written(doc, a, b);
    doc->title.text = written ? squeeze(doc->arena, written, strlen(written)) : NULL;
    if (!doc->title.text)
        return ix_err_set(err, IX_ENOMEM, "title: out of memory");
    return IX_OK;
}

/* ---- choosing among the headings --------------------------------------- */

/* Words that say nothing of what a headline is about. */
static const char *const PLAIN_WORDS[] = {
    "with", "that", "this", "from", "have", "been", "were", "will", "their", "there",
    "into", "after", "about", "more", "than", "also", "they", "them", "which", "what",
    "when", "where", "said", "says", "over", "under", "such", "some", "most", "very",
    "being", "would", "could", "should", "other", "those", "these", "its", "our", "your",
    "latest", "news", NULL,
};

enum { STEM = 5, LEAD_BYTES = 1200 };

static int plain_word(const char *w, size_t n)
{
    for (int i = 0; PLAIN_WORDS[i]; i++)
        if (strlen(PLAIN_WORDS[i]) == n && strncasecmp(PLAIN_WORDS[i], w, n) == 0)
            return 1;
    return 0;
}

/* The words of a story's lead, read once for every heading compared with
 * it: for each word start in norm[la, lb) (la itself, and each word byte
 * after a byte that is not one), its first STEM bytes in lower case with
 * the length of its word (a run of word bytes, cut at lb) as 4, 5 or
 * longer; shorter words are never asked for. */
enum { LEAD_KEYS = LEAD_BYTES / 5 + 2 };   /* a word of 4 and a byte between */
typedef struct lead_words {
    uint64_t key[LEAD_KEYS];
    size_t n;
} lead_words;

enum { LONGER = STEM + 1 };

/* The key of a word of length len (4 or more) at s[w]: its first STEM
 * bytes (4 when it has 4) in lower case, then its length class. */
static uint64_t word_key(const char *s, size_t w, size_t len, size_t class)
{
    uint64_t k = 0;
    for (size_t i = 0; i < len && i < STEM; i++)
        k = k << 8 | ix_scan_lower((unsigned char)s[w + i]);
    return k << 8 | class;
}

static size_t length_class(size_t len)
{
    return len > STEM ? LONGER : len;
}

static void lead_words_read(lead_words *lw, const char *s, size_t la, size_t lb)
{
    lw->n = 0;
    for (size_t i = la; i < lb;) {
        if (!ix_scan_is_word_byte((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t w = i;
        while (i < lb && ix_scan_is_word_byte((unsigned char)s[i]))
            i++;
        if (i - w >= 4 && lw->n < LEAD_KEYS)
            lw->key[lw->n++] = word_key(s, w, i - w, length_class(i - w));
    }
}

static int lead_has(const lead_words *lw, uint64_t key)
{
    for (size_t i = 0; i < lw->n; i++)
        if (lw->key[i] == key)
            return 1;
    return 0;
}

/* Does the lead use the word s[w, w+n) (n >= 4): the same word, caseless,
 * or for a word longer than STEM a word of the same first STEM letters? */
static int word_in(const lead_words *lw, const char *s, size_t w, size_t n)
{
    if (n <= STEM)
        return lead_has(lw, word_key(s, w, n, n));
    return lead_has(lw, word_key(s, w, n, STEM)) || lead_has(lw, word_key(s, w, n, LONGER));
}

/* How many of the words of the heading norm[a, b) (four letters or more,
 * not plain) the lead also uses: a headline is about what its story is
 * about, a site's tagline or a menu item is not. */
static size_t lead_overlap(const char *s, size_t a, size_t b, const lead_words *lw)
{
    size_t n = 0;
    for (size_t i = a; i < b;) {
        if (!isalpha((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t w = i;
        while (i < b && ix_scan_is_word_byte((unsigned char)s[i]))
            i++;
        size_t len = i - w;
        if (len >= 4 && !plain_word(s + w, len) && word_in(lw, s, w, len))
            n++;
    }
    return n;
}

/* Is the text of block j the same as that of norm[a, b)? */
static int same_text(const ix_doc *doc, const ix_block *bl, size_t a, size_t b)
{
    size_t x = bl->text.start, y = bl->text.end;
    while (x < y && isspace((unsigned char)doc->norm[x]))
        x++;
    while (y > x && isspace((unsigned char)doc->norm[y - 1]))
        y--;
    return y - x == b - a && memcmp(doc->norm + x, doc->norm + a, b - a) == 0;
}

/* Is the candidate's text printed again from block `from` on (a site's
 * masthead or menu item in the footer after the story)? */
static int printed_after(const ix_doc *doc, size_t from, size_t a, size_t b)
{
    for (size_t j = from; j < doc->blocks.n; j++)
        if (same_text(doc, &doc->blocks.items[j], a, b))
            return 1;
    return 0;
}

static void trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && isspace((unsigned char)s[*a]))
        (*a)++;
    while (*b > *a && isspace((unsigned char)s[*b - 1]))
        (*b)--;
}

typedef struct candidate {
    size_t block, a, b;
    int topical;
    int footer;     /* printed again after the story: a masthead or a menu item */
} candidate;

enum { MAX_CANDIDATES = LOOK_BLOCKS };

/* Words a sentence opens with: a line starting with one after a line that
 * ends without a stop starts the story under an unpunctuated heading. */
static const char *const OPENERS[] = {
    "The", "This", "These", "A", "An", "In", "On", "We", "Our", "It", "Its", "Inspectors", NULL,
};
/* Words a wrapped line may end in mid-phrase. */
static const char *const JOINERS[] = {
    "of", "the", "and", "or", "by", "to", "in", "a", "an", "for", "with", "on", "at", "from", NULL,
};

static int word_at_is(const char *s, size_t i, size_t e, const char *const *list, int caseless)
{
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]);
        if (i + n <= e && (caseless ? strncasecmp(s + i, list[k], n) : strncmp(s + i, list[k], n)) == 0 &&
            (i + n == e || !ix_scan_is_word_byte((unsigned char)s[i + n])))
            return 1;
    }
    return 0;
}

/* Where the heading that a PDF or form copy runs into its first sentence
 * ends, or b: at a line break after a line that ends without a stop or a
 * joining word, when the next line opens a sentence ("Report of a
 * Screening of Marl\nThe inspection was ..."); or before a run of three
 * words in capitals after text in lower case (an address: "Inspection
 * Report on Marl House (Dunmore) HIGH ROAD DUNMORE ..."). */
static size_t heading_end(const char *s, size_t a, size_t b)
{
    int lower = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '\n' && i > a) {
            size_t p = i;
            while (p > a && s[p - 1] == ' ')
                p--;
            size_t w = p;
            while (w > a && ix_scan_is_word_byte((unsigned char)s[w - 1]))
                w--;
            size_t n = i + 1;
            while (n < b && s[n] == ' ')
                n++;
            if (p > a && ix_scan_is_word_byte((unsigned char)s[p - 1]) && !word_at_is(s, w, p, JOINERS, 1) &&
                word_at_is(s, n, b, OPENERS, 0) && count_words(s, a, p) >= 4)
                return p;
        }
        if (s[i] >= 'a' && s[i] <= 'z')
            lower = 1;
        if (!lower || (i > a && s[i - 1] != ' ') || !(s[i] >= 'A' && s[i] <= 'Z'))
            continue;
        /* three words of three capitals or more from here */
        size_t j = i;
        int run = 0;
        while (run < 3 && j < b) {
            size_t w = j;
            while (j < b && s[j] >= 'A' && s[j] <= 'Z')
                j++;
            if (j - w < 3 || (j < b && s[j] != ' ' && s[j] != '\n'))
                break;
            run++;
            while (j < b && (s[j] == ' ' || s[j] == '\n'))
                j++;
        }
        if (run == 3 && count_words(s, a, i) >= 4) {
            while (i > a && s[i - 1] == ' ')
                i--;
            return i;
        }
    }
    return b;
}

/* The first sentence of the block at i, after a scraper's date label, to
 * the end of a heading run into it; cut at a word before IX_TITLE_MAX
 * bytes. */
static void first_sentence(const title_state *st, const ix_doc *doc, size_t i, size_t *a,
                           size_t *b, ix_err *err)
{
    const ix_block *bl = &doc->blocks.items[i];
    *a = bl->text.start;
    *b = bl->text.end;
    if (bl->nsents > 0) {
        const ix_sent *se = &doc->sents.items[bl->first_sent];
        *a = se->norm.start;
        *b = se->norm.end;
    }
    ix_rxm m;
    if (ix_rx_find(st->dateline, doc->norm, *a, *b, &m, err) == 1 && m.g[0].start == *a) {
        *a = m.g[0].end;
        /* the date label ran into the first sentence; take that sentence */
        for (size_t k = bl->first_sent; k < bl->first_sent + bl->nsents; k++) {
            const ix_sent *se = &doc->sents.items[k];
            if (se->norm.end > *a) {
                *b = se->norm.end;
                break;
            }
        }
    }
    trim(doc->norm, a, b);
    *b = heading_end(doc->norm, *a, *b);
    /* too long to be one sentence: a report's title run into its text
     * ends at its date */
    if (*b - *a > FIRST_SENTENCE_MAX &&
        ix_rx_find(st->title_date_end, doc->norm, *a, *a + FIRST_SENTENCE_MAX, &m, err) == 1 &&
        count_words(doc->norm, *a, m.g[0].start) >= 4)
        *b = m.g[0].end;
    if (*b - *a > FIRST_SENTENCE_MAX) {
        size_t cut = *a + FIRST_SENTENCE_MAX;
        while (cut > *a && doc->norm[cut] != ' ')
            cut--;
        *b = cut > *a ? cut : *a + FIRST_SENTENCE_MAX;
        while (*b > *a && ((unsigned char)doc->norm[*b] & 0xC0) == 0x80)
            (*b)--;     /* never inside a character */
        trim(doc->norm, a, b);
    }
}

/* Is norm[a, b) one of a site's navigation controls ("Search", "Menu",
 * "Skip to content")? */
static int nav_control(const ix_doc *doc, size_t a, size_t b)
{
    trim(doc->norm, &a, &b);
    for (size_t i = 0; i < ix_chrome_nnav; i++)
        if (strlen(ix_chrome_nav[i]) == b - a && strncasecmp(doc->norm + a, ix_chrome_nav[i], b - a) == 0)
            return 1;
    return 0;
}

/* Is block j, the same text as candidate c, that candidate printed twice
 * in a row under a heading above it ("Hostel praised / Kitchens were
 * clean / Kitchens were clean")?  A scraped page doubles its standfirst
 * or first section heading so; a title bar printed again as the article's
 * heading has other blocks between, no heading above it, or a third copy
 * before the story (prose, or (size_t)-1). */
static int doubled_under(const ix_doc *doc, const candidate *cand, size_t c, size_t j, size_t prose)
{
    if (c == 0)
        return 0;
    for (size_t k = cand[c].block + 1; k < j; k++) {
        size_t a = doc->blocks.items[k].text.start, b = doc->blocks.items[k].text.end;
        trim(doc->norm, &a, &b);
        if (b > a)
            return 0;   /* something stands between the two */
    }
    /* printed a third time before the story: the page's own headline */
    size_t end = prose == (size_t)-1 ? doc->blocks.n : prose;
    for (size_t k = j + 1; k < end && k < j + 2 * LOOK_BLOCKS; k++)
        if (same_text(doc, &doc->blocks.items[k], cand[c].a, cand[c].b))
            return 0;
    return 1;
}

/* The words of the lead, the first LEAD_BYTES of block prose. */
static void lead_read(const ix_doc *doc, size_t prose, lead_words *lw)
{
    size_t la = doc->blocks.items[prose].text.start;
    size_t lb = la + LEAD_BYTES < doc->norm_len ? la + LEAD_BYTES : doc->norm_len;
    lead_words_read(lw, doc->norm, la, lb);
}

/* Is candidate h, above a standfirst printed twice, the headline: about
 * an inspection, or sharing a word with the lead (block prose)? */
static int heads_standfirst(const ix_doc *doc, const candidate *cand, size_t h, size_t prose)
{
    if (cand[h].topical)
        return 1;
    if (prose == (size_t)-1)
        return 0;
    lead_words lw;
    lead_read(doc, prose, &lw);
    return lead_overlap(doc->norm, cand[h].a, cand[h].b, &lw) > 0;
}

int ix_title_run(const void *state, ix_doc *doc, ix_err *err)
{
    const title_state *st = state;
    candidate cand[MAX_CANDIDATES];
    size_t ncand = 0, looked = 0, prose = (size_t)-1;
    size_t body_a = 0, body_b = 0;  /* the first inspectorate's name alone, if any */
    for (size_t i = 0; i < doc->blocks.n && looked < LOOK_BLOCKS; i++) {
        const ix_block *bl = &doc->blocks.items[i];
        if (bl->section == IX_SECTION_FURNITURE) {
            /* what stands above a site's navigation is its masthead */
            if (ncand > 0 && nav_control(doc, bl->text.start, bl->text.end))
                ncand = 0;
            continue;
        }
        if (bl->section != IX_SECTION_BODY && bl->section != IX_SECTION_FINDINGS)
            break;
        looked++;
        size_t a = bl->text.start, b = bl->text.end;
        trim(doc->norm, &a, &b);
        size_t len = b - a;
        if (len == 0)
            continue;
        if (bl->kind == IX_BLOCK_BULLET || bl->kind == IX_BLOCK_NUMBERED)
            continue;
        /* chrome of any length: a cookie notice is a paragraph */
        int body = 0;
        int rc = len <= CHROME_MAX ? is_chrome(st, doc, a, b, bl->nsents, &body, err) : 0;
        if (rc < 0)
            return rc;
        if (rc == 1) {
            if (body && body_b == 0 && looked <= BODY_LOOK) {
                body_a = a;
                body_b = b;
            }
            continue;
        }
        int heading = bl->kind == IX_BLOCK_HEADING;
        if (!heading && (len > SHORT_PARA || bl->nsents > 1 || ncand > 0 ||
                         ends_sentence_text(doc->norm, a, b) ||
                         (ends_colon(doc->norm, a, b) && len > INTRO_MAX))) {
            prose = i;     /* the story has begun */
            break;
        }
        if (len > IX_TITLE_MAX) {
            prose = i;
            break;
        }
        rc = matches(st->topic, doc, a, b, err);
        if (rc < 0)
            return rc;
        cand[ncand++] = (candidate){i, a, b, rc == 1, 0};
    }
    if (ncand == 0 && body_b > body_a && !printed_after(doc, prose == (size_t)-1 ? doc->blocks.n : prose + 1, body_a, body_b)) {
        /* No headline, but the page opened with an inspectorate's name: a
         * page about that body (its profile, its about page) is named by it. */
        doc->title.rule = "title.headline";
        doc->title.headline = 1;
        return set_title(st, doc, body_a, body_b, err);
    }
    if (ncand == 0) {
        /* No headline survived: the first sentence of the story names the
         * document. */
        if (prose == (size_t)-1)
            return IX_OK;
        size_t a, b;
        first_sentence(st, doc, prose, &a, &b, err);
        if (b <= a)
            return IX_OK;
        doc->title.rule = "title.first_sentence";
        doc->title.headline = 0;
        return set_title(st, doc, a, b, err);
    }
    /* 1. A heading printed again further down, above the story, is the
     *    headline (a page's title bar above the article's own heading); a
     *    menu or masthead printed again in the footer is not, nor a
     *    standfirst printed twice under its headline (doubled_under). */
    for (size_t c = 0; c < ncand; c++)
        for (size_t j = cand[c].block + 1; j < doc->blocks.n && j < cand[c].block + 2 * LOOK_BLOCKS &&
                                           (prose == (size_t)-1 || j < prose); j++)
            if (same_text(doc, &doc->blocks.items[j], cand[c].a, cand[c].b) && ncand > 1) {
                if (doubled_under(doc, cand, c, j, prose)) {
                    if (!heads_standfirst(doc, cand, c - 1, prose))
                        break;
                    doc->title.rule = "title.headline";
                    doc->title.headline = 1;
                    return set_title(st, doc, cand[c - 1].a, cand[c - 1].b, err);
                }
                doc->title.rule = "title.repeated_heading";
                doc->title.headline = 1;
                return set_title(st, doc, cand[c].a, cand[c].b, err);
            }
    /* A heading printed again after the story is the site's, not the
     *    article's: passed over below while another is left. */
    size_t nfooter = 0;
    for (size_t c = 0; prose != (size_t)-1 && c < ncand; c++)
        nfooter += cand[c].footer = printed_after(doc, prose, cand[c].a, cand[c].b);
    int skip_footer = nfooter < ncand;
    /* 2. The first heading that shares at least half as many words with
     *    the lead as the one sharing most: a site's tagline, a banner or a
     *    menu item shares few or none, a standfirst under the headline may
     *    share more than the headline itself. */
    size_t best = 0, pick = 0, overlap[MAX_CANDIDATES];
    if (prose != (size_t)-1 && ncand > 1) {
        lead_words lw;
        lead_read(doc, prose, &lw);
        for (size_t c = 0; c < ncand; c++) {
            overlap[c] = skip_footer && cand[c].footer ? 0 : lead_overlap(doc->norm, cand[c].a, cand[c].b, &lw);
            if (overlap[c] > best)
                best = overlap[c];
        }
        for (size_t c = 0; best > 0 && c < ncand; c++)
            if (overlap[c] * 2 >= best) {
                pick = c;
                break;
            }
    }
    if (best == 0) {
        /* 3. Else the first heading about an inspection, else the first. */
        pick = 0;
        for (size_t c = 0; c < ncand; c++)
            if (cand[c].topical && !(skip_footer && cand[c].footer)) {
                pick = c;
                break;
            }
    }
    doc->title.rule = "title.headline";
    doc->title.headline = 1;
    return set_title(st, doc, cand[pick].a, cand[pick].b, err);
}
