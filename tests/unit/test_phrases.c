/* The caseless phrase index: whole phrases and starts, on tables written
 * for these tests. */
#include <string.h>

#include "pipeline/phrases.h"
#include "tests/unit/support.h"

static const char *const menu[] = {"menu", "main menu", "Share", "share this", "x", "M&S"};

/* is s, whole, one of the phrases? */
static int is(const ix_phrases *p, const char *s)
{
    return ix_phrases_equal(p, s, 0, strlen(s));
}

/* does s start with one of them? */
static int starts(const ix_phrases *p, const char *s)
{
    return ix_phrases_prefix(p, s, 0, strlen(s));
}

static void phrases_equal_ignores_ascii_case_only(void **state)
{
    (void)state;
    ix_phrases p;
    ix_phrases_init(&p, menu, sizeof menu / sizeof *menu);
    assert_true(is(&p, "menu"));
    assert_true(is(&p, "MAIN Menu"));
    assert_true(is(&p, "share"));
    assert_true(is(&p, "SHARE THIS"));
    assert_true(is(&p, "X"));
    assert_true(is(&p, "m&s"));
    assert_false(is(&p, "men"));
    assert_false(is(&p, "menus"));
    assert_false(is(&p, "main  menu"));
    assert_false(is(&p, "share this post"));
    assert_false(is(&p, "y"));
    assert_false(is(&p, ""));
    /* a range inside a longer text */
    const char *line = "[Main menu]";
    assert_true(ix_phrases_equal(&p, line, 1, 10));
    assert_false(ix_phrases_equal(&p, line, 1, 9));
}

static void phrases_prefix_finds_any_phrase_opening_the_text(void **state)
{
    (void)state;
    ix_phrases p;
    ix_phrases_init(&p, menu, sizeof menu / sizeof *menu);
    assert_true(starts(&p, "Menu and more"));
    assert_true(starts(&p, "share this post"));
    assert_true(starts(&p, "Shared"));            /* "share" */
    assert_true(starts(&p, "xylophone"));         /* "x": no word boundary asked */
    assert_false(starts(&p, "mai"));
    assert_false(starts(&p, "a menu"));
    assert_false(starts(&p, ""));
    /* the end of the range cuts a phrase short */
    assert_false(ix_phrases_prefix(&p, "menu", 0, 3));
    assert_true(ix_phrases_prefix(&p, "menu", 0, 4));
}

static void phrases_find_gives_the_first_phrase_in_table_order(void **state)
{
    (void)state;
    static const char *const words[] = {"one", "two", "ten", "TWO", "twenty", ""};
    ix_phrases p;
    ix_phrases_init(&p, words, 6);
    const char *text = "Twenty-two of ten";
    assert_int_equal(ix_phrases_find(&p, text, 0, 6), 4);    /* "Twenty" */
    assert_int_equal(ix_phrases_find(&p, text, 7, 10), 1);   /* "two", not "TWO" */
    assert_int_equal(ix_phrases_find(&p, text, 14, 17), 2);  /* "ten" */
    assert_int_equal(ix_phrases_find(&p, text, 11, 13), -1); /* "of" */
    assert_int_equal(ix_phrases_find(&p, text, 3, 3), 5);    /* "" */
    ix_phrases none;
    ix_phrases_init(&none, words, 3);
    assert_int_equal(ix_phrases_find(&none, text, 3, 3), -1);
    assert_int_equal(ix_phrases_find(&none, text, 7, 10), 1);
}

static void phrases_empty_phrase_and_empty_table(void **state)
{
    (void)state;
    static const char *const with_empty[] = {"end", ""};
    ix_phrases p;
    ix_phrases_init(&p, with_empty, 2);
    assert_true(is(&p, ""));
    assert_true(is(&p, "END"));
    assert_false(is(&p, "ends"));
    assert_true(starts(&p, "anything"));
    assert_true(starts(&p, ""));
    ix_phrases none;
    ix_phrases_init(&none, NULL, 0);
    assert_false(is(&none, ""));
    assert_false(is(&none, "menu"));
    assert_false(starts(&none, "menu"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phrases_equal_ignores_ascii_case_only),
        cmocka_unit_test(phrases_prefix_finds_any_phrase_opening_the_text),
        cmocka_unit_test(phrases_find_gives_the_first_phrase_in_table_order),
        cmocka_unit_test(phrases_empty_phrase_and_empty_table),
    };
    return cmocka_run_group_tests_name("phrases", tests, NULL, NULL);
}
