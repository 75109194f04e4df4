/* tests/unit/test_figures.c -- percentages and proportions, on releases
 * written for these tests. */
#include "tests/unit/support.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/numbers.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "figures");
}

/* Assert figure i: value, kind, approx and the evidence as written. */
static void check(const ix_doc *doc, size_t i, double value, const char *kind,
                  ix_approx approx, const char *evidence, const char *rule)
{
    assert_true(i < doc->figures.n);
    const ix_figure *f = &doc->figures.items[i];
    if (fabs(f->value - value) > 1e-9)
        fail_msg("figure %zu: value %g, expected %g (%s)", i, f->value, value, evidence);
    assert_string_equal(f->kind, kind);
    assert_string_equal(ix_numbers_approx_name(f->approx), ix_numbers_approx_name(approx));
    assert_string_equal(t_src(doc, f->span), evidence);
    if (rule)
        assert_string_equal(f->rule, rule);
    assert_non_null(f->rule);
}

static void figures_reads_per_cent_and_percent_sign(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel Youth Justice Service improves\n\n"
                      "Inspectors found that 37 per cent of children had a sound plan, "
                      "while 62% were seen within five days. Only 8.5 percent waited longer "
                      "than a month.\n");
    assert_int_equal(doc->figures.n, 3);
    check(doc, 0, 0.37, "percent", IX_APPROX_EXACT, "37 per cent", "figures.per_cent");
    check(doc, 1, 0.62, "percent", IX_APPROX_EXACT, "62%", "figures.percent_sign");
    check(doc, 2, 0.085, "percent", IX_APPROX_EXACT, "8.5 percent", "figures.per_cent");
    t_free(doc);
}

static void figures_reads_per_cent_in_words_with_qualifier(void **state)
{
    (void)state;
    ix_doc *doc = run("In just under forty per cent of the cases we read, the risk "
                      "of harm had been reviewed; in over 70 % of them it had not been shared.\n");
    assert_int_equal(doc->figures.n, 2);
    check(doc, 0, 0.4, "percent", IX_APPROX_NEARLY, "just under forty per cent", NULL);
    check(doc, 1, 0.7, "percent", IX_APPROX_MORE_THAN, "over 70 %", NULL);
    t_free(doc);
}

static void figures_reads_n_in_m_and_n_out_of_m(void **state)
{
    (void)state;
    ix_doc *doc = run("Three in ten people had stable housing. Seven out of ten were "
                      "unemployed, and nearly one in every four had no GP. Only 2 in 5 "
                      "assessments used police information.\n");
    assert_int_equal(doc->figures.n, 4);
    check(doc, 0, 0.3, "ratio", IX_APPROX_EXACT, "Three in ten", "figures.n_in_m");
    check(doc, 1, 0.7, "ratio", IX_APPROX_EXACT, "Seven out of ten", "figures.n_out_of_m");
    check(doc, 2, 0.25, "ratio", IX_APPROX_NEARLY, "nearly one in every four", NULL);
    check(doc, 3, 0.4, "ratio", IX_APPROX_EXACT, "2 in 5", NULL);
    t_free(doc);
    /* "out of the": the denominator after the article */
    doc = run("Only 17 out of the 60 cases had a plan. One in the morning was late.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.283, "ratio", IX_APPROX_EXACT, "17 out of the 60", "figures.n_out_of_m");
    t_free(doc);
    /* a rare tiny ratio keeps its value */
    doc = run("The risk was put at one in ten thousand.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.0001, "ratio", IX_APPROX_EXACT, "one in ten thousand", NULL);
    t_free(doc);
}

static void figures_keeps_ratio_and_percentage_side_by_side(void **state)
{
    (void)state;
    ix_doc *doc = run("Just six in ten (58 per cent) of those released had somewhere to live.\n");
    assert_int_equal(doc->figures.n, 2);
    check(doc, 0, 0.6, "ratio", IX_APPROX_EXACT, "six in ten", NULL);
    check(doc, 1, 0.58, "percent", IX_APPROX_EXACT, "58 per cent", NULL);
    t_free(doc);
}

static void figures_reads_fraction_words(void **state)
{
    (void)state;
    ix_doc *doc = run("A fifth of the sample were women. One-third had a mental health need, "
                      "two thirds had used drugs, and three-quarters were unemployed. "
                      "A quarter of cases were reviewed. Half of them had moved.\n");
    assert_int_equal(doc->figures.n, 6);
    check(doc, 0, 0.2, "fraction", IX_APPROX_EXACT, "A fifth", "figures.fraction_word");
    check(doc, 1, 0.333, "fraction", IX_APPROX_EXACT, "One-third", NULL);
    check(doc, 2, 0.667, "fraction", IX_APPROX_EXACT, "two thirds", NULL);
    check(doc, 3, 0.75, "fraction", IX_APPROX_EXACT, "three-quarters", NULL);
    check(doc, 4, 0.25, "fraction", IX_APPROX_EXACT, "A quarter", NULL);
    check(doc, 5, 0.5, "fraction", IX_APPROX_EXACT, "Half", NULL);
    t_free(doc);
}

static void figures_keeps_the_qualifier_of_a_fraction(void **state)
{
    (void)state;
    ix_doc *doc = run("Almost half of the staff were new. More than half the cases lacked a plan, "
                      "nearly one fifth had no review, about a third were late and just over "
                      "a quarter were closed early. Fewer than half were seen at home.\n");
    assert_int_equal(doc->figures.n, 6);
    check(doc, 0, 0.5, "fraction", IX_APPROX_NEARLY, "Almost half", NULL);
    check(doc, 1, 0.5, "fraction", IX_APPROX_MORE_THAN, "More than half", NULL);
    check(doc, 2, 0.2, "fraction", IX_APPROX_NEARLY, "nearly one fifth", NULL);
    check(doc, 3, 0.333, "fraction", IX_APPROX_ABOUT, "about a third", NULL);
    check(doc, 4, 0.25, "fraction", IX_APPROX_MORE_THAN, "just over a quarter", NULL);
    check(doc, 5, 0.5, "fraction", IX_APPROX_LESS_THAN, "Fewer than half", NULL);
    t_free(doc);
}

/* Comparison words qualify a figure: "above", "greater than", "close to",
 * "no more than"; a comparison word not before a number qualifies nothing. */
static void figures_reads_comparison_qualifiers(void **state)
{
    (void)state;
    ix_doc *doc = run("Some officers worked above 110% of their target and close to 40 per cent "
                      "of plans were late. No more than 15% of the hostel staff had training.\n");
    assert_int_equal(doc->figures.n, 3);
    check(doc, 0, 1.1, "percent", IX_APPROX_MORE_THAN, "above 110%", NULL);
    check(doc, 1, 0.4, "percent", IX_APPROX_NEARLY, "close to 40 per cent", NULL);
    check(doc, 2, 0.15, "percent", IX_APPROX_LESS_THAN, "No more than 15%", NULL);
    t_free(doc);
    /* near miss: "above the average" before a figure does not qualify it */
    doc = run("Marlow was above the average, with 62% of cases reviewed.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.62, "percent", IX_APPROX_EXACT, "62%", NULL);
    t_free(doc);
}

/* A single fraction before an adverb of frequency or negation, a verb of
 * answering or 'in' ("a fifth in a year") is a proportion; an ordinal
 * before 'in' is not. */
static void figures_reads_a_fraction_before_never_responding_or_in(void **state)
{
    (void)state;
    ix_doc *doc = run("Over a third never saw their officer, more than half responding to the "
                      "survey were positive and recalls rose by nearly a fifth in a year.\n");
    assert_int_equal(doc->figures.n, 3);
    check(doc, 0, 0.333, "fraction", IX_APPROX_MORE_THAN, "Over a third", NULL);
    check(doc, 1, 0.5, "fraction", IX_APPROX_MORE_THAN, "more than half", NULL);
    check(doc, 2, 0.2, "fraction", IX_APPROX_NEARLY, "nearly a fifth", NULL);
    t_free(doc);
    /* near misses: an ordinal rank and a third visit */
    doc = run("Marlow came the fifth in the region, and a third visit in May found more.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

/* A single fraction before a verb of saying or of holding a view, in any
 * of its forms; not before another -ing word ('a third hearing'). */
static void figures_reads_a_fraction_before_a_verb_of_saying(void **state)
{
    (void)state;
    ix_doc *doc = run("At Hollin Lodge over a quarter claiming to feel unsafe were women, "
                      "a fifth describing the food as poor, and half admitted they rarely "
                      "left their cell.\n");
    assert_int_equal(doc->figures.n, 3);
    check(doc, 0, 0.25, "fraction", IX_APPROX_MORE_THAN, "over a quarter", NULL);
    check(doc, 1, 0.2, "fraction", IX_APPROX_EXACT, "a fifth", NULL);
    check(doc, 2, 0.5, "fraction", IX_APPROX_EXACT, "half", NULL);
    t_free(doc);
    doc = run("The panel held a third hearing in May and a fifth meeting in June.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

/* "a quarter of a million" is a count; "a quarter of the million" a share. */
static void figures_a_fraction_of_a_million_is_a_count(void **state)
{
    (void)state;
    ix_doc *doc = run("Nearly a quarter of a million people are on probation, and a third of "
                      "a thousand hostels are full.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
    /* near miss: a share of a stated whole */
    doc = run("A quarter of the million people on probation were seen weekly.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.25, "fraction", IX_APPROX_EXACT, "A quarter", NULL);
    t_free(doc);
}

static void figures_leaves_only_out_of_the_evidence(void **state)
{
    (void)state;
    ix_doc *doc = run("We found only a third had a contingency plan.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.333, "fraction", IX_APPROX_EXACT, "a third", NULL);
    t_free(doc);
}

static void figures_reads_the_percentage_after_nearly_all(void **state)
{
    (void)state;
    ix_doc *doc = run("Almost all the young people (92 per cent) said staff listened to them.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.92, "percent", IX_APPROX_EXACT, "92 per cent", NULL);
    t_free(doc);
}

static void figures_ignores_ordinals_and_compounds(void **state)
{
    (void)state;
    ix_doc *doc = run("Greyfield Justice is the third-largest provider and runs a half-day "
                      "induction. Reports were due on the third of March. This was a third "
                      "inspection of the area, and the fifth in the region. Staff work "
                      "half-time shifts and meet once a quarter. The quarter-final was "
                      "cancelled. The service is a third of the way through its plan.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

static void figures_ignores_periods_durations_and_mixed_numbers(void **state)
{
    (void)state;
    ix_doc *doc = run("In the first half of 2022 the team moved offices, and in the second half "
                      "it recruited. Interviews lasted half an hour. Orders ran for two and a "
                      "half years. Half a million pounds was spent. Reoffending fell by four "
                      "percentage points.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

static void figures_ignores_counts_that_are_not_proportions(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors examined 88 cases in 2021 and interviewed 40 staff. "
                      "Four of the 12 offices were closed; one in 2019 reopened in 2020.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

static void figures_reads_the_body_not_notes_or_furniture(void **state)
{
    (void)state;
    ix_doc *doc = run("Harrowdale PDU told to improve\n\n"
                      "Inspectors found a quarter of cases had no plan.\n\n"
                      "ENDS\n\n"
                      "Notes to editors\n\n"
                      "1. The owner holds about 12% of the national market.\n\n"
                      "Leave a Reply\n\n"
                      "I reckon 90 per cent of officers agree with this.\n");
    assert_int_equal(doc->figures.n, 1);
    check(doc, 0, 0.25, "fraction", IX_APPROX_EXACT, "a quarter", NULL);
    t_free(doc);
}

static void figures_spans_point_into_original_bytes(void **state)
{
    (void)state;
    /* curly quotes and an en dash before the figure shift norm offsets */
    ix_doc *doc = run("\xE2\x80\x9CWe were worried\xE2\x80\x9D \xE2\x80\x93 "
                      "almost two-thirds lacked a plan, and 45\xC2\xA0per cent had none.\n");
    assert_int_equal(doc->figures.n, 2);
    check(doc, 0, 0.667, "fraction", IX_APPROX_NEARLY, "almost two-thirds", NULL);
    check(doc, 1, 0.45, "percent", IX_APPROX_EXACT, "45\xC2\xA0per cent", NULL);
    t_free(doc);
}

static void figures_survives_a_huge_sentence(void **state)
{
    (void)state;
    size_t n = 2 * 1024 * 1024;
    char *big = malloc(n + 64);
    assert_non_null(big);
    for (size_t i = 0; i < n; i += 8)
        memcpy(big + i, "half in ", 8);
    strcpy(big + n, "and 15 per cent.\n");
    ix_doc *doc = run(big);
    /* "half in half in ..." is not a proportion of anything readable */
    assert_true(doc->figures.n >= 1);
    check(doc, doc->figures.n - 1, 0.15, "percent", IX_APPROX_EXACT, "15 per cent", NULL);
    t_free(doc);
    free(big);
}

static void figures_reads_each_form_as_the_only_marker_of_its_sentence(void **state)
{
    (void)state;
    /* each sentence holds just what its figure needs, so the test of which
     * sentences can hold one lets each through */
    ix_doc *doc = run("Twenty-one in a hundred moved. Checks found 3k out of 6k done. "
                      "Some 12 percent stayed. Four-fifths stayed. Nine in 10 left.\n");
    assert_int_equal(doc->figures.n, 5);
    check(doc, 0, 0.21, "ratio", IX_APPROX_EXACT, "Twenty-one in a hundred", "figures.n_in_m");
    check(doc, 1, 0.5, "ratio", IX_APPROX_EXACT, "3k out of 6k", "figures.n_out_of_m");
    check(doc, 2, 0.12, "percent", IX_APPROX_ABOUT, "Some 12 percent", "figures.per_cent");
    check(doc, 3, 0.8, "fraction", IX_APPROX_EXACT, "Four-fifths", "figures.fraction_word");
    check(doc, 4, 0.9, "ratio", IX_APPROX_EXACT, "Nine in 10", "figures.n_in_m");
    t_free(doc);
}

/* The other ways "N out of M" is written: a determiner before the total,
 * one hyphenated word, the thing counted between count and total. */
static void figures_reads_out_of_with_determiner_hyphens_or_a_noun_between(void **state)
{
    (void)state;
    ix_doc *doc = run("Marshfield Youth Justice Service met 9 out of its 16 standards. "
                      "Nationally, seven-out-of-ten teams improved. "
                      "Twenty two wards out of 25 were visited, and 30 rural hubs out of 40 "
                      "had a duty officer.\n");
    assert_int_equal(doc->figures.n, 4);
    check(doc, 0, 0.5625, "ratio", IX_APPROX_EXACT, "9 out of its 16", "figures.n_out_of_m");
    check(doc, 1, 0.7, "ratio", IX_APPROX_EXACT, "seven-out-of-ten", "figures.n_out_of_m");
    check(doc, 2, 0.88, "ratio", IX_APPROX_EXACT, "Twenty two wards out of 25",
          "figures.n_out_of_m");
    check(doc, 3, 0.75, "ratio", IX_APPROX_EXACT, "30 rural hubs out of 40", "figures.n_out_of_m");
    t_free(doc);
}

/* Near misses: more than three words between, a number between (the count
 * belongs to that one), a total no larger than the count, "out of" with no
 * total, a year as total. */
static void figures_ignores_out_of_that_is_no_proportion(void **state)
{
    (void)state;
    ix_doc *doc = run("Six staff from the old north office out of 20 moved. "
                      "Two teams of 5 out of 9 left. "
                      "Twelve cases out of 12 were read. "
                      "Four officers out of work returned. "
                      "Three people out of 2019 records remained.\n");
    assert_int_equal(doc->figures.n, 1);
    /* "5 out of 9" is itself a ratio: only that one is read */
    check(doc, 0, 0.556, "ratio", IX_APPROX_EXACT, "5 out of 9", "figures.n_out_of_m");
    t_free(doc);
}

/* The newspapers' "pc", glued or after a blank, and "n in m" written as one
 * hyphenated word; near misses: "PC Hale" (a constable), "3 PCs", a
 * compound running on after the total ("one-in-ten-year") and a number
 * word after a hyphen inside a longer word ("Thirty-ninety per cent", a
 * typing slip, holds no "ninety per cent"). */
static void figures_reads_pc_and_hyphenated_n_in_m(void **state)
{
    (void)state;
    ix_doc *doc = run("Brackmoor prison told to improve\n\n"
                      "Almost 38pc of men said they felt unsafe, and 6.5 pc had been "
                      "assaulted. Inspectors said a one-in-four failure rate was too high, "
                      "with one-in-every-three plans late.\n");
    assert_int_equal(doc->figures.n, 4);
    check(doc, 0, 0.38, "percent", IX_APPROX_NEARLY, "Almost 38pc", "figures.per_cent");
    check(doc, 1, 0.065, "percent", IX_APPROX_EXACT, "6.5 pc", "figures.per_cent");
    check(doc, 2, 0.25, "ratio", IX_APPROX_EXACT, "one-in-four", "figures.n_in_m");
    check(doc, 3, 0.333, "ratio", IX_APPROX_EXACT, "one-in-every-three", "figures.n_in_m");
    t_free(doc);
    doc = run("Brackmoor prison told to improve\n\n"
              "PC Hale and 3 PCs attended 12 PC sessions. The river has a one-in-ten-year "
              "flood risk. Thirty-ninety per cent of staff were new.\n");
    assert_int_equal(doc->figures.n, 0);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(figures_reads_per_cent_and_percent_sign),
        cmocka_unit_test(figures_reads_per_cent_in_words_with_qualifier),
        cmocka_unit_test(figures_reads_n_in_m_and_n_out_of_m),
        cmocka_unit_test(figures_reads_out_of_with_determiner_hyphens_or_a_noun_between),
        cmocka_unit_test(figures_ignores_out_of_that_is_no_proportion),
        cmocka_unit_test(figures_keeps_ratio_and_percentage_side_by_side),
        cmocka_unit_test(figures_reads_fraction_words),
        cmocka_unit_test(figures_keeps_the_qualifier_of_a_fraction),
        cmocka_unit_test(figures_leaves_only_out_of_the_evidence),
        cmocka_unit_test(figures_reads_the_percentage_after_nearly_all),
        cmocka_unit_test(figures_ignores_ordinals_and_compounds),
        cmocka_unit_test(figures_ignores_periods_durations_and_mixed_numbers),
        cmocka_unit_test(figures_ignores_counts_that_are_not_proportions),
        cmocka_unit_test(figures_reads_comparison_qualifiers),
        cmocka_unit_test(figures_reads_pc_and_hyphenated_n_in_m),
        cmocka_unit_test(figures_a_fraction_of_a_million_is_a_count),
        cmocka_unit_test(figures_reads_a_fraction_before_never_responding_or_in),
        cmocka_unit_test(figures_reads_a_fraction_before_a_verb_of_saying),
        cmocka_unit_test(figures_reads_the_body_not_notes_or_furniture),
        cmocka_unit_test(figures_spans_point_into_original_bytes),
        cmocka_unit_test(figures_survives_a_huge_sentence),
        cmocka_unit_test(figures_reads_each_form_as_the_only_marker_of_its_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
