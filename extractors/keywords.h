/* extractors/keywords.h -- the one keyword pass: every trigger word and stem
 * the stages test for, found once per document.
 *
 * At start-up ix_keywords_new builds one Aho-Corasick automaton over
 * ASCII-folded bytes from the stages' own word tables (each table stays in
 * its stage, exported through the stage's header; keywords.c lists them).
 * For each document ix_keywords_index runs it once over doc->norm and keeps,
 * per word, the sorted offsets of every occurrence (inside longer words too;
 * 4 bytes each), so a stage asks "is this word in this sentence?" with a
 * binary search instead of scanning bytes.  Words of one byte are not
 * indexed (a lead "I" or "a" is found by a byte scan in ix_keywords_rx_find).
 *
 * Owns: the automaton (ix_keywords_new / ix_keywords_free; read-only once
 * built, shared by threads).  The per-document hits live in doc->arena.
 * Does not: decide anything about the words; a word that is not in any
 * table is still answered, by a plain scan, so the answers never depend on
 * what was indexed.
 */
#ifndef IX_KEYWORDS_H
#define IX_KEYWORDS_H
#include <stddef.h>

#include "pipeline/doc.h"
#include "pipeline/rx.h"

typedef struct ix_keywords ix_keywords;

/* The automaton of every stage table listed in keywords.c (and the last word
 * of every band spelling of extractors/scales).  Returns NULL with err set
 * (IX_ENOMEM). */
ix_keywords *ix_keywords_new(ix_err *err);
void ix_keywords_free(ix_keywords *kw);

/* True when word (ASCII, any case) is one of the indexed words. */
int ix_keywords_has(const ix_keywords *kw, const char *word);

/* Find every indexed word in doc->norm and set doc->keywords.  The hits are
 * in doc->arena.  Returns IX_OK or IX_ENOMEM with err filled in. */
int ix_keywords_index(const ix_keywords *kw, ix_doc *doc, ix_err *err);

/* Exactly ix_scan_find_word(doc->norm, a, b, word): the first
 * case-insensitive occurrence of word in norm[a..b) standing as a whole
 * word, or (size_t)-1. */
size_t ix_keywords_find(const ix_doc *doc, size_t a, size_t b, const char *word);

/* True when some word of the NULL-terminated list stands as a whole word
 * in norm[a..b) (ix_keywords_find of each). */
int ix_keywords_any(const ix_doc *doc, size_t a, size_t b, const char *const *list);

/* True when stem occurs case-insensitively anywhere in norm[a..b), inside a
 * longer word or not.  With lower_first, only occurrences whose first byte
 * is written in lower case count (a stem tested as "f" + "ifth"). */
int ix_keywords_contains(const ix_doc *doc, size_t a, size_t b, const char *stem, int lower_first);

/* True when stem occurs case-insensitively in norm[a..b) at the start of a
 * word (at a, or after a byte that is not a word byte: "thirds" in
 * "two-thirds", not "half" in "behalf"). */
int ix_keywords_word_start(const ix_doc *doc, size_t a, size_t b, const char *stem);

/* Where stem first occurs case-insensitively in norm[a..b), inside a
 * longer word or not (as ix_keywords_contains), or (size_t)-1. */
size_t ix_keywords_first(const ix_doc *doc, size_t a, size_t b, const char *stem);

/* True when some stem of the NULL-terminated list is contained in
 * norm[a..b) (ix_keywords_contains of each, any case).  A stage's own list
 * asked a few times in one document is then answered from its words' hits
 * merged once (in doc->arena): one binary search however long the list. */
int ix_keywords_contains_any(const ix_doc *doc, size_t a, size_t b, const char *const *list);

/* Exactly ix_rx_find(rx, doc->norm, from, end, m, err), for a pattern each
 * of whose matches starts with a word of the NULL-terminated lists `leads`
 * or `more` (indexed words; `more` may be NULL) at a word boundary (every
 * alternative opens with \b, or a lookbehind refusing a word character):
 * `anchored` (the same pattern compiled with PCRE2_ANCHORED) is tried at
 * each occurrence of a lead in text order, so the text between leads is
 * never read, and a lead inside a word (an ASCII letter, digit or '_'
 * before a lead that starts with one) is not tried at all.  The places are
 * found on the first search with these lists in the document and kept
 * (doc->arena) for the next ones.  Falls back to rx over the range when the
 * document has no keyword hits, holds a long s (U+017F, which a caseless
 * pattern matches as 's') or a lead is not indexed, or there are over 64
 * leads.  Returns as ix_rx_find (IX_ENOMEM too). */
int ix_keywords_rx_find(const ix_doc *doc, const ix_rx *rx, const ix_rx *anchored,
                        const char *const *leads, const char *const *more, size_t from,
                        size_t end, ix_rxm *m, ix_err *err);

/* The lead words of `leads` worth trying in norm[a..b) (for
 * ix_keywords_rx_find): a lead that opens one of `guards` (NULL-terminated
 * lists: a lead word, then words of which every match it opens holds one)
 * is left out when none of those words is contained in norm[a..b).  The
 * words are written to out (room for cap pointers, the NULL included) and
 * out is returned; leads itself when guards is NULL, the text holds a long
 * s (a caseless pattern may spell a guard word with it) or cap is too
 * small. */
const char *const *ix_keywords_live_leads(const ix_doc *doc, size_t a, size_t b,
                                          const char *const *leads,
                                          const char *const *const *guards, const char **out,
                                          size_t cap);

/* The words of `leads` contained in norm[a..b) (ix_keywords_contains),
 * NULL-terminated in out (room for cap pointers, the NULL included), and
 * out is returned; leads itself when cap is too small.  For a pattern
 * searched again and again over one document (ix_keywords_rx_find in a
 * loop), which would set up a cursor for every lead on every call. */
const char *const *ix_keywords_present(const ix_doc *doc, size_t a, size_t b,
                                       const char *const *leads, const char **out, size_t cap);

/* True when the document holds U+017F (see ix_keywords_rx_find). */
int ix_keywords_long_s(const ix_doc *doc);

/* Words tested in window after window whose starts move forward (a
 * document's sentences in order): each word's first occurrence at or
 * after the last window's start is kept, and with them the earliest of
 * those starts and the earliest end, so a window that starts by that start
 * is answered by one comparison, and only a window past it (or before the
 * last one) looks the words up again. */
typedef struct ix_keywords_cursor ix_keywords_cursor;

/* Cursors for the words of the NULL-terminated list, in doc->arena, or
 * NULL when out of memory.  Each word is looked up in the index here, once
 * (cursors made before ix_keywords_index read their words by a scan). */
ix_keywords_cursor *ix_keywords_cursors(ix_doc *doc, const char *const *list);

/* Exactly ix_keywords_contains_any(doc, a, b, list) for the list the
 * cursors were made for (a window that starts before the last one is
 * searched again). */
int ix_keywords_cursors_any(const ix_doc *doc, ix_keywords_cursor *c, size_t a, size_t b);

#endif
