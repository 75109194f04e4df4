/* tests/unit/test_numbers.c -- the shared number reader, on phrases written
 * for these tests. */
#include "tests/unit/support.h"

#include <string.h>

#include "extractors/numbers.h"

/* Read at the start of s; returns the length read and fills *n. */
static size_t rd(const char *s, ix_number *n)
{
    memset(n, 0, sizeof *n);
    return ix_numbers_read(s, 0, strlen(s), n);
}

/* The text a reading covers, for assertions. */
static const char *covered(const char *s, const ix_number *n)
{
    static char buf[256];
    size_t len = n->end - n->start;
    memcpy(buf, s + n->start, len);
    buf[len] = '\0';
    return buf;
}

static void numbers_reads_digits_with_thousands_commas(void **state)
{
    (void)state;
    ix_number n;
    const char *s = "4,128 people on probation";
    assert_int_equal(rd(s, &n), 5);
    assert_true(n.value == 4128);
    assert_int_equal(n.approx, IX_APPROX_EXACT);
    assert_true(n.grouped);
    assert_string_equal(covered(s, &n), "4,128");

    s = "1,250,000 adults";
    assert_int_equal(rd(s, &n), 9);
    assert_true(n.value == 1250000);
}

static void numbers_reads_plain_digits_and_decimals(void **state)
{
    (void)state;
    ix_number n;
    assert_int_equal(rd("6200 cases", &n), 4);
    assert_true(n.value == 6200);
    assert_int_equal(rd("12.5 per cent", &n), 4);
    assert_true(n.value == 12.5);
    assert_true(n.decimal);
    /* a full stop ending a sentence is not a decimal point */
    assert_int_equal(rd("in 2021.", &n), 0);
    assert_int_equal(ix_numbers_read("2021.", 0, 5, &n), 4);
    assert_true(n.value == 2021);
}

static void numbers_reads_k_and_million_multipliers(void **state)
{
    (void)state;
    ix_number n;
    assert_int_equal(rd("3.2k people", &n), 4);
    assert_true(n.value == 3200);
    assert_int_equal(rd("1.5 million adults", &n), 11);
    assert_true(n.value == 1500000);
    assert_int_equal(rd("2 thousand children", &n), 10);
    assert_true(n.value == 2000);
}

static void numbers_keeps_each_qualifier_as_approx(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        ix_approx approx;
        double value;
    } cases[] = {
        {"about 2,400", IX_APPROX_ABOUT, 2400},
        {"around 900", IX_APPROX_ABOUT, 900},
        {"some 1,700", IX_APPROX_ABOUT, 1700},
        {"approximately 3,050", IX_APPROX_ABOUT, 3050},
        {"more than 6,100", IX_APPROX_MORE_THAN, 6100},
        {"over 820", IX_APPROX_MORE_THAN, 820},
        {"just over 1,000", IX_APPROX_MORE_THAN, 1000},
        {"nearly 14,000", IX_APPROX_NEARLY, 14000},
        {"almost 250", IX_APPROX_NEARLY, 250},
        {"just under 3,000", IX_APPROX_NEARLY, 3000},
        {"under 500", IX_APPROX_LESS_THAN, 500},
        {"fewer than 60", IX_APPROX_LESS_THAN, 60},
        {"less than 75", IX_APPROX_LESS_THAN, 75},
        {"Around eleven", IX_APPROX_ABOUT, 11},
        {"above 120", IX_APPROX_MORE_THAN, 120},
        {"greater than 90", IX_APPROX_MORE_THAN, 90},
        {"close to 40", IX_APPROX_NEARLY, 40},
        {"no more than 15", IX_APPROX_LESS_THAN, 15},
        {"at most 8", IX_APPROX_LESS_THAN, 8},
        {"well below 30", IX_APPROX_LESS_THAN, 30},
        /* the siblings of each class */
        {"a little over 300", IX_APPROX_MORE_THAN, 300},
        {"slightly above 60", IX_APPROX_MORE_THAN, 60},
        {"no fewer than 12", IX_APPROX_MORE_THAN, 12},
        {"well in excess of 4,000", IX_APPROX_MORE_THAN, 4000},
        {"a little under 2,000", IX_APPROX_NEARLY, 2000},
        {"just short of 40", IX_APPROX_NEARLY, 40},
        {"approaching 900", IX_APPROX_NEARLY, 900},
        {"not more than 20", IX_APPROX_LESS_THAN, 20},
        {"in the region of 3,500", IX_APPROX_ABOUT, 3500},
        {"approx. 1,200", IX_APPROX_ABOUT, 1200},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_number n;
        size_t len = rd(cases[i].text, &n);
        assert_int_equal(len, strlen(cases[i].text));
        assert_int_equal(n.approx, cases[i].approx);
        assert_true(n.value == cases[i].value);
        assert_int_equal(n.start, 0);
        assert_true(n.num_start > 0);
    }
}

/* Qualifiers are looked up among those sharing the word's first letter
 * (a first-letter index): the longer phrase before its prefix, any case,
 * and a word that only starts like one is none. */
static void numbers_qualifier_is_found_among_those_of_its_letter(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t len;
        ix_approx approx;
    } cases[] = {
        {"just under 3,000", 11, IX_APPROX_NEARLY},
        {"just over 50", 10, IX_APPROX_MORE_THAN},
        {"just 9 per cent", 5, IX_APPROX_EXACT},
        {"Just below 40", 11, IX_APPROX_NEARLY},
        {"slightly fewer than 20", 20, IX_APPROX_NEARLY},
        {"slightly more than 20", 19, IX_APPROX_MORE_THAN},
        {"well under  10", 12, IX_APPROX_LESS_THAN},
        {"only about 12", 11, IX_APPROX_ABOUT},
        {"up to 250", 6, IX_APPROX_LESS_THAN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_approx a = IX_APPROX_EXACT;
        const char *s = cases[i].text;
        assert_int_equal(ix_numbers_qualifier(s, 0, strlen(s), &a), cases[i].len);
        assert_int_equal(a, cases[i].approx);
    }
    static const char *const none[] = {"justice 5", "overall 12", "someone 3", "upto 4", "well 5",
                                       "just", "zebra 4", "\xc3\xa9t\xc3\xa9 5"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++)
        assert_int_equal(ix_numbers_qualifier(none[i], 0, strlen(none[i]), NULL), 0);
}

/* Near misses of the new qualifiers: no number after them reads nothing,
 * and a qualifier's words inside others are not one ('approximation'). */
static void numbers_reads_no_qualifier_without_a_number(void **state)
{
    (void)state;
    ix_number n;
    assert_int_equal(rd("approaching the end", &n), 0);
    assert_int_equal(rd("in the region of Tarnside", &n), 0);
    assert_int_equal(rd("approximation 40", &n), 0);
    assert_int_equal(rd("a little over budget", &n), 0);
}

static void numbers_reads_number_words(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t len;
        double value;
    } cases[] = {
        {"eight recommendations", 5, 8},
        {"Eleven areas", 6, 11},
        {"twenty-one companies", 10, 21},
        {"thirty four cases", 11, 34},
        {"three thousand people", 14, 3000},
        {"two hundred and forty children", 21, 240},
        {"a dozen staff", 7, 12},
        {"two dozen cases", 9, 24},
        {"a hundred people", 9, 100},
        {"four thousand five hundred offenders", 26, 4500},
        {"nineteen", 8, 19},
        {"seventeen staff", 9, 17},
        {"ninety-seven", 12, 97},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ix_number n;
        assert_int_equal(rd(cases[i].text, &n), cases[i].len);
        assert_true(n.value == cases[i].value);
        assert_true(n.words);
    }
}

static void numbers_stops_where_the_number_ends(void **state)
{
    (void)state;
    ix_number n;
    assert_int_equal(rd("six-month orders", &n), 3);       /* "six" */
    assert_true(n.value == 6);
    assert_int_equal(rd("five seven", &n), 4);             /* two numbers */
    assert_int_equal(rd("ninety and", &n), 6);             /* a dangling "and" */
    assert_int_equal(rd("one hundred-odd", &n), 11);
}

static void numbers_reads_nothing_inside_words_or_ordinals(void **state)
{
    (void)state;
    ix_number n;
    assert_int_equal(rd("21st century", &n), 0);
    assert_int_equal(rd("1990s", &n), 0);
    assert_int_equal(rd("someone", &n), 0);
    assert_int_equal(rd("a review", &n), 0);
    assert_int_equal(rd("third", &n), 0);
    assert_int_equal(rd("some are older", &n), 0);   /* a qualifier alone */
    assert_int_equal(rd("over the year", &n), 0);
    /* glued to a letter or a currency sign */
    const char *s = "A40 and \xC2\xA3" "12,000";
    assert_int_equal(ix_numbers_read(s, 1, strlen(s), &n), 0);
    assert_int_equal(ix_numbers_read(s, 10, strlen(s), &n), 0);
    /* the tail of a grouped or decimal number */
    s = "7,315 and 2.75";
    assert_int_equal(ix_numbers_read(s, 2, strlen(s), &n), 0);
    assert_int_equal(ix_numbers_read(s, 12, strlen(s), &n), 0);
}

static void numbers_respects_the_end_bound(void **state)
{
    (void)state;
    ix_number n;
    const char *s = "2,500 people";
    /* a bound in the middle of a group reads no group */
    assert_int_equal(ix_numbers_read(s, 0, 3, &n), 1);
    assert_true(n.value == 2);
    assert_int_equal(ix_numbers_read(s, 0, 1, &n), 1);
    assert_int_equal(ix_numbers_read(s, 0, 0, &n), 0);
    assert_int_equal(ix_numbers_read("twenty", 0, 3, &n), 0);
}

static void numbers_find_skips_to_the_first_reading(void **state)
{
    (void)state;
    ix_number n;
    const char *s = "The service works with nearly 640 children.";
    size_t at = ix_numbers_find(s, 0, strlen(s), &n);
    assert_int_equal(at, 23);
    assert_true(n.value == 640);
    assert_int_equal(n.approx, IX_APPROX_NEARLY);
    assert_string_equal(covered(s, &n), "nearly 640");
    assert_true(ix_numbers_find("no numbers here", 0, 15, &n) == (size_t)-1);
}

static void numbers_names_approx_as_the_record_does(void **state)
{
    (void)state;
    assert_string_equal(ix_numbers_approx_name(IX_APPROX_EXACT), "exact");
    assert_string_equal(ix_numbers_approx_name(IX_APPROX_MORE_THAN), "more_than");
    assert_string_equal(ix_numbers_approx_name(IX_APPROX_LESS_THAN), "less_than");
    assert_string_equal(ix_numbers_approx_name(IX_APPROX_ABOUT), "about");
    assert_string_equal(ix_numbers_approx_name(IX_APPROX_NEARLY), "nearly");
}

static void numbers_survives_long_digit_runs(void **state)
{
    (void)state;
    char buf[4096];
    memset(buf, '9', sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    ix_number n;
    /* too long to be a count: read nothing rather than overflow */
    assert_int_equal(ix_numbers_read(buf, 0, strlen(buf), &n), 0);
}

/* Every cardinal word is read with its value; a digit anywhere in the
 * range is seen, one outside it is not. */
static void numbers_cardinals_and_digits_tell_where_a_number_can_be(void **state)
{
    (void)state;
    size_t n = 0;
    for (; ix_numbers_cardinals[n]; n++)
        assert_true(ix_numbers_word_value(ix_numbers_cardinals[n], 0, strlen(ix_numbers_cardinals[n])) >= 0);
    assert_int_equal(n, 33);
    assert_true(ix_numbers_word_value("dozen", 0, 5) == 12);
    assert_true(ix_numbers_word_value("ninety", 0, 6) == 90);
    const char *s = "supervises 3,629 people";
    assert_int_equal(ix_numbers_next_digit(s, 0), 11);
    assert_int_equal(ix_numbers_next_digit(s, 11), 11);
    assert_int_equal(ix_numbers_next_digit(s, 12), 13);
    assert_int_equal(ix_numbers_next_digit(s, 16), strlen(s));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(numbers_reads_digits_with_thousands_commas),
        cmocka_unit_test(numbers_reads_no_qualifier_without_a_number),
        cmocka_unit_test(numbers_reads_plain_digits_and_decimals),
        cmocka_unit_test(numbers_reads_k_and_million_multipliers),
        cmocka_unit_test(numbers_keeps_each_qualifier_as_approx),
        cmocka_unit_test(numbers_qualifier_is_found_among_those_of_its_letter),
        cmocka_unit_test(numbers_reads_number_words),
        cmocka_unit_test(numbers_stops_where_the_number_ends),
        cmocka_unit_test(numbers_reads_nothing_inside_words_or_ordinals),
        cmocka_unit_test(numbers_respects_the_end_bound),
        cmocka_unit_test(numbers_find_skips_to_the_first_reading),
        cmocka_unit_test(numbers_names_approx_as_the_record_does),
        cmocka_unit_test(numbers_survives_long_digit_runs),
        cmocka_unit_test(numbers_cardinals_and_digits_tell_where_a_number_can_be),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
