/* The quotes field end to end: record values, spans into the original
 * bytes, warnings, what is not a quote, and pathological input, on
 * releases and write-ups written for these tests. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

static int has_quote(const ix_doc *doc, const char *start)
{
    for (size_t i = 0; i < doc->quotes.n; i++)
        if (strncmp(doc->quotes.items[i].text, start, strlen(start)) == 0)
            return 1;
    return 0;
}

static size_t warnings(const ix_doc *doc, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->warnings.n; i++)
        if (strcmp(doc->warnings.items[i].code, code) == 0)
            n++;
    return n;
}

static const char *release =
    "Wessex youth justice service rated " LS "Good" RS " by inspectors\n"
    "\n"
    "Wessex Youth Offending Service has been rated " LS "Good" RS " after an inspection in March 2021.\n"
    "\n"
    "HM Chief Inspector of Probation Dame Ann Coyle said: " LQ "Wessex has built a service "
    "around the child. Staff know the children they work with, and it shows.\n"
    "\n"
    LQ "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
    "children we met valued.\n"
    "\n"
    LQ "The service now needs to plan better for children leaving custody." RQ "\n"
    "\n"
    "The service has created what staff call its " LS "open door" RS " approach.\n"
    "\n"
    LQ "I have asked the board to make sure this work is not lost," RQ " said Ms Coyle.\n"
    "\n"
    "ENDS\n"
    "\n"
    "Notes to editors\n"
    "1. The report, " LQ "An inspection of youth offending services in Wessex" RQ ", is published today.\n";

static void quotes_record_one_quote_per_multi_paragraph_quote(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    assert_int_equal(doc->quotes.n, 2);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text,
                        "Wessex has built a service around the child. Staff know the children they work with, "
                        "and it shows.\n"
                        "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
                        "children we met valued.\n"
                        "The service now needs to plan better for children leaving custody.");
    assert_string_equal(q->speaker, "Dame Ann Coyle");
    assert_string_equal(q->speaker_role, "HM Chief Inspector of Probation");
    assert_string_equal(q->attribution, "explicit");
    assert_string_equal(q->rule, "quotes.said_colon");
    assert_false(q->partial);
    assert_int_equal(q->nspans, 3);
    /* Spans include the quotation marks; an unclosed paragraph runs to its end. */
    assert_string_equal(t_src(doc, q->spans[0]),
                        LQ "Wessex has built a service around the child. Staff know the children they "
                        "work with, and it shows.");
    assert_string_equal(t_src(doc, q->spans[1]),
                        LQ "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
                        "children we met valued.");
    assert_string_equal(t_src(doc, q->spans[2]),
                        LQ "The service now needs to plan better for children leaving custody." RQ);
    assert_true(q->has_speaker_span);
    assert_string_equal(t_src(doc, q->speaker_span), "Dame Ann Coyle");
    assert_int_equal(warnings(doc, "unterminated_quote"), 0);
    t_free(doc);
}

static void quotes_after_attribution_drops_the_trailing_comma(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    const ix_quote *q = t_quote(doc, "I have asked the board");
    assert_string_equal(q->text, "I have asked the board to make sure this work is not lost");
    assert_string_equal(t_src(doc, q->spans[0]),
                        LQ "I have asked the board to make sure this work is not lost," RQ);
    assert_string_equal(q->speaker, "Dame Ann Coyle");
    assert_string_equal(t_src(doc, q->speaker_span), "Ms Coyle");
    assert_string_equal(q->rule, "quotes.said_after");
    t_free(doc);
}

static void quotes_leave_out_labels_scare_quotes_and_titles(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    assert_false(has_quote(doc, "Good"));
    assert_false(has_quote(doc, "link workers"));
    assert_false(has_quote(doc, "open door"));
    assert_false(has_quote(doc, "An inspection of"));
    t_free(doc);
}

static void quotes_straight_marks_release(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenland PDU 'requires improvement'\n"
        "\n"
        "Inspectors found the probation delivery unit's staff were committed but stretched.\n"
        "\n"
        "Chief Inspector Tom Reyes said: \"Fenland's staff haven't had the support they need. "
        "The unit's managers know this.\n"
        "\n"
        "\"We've made five recommendations.\"\n"
        "\n"
        "\"Caseloads are too high,\" he added, \"and that must change.\"\n"
        "\n"
        "The unit's 'hub' model was described by officers as \"confusing for everyone involved\".\n");
    assert_int_equal(doc->quotes.n, 4);
    const ix_quote *q = &doc->quotes.items[0];
    assert_int_equal(q->nspans, 2);
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector");
    assert_string_equal(q->text, "Fenland's staff haven't had the support they need. The unit's managers know this.\n"
                                 "We've made five recommendations.");
    assert_string_equal(t_src(doc, q->spans[1]), "\"We've made five recommendations.\"");
    q = t_quote(doc, "Caseloads are too high");
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->attribution, "anaphoric");
    q = t_quote(doc, "and that must change");
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->attribution, "anaphoric");
    assert_false(q->partial);
    q = t_quote(doc, "confusing for everyone");
    assert_true(q->partial);
    assert_string_equal(q->speaker, "officers");
    assert_false(has_quote(doc, "hub"));
    assert_false(has_quote(doc, "requires improvement"));
    t_free(doc);
}

static void quotes_unclosed_at_ends_carries_a_warning(void **state)
{
    (void)state;
    const char *text =
        "Exmoor prison improves\n"
        "\n"
        "Sir Peter Vale said: " LQ "Exmoor is calmer and cleaner than when we last visited.\n"
        "\n"
        "- ENDS -\n"
        "\n"
        "Notes to editors\n"
        "1. The inspection took place in May 2022.\n";
    ix_doc *doc = run(text);
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text, "Exmoor is calmer and cleaner than when we last visited.");
    assert_string_equal(t_src(doc, q->spans[0]), LQ "Exmoor is calmer and cleaner than when we last visited.");
    assert_int_equal(warnings(doc, "unterminated_quote"), 1);
    const ix_warning *w = &doc->warnings.items[doc->warnings.n - 1];
    assert_string_equal(t_src(doc, w->span), LQ "Exmoor is calmer and cleaner than when we last visited.");
    t_free(doc);
}

static void quotes_unclosed_in_the_middle_ends_with_its_paragraph(void **state)
{
    (void)state;
    ix_doc *doc = run("Ms Okafor said: " LQ "We have turned a corner.\n"
                      "\n"
                      "The trust employs 300 people across the county and runs four offices.\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].text, "We have turned a corner.");
    assert_int_equal(warnings(doc, "unterminated_quote"), 1);
    t_free(doc);
}

static void quotes_in_page_furniture_and_comments_are_skipped(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Menu\n"
        "\n"
        "Thames Side CRC must improve\n"
        "\n"
        "Inspectors said the CRC was " LQ "not yet safe enough for the people it supervises" RQ ".\n"
        "\n"
        "Share on twitter\n"
        "Share on facebook\n"
        "\n"
        "3 Responses\n"
        "\n"
        "1. Funny how the " LQ "leaders" RQ " always get praise while staff get the blame for everything.\n"
        "\n"
        "2. I agree. My manager said " LQ "we are doing our best with what we have" RQ " last week.\n"
        "\n"
        "Leave a Reply\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text, "not yet safe enough for the people it supervises");
    assert_string_equal(q->speaker, "Inspectors");
    assert_true(q->partial);
    t_free(doc);
}

static void quotes_colon_block_in_a_write_up(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors report on Fenland\n"
        "\n"
        "Although the inspectors liked much of what they saw, they concluded:\n"
        "\n"
        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
        "was not managed well.\n"
        "\n"
        "More detailed findings are set out below.\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->speaker, "Inspectors");
    assert_string_equal(q->attribution, "anaphoric");
    assert_string_equal(q->rule, "quotes.colon_block");
    assert_string_equal(t_src(doc, q->spans[0]),
                        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
                        "was not managed well.");
    assert_string_equal(q->text,
                        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
                        "was not managed well.");
    t_free(doc);
}

static void quotes_crlf_and_wrapped_lines_fold_in_text_not_in_spans(void **state)
{
    (void)state;
    ix_doc *doc = run("Dame Ann Coyle said: \xE2\x80\x9CStaff know their\r\n"
                      "cases well and it shows in the work.\xE2\x80\x9D\r\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].text, "Staff know their cases well and it shows in the work.");
    assert_string_equal(t_src(doc, doc->quotes.items[0].spans[0]),
                        LQ "Staff know their\r\ncases well and it shows in the work." RQ);
    t_free(doc);
}

static void quotes_pathological_line_is_not_quadratic(void **state)
{
    (void)state;
    /* 10 MB on one line: thousands of quote marks, half of them unclosed,
     * speech verbs and names everywhere. */
    const char *unit[] = {
        "Ms Okafor said: " LQ "we found gaps, ", RQ " she added. ",
        "the " LS "hub" RS " model ", "'Good' and ", LQ "a b c d e f" RQ " said Mr Hale, ",
        "staff said " LQ "fine ", "they concluded: ", "It's the inspectors' view. ",
    };
    size_t cap = 10u << 20, n = 0;
    char *text = malloc(cap + 128);
    assert_non_null(text);
    memcpy(text, "Title\n\n", 7);
    n = 7;
    for (size_t k = 0; n < cap; k++) {
        const char *u = unit[(k * 7) % 8];
        size_t l = strlen(u);
        memcpy(text + n, u, l);
        n += l;
    }
    text[n++] = '\n';
    text[n] = '\0';
    clock_t t0 = clock();
    ix_doc *doc = run(text);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(doc->quotes.n > 1000);
    assert_true(secs < 30.0);
    t_free(doc);
    free(text);
}

static void quotes_text_with_replacement_characters_is_safe(void **state)
{
    (void)state;
    ix_doc *doc = run("Mr Hale said: \"We found \xFF\xFE gaps in the \xC3 work.\"\n\n\"\xE2\x80\n");
    assert_true(doc->quotes.n >= 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Mr Hale");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quotes_record_one_quote_per_multi_paragraph_quote),
        cmocka_unit_test(quotes_after_attribution_drops_the_trailing_comma),
        cmocka_unit_test(quotes_leave_out_labels_scare_quotes_and_titles),
        cmocka_unit_test(quotes_straight_marks_release),
        cmocka_unit_test(quotes_unclosed_at_ends_carries_a_warning),
        cmocka_unit_test(quotes_unclosed_in_the_middle_ends_with_its_paragraph),
        cmocka_unit_test(quotes_in_page_furniture_and_comments_are_skipped),
        cmocka_unit_test(quotes_colon_block_in_a_write_up),
        cmocka_unit_test(quotes_crlf_and_wrapped_lines_fold_in_text_not_in_spans),
        cmocka_unit_test(quotes_pathological_line_is_not_quadratic),
        cmocka_unit_test(quotes_text_with_replacement_characters_is_safe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
