/* extractors/quotes_find.h -- step 1 of the quotes pipeline: find the
 * stretches of a block that stand inside quotation marks.
 *
 * Reads doc->norm, where curly quotes are folded to ' and ", and asks
 * ix_doc_orig_char for the mark as written: an opening ‘ or “ opens, a
 * closing ’ or ” closes, and a ’ between two letters is an apostrophe
 * (CRC’s, don’t).  Straight marks and folded ones whose original is lost are
 * read from their neighbours: after a space or an opening bracket and before
 * a letter a mark opens; after a letter or punctuation and before a space or
 * punctuation it closes; between two letters it is an apostrophe.  A closing
 * single mark after an "s" that is followed by a lower-case word ("the
 * officers' caseloads") is a possessive when another closing mark follows.
 * Guillemets (« » ‹ ›) are marks too; primes (′ ″) never are.
 *
 * Nesting: marks of the other kind inside a quotation (‘nowhere near good
 * enough’ inside “...”) stay part of it; only top-level stretches are
 * returned.  A quotation is never followed past its block: one still open
 * at the end of the block is returned with closed = 0 and ends at the end of
 * the block's text.  An unclosed single mark that does not open the block
 * or follow punctuation (‘90s, a stray apostrophe) is taken for an
 * apostrophe, and any quotation inside it is returned instead.
 *
 * Owns nothing: pieces are pushed into a vector in doc->arena.  Linear in
 * the block's length whatever the marks (depth is capped at four).
 * Does not: merge paragraphs, classify, or attribute (quotes_merge and
 * quotes_attr do).
 */
#ifndef IX_QUOTES_FIND_H
#define IX_QUOTES_FIND_H
#include "pipeline/doc.h"

enum { IX_QUOTES_DOUBLE = 1, IX_QUOTES_SINGLE = 2 };

/* One quoted stretch inside one block. */
typedef struct ix_quotes_piece {
    size_t block;             /* index into doc->blocks */
    size_t start, end;        /* norm: the opening mark up to and including
                                 the closing mark, or up to the end of the
                                 block's text (trailing space trimmed) */
    size_t in_start, in_end;  /* norm: the words between the marks, trimmed */
    int kind;                 /* IX_QUOTES_DOUBLE or IX_QUOTES_SINGLE */
    int closed;               /* 0: never closed within its block */
} ix_quotes_piece;

typedef IX_VEC(ix_quotes_piece) ix_quotes_pieces;

/* Append the top-level quoted stretches of block b to out, left to right.
 * Stretches without a single word inside are skipped.  Returns IX_OK or
 * IX_ENOMEM. */
int ix_quotes_find_block(const ix_doc *doc, size_t b, ix_quotes_pieces *out, ix_err *err);

/* ix_quotes_find_block over every block of the body, findings and notes
 * (page furniture and the ENDS line are skipped), in document order. */
int ix_quotes_find_all(const ix_doc *doc, ix_quotes_pieces *out, ix_err *err);

#endif
