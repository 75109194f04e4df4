/* Title: the document's own headline, on texts written for these tests. */
#include <stdlib.h>
#include <string.h>

#include "tests/unit/support.h"

static void title_press_release_first_line(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Lowmoor youth justice service rated 'Good' by inspectors\n"
        "\n"
        "Children supervised by Lowmoor Youth Justice Service get good support, inspectors said.\n"
        "\n"
        "ENDS\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Lowmoor youth justice service rated 'Good' by inspectors");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    assert_int_equal(doc->title.span.start, 0);
    t_free(doc);
}

static void title_keeps_curly_quotes_as_written(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "\xEF\xBB\xBFGrimsby Vale PDU rated \xE2\x80\x98Inadequate\xE2\x80\x99\r\n"
        "\r\n"
        "Inspectors found too few staff to manage the cases held.\r\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Grimsby Vale PDU rated \xE2\x80\x98Inadequate\xE2\x80\x99");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    assert_int_equal(doc->title.span.start, 3); /* after the BOM */
    t_free(doc);
}

static void title_skips_blog_chrome_before_the_headline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Menu\n"
        "Skip to content\n"
        "KWCRC HMIP 19\n"
        "Alex Morgan\n"
        "\n"
        "Alex Morgan\n"
        "\n"
        "Youth justice researcher, trainer and author of this blog.\n"
        "\n"
        "Posted on 12 June 2019\n"
        "\n"
        "Kingsweir CRC still struggling with risk\n"
        "\n"
        "Share on twitter\n"
        "Share on facebook\n"
        "Inspectors rate Kingsweir CRC as inadequate\n"
        "\n"
        "Kingsweir Community Rehabilitation Company was found by inspectors to be failing in "
        "its work to keep victims safe, in a report published today by HM Inspectorate of "
        "Probation, which said the company needed to act quickly to recruit more staff.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Kingsweir CRC still struggling with risk");
    assert_string_equal(t_src(doc, doc->title.span), "Kingsweir CRC still struggling with risk");
    t_free(doc);
}

static void title_skips_email_chrome_and_byline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "View this email in your browser\n"
        "\n"
        "By Jo Bloggs on Mar 3, 2016 07:15 am\n"
        "\n"
        "Prison inspectors find a jail in crisis\n"
        "\n"
        "By Jo Bloggs on Mar 3, 2016 07:15 am\n"
        "\n"
        "HM Inspectorate of Prisons has published a highly critical report on HMP Eastbarrow, "
        "where violence has doubled since the last inspection and drugs are widely available.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Prison inspectors find a jail in crisis");
    t_free(doc);
}

static void title_drops_site_name_and_label(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Press release: Oakshire probation service praised for its unpaid work | Justice Digest\n"
        "\n"
        "Inspectors praised the quality of unpaid work placements across Oakshire.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Oakshire probation service praised for its unpaid work");
    assert_string_equal(t_src(doc, doc->title.span), "Oakshire probation service praised for its unpaid work");
    t_free(doc);
}

static void title_prefers_a_headline_about_the_inspection(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Thoughts on a Tuesday\n"
        "\n"
        "Marchfield NPS division rated good overall\n"
        "\n"
        "Inspectors have rated the NPS Marchfield division 'Good', with leadership singled out "
        "for praise and case reviewing the one area needing improvement over the coming year.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Marchfield NPS division rated good overall");
    t_free(doc);
}

static void title_skips_breadcrumbs_and_page_labels(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Home > News > Inspections\n"
        "Press release\n"
        "From: HM Inspectorate of Prisons\n"
        "Published 4 March 2021\n"
        "\n"
        "HMP Rookwood: inspectors find a prison still unsafe\n"
        "\n"
        "HM Inspectorate of Prisons found that violence at HMP Rookwood had risen sharply since "
        "the last inspection and that many men felt unsafe on their wings.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "HMP Rookwood: inspectors find a prison still unsafe");
    t_free(doc);
}

static void title_skips_a_masthead(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Probation Weekly Digest\n"
        "\n"
        "Greymarsh CRC criticised by inspectors\n"
        "\n"
        "Greymarsh Community Rehabilitation Company was rated 'Inadequate' by inspectors today "
        "after they found that too many people under supervision were not seen for weeks.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Greymarsh CRC criticised by inspectors");
    t_free(doc);
}

static void title_long_first_line_is_not_a_title(void **state)
{
    (void)state;
    size_t n = 2000;
    char *text = malloc(n + 64);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = "inspectors found probation work poor "[i % 37];
    strcpy(text + n, "\n\nShort heading\n\nMore text here.\n");
    ix_doc *doc = t_extract_until(text, "title");
    assert_null(doc->title.text);
    t_free(doc);
    free(text);
}

static void title_ten_megabyte_line_is_not_a_title(void **state)
{
    (void)state;
    size_t n = 10 * 1024 * 1024;
    char *text = malloc(n + 2);
    assert_non_null(text);
    memset(text, 'a', n);
    for (size_t i = 50; i < n; i += 50)
        text[i] = ' ';
    text[n] = '\n';
    text[n + 1] = '\0';
    ix_doc *doc = t_extract_until(text, "title");
    assert_null(doc->title.text);
    t_free(doc);
    free(text);
}

static void title_none_when_prose_starts_at_once(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Inspectors visited the service in May. They looked at 60 cases and spoke to staff, "
        "managers and partners. Most cases were well managed, but risk assessments were often "
        "late and plans were rarely reviewed when circumstances changed for the people concerned.\n"
        "\n"
        "Key findings\n"
        "\n"
        "Staff were committed.\n",
        "title");
    assert_null(doc->title.text);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_press_release_first_line),
        cmocka_unit_test(title_keeps_curly_quotes_as_written),
        cmocka_unit_test(title_skips_blog_chrome_before_the_headline),
        cmocka_unit_test(title_skips_email_chrome_and_byline),
        cmocka_unit_test(title_drops_site_name_and_label),
        cmocka_unit_test(title_prefers_a_headline_about_the_inspection),
        cmocka_unit_test(title_skips_breadcrumbs_and_page_labels),
        cmocka_unit_test(title_skips_a_masthead),
        cmocka_unit_test(title_long_first_line_is_not_a_title),
        cmocka_unit_test(title_ten_megabyte_line_is_not_a_title),
        cmocka_unit_test(title_none_when_prose_starts_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
