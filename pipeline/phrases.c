#include "pipeline/phrases.h"

#include <assert.h>
#include <string.h>

/* An ASCII byte in lower case, as strncasecmp folds it. */
static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

void ix_phrases_init(ix_phrases *p, const char *const *list, size_t n)
{
    assert(n <= IX_PHRASES_MAX);
    memset(p, 0, sizeof *p);
    p->list = list;
    p->n = n;
    size_t count[256] = {0};
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(list[k]);
        assert(len <= UINT16_MAX);
        p->len[k] = (uint16_t)len;
        if (len)
            count[fold((unsigned char)list[k][0])]++;
        else
            p->has_empty = 1;
    }
    for (size_t c = 0; c < 256; c++)
        p->first[c + 1] = (uint16_t)(p->first[c] + count[c]);
    uint16_t fill[256];
    memcpy(fill, p->first, sizeof fill);
    for (size_t k = 0; k < n; k++)
        if (p->len[k])
            p->order[fill[fold((unsigned char)list[k][0])]++] = (uint16_t)k;
}

/* True when s[a..a + n) and w[0..n) are the same bytes but for ASCII case. */
static int same_folded(const char *s, size_t a, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (fold((unsigned char)s[a + k]) != fold((unsigned char)w[k]))
            return 0;
    return 1;
}

/* The first phrase (in table order) opening with s[a] (folded) that
 * s[a..e) fits: the whole of it (whole) or its start; or -1. */
static long bucket_fit(const ix_phrases *p, const char *s, size_t a, size_t e, int whole)
{
    unsigned char c = fold((unsigned char)s[a]);
    size_t n = e - a;
    for (size_t j = p->first[c]; j < p->first[c + 1]; j++) {
        size_t k = p->order[j], len = p->len[k];
        if ((whole ? len == n : len <= n) && same_folded(s, a + 1, p->list[k] + 1, len - 1))
            return (long)k;
    }
    return -1;
}

long ix_phrases_find(const ix_phrases *p, const char *s, size_t a, size_t e)
{
    if (a >= e) {
        if (a == e && p->has_empty)
            for (size_t k = 0; k < p->n; k++)
                if (!p->len[k])
                    return (long)k;
        return -1;
    }
    return bucket_fit(p, s, a, e, 1);
}

int ix_phrases_equal(const ix_phrases *p, const char *s, size_t a, size_t e)
{
    return ix_phrases_find(p, s, a, e) >= 0;
}

int ix_phrases_prefix(const ix_phrases *p, const char *s, size_t a, size_t e)
{
    if (p->has_empty)
        return 1;
    return a < e && bucket_fit(p, s, a, e, 0) >= 0;
}
