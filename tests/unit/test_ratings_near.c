/* tests/unit/test_ratings_near.c -- ratings.near_domain, the fallback
 * that rates the one domain of a clause holding one band label, on
 * releases written for these tests (invented places and bodies). */
#include "tests/unit/support.h"

#include <stdio.h>
#include <string.h>

static const char HEAD[] = "Exmoor probation service rated after inspection\n\n"
                           "HM Inspectorate of Probation has published its inspection of the "
                           "Exmoor probation service.\n\n";

/* The record of HEAD, then body, then an overall rating. */
static ix_doc *run(const char *body)
{
    static char text[2048];
    snprintf(text, sizeof text, "%s%s\n\nThe service was rated 'Good' overall.\n", HEAD, body);
    return t_extract_until(text, "ratings");
}

/* The rating of the scope, or NULL. */
static const ix_rating *scoped(const ix_doc *doc, const char *scope)
{
    for (size_t i = 0; i < doc->ratings.n; i++)
        if (strcmp(doc->ratings.items[i].scope, scope) == 0)
            return &doc->ratings.items[i];
    return NULL;
}

/* A band label with words after it, in a clause naming one domain: no
 * construction reads it, the fallback does. */
static void near_domain_rates_the_one_domain(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors praised unpaid work as 'Outstanding in every respect', the report said.");
    const ix_rating *r = scoped(doc, "unpaid work");
    assert_non_null(r);
    assert_string_equal(r->value, "outstanding");
    assert_string_equal(r->rule, "ratings.near_domain");
    assert_string_equal(t_src(doc, r->span), "unpaid work as 'Outstanding");
    assert_non_null(scoped(doc, "overall"));
    assert_int_equal(doc->ratings.n, 2);
    t_free(doc);
}

/* Near misses: bodies counted, a band the domain had before, a body
 * named instead of an area, a band as an adjective, two domains. */
static void near_domain_rejects_counts_former_bands_and_bodies(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        "Two services were marked 'Outstanding in every respect' for unpaid work.",
        "Inspectors noted leadership, up from 'Good in most respects' at the last visit.",
        "Probation services in Exmoor were called 'Good in every respect'.",
        "Leadership showed good progress in the year.",
        "Leadership and unpaid work were called 'Good in every respect'.",
    };
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++) {
        ix_doc *doc = run(bodies[k]);
        for (size_t i = 0; i < doc->ratings.n; i++)
            if (strcmp(doc->ratings.items[i].rule, "ratings.near_domain") == 0)
                fail_msg("near_domain fired on: %s", bodies[k]);
        assert_non_null(scoped(doc, "overall"));
        t_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(near_domain_rates_the_one_domain),
        cmocka_unit_test(near_domain_rejects_counts_former_bands_and_bodies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
