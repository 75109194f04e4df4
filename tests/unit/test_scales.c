/* The domain names of the scale tables (extractors/scales): read only
 * where their first byte agrees, they answer as reading every name. */
#include <string.h>

#include "extractors/scales.h"
#include "tests/unit/support.h"

/* The end of the domain name ix_scales_domain_at finds at the start of s
 * in table t, or 0. */
static size_t domain_end(const ix_scale_table *t, const char *s)
{
    size_t e = 0;
    const char *scope = NULL;
    return ix_scales_domain_at(t, s, 0, strlen(s), &e, &scope) ? e : 0;
}

static void domain_at_takes_the_longest_name_in_any_case(void **state)
{
    (void)state;
    const ix_scale_table *probation = ix_scales_for("HM Inspectorate of Probation");
    assert_int_equal(domain_end(probation, "Out of court disposals were good"), 22);
    assert_int_equal(domain_end(probation, "OUT-OF-COURT disposal work was good"), 26);
    assert_int_equal(domain_end(probation, "Unpaid work"), 11);
    assert_int_equal(domain_end(probation, "unpaid workers"), 0);
    assert_int_equal(domain_end(probation, "Zebra crossings"), 0);
    assert_int_equal(domain_end(probation, ""), 0);
}

static void domain_at_of_the_default_table_reads_every_framework(void **state)
{
    (void)state;
    const ix_scale_table *cqc = ix_scales_for("Care Quality Commission");
    assert_non_null(cqc->inspectorate);
    assert_int_equal(domain_end(cqc, "Well-led: good"), 8);
    const ix_scale_table *fallback = ix_scales_for(NULL);
    assert_null(fallback->inspectorate);
    assert_int_equal(domain_end(fallback, "Caring was good"), 6);
    assert_int_equal(domain_end(fallback, "Unpaid work"), 11);
}

/* A table that is not one of ix_scales_tables has every name read. */
static const ix_domain_name own_domains[] = {{"unpaid work", NULL}, {"caring", "care"}, {NULL, NULL}};

static void domain_at_of_a_table_of_its_own_reads_its_names(void **state)
{
    (void)state;
    ix_scale_table own = *ix_scales_for("HM Inspectorate of Probation");
    own.domains = own_domains;
    size_t e = 0;
    const char *scope = NULL;
    assert_true(ix_scales_domain_at(&own, "Caring", 0, 6, &e, &scope));
    assert_int_equal(e, 6);
    assert_string_equal(scope, "care");
    assert_int_equal(domain_end(&own, "Out of court disposals"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(domain_at_takes_the_longest_name_in_any_case),
        cmocka_unit_test(domain_at_of_the_default_table_reads_every_framework),
        cmocka_unit_test(domain_at_of_a_table_of_its_own_reads_its_names),
    };
    return cmocka_run_group_tests_name("scales", tests, NULL, NULL);
}
