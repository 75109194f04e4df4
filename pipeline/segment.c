#include "pipeline/segment.h"

#include "pipeline/chrome.h"
#include "pipeline/phrases.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A heading is one short line; longer single lines are paragraphs. */
enum { HEADING_MAX = 150, WRAP_MIN = 60 };

typedef struct line {
    size_t start, end;      /* trimmed of surrounding spaces */
    size_t indent;
} line;

static int is_space(char c) { return c == ' ' || c == '\t'; }
static int s_is_ws(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/* An ASCII byte in lower case, as strncasecmp folds it. */
static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* True when s[a..e) starts with p, ignoring ASCII case (stops at the first
 * byte that differs: no strlen). */
static int starts_with(const char *s, size_t a, size_t e, const char *p)
{
    for (size_t k = 0; p[k]; k++)
        if (a + k >= e || fold((unsigned char)s[a + k]) != fold((unsigned char)p[k]))
            return 0;
    return 1;
}

/* Length of a list marker at s[i..end) (bullet or number plus the space
 * after it), or 0.  *numbered tells which. */
static size_t list_marker(const char *s, size_t i, size_t end, int *numbered)
{
    static const char *const bullets[] = {
        "\xE2\x80\xA2", /* • */ "\xC2\xB7", /* · */ "\xE2\x96\xAA", /* ▪ */
        "\xE2\x97\xA6", /* ◦ */ "\xE2\x80\xA3", /* ‣ */ "\xE2\x97\x8F", /* ● */
        "\xE2\x96\xA0", /* ■ */ "\xEF\x82\xB7", /* private-use bullet from Word */
        "*", "-", "+"
    };
    *numbered = 0;
    for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++) {
        if (i >= end || s[i] != bullets[k][0])
            continue;
        size_t bl = strlen(bullets[k]);
        if (i + bl < end && memcmp(s + i, bullets[k], bl) == 0 && is_space(s[i + bl])) {
            size_t j = i + bl;
            while (j < end && is_space(s[j]))
                j++;
            return j - i;
        }
    }
    size_t j = i;
    if (j < end && s[j] == '(') {       /* (a) (iv) (12) */
        size_t k = j + 1;
        while (k < end && k - j <= 4 && isalnum((unsigned char)s[k]))
            k++;
        if (k > j + 1 && k < end && s[k] == ')' && k + 1 < end && is_space(s[k + 1])) {
            *numbered = 1;
            k++;
            while (k < end && is_space(s[k]))
                k++;
            return k - i;
        }
        return 0;
    }
    while (j < end && j - i < 3 && isdigit((unsigned char)s[j]))
        j++;
    if (j == i && j < end && islower((unsigned char)s[j]) && j + 1 < end &&
        (s[j + 1] == ')' || s[j + 1] == '.') && j + 2 < end && is_space(s[j + 2]))
        j++;                             /* a) b. */
    if (j > i && j < end && (s[j] == '.' || s[j] == ')') && j + 1 < end && is_space(s[j + 1])) {
        *numbered = 1;
        j++;
        while (j < end && is_space(s[j]))
            j++;
        return j - i;
    }
    return 0;
}

/* Does the line end a sentence (or an introduction to what follows)? */
static int ends_sentence(const char *s, size_t start, size_t end)
{
    while (end > start && (s[end - 1] == '"' || s[end - 1] == '\'' || s[end - 1] == ')' ||
                           is_space(s[end - 1])))
        end--;
    if (end == start)
        return 1;
    return strchr(".!?:;", s[end - 1]) != NULL;
}

static int has_letter(const char *s, size_t start, size_t end)
{
    for (size_t i = start; i < end; i++)
        if (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

static int starts_lower(const char *s, size_t i, size_t end)
{
    return i < end && islower((unsigned char)s[i]);
}

/* A line that goes on a sentence: in lower case, or with a bracketed note
 * that goes on in lower case after it ("(Isle of Marl) by the ..."). */
static int starts_continuation(const char *s, size_t i, size_t end)
{
    if (starts_lower(s, i, end))
        return 1;
    if (i >= end || s[i] != '(')
        return 0;
    size_t j = i + 1;
    while (j < end && j < i + 60 && s[j] != ')' && s[j] != '(')
        j++;
    if (j >= end || s[j] != ')')
        return 0;
    j++;
    while (j < end && s[j] == ' ')
        j++;
    return j > i + 2 && starts_lower(s, j, end) && s[j - 1] == ' ';
}

#define N(arr) (sizeof arr / sizeof *arr)

/* A line that opens a byline or a page's date label ("By Jo Bloggs",
 * "Published: 3 May", "Updated 14:02"): never the wrapped rest of the line
 * above it, even in a hard-wrapped copy. */
static int starts_byline(const char *s, size_t i, size_t end)
{
    static const char *const words[] = {"By ", "Published", "Updated", "Posted ", "Last updated"};
    for (size_t k = 0; k < N(words); k++) {
        size_t wl = strlen(words[k]);
        if (end - i > wl && memcmp(s + i, words[k], wl) == 0)
            return k > 0 || isupper((unsigned char)s[i + wl]);
    }
    return 0;
}

static int push_block(ix_doc *doc, size_t start, size_t end, size_t marker,
                      int numbered, int nlines, ix_err *err)
{
    ix_block *b = IX_VEC_PUSH(doc->arena, doc->blocks);
    if (!b)
        return ix_err_set(err, IX_ENOMEM, "segment: out of memory");
    b->norm.start = start;
    b->norm.end = end;
    b->text.start = start + marker;
    b->text.end = end;
    if (marker)
        b->kind = numbered ? IX_BLOCK_NUMBERED : IX_BLOCK_BULLET;
    else if (nlines == 1 && end - start <= HEADING_MAX && !ends_sentence(doc->norm, start, end) &&
             has_letter(doc->norm, start, end))
        b->kind = IX_BLOCK_HEADING;
    else
        b->kind = IX_BLOCK_PARAGRAPH;
    return IX_OK;
}

/* The width a document is hard-wrapped at (PDF and email copies), or 0
 * when its line breaks are paragraph breaks (web pages, where a paragraph
 * is one long line).  Wrapped: nearly every line (95%) is at most
 * WRAP_WIDEST bytes long, and at least WRAP_LINES lines come close to that
 * width and stop mid-sentence. */
enum { WRAP_WIDEST = 110, WRAP_LINES = 3, WRAP_BUCKETS = 512 };

/* The end of the line starting at i: its '\n', or n. */
static size_t line_end(const char *s, size_t i, size_t n)
{
    const char *nl = i < n ? memchr(s + i, '\n', n - i) : NULL;
    return nl ? (size_t)(nl - s) : n;
}

/* The line starting at *i, trimmed to [*a, *e); *i moves to the next line.
 * 0 at the end of s[0..n). */
static int next_line(const char *s, size_t n, size_t *i, size_t *a, size_t *e)
{
    if (*i >= n)
        return 0;
    size_t eol = line_end(s, *i, n);
    *a = *i;
    *e = eol;
    while (*a < *e && is_space(s[*a]))
        (*a)++;
    while (*e > *a && is_space(s[*e - 1]))
        (*e)--;
    *i = eol + 1;
    return 1;
}

static size_t wrap_width(const char *s, size_t n)
{
    size_t hist[WRAP_BUCKETS] = {0}, lines = 0, i = 0, a, e;
    while (next_line(s, n, &i, &a, &e))
        if (e > a) {
            hist[e - a < WRAP_BUCKETS ? e - a : WRAP_BUCKETS - 1]++;
            lines++;
        }
    if (lines < WRAP_LINES)
        return 0;
    size_t width = 0, seen = 0;
    while (width < WRAP_BUCKETS && (seen += hist[width]) * 100 < lines * 95)
        width++;
    if (width > WRAP_WIDEST || width < WRAP_MIN)
        return 0;
    size_t near = 0;
    for (i = 0; next_line(s, n, &i, &a, &e);)
        if (e > a && (e - a) * 4 >= width * 3 && !ends_sentence(s, a, e))
            near++;
    return near >= WRAP_LINES ? width : 0;
}

static int split_blocks(ix_doc *doc, ix_err *err)
{
    const char *s = doc->norm;
    size_t n = doc->norm_len;
    size_t width = wrap_width(s, n);
    size_t bstart = 0, bend = 0, marker = 0, last_start = 0;
    int open = 0, numbered = 0, nlines = 0;
    size_t i = 0;
    while (i < n) {
        size_t eol = line_end(s, i, n);
        size_t a = i, e = eol;
        while (a < e && is_space(s[a]))
            a++;
        while (e > a && is_space(s[e - 1]))
            e--;
        size_t indent = a - i;
        if (a == e) {                               /* blank line */
            if (open && push_block(doc, bstart, bend, marker, numbered, nlines, err))
                return err->code;
            open = 0;
        } else {
            int num = 0;
            size_t mk = list_marker(s, a, e, &num);
            int join = 0;
            if (open && !mk) {
                int prev_ends = ends_sentence(s, last_start, bend);
                size_t prev_len = bend - last_start;
                /* A wrapped line: the previous one stops mid-sentence and
                 * this one goes on in lower case (also an indented
                 * continuation of a list item), or, in a hard-wrapped
                 * document, the previous one stops mid-sentence near the
                 * width.  Elsewhere a line break ends a paragraph. */
                if (!prev_ends && (starts_continuation(s, a, e) || (width && prev_len * 2 >= width)) &&
                    !starts_byline(s, a, e))
                    join = 1;
                if (marker && indent > 0 && starts_lower(s, a, e))
                    join = 1;
            }
            if (join) {
                bend = e;
                last_start = a;
                nlines++;
            } else {
                if (open && push_block(doc, bstart, bend, marker, numbered, nlines, err))
                    return err->code;
                open = 1;
                bstart = a;
                bend = e;
                last_start = a;
                marker = mk;
                numbered = num;
                nlines = 1;
            }
        }
        i = eol + 1;
    }
    if (open && push_block(doc, bstart, bend, marker, numbered, nlines, err))
        return err->code;
    return IX_OK;
}

/* ---- sentences -------------------------------------------------------- */

static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "st", "prof", "no", "nos", "rev", "sr", "jr",
    "e.g", "i.e", "etc", "vs", "cf", "approx", "co", "inc", "ltd", "hon",
    "gov", "govt", "dept", "para", "paras", "fig", "vol", "p", "pp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
};

/* The phrase tables the segmenter matches lines against, indexed once
 * (pipeline/phrases): a line is compared with the phrases sharing its
 * first byte only. */
static struct phrase_tables {
    ix_phrases abbrevs, chrome_whole, chrome_starts, tail_starts, tail_whole, ends_words,
        notes_starts, findings_words, findings_prefix, leave_findings;
} phr;
static pthread_once_t phr_once = PTHREAD_ONCE_INIT;

static int is_abbrev(const char *s, size_t wstart, size_t dot)
{
    size_t len = dot - wstart;
    if (len == 1 && isupper((unsigned char)s[wstart]))
        return 1;                                   /* an initial: J. Smith */
    return ix_phrases_equal(&phr.abbrevs, s, wstart, dot);
}

static int push_sent(ix_doc *doc, size_t a, size_t e, size_t block, ix_err *err)
{
    while (a < e && (s_is_ws(doc->norm[a])))
        a++;
    while (e > a && s_is_ws(doc->norm[e - 1]))
        e--;
    if (a == e)
        return IX_OK;
    ix_sent *st = IX_VEC_PUSH(doc->arena, doc->sents);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "segment: out of memory");
    st->norm.start = a;
    st->norm.end = e;
    st->block = block;
    return IX_OK;
}

/* The bytes that can end a sentence, found with memchr: for each, its next
 * place in s[..end) (end: none), looked for again only once passed. */
static const char STOPS[] = ".!?";
enum { NSTOPS = sizeof STOPS - 1 };
typedef struct stop_finder {
    const char *s;
    size_t end;
    size_t next[NSTOPS];
} stop_finder;

static size_t stop_place(const stop_finder *f, size_t i, int k)
{
    const char *p = i < f->end ? memchr(f->s + i, STOPS[k], f->end - i) : NULL;
    return p ? (size_t)(p - f->s) : f->end;
}

static void stops_init(stop_finder *f, const char *s, size_t i, size_t end)
{
    f->s = s;
    f->end = end;
    for (int k = 0; k < NSTOPS; k++)
        f->next[k] = stop_place(f, i, k);
}

/* The first '.', '!' or '?' at or after i, or end. */
static size_t next_stop(stop_finder *f, size_t i)
{
    size_t first = f->end;
    for (int k = 0; k < NSTOPS; k++) {
        if (f->next[k] < i)
            f->next[k] = stop_place(f, i, k);
        if (f->next[k] < first)
            first = f->next[k];
    }
    return first;
}

static int split_sentences(ix_doc *doc, size_t bi, ix_err *err)
{
    ix_block *b = &doc->blocks.items[bi];
    const char *s = doc->norm;
    size_t a = b->text.start, end = b->text.end;
    b->first_sent = doc->sents.n;
    stop_finder stops;
    stops_init(&stops, s, a, end);
    size_t i = a;
    while ((i = next_stop(&stops, i)) < end) {
        char c = s[i];
        size_t j = i + 1;
        while (j < end && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
            j++;
        while (j < end && (s[j] == '"' || s[j] == '\'' || s[j] == ')'))
            j++;
        if (j < end && s_is_ws(s[j])) {
            size_t k = j;
            while (k < end && s_is_ws(s[k]))
                k++;
            unsigned char nx = (unsigned char)s[k];
            int next_starts = k < end && (isupper(nx) || isdigit(nx) || nx == '"' ||
                                          nx == '\'' || nx == '(' || nx >= 0x80);
            size_t w = i;
            while (w > a && isalpha((unsigned char)s[w - 1]))
                w--;
            /* "e.g." : step back over inner dots too */
            while (w > a + 1 && s[w - 1] == '.' && isalpha((unsigned char)s[w - 2])) {
                w -= 2;
                while (w > a && isalpha((unsigned char)s[w - 1]))
                    w--;
            }
            if (next_starts && !(c == '.' && is_abbrev(s, w, i))) {
                if (push_sent(doc, a, j, bi, err))
                    return err->code;
                a = k;
                i = k;
                continue;
            }
        }
        i = j;
    }
    if (push_sent(doc, a, end, bi, err))
        return err->code;
    b = &doc->blocks.items[bi];
    b->nsents = doc->sents.n - b->first_sent;
    return IX_OK;
}

/* ---- sections ---------------------------------------------------------- */

/* Does the block text equal one of the phrases (case-insensitive, ignoring
 * trailing punctuation and surrounding dashes or stars)? */
static int text_is(const char *s, size_t a, size_t e, const ix_phrases *phrases)
{
    while (a < e && (strchr("-*#= ", s[a])))
        a++;
    while (e > a && (strchr("-*#= :.!", s[e - 1])))
        e--;
    return ix_phrases_equal(phrases, s, a, e);
}

static int text_starts(const char *s, size_t a, size_t e, const ix_phrases *phrases)
{
    return ix_phrases_prefix(phrases, s, a, e);
}

/* The first place in s[i..e) holding the lower-case letter c in either
 * case, or e.  Eight bytes at a time: a byte with bit 0x20 set is c or its
 * upper case exactly when it is c once that bit is set, and a word with a
 * zero byte after the exclusive or is found by the usual carry test. */
static size_t next_letter(const char *s, size_t i, size_t e, unsigned char c)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (; e - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t x = (w | 0x20 * ones) ^ (c * ones);
        if ((x - ones) & ~x & highs)
            break;
    }
    while (i < e && fold((unsigned char)s[i]) != c)
        i++;
    return i;
}

/* Does s[a..e) hold needle (not empty), ignoring ASCII case?  Only the
 * places whose byte is the needle's first are compared further (found
 * eight bytes at a time when it is a letter: the lines tested are short,
 * but every short line of a document is). */
static int text_has(const char *s, size_t a, size_t e, const char *needle)
{
    size_t n = strlen(needle);
    unsigned char first = fold((unsigned char)needle[0]);
    int letter = first >= 'a' && first <= 'z';
    for (size_t i = a; i < e && e - i >= n; i++) {
        if (letter)
            i = next_letter(s, i, e - n + 1, first);
        if (i < e - n + 1 && fold((unsigned char)s[i]) == first && starts_with(s, i, e, needle))
            return 1;
    }
    return 0;
}


static const char *const ends_words[] = { "ends", "end", "- ends -", "ends -", "ends-" };
static const char *const notes_starts[] = {
    "notes to editor", "notes for editor", "note to editor", "note for editor",
    "editor's note", "editors' note", "editors note", "notes to news editor",
    "background for editors", "notes:"
};
static const char *const findings_words[] = {
    "findings", "key findings", "main findings", "overall findings",
    "the main findings", "summary of findings", "what inspectors found",
    "what the inspectors found", "inspection findings", "more detailed findings"
};
static const char *const findings_prefix[] = { "findings -", "findings:", "key findings" };
static const char *const leave_findings[] = {
    "conclusion", "conclusions", "in conclusion", "summary", "comment", "comments",
    "my thoughts", "final thoughts", "background", "what happens next", "next steps"
};

static void phrases_build(void)
{
    ix_phrases_init(&phr.abbrevs, abbrevs, N(abbrevs));
    ix_phrases_init(&phr.chrome_whole, ix_chrome_whole, ix_chrome_nwhole);
    ix_phrases_init(&phr.chrome_starts, ix_chrome_starts, ix_chrome_nstarts);
    ix_phrases_init(&phr.tail_starts, ix_chrome_tail_starts, ix_chrome_ntail_starts);
    ix_phrases_init(&phr.tail_whole, ix_chrome_tail_whole, ix_chrome_ntail_whole);
    ix_phrases_init(&phr.ends_words, ends_words, N(ends_words));
    ix_phrases_init(&phr.notes_starts, notes_starts, N(notes_starts));
    ix_phrases_init(&phr.findings_words, findings_words, N(findings_words));
    ix_phrases_init(&phr.findings_prefix, findings_prefix, N(findings_prefix));
    ix_phrases_init(&phr.leave_findings, leave_findings, N(leave_findings));
}

/* "2 Responses", "Three comments", "12 replies to ...": a comment thread. */
static int is_comment_count(const char *s, size_t a, size_t e)
{
    /* a count: "12 Comments", "One response", "No replies" (not "PRT
     * comment: HMP Exmoor", a label) */
    size_t i = a;
    while (i < e && isdigit((unsigned char)s[i]))
        i++;
    if (i == a) {
        static const char *const counts[] = { "no ", "one ", "two ", "three ", "four ", "five " };
        for (size_t k = 0; k < N(counts) && i == a; k++)
            if (e - a > strlen(counts[k]) && strncasecmp(s + a, counts[k], strlen(counts[k])) == 0)
                i = a + strlen(counts[k]) - 1;
    }
    if (i == a || i >= e || s[i] != ' ')
        return 0;
    i++;
    static const char *const words[] = { "responses", "response", "comments",
                                          "comment", "replies", "reply", "thoughts on" };
    for (size_t k = 0; k < N(words); k++) {
        size_t wl = strlen(words[k]);
        if (i + wl <= e && strncasecmp(s + i, words[k], wl) == 0 &&
            (i + wl == e || !isalpha((unsigned char)s[i + wl])))
            return e - a < 120;
    }
    return 0;
}

static void mark_sections(ix_doc *doc)
{
    const char *s = doc->norm;
    ix_section sec = IX_SECTION_BODY;
    /* the comments and link lists after the story: only once a paragraph
     * of it has been read ("Leave a comment" above a blog post's headline
     * is a link, not the end) */
    int tail = 0, story = 0;
    for (size_t i = 0; i < doc->blocks.n; i++) {
        ix_block *b = &doc->blocks.items[i];
        size_t a = b->text.start, e = b->text.end;
        int short_line = e - a <= 200;
        if (tail) {
            b->section = IX_SECTION_FURNITURE;
            continue;
        }
        if (story && short_line &&
            (((text_starts(s, a, e, &phr.tail_starts) || is_comment_count(s, a, e)) &&
              (b->kind == IX_BLOCK_HEADING || e - a < 60 || text_has(s, a, e, "reply"))) ||
             text_is(s, a, e, &phr.tail_whole))) {
            tail = 1;
            b->section = IX_SECTION_FURNITURE;
            continue;
        }
        if (short_line && (text_is(s, a, e, &phr.chrome_whole) ||
                           text_starts(s, a, e, &phr.chrome_starts) ||
                           text_has(s, a, e, "all rights reserved") ||
                           (e - a < 160 && text_has(s, a, e, "unsubscribe")))) {
            b->section = IX_SECTION_FURNITURE;
            continue;
        }
        if (short_line && text_is(s, a, e, &phr.ends_words)) {
            b->kind = IX_BLOCK_HEADING;     /* "- ENDS -" is a marker, not a list item */
            b->section = IX_SECTION_ENDS;
            sec = IX_SECTION_NOTES;
            continue;
        }
        if (short_line && text_starts(s, a, e, &phr.notes_starts)) {
            sec = IX_SECTION_NOTES;
            b->section = sec;
            continue;
        }
        if (sec != IX_SECTION_NOTES && b->kind == IX_BLOCK_HEADING) {
            if (text_is(s, a, e, &phr.findings_words) ||
                text_starts(s, a, e, &phr.findings_prefix))
                sec = IX_SECTION_FINDINGS;
            else if (text_is(s, a, e, &phr.leave_findings))
                sec = IX_SECTION_BODY;
        }
        b->section = sec;
        story |= b->kind == IX_BLOCK_PARAGRAPH;
    }
}

/* A paragraph printed twice (a standfirst above and in the story, a pull
 * quote): the second copy is furniture, so nothing is read from it twice.
 * Paragraphs of at least REPEAT_MIN bytes, compared whole. */
enum { REPEAT_MIN = 40 };

/* A hash of the text s[a..e), eight bytes at a time (equal texts hash
 * alike, and texts whose hashes meet are compared whole). */
static uint64_t text_hash(const char *s, size_t a, size_t e)
{
    uint64_t h = 1469598103934665603ull;
    size_t i = a;
    for (; i + 8 <= e; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 1099511628211ull;
        h ^= h >> 31;               /* the table takes the low bits: fold the high ones in */
    }
    for (; i < e; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ^ (h >> 31);
}

static int mark_repeats(ix_doc *doc, ix_err *err)
{
    size_t n = doc->blocks.n, cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    size_t *slot = malloc(cap * sizeof *slot);   /* block index + 1, 0 = empty */
    if (!slot)
        return ix_err_set(err, IX_ENOMEM, "segment: out of memory");
    memset(slot, 0, cap * sizeof *slot);
    const char *s = doc->norm;
    for (size_t i = 0; i < n; i++) {
        ix_block *b = &doc->blocks.items[i];
        size_t a = b->text.start, e = b->text.end;
        if (e - a < REPEAT_MIN || b->section == IX_SECTION_FURNITURE)
            continue;
        size_t k = (size_t)(text_hash(s, a, e) & (cap - 1));
        for (;; k = (k + 1) & (cap - 1)) {
            if (!slot[k]) {
                slot[k] = i + 1;
                break;
            }
            const ix_block *o = &doc->blocks.items[slot[k] - 1];
            if (o->text.end - o->text.start == e - a && memcmp(s + o->text.start, s + a, e - a) == 0) {
                b->section = IX_SECTION_FURNITURE;
                break;
            }
        }
    }
    free(slot);
    return IX_OK;
}

int ix_segment_run(ix_doc *doc, ix_err *err)
{
    if (doc->blocks.n)
        return IX_OK;     /* already segmented */
    pthread_once(&phr_once, phrases_build);
    int rc = split_blocks(doc, err);
    if (rc != IX_OK)
        return rc;
    for (size_t i = 0; i < doc->blocks.n; i++)
        if ((rc = split_sentences(doc, i, err)) != IX_OK)
            return rc;
    mark_sections(doc);
    return mark_repeats(doc, err);
}
