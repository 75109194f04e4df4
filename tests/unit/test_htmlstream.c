/* tests/unit/test_htmlstream.c -- libxml2's HTML parser as a stream: nodes
 * handed on in document order, each element ended once (also when the
 * parser pops one without saying, and when content lands after </html>),
 * text handed on whole, and a tree that stays small however long the page. */
#include "tests/unit/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "corpus/htmlstream.h"

enum { OPTIONS = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                 HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE };

/* The events as one line: "<p" start, "'text'" text, ">p" end. */
typedef struct log {
    char buf[4096];
    size_t len;
    long started, ended, live, max_live;
    long stop_at;          /* start returns 1 at this element (0: never) */
} log;

static void put(log *l, const char *a, const char *b)
{
    int n = snprintf(l->buf + l->len, sizeof l->buf - l->len, "%s%s%s", l->len ? " " : "", a, b);
    assert_true(n > 0 && (size_t)n < sizeof l->buf - l->len);
    l->len += (size_t)n;
}

/* Nodes in the whole tree just now. */
static long tree_size(const xmlNode *el)
{
    long n = 0;
    const xmlNode *p = (const xmlNode *)el->doc;
    while (p) {
        n++;
        if (p->children) {
            p = p->children;
            continue;
        }
        while (p && !p->next)
            p = p->parent;
        if (p)
            p = p->next;
    }
    return n;
}

static int on_start(void *ctx, xmlNode *el)
{
    log *l = ctx;
    long *mine = el->_private;
    *mine = ++l->started;
    if (l->len < 3000)
        put(l, "<", (const char *)el->name);
    long live = tree_size(el);
    if (live > l->max_live)
        l->max_live = live;
    return l->stop_at && l->started == l->stop_at;
}

static void on_text(void *ctx, const xmlNode *t)
{
    log *l = ctx;
    if (l->len < 3000) {
        char q[1024];
        snprintf(q, sizeof q, "'%s'", (const char *)t->content);
        put(l, q, "");
    }
}

static void on_end(void *ctx, xmlNode *el)
{
    log *l = ctx;
    long *mine = el->_private;
    assert_true(*mine > 0);
    *mine = -*mine;   /* ended once: a second end would fail above */
    l->ended++;
    if (l->len < 3000)
        put(l, ">", (const char *)el->name);
}

static log parse(const char *page)
{
    log l = {0};
    ix_htmlstream_cb cb = {on_start, on_text, on_end, sizeof(long), &l};
    ix_err err = {0};
    assert_int_equal(ix_htmlstream_parse((const unsigned char *)page, strlen(page), OPTIONS, &cb,
                                         &err),
                     IX_OK);
    return l;
}

static void htmlstream_hands_nodes_on_in_document_order(void **state)
{
    (void)state;
    log l = parse("<html><body><p>a<b>b</b>c</p><!-- x --><p>d</p></body></html>");
    assert_string_equal(l.buf, "<html <body <p 'a' <b 'b' >b 'c' >p <p 'd' >p >body >html");
    assert_int_equal(l.started, l.ended);
}

static void htmlstream_text_delivered_in_pieces_is_handed_on_whole(void **state)
{
    (void)state;
    /* references make the parser deliver the text in several pieces */
    log l = parse("<p>one &amp; two &lt; three &#x41; four</p>");
    assert_string_equal(l.buf, "<html <body <p 'one & two < three A four' >p >body >html");
}

static void htmlstream_implied_and_closed_elements_as_libxml2_makes_them(void **state)
{
    (void)state;
    /* <p> implies html and body; a new <li> closes the one before */
    log l = parse("<ul><li>x<li>y</ul>");
    assert_string_equal(l.buf, "<html <body <ul <li 'x' >li <li 'y' >li >ul >body >html");
}

static void htmlstream_element_popped_without_an_end_is_ended(void **state)
{
    (void)state;
    /* A start tag the parser cannot finish at the end of the page pops the
     * open element with no end event: it is still ended, before body. */
    log l = parse("<html><body><article>text<html lang");
    assert_string_equal(l.buf, "<html <body <article 'text' >article >body >html");
    assert_int_equal(l.started, 3);
    assert_int_equal(l.ended, 3);
}

static void htmlstream_content_after_the_end_tags_ends_with_the_page(void **state)
{
    (void)state;
    /* libxml2 opens a new <html> for what follows </html>, inside the
     * first one (the document's first node): so the first ends last */
    log l = parse("<html><body><p>A</p></body></html><p>B</p>");
    assert_string_equal(l.buf, "<html <body <p 'A' >p >body <html <p 'B' >p >html >html");
    /* with a doctype first, the new one stands beside it */
    log d = parse("<!DOCTYPE html><html><body><p>A</p></body></html><p>B</p>");
    assert_string_equal(d.buf, "<html <body <p 'A' >p >body >html <html <p 'B' >p >html");
}

static void htmlstream_start_can_stop_the_parse(void **state)
{
    (void)state;
    log l = {.stop_at = 3};
    ix_htmlstream_cb cb = {on_start, on_text, on_end, sizeof(long), &l};
    ix_err err = {0};
    const char *page = "<html><body><main><p>never seen</p></main></body></html>";
    assert_int_equal(ix_htmlstream_parse((const unsigned char *)page, strlen(page), OPTIONS, &cb,
                                         &err),
                     IX_OK);
    assert_string_equal(l.buf, "<html <body <main");
    assert_int_equal(l.ended, 0);
}

static void htmlstream_tree_stays_small_however_long_the_page(void **state)
{
    (void)state;
    size_t n = 20000, cap = n * 64 + 64, len = 0;
    char *page = malloc(cap);
    assert_non_null(page);
    len += (size_t)snprintf(page + len, cap - len, "<html><body><main>");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(page + len, cap - len, "<p>Para <b>%zu</b> <!-- c --></p>\n", i);
    log l = {0};
    ix_htmlstream_cb cb = {on_start, on_text, on_end, sizeof(long), &l};
    ix_err err = {0};
    assert_int_equal(ix_htmlstream_parse((const unsigned char *)page, len, OPTIONS, &cb, &err),
                     IX_OK);
    free(page);
    assert_int_equal(l.started, 3 + 2 * (long)n);
    assert_int_equal(l.ended, l.started);
    /* the document, html, body, main, the last paragraph or two and what is
     * in them: never the 100 000 nodes of the whole page */
    if (l.max_live > 20)
        fail_msg("the tree held %ld nodes at once", l.max_live);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(htmlstream_hands_nodes_on_in_document_order),
        cmocka_unit_test(htmlstream_text_delivered_in_pieces_is_handed_on_whole),
        cmocka_unit_test(htmlstream_implied_and_closed_elements_as_libxml2_makes_them),
        cmocka_unit_test(htmlstream_element_popped_without_an_end_is_ended),
        cmocka_unit_test(htmlstream_content_after_the_end_tags_ends_with_the_page),
        cmocka_unit_test(htmlstream_start_can_stop_the_parse),
        cmocka_unit_test(htmlstream_tree_stays_small_however_long_the_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
