#include "extractors/keywords.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/caseloads.h"
#include "extractors/dates.h"
#include "extractors/figures.h"
#include "extractors/genre.h"
#include "extractors/inspectorate.h"
#include "extractors/ratings.h"
#include "extractors/recommendations.h"
#include "extractors/scales.h"
#include "extractors/scan.h"
#include "extractors/subjects.h"
#include "pipeline/chrome.h"

/* U+017F LATIN SMALL LETTER LONG S, which caseless UCP patterns match as
 * 's': where it occurs, a lead word may be spelled with it. */
static const char *const long_s[] = {"\xc5\xbf", NULL};

/* The stages' word tables: each stage exports its NULL-terminated array of
 * NULL-terminated lists; the lists themselves stay in the stage. */
static const char *const *const *const stage_tables[] = {
    ix_ratings_keywords,
    ix_figures_keywords,
    ix_caseloads_keywords,
    ix_recommendations_keywords,
    ix_dates_keywords,
    NULL
};

/* Stages whose tables are sets of clauses (lists of lists of words). */
static const char *const *const *const *const clause_tables[] = {ix_genre_keywords, NULL};

/* Stages' lead tables (ix_keywords_rx_find) and this module's own. */
static const char *const *const *const lead_tables[] = {ix_inspectorate_keywords, ix_subjects_keywords,
                                                        ix_chrome_keywords, NULL};

/* A hit keeps only its offset (4 bytes: the per-document cost that counts
 * on a 100 MB text); whether it stands as a whole word is read from the
 * bytes around it when asked. */

/* A word of a stage's table by its address, as collected: id + 1. */
struct by_address {
    const char *key;
    uint32_t id;
};

/* A slot of the table by address: the address as an offset from the
 * lowest one (the tables lie in one image, so 4 bytes hold it and the whole
 * table sits in a few cache lines), and id + 1, 0 for an empty slot. */
struct addr_slot {
    uint32_t off;
    uint32_t id;
};

struct ix_keywords {
    /* words, lower case */
    char **word;
    size_t *len, maxlen;
    size_t wordcap;             /* room in word and len */
    unsigned char *edge;        /* bit 0: first byte is a word byte; bit 1: last */
    size_t nwords;
    /* open-addressing tables of word ids + 1: by spelling, and by the
     * address of each word in the stages' tables (what callers pass),
     * made from the pairs collected in ptr */
    uint32_t *slot;
    size_t nslots;
    struct by_address *ptr;
    size_t nptrs, ptrcap;
    struct addr_slot *addr;
    uintptr_t addr_base;
    size_t naddr;
    /* the stages' lists (each NULL-terminated list of a table above) by
     * address, each with its words' ids: a list asked about whole
     * (ix_keywords_contains_any) is resolved once, not word by word */
    struct list_slot *lists;
    size_t nlists;
    size_t nlists_kept;         /* lists entered: each has a memo (ix_keyhits) */
    long *list_ids;
    size_t nlist_ids;
    /* the automaton: delta[col[byte] + state] is the next state.  The
     * table is laid out by column, the moves of every state on one byte
     * class together (col[byte] = cls[byte] * nstates), and the states are
     * numbered breadth first, those where no word ends before those where
     * words end (from out_state on): the moves a text mostly makes, from
     * the shallow states on the common letters, sit in a few lines at the
     * head of each column (with a row per state, every shallow state's
     * row was lines of its own), and a move is tested for words by one
     * comparison.  Entries are 16 bits wide when every state fits in them,
     * 32 bits otherwise. */
    unsigned char cls[256];
    uint32_t col[256];
    size_t ncls;
    uint16_t *delta16;
    uint32_t *delta32;
    uint32_t out_state;
    size_t nstates;
    uint32_t *out_off;          /* nstates + 1: ids of words ending in a state */
    uint32_t *out;
};

/* A slot of the lists' table: a list's address (NULL: empty slot), and
 * where its words' ids start in list_ids (-1 for a word not indexed), one
 * per word in the list's order. */
struct list_slot {
    const char *const *list;
    uint32_t at;
    uint32_t memo;            /* its number among the lists entered */
};

/* What ix_keywords_contains_any has learnt about one of the stages' lists
 * in this document: how often it was asked, then, once it has been asked
 * MEMO_AFTER times, the occurrences of all its words merged in one array
 * (offset << 32 | end, ascending), so that a question costs one binary
 * search however many words the list holds.  A list holding a word that is
 * not indexed is never merged. */
struct list_memo {
    uint32_t asks;
    int state;                /* 0: not merged, 1: merged, -1: never */
    const uint64_t *hit;
    size_t n;
};

enum { MEMO_AFTER = 4 };

/* At most this many lead words per pattern (ix_keywords_rx_find). */
enum { RX_MAX_LEADS = 64 };

/* One document's hits: for word w, pos[off[w] .. off[w + 1]) ascending. */
struct ix_keyhits {
    const ix_keywords *kw;
    const uint32_t *off;
    const uint32_t *pos;
    int long_s;               /* the text holds U+017F */
    struct lead_cache *cache; /* filled by the stages' searches */
    struct list_memo *memo;   /* one per list of the stages' tables */
};

/* What ix_keywords_rx_find has learnt about this document: the places of
 * each list of leads searched with, in buckets by the list's first word. */
enum { LEAD_BUCKETS = 64 };

struct lead_cache {
    struct lead_places *places[LEAD_BUCKETS];
};

/* ---- the word table ---------------------------------------------------- */

static uint32_t hash_lower(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)w[i])) * 16777619u;
    return h;
}

static size_t hash_ptr(const char *p)
{
    uint64_t v = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(v >> 32);
}

/* Id of the spelling w[0..n) (any case), or -1. */
static long lookup_spelling(const ix_keywords *kw, const char *w, size_t n)
{
    size_t mask = kw->nslots - 1;
    for (size_t i = hash_lower(w, n) & mask;; i = (i + 1) & mask) {
        uint32_t v = kw->slot[i];
        if (!v)
            return -1;
        if (kw->len[v - 1] == n && ix_scan_ieq(w, 0, n, kw->word[v - 1]))
            return (long)(v - 1);
    }
}

/* lookup for a word not found by its address: by its spelling. */
static __attribute__((noinline)) long lookup_by_spelling(const ix_keywords *kw, const char *w)
{
    return lookup_spelling(kw, w, strlen(w));
}

/* Id of the NUL-terminated word w, or -1: first by its address (a word of
 * a stage's table), then by its spelling.  Every question about a word
 * starts here (millions of times a run), so the common case, a table word,
 * is made inline and the spelling's search kept apart. */
static inline long lookup(const ix_keywords *kw, const char *w)
{
    uintptr_t off = (uintptr_t)w - kw->addr_base;
    size_t mask = kw->naddr - 1;
    if (off <= UINT32_MAX)
        for (size_t i = hash_ptr(w) & mask; kw->addr[i].id; i = (i + 1) & mask)
            if (kw->addr[i].off == off)
                return (long)kw->addr[i].id - 1;
    return lookup_by_spelling(kw, w);
}

int ix_keywords_has(const ix_keywords *kw, const char *word)
{
    return kw && lookup(kw, word) >= 0;
}

/* Remember that the table entry at address w spells word id. */
static int add_ptr(ix_keywords *kw, const char *w, size_t id)
{
    if (kw->nptrs == kw->ptrcap) {
        size_t nc = kw->ptrcap ? kw->ptrcap * 2 : 64;
        struct by_address *more = realloc(kw->ptr, nc * sizeof *more);
        if (!more)
            return IX_ENOMEM;
        kw->ptr = more;
        kw->ptrcap = nc;
    }
    kw->ptr[kw->nptrs].key = w;
    kw->ptr[kw->nptrs].id = (uint32_t)id + 1;
    kw->nptrs++;
    return IX_OK;
}

/* Call fn on every list of the stages' tables, in table order. */
static int each_list(ix_keywords *kw, int (*fn)(ix_keywords *, const char *const *))
{
    for (size_t t = 0; stage_tables[t]; t++)
        for (size_t l = 0; stage_tables[t][l]; l++)
            if (fn(kw, stage_tables[t][l]) != IX_OK)
                return IX_ENOMEM;
    for (size_t t = 0; lead_tables[t]; t++)
        for (size_t l = 0; lead_tables[t][l]; l++)
            if (fn(kw, lead_tables[t][l]) != IX_OK)
                return IX_ENOMEM;
    for (size_t t = 0; clause_tables[t]; t++)
        for (size_t c = 0; clause_tables[t][c]; c++)
            for (size_t l = 0; clause_tables[t][c][l]; l++)
                if (fn(kw, clause_tables[t][c][l]) != IX_OK)
                    return IX_ENOMEM;
    return IX_OK;
}

/* Add w (first n bytes) unless it is there already or one byte long; its
 * address is remembered either way. */
static int add_word(ix_keywords *kw, const char *w, size_t n)
{
    if (n <= 1)
        return IX_OK;                     /* one byte: found by a scan (rx_find) */
    for (size_t i = 0; i < kw->nwords; i++)
        if (kw->len[i] == n && strncasecmp(kw->word[i], w, n) == 0)
            return add_ptr(kw, w, i);
    if (kw->nwords == kw->wordcap) {
        size_t nc = kw->wordcap ? kw->wordcap * 2 : 64;
        char **words = realloc(kw->word, nc * sizeof *words);
        if (!words)
            return IX_ENOMEM;
        kw->word = words;
        size_t *lens = realloc(kw->len, nc * sizeof *lens);
        if (!lens)
            return IX_ENOMEM;
        kw->len = lens;
        kw->wordcap = nc;
    }
    char *copy = malloc(n + 1);
    if (!copy)
        return IX_ENOMEM;
    for (size_t i = 0; i < n; i++)
        copy[i] = (char)tolower((unsigned char)w[i]);
    copy[n] = '\0';
    kw->word[kw->nwords] = copy;
    kw->len[kw->nwords] = n;
    if (n > kw->maxlen)
        kw->maxlen = n;
    kw->nwords++;
    return add_ptr(kw, w, kw->nwords - 1);
}

/* The words: every stage table, the last word of each band spelling (what
 * ratings tests a sentence for: "improvement", "good") and each scale
 * table's later_cue. */
/* Add every word of list. */
static int add_words(ix_keywords *kw, const char *const *list)
{
    for (; *list; list++)
        if (add_word(kw, *list, strlen(*list)) != IX_OK)
            return IX_ENOMEM;
    return IX_OK;
}

static int add_all(ix_keywords *kw)
{
    if (each_list(kw, add_words) != IX_OK || add_word(kw, long_s[0], strlen(long_s[0])) != IX_OK)
        return IX_ENOMEM;
    const ix_scale *scales[3 * IX_SCALES_MAXTABLES + 1];
    size_t ns = 0;
    for (size_t t = 0; t < ix_scales_ntables && ns + 2 < sizeof scales / sizeof *scales; t++) {
        scales[ns++] = ix_scales_tables[t]->scale;
        if (ix_scales_tables[t]->later)
            scales[ns++] = ix_scales_tables[t]->later;
        const char *cue = ix_scales_tables[t]->later_cue;
        if (cue && add_word(kw, cue, strlen(cue)) != IX_OK)
            return IX_ENOMEM;
    }
    scales[ns++] = ix_scales_narrative();
    for (size_t i = 0; i < ns; i++)
        for (const ix_band_spelling *b = scales[i] ? scales[i]->bands : NULL; b && b->words; b++) {
            const char *last = strrchr(b->words, ' ');
            last = last ? last + 1 : b->words;
            if (add_word(kw, last, strlen(last)) != IX_OK)
                return IX_ENOMEM;
        }
    return IX_OK;
}

static int build_table(ix_keywords *kw)
{
    size_t n = 16;
    while (n < 2 * kw->nwords)
        n *= 2;
    kw->slot = calloc(n, sizeof *kw->slot);
    kw->edge = calloc(kw->nwords ? kw->nwords : 1, 1);
    if (!kw->slot || !kw->edge)
        return IX_ENOMEM;
    kw->nslots = n;
    for (size_t w = 0; w < kw->nwords; w++) {
        size_t i = hash_lower(kw->word[w], kw->len[w]) & (n - 1);
        while (kw->slot[i])
            i = (i + 1) & (n - 1);
        kw->slot[i] = (uint32_t)w + 1;
        kw->edge[w] = (unsigned char)((ix_scan_is_word_byte((unsigned char)kw->word[w][0]) ? 1 : 0) |
                                      (ix_scan_is_word_byte((unsigned char)kw->word[w][kw->len[w] - 1]) ? 2 : 0));
    }
    /* by address: the pairs add_ptr kept, rehashed into a table */
    size_t np = 16;
    while (np < 2 * kw->nptrs)
        np *= 2;
    kw->addr = calloc(np, sizeof *kw->addr);
    if (!kw->addr)
        return IX_ENOMEM;
    kw->naddr = np;
    kw->addr_base = UINTPTR_MAX;
    for (size_t k = 0; k < kw->nptrs; k++)
        if ((uintptr_t)kw->ptr[k].key < kw->addr_base)
            kw->addr_base = (uintptr_t)kw->ptr[k].key;
    for (size_t k = 0; k < kw->nptrs; k++) {
        uintptr_t off = (uintptr_t)kw->ptr[k].key - kw->addr_base;
        if (off > UINT32_MAX)
            continue;                   /* found by its spelling instead */
        size_t i = hash_ptr(kw->ptr[k].key) & (np - 1);
        while (kw->addr[i].id && kw->addr[i].off != off)
            i = (i + 1) & (np - 1);
        kw->addr[i].off = (uint32_t)off;
        kw->addr[i].id = kw->ptr[k].id;
    }
    free(kw->ptr);
    kw->ptr = NULL;
    kw->nptrs = kw->ptrcap = 0;
    return IX_OK;
}

/* Count list and its words (room in list_ids: a list in two tables is
 * counted twice, and kept once). */
static int count_list(ix_keywords *kw, const char *const *list)
{
    kw->nlists++;
    while (*list++)
        kw->nlist_ids++;
    return IX_OK;
}

/* The slot of list in the lists' table: its own, or the empty one where it
 * goes. */
static struct list_slot *list_slot(const ix_keywords *kw, const char *const *list)
{
    size_t mask = kw->nlists - 1;
    size_t i = hash_ptr((const char *)list) & mask;
    while (kw->lists[i].list && kw->lists[i].list != list)
        i = (i + 1) & mask;
    return &kw->lists[i];
}

/* Enter list and its words' ids, from list_ids[nlist_ids] on. */
static int add_list(ix_keywords *kw, const char *const *list)
{
    struct list_slot *sl = list_slot(kw, list);
    if (sl->list)
        return IX_OK;                   /* listed by two tables */
    sl->list = list;
    sl->at = (uint32_t)kw->nlist_ids;
    sl->memo = (uint32_t)kw->nlists_kept++;
    for (; *list; list++)
        kw->list_ids[kw->nlist_ids++] = lookup(kw, *list);
    return IX_OK;
}

/* The table of the stages' lists, once the words' table is built (the
 * lists are the tables' own arrays: read-only data, so an address always
 * means the same words). */
static int build_lists(ix_keywords *kw)
{
    each_list(kw, count_list);
    size_t n = 16;
    while (n < 2 * kw->nlists)
        n *= 2;
    kw->nlists = n;
    kw->lists = calloc(n, sizeof *kw->lists);
    kw->list_ids = malloc((kw->nlist_ids ? kw->nlist_ids : 1) * sizeof *kw->list_ids);
    if (!kw->lists || !kw->list_ids)
        return IX_ENOMEM;
    kw->nlist_ids = 0;
    return each_list(kw, add_list);
}

/* Is list (NULL-terminated, not NULL) one of the stages' lists? */
static int is_table_list(const ix_keywords *kw, const char *const *list)
{
    return list && list_slot(kw, list)->list == list;
}

/* The ids of list's words when it is one of the stages' lists, else NULL. */
static inline const long *list_ids(const ix_keywords *kw, const char *const *list)
{
    const struct list_slot *sl = list_slot(kw, list);
    return sl->list ? kw->list_ids + sl->at : NULL;
}

/* ---- the automaton ----------------------------------------------------- */

/* Lay out the finished automaton (trie state ids in delta, failure links,
 * own words and output counts by trie id; queue: the states but the root,
 * breadth first): the root, the states where no word ends, then those where
 * words end, each group breadth first; then the columns and output lists
 * in that order.  Returns IX_OK or IX_ENOMEM. */
static int number_states(ix_keywords *kw, const uint32_t *delta, const uint32_t *fail,
                         const long *own, const uint32_t *count, const uint32_t *queue, size_t nq)
{
    size_t nstates = kw->nstates, ncls = kw->ncls, n = 1;
    uint32_t *id = malloc(nstates * sizeof *id), *trie = malloc(nstates * sizeof *trie);
    kw->out_off = calloc(nstates + 1, sizeof *kw->out_off);
    if (!id || !trie || !kw->out_off || nstates * ncls > UINT32_MAX) {
        free(id), free(trie);
        return IX_ENOMEM;
    }
    id[0] = 0, trie[0] = 0;
    for (int ends = 0; ends < 2; ends++) {
        if (ends)
            kw->out_state = (uint32_t)n;
        for (size_t k = 0; k < nq; k++)
            if ((count[queue[k]] > 0) == ends) {
                trie[n] = queue[k];
                id[queue[k]] = (uint32_t)n++;
            }
    }
    for (size_t st = 0; st < nstates; st++)
        kw->out_off[st + 1] = kw->out_off[st] + count[trie[st]];
    kw->out = malloc((kw->out_off[nstates] ? kw->out_off[nstates] : 1) * sizeof *kw->out);
    if (!kw->out) {
        free(id), free(trie);
        return IX_ENOMEM;
    }
    /* a state's own word, then its failure state's (shorter, so numbered
     * and listed before it breadth first) */
    for (size_t k = 0; k < nq; k++) {
        uint32_t t = queue[k], o = kw->out_off[id[t]], f = id[fail[t]];
        if (own[t] >= 0)
            kw->out[o++] = (uint32_t)own[t];
        for (uint32_t j = kw->out_off[f]; j < kw->out_off[f + 1]; j++)
            kw->out[o++] = kw->out[j];
    }
    int narrow = nstates - 1 <= UINT16_MAX;
    if (narrow)
        kw->delta16 = malloc(nstates * ncls * sizeof *kw->delta16);
    else
        kw->delta32 = malloc(nstates * ncls * sizeof *kw->delta32);
    if (!kw->delta16 && !kw->delta32) {
        free(id), free(trie);
        return IX_ENOMEM;
    }
    for (size_t st = 0; st < nstates; st++)
        for (size_t c = 0; c < ncls; c++) {
            uint32_t to = id[delta[trie[st] * ncls + c]];
            if (narrow)
                kw->delta16[c * nstates + st] = (uint16_t)to;
            else
                kw->delta32[c * nstates + st] = to;
        }
    for (size_t b = 0; b < 256; b++)
        kw->col[b] = (uint32_t)(kw->cls[b] * nstates);
    free(id), free(trie);
    return IX_OK;
}

static int build_automaton(ix_keywords *kw)
{
    /* byte classes: one per byte some word holds (both cases of a letter
     * share one), class 0 for every other byte */
    size_t ncls = 1, total = 1;
    for (size_t w = 0; w < kw->nwords; w++) {
        total += kw->len[w];
        for (size_t i = 0; i < kw->len[w]; i++) {
            unsigned char c = (unsigned char)kw->word[w][i];
            if (!kw->cls[c]) {
                kw->cls[c] = (unsigned char)ncls;
                if (isalpha(c))
                    kw->cls[toupper(c)] = (unsigned char)ncls;
                ncls++;
            }
        }
    }
    kw->ncls = ncls;
    uint32_t *delta = calloc(total * ncls, sizeof *delta);
    uint32_t *fail = calloc(total, sizeof *fail);
    long *own = malloc(total * sizeof *own);
    uint32_t *queue = malloc(total * sizeof *queue);
    if (!delta || !fail || !own || !queue) {
        free(delta), free(fail), free(own), free(queue);
        return IX_ENOMEM;
    }
    /* the trie; 0 in delta means "no child yet" (the root is never a child) */
    size_t nstates = 1;
    own[0] = -1;
    for (size_t w = 0; w < kw->nwords; w++) {
        uint32_t st = 0;
        for (size_t i = 0; i < kw->len[w]; i++) {
            size_t c = kw->cls[(unsigned char)kw->word[w][i]];
            if (!delta[st * ncls + c]) {
                own[nstates] = -1;
                delta[st * ncls + c] = (uint32_t)nstates++;
            }
            st = delta[st * ncls + c];
        }
        own[st] = (long)w;
    }
    kw->nstates = nstates;
    /* breadth first: failure links, then the missing moves through them */
    size_t qh = 0, qt = 0;
    for (size_t c = 0; c < ncls; c++) {
        uint32_t ch = delta[c];
        if (ch) {
            fail[ch] = 0;
            queue[qt++] = ch;
        }
    }
    while (qh < qt) {
        uint32_t st = queue[qh++];
        for (size_t c = 0; c < ncls; c++) {
            uint32_t ch = delta[st * ncls + c];
            if (ch) {
                fail[ch] = delta[fail[st] * ncls + c];
                queue[qt++] = ch;
            } else {
                delta[st * ncls + c] = delta[fail[st] * ncls + c];
            }
        }
    }
    /* outputs: a state's own word, then its failure state's (shorter) */
    uint32_t *count = calloc(nstates, sizeof *count);
    if (!count) {
        free(delta), free(fail), free(own), free(queue);
        return IX_ENOMEM;
    }
    for (size_t k = 0; k < qt; k++) {          /* queue: breadth-first order */
        uint32_t st = queue[k];
        count[st] = (own[st] >= 0 ? 1 : 0) + count[fail[st]];
    }
    int rc = number_states(kw, delta, fail, own, count, queue, qt);
    free(delta), free(count), free(fail), free(own), free(queue);
    return rc;
}

ix_keywords *ix_keywords_new(ix_err *err)
{
    ix_keywords *kw = calloc(1, sizeof *kw);
    if (!kw || add_all(kw) != IX_OK || build_table(kw) != IX_OK || build_lists(kw) != IX_OK ||
        build_automaton(kw) != IX_OK) {
        ix_keywords_free(kw);
        ix_err_set(err, IX_ENOMEM, "keywords: out of memory");
        return NULL;
    }
    return kw;
}

void ix_keywords_free(ix_keywords *kw)
{
    if (!kw)
        return;
    for (size_t i = 0; i < kw->nwords; i++)
        free(kw->word[i]);
    free(kw->word);
    free(kw->len);
    free(kw->edge);
    free(kw->slot);
    free(kw->ptr);
    free(kw->addr);
    free(kw->lists);
    free(kw->list_ids);
    free(kw->delta16);
    free(kw->delta32);
    free(kw->out_off);
    free(kw->out);
    free(kw);
}

/* ---- one document ------------------------------------------------------ */

/* The automaton reads a document in blocks of this many bytes, each with at
 * most as many word ends (8 bytes each, kept between counting the hits and
 * writing them): a document of more than one block is read a second time
 * after its first block instead of holding every end. */
enum { BLOCK = 1 << 16 };

/* The automaton's tables, as one scan holds them (in registers: stores to
 * the word ends could otherwise alias a table's fields). */
typedef struct tables {
    const uint32_t *col;
    const uint16_t *delta16;
    const uint32_t *delta32;
    uint32_t out_state;
} tables;

/* The state after byte s[i] from state st (narrow: the 16-bit table). */
static inline uint32_t next_state(tables t, int narrow, const unsigned char *s, size_t i, uint32_t st)
{
    size_t k = t.col[s[i]] + st;
    return narrow ? t.delta16[k] : t.delta32[k];
}

/* The state after byte s[i] from st; the byte and that state are kept in
 * ev (at *ne, counted) when words end there.  They are written at *ne
 * whatever the state, and counted or not: no branch to mispredict at one
 * byte in seven. */
static inline uint32_t step(tables t, int narrow, const unsigned char *s, size_t i, uint32_t st,
                            uint32_t *ev, size_t *ne)
{
    st = next_state(t, narrow, s, i, st);
    ev[2 * *ne] = (uint32_t)i;
    ev[2 * *ne + 1] = st;
    *ne += st >= t.out_state;
    return st;
}

/* scan_block for one width of table, made once for each (always inlined
 * where narrow is a constant). */
static inline __attribute__((always_inline)) size_t
scan_block_in(const ix_keywords *kw, int narrow, const unsigned char *s, size_t from, size_t to,
              uint32_t *state, uint32_t *ev)
{
    tables t = {kw->col, kw->delta16, kw->delta32, kw->out_state};
    size_t na = 0, len = to - from, warm = kw->maxlen ? kw->maxlen - 1 : 0;
    uint32_t ra = *state;
    if (len <= 4 * warm + 64) {
        for (size_t i = from; i < to; i++)
            ra = step(t, narrow, s, i, ra, ev, &na);
        *state = ra;
        return na;
    }
    /* A state stands for at most the last maxlen bytes read, so a run from
     * the root over the maxlen - 1 bytes before the middle is in the right
     * state there: the second half of a block is read by a run of its own
     * alongside the first, two independent chains of loads instead of one
     * (the run's first bytes are read apart, so neither chain tests where
     * it is). */
    size_t mid = from + len / 2, nb = 0, ib = mid;
    uint32_t rb = 0, *evb = ev + 2 * (mid - from);
    for (size_t i = mid - warm; i < mid; i++)
        rb = next_state(t, narrow, s, i, rb);
    for (size_t ia = from; ia < mid; ia++, ib++) {
        ra = step(t, narrow, s, ia, ra, ev, &na);
        rb = step(t, narrow, s, ib, rb, evb, &nb);
    }
    for (; ib < to; ib++)
        rb = step(t, narrow, s, ib, rb, evb, &nb);
    memmove(ev + 2 * na, evb, nb * 2 * sizeof *ev);
    *state = rb;
    return na + nb;
}

/* Run the automaton over s[from..to) from *state, keeping the byte and the
 * state of each move into one where words end in ev (pairs; room for
 * to - from), in text order; *state is left where it stopped.  Returns how
 * many it kept. */
static size_t scan_block(const ix_keywords *kw, const unsigned char *s, size_t from, size_t to,
                         uint32_t *state, uint32_t *ev)
{
    return kw->delta16 ? scan_block_in(kw, 1, s, from, to, state, ev)
                       : scan_block_in(kw, 0, s, from, to, state, ev);
}

/* Count the words ending at the ne kept moves of ev: off[w + 1] for word w. */
static void count_ends(const ix_keywords *kw, const uint32_t *ev, size_t ne, uint32_t *off)
{
    for (size_t e = 0; e < ne; e++) {
        size_t st = ev[2 * e + 1];
        for (uint32_t j = kw->out_off[st]; j < kw->out_off[st + 1]; j++)
            off[kw->out[j] + 1]++;
    }
}

/* Write the offsets of the words ending at the ne kept moves of ev into
 * pos, word w's at fill[w] on. */
static void write_ends(const ix_keywords *kw, const uint32_t *ev, size_t ne, uint32_t *fill,
                       uint32_t *pos)
{
    for (size_t e = 0; e < ne; e++) {
        uint32_t i = ev[2 * e];
        size_t st = ev[2 * e + 1];
        for (uint32_t j = kw->out_off[st]; j < kw->out_off[st + 1]; j++) {
            uint32_t w = kw->out[j];
            pos[fill[w]++] = i + 1 - (uint32_t)kw->len[w];
        }
    }
}

/* Between two documents the stages push the automaton out of the cache,
 * and a scan that takes it back a random miss at a time spends three
 * quarters of its time waiting (measured: 0.10 s of the 0.13 s the bench
 * corpus took).  Asked for in order first, its lines stream in at a
 * fraction of that cost; a text shorter than the table has lines would
 * not miss that often, and is scanned as it is. */
static void warm_automaton(const ix_keywords *kw, size_t text_len)
{
    const char *t = kw->delta16 ? (const char *)kw->delta16 : (const char *)kw->delta32;
    size_t size = kw->nstates * kw->ncls * (kw->delta16 ? sizeof *kw->delta16 : sizeof *kw->delta32);
    if (text_len < size / 64)
        return;
    for (size_t at = 0; at < size; at += 64)
        __builtin_prefetch(t + at);
}

int ix_keywords_index(const ix_keywords *kw, ix_doc *doc, ix_err *err)
{
    const unsigned char *s = (const unsigned char *)doc->norm;
    size_t n = doc->norm_len, nw = kw->nwords;
    /* the word ends of the first block are kept between counting and
     * writing; a bigger document reads each later block twice, through a
     * second buffer, to count and then to write its ends */
    size_t first = n < BLOCK ? n : BLOCK, room = first + (n > BLOCK ? BLOCK : 0);
    struct ix_keyhits *h = ix_arena_alloc(doc->arena, sizeof *h);
    uint32_t *off = ix_arena_zalloc(doc->arena, (nw + 1) * sizeof *off);
    uint32_t *fill = ix_arena_alloc(doc->arena, (nw + 1) * sizeof *fill);
    uint32_t *ev = malloc((room ? room : 1) * 2 * sizeof *ev), *rest = ev + 2 * first;
    if (!h || !off || !fill || !ev) {
        free(ev);
        return ix_err_set(err, IX_ENOMEM, "keywords: out of memory");
    }
    warm_automaton(kw, n);
    uint32_t state = 0;
    size_t ne = scan_block(kw, s, 0, first, &state, ev);
    count_ends(kw, ev, ne, off);
    uint32_t first_state = state;
    for (size_t at = first; at < n; at += BLOCK) {
        size_t to = n - at < BLOCK ? n : at + BLOCK;
        count_ends(kw, rest, scan_block(kw, s, at, to, &state, rest), off);
    }
    for (size_t w = 0; w < nw; w++)
        off[w + 1] += off[w];
    memcpy(fill, off, (nw + 1) * sizeof *fill);
    uint32_t *pos = ix_arena_alloc(doc->arena, (off[nw] ? off[nw] : 1) * sizeof *pos);
    if (!pos) {
        free(ev);
        return ix_err_set(err, IX_ENOMEM, "keywords: out of memory");
    }
    /* a word's hits come out in ascending order */
    write_ends(kw, ev, ne, fill, pos);
    state = first_state;
    for (size_t at = first; at < n; at += BLOCK) {
        size_t to = n - at < BLOCK ? n : at + BLOCK;
        write_ends(kw, rest, scan_block(kw, s, at, to, &state, rest), fill, pos);
    }
    free(ev);
    h->pos = pos;
    h->kw = kw;
    h->off = off;
    h->cache = ix_arena_zalloc(doc->arena, sizeof *h->cache);
    h->memo = ix_arena_zalloc(doc->arena, (kw->nlists_kept ? kw->nlists_kept : 1) * sizeof *h->memo);
    if (!h->cache || !h->memo)
        return ix_err_set(err, IX_ENOMEM, "keywords: out of memory");
    doc->keywords = h;
    h->long_s = ix_keywords_contains(doc, 0, n, long_s[0], 0);
    return IX_OK;
}

/* May the hit of word w at p stand as a whole word in [a, b)?  As
 * ix_scan_find_word: a range's edge counts as a boundary, and so does any
 * side of the word that is not a word byte itself. */
static int whole_at(const ix_doc *doc, const ix_keywords *kw, long w, size_t p, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)doc->norm;
    size_t e = p + kw->len[w];
    if (p > a && (kw->edge[w] & 1) && ix_scan_is_word_byte(s[p - 1]))
        return 0;
    if (e < b && (kw->edge[w] & 2) && ix_scan_is_word_byte(s[e]))
        return 0;
    return 1;
}

/* The first hit of word w at or after a.  The search halves the hits
 * without a branch on what it reads (a conditional move): which half holds
 * a sentence's offset is as good as random, so a branch would be
 * mispredicted every other step. */
static inline size_t first_at(const struct ix_keyhits *h, long w, size_t a)
{
    size_t lo = h->off[w], n = h->off[w + 1] - lo;
    if (!n)
        return lo;
    const uint32_t *base = h->pos + lo;
    while (n > 1) {                 /* the answer is in base[0 .. n] */
        size_t half = n / 2;
        base = base[half] < a ? base + half : base;
        n -= half;
    }
    return (size_t)(base - h->pos) + (*base < a);
}

/* ix_keywords_find of word, word w of the index (-1: not indexed). */
static size_t find_id(const ix_doc *doc, const struct ix_keyhits *h, long w, size_t a, size_t b,
                      const char *word)
{
    if (w < 0)
        return ix_scan_find_word(doc->norm, a, b, word);
    size_t wl = h->kw->len[w];
    for (size_t j = first_at(h, w, a); j < h->off[w + 1]; j++) {
        size_t p = h->pos[j];
        if (p + wl > b)
            break;
        if (whole_at(doc, h->kw, w, p, a, b))
            return p;
    }
    return (size_t)-1;
}

size_t ix_keywords_find(const ix_doc *doc, size_t a, size_t b, const char *word)
{
    const struct ix_keyhits *h = doc->keywords;
    return find_id(doc, h, h ? lookup(h->kw, word) : -1, a, b, word);
}

int ix_keywords_any(const ix_doc *doc, size_t a, size_t b, const char *const *list)
{
    const struct ix_keyhits *h = doc->keywords;
    const long *ids = h ? list_ids(h->kw, list) : NULL;
    if (ids) {                          /* a stage's list: its words resolved */
        for (size_t k = 0; list[k]; k++)
            if (find_id(doc, h, ids[k], a, b, list[k]) != (size_t)-1)
                return 1;
        return 0;
    }
    for (size_t k = 0; list[k]; k++)
        if (ix_keywords_find(doc, a, b, list[k]) != (size_t)-1)
            return 1;
    return 0;
}

/* ix_keywords_contains for a stem that is not indexed: read the bytes. */
static __attribute__((noinline)) int contains_scan(const ix_doc *doc, size_t a, size_t b,
                                                   const char *stem, int lower_first)
{
    return ix_scan_find_stem(doc->norm, a, b, stem, lower_first) != (size_t)-1;
}

/* ix_keywords_contains of stem, word w of the index (-1: not indexed). */
static inline int contains_id(const ix_doc *doc, const struct ix_keyhits *h, long w, size_t a,
                              size_t b, const char *stem, int lower_first)
{
    if (w < 0)
        return contains_scan(doc, a, b, stem, lower_first);
    size_t wl = h->kw->len[w];
    for (size_t j = first_at(h, w, a); j < h->off[w + 1]; j++) {
        if (h->pos[j] + wl > b)
            break;
        if (!lower_first || !isupper((unsigned char)doc->norm[h->pos[j]]))
            return 1;
    }
    return 0;
}

/* ix_keywords_contains, made inline in the loops over lists of stems. */
static inline int contains(const ix_doc *doc, size_t a, size_t b, const char *stem, int lower_first)
{
    const struct ix_keyhits *h = doc->keywords;
    return contains_id(doc, h, h ? lookup(h->kw, stem) : -1, a, b, stem, lower_first);
}

int ix_keywords_contains(const ix_doc *doc, size_t a, size_t b, const char *stem, int lower_first)
{
    return contains(doc, a, b, stem, lower_first);
}

int ix_keywords_word_start(const ix_doc *doc, size_t a, size_t b, const char *stem)
{
    const struct ix_keyhits *h = doc->keywords;
    long w = h ? lookup(h->kw, stem) : -1;
    size_t wl = w >= 0 ? h->kw->len[w] : strlen(stem);
    const char *s = doc->norm;
    if (w < 0) {
        for (size_t i = a; i + wl <= b; i++)
            if ((i == a || !ix_scan_is_word_byte((unsigned char)s[i - 1])) && ix_scan_ieq(s, i, i + wl, stem))
                return 1;
        return 0;
    }
    for (size_t j = first_at(h, w, a); j < h->off[w + 1]; j++) {
        size_t p = h->pos[j];
        if (p + wl > b)
            break;
        if (p == a || !ix_scan_is_word_byte((unsigned char)s[p - 1]))
            return 1;
    }
    return 0;
}

/* ix_keywords_first of stem, word w of the index (-1: not indexed). */
static size_t first_id(const ix_doc *doc, const struct ix_keyhits *h, long w, size_t a, size_t b,
                       const char *stem)
{
    if (w < 0)
        return ix_scan_find_stem(doc->norm, a, b, stem, 0);
    size_t j = first_at(h, w, a);
    if (j < h->off[w + 1] && h->pos[j] + h->kw->len[w] <= b)
        return h->pos[j];
    return (size_t)-1;
}

size_t ix_keywords_first(const ix_doc *doc, size_t a, size_t b, const char *stem)
{
    const struct ix_keyhits *h = doc->keywords;
    return first_id(doc, h, h ? lookup(h->kw, stem) : -1, a, b, stem);
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t p = *(const uint64_t *)x, q = *(const uint64_t *)y;
    return p < q ? -1 : p > q;
}

/* Merge the occurrences of the words ids[0..nw) (the words of a stage's
 * list) into m, or mark it never to be merged (a word not indexed, or out
 * of memory: the words are then asked one by one, as before). */
static void memo_merge(const ix_doc *doc, const struct ix_keyhits *h, const long *ids, size_t nw,
                       struct list_memo *m)
{
    size_t total = 0;
    m->state = -1;
    for (size_t k = 0; k < nw; k++) {
        if (ids[k] < 0)
            return;
        total += h->off[ids[k] + 1] - h->off[ids[k]];
    }
    uint64_t *hit = ix_arena_alloc(doc->arena, (total ? total : 1) * sizeof *hit);
    if (!hit)
        return;
    size_t n = 0;
    for (size_t k = 0; k < nw; k++) {
        uint64_t wl = h->kw->len[ids[k]];
        for (uint32_t j = h->off[ids[k]]; j < h->off[ids[k] + 1]; j++)
            hit[n++] = (uint64_t)h->pos[j] << 32 | (h->pos[j] + wl);
    }
    qsort(hit, n, sizeof *hit, cmp_u64);
    m->hit = hit;
    m->n = n;
    m->state = 1;
}

/* Does an occurrence of the merged list m start at or after a and end by
 * b?  The first at or after a is found by halving without a branch on what
 * is read (as first_at); of those that start before b, only the few that
 * run past b can come before one that fits. */
static int memo_contains(const struct list_memo *m, size_t a, size_t b)
{
    if (!m->n)
        return 0;
    const uint64_t *base = m->hit;
    size_t n = m->n;
    while (n > 1) {
        size_t half = n / 2;
        base = (base[half] >> 32) < a ? base + half : base;
        n -= half;
    }
    if ((*base >> 32) < a)
        base++;
    for (; base < m->hit + m->n && (*base >> 32) < b; base++)
        if ((*base & UINT32_MAX) <= b)
            return 1;
    return 0;
}

int ix_keywords_contains_any(const ix_doc *doc, size_t a, size_t b, const char *const *list)
{
    const struct ix_keyhits *h = doc->keywords;
    const struct list_slot *sl = h ? list_slot(h->kw, list) : NULL;
    if (sl && sl->list) {               /* a stage's list: its words resolved */
        const long *ids = h->kw->list_ids + sl->at;
        struct list_memo *m = &h->memo[sl->memo];
        if (m->state == 0 && ++m->asks >= MEMO_AFTER) {
            size_t nw = 0;
            while (list[nw])
                nw++;
            memo_merge(doc, h, ids, nw, m);
        }
        if (m->state == 1)
            return memo_contains(m, a, b);
        for (size_t k = 0; list[k]; k++)
            if (contains_id(doc, h, ids[k], a, b, list[k], 0))
                return 1;
        return 0;
    }
    for (size_t k = 0; list[k]; k++)
        if (contains(doc, a, b, list[k], 0))
            return 1;
    return 0;
}

int ix_keywords_long_s(const ix_doc *doc)
{
    const struct ix_keyhits *h = doc->keywords;
    return h ? h->long_s : ix_keywords_contains(doc, 0, doc->norm_len, long_s[0], 0);
}

/* The places where a pattern with these leads may match, in this
 * document: the occurrences of its indexed leads at a word start,
 * ascending, each with the shortest lead found there (a place is tried only
 * when that lead fits before the end of the range searched).  They are
 * merged from the leads' hits on a pattern's first search in the document
 * and kept for the next ones, at most PLACES_KEPT of them at a time: a
 * stage searches forward, and a window past the last kept place is merged
 * when a search gets there, so a big document holds no more than a small
 * one.  One-byte leads ("a", "I", a digit) are never indexed; they are
 * looked for in the range searched, as it is read. */
enum { PLACES_KEPT = 4096 };

typedef struct lead_places {
    const char *const *leads, *const *more;   /* the key: copies of the words */
    /* the arrays the key was made from, when both are stages' lists
     * (read-only tables, so the same address always holds the same words):
     * a search with them is known without comparing the words */
    const char *const *table_leads, *const *table_more;
    int plain;                /* the leads cannot be used: run the pattern */
    long id[RX_MAX_LEADS];    /* the indexed leads */
    size_t nl;
    int any_byte;
    unsigned char byte[256];  /* the one-byte leads, both cases */
    /* the window: every place at or after `from` up to pos[n - 1] (to the
     * end of the text when `last`), n <= cap */
    uint32_t *pos;
    unsigned char *len;
    size_t n, cap, from;
    size_t after;             /* the window's index after the last place given */
    int built, last;
    int all_fit;              /* every hit of the leads fits in the window */
    struct lead_places *next;
} lead_places;


/* True when a lead starting with byte c at p stands inside a word, where no
 * match of a pattern opening with \b (or refusing a word character before
 * it) can start. */
static inline int inside_word(const ix_doc *doc, size_t p, unsigned char c)
{
    return p > 0 && ix_scan_is_ascii_word(c) && ix_scan_is_ascii_word((unsigned char)doc->norm[p - 1]);
}

/* The first of the hits pos[j..stop) of a lead that stands at a word
 * start, or stop. */
static inline size_t at_word_start(const ix_doc *doc, const struct ix_keyhits *h, size_t j, size_t stop)
{
    while (j < stop && inside_word(doc, h->pos[j], (unsigned char)doc->norm[h->pos[j]]))
        j++;
    return j;
}

/* Resolve the leads of lp (lp->plain when they cannot be used) and make
 * room for its window.  Returns IX_OK or IX_ENOMEM. */
static int places_init(const ix_doc *doc, const struct ix_keyhits *h, lead_places *lp)
{
    size_t total = 0;
    for (int l = 0; l < 2; l++)
        for (const char *const *w = l ? lp->more : lp->leads; w && *w; w++) {
            if (lp->nl == RX_MAX_LEADS) {
                lp->plain = 1;
                return IX_OK;
            }
            if ((*w)[0] && !(*w)[1]) {
                unsigned char c = ix_scan_lower((unsigned char)(*w)[0]);
                lp->byte[c] = lp->byte[toupper(c)] = 1;
                lp->any_byte = 1;
                continue;
            }
            long id = lookup(h->kw, *w);
            if (id < 0 || h->kw->len[id] > UINT8_MAX) {
                lp->plain = 1;
                return IX_OK;
            }
            lp->id[lp->nl++] = id;
            total += h->off[id + 1] - h->off[id];
        }
    lp->cap = total < PLACES_KEPT ? total : PLACES_KEPT;
    lp->all_fit = total <= PLACES_KEPT;
    lp->pos = ix_arena_alloc(doc->arena, (lp->cap ? lp->cap : 1) * sizeof *lp->pos);
    lp->len = ix_arena_alloc(doc->arena, lp->cap ? lp->cap : 1);
    return lp->pos && lp->len ? IX_OK : IX_ENOMEM;
}

/* A lead's cursor in the merge: its next hit at a word start, pos[j], of
 * those up to stop; key orders the cursors by offset, then lead length
 * (pos[j] << 8 | the lead's length: 16 bytes a cursor, what the heap
 * moves). */
typedef struct cursor {
    uint64_t key;
    uint32_t j, stop;
} cursor;

/* The lead length of a cursor's key. */
static inline uint32_t key_len(uint64_t key)
{
    return (uint32_t)(key & UINT8_MAX);
}

/* Restore the heap order (smallest key at 0) below heap[i]. */
static inline void sift_down(cursor *heap, size_t n, size_t i)
{
    cursor t = heap[i];         /* moved down a hole, not swapped */
    for (;;) {
        size_t m = 2 * i + 1;
        if (m >= n)
            break;
        if (m + 1 < n && heap[m + 1].key < heap[m].key)
            m++;
        if (heap[m].key >= t.key)
            break;
        heap[i] = heap[m];
        i = m;
    }
    heap[i] = t;
}

/* Append the place p of a lead of length len to the window, unless a
 * shorter lead (merged first) is there already.  False when the window is
 * full. */
static inline int place_add(lead_places *lp, uint32_t p, uint32_t len)
{
    if (lp->n && lp->pos[lp->n - 1] == p)
        return 1;
    if (lp->n == lp->cap)
        return 0;
    lp->pos[lp->n] = p;
    lp->len[lp->n] = (unsigned char)len;
    lp->n++;
    return 1;
}

/* Merge the window of places at or after `from`: the leads' hits at word
 * starts in text order, the next one always from the top of a heap of the
 * leads' cursors, until the window is full. */
static void places_merge(const ix_doc *doc, const struct ix_keyhits *h, lead_places *lp, size_t from)
{
    cursor heap[RX_MAX_LEADS];
    size_t n = 0;
    for (size_t k = 0; k < lp->nl; k++) {
        cursor c = {(uint64_t)h->kw->len[lp->id[k]], 0, h->off[lp->id[k] + 1]};
        c.j = (uint32_t)at_word_start(doc, h, first_at(h, lp->id[k], from), c.stop);
        if (c.j < c.stop) {
            c.key |= (uint64_t)h->pos[c.j] << 8;
            heap[n++] = c;
        }
    }
    for (size_t i = n; i-- > 0;)
        sift_down(heap, n, i);
    lp->n = lp->after = 0;
    lp->from = from;
    lp->built = 1;
    lp->last = 0;
    /* the heap's top until one lead is left, whose hits then follow in
     * their own order (most lists have hits of one or two leads only) */
    while (n > 1) {
        cursor *c = &heap[0];
        if (!place_add(lp, h->pos[c->j], key_len(c->key)))
            return;
        c->j = (uint32_t)at_word_start(doc, h, c->j + 1, c->stop);
        if (c->j < c->stop)
            c->key = (uint64_t)h->pos[c->j] << 8 | key_len(c->key);
        else
            *c = heap[--n];
        sift_down(heap, n, 0);
    }
    for (cursor *c = heap; n && c->j < c->stop; c->j = (uint32_t)at_word_start(doc, h, c->j + 1, c->stop))
        if (!place_add(lp, h->pos[c->j], key_len(c->key)))
            return;
    lp->last = 1;
}

/* The first place of lp at or after p, with its shortest lead in *len, or
 * SIZE_MAX. */
static size_t place_from(const ix_doc *doc, const struct ix_keyhits *h, lead_places *lp, size_t p,
                         size_t *len)
{
    int held = lp->built && p >= lp->from && (lp->last || (lp->n && p <= lp->pos[lp->n - 1]));
    if (!held)                          /* all of them when they fit: never merged again */
        places_merge(doc, h, lp, lp->all_fit ? 0 : p);
    /* a search goes on from the place after the last one it was given */
    size_t lo = lp->after, hi = lp->n;
    if (!(lo <= hi && (lo == hi || lp->pos[lo] >= p) && (lo == 0 || lp->pos[lo - 1] < p))) {
        lo = 0;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (lp->pos[mid] < p)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    if (lo == lp->n)
        return (size_t)-1;            /* only when the window runs to the end */
    lp->after = lo + 1;
    *len = lp->len[lo];
    return lp->pos[lo];
}

/* Do two NULL-terminated word lists hold the same words (NULL: none)?  The
 * words are the stages' table entries, so one word is one address: no
 * string is compared on this hot path (a copy of a word under another
 * address only costs a second cache entry). */
static int same_words(const char *const *a, const char *const *b)
{
    if (a == b)
        return 1;
    if (!a || !b)
        return 0;
    for (; *a && *b; a++, b++)
        if (*a != *b)
            return 0;
    return !*a && !*b;
}

/* A copy of the list in the document's arena: callers may pass a buffer
 * they fill again (ix_keywords_live_leads), so the key is the words, not
 * the array. */
static const char *const *keep_words(const ix_doc *doc, const char *const *w)
{
    if (!w)
        return NULL;
    size_t n = 0;
    while (w[n])
        n++;
    const char **copy = ix_arena_alloc(doc->arena, (n + 1) * sizeof *copy);
    if (!copy)
        return NULL;
    memcpy(copy, w, (n + 1) * sizeof *copy);
    return copy;
}

/* The places of (leads, more) in this document, made on first use; NULL
 * when out of memory. */
static lead_places *places_for(const ix_doc *doc, const struct ix_keyhits *h,
                               const char *const *leads, const char *const *more)
{
    const char *first = leads && leads[0] ? leads[0] : more ? more[0] : NULL;
    lead_places **head = &h->cache->places[hash_ptr(first) & (LEAD_BUCKETS - 1)];
    for (lead_places *lp = *head; lp; lp = lp->next)
        if ((lp->table_leads && lp->table_leads == leads && lp->table_more == more) ||
            (same_words(lp->leads, leads) && same_words(lp->more, more)))
            return lp;
    lead_places *lp = ix_arena_zalloc(doc->arena, sizeof *lp);
    if (!lp)
        return NULL;
    lp->leads = keep_words(doc, leads);
    lp->more = keep_words(doc, more);
    if (is_table_list(h->kw, leads) && (!more || is_table_list(h->kw, more))) {
        lp->table_leads = leads;
        lp->table_more = more;
    }
    if ((leads && !lp->leads) || (more && !lp->more))
        return NULL;
    if (places_init(doc, h, lp) != IX_OK)
        return NULL;
    lp->next = *head;
    *head = lp;
    return lp;
}

/* The next one-byte lead of lp at a word start in norm[from..end), or
 * SIZE_MAX. */
static size_t next_byte_lead(const ix_doc *doc, const lead_places *lp, size_t from, size_t end)
{
    const unsigned char *s = (const unsigned char *)doc->norm;
    if (!lp->any_byte)
        return (size_t)-1;
    for (size_t i = from; i < end; i++)
        if (lp->byte[s[i]] && !inside_word(doc, i, s[i]))
            return i;
    return (size_t)-1;
}

int ix_keywords_rx_find(const ix_doc *doc, const ix_rx *rx, const ix_rx *anchored,
                        const char *const *leads, const char *const *more, size_t from,
                        size_t end, ix_rxm *m, ix_err *err)
{
    const struct ix_keyhits *h = doc->keywords;
    if (!h || ix_keywords_long_s(doc))
        return ix_rx_find(rx, doc->norm, from, end, m, err);
    lead_places *lp = places_for(doc, h, leads, more);
    if (!lp)
        return ix_err_set(err, IX_ENOMEM, "keywords: out of memory");
    if (lp->plain)
        return ix_rx_find(rx, doc->norm, from, end, m, err);
    /* the attempts in text order: the indexed places and the one-byte
     * leads, as the range is read */
    size_t len = 0;
    size_t ip = place_from(doc, h, lp, from, &len);
    size_t bp = next_byte_lead(doc, lp, from, end);
    for (;;) {
        while (ip < end && ip + len > end)
            ip = place_from(doc, h, lp, ip + 1, &len);   /* the lead there does not fit */
        size_t p = ip < bp ? ip : bp;
        if (p >= end)
            return 0;
        int rc = ix_rx_find(anchored, doc->norm, p, end, m, err);
        if (rc != 0)
            return rc;
        if (ip == p)
            ip = place_from(doc, h, lp, p + 1, &len);
        if (bp == p)
            bp = next_byte_lead(doc, lp, p + 1, end);
    }
}

/* The guard of lead word w among guards (pointer or spelling), or NULL. */
static const char *const *guard_of(const char *const *const *guards, const char *w)
{
    for (const char *const *const *g = guards; *g; g++)
        if ((*g)[0] == w || strcmp((*g)[0], w) == 0)
            return *g;
    return NULL;
}

const char *const *ix_keywords_live_leads(const ix_doc *doc, size_t a, size_t b,
                                          const char *const *leads,
                                          const char *const *const *guards, const char **out,
                                          size_t cap)
{
    if (!guards || ix_keywords_long_s(doc))
        return leads;
    size_t n = 0;
    for (const char *const *w = leads; *w; w++) {
        if (n + 1 >= cap)
            return leads;
        const char *const *g = guard_of(guards, *w);
        if (!g || ix_keywords_contains_any(doc, a, b, g + 1))
            out[n++] = *w;
    }
    out[n] = NULL;
    return out;
}

const char *const *ix_keywords_present(const ix_doc *doc, size_t a, size_t b,
                                       const char *const *leads, const char **out, size_t cap)
{
    size_t n = 0;
    for (const char *const *w = leads; *w; w++) {
        if (n + 1 >= cap)
            return leads;
        if (ix_keywords_contains(doc, a, b, *w, 0))
            out[n++] = *w;
    }
    out[n] = NULL;
    return out;
}

/* One word of a set of cursors: its first occurrence at or after the
 * set's `from`, and where that ends ((size_t)-1 for both: none). */
typedef struct word_cursor {
    size_t next, end;
    size_t j;                 /* an indexed word's next is its hit pos[j] */
    size_t len;
    long id;                  /* the word in the index, looked up once; -1: read by a scan */
    const char *word;
} word_cursor;

/* Move w to its first occurrence at or after a: from its last hit on,
 * hit by hit, when a is ahead of that (windows that move forward read each
 * hit once), else by a search. */
static void word_cursor_move(const ix_doc *doc, word_cursor *w, size_t a, int ahead)
{
    const struct ix_keyhits *h = doc->keywords;
    if (w->id < 0) {
        w->next = ix_scan_find_stem(doc->norm, a, doc->norm_len, w->word, 0);
    } else {
        size_t stop = h->off[w->id + 1];
        if (!ahead)
            w->j = first_at(h, w->id, a);
        while (w->j < stop && h->pos[w->j] < a)
            w->j++;
        w->next = w->j < stop ? h->pos[w->j] : (size_t)-1;
    }
    w->end = w->next == (size_t)-1 ? (size_t)-1 : w->next + w->len;
}

/* The words' cursors, all placed from `from` on; `first` is the earliest
 * of their next occurrences and `end` the earliest end of those.  For a
 * window starting at a with from <= a <= first, every word's first
 * occurrence at or after a is its next, so the window holds one of them
 * exactly when `end` is within it: a later occurrence of the same word
 * ends later still. */
struct ix_keywords_cursor {
    size_t from, first, end;
    int placed;               /* from, first and end hold */
    size_t n;
    word_cursor *w;
};

ix_keywords_cursor *ix_keywords_cursors(ix_doc *doc, const char *const *list)
{
    size_t n = 0;
    while (list[n])
        n++;
    ix_keywords_cursor *c = ix_arena_zalloc(doc->arena, sizeof *c);
    word_cursor *w = ix_arena_alloc(doc->arena, (n ? n : 1) * sizeof *w);
    if (!c || !w)
        return NULL;
    const struct ix_keyhits *h = doc->keywords;
    for (size_t k = 0; k < n; k++) {
        w[k].word = list[k];
        w[k].len = strlen(list[k]);
        w[k].next = w[k].end = (size_t)-1;
        w[k].id = h ? lookup(h->kw, list[k]) : -1;
    }
    c->w = w;
    c->n = n;
    return c;
}

/* Place the cursors from a: a word whose next occurrence comes before a
 * (every word, when a is before the last start) is looked up again.  Kept
 * out of line: most windows need none of it. */
static __attribute__((noinline)) void cursors_place(const ix_doc *doc, ix_keywords_cursor *c,
                                                    size_t a)
{
    int all = !c->placed || a < c->from;
    size_t first = (size_t)-1, end = (size_t)-1;
    for (word_cursor *w = c->w; w < c->w + c->n; w++) {
        if (all || w->next < a)
            word_cursor_move(doc, w, a, !all);
        first = w->next < first ? w->next : first;
        end = w->end < end ? w->end : end;
    }
    c->from = a;
    c->first = first;
    c->end = end;
    c->placed = 1;
}

int ix_keywords_cursors_any(const ix_doc *doc, ix_keywords_cursor *c, size_t a, size_t b)
{
    if (!c->placed || a < c->from || c->first < a)
        cursors_place(doc, c, a);
    return c->end <= b;
}
