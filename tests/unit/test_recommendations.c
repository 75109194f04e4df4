/* tests/unit/test_recommendations.c -- how many recommendations a report
 * makes, and the listed ones, on releases written for these tests. */
#include "tests/unit/support.h"

#include <string.h>

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "recommendations");
}

static void check_count(const ix_doc *doc, long count, const char *evidence, const char *rule)
{
    const ix_recommendations *r = &doc->recommendations;
    assert_true(r->present);
    assert_int_equal(r->count, count);
    assert_string_equal(t_src(doc, r->span), evidence);
    assert_non_null(r->rule);
    if (rule)
        assert_string_equal(r->rule, rule);
}

static void check_item(const ix_doc *doc, size_t i, const char *evidence)
{
    assert_true(i < doc->recommendations.items.n);
    assert_string_equal(t_src(doc, doc->recommendations.items.items[i].span), evidence);
}

/* ---- counts ---------------------------------------------------------- */

static void recommendations_reads_we_have_made_a_number_word(void **state)
{
    (void)state;
    ix_doc *doc = run("The Chief Inspector said: \"We have made eight recommendations that "
                      "should help the service improve.\"\n");
    check_count(doc, 8, "eight recommendations", "recommendations.made_count");
    assert_int_equal(doc->recommendations.items.n, 0);
    t_free(doc);
}

static void recommendations_reads_digits_and_other_makers(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        long count;
        const char *evidence;
    } cases[] = {
        {"Inspectors made 11 recommendations to the trust.\n", 11, "11 recommendations"},
        {"The report makes twelve recommendations for the council.\n", 12,
         "twelve recommendations"},
        {"The inspectorate has made one recommendation.\n", 1, "one recommendation"},
        {"The report sets out a total of nine key recommendations.\n", 9,
         "nine key recommendations"},
        {"HMI Probation's report includes twenty-one recommendations.\n", 21,
         "twenty-one recommendations"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_doc *doc = run(cases[i].text);
        check_count(doc, cases[i].count, cases[i].evidence, "recommendations.made_count");
        t_free(doc);
    }
}

static void recommendations_reads_the_passive_and_there_are(void **state)
{
    (void)state;
    ix_doc *doc = run("Ten recommendations have been made to help the PDU improve.\n");
    check_count(doc, 10, "Ten recommendations", "recommendations.made_passive");
    t_free(doc);
    doc = run("There are 14 recommendations in the report.\n");
    check_count(doc, 14, "14 recommendations", "recommendations.there_are");
    t_free(doc);
}

/* "no recommendations" is a count of none; another report's none is not */
static void recommendations_reads_none_made(void **state)
{
    (void)state;
    ix_doc *doc = run("The report makes no recommendations, as the service is doing well.\n");
    check_count(doc, 0, "no recommendations", "recommendations.made_count");
    t_free(doc);
    doc = run("No recommendations were made.\n");
    check_count(doc, 0, "No recommendations", "recommendations.made_passive");
    t_free(doc);
    doc = run("Inspectors made no new recommendations as the previous ones had been met.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

static void recommendations_reads_issued_and_the_following(void **state)
{
    (void)state;
    ix_doc *doc = run("Twelve recommendations for improvement were issued to the council.\n");
    check_count(doc, 12, "Twelve recommendations", "recommendations.made_passive");
    t_free(doc);
    doc = run("The report made the following five recommendations:\n\n"
              "1. Improve the quality of plans.\n2. Review cases more often.\n");
    check_count(doc, 5, "five recommendations", "recommendations.made_count");
    t_free(doc);
    doc = run("The inspectorate issued nine recommendations to the trust.\n");
    check_count(doc, 9, "nine recommendations", "recommendations.made_count");
    t_free(doc);
}

static void recommendations_keeps_the_first_count(void **state)
{
    (void)state;
    ix_doc *doc = run("We have made six recommendations.\n\n"
                      "Leaders also need to make better use of data, and we make three "
                      "recommendations about that.\n");
    check_count(doc, 6, "six recommendations", NULL);
    t_free(doc);
}

/* ---- not counts -------------------------------------------------------- */

static void recommendations_ignores_other_reports_and_earlier_inspections(void **state)
{
    (void)state;
    ix_doc *doc = run("She urged the trust to consider the recommendations of the recently "
                      "published thematic report on resettlement. All previous recommendations "
                      "had been met. At the last inspection we made eight recommendations, and "
                      "five have been achieved. Last year inspectors made nine recommendations. "
                      "The council made it clear that recommendations "
                      "would be welcome.\n");
    assert_false(doc->recommendations.present);
    assert_int_equal(doc->recommendations.items.n, 0);
    t_free(doc);
}

static void recommendations_ignores_counts_in_furniture(void **state)
{
    (void)state;
    ix_doc *doc = run("Dunmore YJS praised by inspectors\n\n"
                      "Inspectors found a well-run service.\n\n"
                      "Leave a Reply\n\n"
                      "They made five recommendations last time and nothing changed.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

/* ---- lists ----------------------------------------------------------- */

static void recommendations_lists_numbered_items_after_recommends_that(void **state)
{
    (void)state;
    ix_doc *doc = run("Westmarch PDU must act on risk\n\n"
                      "HM Inspectorate of Probation recommends that the PDU head:\n\n"
                      "1. reviews every case without a risk assessment;\n"
                      "2. makes sure home visits take place when they are needed; and\n"
                      "3. improves links with children's services.\n\n"
                      "ENDS\n");
    const ix_recommendations *r = &doc->recommendations;
    assert_true(r->present);
    assert_int_equal(r->count, -1);
    assert_string_equal(r->rule, "recommendations.list_intro");
    assert_int_equal(r->items.n, 3);
    check_item(doc, 0, "reviews every case without a risk assessment");
    check_item(doc, 1, "makes sure home visits take place when they are needed");
    check_item(doc, 2, "improves links with children's services");
    t_free(doc);
}

static void recommendations_lists_bullets_with_a_stated_count(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors made three recommendations. Our recommendations are:\n\n"
                      "\xE2\x80\xA2 train staff in domestic abuse work\n"
                      "\xE2\x80\xA2 clear the backlog of unpaid work hours\n"
                      "\xE2\x80\xA2 publish a plan for premises\n\n"
                      "The service has accepted them.\n");
    check_count(doc, 3, "three recommendations", "recommendations.made_count");
    assert_int_equal(doc->recommendations.items.n, 3);
    check_item(doc, 0, "train staff in domestic abuse work");
    check_item(doc, 1, "clear the backlog of unpaid work hours");
    check_item(doc, 2, "publish a plan for premises");
    t_free(doc);
}

static void recommendations_lists_items_after_should_once_recommendations_are_mentioned(void **state)
{
    (void)state;
    ix_doc *doc = run("We have made four recommendations. The regional director should:\n\n"
                      "1. fill vacant posts\n"
                      "2. reduce caseloads\n\n"
                      "The local authority should:\n\n"
                      "3. share information promptly\n"
                      "4. attend planning meetings\n");
    check_count(doc, 4, "four recommendations", NULL);
    assert_int_equal(doc->recommendations.items.n, 4);
    check_item(doc, 0, "fill vacant posts");
    check_item(doc, 3, "attend planning meetings");
    t_free(doc);
}

static void recommendations_lists_items_under_a_heading(void **state)
{
    (void)state;
    ix_doc *doc = run("Key recommendations\n\n"
                      "- Improve the quality of assessments\n"
                      "- Strengthen management oversight\n");
    const ix_recommendations *r = &doc->recommendations;
    assert_true(r->present);
    assert_int_equal(r->count, -1);
    assert_string_equal(r->rule, "recommendations.list_heading");
    assert_int_equal(r->items.n, 2);
    check_item(doc, 0, "Improve the quality of assessments");
    check_item(doc, 1, "Strengthen management oversight");
    t_free(doc);
}

static void recommendations_ignores_lists_that_are_not_recommendations(void **state)
{
    (void)state;
    ix_doc *doc = run("The main findings for the service were:\n\n"
                      "\xE2\x80\xA2 Leaders were visible.\n"
                      "\xE2\x80\xA2 Staff were well trained.\n\n"
                      "Inspectors said the service should:\n\n"
                      "\xE2\x80\xA2 keep going\n\n"
                      "Notes to editors\n\n"
                      "1. The report is published today.\n");
    assert_false(doc->recommendations.present);
    assert_int_equal(doc->recommendations.items.n, 0);
    t_free(doc);
}

static void recommendations_is_absent_without_a_count_or_list(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors praised the team, which had acted on earlier advice.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

static void recommendations_reads_the_count_as_the_reports_contents(void **state)
{
    (void)state;
    ix_doc *doc = run("The union will discuss the seven recommendations for improvement contained "
                      "in the report with the company.\n");
    check_count(doc, 7, "seven recommendations for improvement contained in the report",
                "recommendations.in_report");
    t_free(doc);
    doc = run("The council accepted the 12 recommendations in its inspection report.\n");
    check_count(doc, 12, "12 recommendations in its inspection report", "recommendations.in_report");
    t_free(doc);
    /* another report's: not this report's count */
    doc = run("Only the three recommendations in the last report were met.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
    /* no number: no count */
    doc = run("The board welcomed the recommendations in the report.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

/* The other verbs of a report's contents, active and passive, and a count
 * further on in a clause whose first verb holds none. */
static void recommendations_reads_other_verbs_of_a_reports_contents(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        long count;
        const char *evidence;
    } cases[] = {
        {"The report outlines nine recommendations for Westmoor YJS.\n", 9,
         "nine recommendations"},
        {"Inspectors identified 14 recommendations for the partnership.\n", 14,
         "14 recommendations"},
        {"The inspectorate proposes five key recommendations.\n", 5, "five key recommendations"},
        {"Seven recommendations were outlined in the report.\n", 7, "Seven recommendations"},
        {"Eleven recommendations were highlighted for the Ravensby partnership.\n", 11,
         "Eleven recommendations"},
        {"Four recommendations have been produced for the home.\n", 4, "Four recommendations"},
        {"Their report highlighted gaps in planning, making ten recommendations.\n", 10,
         "ten recommendations"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_doc *doc = run(cases[i].text);
        check_count(doc, cases[i].count, cases[i].evidence, NULL);
        t_free(doc);
    }
    /* near misses: no number after the verb, and another report's count */
    ix_doc *doc = run("The council highlighted the recommendations it accepted.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
    doc = run("The last report identified 12 recommendations for the service.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
    doc = run("Twelve recommendations were highlighted at the previous inspection.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

/* A verb of having or receiving before the count: the report's own count
 * as its subject states it.  Near miss: a count an earlier report had. */
static void recommendations_reads_verbs_of_having_and_receiving(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        long count;
        const char *evidence;
    } cases[] = {
        {"As you can see, we have three recommendations: one is to widen the reading club.\n", 3,
         "three recommendations"},
        {"Brackenfold Primary received four recommendations from the inspectors.\n", 4,
         "four recommendations"},
        {"The report has 12 recommendations for the Ashwell partnership.\n", 12,
         "12 recommendations"},
        {"The Chief Inspector said: \"We have made nine recommendations.\"\n", 9,
         "nine recommendations"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_doc *doc = run(cases[i].text);
        check_count(doc, cases[i].count, cases[i].evidence, "recommendations.made_count");
        t_free(doc);
    }
    ix_doc *doc = run("The previous report had 10 recommendations for the home.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
    doc = run("The school has recommendations to act on.\n");
    assert_false(doc->recommendations.present);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(recommendations_reads_other_verbs_of_a_reports_contents),
        cmocka_unit_test(recommendations_reads_verbs_of_having_and_receiving),
        cmocka_unit_test(recommendations_reads_the_count_as_the_reports_contents),
        cmocka_unit_test(recommendations_reads_we_have_made_a_number_word),
        cmocka_unit_test(recommendations_reads_digits_and_other_makers),
        cmocka_unit_test(recommendations_reads_the_passive_and_there_are),
        cmocka_unit_test(recommendations_reads_none_made),
        cmocka_unit_test(recommendations_reads_issued_and_the_following),
        cmocka_unit_test(recommendations_keeps_the_first_count),
        cmocka_unit_test(recommendations_ignores_other_reports_and_earlier_inspections),
        cmocka_unit_test(recommendations_ignores_counts_in_furniture),
        cmocka_unit_test(recommendations_lists_numbered_items_after_recommends_that),
        cmocka_unit_test(recommendations_lists_bullets_with_a_stated_count),
        cmocka_unit_test(recommendations_lists_items_after_should_once_recommendations_are_mentioned),
        cmocka_unit_test(recommendations_lists_items_under_a_heading),
        cmocka_unit_test(recommendations_ignores_lists_that_are_not_recommendations),
        cmocka_unit_test(recommendations_is_absent_without_a_count_or_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
