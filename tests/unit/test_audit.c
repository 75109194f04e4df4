/* tests/unit/test_audit.c -- audit's numbers on fixture records with known
 * misses and extras (tests/audit/compare/), and whole folders of expected
 * records built, checked and broken on purpose (tests/audit/docs/). */
#include "tests/unit/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/input.h"
#include "output/audit.h"

static cJSON *load(const char *path)
{
    unsigned char *bytes = NULL;
    size_t len = 0;
    ix_err err = {0};
    if (ix_input_read(path, &bytes, &len, &err) != IX_OK)
        fail_msg("%s: %s", path, err.msg);
    cJSON *v = cJSON_ParseWithLength((const char *)bytes, len);
    free(bytes);
    if (!v)
        fail_msg("%s: not JSON", path);
    return v;
}

static void save(const char *path, const cJSON *v)
{
    char *s = cJSON_Print(v);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
    cJSON_free(s);
}

static void assert_count(const ix_audit *a, const char *field, size_t matched, size_t missed,
                         size_t extra)
{
    ix_audit_count c = ix_audit_field(a, field);
    if (c.matched != matched || c.missed != missed || c.extra != extra)
        fail_msg("%s: matched/missed/extra %zu/%zu/%zu, expected %zu/%zu/%zu", field, c.matched,
                 c.missed, c.extra, matched, missed, extra);
}

/* Compare tests/audit/compare/NAME.{expected,produced}.json; the report
 * goes to *report (malloc'd) when report is not NULL. */
static long compare_fixture(ix_audit *a, const char *name, char **report)
{
    char ep[256], pp[256];
    snprintf(ep, sizeof ep, "tests/audit/compare/%s.expected.json", name);
    snprintf(pp, sizeof pp, "tests/audit/compare/%s.produced.json", name);
    cJSON *e = load(ep), *p = load(pp);
    size_t n = 0;
    FILE *out = report ? open_memstream(report, &n) : NULL;
    long d = ix_audit_compare(a, name, e, p, out);
    if (out)
        fclose(out);
    cJSON_Delete(e);
    cJSON_Delete(p);
    return d;
}

static void audit_counts_known_misses_and_extras_per_field(void **state)
{
    (void)state;
    ix_audit *a = ix_audit_new(NULL, NULL);
    assert_non_null(a);
    char *report = NULL;
    assert_int_equal(compare_fixture(a, "mixed", &report), 14);
    /* title span differs: one miss, one extra */
    assert_count(a, "title", 0, 1, 1);
    assert_count(a, "genre", 1, 0, 0);
    assert_count(a, "inspectorate", 0, 1, 0);
    /* owner and short not in the expected subject: not compared */
    assert_count(a, "subjects", 1, 0, 0);
    /* overall matches although its rule differs; assessment has no span in
     * the expected item; leadership's value differs; unpaid work is extra */
    assert_count(a, "ratings", 2, 1, 2);
    assert_count(a, "dates", 1, 1, 1);
    assert_count(a, "caseloads", 0, 0, 1);
    /* 0.41000000000000003 is 0.41; 0.666 is not 0.667 */
    assert_count(a, "figures", 1, 1, 1);
    /* the expected quote has no text: matched by spans and speaker */
    assert_count(a, "quotes", 1, 0, 1);
    assert_count(a, "recommendations", 1, 0, 0);
    assert_count(a, "recommendations.items", 1, 1, 1);
    assert_count(a, "warnings", 0, 0, 0);
    /* source.path and generator differ but are never compared */
    assert_count(a, "source", 1, 0, 0);
    ix_audit_count t = ix_audit_total(a);
    assert_int_equal(t.matched, 9);
    assert_int_equal(t.missed, 6);
    assert_int_equal(t.extra, 8);

    assert_non_null(strstr(report, "DIFF  mixed: 9 matched, 6 missed, 8 extra\n"));
    assert_non_null(strstr(report, "  missed  ratings                {\"subject\":\"s1\","
                                   "\"scope\":\"leadership\",\"value\":\"requires_improvement\""));
    assert_non_null(strstr(report, "  extra   caseloads              {\"subject\":\"s1\","
                                   "\"count\":3100"));
    assert_non_null(strstr(report, "  missed  inspectorate           {\"name\":"
                                   "\"HM Inspectorate of Probation\",\"span\":[120,148]}\n"));
    /* the extra recommendations line shows no items (they have their own) */
    assert_null(strstr(report, "extra   recommendations "));
    assert_non_null(strstr(report, "  extra   recommendations.items  {\"text\":"
                                   "\"train staff in data protection\""));
    free(report);
    ix_audit_free(a);
}

/* A hand-written expected record (tests/real/ style) against a produced
 * one: names, prefixes, speakers, scopes. */
static void audit_reads_hand_written_expected_records_loosely_where_documented(void **state)
{
    (void)state;
    cJSON *e = cJSON_Parse(
        "{\"title\": {\"text\": \"Exmoor  probation \\u2018rated Good\\u2019\"},"
        " \"subjects\": [{\"name\": \"the Exmoor Community Rehabilitation Company\", \"type\": \"crc\"},"
        "                {\"name\": \"Lyme Youth Offending Team\", \"type\": \"yos\"}],"
        " \"ratings\": [{\"subject\": \"Exmoor CRC\", \"scope\": \"overall\", \"value\": \"good\"},"
        "               {\"subject\": \"Lyme YOT\", \"scope\": \"overall\", \"value\": \"good\"},"
        "               {\"scope\": \"unpaid work\", \"value\": \"inadequate\"}],"
        " \"quotes\": [{\"text_prefix\": \"We found a service\", \"speaker\": \"the report\"},"
        "              {\"text_prefix\": \"Staff   know\", \"speaker\": \"Ann Coyle\"},"
        "              {\"text_prefix\": \"Never produced\", \"speaker\": null}]}");
    cJSON *p = cJSON_Parse(
        "{\"title\": {\"text\": \"Exmoor probation 'rated Good'\", \"span\": [0, 30]},"
        " \"subjects\": [{\"id\": \"s1\", \"name\": \"Exmoor Community Rehabilitation Company\","
        "                 \"short\": \"Exmoor CRC\", \"type\": \"crc\"},"
        "                {\"id\": \"s2\", \"name\": \"Lyme Youth Justice Service\", \"short\": null,"
        "                 \"type\": \"yos\"}],"
        " \"ratings\": [{\"subject\": \"s1\", \"scope\": \"overall\", \"value\": \"good\"},"
        "               {\"subject\": \"s2\", \"scope\": \"overall\", \"value\": \"good\"},"
        "               {\"subject\": \"s1\", \"scope\": \"unpaid work\", \"value\": \"good\"}],"
        " \"quotes\": [{\"text\": \"We found a service that knows its cases.\", \"speaker\": \"Report\"},"
        "              {\"text\": \"Staff know their cases.\", \"speaker\": \"Ann\"}]}");
    assert_non_null(e);
    assert_non_null(p);
    ix_audit *a = ix_audit_new(NULL, NULL);
    long d = ix_audit_compare(a, "loose", e, p, NULL);
    /* the title reads the same; Exmoor's two spellings are one body; Lyme's
     * youth offending team is not its youth justice service */
    assert_count(a, "title", 1, 0, 0);
    assert_count(a, "subjects", 1, 1, 1);
    assert_count(a, "ratings", 1, 2, 2);
    assert_count(a, "ratings.overall", 1, 1, 1);
    assert_count(a, "ratings.domain", 0, 1, 1);
    /* two quotes paired by their first words; one speaker right ("the
     * report" is "Report"), one wrong ("Ann" is not "Ann Coyle") */
    assert_count(a, "quotes", 2, 1, 0);
    assert_count(a, "quotes.speaker", 1, 2, 1);
    /* misses + extras of the fields, plus one wrong speaker */
    assert_int_equal(d, 1 + 1 + 2 + 2 + 1 + 1);
    assert_true(ix_audit_docs_right(a, "title") == 1.0);
    ix_audit_free(a);
    cJSON_Delete(e);
    cJSON_Delete(p);
}

static void audit_scores_are_precision_recall_and_f1_of_the_counts(void **state)
{
    (void)state;
    ix_audit *a = ix_audit_new(NULL, NULL);
    assert_int_equal(compare_fixture(a, "mixed", NULL), 14);
    double p, r, f;
    ix_audit_scores(ix_audit_total(a), &p, &r, &f);
    assert_float_equal(p, 9.0 / 17.0, 1e-12);
    assert_float_equal(r, 9.0 / 15.0, 1e-12);
    assert_float_equal(f, 18.0 / 32.0, 1e-12);
    ix_audit_scores(ix_audit_field(a, "ratings"), &p, &r, &f);
    assert_float_equal(p, 0.5, 1e-12);
    assert_float_equal(r, 2.0 / 3.0, 1e-12);
    assert_float_equal(f, 4.0 / 7.0, 1e-12);
    /* nothing expected and nothing produced: undefined, not 0 or 1 */
    ix_audit_scores(ix_audit_field(a, "warnings"), &p, &r, &f);
    assert_true(p < 0 && r < 0 && f < 0);
    /* something produced, nothing expected: precision 0, recall undefined */
    ix_audit_scores(ix_audit_field(a, "caseloads"), &p, &r, &f);
    assert_float_equal(p, 0.0, 0);
    assert_true(r < 0 && f < 0);

    char *table = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&table, &n);
    ix_audit_table(a, out);
    fclose(out);
    assert_non_null(strstr(table, "ratings                       3        4        2       1"
                                  "      2     0.500     0.667     0.571\n"));
    assert_non_null(strstr(table, "all                          15       17        9       6"
                                  "      8     0.529     0.600     0.562\n"));
    assert_null(strstr(table, "\nsource"));
    free(table);
    ix_audit_free(a);
}

static void audit_pairs_items_by_maximum_matching_not_first_fit(void **state)
{
    (void)state;
    ix_audit *a = ix_audit_new(NULL, NULL);
    /* first fit would give {value good} the 'unpaid work' rating and leave
     * the second expected rating unmatched */
    long d = compare_fixture(a, "overlap", NULL);
    assert_count(a, "ratings", 2, 0, 0);
    /* a multiset: two expected halves, one produced */
    assert_count(a, "figures", 1, 1, 0);
    /* expected null, produced an object: one extra, and its items extra */
    assert_count(a, "recommendations", 0, 0, 1);
    assert_count(a, "recommendations.items", 0, 0, 1);
    /* keys absent from the expected record are not compared */
    assert_count(a, "genre", 0, 0, 0);
    assert_count(a, "dates", 0, 0, 0);
    /* null on both sides counts nothing */
    assert_count(a, "title", 0, 0, 0);
    /* the expected record was made from other bytes */
    assert_count(a, "source", 0, 1, 1);
    assert_int_equal(d, 5);
    ix_audit_count t = ix_audit_total(a);
    assert_int_equal(t.matched, 3);
    assert_int_equal(t.missed, 1);
    assert_int_equal(t.extra, 2);
    ix_audit_free(a);
}

static void audit_only_compares_the_field_asked_for(void **state)
{
    (void)state;
    ix_audit *a = ix_audit_new("ratings", NULL);
    assert_non_null(a);
    assert_int_equal(compare_fixture(a, "mixed", NULL), 3);
    assert_count(a, "ratings", 2, 1, 2);
    assert_count(a, "title", 0, 0, 0);
    ix_audit_count t = ix_audit_total(a);
    assert_int_equal(t.matched + t.missed + t.extra, 5);
    ix_audit_free(a);

    a = ix_audit_new("recommendations", NULL);
    assert_int_equal(compare_fixture(a, "mixed", NULL), 2);
    assert_count(a, "recommendations.items", 1, 1, 1);
    ix_audit_free(a);
}

static void audit_rejects_an_unknown_field(void **state)
{
    (void)state;
    ix_err err = {0};
    assert_null(ix_audit_new("headline", &err));
    assert_int_equal(err.code, IX_EUSAGE);
    assert_non_null(strstr(err.msg, "headline"));
}

static void audit_expected_without_text_keeps_no_text_key_at_any_depth(void **state)
{
    (void)state;
    cJSON *p = load("tests/audit/compare/mixed.produced.json");
    cJSON *e = ix_audit_expected_from(p, 1);
    char *s = cJSON_PrintUnformatted(e);
    assert_null(strstr(s, "\"text\":"));
    assert_null(strstr(s, "\"generator\""));
    assert_null(strstr(s, "\"path\""));
    assert_non_null(strstr(s, "\"speaker\":\"Jane Marlow\""));
    assert_non_null(strstr(s, "\"spans\":[[800,850],[852,900]]"));
    cJSON_free(s);
    /* and the record still matches the expected record made from it */
    ix_audit *a = ix_audit_new(NULL, NULL);
    assert_int_equal(ix_audit_compare(a, "self", e, p, NULL), 0);
    ix_audit_free(a);
    cJSON_Delete(e);
    cJSON_Delete(p);
}

/* ---- folders ----------------------------------------------------------- */

static ix_engine *engine(void)
{
    static ix_engine *eng;
    if (!eng) {
        ix_err err = {0};
        eng = ix_engine_new(&err);
        if (!eng)
            fail_msg("engine: %s", err.msg);
    }
    return eng;
}

static char *tmpdir(void)
{
    char *d = strdup("/tmp/inspex-audit-XXXXXX");
    assert_non_null(mkdtemp(d));
    return d;
}

static void rmtree(const char *d)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
}

static ix_audit_summary run_dir(const char *dir, const ix_audit_opts *o, char **report)
{
    ix_audit_summary sum;
    ix_err err = {0};
    size_t n = 0;
    char *buf = NULL;
    FILE *out = open_memstream(&buf, &n);
    int rc = ix_audit_dir(engine(), dir, o, out, &sum, &err);
    fclose(out);
    if (rc != IX_OK)
        fail_msg("audit: %s", err.msg);
    if (report)
        *report = buf;
    else
        free(buf);
    return sum;
}

static void audit_update_writes_expected_records_that_then_match(void **state)
{
    (void)state;
    char *dir = tmpdir();
    ix_audit_opts o = {.inputs = "tests/audit/docs", .update = 1, .no_text = 1};
    ix_audit_summary s = run_dir(dir, &o, NULL);
    assert_int_equal(s.written, 2);
    assert_int_equal(s.documents, 0);   /* none existed before */

    char path[512];
    snprintf(path, sizeof path, "%s/downland.expected.json", dir);
    cJSON *e = load(path);
    char *txt = cJSON_PrintUnformatted(e);
    assert_null(strstr(txt, "\"text\":"));
    assert_null(strstr(txt, "\"generator\""));
    cJSON_free(txt);
    cJSON_Delete(e);

    ix_audit_opts check = {.inputs = "tests/audit/docs"};
    char *report = NULL;
    s = run_dir(dir, &check, &report);
    assert_int_equal(s.documents, 2);
    assert_int_equal(s.differing, 0);
    assert_int_equal(s.failed, 0);
    assert_non_null(strstr(report, "ok    downland ("));
    assert_non_null(strstr(report, "ok    fenland ("));
    assert_non_null(strstr(report, "audit: 2 document(s), 0 differ, 0 failed\n"));
    free(report);
    rmtree(dir);
    free(dir);
}

static void audit_reports_a_broken_expected_record_and_a_missing_document(void **state)
{
    (void)state;
    char *dir = tmpdir();
    ix_audit_opts o = {.inputs = "tests/audit/docs", .update = 1, .no_text = 1};
    run_dir(dir, &o, NULL);

    /* Break downland's expectations: the opposite genre, and a rating the
     * extractors cannot produce (no such scope in the text). */
    char path[512];
    snprintf(path, sizeof path, "%s/downland.expected.json", dir);
    cJSON *e = load(path);
    const char *genre = cJSON_GetObjectItem(e, "genre")->valuestring;
    const char *other = strcmp(genre, "commentary") == 0 ? "press_release" : "commentary";
    cJSON_ReplaceItemInObject(e, "genre", cJSON_CreateString(other));
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "scope", "interplanetary liaison");
    cJSON_AddStringToObject(r, "value", "outstanding");
    cJSON_AddItemToArray(cJSON_GetObjectItem(e, "ratings"), r);
    save(path, e);
    cJSON_Delete(e);
    /* An expected record with no document beside it or in --inputs. */
    snprintf(path, sizeof path, "%s/orphan.expected.json", dir);
    FILE *f = fopen(path, "w");
    fputs("{\"genre\": \"unknown\"}\n", f);
    fclose(f);

    ix_audit_opts check = {.inputs = "tests/audit/docs"};
    char *report = NULL;
    ix_audit_summary s = run_dir(dir, &check, &report);
    assert_int_equal(s.documents, 3);
    assert_int_equal(s.differing, 1);
    assert_int_equal(s.failed, 1);
    assert_non_null(strstr(report, "DIFF  downland: "));
    assert_non_null(strstr(report, "  missed  ratings                {\"scope\":"
                                   "\"interplanetary liaison\",\"value\":\"outstanding\"}\n"));
    assert_non_null(strstr(report, "  missed  genre                  \""));
    assert_non_null(strstr(report, "  extra   genre                  \""));
    assert_non_null(strstr(report, "FAIL  orphan: no document tests/audit/docs/orphan.txt"));
    assert_non_null(strstr(report, "ok    fenland ("));
    free(report);

    /* --only genre --update repairs genre and leaves the ratings alone. */
    remove(path);
    ix_audit_opts fix = {.inputs = "tests/audit/docs", .only = "genre", .update = 1};
    run_dir(dir, &fix, NULL);
    s = run_dir(dir, &check, &report);
    assert_int_equal(s.differing, 1);
    assert_null(strstr(report, "genre                  \""));
    assert_non_null(strstr(report, "interplanetary liaison"));
    free(report);
    /* an expected file with no text keys stays so, even without --no-text */
    snprintf(path, sizeof path, "%s/downland.expected.json", dir);
    e = load(path);
    char *txt = cJSON_PrintUnformatted(e);
    assert_null(strstr(txt, "\"text\":"));
    cJSON_free(txt);
    cJSON_Delete(e);
    rmtree(dir);
    free(dir);
}

static void audit_reads_documents_beside_the_expected_records(void **state)
{
    (void)state;
    char *dir = tmpdir();
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp tests/audit/docs/fenland.txt '%s'/", dir);
    assert_int_equal(system(cmd), 0);
    ix_audit_opts o = {.update = 1};
    ix_audit_summary s = run_dir(dir, &o, NULL);
    assert_int_equal(s.written, 1);
    ix_audit_opts check = {0};
    s = run_dir(dir, &check, NULL);
    assert_int_equal(s.documents, 1);
    assert_int_equal(s.differing, 0);
    rmtree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(audit_counts_known_misses_and_extras_per_field),
        cmocka_unit_test(audit_scores_are_precision_recall_and_f1_of_the_counts),
        cmocka_unit_test(audit_reads_hand_written_expected_records_loosely_where_documented),
        cmocka_unit_test(audit_pairs_items_by_maximum_matching_not_first_fit),
        cmocka_unit_test(audit_only_compares_the_field_asked_for),
        cmocka_unit_test(audit_rejects_an_unknown_field),
        cmocka_unit_test(audit_expected_without_text_keeps_no_text_key_at_any_depth),
        cmocka_unit_test(audit_update_writes_expected_records_that_then_match),
        cmocka_unit_test(audit_reports_a_broken_expected_record_and_a_missing_document),
        cmocka_unit_test(audit_reads_documents_beside_the_expected_records),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ix_engine_free(engine());
    return rc;
}
