/* pipeline/chrome.h -- page chrome: what web pages, emails and PDF copies
 * print around a document (menus, share rows, cookie and licence notices,
 * bylines, captions, addresses, comment threads), as data in one place.
 * Extend the tables in pipeline/chrome.c; nothing else lists chrome.
 *
 * Two kinds of table:
 * - lines (caseless phrases): the segmenter marks a short block that is one
 *   of ix_chrome_whole, or starts with one of ix_chrome_starts, as
 *   furniture; after a block that starts with one of ix_chrome_tail_starts
 *   ("Leave a reply", "Related posts"), or is one of ix_chrome_tail_whole
 *   ("More on this story", "Most read"), the rest of the page is furniture;
 * - blocks (PCRE2 patterns, matched in one block of the normalised text):
 *   the title stage passes over a block that matches one of
 *   ix_chrome_blocks_start (caseless, at the block's start: each pattern
 *   and each of its branches begins with \G), ix_chrome_blocks (caseless,
 *   anywhere; with the words a match needs, so that a block without them
 *   is not searched) or ix_chrome_blocks_cs (case as written) when it looks
 *   for the headline.  Entry IX_CHROME_CS_NAME of the latter
 *   is a person's name alone, which a short headline about an inspection
 *   can look like; the title stage lets a topical one through.
 *
 * Other stages' furniture words (the dates stage's copyright lines, the
 * genre stage's signs of a web page) are evidence of their own and stay with
 * them.
 */
#ifndef IX_CHROME_H
#define IX_CHROME_H
#include <stddef.h>

extern const char *const ix_chrome_whole[];
extern const size_t ix_chrome_nwhole;
/* The lines of ix_chrome_whole that are navigation controls ("Search",
 * "Menu", "Skip to content"): the headline is below them. */
extern const char *const ix_chrome_nav[];
extern const size_t ix_chrome_nnav;
extern const char *const ix_chrome_starts[];
extern const size_t ix_chrome_nstarts;
extern const char *const ix_chrome_tail_starts[];
extern const size_t ix_chrome_ntail_starts;
extern const char *const ix_chrome_tail_whole[];
extern const size_t ix_chrome_ntail_whole;

extern const char *const ix_chrome_blocks_start[];
extern const size_t ix_chrome_nblocks_start;
/* A pattern of chrome anywhere in a block, and NULL or the words (ASCII,
 * any case, inside longer words too) of which every match holds one. */
typedef struct ix_chrome_block {
    const char *pattern;
    const char *const *needs;
} ix_chrome_block;
extern const ix_chrome_block ix_chrome_blocks[];
extern const size_t ix_chrome_nblocks;
/* Every `needs` list of ix_chrome_blocks, NULL-terminated, for the keyword
 * pass (extractors/keywords). */
extern const char *const *const ix_chrome_keywords[];
extern const char *const ix_chrome_blocks_cs[];
extern const size_t ix_chrome_nblocks_cs;

enum { IX_CHROME_CS_NAME = 1 };
/* Entry IX_CHROME_CS_BODY of ix_chrome_blocks_cs is an inspectorate's or
 * regulator's name alone (a masthead): the title of a page about that body
 * when no headline follows it. */
enum { IX_CHROME_CS_BODY = 4 };

#endif
