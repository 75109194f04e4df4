/* corpus/html.h -- read a web page: visible text of its main content, with
 * an offset map back to the bytes of the HTML file.
 *
 * Owns nothing beyond the returned document.  Memory: the page is streamed
 * (corpus/htmlstream), so reading it takes the page, one copy for the
 * parser, and the visible text with its map, never libxml2's whole tree.
 */
#ifndef IX_HTML_H
#define IX_HTML_H
#include <stddef.h>

#include "pipeline/doc.h"

/* True when the path ends in .html/.htm, or the bytes start (after space
 * and a BOM) with "<!doctype html" or "<html". */
int ix_html_looks_like(const char *path, const unsigned char *bytes, size_t len);

/* A document from an HTML page: scripts, styles, navigation, headers and
 * footers dropped, block elements become paragraphs.  Spans point into
 * bytes.  NULL with err set as ix_doc_new. */
ix_doc *ix_html_doc_new(const char *path, const unsigned char *bytes, size_t len, ix_err *err);

#endif
