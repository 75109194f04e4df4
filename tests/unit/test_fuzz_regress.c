/* tests/unit/test_fuzz_regress.c -- every finding of the fuzz targets,
 * kept in tests/fuzz/regress/TARGET/, run through the same checks as the
 * target (tests/fuzz/check.h), built by the ordinary compiler: each input
 * is extracted without error and its record is whole, with every span
 * inside the input.  Inputs of the record target start with the byte that
 * picks text (even) or HTML (odd). */
#include "tests/unit/support.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/input.h"
#include "tests/fuzz/check.h"

static const char *const targets[] = {"text", "html", "record"};

/* Run every file of tests/fuzz/regress/target; returns how many. */
static int run_target(const char *target)
{
    char dir[256];
    snprintf(dir, sizeof dir, "tests/fuzz/regress/%s", target);
    DIR *d = opendir(dir);
    if (!d)
        fail_msg("%s: cannot open (run the tests from the top of the checkout)", dir);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unsigned char *bytes = NULL;
        size_t len = 0;
        ix_err err = {0};
        if (ix_input_read(path, &bytes, &len, &err) != IX_OK)
            fail_msg("%s: %s", path, err.msg);
        const char *bad;
        if (strcmp(target, "record") == 0)
            bad = len ? fz_check(bytes + 1, len - 1, (bytes[0] & 1) ? "html" : "text", 1) : NULL;
        else
            bad = fz_check(bytes, len, target, 0);
        free(bytes);
        if (bad)
            fail_msg("%s: %s", path, bad);
        n++;
    }
    closedir(d);
    return n;
}

static void fuzz_findings_are_extracted_whole(void **state)
{
    (void)state;
    int total = 0;
    for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
        total += run_target(targets[i]);
    print_message("%d kept fuzz findings checked\n", total);
    assert_true(total > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fuzz_findings_are_extracted_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
