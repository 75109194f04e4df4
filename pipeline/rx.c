#include "pipeline/rx.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Limits: generous for prose, small enough that a pathological line costs
 * milliseconds, not minutes.  Hitting one is reported, never ignored. */
enum { MATCH_LIMIT = 2000000, DEPTH_LIMIT = 5000 };

/* An unset group's offsets, PCRE2's and ix_rxm's, are the same all-ones
 * value (ix_rx_find fills unset groups with memset). */
_Static_assert(sizeof(PCRE2_SIZE) == sizeof(size_t) && PCRE2_UNSET == (size_t)-1,
               "PCRE2_UNSET is (size_t)-1");

/* What a match reads comes first, on one cache line: a document's stages
 * call some 270 patterns, each struct is cold by its next call, and with
 * the name first the JIT state sat on a second line (a miss of its own on
 * almost every call). */
struct ix_rx {
    pcre2_code *code;
    pcre2_match_context *mctx;  /* the shared limits (limits_take) */
    atomic_int jit;             /* JIT_PENDING until the first match, then ON or OFF */
    pthread_mutex_t jit_lock;   /* held while the JIT code is made */
    char name[48];
};

/* A pattern is JIT-compiled on its first match, not when it is made: a run
 * compiles some 270 patterns, and a corpus may never need many of them (a
 * regulator's phrasing, a form of page it does not hold; on the 2000-page
 * bench 115 never match, 40% of the JIT time spent before the first page).
 * Every match still runs JIT code (where JIT is available): a thread that
 * finds a pattern pending makes its code under the pattern's jit_lock, and
 * none matches it before that is done (threads making two patterns' code
 * do not wait for each other). */
enum { JIT_PENDING, JIT_ON, JIT_OFF };

/* The match context: the limits, the same for every pattern, so one
 * context serves them all (read-only while matching, so threads share it),
 * made with the first pattern and released with the last.  A context of
 * its own per pattern was one more cold line on every call. */
static pthread_mutex_t limits_lock = PTHREAD_MUTEX_INITIALIZER;
static pcre2_match_context *limits;
static size_t limits_users;

static pcre2_match_context *limits_take(void)
{
    pthread_mutex_lock(&limits_lock);
    if (!limits) {
        limits = pcre2_match_context_create(NULL);
        if (limits) {
            pcre2_set_match_limit(limits, MATCH_LIMIT);
            pcre2_set_depth_limit(limits, DEPTH_LIMIT);
        }
    }
    pcre2_match_context *mctx = limits;
    if (mctx)
        limits_users++;
    pthread_mutex_unlock(&limits_lock);
    return mctx;
}

static void limits_drop(void)
{
    pthread_mutex_lock(&limits_lock);
    if (--limits_users == 0) {
        pcre2_match_context_free(limits);
        limits = NULL;
    }
    pthread_mutex_unlock(&limits_lock);
}

ix_rx *ix_rx_new(const char *name, const char *pattern, uint32_t flags, ix_err *err)
{
    /* on a line of its own: see struct ix_rx */
    ix_rx *rx = aligned_alloc(64, (sizeof *rx + 63) / 64 * 64);
    if (rx)
        memset(rx, 0, sizeof *rx);
    if (!rx) {
        ix_err_set(err, IX_ENOMEM, "%s: out of memory", name);
        return NULL;
    }
    snprintf(rx->name, sizeof rx->name, "%s", name);
    int ec;
    PCRE2_SIZE eo;
    rx->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                             PCRE2_UTF | PCRE2_UCP | flags, &ec, &eo, NULL);
    if (!rx->code) {
        PCRE2_UCHAR buf[160];
        pcre2_get_error_message(ec, buf, sizeof buf);
        ix_err_set(err, IX_EREGEX, "%s: pattern error at offset %zu: %s",
                   name, (size_t)eo, (char *)buf);
        free(rx);
        return NULL;
    }
    atomic_init(&rx->jit, JIT_PENDING);
    rx->mctx = limits_take();
    if (!rx->mctx || pthread_mutex_init(&rx->jit_lock, NULL) != 0) {
        if (rx->mctx)
            limits_drop();
        pcre2_code_free(rx->code);
        free(rx);
        ix_err_set(err, IX_ENOMEM, "%s: out of memory", name);
        return NULL;
    }
    return rx;
}

void ix_rx_free(ix_rx *rx)
{
    if (!rx)
        return;
    pthread_mutex_destroy(&rx->jit_lock);
    limits_drop();
    pcre2_code_free(rx->code);
    free(rx);
}

/* Match data, one block per thread, made on its first match and reused by
 * every later one (every pattern has at most IX_RX_MAX_GROUPS groups that
 * matter); released when the thread ends. */
static pthread_key_t md_key;
static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static int md_key_ok;

static __thread pcre2_match_data *md_mine;

static void md_free(void *md)
{
    pcre2_match_data_free(md);
    md_mine = NULL;                 /* run by the thread that ends */
}

static void md_key_make(void)
{
    md_key_ok = pthread_key_create(&md_key, md_free) == 0;
}

/* The thread's block, once made, is md_mine: read without a call (the key
 * is only for releasing it when the thread ends). */
static pcre2_match_data *thread_md(void)
{
    if (md_mine)
        return md_mine;
    pthread_once(&md_once, md_key_make);
    if (!md_key_ok)
        return NULL;
    pcre2_match_data *md = pcre2_match_data_create(IX_RX_MAX_GROUPS, NULL);
    if (md && pthread_setspecific(md_key, md) != 0) {
        pcre2_match_data_free(md);
        md = NULL;
    }
    md_mine = md;
    return md;
}

/* True when rx has JIT code, made here on its first match.  JIT is an
 * optimisation: where it is unavailable the interpreter runs the same
 * pattern under the same limits.  (rx is shared read-only but for its JIT
 * state, which only ever moves from pending to its final value, and the
 * lock that guards that move.) */
static int jit_ready(const ix_rx *rx)
{
    ix_rx *own = (ix_rx *)rx;
    int state = atomic_load_explicit(&own->jit, memory_order_acquire);
    if (state == JIT_PENDING) {
        pthread_mutex_lock(&own->jit_lock);
        state = atomic_load_explicit(&own->jit, memory_order_relaxed);
        if (state == JIT_PENDING) {
            state = pcre2_jit_compile(own->code, PCRE2_JIT_COMPLETE) == 0 ? JIT_ON : JIT_OFF;
            atomic_store_explicit(&own->jit, state, memory_order_release);
        }
        pthread_mutex_unlock(&own->jit_lock);
    }
    return state == JIT_ON;
}

/* A UTF-8 continuation byte: not the start of a character. */
static int inside_char(const char *subj, size_t off)
{
    return ((unsigned char)subj[off] & 0xC0) == 0x80;
}

int ix_rx_find(const ix_rx *rx, const char *subj, size_t from, size_t end,
               ix_rxm *m, ix_err *err)
{
    /* Callers compute windows in bytes ("60 bytes before the date"), which
     * may fall inside a character.  PCRE2 is told the subject is valid
     * UTF-8, so a bound inside a character would make it read out of
     * bounds: move `from` on and `end` back to whole characters. */
    while (from < end && inside_char(subj, from))
        from++;
    while (end > from && inside_char(subj, end))
        end--;
    if (from > end || (from == end && inside_char(subj, from)))
        return 0;
    pcre2_match_data *md = thread_md();
    if (!md)
        return ix_err_set(err, IX_ENOMEM, "%s: out of memory", rx->name);
    /* pcre2_jit_match is pcre2_match without the checks of its arguments
     * (made here once, at compile time): the same match, under the same
     * limits, for less work on the short sentences most calls get */
    int rc = jit_ready(rx) ? pcre2_jit_match(rx->code, (PCRE2_SPTR)subj, end, from,
                                       PCRE2_NO_UTF_CHECK, md, rx->mctx)
                     : pcre2_match(rx->code, (PCRE2_SPTR)subj, end, from,
                                   PCRE2_NO_UTF_CHECK, md, rx->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        PCRE2_UCHAR buf[160];
        pcre2_get_error_message(rc, buf, sizeof buf);
        int limit = rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
        return ix_err_set(err, limit ? IX_ELIMIT : IX_EREGEX, "%s: %s", rx->name, (char *)buf);
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t n = pcre2_get_ovector_count(md);
    if (n > IX_RX_MAX_GROUPS)
        n = IX_RX_MAX_GROUPS;
    m->ngroups = (int)n;
    /* Only the first rc pairs are written (rc 0: all of them); the others
     * are unset groups, whatever the ovector holds (valgrind).  An unset
     * offset is PCRE2_UNSET, which is (size_t)-1 as an ix_span's: every
     * group is filled with all-ones bytes at once, then the set pairs
     * copied over. */
    uint32_t set = rc == 0 || (uint32_t)rc > n ? n : (uint32_t)rc;
    memset(m->g, 0xff, sizeof m->g);     /* a fixed size: a few stores, no rep stos */
    for (uint32_t i = 0; i < set; i++) {
        m->g[i].start = ov[2 * i];
        m->g[i].end = ov[2 * i] == PCRE2_UNSET ? (size_t)-1 : ov[2 * i + 1];
    }
    return 1;
}

int ix_rx_group(const ix_rx *rx, const char *name)
{
    int n = pcre2_substring_number_from_name(rx->code, (PCRE2_SPTR)name);
    return n < 0 ? -1 : n;
}

int ix_rx_compile_all(ix_rx **rx, const char *const *patterns, size_t n,
                      const char *name, uint32_t flags, ix_err *err)
{
    for (size_t i = 0; i < n; i++) {
        char label[48];
        snprintf(label, sizeof label, "%s[%zu]", name, i);
        rx[i] = ix_rx_new(label, patterns[i], flags, err);
        if (!rx[i]) {
            ix_rx_free_all(rx, i);
            return err ? err->code : IX_EREGEX;
        }
    }
    return IX_OK;
}

void ix_rx_free_all(ix_rx **rx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        ix_rx_free(rx[i]);
        rx[i] = NULL;
    }
}
