/* Step 1 of the quotes pipeline: quoted stretches of a block, on texts
 * written for these tests (curly and straight marks, apostrophes, nesting,
 * unclosed and stray marks, pathological input). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extractors/quotes_find.h"
#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_quotes_pieces find_all(ix_doc *doc)
{
    ix_quotes_pieces p = { NULL, 0, 0 };
    ix_err err = {0};
    assert_int_equal(ix_quotes_find_all(doc, &p, &err), IX_OK);
    return p;
}

/* The original bytes of norm range [a, b). */
static const char *orig(const ix_doc *doc, size_t a, size_t b)
{
    return t_src(doc, ix_doc_src_span(doc, a, b));
}

static void find_curly_pair_with_apostrophes_inside(void **state)
{
    (void)state;
    const char *text = "The YOS" RS "s manager said: " LQ "We don" RS "t accept the inspectors" RS
                       " view of our work." RQ " She left.\n";
    ix_doc *doc = t_load(text);
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_int_equal(p.items[0].kind, IX_QUOTES_DOUBLE);
    assert_true(p.items[0].closed);
    assert_string_equal(orig(doc, p.items[0].start, p.items[0].end),
                        LQ "We don" RS "t accept the inspectors" RS " view of our work." RQ);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end),
                        "We don" RS "t accept the inspectors" RS " view of our work.");
    ix_doc_free(doc);
}

static void find_nested_single_stays_inside_double(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Mr Hale said: " LQ "In 2016 we called the work " LS "far from adequate" RS
                       " and little has changed." RQ "\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end),
                        "In 2016 we called the work " LS "far from adequate" RS " and little has changed.");
    ix_doc_free(doc);
}

static void find_single_outer_with_double_inside(void **state)
{
    (void)state;
    ix_doc *doc = t_load("She wrote: " LS "Staff called it " LQ "the hub" RQ " from day one." RS "\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_int_equal(p.items[0].kind, IX_QUOTES_SINGLE);
    assert_true(p.items[0].closed);
    ix_doc_free(doc);
}

static void find_straight_marks_by_their_neighbours(void **state)
{
    (void)state;
    ix_doc *doc = t_load("\"We didn't find the 'hub' model useful,\" the director said, "
                       "\"and the officers' caseloads stayed high.\"\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 2);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end),
                        "We didn't find the 'hub' model useful,");
    assert_string_equal(orig(doc, p.items[1].in_start, p.items[1].in_end),
                        "and the officers' caseloads stayed high.");
    ix_doc_free(doc);
}

static void find_possessive_inside_single_quote_is_not_a_close(void **state)
{
    (void)state;
    ix_doc *doc = t_load("She said: " LS "The officers" RS " caseloads are far too high." RS
                       " Then she left.\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end),
                        "The officers" RS " caseloads are far too high.");
    ix_doc_free(doc);
}

static void find_straight_possessive_plural_is_an_apostrophe(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The inspectors' report on the managers' work was published.\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 0);
    ix_doc_free(doc);
}

static void find_unclosed_quote_ends_with_its_paragraph(void **state)
{
    (void)state;
    const char *text = "Ms Lindqvist said: " LQ "We will improve the quality of supervision.\n\n"
                       "The service has 400 staff.\n";
    ix_doc *doc = t_load(text);
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_false(p.items[0].closed);
    assert_int_equal(p.items[0].block, 0);
    assert_string_equal(orig(doc, p.items[0].start, p.items[0].end),
                        LQ "We will improve the quality of supervision.");
    ix_doc_free(doc);
}

static void find_stray_single_mark_releases_the_quote_inside(void **state)
{
    (void)state;
    /* "‘90s" typed with an opening mark: the double quote after it counts. */
    ix_doc *doc = t_load("Since the " LS "90s the board has said " LQ "we value our staff" RQ
                       " at every meeting.\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_int_equal(p.items[0].kind, IX_QUOTES_DOUBLE);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end), "we value our staff");
    ix_doc_free(doc);
}

static void find_elided_year_and_primes_are_not_marks(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Back in '19 the wall was 6\xE2\x80\xB2 high and 10\xE2\x80\xB3 thick.\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 0);
    ix_doc_free(doc);
}

static void find_guillemets(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The governor said: \xC2\xAB" "We are proud of our staff.\xC2\xBB\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 1);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end), "We are proud of our staff.");
    ix_doc_free(doc);
}

static void find_new_opening_double_ends_an_unclosed_one(void **state)
{
    (void)state;
    ix_doc *doc = t_load("She said " LQ "we found gaps " LQ "and we told the board." RQ "\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 2);
    assert_false(p.items[0].closed);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end), "we found gaps");
    assert_true(p.items[1].closed);
    ix_doc_free(doc);
}

static void find_skips_marks_without_words_and_lone_closers(void **state)
{
    (void)state;
    ix_doc *doc = t_load("An empty pair " LQ RQ " and a lone closer" RQ " here.\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 0);
    ix_doc_free(doc);
}

static void find_many_marks_on_one_huge_line_is_linear(void **state)
{
    (void)state;
    /* About 6 MB on one line, a mark every few bytes, some never closed. */
    const char *unit[] = { LQ "ab" RQ " ", LS "cd" RS " x ", "\"ef\" ", "'gh ", LS "9 ", "it's " };
    size_t cap = 6u << 20, n = 0;
    char *text = malloc(cap + 64);
    assert_non_null(text);
    for (size_t k = 0; n < cap; k++) {
        const char *u = unit[k % 6];
        size_t l = strlen(u);
        memcpy(text + n, u, l);
        n += l;
    }
    text[n++] = '\n';
    text[n] = '\0';
    ix_doc *doc = t_load(text);
    clock_t t0 = clock();
    ix_quotes_pieces p = find_all(doc);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(p.n > 100000);
    assert_true(secs < 10.0);
    ix_doc_free(doc);
    free(text);
}

/* An opening mark typed with a space after it, where speech begins: still
 * a quotation, curly or straight.  A spaced mark with no closing mark after
 * it in the block, or not where speech begins, opens nothing. */
static void find_opening_mark_with_a_space_inside(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Pat Gorse, union organiser, said: " LQ " this plan is overdue and staff "
                         "know it." RQ "\n\nThe warden added: \" We will be ready.\"\n");
    ix_quotes_pieces p = find_all(doc);
    assert_int_equal(p.n, 2);
    assert_true(p.items[0].closed);
    assert_string_equal(orig(doc, p.items[0].in_start, p.items[0].in_end),
                        "this plan is overdue and staff know it.");
    assert_string_equal(orig(doc, p.items[1].in_start, p.items[1].in_end), "We will be ready.");
    ix_doc_free(doc);

    doc = t_load("Pat Gorse said: " LQ " this plan is overdue.\n\nRooms were clean " LQ " and "
                 "dry, the warden said." RQ "\n");
    p = find_all(doc);
    assert_int_equal(p.n, 0);
    ix_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(find_curly_pair_with_apostrophes_inside),
        cmocka_unit_test(find_nested_single_stays_inside_double),
        cmocka_unit_test(find_single_outer_with_double_inside),
        cmocka_unit_test(find_straight_marks_by_their_neighbours),
        cmocka_unit_test(find_possessive_inside_single_quote_is_not_a_close),
        cmocka_unit_test(find_straight_possessive_plural_is_an_apostrophe),
        cmocka_unit_test(find_unclosed_quote_ends_with_its_paragraph),
        cmocka_unit_test(find_stray_single_mark_releases_the_quote_inside),
        cmocka_unit_test(find_elided_year_and_primes_are_not_marks),
        cmocka_unit_test(find_guillemets),
        cmocka_unit_test(find_new_opening_double_ends_an_unclosed_one),
        cmocka_unit_test(find_skips_marks_without_words_and_lone_closers),
        cmocka_unit_test(find_many_marks_on_one_huge_line_is_linear),
        cmocka_unit_test(find_opening_mark_with_a_space_inside),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
