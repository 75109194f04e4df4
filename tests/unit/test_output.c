/* The record writer: every key of the contract, always; formats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/csv.h"
#include "output/json.h"
#include "output/writer.h"
#include "tests/unit/support.h"

static const char *const record_keys[] = {
    "schema", "generator", "source", "title", "genre", "inspectorate", "subjects", "ratings",
    "dates", "caseloads", "figures", "quotes", "recommendations", "warnings"};

static void record_has_every_key_even_when_nothing_is_found(void **state)
{
    (void)state;
    ix_doc *doc = t_extract("Just a line of text with nothing in it.");
    cJSON *rec = ix_json_record(doc);
    assert_non_null(rec);
    for (size_t i = 0; i < sizeof record_keys / sizeof *record_keys; i++)
        if (!cJSON_HasObjectItem(rec, record_keys[i]))
            fail_msg("missing key %s", record_keys[i]);
    assert_int_equal(cJSON_GetArraySize(rec), sizeof record_keys / sizeof *record_keys);
    assert_string_equal(cJSON_GetObjectItem(rec, "schema")->valuestring, "inspex/record/1");
    assert_string_equal(cJSON_GetObjectItem(rec, "generator")->valuestring, "inspex " IX_VERSION);
    cJSON *src = cJSON_GetObjectItem(rec, "source");
    assert_int_equal(cJSON_GetObjectItem(src, "bytes")->valueint, 39);
    assert_int_equal(strlen(cJSON_GetObjectItem(src, "sha256")->valuestring), 64);
    assert_true(cJSON_IsArray(cJSON_GetObjectItem(rec, "quotes")));
    cJSON_Delete(rec);
    t_free(doc);
}

static void record_sha256_is_of_original_bytes(void **state)
{
    (void)state;
    ix_doc *doc = t_extract("abc");
    cJSON *rec = ix_json_record(doc);
    cJSON *src = cJSON_GetObjectItem(rec, "source");
    assert_string_equal(cJSON_GetObjectItem(src, "sha256")->valuestring,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    cJSON_Delete(rec);
    t_free(doc);
}

static void evidence_text_replaces_invalid_bytes(void **state)
{
    (void)state;
    ix_doc *doc = t_extract("good \xFF work");
    ix_span norm = {0, doc->norm_len};
    assert_string_equal(ix_json_evidence(doc, norm), "good \xEF\xBF\xBD work");
    t_free(doc);
}

static char *capture(ix_format f, int pretty, ix_doc **docs, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ix_writer *w = ix_writer_new(out, f, pretty);
    ix_err err = {0};
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ix_writer_add(w, docs[i], &err), IX_OK);
    assert_int_equal(ix_writer_close(w, &err), IX_OK);
    fclose(out);
    return buf;
}

static void writer_json_is_one_array_and_jsonl_one_line_each(void **state)
{
    (void)state;
    ix_doc *docs[2] = {t_extract("First text."), t_extract("Second text.")};
    char *json = capture(IX_FORMAT_JSON, 1, docs, 2);
    cJSON *arr = cJSON_Parse(json);
    assert_true(cJSON_IsArray(arr));
    assert_int_equal(cJSON_GetArraySize(arr), 2);
    cJSON_Delete(arr);
    free(json);
    char *jsonl = capture(IX_FORMAT_JSONL, 1, docs, 2);
    char *nl = strchr(jsonl, '\n');
    assert_non_null(nl);
    assert_non_null(strchr(nl + 1, '\n'));
    assert_null(strchr(strchr(nl + 1, '\n') + 1, '\n'));
    free(jsonl);
    char *empty = capture(IX_FORMAT_JSON, 0, docs, 0);
    assert_string_equal(empty, "[]\n");
    free(empty);
    t_free(docs[0]);
    t_free(docs[1]);
}

static void writer_csv_has_header_and_quotes_cells(void **state)
{
    (void)state;
    ix_doc *docs[1] = {t_extract("Text with \"quotes\", commas.")};
    char *csv = capture(IX_FORMAT_CSV, 0, docs, 1);
    assert_memory_equal(csv, "path,title,subject,type,owner,overall_rating,", 45);
    assert_non_null(strstr(csv, "\n\"test.txt\","));
    free(csv);
    t_free(docs[0]);
}

static void csv_fieldwork_spans_every_fieldwork_date(void **state)
{
    (void)state;
    ix_doc *docs[1] = {t_extract(
        "Inspectors visited the Fenmarsh probation delivery unit in April 2022.\n\n"
        "Notes to editors\n\n"
        "1. Fieldwork took place in March and April 2022.\n")};
    char *csv = capture(IX_FORMAT_CSV, 0, docs, 1);
    if (!strstr(csv, ",\"2022-03\",\"2022-04\","))
        fail_msg("fieldwork period not 2022-03 to 2022-04 in: %s", csv);
    free(csv);
    t_free(docs[0]);
}

static void streamed_record_equals_built_record(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Wessex probation service rated 'Good' by inspectors\n\n"
        "HM Inspectorate of Probation rated the Wessex Community Rehabilitation Company "
        "(CRC) 'Good'. It supervises about 4,100 people. Fieldwork took place in May 2021; "
        "four in ten cases (40 per cent) were reviewed on time.\n\n"
        "Chief Inspector Amara Quist said: \"We found committed staff.\"\n");
    cJSON *built = ix_json_record(doc);
    for (int pretty = 0; pretty <= 1; pretty++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *out = open_memstream(&buf, &len);
        assert_int_equal(ix_json_write(out, doc, pretty), IX_OK);
        fclose(out);
        cJSON *streamed = cJSON_Parse(buf);
        if (!streamed)
            fail_msg("streamed record is not JSON (pretty=%d): %s", pretty, buf);
        assert_true(cJSON_Compare(built, streamed, 1));
        if (pretty)
            assert_non_null(strstr(buf, "\n\t\"ratings\":\t["));
        cJSON_Delete(streamed);
        free(buf);
    }
    assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(built, "subjects")) >= 1);
    cJSON_Delete(built);
    t_free(doc);
}

/* The compact record is printed as it is emitted, never built: its bytes
 * are still those cJSON prints for the built record. */
static void streamed_compact_record_is_the_built_record_byte_for_byte(void **state)
{
    (void)state;
    ix_doc *doc = t_extract(
        "Wessex probation service rated 'Good' by inspectors\n\n"
        "HM Inspectorate of Probation rated the Wessex Community Rehabilitation Company "
        "(CRC) 'Good'. It supervises about 4,100 people. Fieldwork took place in May 2021; "
        "four in ten cases (40 per cent) were reviewed on time, and 2.5% waited.\n\n"
        "Chief Inspector Amara Quist said: \"We found committed \\ \"careful\" staff.\"\n\n"
        "We made 3 recommendations:\n1. Improve risk work.\n2. Train staff.\n3. Review cases.\n");
    cJSON *built = ix_json_record(doc);
    assert_non_null(built);
    char *want = cJSON_PrintUnformatted(built);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_int_equal(ix_json_write(out, doc, 0), IX_OK);
    fclose(out);
    assert_string_equal(buf, want);
    assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(built, "ratings")) >= 1);
    assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(built, "quotes")) >= 1);
    free(buf);
    cJSON_free(want);
    cJSON_Delete(built);
    t_free(doc);
}

/* What ix_json_print_compact writes for v, as a string (caller frees). */
static char *compact(const cJSON *v)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(ix_json_print_compact(f, v), IX_OK);
    fclose(f);
    return buf;
}

static void compact_print_is_cjson_unformatted_byte_for_byte(void **state)
{
    (void)state;
    static const double numbers[] = {0, -0.0, 1, -7, 8667, 2147483647.0, 2147483648.0,
                                     -2147483648.0, -2147483649.0, 1e15, 123456789012345.0,
                                     0.5, 0.2, 0.1, 0.333, 0.667, 0.96, -0.25, 41.5, 1.0 / 3,
                                     2.0 / 3, 0.0001, 0.00012, 0.00001, 1e-7, 3.14159265358979,
                                     99999.999999, 0.000123, 1234567.125, 1e300, -1e-300,
                                     123456789.123456, 0.1 + 0.2};
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(numbers[i]));
    /* fractions m / 10^k as figures print them */
    for (int m = -1000; m <= 1000; m += 7)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(m / 1000.0));
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "numbers", a);
    cJSON_AddStringToObject(o, "plain", "West Yorkshire CRC \xe2\x80\x93 \xe2\x80\x98Good\xe2\x80\x99");
    cJSON_AddStringToObject(o, "escapes", "a\"b\\c/d\b\f\n\r\te\x01\x1f\x7f end");
    cJSON_AddStringToObject(o, "", "empty key");
    cJSON_AddNullToObject(o, "none");
    cJSON_AddBoolToObject(o, "yes", 1);
    cJSON_AddBoolToObject(o, "no", 0);
    cJSON_AddItemToObject(o, "empty_list", cJSON_CreateArray());
    cJSON_AddItemToObject(o, "empty_object", cJSON_CreateObject());
    cJSON *nested = cJSON_CreateArray();
    cJSON_AddItemToArray(nested, cJSON_CreateObject());
    cJSON_AddItemToArray(nested, cJSON_CreateString(""));
    cJSON_AddItemToObject(o, "nested", nested);
    char *want = cJSON_PrintUnformatted(o);
    char *got = compact(o);
    assert_string_equal(got, want);
    free(got);
    cJSON_free(want);
    /* a string longer than the printer's buffer */
    size_t n = 10000;
    char *big = malloc(n + 1);
    assert_non_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)(i % 97 == 0 ? '\n' : 'a' + i % 26);
    big[n] = '\0';
    cJSON *s = cJSON_CreateString(big);
    want = cJSON_PrintUnformatted(s);
    got = compact(s);
    assert_string_equal(got, want);
    free(got);
    cJSON_free(want);
    cJSON_Delete(s);
    free(big);
    cJSON_Delete(o);
}

static void compact_print_escapes_a_byte_wherever_it_stands(void **state)
{
    (void)state;
    /* every byte value at every place of a string longer than two words
     * (the printer reads eight bytes at a time), and at its end */
    char text[20];
    for (unsigned v = 1; v < 256; v++)
        for (size_t at = 0; at < sizeof text - 1; at++) {
            memset(text, 'x', sizeof text - 1);
            text[sizeof text - 1] = '\0';
            text[at] = (char)v;
            text[(at + 7) % (sizeof text - 1)] = '"';
            cJSON *str = cJSON_CreateString(text);
            char *want = cJSON_PrintUnformatted(str);
            char *got = compact(str);
            assert_string_equal(got, want);
            free(got);
            cJSON_free(want);
            cJSON_Delete(str);
        }
    cJSON *str = cJSON_CreateString("Inspectors said: \"We found\nlittle\\none.\"");
    char *got = compact(str);
    assert_string_equal(got, "\"Inspectors said: \\\"We found\\nlittle\\\\none.\\\"\"");
    free(got);
    cJSON_Delete(str);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(record_has_every_key_even_when_nothing_is_found),
        cmocka_unit_test(record_sha256_is_of_original_bytes),
        cmocka_unit_test(evidence_text_replaces_invalid_bytes),
        cmocka_unit_test(writer_json_is_one_array_and_jsonl_one_line_each),
        cmocka_unit_test(writer_csv_has_header_and_quotes_cells),
        cmocka_unit_test(streamed_record_equals_built_record),
        cmocka_unit_test(streamed_compact_record_is_the_built_record_byte_for_byte),
        cmocka_unit_test(csv_fieldwork_spans_every_fieldwork_date),
        cmocka_unit_test(compact_print_is_cjson_unformatted_byte_for_byte),
        cmocka_unit_test(compact_print_escapes_a_byte_wherever_it_stands),
    };
    return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
