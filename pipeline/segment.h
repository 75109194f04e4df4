/* pipeline/segment.h -- blocks, sentences and sections of a normalised
 * document.
 *
 * Blocks: paragraphs (lines joined until a blank line, a list mark or a
 * line that ends a sentence), headings, bullet and numbered items.
 * Sentences: split at . ! ? followed by space and a capital or a quote,
 * not after abbreviations (Mr, Dr, St, e.g., No.) or initials.
 * Sections: body; findings (under a findings heading); the ENDS line; notes
 * (after ENDS or "Notes to editors"); furniture (email and web chrome:
 * "View this email in your browser", menus, share buttons, "Recent
 * Articles", "Leave a Reply", comment threads, copyright and unsubscribe
 * lines), which extractors skip.
 *
 * Owns nothing: blocks and sentences live in doc->arena.
 */
#ifndef IX_SEGMENT_H
#define IX_SEGMENT_H
#include "pipeline/doc.h"

/* Fill doc->blocks and doc->sents from doc->norm.  Returns IX_OK or
 * IX_ENOMEM. */
int ix_segment_run(ix_doc *doc, ix_err *err);

#endif
