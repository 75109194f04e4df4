/* extractors/scan.h -- helpers every extractor shares: which text to read,
 * how to record evidence, small word tests.
 *
 * Owns nothing; strings it returns live in the document's arena.
 * Extractors add here what two of them need, instead of copying it.
 */
#ifndef IX_SCAN_H
#define IX_SCAN_H
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>

#include "pipeline/doc.h"
#include "pipeline/rx.h"

/* A filter of words by shape, before a table lookup: bit n of
 * bits[first][last] (the letters' low five bits, so either case) is set
 * when a word of the table has n bytes (n < 16) and those first and last
 * letters.  Most words of a text are turned away by one bit. */
typedef struct ix_word_shape {
    uint16_t bits[32][32];
} ix_word_shape;

/* Enter word w (n bytes, 0 < n < 16). */
void ix_word_shape_add(ix_word_shape *f, const char *w, size_t n);

/* May s[a..b) be a word of the table?  False means surely not. */
static inline int ix_word_shape_may(const ix_word_shape *f, const char *s, size_t a, size_t b)
{
    return b > a && b - a < 16 && (f->bits[s[a] & 31][s[b - 1] & 31] >> (b - a) & 1u);
}

/* 1 for each byte that can be part of a word (scan.c). */
extern const unsigned char ix_scan_word_bytes[256];

/* A byte that can be part of a word: an ASCII letter or digit, or any
 * byte of a multi-byte character (isalnum in the C locale, or above 0x7F):
 * one load from a table, without the locale's (the hot loops of every
 * stage ask it). */
static inline int ix_scan_is_word_byte(unsigned char c)
{
    return ix_scan_word_bytes[c];
}

/* An ASCII letter, digit or '_': a word character whatever the encoding
 * of the rest (what \w holds in every PCRE2 mode), without the locale's
 * tables. */
static inline int ix_scan_is_ascii_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* White space as it stands in doc->norm: space, tab, line feed. */
static inline int ix_scan_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

/* The first offset at or after i in s[..end) that is not blank. */
static inline size_t ix_scan_skip_blanks(const char *s, size_t i, size_t end)
{
    while (i < end && ix_scan_is_blank(s[i]))
        i++;
    return i;
}

/* Section masks for ix_scan_sent_in. */
#define IX_IN(sec) (1u << (sec))
#define IX_IN_DOCUMENT (IX_IN(IX_SECTION_BODY) | IX_IN(IX_SECTION_FINDINGS) | IX_IN(IX_SECTION_NOTES))
#define IX_IN_PROSE (IX_IN(IX_SECTION_BODY) | IX_IN(IX_SECTION_FINDINGS))

/* True when sentence i lies in one of the sections of mask. */
int ix_scan_sent_in(const ix_doc *doc, size_t i, unsigned mask);
/* True when block i lies in one of the sections of mask. */
int ix_scan_block_in(const ix_doc *doc, size_t i, unsigned mask);

/* Fill a fact's evidence from the norm range [ns, ne): *norm = {ns, ne},
 * *span = the original bytes it came from. */
void ix_scan_evidence(const ix_doc *doc, size_t ns, size_t ne, ix_span *span, ix_span *norm);

/* An arena copy of norm[ns..ne), or NULL when out of memory. */
char *ix_scan_copy(ix_doc *doc, size_t ns, size_t ne);

/* An arena copy of norm[ns..ne) in lower case with runs of white space
 * folded to one space and trimmed (for scopes and keys). */
char *ix_scan_copy_lower(ix_doc *doc, size_t ns, size_t ne);

/* Offset of the first case-insensitive occurrence of the ASCII word `word`
 * in s[start..end) standing as a whole word (not inside a longer word), or
 * (size_t)-1. */
size_t ix_scan_find_word(const char *s, size_t start, size_t end, const char *word);

/* Offset of the first case-insensitive occurrence of the ASCII string
 * `stem` in s[start..end), inside a longer word or not, or (size_t)-1.
 * With lower_first, an occurrence whose first byte is an upper-case letter
 * is passed over.  Only where the first byte agrees is the rest compared. */
size_t ix_scan_find_stem(const char *s, size_t start, size_t end, const char *stem, int lower_first);

/* An ASCII byte in lower case (other bytes as they are), as strncasecmp
 * compares them in the C locale. */
static inline unsigned char ix_scan_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* True when s[a..b) equals the string w ignoring ASCII case.  Stops at the
 * first byte that differs: no strlen, cheap enough for word tables. */
static inline int ix_scan_ieq(const char *s, size_t a, size_t b, const char *w)
{
    if (b < a)
        return 0;
    size_t n = b - a;
    for (size_t i = 0; i < n; i++)
        if (!w[i] || ix_scan_lower((unsigned char)s[a + i]) != ix_scan_lower((unsigned char)w[i]))
            return 0;
    return w[n] == '\0';
}

/* Call fn for every match of rx in norm[from..end), left to right, non
 * overlapping.  fn returns IX_OK to continue, 1 to stop early, or an error.
 * Returns IX_OK or the first error. */
typedef int (*ix_scan_match_fn)(ix_doc *doc, const ix_rxm *m, void *ctx, ix_err *err);
int ix_scan_each_match(const ix_rx *rx, ix_doc *doc, size_t from, size_t end,
                       ix_scan_match_fn fn, void *ctx, ix_err *err);

/* The evidence of the norm range [ns, ne) as written, for a fact's `text`:
 * the original bytes for a text document; for an HTML page the visible text
 * it came from (references decoded, tags gone), not the markup.  An arena
 * copy, valid UTF-8, or NULL when out of memory (ix_doc_written). */
char *ix_scan_as_written(ix_doc *doc, size_t ns, size_t ne);

#endif
