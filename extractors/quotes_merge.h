/* extractors/quotes_merge.h -- step 2 of the quotes pipeline: turn quoted
 * pieces into candidate quotes and decide what each one is.
 *
 * Merging: a piece left open at the end of its paragraph continues in the
 * next paragraph when that paragraph opens with a quotation mark (the
 * press-release convention for long quotes): one candidate, one piece per
 * paragraph.  Otherwise the quote ends with its paragraph, unterminated.
 *
 * Quotes without marks:
 *  - colon blocks: a paragraph ending in a colon whose last clause has a
 *    speech verb ("they concluded:") or ends with a person's name ("I leave
 *    the last word to the Chief Inspector, Dame Ann Coyle:") introduces the
 *    paragraphs after it.  The block runs over plain paragraphs of the body
 *    or findings and stops before: a heading, a list item, the notes, ENDS
 *    or furniture; a paragraph that opens with a quotation mark or holds a
 *    quotation of its own (four words or more); a paragraph that ends with a
 *    colon (the writer introducing something else); a paragraph in the
 *    writer's voice (addressing the reader: "You can ...", "See ...",
 *    "Click ...", or pointing at the page: "... here.", "... below."); and
 *    after six paragraphs.  quotes_attr drops a colon block whose
 *    introduction yields no speaker.
 *  - quote-from: a plain paragraph that the next paragraph calls "the
 *    quote from X" ("That is the headline quote from ...", "Those were the
 *    words of ...").
 *
 * Classification of a single marked piece, from its context in the block:
 *  - LABEL: the words are a rating band ('Good', "requiring improvement").
 *  - SCARE: after a naming cue (so-called, dubbed, known as); or short
 *    (under four words, or four without a speech verb in the sentence) and
 *    embedded in the writer's sentence without a speech verb right before it;
 *    or short and without sentence shape where speech would stand.
 *  - TITLE: title case without closing punctuation ('The Ladder', "Working
 *    Together Better"); after a title noun ("the report ‘...’"); or shaped
 *    like an inspection report's title ("An inspection of ...").
 *  - FULL: at the start of its paragraph or sentence, after a colon, after
 *    "she added," or followed by "..., said X": speech set out as speech.
 *  - PARTIAL: a fragment inside the writer's own sentence: opening in lower
 *    case a paragraph that goes on the sentence of the one before (a line
 *    broken inside it); after a speech
 *    verb in lower case ('noted "experienced leaders"'), or embedded ('said
 *    she was "encouraged by ..."', 'described by staff as "not fit for
 *    purpose"') with five words or more, or four with a speech verb in the
 *    sentence, or two or more right after one.
 * Merged, colon-block and quote-from candidates are FULL.
 *
 * Nested quotes: inside a full marked quote, a stretch in the other kind of
 * marks that the quoted speaker introduces with a comma or colon after a
 * speech verb ('"Staff told us, ‘We feel at home.’"') is a candidate of its
 * own (FULL, nested set), after the outer one; its writer's text is the
 * outer quote's words before it.
 *
 * Owns: compiled patterns (ix_quotes_merge_new / _free).  Candidates live in
 * doc->arena.
 * Does not: find speakers (quotes_attr does).
 */
#ifndef IX_QUOTES_MERGE_H
#define IX_QUOTES_MERGE_H
#include "extractors/quotes_find.h"
#include "pipeline/doc.h"

typedef enum ix_quotes_class {
    IX_QUOTES_FULL,       /* speech quoted as speech */
    IX_QUOTES_PARTIAL,    /* a fragment inside the writer's own sentence */
    IX_QUOTES_SCARE,      /* a scare quote or coined term: not a quote */
    IX_QUOTES_LABEL,      /* a rating label: not a quote */
    IX_QUOTES_TITLE       /* the title of a work: not a quote */
} ix_quotes_class;

typedef enum ix_quotes_origin {
    IX_QUOTES_MARKED,       /* in quotation marks */
    IX_QUOTES_COLON_BLOCK,  /* plain paragraphs after "she concluded:" */
    IX_QUOTES_QUOTE_FROM    /* a plain paragraph the next calls "the quote from X" */
} ix_quotes_origin;

#define IX_QUOTES_NO_BLOCK ((size_t)-1)

typedef struct ix_quotes_cand {
    ix_quotes_piece *pieces;  /* one per paragraph, in order; for plain
                                 paragraphs the piece is the block's text */
    size_t npieces;
    ix_quotes_origin origin;
    ix_quotes_class cls;
    int unterminated;         /* the last piece was never closed */
    size_t pre_lo;            /* norm: the writer's text before the quote in
                                 its first block starts here (after any
                                 earlier quotation of that block) */
    size_t post_hi;           /* norm: the text after it in its last block
                                 ends here (before the next quotation) */
    size_t intro_block;       /* colon block: the introducing paragraph */
    size_t named_at;          /* quote-from: norm offset where the speaker's
                                 name starts in the following paragraph;
                                 also set for a marked quote ending its
                                 paragraph when the next one names it */
    int nested;               /* a quote inside a quote, introduced there by
                                 its own speaker ("One resident told us,
                                 '...'"); the outer quote stays whole */
} ix_quotes_cand;

typedef IX_VEC(ix_quotes_cand) ix_quotes_cands;

typedef struct ix_quotes_merge ix_quotes_merge;

/* Compile the patterns.  Returns IX_OK, or IX_EREGEX / IX_ENOMEM. */
int ix_quotes_merge_new(ix_quotes_merge **m, ix_err *err);
void ix_quotes_merge_free(ix_quotes_merge *m);

/* Candidates from pieces (document order, as ix_quotes_find_all gives
 * them), in document order, each classified.  Every class is kept so that
 * callers and tests can see the decision; only FULL and PARTIAL are quotes.
 * Returns IX_OK, IX_ENOMEM or IX_EREGEX. */
int ix_quotes_merge_run(const ix_quotes_merge *m, ix_doc *doc, const ix_quotes_pieces *pieces,
                        ix_quotes_cands *out, ix_err *err);

/* The class of one marked, single-piece candidate (pre_lo/post_hi set). */
ix_quotes_class ix_quotes_merge_classify(const ix_quotes_merge *m, const ix_doc *doc,
                                         const ix_quotes_cand *c);

/* Does block b go on the sentence of the block before it: that block, of
 * the same section, ends in a word or a comma (no closing punctuation, no
 * colon), as a page that breaks lines inside a sentence leaves it; a
 * heading-like line only when a function word ends it ("... and")? */
int ix_quotes_merge_sentence_goes_on(const ix_doc *doc, size_t b);

/* Does block b read as the writer's own voice (see above)? */
int ix_quotes_merge_writer_voice(const ix_quotes_merge *m, const ix_doc *doc, size_t b);

#endif
