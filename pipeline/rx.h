/* pipeline/rx.h -- PCRE2 patterns compiled once, JIT-compiled on their first
 * match, with match and depth limits, shared read-only between documents
 * (and threads).
 *
 * Owns: the compiled code, and with every live pattern one shared match
 * context (the limits); ix_rx_free releases them (the context with the
 * last pattern).
 * Matching reuses one match-data block per thread (made on the thread's
 * first match, released when the thread ends), so a match allocates nothing.
 * Subjects are assumed to be valid UTF-8 (doc->norm always is), so matching
 * skips PCRE2's UTF check: that keeps a scan over a 100 MB document linear.
 * Patterns are compiled with PCRE2_UTF | PCRE2_UCP; add PCRE2_CASELESS etc.
 * through `flags`.
 */
#ifndef IX_RX_H
#define IX_RX_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "pipeline/err.h"
#include "pipeline/span.h"

typedef struct ix_rx ix_rx;

enum { IX_RX_MAX_GROUPS = 16 };

/* PCRE2's JIT reads a subject in 16-byte steps, up to this many bytes past
 * its end (never past a page): doc->norm keeps that many zero bytes after
 * its NUL, so memory checkers see no read outside the block. */
enum { IX_RX_READ_AHEAD = 16 };

/* Put before a \d that can open a match: a lookahead for a byte that can
 * start a digit (ASCII or not).  With UCP a bare \d is a Unicode property,
 * and an alternative opening with one leaves PCRE2 no set of first bytes,
 * so it tries every position; with this it skips to the bytes that can
 * start a match.  Without case (?-i): caseless, the class took PCRE2 7 ms
 * to compile (adding the other case of every character in it), and no
 * digit has a case. */
#define IX_RX_DIGIT_AHEAD "(?-i:(?=[0-9\\x{80}-\\x{10ffff}]))"

/* One match: g[0] is the whole match, g[i] group i; an unset group is
 * {SIZE_MAX, SIZE_MAX}.  Offsets are into the subject passed. */
typedef struct ix_rxm {
    ix_span g[IX_RX_MAX_GROUPS];
    int ngroups;
} ix_rxm;

/* Compile pattern (PCRE2 syntax) with PCRE2_UTF|PCRE2_UCP|flags; it is
 * JIT-compiled when first matched (once, whichever thread gets there
 * first).  `name` labels errors.  Returns NULL with err set
 * (IX_EREGEX naming the offset, or IX_ENOMEM). */
ix_rx *ix_rx_new(const char *name, const char *pattern, uint32_t flags, ix_err *err);
void ix_rx_free(ix_rx *rx);

/* Find the first match in subj[from..end) (subj[end] must be readable:
 * doc->norm is NUL-terminated).  Lookbehind may see before `from`, never
 * past `end`.  A bound inside a UTF-8 character is moved to a whole
 * character (from forward, end back).  Returns 1 with *m filled, 0 for no
 * match, IX_ELIMIT when the match or depth limit (or the JIT stack) was
 * hit, or IX_EREGEX / IX_ENOMEM; err names the pattern. */
int ix_rx_find(const ix_rx *rx, const char *subj, size_t from, size_t end,
               ix_rxm *m, ix_err *err);

/* Number of the named group, or -1. */
int ix_rx_group(const ix_rx *rx, const char *name);

/* True when group i of m is set. */
static inline int ix_rxm_has(const ix_rxm *m, int i)
{
    return i >= 0 && i < m->ngroups && m->g[i].start != (size_t)-1;
}

/* Compile a table of patterns: rx[i] from patterns[i], all with the same
 * flags.  On failure frees what it made and returns the error. */
int ix_rx_compile_all(ix_rx **rx, const char *const *patterns, size_t n,
                      const char *name, uint32_t flags, ix_err *err);
void ix_rx_free_all(ix_rx **rx, size_t n);

#endif
