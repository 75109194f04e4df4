/* pipeline/span.h -- the evidence type.
 *
 * A span is a half-open byte range [start, end).  In a fact's `span` it is
 * into doc->src, the bytes as read; in a fact's `norm` it is into doc->norm,
 * the normalised text extractors match on.
 */
#ifndef IX_SPAN_H
#define IX_SPAN_H
#include <stddef.h>

typedef struct ix_span {
    size_t start, end;
} ix_span;

/* True when the span covers nothing (start >= end). */
static inline int ix_span_empty(ix_span s) { return s.start >= s.end; }
/* True when a and b share at least one byte. */
static inline int ix_span_overlaps(ix_span a, ix_span b)
{
    return a.start < b.end && b.start < a.end;
}

#endif
