/* Subjects, round 10: more heads of bodies inspected and more verbs of a
 * list rated each, on texts written for these tests (invented places,
 * providers and companies). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/subjects.h"
#include "tests/unit/support.h"
#include "tests/unit/subject_support.h"

/* "both achieved", "who both hopped from a grade three": a list rated
 * each by a verb of a grade kept or moved (EACH_RATED) */
static void subjects_a_list_that_both_achieved_or_moved(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Colleges climb in latest Ofsted round\n"
        "\n"
        "New reports for Harlow Vale College and Penmarsh College record a "
        "step up to grade two.\n"
        "\n"
        "Further north, inspectors visited in the autumn.\n"
        "\n"
        "And Tarnby College and Ossery College both achieved the same step up in reports "
        "published late last month.\n");
    assert_non_null(named(doc, "Tarnby College"));
    assert_non_null(named(doc, "Ossery College"));
    t_free(doc);

    doc = t_extract(
        "Colleges climb in latest Ofsted round\n"
        "\n"
        "New reports for Harlow Vale College and Penmarsh College record a "
        "step up to grade two.\n"
        "\n"
        "Further north, inspectors visited in the autumn.\n"
        "\n"
        "Tarnby College and Ossery College both moved offices over the summer.\n");
    assert_non_null(named(doc, "Harlow Vale College"));
    assert_null(named(doc, "Tarnby College"));
    assert_null(named(doc, "Ossery College"));
    t_free(doc);
}

/* An ambulance service, a detention centre, police custody suites (before
 * or after their place), approved premises */
static void subjects_ambulance_detention_custody_and_premises(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "CQC publishes inspection report into Fenland Ambulance Service\n"
        "\n"
        "The Care Quality Commission has published its report following a planned inspection "
        "of Fenland Ambulance Service in May.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Fenland Ambulance Service");
    assert_string_equal(subj(doc, 0)->type, "other");
    t_free(doc);

    doc = t_extract(
        "Damning report on Larkmoor detention centre\n"
        "\n"
        "HM Inspectorate of Prisons found that detainees at Larkmoor detention centre felt "
        "unsafe and were held for too long.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Larkmoor detention centre");
    assert_string_equal(subj(doc, 0)->type, "prison");
    t_free(doc);

    doc = t_extract(
        "Report on an unannounced inspection visit to police custody suites in Wexmoor and "
        "Dunchester by HM Inspectorate of Prisons and HM Inspectorate of Constabulary\n"
        "\n"
        "Inspectors found that detainees in Wexmoor and Dunchester police custody suites were "
        "treated with respect.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Wexmoor and Dunchester police custody suites");
    assert_string_equal(subj(doc, 0)->type, "other");
    t_free(doc);

    doc = t_extract(
        "First approved premises inspection\n"
        "\n"
        "HM Inspectorate of Probation is pleased to say that Brackenhill Approved Premises, the "
        "first service inspected in the programme, has been rated 'Good'.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Brackenhill Approved Premises");
    t_free(doc);
}

/* Near misses: a head with no name before it, custody suites of no place */
static void subjects_heads_without_a_name_name_nobody(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Detention under scrutiny\n"
        "\n"
        "HM Inspectorate of Prisons said a detention centre should never hold people for "
        "months, and that the police custody suites in the county were cramped.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);
}

/* Learning providers named after the noun that introduces them, in an
 * education inspectorate's document (find_providers) */
static void subjects_a_learning_provider_named_after_its_noun(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Ofsted round-up: grades for three providers\n"
        "\n"
        "Ofsted has published reports on Harlow Vale College, which kept its 'good' grade, "
        "and on two others.\n"
        "\n"
        "The college's leaders were praised for their work with employers.\n"
        "\n"
        "Meanwhile, Marlshire-based independent learning provider Oakfield Skills and "
        "Training was hit with an 'inadequate' grade across the board.\n"
        "\n"
        "It was better news for two private providers: Penrose Skills for Work and "
        "Tarnfield Learning Solutions, who both moved up from grade three to grade two.\n");
    assert_non_null(named(doc, "Harlow Vale College"));
    assert_non_null(named(doc, "Oakfield Skills and Training"));
    assert_non_null(named(doc, "Penrose Skills for Work"));
    assert_non_null(named(doc, "Tarnfield Learning Solutions"));
    assert_string_equal(named(doc, "Oakfield Skills and Training")->type, "other");
    t_free(doc);

    /* a care regulator's provider runs the home: not a body inspected here */
    doc = t_extract(
        "Care home rated inadequate\n"
        "\n"
        "The Care Quality Commission has rated Larchmere Care Home 'inadequate'.\n"
        "\n"
        "The home is run by care provider Fenby Living, which was given an 'inadequate' "
        "rating for another of its homes last year.\n");
    assert_non_null(named(doc, "Larchmere Care Home"));
    assert_null(named(doc, "Fenby Living"));
    t_free(doc);
}

/* Counts, a report's parts and inspectorates' names are never a body's
 * name (STOP) */
static void subjects_counts_contents_and_inspectorates_name_nobody(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Report on an unannounced inspection of HMYOI Tarnwell by HM Chief Inspector of "
        "Prisons\n"
        "\n"
        "HMYOI Tarnwell Contents Introduction 5 Fact page 7 About this inspection 9\n"
        "\n"
        "Inspectors found that HMYOI Tarnwell was safer than at its last inspection.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "HM Young Offender Institution Tarnwell");
    t_free(doc);

    doc = t_extract(
        "Eleven YOTs were inspected in the first stage of the programme, which was run by HM "
        "Inspectorate of Probation.\n"
        "\n"
        "Most had improved since their last inspections.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);

    doc = t_extract(
        "Cabinet report: school inspections\n"
        "\n"
        "In September the Estyn School Inspection Framework was introduced. Estyn inspected "
        "Ysgol Bryn Tarw in the spring and judged it good.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Ysgol Bryn Tarw");
    t_free(doc);
}

/* A bare acronym before a noun of the kind's rules or money names the kind
 * (GENERIC_NOUNS): "new YOT standards", "CRC income" */
static void subjects_the_kinds_standards_and_income_name_nobody(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Newsletter: spending review and new YOT standards\n"
        "\n"
        "The inspectorate said CRC income had fallen short of forecasts, and that new YOT "
        "standards would be published in the spring.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);

    doc = t_extract(
        "Youth justice in Marlcombe\n"
        "\n"
        "HM Inspectorate of Probation has inspected Marlcombe Youth Offending Team (YOT). "
        "The YOT was rated 'Good' and its standards of work were high.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->type, "yos");
    t_free(doc);
}

/* Siblings of the heads above: a fire brigade, a health and social care
 * trust, a pre-school or playgroup */
static void subjects_a_brigade_a_care_trust_and_a_pre_school(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Marlcombe Fire Brigade told to improve\n"
        "\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services has rated Marlcombe Fire "
        "Brigade 'requires improvement' at keeping people safe.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Marlcombe Fire Brigade");
    t_free(doc);

    doc = t_extract(
        "Inspection of Lough Fenby Health and Social Care Trust\n"
        "\n"
        "Inspectors found that Lough Fenby Health and Social Care Trust had improved its "
        "emergency care.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Lough Fenby Health and Social Care Trust");
    t_free(doc);

    doc = t_extract(
        "Ofsted praises village playgroup\n"
        "\n"
        "Ofsted has rated Little Wrens Pre-School outstanding, and inspectors said pre-school "
        "children in the village were well prepared for school.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Little Wrens Pre-School");
    t_free(doc);
}

/* A body's own page rated in the first person (find_self, select_self):
 * its name for itself, else "we"; not the inspectorate's own "we rated" */
static void subjects_a_page_rated_in_the_first_person_is_about_itself(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Our inspection results\n"
        "\n"
        "Following a visit from the Care Quality Commission in the spring, we have been rated "
        "'Good' overall. Thank you to everyone who works for the trust and to our patients.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "the trust");
    assert_string_equal(subj(doc, 0)->type, "other");
    t_free(doc);

    doc = t_extract(
        "How are we doing?\n"
        "\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services rated us as 'Good' in "
        "every area it looked at, and we will keep improving.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "us");
    t_free(doc);

    /* the inspectorate speaking: "we rated", "we found" */
    doc = t_extract(
        "Inspection findings\n"
        "\n"
        "The Care Quality Commission said: we rated the service as good overall and we found "
        "that people were kept safe.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);

    /* a named body is the subject: the first person adds none */
    doc = t_extract(
        "Larchmere Surgery rated outstanding\n"
        "\n"
        "The Care Quality Commission has rated Larchmere Surgery 'Outstanding'. The practice "
        "manager said: we have been rated outstanding thanks to our staff.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Larchmere Surgery");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subjects_a_list_that_both_achieved_or_moved),
        cmocka_unit_test(subjects_ambulance_detention_custody_and_premises),
        cmocka_unit_test(subjects_heads_without_a_name_name_nobody),
        cmocka_unit_test(subjects_a_learning_provider_named_after_its_noun),
        cmocka_unit_test(subjects_counts_contents_and_inspectorates_name_nobody),
        cmocka_unit_test(subjects_the_kinds_standards_and_income_name_nobody),
        cmocka_unit_test(subjects_a_brigade_a_care_trust_and_a_pre_school),
        cmocka_unit_test(subjects_a_page_rated_in_the_first_person_is_about_itself),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
