/* tests/unit/support.h -- run the real pipeline on a text written in a test.
 *
 * One engine per test program, made on first use and freed at exit.
 * Every function fails the running cmocka test on error.
 */
#ifndef IX_TEST_SUPPORT_H
#define IX_TEST_SUPPORT_H
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "inspex.h"

/* Run every stage on a copy of text (kept alive with the document). */
ix_doc *t_extract(const char *text);
/* Run the stages up to and including `stage` ("dates", "quotes", ...). */
ix_doc *t_extract_until(const char *text, const char *stage);
/* Run every stage on bytes[0..len) read as format ("text" or "html"); the
 * bytes are not copied (free the document with ix_doc_free).  NULL with
 * *err set when the input is refused (IX_EINPUT); other errors fail. */
ix_doc *t_extract_bytes(const void *bytes, size_t len, const char *format, ix_err *err);
/* Free a document made by t_extract or t_extract_until, and its copy of
 * the text. */
void t_free(ix_doc *doc);

/* A document made from text (normalised and segmented, no extractor run);
 * text is not copied and must outlive it: free with ix_doc_free. */
ix_doc *t_load(const char *text);

/* The quote of doc whose text starts with `start` (fails the test if none). */
const ix_quote *t_quote(const ix_doc *doc, const char *start);

/* Curly quotation marks, for fixtures that use them. */
#define LQ "\xE2\x80\x9C"   /* “ */
#define RQ "\xE2\x80\x9D"   /* ” */
#define LS "\xE2\x80\x98"   /* ‘ */
#define RS "\xE2\x80\x99"   /* ’ */

/* The original text of a span, as a static buffer (for assert_string_equal). */
const char *t_src(const ix_doc *doc, ix_span span);

#endif
