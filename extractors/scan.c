#include "extractors/scan.h"

#include <ctype.h>
#include <string.h>

#include "pipeline/normalize.h"

/* Digits, then capitals, then small letters are word bytes, and every
 * byte from 0x80 on (of a multi-byte character). */
const unsigned char ix_scan_word_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

int ix_scan_sent_in(const ix_doc *doc, size_t i, unsigned mask)
{
    if (i >= doc->sents.n)
        return 0;
    return ix_scan_block_in(doc, doc->sents.items[i].block, mask);
}

int ix_scan_block_in(const ix_doc *doc, size_t i, unsigned mask)
{
    if (i >= doc->blocks.n)
        return 0;
    return (mask & IX_IN(doc->blocks.items[i].section)) != 0;
}

void ix_scan_evidence(const ix_doc *doc, size_t ns, size_t ne, ix_span *span, ix_span *norm)
{
    if (norm) {
        norm->start = ns;
        norm->end = ne;
    }
    if (span)
        *span = ix_doc_src_span(doc, ns, ne);
}

char *ix_scan_copy(ix_doc *doc, size_t ns, size_t ne)
{
    if (ne < ns)
        ne = ns;
    return ix_arena_strndup(doc->arena, doc->norm + ns, ne - ns);
}

char *ix_scan_copy_lower(ix_doc *doc, size_t ns, size_t ne)
{
    char *out = ix_arena_alloc(doc->arena, ne > ns ? ne - ns + 1 : 1);
    if (!out)
        return NULL;
    size_t n = 0;
    int space = 0;
    for (size_t i = ns; i < ne; i++) {
        unsigned char c = (unsigned char)doc->norm[i];
        if (isspace(c)) {
            space = 1;
            continue;
        }
        if (space && n > 0)
            out[n++] = ' ';
        space = 0;
        out[n++] = (char)tolower(c);
    }
    out[n] = '\0';
    return out;
}

size_t ix_scan_find_word(const char *s, size_t start, size_t end, const char *word)
{
    size_t wl = strlen(word);
    if (wl == 0 || end < start || end - start < wl)
        return (size_t)-1;
    /* only where the first byte agrees is the rest compared (no call per
     * byte); ix_scan_lower folds case as strncasecmp does in the C locale */
    unsigned char first = ix_scan_lower((unsigned char)word[0]);
    for (size_t i = start; i + wl <= end; i++) {
        if (ix_scan_lower((unsigned char)s[i]) != first || !ix_scan_ieq(s, i + 1, i + wl, word + 1))
            continue;
        if (i > start && ix_scan_is_word_byte((unsigned char)s[i - 1]) && ix_scan_is_word_byte((unsigned char)word[0]))
            continue;
        if (i + wl < end && ix_scan_is_word_byte((unsigned char)s[i + wl]) && ix_scan_is_word_byte((unsigned char)word[wl - 1]))
            continue;
        return i;
    }
    return (size_t)-1;
}

size_t ix_scan_find_stem(const char *s, size_t start, size_t end, const char *stem, int lower_first)
{
    size_t wl = strlen(stem);
    if (wl == 0 || end < start || end - start < wl)
        return wl == 0 && start <= end ? start : (size_t)-1;
    /* the places where the first byte agrees, in either case, by memchr:
     * the next of each kept, the nearer tried */
    unsigned char first = ix_scan_lower((unsigned char)stem[0]);
    unsigned char other = first >= 'a' && first <= 'z' ? (unsigned char)(first - 32) : first;
    size_t last = end - wl;             /* where the last occurrence may start */
    const char *lo = memchr(s + start, first, last - start + 1);
    const char *up = other != first ? memchr(s + start, other, last - start + 1) : NULL;
    while (lo || up) {
        const char *p = !up || (lo && lo < up) ? lo : up;
        size_t i = (size_t)(p - s);
        if (ix_scan_ieq(s, i + 1, i + wl, stem + 1) && !(lower_first && isupper((unsigned char)s[i])))
            return i;
        const char *next = i < last ? memchr(p + 1, *p, last - i) : NULL;
        if (p == lo)
            lo = next;
        else
            up = next;
    }
    return (size_t)-1;
}

int ix_scan_each_match(const ix_rx *rx, ix_doc *doc, size_t from, size_t end,
                       ix_scan_match_fn fn, void *ctx, ix_err *err)
{
    ix_rxm m;
    size_t pos = from;
    while (pos <= end) {
        int rc = ix_rx_find(rx, doc->norm, pos, end, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        rc = fn(doc, &m, ctx, err);
        if (rc < 0)
            return rc;
        if (rc == 1)
            break;
        /* Step past the match; an empty match steps one character. */
        size_t next = m.g[0].end;
        if (next <= pos || m.g[0].end == m.g[0].start) {
            next = m.g[0].end + 1;
            while (next < end && ((unsigned char)doc->norm[next] & 0xC0) == 0x80)
                next++;
        }
        pos = next;
    }
    return IX_OK;
}

char *ix_scan_as_written(ix_doc *doc, size_t ns, size_t ne)
{
    return ix_doc_written(doc, ns, ne);
}

void ix_word_shape_add(ix_word_shape *f, const char *w, size_t n)
{
    if (n > 0 && n < 16)
        f->bits[w[0] & 31][w[n - 1] & 31] |= (uint16_t)(1u << n);
}
