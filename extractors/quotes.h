/* extractors/quotes.h -- direct speech with its speaker: the `quotes` field.
 *
 * A small pipeline of its own:
 *   quotes_find   quoted stretches of each block (curly or straight marks,
 *                 apostrophes told apart, nesting, unclosed quotes);
 *   quotes_merge  stretches into quotes (one per multi-paragraph quote),
 *                 colon blocks and quote-from paragraphs without marks, and
 *                 the class of each: quote, partial quote, scare quote,
 *                 rating label, title;
 *   quotes_attr   the speaker: explicit, anaphoric, contextual or none.
 * Fills doc->quotes in document order, and adds an `unterminated_quote`
 * warning for each quote whose last paragraph never closes it.
 *
 * Record fields (see quotes_merge.h and quotes_attr.h for the rules):
 *   text     the quoted words without the outer marks, white space folded,
 *            curly marks and apostrophes as written, paragraphs joined by
 *            "\n"; a trailing comma before the closing mark is dropped.
 *   spans    one per paragraph, INCLUDING the quotation marks: from the
 *            opening mark to the end of the closing one (to the end of the
 *            paragraph's text when it never closes); for a quote without
 *            marks, the paragraph's text.
 *   speaker_span  the mention used to attribute it (for a pronoun, the
 *            mention the pronoun was resolved to).
 *
 * State: compiled patterns (quotes_merge), made by init and released by
 * fini; read-only while running.  Contract for the field: the `quotes`
 * entry of RECORD.md.
 */
#ifndef IX_QUOTES_H
#define IX_QUOTES_H
#include "pipeline/doc.h"

int ix_quotes_init(void **state, ix_err *err);
int ix_quotes_run(const void *state, ix_doc *doc, ix_err *err);
void ix_quotes_fini(void *state);

#endif
