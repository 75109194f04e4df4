/* corpus/htmlstream.h -- libxml2's HTML parser run as a stream: elements,
 * text nodes and ends of elements handed to callbacks in document order,
 * with the tree pruned behind them, so memory stays small whatever the page.
 *
 * The tree is libxml2's own: its SAX2 tree builder runs first on every
 * event, so the parser decides exactly as htmlReadMemory does (which white
 * space it keeps, which elements it implies or closes, where stray content
 * after </html> lands), and a callback sees a node with its attributes and
 * its whole chain of ancestors.  What the callbacks have seen is freed: an
 * element's descendants after its end, earlier siblings once a later one
 * comes (libxml2 itself only looks at the last child of the open element).
 *
 * Order: start(el) when an element begins; text(t) when a text or CDATA
 * node is whole (the parser may deliver it in pieces); end(el) once nothing
 * more can land inside el (for the page's first element, which libxml2
 * may still add to after its end tag, that is the end of the page).  Every
 * started element is ended exactly once, also when the parser gave up.
 *
 * Owns: the parser and the tree while ix_htmlstream_parse runs; nothing
 * after.  Does not: decide what is visible (corpus/html does).
 */
#ifndef IX_HTMLSTREAM_H
#define IX_HTMLSTREAM_H
#include <stddef.h>

#include <libxml/tree.h>

#include "pipeline/err.h"

typedef struct ix_htmlstream_cb {
    /* An element began.  Its info block (info_size zeroed bytes) is at
     * el->_private until the element is freed; its parent's is at
     * el->parent->_private when the parent is an element.  A non-zero
     * return stops the parse (no more callbacks). */
    int (*start)(void *ctx, xmlNode *el);
    /* A whole text or CDATA node (t->content, t->parent). */
    void (*text)(void *ctx, const xmlNode *t);
    /* Nothing more will land inside el. */
    void (*end)(void *ctx, xmlNode *el);
    size_t info_size;
    void *ctx;
} ix_htmlstream_cb;

/* Parse bytes[0..len) (valid UTF-8, no NUL, len <= INT32_MAX) as HTML with
 * libxml2's options, calling cb as above.  Returns IX_OK (also when start
 * stopped it), or IX_ENOMEM / IX_EINPUT (the parser could not start) with
 * err set. */
int ix_htmlstream_parse(const unsigned char *bytes, size_t len, int options,
                        const ix_htmlstream_cb *cb, ix_err *err);

#endif
