/* Subjects: a body's own page that says it was inspected in the
 * first person, and sixth form colleges, on texts written for these tests
 * (invented places and bodies). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/subjects.h"
#include "tests/unit/support.h"
#include "tests/unit/subject_support.h"

/* "we were inspected by", "we had the inspection", "our latest Ofsted
 * inspection": the page's own body (SELF_RATED, find_self) */
static void subjects_a_page_inspected_in_the_first_person_is_about_itself(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "News from Brackenfold\n"
        "\n"
        "We were inspected by the Care Quality Commission in March and the report came out "
        "this week. Everyone at the home worked hard to get ready.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "the home");
    assert_string_equal(subj(doc, 0)->type, "other");
    t_free(doc);

    doc = t_extract(
        "A letter from the head\n"
        "\n"
        "Our latest Ofsted inspection took place over two days in June. Parents told the "
        "inspectors how much their children enjoy coming to the school.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "the school");
    t_free(doc);

    doc = t_extract(
        "Staff news\n"
        "\n"
        "Last week we had the Ofsted inspection we had been waiting for, and the staff at the "
        "nursery could not have done more.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "the nursery");
    t_free(doc);

    doc = t_extract(
        "Practice news\n"
        "\n"
        "Our recent inspection by the Care Quality Commission went well. Patients told "
        "inspectors the surgery was friendly and easy to reach.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "the surgery");
    t_free(doc);
}

/* the inspectorate's own "our inspection", "our inspectors" says nothing of
 * a body; nor does a page that never says it was inspected */
static void subjects_an_inspectorates_own_inspection_is_no_self_page(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Care Quality Commission: annual findings\n"
        "\n"
        "Our inspection of care across the region found that staffing was thin. Our "
        "inspectors visited the home and the hospital on several occasions.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);

    doc = t_extract(
        "Summer fair\n"
        "\n"
        "We were delighted to welcome families to the school for our summer fair, and we "
        "had the best weather of the year.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);

    /* an inspectorate's team or programme is not its inspection */
    doc = t_extract(
        "Care Quality Commission update\n"
        "\n"
        "This spring we had an inspection team in the north for the first time, and the home "
        "visits went well.\n");
    assert_int_equal(doc->subjects.n, 0);
    t_free(doc);
}

/* "Sixth Form College" is one head: the ordinal does not cut the name */
static void subjects_a_sixth_form_college_keeps_its_name(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Ofsted rates Marlbeck Sixth Form College good\n"
        "\n"
        "Ofsted has rated Marlbeck Sixth Form College 'Good' in every area after its "
        "inspection in May.\n");
    assert_non_null(named(doc, "Marlbeck Sixth Form College"));
    assert_null(named(doc, "Form College"));
    t_free(doc);

    /* a year group is no body */
    doc = t_extract(
        "Results day at Fenby Academy\n"
        "\n"
        "Ofsted has rated Fenby Academy 'Good'. Sixth form students celebrated their results "
        "on Thursday.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->name, "Fenby Academy");
    t_free(doc);
}

/* "HMP Fenwick: Full Prison Inspection": a kind of inspection before
 * "Prison Inspection" is no prison's name (INSPECTION_KINDS); a name
 * there is one */
static void subjects_a_kind_of_inspection_names_no_prison(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Prison reports this quarter\n"
        "\n"
        "In the autumn HM Inspectorate of Prisons published its plan for the next three years.\n"
        "\n"
        "HMP Fenwick: Full Prison Inspection\n"
        "\n"
        "On 3 October a report of HMP Fenwick was published. Too many men spent most of the "
        "day in their cells.\n");
    assert_non_null(named(doc, "HM Prison Fenwick"));
    assert_null(named(doc, "HM Prison Full"));
    assert_int_equal(doc->subjects.n, 1);
    t_free(doc);

    doc = t_extract(
        "Tarnwell Prison Inspection published\n"
        "\n"
        "HM Inspectorate of Prisons has published its report on Tarnwell Prison, where "
        "inspectors found that safety had declined.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(subj(doc, 0)->type, "prison");
    assert_non_null(strstr(subj(doc, 0)->name, "Tarnwell"));
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subjects_a_page_inspected_in_the_first_person_is_about_itself),
        cmocka_unit_test(subjects_an_inspectorates_own_inspection_is_no_self_page),
        cmocka_unit_test(subjects_a_sixth_form_college_keeps_its_name),
        cmocka_unit_test(subjects_a_kind_of_inspection_names_no_prison),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
