#include "extractors/quotes_find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extractors/quotes_lex.h"
#include "extractors/scan.h"

enum { MAXDEPTH = 4 };
enum { DIR_NONE, DIR_OPEN, DIR_CLOSE };

/* ---- characters around a mark ------------------------------------------ */

/* The codepoint ending at i (exclusive) within [lo, i), or 0 at lo. */
static uint32_t cp_before(const char *s, size_t lo, size_t i)
{
    if (i <= lo)
        return 0;
    size_t j = i - 1;
    while (j > lo && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(i - j), &c) <= 0)
        return 0xFFFD;
    return (uint32_t)c;
}

/* The codepoint starting at i within [i, hi), or 0 at hi. */
static uint32_t cp_at(const char *s, size_t i, size_t hi)
{
    if (i >= hi)
        return 0;
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(hi - i), &c) <= 0)
        return 0xFFFD;
    return (uint32_t)c;
}

static int is_space_cp(uint32_t c)
{
    return c == 0 || c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static int is_word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO;
}

static int is_mark_cp(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A;
}

/* Characters after which a mark opens: "(‘", "—“", "/'". */
static int opens_after(uint32_t c)
{
    return is_space_cp(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' ||
           is_mark_cp(c);
}

/* Characters before which a mark closes: "’.", "”)", "',". */
static int closes_before(uint32_t c)
{
    return is_space_cp(c) || (c < 0x80 && strchr(".,;:!?)]}-/", (int)c) != NULL) || is_mark_cp(c);
}

/* ---- the scanner ------------------------------------------------------- */

typedef struct entry {
    size_t open, mlen;        /* the opening mark */
    int kind;
    size_t pend_base;         /* pending children start here */
} entry;

typedef struct pend {
    ix_quotes_piece p;
    int depth;
} pend;

typedef struct scanner {
    const ix_doc *doc;
    const char *s;
    size_t b, lo, hi;         /* block index, its text */
    entry st[MAXDEPTH];
    int depth;
    pend *pd;                 /* closed quotations nested in open ones */
    size_t npd, cappd;
    size_t next_sq;           /* cache: next single mark after the cursor */
    ix_quotes_pieces *out;
} scanner;

static size_t trim_back(const char *s, size_t lo, size_t e)
{
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t'))
        e--;
    return e;
}

static size_t trim_front(const char *s, size_t a, size_t hi)
{
    while (a < hi && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t'))
        a++;
    return a;
}

static int has_word(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ix_quotes_lex_word_byte((unsigned char)s[i]))
            return 1;
    return 0;
}

static int emit(scanner *sc, const ix_quotes_piece *p)
{
    if (!has_word(sc->s, p->in_start, p->in_end))
        return IX_OK;
    ix_quotes_piece *q = IX_VEC_PUSH(sc->doc->arena, *sc->out);
    if (!q)
        return IX_ENOMEM;
    *q = *p;
    return IX_OK;
}

static int pend_push(scanner *sc, const ix_quotes_piece *p, int depth)
{
    if (sc->npd == sc->cappd) {
        size_t cap = sc->cappd ? 2 * sc->cappd : 16;
        pend *n = realloc(sc->pd, cap * sizeof *n);
        if (!n)
            return IX_ENOMEM;
        sc->pd = n;
        sc->cappd = cap;
    }
    sc->pd[sc->npd].p = *p;
    sc->pd[sc->npd].depth = depth;
    sc->npd++;
    return IX_OK;
}

/* A piece for entry e ending at `end` (exclusive); close_at is the closing
 * mark's offset or (size_t)-1. */
static ix_quotes_piece make_piece(const scanner *sc, const entry *e, size_t close_at, size_t end)
{
    ix_quotes_piece p;
    p.block = sc->b;
    p.kind = e->kind;
    p.start = e->open;
    p.in_start = trim_front(sc->s, e->open + e->mlen, end);
    if (close_at != (size_t)-1) {
        p.closed = 1;
        p.end = end;
        p.in_end = trim_back(sc->s, p.in_start, close_at);
    } else {
        p.closed = 0;
        p.end = trim_back(sc->s, e->open + e->mlen, end);
        p.in_end = p.end;
    }
    if (p.in_end < p.in_start)
        p.in_end = p.in_start;
    return p;
}

/* Entry k was a stray mark: its closed children move up one level (to the
 * output when k is the bottom).  Pops k and everything above it. */
static int discard_level(scanner *sc, int k)
{
    size_t base = sc->st[k].pend_base;
    size_t lim = k + 1 < sc->depth ? sc->st[k + 1].pend_base : sc->npd;
    if (k == 0) {
        for (size_t i = base; i < lim; i++)
            if (sc->pd[i].depth == 1 && emit(sc, &sc->pd[i].p) != IX_OK)
                return IX_ENOMEM;
        sc->npd = base;
    } else {
        size_t w = base;
        for (size_t i = base; i < lim; i++)
            if (sc->pd[i].depth == k + 1) {
                sc->pd[w] = sc->pd[i];
                sc->pd[w].depth = k;
                w++;
            }
        sc->npd = w;
    }
    sc->depth = k;
    return IX_OK;
}

/* Entry k ends here (closed by a mark, or cut short at `end`). */
static int finish_level(scanner *sc, int k, size_t close_at, size_t end)
{
    ix_quotes_piece p = make_piece(sc, &sc->st[k], close_at, end);
    sc->npd = sc->st[k].pend_base;          /* its children are inside it */
    sc->depth = k;
    if (k == 0)
        return emit(sc, &p);
    return pend_push(sc, &p, k);
}

static int push_level(scanner *sc, int kind, size_t at, size_t mlen)
{
    if (sc->depth == MAXDEPTH)
        return IX_OK;                        /* deeper marks are ignored */
    entry *e = &sc->st[sc->depth++];
    e->open = at;
    e->mlen = mlen;
    e->kind = kind;
    e->pend_base = sc->npd;
    return IX_OK;
}

static int topmost(const scanner *sc, int kind)
{
    for (int k = sc->depth - 1; k >= 0; k--)
        if (sc->st[k].kind == kind)
            return k;
    return -1;
}

/* Is the closing single mark at i a closing mark, or the apostrophe of a
 * plural possessive ("the inspectors' findings")?  Only asked after an "s"
 * followed by a lower-case word: it is an apostrophe when the next single
 * mark of the block could close the quotation instead. */
static int possessive(scanner *sc, size_t i)
{
    const char *s = sc->s;
    uint32_t prev = cp_before(s, sc->lo, i);
    if (prev != 's' && prev != 'S')
        return 0;
    size_t j = i + 1;
    if (j >= sc->hi || s[j] != ' ')
        return 0;
    while (j < sc->hi && s[j] == ' ')
        j++;
    if (j >= sc->hi || !(s[j] >= 'a' && s[j] <= 'z'))
        return 0;
    if (sc->next_sq <= i) {
        const char *n = memchr(s + i + 1, '\'', sc->hi - i - 1);
        sc->next_sq = n ? (size_t)(n - s) : sc->hi;
    }
    size_t m = sc->next_sq;
    if (m >= sc->hi)
        return 0;
    uint32_t o = ix_doc_orig_char(sc->doc, m);
    uint32_t mp = cp_before(s, sc->lo, m), mn = cp_at(s, m + 1, sc->hi);
    if (o == 0x2018 || (is_word_cp(mp) && is_word_cp(mn)))
        return 0;
    return !is_space_cp(mp) && closes_before(mn);
}

/* May an unclosed single mark at `open` open a quotation?  Only at the start
 * of the block or after punctuation that introduces speech. */
static int introduced(const scanner *sc, size_t open)
{
    size_t j = trim_back(sc->s, sc->lo, open);
    if (j == sc->lo)
        return 1;
    char c = sc->s[j - 1];
    return c == ':' || c == ',' || c == '.' || c == '!' || c == '?' || c == '(' || c == '-' ||
           c == '"' || c == '\'';
}

/* Does the double mark at i, with a space on each side, open a quotation
 * typed with a space inside it ('said: “ this report ...”', 'added: " We
 * will ..."')?  Only where speech may begin (the block's start or after a
 * colon, comma or full stop), before a word, and when a closing double mark
 * (one after a non-space) follows in the block.  Asked only when no double
 * quotation is open. */
static int spaced_open(const scanner *sc, size_t i, size_t mlen)
{
    const char *s = sc->s;
    if (!introduced(sc, i))
        return 0;
    size_t w = trim_front(s, i + mlen, sc->hi);
    if (w >= sc->hi || !is_word_cp(cp_at(s, w, sc->hi)))
        return 0;
    for (size_t j = w + 1; j < sc->hi; j++)
        if (s[j] == '"' && !is_space_cp(cp_before(s, sc->lo, j)))
            return 1;
    return 0;
}

/* Direction of the mark at i (DIR_*), its kind and byte length. */
static int classify_mark(scanner *sc, size_t i, int *kind, size_t *mlen)
{
    const char *s = sc->s;
    unsigned char c = (unsigned char)s[i];
    uint32_t orig;
    *mlen = 1;
    if (c == '"' || c == '\'') {
        orig = ix_doc_orig_char(sc->doc, i);
        if (orig == 0 || orig == 0xFFFD)
            orig = c;
    } else {
        orig = cp_at(s, i, sc->hi);
        *mlen = orig == 0xAB || orig == 0xBB ? 2 : 3;
    }
    uint32_t prev = cp_before(s, sc->lo, i), next = cp_at(s, i + *mlen, sc->hi);
    int prev_sp = is_space_cp(prev), next_sp = is_space_cp(next);
    int left = !next_sp && opens_after(prev);      /* opens: ' “word' */
    int right = !prev_sp && closes_before(next);   /* closes: 'word” ' */
    int dopen = topmost(sc, IX_QUOTES_DOUBLE) >= 0;
    int sopen = topmost(sc, IX_QUOTES_SINGLE) >= 0;

    switch (orig) {
    case 0x201C: case 0x201E: case 0x201F: case 0xAB:      /* “ „ ‟ « */
        *kind = IX_QUOTES_DOUBLE;
        /* '..., “ said Ms Vale': an opening mark typed for a closing one;
         * followed by a space it cannot open anything. */
        if (next_sp && !left)
            return dopen ? DIR_CLOSE : spaced_open(sc, i, *mlen) ? DIR_OPEN : DIR_NONE;
        return right && !left && dopen ? DIR_CLOSE : DIR_OPEN;
    case 0x201D: case 0xBB:                                  /* ” » */
        *kind = IX_QUOTES_DOUBLE;
        if (dopen)
            return DIR_CLOSE;
        return left && !right ? DIR_OPEN : DIR_NONE;
    case '"':
        *kind = IX_QUOTES_DOUBLE;
        if (left && !right)
            return DIR_OPEN;
        if (dopen)
            return DIR_CLOSE;
        return prev_sp && next_sp && spaced_open(sc, i, *mlen) ? DIR_OPEN : DIR_NONE;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039:     /* ‘ ‚ ‛ ‹ */
        *kind = IX_QUOTES_SINGLE;
        return right && !left && sopen ? DIR_CLOSE : DIR_OPEN;
    case 0x2019: case 0x203A: case '\'':                     /* ’ › ' */
        *kind = IX_QUOTES_SINGLE;
        if (is_word_cp(prev) && is_word_cp(next))
            return DIR_NONE;                                 /* don’t, CRC’s */
        if (orig == '\'' && left && !right)
            return next >= '0' && next <= '9' ? DIR_NONE : DIR_OPEN;   /* '90s */
        if (sopen && !prev_sp && !possessive(sc, i))
            return DIR_CLOSE;
        if (orig == 0x203A && left)
            return DIR_OPEN;
        return DIR_NONE;
    default:                                                 /* primes and the rest */
        return DIR_NONE;
    }
}

static int on_mark(scanner *sc, size_t i, size_t *adv)
{
    int kind = 0;
    size_t mlen = 1;
    int dir = classify_mark(sc, i, &kind, &mlen);
    *adv = mlen;
    if (dir == DIR_NONE)
        return IX_OK;
    if (dir == DIR_CLOSE) {
        int k = topmost(sc, kind);
        if (k < 0)
            return IX_OK;                    /* a closing mark nothing opened */
        return finish_level(sc, k, i, i + mlen);
    }
    /* Opening. */
    if (kind == IX_QUOTES_SINGLE && sc->depth > 0 && sc->st[sc->depth - 1].kind == IX_QUOTES_SINGLE) {
        /* ‘ while a ‘ is still open on top: the first was a stray mark. */
        if (discard_level(sc, sc->depth - 1) != IX_OK)
            return IX_ENOMEM;
    } else if (kind == IX_QUOTES_DOUBLE) {
        int k = topmost(sc, IX_QUOTES_DOUBLE);
        if (k >= 0) {
            /* A new “ while one is open: the open one was never closed.
             * Singles above it were stray; it ends before this mark. */
            while (sc->depth - 1 > k)
                if (discard_level(sc, sc->depth - 1) != IX_OK)
                    return IX_ENOMEM;
            if (finish_level(sc, k, (size_t)-1, i) != IX_OK)
                return IX_ENOMEM;
        }
    }
    return push_level(sc, kind, i, mlen);
}

/* The block ends with quotations open: keep the lowest that may stand as an
 * unterminated quotation; strays below it release their children. */
static int at_block_end(scanner *sc)
{
    while (sc->depth > 0) {
        entry *e = &sc->st[0];
        if (e->kind == IX_QUOTES_DOUBLE || introduced(sc, e->open)) {
            ix_quotes_piece p = make_piece(sc, e, (size_t)-1, sc->hi);
            sc->depth = 0;
            sc->npd = 0;
            return emit(sc, &p);
        }
        /* Stray bottom: emit its children, then look at the level above. */
        size_t lim = sc->depth > 1 ? sc->st[1].pend_base : sc->npd;
        for (size_t i = e->pend_base; i < lim; i++)
            if (sc->pd[i].depth == 1 && emit(sc, &sc->pd[i].p) != IX_OK)
                return IX_ENOMEM;
        /* Shift the stack down one level. */
        for (int k = 1; k < sc->depth; k++) {
            sc->st[k - 1] = sc->st[k];
        }
        sc->depth--;
        for (size_t i = lim; i < sc->npd; i++)
            sc->pd[i].depth--;
    }
    return IX_OK;
}

/* The bytes a quotation mark opens with: ' and ", and the lead bytes of
 * the guillemets (0xC2: « »; 0xE2: ‹ ›).  The next of each in the text is
 * found with memchr and kept, so that the blocks of a document, read in
 * order, share one pass over its bytes. */
static const unsigned char mark_bytes[] = { '"', '\'', 0xC2, 0xE2 };
enum { NMARK_BYTES = sizeof mark_bytes };

typedef struct mark_cursor {
    size_t from[NMARK_BYTES];   /* where each byte was looked for (SIZE_MAX: not yet) */
    size_t at[NMARK_BYTES];     /* its first place at or after that, or the text's length */
} mark_cursor;

static void mark_cursor_init(mark_cursor *mc)
{
    for (size_t k = 0; k < NMARK_BYTES; k++)
        mc->from[k] = SIZE_MAX;
}

/* The first byte of s[i..len) that may open a mark, or len. */
static size_t next_mark_byte(mark_cursor *mc, const char *s, size_t i, size_t len)
{
    size_t best = len;
    for (size_t k = 0; k < NMARK_BYTES; k++) {
        if (mc->from[k] > i || mc->at[k] < i) {
            const char *p = i < len ? memchr(s + i, mark_bytes[k], len - i) : NULL;
            mc->from[k] = i;
            mc->at[k] = p ? (size_t)(p - s) : len;
        }
        if (mc->at[k] < best)
            best = mc->at[k];
    }
    return best;
}

static int find_block(const ix_doc *doc, size_t b, mark_cursor *mc, ix_quotes_pieces *out,
                      ix_err *err)
{
    if (b >= doc->blocks.n)
        return IX_OK;
    scanner sc;
    memset(&sc, 0, sizeof sc);
    sc.doc = doc;
    sc.s = doc->norm;
    sc.b = b;
    sc.lo = doc->blocks.items[b].text.start;
    sc.hi = doc->blocks.items[b].text.end;
    if (sc.hi > doc->norm_len)
        sc.hi = doc->norm_len;
    sc.out = out;
    int rc = IX_OK;
    const size_t hi = sc.hi;
    for (size_t i = sc.lo; i < hi && rc == IX_OK;) {
        i = next_mark_byte(mc, sc.s, i, doc->norm_len);
        if (i >= hi)
            break;
        unsigned char c = (unsigned char)sc.s[i];
        int mark = c == '"' || c == '\'' ||
                   (c == 0xC2 && i + 1 < sc.hi && ((unsigned char)sc.s[i + 1] == 0xAB ||
                                                   (unsigned char)sc.s[i + 1] == 0xBB)) ||
                   (c == 0xE2 && i + 2 < sc.hi && (unsigned char)sc.s[i + 1] == 0x80 &&
                    ((unsigned char)sc.s[i + 2] == 0xB9 || (unsigned char)sc.s[i + 2] == 0xBA));
        if (!mark) {
            i++;
            continue;
        }
        size_t adv = 1;
        rc = on_mark(&sc, i, &adv);
        i += adv;
    }
    if (rc == IX_OK)
        rc = at_block_end(&sc);
    free(sc.pd);
    if (rc != IX_OK)
        return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
    return IX_OK;
}

int ix_quotes_find_block(const ix_doc *doc, size_t b, ix_quotes_pieces *out, ix_err *err)
{
    mark_cursor mc;
    mark_cursor_init(&mc);
    return find_block(doc, b, &mc, out, err);
}

int ix_quotes_find_all(const ix_doc *doc, ix_quotes_pieces *out, ix_err *err)
{
    mark_cursor mc;
    mark_cursor_init(&mc);
    for (size_t b = 0; b < doc->blocks.n; b++) {
        if (!ix_scan_block_in(doc, b, IX_IN_DOCUMENT))
            continue;
        int rc = find_block(doc, b, &mc, out, err);
        if (rc != IX_OK)
            return rc;
    }
    return IX_OK;
}
