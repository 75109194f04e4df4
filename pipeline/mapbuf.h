/* pipeline/mapbuf.h -- text being built together with its offset map back
 * to the bytes it came from.  The normaliser (pipeline/normalize) and the
 * HTML reader (corpus/html) both write their text through it.
 *
 * Owns: the malloc'd text and map until the caller takes them (set the
 * fields to NULL after taking); ix_mapbuf_fini frees whatever is left.
 * On allocation failure the append calls return 0 and set `oom`; later
 * calls keep failing, so a caller may check once at the end.
 */
#ifndef IX_MAPBUF_H
#define IX_MAPBUF_H
#include <stddef.h>

#include "pipeline/doc.h"

typedef struct ix_mapbuf {
    char *text;                 /* NUL-terminated when not empty */
    size_t len, cap;
    ix_map_piece *map;
    size_t nmap, mapcap;
    int open_linear;            /* the last piece is linear and may grow */
    size_t next_src;            /* where a growing linear piece continues */
    size_t last_src_end;        /* end in the source of the last text put */
    /* Set by the caller: when a piece follows a folded one at a source
     * offset that jumps (markup skipped in between), first mark where the
     * text before really ended, so a span ending there stops there. */
    int mark_gaps;
    int oom;
} ix_mapbuf;

/* Copy src[s..s+n) unchanged, growing the open linear piece when it lines up.
 * Returns 1, or 0 when out of memory. */
int ix_mapbuf_copy(ix_mapbuf *b, const unsigned char *src, size_t s, size_t n);

/* Put text t[0..n) standing for the source bytes src[s..s+slen) that is not
 * a copy of them (a folded quote, a decoded entity, a layout break): a
 * piece of its own.  n == 0 drops the bytes.  Returns 1, or 0 when out of
 * memory. */
int ix_mapbuf_put(ix_mapbuf *b, size_t s, size_t slen, const char *t, size_t n);

/* After a folded piece, mark where its source really ended with an empty
 * linear piece, so a span ending at the end of the text stops there and
 * takes in nothing after it (markup).  Returns 1, or 0 when out of memory. */
int ix_mapbuf_mark_end(ix_mapbuf *b);

/* Close the map with a piece at source offset src_end, so the end of the
 * text maps to the end of the source.  Returns 1, or 0 when out of memory. */
int ix_mapbuf_close(ix_mapbuf *b, size_t src_end);

/* Free what the caller did not take.  Accepts NULL. */
void ix_mapbuf_fini(ix_mapbuf *b);

#endif
