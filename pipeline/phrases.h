/* pipeline/phrases.h -- a table of caseless phrases indexed by first byte:
 * "is this text one of them?" and "does it start with one?" compare only
 * the phrases that begin with the text's first byte, not the whole table.
 *
 * Case is folded for ASCII letters only, as strncasecmp in the C locale
 * does; other bytes must match exactly.
 * Owns: the index, inside the ix_phrases itself (nothing is allocated); the
 * phrases stay in their table, which must outlive it.  Built once by
 * ix_phrases_init, read-only after: shared by threads.
 * Does not: trim the text, or know any phrase.
 */
#ifndef IX_PHRASES_H
#define IX_PHRASES_H
#include <stddef.h>
#include <stdint.h>

enum { IX_PHRASES_MAX = 256 };

typedef struct ix_phrases {
    const char *const *list;
    size_t n;
    int has_empty;                  /* "" is one of the phrases */
    uint16_t first[257];            /* phrases opening with byte c (folded): order[first[c] .. first[c + 1]) */
    uint16_t order[IX_PHRASES_MAX]; /* indexes into list, in table order within a byte */
    uint16_t len[IX_PHRASES_MAX];   /* strlen of list[i] */
} ix_phrases;

/* Index the n phrases of list (n <= IX_PHRASES_MAX, each shorter than
 * 65,536 bytes: a table, not input). */
void ix_phrases_init(ix_phrases *p, const char *const *list, size_t n);

/* The index in the table of the first phrase that s[a..e) is, ignoring
 * ASCII case, or -1. */
long ix_phrases_find(const ix_phrases *p, const char *s, size_t a, size_t e);

/* True when s[a..e) is one of the phrases, ignoring ASCII case. */
int ix_phrases_equal(const ix_phrases *p, const char *s, size_t a, size_t e);

/* True when s[a..e) starts with one of the phrases, ignoring ASCII case
 * (always, when "" is one). */
int ix_phrases_prefix(const ix_phrases *p, const char *s, size_t a, size_t e);

#endif
