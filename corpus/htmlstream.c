#include "corpus/htmlstream.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

/* How it works.
 *
 * The parser is set up exactly as htmlReadMemory sets it up (libxml2 2.9:
 * a memory parser context, the HTML SAX handler, the options, UTF-8), but
 * each tree-building callback is wrapped: libxml2's own SAX2 callback runs
 * first and builds the node where it always would; the wrapper then hands
 * the node on and frees what is behind it.  The parser's only look at the
 * tree is at the open element's last child (areBlanks: is the white space
 * after it worth a text node?, and the text it appends to), and the
 * builder's at the open elements and the first node of the document, so
 * those are all kept: the last child of each element (and, when that is a
 * comment, the last child before the comments), the open elements, and the
 * nodes at the top of the document.
 *
 * A text node may grow while the parser delivers more characters; it is
 * whole at the next event of another kind, or when a node of another type
 * follows it.
 */

/* Each element's block: our header, then the caller's info. */
typedef struct head {
    int ended;
} head;

enum { HEAD_SIZE = (sizeof(head) + alignof(max_align_t) - 1) / alignof(max_align_t) *
                   alignof(max_align_t) };

typedef struct stream {
    const ix_htmlstream_cb *cb;
    xmlSAXHandler sax2;      /* libxml2's tree builder */
    xmlNode *pending;        /* a text node that may still grow */
    xmlNode *open;           /* the parser's open element after the last event */
    int stopped, oom;
} stream;

static stream *of(void *ctx)
{
    return ((htmlParserCtxtPtr)ctx)->_private;
}

static head *head_of(const xmlNode *el)
{
    return el->_private ? (head *)((char *)el->_private - HEAD_SIZE) : NULL;
}

static void stop(stream *s, void *ctx)
{
    s->stopped = 1;
    s->pending = NULL;
    xmlStopParser(ctx);
}

/* ---- freeing what is done ------------------------------------------------ */

/* The info blocks of n and everything below it. */
static void free_infos(xmlNode *n)
{
    xmlNode *top = n;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            free(head_of(n));
            n->_private = NULL;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n != top && !n->next)
            n = n->parent;
        if (n == top)
            break;
        n = n->next;
    }
}

static void drop(stream *s, xmlNode *n)
{
    if (s->pending == n)
        s->pending = NULL;
    xmlUnlinkNode(n);
    free_infos(n);
    xmlFreeNode(n);
}

/* c was just added to an element: free its earlier siblings, all but the
 * one the parser may still look at (the last one before c, when c is a
 * comment, that is not a comment). */
static void prune_before(stream *s, xmlNode *c)
{
    xmlNode *p = c->parent;
    if (!p || p->type != XML_ELEMENT_NODE)
        return;
    xmlNode *keep = NULL;
    if (c->type == XML_COMMENT_NODE)
        for (keep = c->prev; keep && keep->type == XML_COMMENT_NODE; keep = keep->prev)
            ;
    xmlNode *x = p->children;
    while (x && x != c) {
        xmlNode *next = x->next;
        if (x != keep)
            drop(s, x);
        x = next;
    }
}

static void prune_children(stream *s, xmlNode *el)
{
    while (el->children)
        drop(s, el->children);
}

/* ---- the callbacks --------------------------------------------------------- */

static void flush_text(stream *s)
{
    xmlNode *t = s->pending;
    s->pending = NULL;
    if (t && !s->stopped)
        s->cb->text(s->cb->ctx, t);
}

static void end_element(stream *s, xmlNode *el)
{
    head *h = head_of(el);
    if (!h || h->ended)
        return;
    h->ended = 1;
    s->cb->end(s->cb->ctx, el);
}

/* el's end tag was read: end it and free what is inside.  Content after
 * the end tags lands in the document's first node when it is an element
 * (libxml2's builder adds to it when nothing is open), so that one ends
 * with the page. */
static void close_element(stream *s, htmlParserCtxtPtr c, xmlNode *el)
{
    if (!(c->myDoc && el == c->myDoc->children))
        end_element(s, el);
    prune_children(s, el);
}

/* libxml2 sometimes pops an element without telling (a start tag it
 * cannot finish at the end of the page pops the open element): close
 * whatever is no longer open, innermost first, before the next event. */
static void catch_up(stream *s, htmlParserCtxtPtr c)
{
    if (s->open == c->node)
        return;
    flush_text(s);
    for (xmlNode *n = s->open; n && n != c->node && n->type == XML_ELEMENT_NODE; n = n->parent)
        close_element(s, c, n);
    s->open = c->node;
}

/* Every event's start: NULL once the parse is stopped; else the
 * stream, caught up with the elements libxml2 closed without an event, and
 * (flush) the pending text handed on first. */
static stream *enter(void *ctx, int flush)
{
    stream *s = of(ctx);
    if (s->stopped)
        return NULL;
    catch_up(s, ctx);
    if (flush)
        flush_text(s);
    return s;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    stream *s = enter(ctx, 1);
    if (!s)
        return;
    htmlParserCtxtPtr c = ctx;
    xmlNode *before = c->node;
    s->sax2.startElement(ctx, name, atts);
    xmlNode *el = c->node;
    s->open = el;
    head *h = el && el != before ? calloc(1, HEAD_SIZE + s->cb->info_size) : NULL;
    if (!h) {
        s->oom = 1;   /* the builder or we ran out of memory */
        stop(s, ctx);
        return;
    }
    el->_private = (char *)h + HEAD_SIZE;
    prune_before(s, el);
    if (s->cb->start(s->cb->ctx, el))
        stop(s, ctx);
}

static void on_end(void *ctx, const xmlChar *name)
{
    stream *s = enter(ctx, 1);
    if (!s)
        return;
    htmlParserCtxtPtr c = ctx;
    xmlNode *el = c->node;
    s->sax2.endElement(ctx, name);
    s->open = c->node;
    if (el && el->type == XML_ELEMENT_NODE)
        close_element(s, c, el);
}

/* Characters or CDATA, through libxml2's callback fn. */
static void text_event(void *ctx, void (*fn)(void *, const xmlChar *, int), const xmlChar *ch,
                       int len)
{
    stream *s = enter(ctx, 0);
    if (!s)
        return;
    htmlParserCtxtPtr c = ctx;
    xmlNode *parent = c->node;
    xmlNode *before = parent ? parent->last : NULL;
    fn(ctx, ch, len);
    xmlNode *t = parent ? parent->last : NULL;
    if (t && t != before && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE)) {
        flush_text(s);   /* the one before is whole */
        s->pending = t;
        prune_before(s, t);
    }
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
    text_event(ctx, of(ctx)->sax2.characters, ch, len);
}

static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
    text_event(ctx, of(ctx)->sax2.cdataBlock, ch, len);
}

/* A comment or processing instruction: nothing to hand on, but it ends
 * the text before it and lets the siblings before it go. */
static void after_other(stream *s, xmlNode *parent, xmlNode *before)
{
    xmlNode *n = parent ? parent->last : NULL;
    if (n && n != before)
        prune_before(s, n);
}

static void on_comment(void *ctx, const xmlChar *value)
{
    stream *s = enter(ctx, 1);
    if (!s)
        return;
    htmlParserCtxtPtr c = ctx;
    xmlNode *parent = c->node, *before = parent ? parent->last : NULL;
    s->sax2.comment(ctx, value);
    after_other(s, parent, before);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    stream *s = enter(ctx, 1);
    if (!s)
        return;
    htmlParserCtxtPtr c = ctx;
    xmlNode *parent = c->node, *before = parent ? parent->last : NULL;
    s->sax2.processingInstruction(ctx, target, data);
    after_other(s, parent, before);
}

/* ---- the parse ----------------------------------------------------------- */

int ix_htmlstream_parse(const unsigned char *bytes, size_t len, int options,
                        const ix_htmlstream_cb *cb, ix_err *err)
{
    xmlInitParser();
    htmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt((const char *)bytes, (int)len);
    if (!ctxt || !ctxt->sax)
        return ix_err_set(err, IX_ENOMEM, "out of memory");
    /* As htmlReadMemory: the HTML handler (its SAX1 part) over a memory
     * parser context. */
    xmlSAXHandler html;
    memset(&html, 0, sizeof html);
    xmlSAX2InitHtmlDefaultSAXHandler(&html);
    memcpy(ctxt->sax, &html, sizeof(xmlSAXHandlerV1));
    stream s = {.cb = cb, .sax2 = *ctxt->sax};
    ctxt->sax->startElement = on_start;
    ctxt->sax->endElement = on_end;
    ctxt->sax->characters = on_characters;
    ctxt->sax->cdataBlock = on_cdata;
    ctxt->sax->comment = on_comment;
    ctxt->sax->processingInstruction = on_pi;
    ctxt->_private = &s;
    /* As htmlDoRead, but without installing a UTF-8 "converter": the
     * context reads UTF-8 from the start (ctxt->charset) and the bytes are
     * valid UTF-8, so the converter would only copy the page twice more.
     * What it did besides, skip a byte order mark, is done here. */
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 && ctxt->input &&
        ctxt->input->end - ctxt->input->cur >= 3)
        ctxt->input->cur += 3;
    htmlParseDocument(ctxt);
    xmlDoc *doc = ctxt->myDoc;
    if (!s.stopped && doc) {
        /* What is still open (the parser gave up), innermost first, then the
         * first node of the document. */
        catch_up(&s, ctxt);
        flush_text(&s);
        for (xmlNode *n = ctxt->node; n && n->type == XML_ELEMENT_NODE; n = n->parent)
            end_element(&s, n);
        if (doc->children && doc->children->type == XML_ELEMENT_NODE)
            end_element(&s, doc->children);
    }
    ctxt->myDoc = NULL;
    if (ctxt->dictNames && doc && doc->dict == ctxt->dict)
        ctxt->dict = NULL;
    xmlFreeParserCtxt(ctxt);
    int rc = IX_OK;
    if (s.oom)
        rc = ix_err_set(err, IX_ENOMEM, "out of memory");
    else if (!doc)
        rc = ix_err_set(err, IX_EINPUT, "not readable as HTML");
    if (doc) {
        for (xmlNode *n = doc->children; n; n = n->next)
            free_infos(n);
        xmlFreeDoc(doc);
    }
    return rc;
}
