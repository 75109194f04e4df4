/* pipeline/normalize.h -- from original bytes to the text extractors match.
 *
 * Steps: strip a UTF-8 BOM; decode with utf8proc, replacing each invalid
 * sequence with U+FFFD and a `invalid_utf8` warning; NFC-normalise; fold the
 * spellings the genre varies: CRLF and CR to LF, no-break and other spaces
 * to ' ', curly single quotes to ', curly double quotes to ", en/em dashes
 * and minus to '-', the ellipsis to "...", soft hyphens and zero-width
 * characters dropped.  Builds doc->map so every offset of doc->norm maps
 * back to a byte of doc->src.
 *
 * Owns nothing: the text and map live in doc->arena.
 * Does not: look at markup (corpus/html does), or segment.
 */
#ifndef IX_NORMALIZE_H
#define IX_NORMALIZE_H
#include <stdint.h>

#include "pipeline/doc.h"

/* Fill doc->norm and doc->map from doc->src.  Returns IX_OK, IX_EINPUT for a
 * binary input (a NUL byte; err names its offset), or IX_ENOMEM. */
int ix_norm_run(ix_doc *doc, ix_err *err);

/* True when codepoint c alone is sure to be its own NFC form: it has no
 * canonical decomposition (a compatibility one is not applied), so a chunk
 * that is c alone needs no normalising call.  A precomposed letter ('é')
 * or a Hangul syllable counts as not: it decomposes, then composes back,
 * which utf8proc is left to do. */
int ix_norm_nfc_alone(int32_t c);

/* The end of the run of bytes text[i..len) the ASCII fast path copies as
 * they are (ASCII but CR, TAB, VT and FF): the first other byte, or len. */
size_t ix_norm_plain_end(const unsigned char *text, size_t i, size_t len);

/* Original byte offset of norm offset off, as the start of a span. */
size_t ix_norm_to_src(const ix_doc *doc, size_t off);
/* Original byte offset of norm offset off, as the end of a span: inside a
 * folded piece it is the piece's end, so the span covers the whole piece. */
size_t ix_norm_to_src_end(const ix_doc *doc, size_t off);

#endif
