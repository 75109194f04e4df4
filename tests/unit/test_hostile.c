/* tests/unit/test_hostile.c -- documents made to hurt: text built so that
 * each family of patterns backtracks, a million quotation marks, a document
 * of one repeated honorific or number word, HTML nested a million deep,
 * entity expansion, NUL bytes inside HTML and a 100 MB page.
 *
 * Each one must give a whole record (the checks of the fuzz targets,
 * tests/fuzz/check.h) with the rest of the document still extracted: the
 * ordinary release around the hostile paragraph keeps its title, rating and
 * recommendations.  A pattern that hits PCRE2's match or depth limit is
 * allowed, as a `match_limit` warning naming its stage.  Never asserts on
 * speed: a guard alarm turns a hang into a failure.  Every text is written
 * for this test; the names are invented.
 */
#include "tests/unit/support.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extractors/registry.h"
#include "tests/fuzz/check.h"

enum { GUARD_S = 600 };

/* ---- building documents ------------------------------------------------ */

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (b->n + n + 1 > cap)
            cap *= 2;
        b->p = realloc(b->p, cap);
        assert_non_null(b->p);
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* unit, again and again, until it fills `bytes` (at least once). */
static void repeat(buf *b, const char *unit, size_t bytes)
{
    size_t n = strlen(unit), end = b->n + bytes;
    do
        put(b, unit, n);
    while (b->n < end);
}

/* As repeat, each copy numbered (fmt holds one %zu): a page of distinct
 * paragraphs, since a paragraph printed again is read once. */
static void repeat_numbered(buf *b, const char *fmt, size_t bytes)
{
    char unit[1024];
    size_t end = b->n + bytes, i = 0;
    do {
        int n = snprintf(unit, sizeof unit, fmt, ++i);
        put(b, unit, (size_t)n);
    } while (b->n < end);
}

/* An ordinary release around a hostile middle. */
static const char release_head[] =
    "Tarnside probation delivery unit rated 'Good'\n\n"
    "HM Inspectorate of Probation has rated the Tarnside probation delivery unit as 'Good' "
    "following an inspection in March 2022.\n\n";
static const char release_tail[] =
    "\n\nChief Inspector Ruth Calder said: \"Staff in Tarnside know the people they work "
    "with.\"\n\n"
    "We have made four recommendations.\n\n"
    "ENDS\n";

/* ---- what every hostile document must still give ------------------------ */

static int is_stage(const char *name, size_t len)
{
    for (size_t i = 0; i < ix_registry_count; i++)
        if (strlen(ix_registry[i].name) == len && strncmp(ix_registry[i].name, name, len) == 0)
            return 1;
    return 0;
}

/* Warnings are of known kinds; a match_limit names a stage. */
static void assert_warnings_sane(const ix_doc *doc)
{
    for (size_t i = 0; i < doc->warnings.n; i++) {
        const ix_warning *w = &doc->warnings.items[i];
        if (strcmp(w->code, "match_limit") != 0)
            continue;
        const char *colon = strchr(w->message, ':');
        if (!colon || !is_stage(w->message, (size_t)(colon - w->message)))
            fail_msg("match_limit warning names no stage: %s", w->message);
        print_message("note: %s\n", w->message);
    }
}

static int has_rating(const ix_doc *doc, const char *value)
{
    for (size_t i = 0; i < doc->ratings.n; i++)
        if (strcmp(doc->ratings.items[i].value, value) == 0)
            return 1;
    return 0;
}

/* The release around the hostile middle is still read. */
static void assert_release_read(const ix_doc *doc)
{
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Tarnside probation delivery unit rated 'Good'");
    if (!has_rating(doc, "good"))
        fail_msg("the release's rating is lost");
    assert_true(doc->recommendations.present);
    assert_int_equal(doc->recommendations.count, 4);
    assert_warnings_sane(doc);
}

/* Extract b as format, check the record is whole (and, for documents of a
 * few megabytes, that the stream writer agrees); returns the document. */
static ix_doc *extract_checked(const buf *b, const char *format)
{
    ix_err err = {0};
    ix_doc *doc = t_extract_bytes(b->p, b->n, format, &err);
    if (!doc)
        fail_msg("refused: %s", err.msg);
    const char *bad = fz_check((const uint8_t *)b->p, b->n, format, b->n < (8u << 20));
    if (bad)
        fail_msg("%s", bad);
    return doc;
}

/* ---- every pattern family, made to backtrack ----------------------------- */

/* One long sentence (no full stop) of each family's own words, repeated
 * without the piece that would complete a match. */
static const struct family {
    const char *stage, *unit;
} families[] = {
    {"title", "Tarnside Tarnside probation probation rated rated "},
    {"genre", "press release news story blog post posted by posted in "},
    {"inspectorate", "HM Inspectorate of HM Inspectorate of Her Majesty's Inspectorate of "},
    {"subjects", "Lowfold Community Rehabilitation Company and Lowfold National Probation "},
    {"dates", "between 1 and 2 March and 3 and 4 2021 2022 on 12 12 the 1st 2nd 3rd of of "},
    {"ratings", "rated as 'Good' 'Good' and as as 'Requires requires improvement "},
    {"figures", "1,1,1,1,1,1,1.1.1.1 per per cent cent of of 2,22,222,2 "},
    {"caseloads", "responsible for the supervision of around around more than a total of "},
    {"recommendations", "we have made made made recommendations recommendations: 1. 2. 3. "},
    {"quotes", "said \" said ' he said: \u201C she added \u2018 according to "},
};

static void hostile_text_for_every_pattern_family_still_gives_the_record(void **state)
{
    (void)state;
    for (size_t f = 0; f < sizeof families / sizeof *families; f++) {
        buf b = {0};
        puts_(&b, release_head);
        repeat(&b, families[f].unit, 300u << 10);
        puts_(&b, release_tail);
        ix_doc *doc = extract_checked(&b, "text");
        assert_release_read(doc);
        ix_doc_free(doc);
        free(b.p);
    }
}

static void a_million_quotation_marks_still_give_the_record(void **state)
{
    (void)state;
    static const char *const marks[] = {"\"", "\u201C", "\"\u201D \u2018'"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        buf b = {0};
        puts_(&b, release_head);
        for (int i = 0; i < 1000000; i++)
            puts_(&b, marks[m]);
        puts_(&b, release_tail);
        ix_doc *doc = extract_checked(&b, "text");
        assert_release_read(doc);
        ix_doc_free(doc);
        free(b.p);
    }
}

static void a_document_of_one_repeated_word_gives_a_record(void **state)
{
    (void)state;
    static const char *const units[] = {"Mr ", "Dr. ", "Chief Inspector ", "seven ",
                                        "hundred ", "1,000 "};
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        buf b = {0};
        repeat(&b, units[u], 1u << 20);
        ix_doc *doc = extract_checked(&b, "text");
        assert_warnings_sane(doc);
        ix_doc_free(doc);
        free(b.p);
    }
}

/* ---- HTML ------------------------------------------------------------------ */

static const char page_head[] =
    "<!doctype html><html><head><title>Tarnside</title></head><body><main>"
    "<h1>Tarnside probation delivery unit rated 'Good'</h1>"
    "<p>HM Inspectorate of Probation has rated the Tarnside probation delivery unit as "
    "'Good' following an inspection in March 2022.</p>";
static const char page_tail[] =
    "<p>Chief Inspector Ruth Calder said: &ldquo;Staff in Tarnside know the people they "
    "work with.&rdquo;</p><p>We have made four recommendations.</p></main></body></html>";

static void html_nested_a_million_deep_gives_a_record(void **state)
{
    (void)state;
    for (int closed = 0; closed < 2; closed++) {
        buf b = {0};
        puts_(&b, page_head);
        for (int i = 0; i < 1000000; i++)
            puts_(&b, i % 2 ? "<div>" : "<span>");
        puts_(&b, "<p>The unit's staff were found to be skilled.</p>");
        for (int i = 0; closed && i < 1000000; i++)
            puts_(&b, i % 2 ? "</span>" : "</div>");
        puts_(&b, page_tail);
        ix_doc *doc = extract_checked(&b, "html");
        assert_release_read(doc);
        ix_doc_free(doc);
        free(b.p);
    }
}

static void html_entities_are_not_expanded_into_a_flood(void **state)
{
    (void)state;
    /* An internal subset that would grow to 10^9 'lol's if expanded, and a
     * hundred thousand ordinary references. */
    buf b = {0};
    puts_(&b, "<!DOCTYPE html [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
        char def[256];
        int n = snprintf(def, sizeof def, "<!ENTITY %c \"", 'a' + i);
        for (int k = 0; k < 10; k++)
            n += snprintf(def + n, sizeof def - (size_t)n, "&%c;", 'a' + i - 1);
        snprintf(def + n, sizeof def - (size_t)n, "\">");
        puts_(&b, def);
    }
    puts_(&b, "]>");
    puts_(&b, page_head + strlen("<!doctype html>"));
    puts_(&b, "<p>&j;&j;&j; ");
    for (int i = 0; i < 100000; i++)
        puts_(&b, "&amp;&#8220;&rsquo;&#x2019;&nbsp;");
    puts_(&b, "</p>");
    puts_(&b, page_tail);
    ix_doc *doc = extract_checked(&b, "html");
    assert_release_read(doc);
    /* the visible text stays the size of the page, not of the expansion */
    if (doc->norm_len > b.n)
        fail_msg("%zu bytes of text from a %zu-byte page", doc->norm_len, b.n);
    assert_null(strstr(doc->norm, "lollol"));
    ix_doc_free(doc);
    free(b.p);
}

static void html_with_nul_bytes_is_refused_as_binary(void **state)
{
    (void)state;
    buf b = {0};
    puts_(&b, page_head);
    put(&b, "<p>Tarn\0side</p>\0", 17);
    puts_(&b, page_tail);
    ix_err err = {0};
    assert_null(t_extract_bytes(b.p, b.n, "html", &err));
    assert_int_equal(err.code, IX_EINPUT);
    char want[64];
    snprintf(want, sizeof want, "NUL byte at offset %zu", strlen(page_head) + 7);
    if (!strstr(err.msg, want))
        fail_msg("'%s' does not say '%s'", err.msg, want);
    assert_null(fz_check((const uint8_t *)b.p, b.n, "html", 1));
    free(b.p);
}

static void html_page_of_a_hundred_megabytes_gives_a_record(void **state)
{
    (void)state;
    size_t mb = 100;
    const char *env = getenv("INSPEX_BIG_MB");
    if (env && atoi(env) > 0)
        mb = (size_t)atoi(env);
    buf b = {0};
    puts_(&b, page_head);
    repeat_numbered(&b,
           "<section><h2>Findings</h2><p>Inspectors visited the <a href=\"/u\">unit</a> %zu in "
           "May 2022 and found that <em>58 per cent</em> of plans were sound.</p><ul><li>Staff "
           "knew their cases.</li><li>Reviews were late.</li></ul></section>\n",
           mb << 20);
    puts_(&b, page_tail);
    ix_err err = {0};
    ix_doc *doc = t_extract_bytes(b.p, b.n, "html", &err);
    assert_non_null(doc);
    assert_release_read(doc);
    assert_true(doc->figures.n > 1000);
    print_message("%zu MB page: %zu bytes of text, %zu figures\n", b.n >> 20, doc->norm_len,
                  doc->figures.n);
    ix_doc_free(doc);
    free(b.p);
}

int main(void)
{
    signal(SIGALRM, SIG_DFL);
    alarm(GUARD_S);   /* a hang fails the suite instead of stalling it */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hostile_text_for_every_pattern_family_still_gives_the_record),
        cmocka_unit_test(a_million_quotation_marks_still_give_the_record),
        cmocka_unit_test(a_document_of_one_repeated_word_gives_a_record),
        cmocka_unit_test(html_nested_a_million_deep_gives_a_record),
        cmocka_unit_test(html_entities_are_not_expanded_into_a_flood),
        cmocka_unit_test(html_with_nul_bytes_is_refused_as_binary),
        cmocka_unit_test(html_page_of_a_hundred_megabytes_gives_a_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
