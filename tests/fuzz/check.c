#include "tests/fuzz/check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "inspex.h"
#include "output/writer.h"

static ix_engine *engine;

static void free_engine(void)
{
    ix_engine_free(engine);
}

static const ix_engine *get_engine(void)
{
    if (!engine) {
        ix_err err = {0};
        engine = ix_engine_new(&err);
        if (!engine) {
            fprintf(stderr, "fuzz: engine: %s\n", err.msg);
            abort();
        }
        atexit(free_engine);
    }
    return engine;
}

static const char *const keys[] = {
    "schema", "generator", "source", "title", "genre", "inspectorate", "subjects", "ratings",
    "dates", "caseloads", "figures", "quotes", "recommendations", "warnings",
};

static char why[512];

static const char *fail(const char *fmt, const char *what)
{
    snprintf(why, sizeof why, fmt, what);
    return why;
}

static int is_pair(const cJSON *v)
{
    return cJSON_IsArray(v) && cJSON_GetArraySize(v) == 2 &&
           cJSON_IsNumber(cJSON_GetArrayItem(v, 0)) && cJSON_IsNumber(cJSON_GetArrayItem(v, 1));
}

static int pair_in_bounds(const cJSON *v, size_t len)
{
    double s = cJSON_GetArrayItem(v, 0)->valuedouble, e = cJSON_GetArrayItem(v, 1)->valuedouble;
    return s >= 0 && s <= e && e <= (double)len;
}

/* Every span, speaker_span and item of spans, wherever it sits. */
static const char *spans_in_bounds(const cJSON *node, size_t len)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, node) {
        const char *k = c->string;
        if (k && (!strcmp(k, "span") || !strcmp(k, "speaker_span")) && !cJSON_IsNull(c)) {
            if (!is_pair(c) || !pair_in_bounds(c, len))
                return fail("a %s is not a pair inside the input", k);
        } else if (k && !strcmp(k, "spans")) {
            const cJSON *s;
            cJSON_ArrayForEach(s, c)
                if (!is_pair(s) || !pair_in_bounds(s, len))
                    return fail("an item of %s is not a pair inside the input", k);
        } else if (cJSON_IsArray(c) || cJSON_IsObject(c)) {
            const char *bad = spans_in_bounds(c, len);
            if (bad)
                return bad;
        }
    }
    return NULL;
}

static const char *record_whole(const cJSON *rec, size_t len)
{
    if (!cJSON_IsObject(rec))
        return "the record is not an object";
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (!cJSON_HasObjectItem(rec, keys[i]))
            return fail("the record has no \"%s\"", keys[i]);
    const cJSON *bytes =
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(rec, "source"), "bytes");
    if (!cJSON_IsNumber(bytes) || bytes->valuedouble != (double)len)
        return "source.bytes is not the input's length";
    return spans_in_bounds(rec, len);
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

/* The doc written by a stream writer in format, as a malloc'd string. */
static char *written(const ix_doc *doc, ix_format format, int pretty, size_t *n)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, n);
    if (!f)
        return NULL;
    ix_writer *w = ix_writer_new(f, format, pretty);
    ix_err err = {0};
    int rc = w ? ix_writer_add(w, doc, &err) : IX_ENOMEM;
    if (ix_writer_close(w, &err) != IX_OK)
        rc = IX_EIO;
    fclose(f);
    if (rc != IX_OK) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* The streamed JSON of doc parses, is valid UTF-8 and equals tree. */
static const char *writer_agrees(const ix_doc *doc, const cJSON *tree, ix_format format,
                                 int pretty)
{
    size_t n = 0;
    char *out = written(doc, format, pretty, &n);
    if (!out)
        return "the writer failed";
    const char *bad = NULL;
    if (!valid_utf8(out, n))
        bad = "the writer's output is not valid UTF-8";
    else if (format == IX_FORMAT_JSONL && (n == 0 || out[n - 1] != '\n' ||
                                           memchr(out, '\n', n - 1)))
        bad = "the JSON Lines output is not one line";
    else if (format != IX_FORMAT_CSV) {
        cJSON *back = cJSON_ParseWithLength(out, n);
        if (format == IX_FORMAT_JSON && back) {
            cJSON *first = cJSON_DetachItemFromArray(back, 0);
            if (cJSON_GetArraySize(back) != 0) {
                cJSON_Delete(first);
                first = NULL;
            }
            cJSON_Delete(back);
            back = first;
        }
        if (!back)
            bad = "the writer's output is not one record of JSON";
        else if (!cJSON_Compare(back, tree, 1))
            bad = "the streamed record differs from the record tree";
        cJSON_Delete(back);
    }
    free(out);
    return bad;
}

const char *fz_check(const uint8_t *data, size_t size, const char *format, int writer)
{
    ix_err err = {0};
    const char *path = strcmp(format, "html") == 0 ? "fuzz.html" : "fuzz.txt";
    ix_doc *doc = ix_engine_extract(get_engine(), path, format, data, size, &err);
    if (!doc) {
        if (err.code == IX_EINPUT)
            return NULL;
        snprintf(why, sizeof why, "extraction failed (%d): %s", err.code, err.msg);
        return why;
    }
    cJSON *rec = ix_json_record(doc);
    const char *bad = rec ? record_whole(rec, size) : "out of memory building the record";
    if (!bad && writer)
        bad = writer_agrees(doc, rec, IX_FORMAT_JSONL, 0);
    if (!bad && writer)
        bad = writer_agrees(doc, rec, IX_FORMAT_JSON, 1);
    if (!bad && writer)
        bad = writer_agrees(doc, rec, IX_FORMAT_CSV, 0);
    cJSON_Delete(rec);
    ix_doc_free(doc);
    return bad;
}

void fz_run(const uint8_t *data, size_t size, const char *format, int writer)
{
    const char *bad = fz_check(data, size, format, writer);
    if (bad) {
        fprintf(stderr, "fuzz finding (%s, %zu bytes): %s\n", format, size, bad);
        abort();
    }
}
