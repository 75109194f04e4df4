/* The stage driver and the regex helper. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/registry.h"
#include "pipeline/rx.h"
#include "pipeline/stage.h"
#include "tests/unit/support.h"

static int runs;

static int count_init(void **st, ix_err *err)
{
    (void)err;
    *st = &runs;
    return IX_OK;
}

static int count_run(const void *st, ix_doc *doc, ix_err *err)
{
    (void)doc;
    (void)err;
    (*(int *)st)++;
    return IX_OK;
}

static int broken_run(const void *st, ix_doc *doc, ix_err *err)
{
    (void)st;
    (void)doc;
    return ix_err_set(err, IX_EREGEX, "pattern 3 failed");
}

static int broken_init(void **st, ix_err *err)
{
    (void)st;
    return ix_err_set(err, IX_EREGEX, "bad pattern");
}

static ix_doc *small_doc(void)
{
    static const char text[] = "A probation service was rated Good.";
    ix_err err = {0};
    ix_doc *doc = ix_doc_new("t", (const unsigned char *)text, sizeof text - 1, &err);
    assert_non_null(doc);
    return doc;
}

static void stages_run_in_order_and_stop_at_named_stage(void **state)
{
    (void)state;
    const ix_stage table[] = {
        {"one", count_init, count_run, NULL},
        {"two", count_init, count_run, NULL},
        {"three", count_init, count_run, NULL},
    };
    ix_err err = {0};
    ix_stages *s = ix_stages_new(table, 3, &err);
    assert_non_null(s);
    ix_doc *doc = small_doc();
    runs = 0;
    assert_int_equal(ix_stages_run(s, doc, &err), IX_OK);
    assert_int_equal(runs, 3);
    runs = 0;
    assert_int_equal(ix_stages_run_until(s, "two", doc, &err), IX_OK);
    assert_int_equal(runs, 2);
    assert_int_equal(ix_stages_run_until(s, "nine", doc, &err), IX_EUSAGE);
    ix_doc_free(doc);
    ix_stages_free(s);
}

/* A stage with a pattern that backtracks without end on a run of 'a's. */
static int backtrack_init(void **st, ix_err *err)
{
    *st = ix_rx_new("dates.runaway", "^(a+)+$", 0, err);
    return *st ? IX_OK : err->code;
}

static int backtrack_run(const void *st, ix_doc *doc, ix_err *err)
{
    ix_rxm m;
    int rc = ix_rx_find(st, doc->norm, 0, doc->norm_len, &m, err);
    return rc < 0 ? rc : IX_OK;
}

static void backtrack_fini(void *st)
{
    ix_rx_free(st);
}

static void stages_turn_a_match_limit_into_a_warning_and_go_on(void **state)
{
    (void)state;
    const ix_stage table[] = {
        {"title", count_init, count_run, NULL},
        {"dates", backtrack_init, backtrack_run, backtrack_fini},
        {"quotes", count_init, count_run, NULL},
    };
    ix_err err = {0};
    ix_stages *s = ix_stages_new(table, 3, &err);
    assert_non_null(s);
    size_t n = 5000;
    unsigned char *text = malloc(n + 1);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n] = '!';
    ix_doc *doc = ix_doc_new("t", text, n + 1, &err);
    assert_non_null(doc);
    runs = 0;
    assert_int_equal(ix_stages_run(s, doc, &err), IX_OK);
    assert_int_equal(err.code, IX_OK);
    assert_int_equal(runs, 2);   /* the stage after the runaway one ran */
    assert_int_equal(doc->warnings.n, 1);
    assert_string_equal(doc->warnings.items[0].code, "match_limit");
    const char *msg = doc->warnings.items[0].message;
    if (strncmp(msg, "dates: ", 7) != 0 || !strstr(msg, "dates.runaway"))
        fail_msg("warning does not name the stage and the pattern: %s", msg);
    ix_doc_free(doc);
    free(text);
    ix_stages_free(s);
}

static void stages_name_the_failing_stage(void **state)
{
    (void)state;
    const ix_stage table[] = {
        {"fine", count_init, count_run, NULL},
        {"dates", NULL, broken_run, NULL},
    };
    ix_err err = {0};
    ix_stages *s = ix_stages_new(table, 2, &err);
    ix_doc *doc = small_doc();
    assert_int_equal(ix_stages_run(s, doc, &err), IX_EREGEX);
    assert_string_equal(err.msg, "dates: pattern 3 failed");
    ix_doc_free(doc);
    ix_stages_free(s);

    const ix_stage bad[] = {{"quotes", broken_init, count_run, NULL}};
    assert_null(ix_stages_new(bad, 1, &err));
    assert_string_equal(err.msg, "quotes: init: bad pattern");
}

static void registry_has_every_field_stage(void **state)
{
    (void)state;
    static const char *const want[] = {"title", "genre", "inspectorate", "subjects", "dates",
                                       "ratings", "figures", "caseloads", "recommendations",
                                       "quotes"};
    assert_int_equal(ix_registry_count, sizeof want / sizeof *want);
    for (size_t i = 0; i < ix_registry_count; i++)
        assert_string_equal(ix_registry[i].name, want[i]);
}

static void rx_reports_groups_and_bounds(void **state)
{
    (void)state;
    ix_err err = {0};
    ix_rx *rx = ix_rx_new("t", "rated (?<v>good|inadequate)", PCRE2_CASELESS, &err);
    assert_non_null(rx);
    const char *s = "It was rated Good. Later rated inadequate.";
    ix_rxm m;
    assert_int_equal(ix_rx_find(rx, s, 0, strlen(s), &m, &err), 1);
    int v = ix_rx_group(rx, "v");
    assert_true(ix_rxm_has(&m, v));
    assert_int_equal(m.g[v].start, 13);
    assert_int_equal(m.g[v].end, 17);
    /* The end bound hides the second match. */
    assert_int_equal(ix_rx_find(rx, s, 18, 30, &m, &err), 0);
    assert_int_equal(ix_rx_find(rx, s, 18, strlen(s), &m, &err), 1);
    ix_rx_free(rx);
}

static void rx_unset_groups_are_unset_whatever_came_before(void **state)
{
    (void)state;
    ix_err err = {0};
    /* groups 1 and 3 take part, 2 does not; 4 to 15 do not exist */
    ix_rx *rx = ix_rx_new("t", "(rated) (?:(good)|(inadequate))", 0, &err);
    ix_rx *wide = ix_rx_new("t", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)", 0, &err);
    assert_non_null(rx);
    assert_non_null(wide);
    ix_rxm m;
    const char *all = "abcdefghijklmno";
    assert_int_equal(ix_rx_find(wide, all, 0, strlen(all), &m, &err), 1);   /* every group set */
    for (int i = 1; i < IX_RX_MAX_GROUPS; i++)
        assert_true(ix_rxm_has(&m, i));
    const char *s = "It was rated inadequate.";
    assert_int_equal(ix_rx_find(rx, s, 0, strlen(s), &m, &err), 1);
    assert_int_equal(m.ngroups, IX_RX_MAX_GROUPS);
    assert_int_equal(m.g[0].start, 7);
    assert_int_equal(m.g[0].end, 23);
    assert_int_equal(m.g[1].start, 7);
    assert_int_equal(m.g[1].end, 12);
    assert_false(ix_rxm_has(&m, 2));
    assert_int_equal(m.g[2].start, (size_t)-1);
    assert_int_equal(m.g[2].end, (size_t)-1);
    assert_int_equal(m.g[3].start, 13);
    assert_int_equal(m.g[3].end, 23);
    for (int i = 4; i < IX_RX_MAX_GROUPS; i++) {
        assert_false(ix_rxm_has(&m, i));
        assert_int_equal(m.g[i].start, (size_t)-1);
        assert_int_equal(m.g[i].end, (size_t)-1);
    }
    ix_rx_free(rx);
    ix_rx_free(wide);
}

static void rx_window_inside_a_character_is_moved_to_whole_characters(void **state)
{
    (void)state;
    ix_err err = {0};
    ix_rx *rx = ix_rx_new("t", "\\W*\\w+", 0, &err);
    assert_non_null(rx);
    /* U+FFFD is three bytes: windows starting or ending in one of them
     * (fuzz finding: a date 60 bytes after a run of them crashed) */
    const char s[] = "ab\xEF\xBF\xBD\xEF\xBF\xBD" "cd";
    ix_rxm m;
    assert_int_equal(ix_rx_find(rx, s, 3, sizeof s - 1, &m, &err), 1);
    assert_int_equal(m.g[0].start, 5);
    assert_int_equal(m.g[0].end, 10);
    assert_int_equal(ix_rx_find(rx, s, 1, 4, &m, &err), 1);
    assert_int_equal(m.g[0].start, 1);
    assert_int_equal(m.g[0].end, 2);
    assert_int_equal(ix_rx_find(rx, s, 3, 4, &m, &err), 0);
    ix_rx_free(rx);
}

static void rx_compile_error_names_pattern(void **state)
{
    (void)state;
    ix_err err = {0};
    assert_null(ix_rx_new("dates.broken", "(unclosed", 0, &err));
    assert_int_equal(err.code, IX_EREGEX);
    assert_non_null(strstr(err.msg, "dates.broken"));
}

static void rx_match_limit_turns_backtracking_into_error(void **state)
{
    (void)state;
    ix_err err = {0};
    /* Catastrophic backtracking: nested quantifiers on a non-matching line. */
    ix_rx *rx = ix_rx_new("t", "^(a+)+$", 0, &err);
    assert_non_null(rx);
    size_t n = 5000;
    char *s = malloc(n + 2);
    memset(s, 'a', n);
    s[n] = '!';
    s[n + 1] = '\0';
    ix_rxm m;
    int rc = ix_rx_find(rx, s, 0, n + 1, &m, &err);
    assert_int_equal(rc, IX_ELIMIT);
    assert_non_null(strstr(err.msg, "t: "));
    free(s);
    ix_rx_free(rx);
}

/* A pattern is JIT-compiled on its first match: threads that all match it
 * first at once each get the whole, right match. */
enum { FIRST_USE_THREADS = 4 };

typedef struct first_use {
    const ix_rx *rx;
    pthread_barrier_t *start;
    int rc;
    ix_span g0, g1;
} first_use;

static void *match_on_first_use(void *p)
{
    first_use *u = p;
    ix_err err = {0};
    ix_rxm m;
    pthread_barrier_wait(u->start);
    u->rc = ix_rx_find(u->rx, "rated Good in 2019", 0, 18, &m, &err);
    u->g0 = m.g[0];
    u->g1 = m.g[1];
    return NULL;
}

static void rx_first_match_from_many_threads_at_once_is_right_in_each(void **state)
{
    (void)state;
    ix_err err = {0};
    ix_rx *rx = ix_rx_new("t", "rated\\s+(good|outstanding)", PCRE2_CASELESS, &err);
    assert_non_null(rx);
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, FIRST_USE_THREADS);
    pthread_t th[FIRST_USE_THREADS];
    first_use u[FIRST_USE_THREADS];
    for (int i = 0; i < FIRST_USE_THREADS; i++) {
        u[i] = (first_use){rx, &start, -1, {0, 0}, {0, 0}};
        assert_int_equal(pthread_create(&th[i], NULL, match_on_first_use, &u[i]), 0);
    }
    for (int i = 0; i < FIRST_USE_THREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(u[i].rc, 1);
        assert_int_equal(u[i].g0.start, 0);
        assert_int_equal(u[i].g0.end, 10);
        assert_int_equal(u[i].g1.start, 6);
        assert_int_equal(u[i].g1.end, 10);
    }
    pthread_barrier_destroy(&start);
    ix_rx_free(rx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stages_run_in_order_and_stop_at_named_stage),
        cmocka_unit_test(stages_name_the_failing_stage),
        cmocka_unit_test(stages_turn_a_match_limit_into_a_warning_and_go_on),
        cmocka_unit_test(registry_has_every_field_stage),
        cmocka_unit_test(rx_reports_groups_and_bounds),
        cmocka_unit_test(rx_unset_groups_are_unset_whatever_came_before),
        cmocka_unit_test(rx_window_inside_a_character_is_moved_to_whole_characters),
        cmocka_unit_test(rx_compile_error_names_pattern),
        cmocka_unit_test(rx_match_limit_turns_backtracking_into_error),
        cmocka_unit_test(rx_first_match_from_many_threads_at_once_is_right_in_each),
    };
    return cmocka_run_group_tests_name("stage", tests, NULL, NULL);
}
