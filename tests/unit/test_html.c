/* tests/unit/test_html.c -- web pages read with libxml2: the main content's
 * text and blocks, chrome dropped, and spans that land on the page's bytes.
 * The fixtures (tests/html/) are pages written for the project, each with
 * the same text as plain text beside it. */
#include "tests/unit/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "corpus/html.h"
#include "corpus/input.h"
#include "output/audit.h"
#include "output/explain.h"
#include "output/json.h"

static ix_engine *engine(void)
{
    static ix_engine *eng;
    if (!eng) {
        ix_err err = {0};
        eng = ix_engine_new(&err);
        if (!eng)
            fail_msg("engine: %s", err.msg);
    }
    return eng;
}

typedef struct page {
    unsigned char *bytes;
    size_t len;
    ix_doc *doc;
} page;

static page extract_file(const char *path, const char *format)
{
    page p = {0};
    ix_err err = {0};
    if (ix_input_read(path, &p.bytes, &p.len, &err) != IX_OK)
        fail_msg("%s: %s", path, err.msg);
    p.doc = ix_engine_extract(engine(), path, format, p.bytes, p.len, &err);
    if (!p.doc)
        fail_msg("%s: %s", path, err.msg);
    return p;
}

/* A page from a string (the document only, no extractors). */
static page read_html(const char *html)
{
    page p = {0};
    p.len = strlen(html);
    p.bytes = malloc(p.len + 1);
    memcpy(p.bytes, html, p.len + 1);
    ix_err err = {0};
    p.doc = ix_html_doc_new("t.html", p.bytes, p.len, &err);
    if (!p.doc)
        fail_msg("html: %s", err.msg);
    return p;
}

static void page_free(page *p)
{
    ix_doc_free(p->doc);
    free(p->bytes);
}

/* The page bytes of the span that normalised text `needle` (its first
 * occurrence in doc->norm) came from. */
static const char *src_of(const ix_doc *doc, const char *needle)
{
    const char *at = strstr(doc->norm, needle);
    if (!at)
        fail_msg("'%s' not in the text", needle);
    size_t ns = (size_t)(at - doc->norm);
    return t_src(doc, ix_doc_src_span(doc, ns, ns + strlen(needle)));
}

/* What a person sees of a piece of HTML: tags gone, references decoded,
 * white space (and no-break space) collapsed. */
static char *visible(const char *html, size_t n)
{
    char *frag = malloc(n + 32);
    snprintf(frag, n + 32, "<p>%.*s</p>", (int)n, html);
    htmlDocPtr d = htmlReadMemory(frag, (int)strlen(frag), NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlChar *t = xmlNodeGetContent(xmlDocGetRootElement(d));
    char *out = malloc(strlen((char *)t) + 1);
    size_t o = 0;
    int space = 0;
    for (const unsigned char *p = t; *p; p++) {
        int ws = *p == ' ' || *p == '\n' || *p == '\r' || *p == '\t';
        if (p[0] == 0xC2 && p[1] == 0xA0) {
            ws = 1;
            p++;
        }
        if (ws) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = 0;
        out[o++] = (char)*p;
    }
    out[o] = '\0';
    xmlFree(t);
    xmlFreeDoc(d);
    free(frag);
    return out;
}

/* Walk two records side by side; every span of the page's record must show
 * the same visible text as the matching span of the text's record, and
 * never start or end inside a tag. */
static void check_spans(const cJSON *h, const cJSON *t, const page *hp, const page *tp, int *n)
{
    if (cJSON_IsArray(h) && cJSON_GetArraySize(h) == 2 && cJSON_IsNumber(h->child) &&
        cJSON_IsArray(t)) {
        size_t hs = (size_t)h->child->valuedouble, he = (size_t)h->child->next->valuedouble;
        size_t ts = (size_t)t->child->valuedouble, te = (size_t)t->child->next->valuedouble;
        assert_true(hs <= he && he <= hp->len);
        char *hv = visible((const char *)hp->bytes + hs, he - hs);
        char *tv = visible((const char *)tp->bytes + ts, te - ts);
        if (strcmp(hv, tv) != 0)
            fail_msg("span [%zu,%zu) of the page shows '%s', the text '%s'", hs, he, hv, tv);
        if (he > hs && (hp->bytes[hs] == '<' || hp->bytes[he - 1] == '>'))
            fail_msg("span [%zu,%zu) takes in markup: '%.*s'", hs, he, (int)(he - hs),
                     hp->bytes + hs);
        free(hv);
        free(tv);
        (*n)++;
        return;
    }
    const cJSON *hc = h ? h->child : NULL, *tc = t ? t->child : NULL;
    for (; hc && tc; hc = hc->next, tc = tc->next)
        check_spans(hc, tc, hp, tp, n);
}

static void drop_spans(cJSON *v)
{
    if (cJSON_IsObject(v)) {
        cJSON_DeleteItemFromObject(v, "span");
        cJSON_DeleteItemFromObject(v, "spans");
        cJSON_DeleteItemFromObject(v, "speaker_span");
    }
    cJSON *c;
    cJSON_ArrayForEach(c, v) drop_spans(c);
}

/* The page and its text give the same record, spans aside; and each span of
 * the page's record shows what the text's span shows. */
static void same_record(const char *html_path, const char *text_path, int min_spans)
{
    page hp = extract_file(html_path, NULL);
    page tp = extract_file(text_path, NULL);
    assert_string_equal(hp.doc->format, "html");
    assert_string_equal(tp.doc->format, "text");
    cJSON *hr = ix_json_record(hp.doc), *tr = ix_json_record(tp.doc);
    assert_non_null(hr);
    assert_non_null(tr);

    cJSON *expected = cJSON_Duplicate(tr, 1);
    cJSON_DeleteItemFromObject(expected, "source");
    drop_spans(expected);
    ix_audit *a = ix_audit_new(NULL, NULL);
    char *report = NULL;
    size_t rn = 0;
    FILE *out = open_memstream(&report, &rn);
    long d = ix_audit_compare(a, html_path, expected, hr, out);
    fclose(out);
    if (d != 0)
        fail_msg("the page's record differs from the text's:\n%s", report);
    /* and the other way round: nothing in the text's record is missing */
    ix_audit_count c = ix_audit_total(a);
    assert_int_equal(c.missed, 0);
    assert_int_equal(c.extra, 0);
    free(report);
    ix_audit_free(a);

    int nspans = 0;
    check_spans(hr, tr, &hp, &tp, &nspans);
    if (nspans < min_spans)
        fail_msg("only %d spans compared, expected at least %d", nspans, min_spans);

    cJSON_Delete(expected);
    cJSON_Delete(hr);
    cJSON_Delete(tr);
    page_free(&hp);
    page_free(&tp);
}

static void html_release_page_gives_the_record_of_its_text(void **state)
{
    (void)state;
    same_record("tests/html/release.html", "tests/html/release.txt", 3);
}

static void html_blog_page_gives_the_record_of_its_text(void **state)
{
    (void)state;
    same_record("tests/html/blog.html", "tests/html/blog.txt", 2);
}

static void html_release_page_keeps_the_article_and_drops_the_chrome(void **state)
{
    (void)state;
    page p = extract_file("tests/html/release.html", NULL);
    const char *pre = p.doc->pre;
    assert_non_null(strstr(pre, "Marshland probation service rated \xE2\x80\x98Inadequate\xE2\x80\x99\n\n"
                                "HM Inspectorate of Probation has rated the Marshland"));
    /* list items become bullet and numbered items, one block each */
    assert_non_null(strstr(pre, "\n\n\xE2\x80\xA2 improve the quality of risk assessments\n\n"
                                "\xE2\x80\xA2 reduce the number"));
    assert_non_null(strstr(pre, "\n\n1. The report will be published"));
    assert_non_null(strstr(pre, "\n\n2. Fieldwork took place"));
    static const char *const gone[] = {
        "Skip to main", "About us", "Our inspections", "Search", "Home", "Press releases",
        "Share on", "Recent news", "Crown copyright", "Privacy", "dataLayer", "not text",
        "font-family", "| HM Inspectorate",
    };
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        if (strstr(pre, gone[i]))
            fail_msg("'%s' is page chrome but was kept", gone[i]);
    page_free(&p);
}

static void html_blog_page_drops_comments_sharing_and_sidebar(void **state)
{
    (void)state;
    page p = extract_file("tests/html/blog.html", NULL);
    const char *pre = p.doc->pre;
    /* the headline sits above <main>: it is still the first block */
    assert_true(strncmp(pre, "Stourvale youth service: what the inspectors found\n\n", 52) == 0);
    /* <br> is a line break inside the paragraph */
    assert_non_null(strstr(pre, "There is still work to do.\nResettlement was rated"));
    static const char *const gone[] = {
        "Justice Matters", "Subscribe", "thoughts on", "poor", "81 per cent", "not the word",
        "Leave a Reply", "Post Comment", "Share this", "Recent Articles", "Proudly powered",
        "Posted in", "trackPageView", "\r",
    };
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        if (strstr(pre, gone[i]))
            fail_msg("'%s' is not the post but was kept", gone[i]);
    /* no rating or figure comes from the comment thread */
    for (size_t i = 0; i < p.doc->ratings.n; i++)
        assert_string_not_equal(p.doc->ratings.items[i].value, "poor");
    for (size_t i = 0; i < p.doc->figures.n; i++)
        assert_true(p.doc->figures.items[i].value != 0.81);
    page_free(&p);
}

static void html_spans_cover_references_as_written(void **state)
{
    (void)state;
    page p = read_html("<html><body><p>The service was rated &lsquo;Good&rsquo; in 2021 "
                       "by HM Inspectorate of Probation &amp; Courts.</p></body></html>");
    assert_string_equal(src_of(p.doc, "'Good'"), "&lsquo;Good&rsquo;");
    assert_string_equal(src_of(p.doc, "Probation & Courts"), "Probation &amp; Courts");
    assert_string_equal(src_of(p.doc, "rated"), "rated");
    page_free(&p);
}

static void html_spans_stop_at_the_text_not_the_tags_around_it(void **state)
{
    (void)state;
    page p = read_html("<p>It was rated <strong>Outstanding</strong> overall and "
                       "<em>&lsquo;Good&rsquo;</em> for <a href=\"/x\">unpaid work</a>.</p>");
    assert_string_equal(src_of(p.doc, "Outstanding"), "Outstanding");
    assert_string_equal(src_of(p.doc, "rated Outstanding"), "rated <strong>Outstanding");
    assert_string_equal(src_of(p.doc, "'Good'"), "&lsquo;Good&rsquo;");
    assert_string_equal(src_of(p.doc, "Good' for"), "Good&rsquo;</em> for");
    assert_string_equal(src_of(p.doc, "unpaid work"), "unpaid work");
    page_free(&p);
}

static void html_numeric_references_and_no_break_spaces_map_back(void **state)
{
    (void)state;
    page p = read_html("<p>Only 41&#160;per&nbsp;cent of plans &#x2013; fewer than "
                       "&#8220;half&#8221; &#8211; were reviewed.</p>");
    /* the normalised text folds the no-break spaces and the dash */
    assert_string_equal(src_of(p.doc, "41 per cent"), "41&#160;per&nbsp;cent");
    assert_string_equal(src_of(p.doc, "- fewer"), "&#x2013; fewer");
    assert_string_equal(src_of(p.doc, "\"half\""), "&#8220;half&#8221;");
    page_free(&p);
}

static void html_collapses_white_space_but_keeps_pre(void **state)
{
    (void)state;
    page p = read_html("<div>\n   Inspectors   visited\n\tin   May.\n</div>"
                       "<pre>line one\n  line two</pre>"
                       "<div>Dear reader,<br>a line<br><br>a paragraph</div>");
    assert_non_null(strstr(p.doc->pre, "Inspectors visited in May.\n\nline one\n  line two\n\n"
                                       "Dear reader,\na line\n\na paragraph"));
    assert_string_equal(src_of(p.doc, "visited in"), "visited\n\tin");
    page_free(&p);
}

static void html_reads_broken_markup_without_losing_its_place(void **state)
{
    (void)state;
    /* unclosed elements, a bare '<', an unquoted attribute, an unknown
     * reference, text after </html> */
    page p = read_html("<html><body><div class=x><p>Caseload: 3 < 4 and A&B &bogus; too"
                       "<p>Second <b>bold <i>nested</b> end</i></div></body></html>"
                       "<p>Trailing words here.</p>");
    assert_string_equal(src_of(p.doc, "3 < 4 and A&B &bogus; too"), "3 < 4 and A&B &bogus; too");
    assert_string_equal(src_of(p.doc, "Second"), "Second");
    assert_string_equal(src_of(p.doc, "Trailing words here."), "Trailing words here.");
    page_free(&p);
}

static void html_longest_article_is_the_content_and_its_headline_is_kept(void **state)
{
    (void)state;
    /* no <main>: the longer article is the content; it has no <h1>, so the
     * last visible one before it is the headline (not the hidden one, not
     * the one in the navigation) */
    page p = read_html("<html><body><nav><h1>Menu</h1></nav>"
                       "<h1>Lowfold service rated Good</h1><h1 hidden>Draft</h1>"
                       "<article><p>Short teaser.</p></article>"
                       "<article><p>Inspectors rated the Lowfold service as Good in a report"
                       " published today.</p></article></body></html>");
    assert_string_equal(p.doc->pre, "Lowfold service rated Good\n\nInspectors rated the Lowfold "
                                    "service as Good in a report published today.\n");
    page_free(&p);
}

static void html_numbered_items_count_every_item_of_their_list(void **state)
{
    (void)state;
    /* a hidden item is not shown but still counts; start= sets the first */
    page p = read_html("<main><ol start=\"3\"><li>Plans</li><li hidden>Draft</li>"
                       "<li>Reviews</li></ol><ol><li>One</li><li>Two</li></ol></main>");
    assert_string_equal(p.doc->pre, "3. Plans\n\n5. Reviews\n\n1. One\n\n2. Two\n");
    page_free(&p);
}

static void html_header_and_footer_are_chrome_unless_an_article_owns_them(void **state)
{
    (void)state;
    page p = read_html("<body><header>Site header</header><main><article>"
                       "<header>Article header</header><p>Body text.</p>"
                       "<footer>Article footer</footer></article></main>"
                       "<footer>Site footer</footer></body>");
    assert_string_equal(p.doc->pre, "Article header\n\nBody text.\n\nArticle footer\n");
    page_free(&p);
}

static void html_invalid_utf8_becomes_a_replacement_and_a_warning(void **state)
{
    (void)state;
    page p = read_html("<html><head><meta charset=\"iso-8859-1\"></head><body>"
                       "<p>Caf\xE9 visits fell \xE2\x80\x94 by a third.</p></body></html>");
    assert_non_null(strstr(p.doc->norm, "Caf\xEF\xBF\xBD visits fell - by a third."));
    assert_true(p.doc->warnings.n >= 1);
    assert_string_equal(p.doc->warnings.items[0].code, "invalid_utf8");
    assert_int_equal(p.doc->warnings.items[0].span.start,
                     (size_t)(strstr((const char *)p.bytes, "\xE9") - (const char *)p.bytes));
    /* the valid UTF-8 after it is read as UTF-8, whatever the page declares */
    assert_string_equal(src_of(p.doc, "- by a third"), "\xE2\x80\x94 by a third");
    page_free(&p);
}

static void html_rejects_pages_with_nothing_to_read(void **state)
{
    (void)state;
    static const char *const pages[] = {
        "<html><head><title>Only a title</title><script>var x = 1;</script></head></html>",
        "<html><body><nav><a href=/>Home</a></nav>   </body></html>",
        "",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        ix_err err = {0};
        ix_doc *d = ix_html_doc_new("t.html", (const unsigned char *)pages[i], strlen(pages[i]),
                                    &err);
        assert_null(d);
        assert_int_equal(err.code, IX_EINPUT);
    }
    ix_err err = {0};
    static const unsigned char nul[] = "<p>a\0b</p>";
    assert_null(ix_html_doc_new("t.html", nul, sizeof nul - 1, &err));
    assert_int_equal(err.code, IX_EINPUT);
    assert_non_null(strstr(err.msg, "NUL byte at offset 4"));
}

static void html_is_recognised_by_name_or_by_its_start(void **state)
{
    (void)state;
    const unsigned char *t = (const unsigned char *)"Plain text about <b>tags</b>";
    assert_true(ix_html_looks_like("a/b/page.HTML", t, 5));
    assert_true(ix_html_looks_like("page.htm", NULL, 0));
    assert_false(ix_html_looks_like("notes.txt", t, strlen((const char *)t)));
    const char *d = "\xEF\xBB\xBF \n<!DOCTYPE html><p>x";
    assert_true(ix_html_looks_like("-", (const unsigned char *)d, strlen(d)));
    assert_true(ix_html_looks_like("x", (const unsigned char *)"<HTML>", 6));
    assert_false(ix_html_looks_like("x", (const unsigned char *)"<htm", 4));
}

static void html_survives_deep_nesting_and_a_huge_text_node(void **state)
{
    (void)state;
    size_t depth = 100000, words = 1000000;
    size_t cap = depth * 11 + words * 6 + 64;
    char *s = malloc(cap), *w = s;
    for (size_t i = 0; i < depth; i++)
        w += sprintf(w, "<div>");
    w += sprintf(w, "<p>");
    for (size_t i = 0; i < words; i++)
        w += sprintf(w, "word ");
    w += sprintf(w, "end.</p>");
    for (size_t i = 0; i < depth; i++)
        w += sprintf(w, "</div>");
    page p = read_html(s);
    assert_true(p.doc->norm_len > 5 * words);
    assert_string_equal(src_of(p.doc, "end."), "end.");
    page_free(&p);
    free(s);
}

static void html_explain_shows_visible_text_not_markup(void **state)
{
    (void)state;
    page p = extract_file("tests/html/release.html", NULL);
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    ix_explain_opts o = {0};
    assert_int_equal(ix_explain_write(out, p.doc, &o, NULL), IX_OK);
    fclose(out);
    assert_non_null(strstr(buf, "== tests/html/release.html (html, "));
    assert_non_null(strstr(buf, "[["));
    assert_null(strstr(buf, "<strong>"));
    assert_null(strstr(buf, "&nbsp;"));
    free(buf);
    page_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(html_release_page_gives_the_record_of_its_text),
        cmocka_unit_test(html_blog_page_gives_the_record_of_its_text),
        cmocka_unit_test(html_release_page_keeps_the_article_and_drops_the_chrome),
        cmocka_unit_test(html_blog_page_drops_comments_sharing_and_sidebar),
        cmocka_unit_test(html_spans_cover_references_as_written),
        cmocka_unit_test(html_spans_stop_at_the_text_not_the_tags_around_it),
        cmocka_unit_test(html_numeric_references_and_no_break_spaces_map_back),
        cmocka_unit_test(html_collapses_white_space_but_keeps_pre),
        cmocka_unit_test(html_reads_broken_markup_without_losing_its_place),
        cmocka_unit_test(html_invalid_utf8_becomes_a_replacement_and_a_warning),
        cmocka_unit_test(html_rejects_pages_with_nothing_to_read),
        cmocka_unit_test(html_is_recognised_by_name_or_by_its_start),
        cmocka_unit_test(html_survives_deep_nesting_and_a_huge_text_node),
        cmocka_unit_test(html_explain_shows_visible_text_not_markup),
        cmocka_unit_test(html_longest_article_is_the_content_and_its_headline_is_kept),
        cmocka_unit_test(html_numbered_items_count_every_item_of_their_list),
        cmocka_unit_test(html_header_and_footer_are_chrome_unless_an_article_owns_them),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ix_engine_free(engine());
    return rc;
}
