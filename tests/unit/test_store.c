/* tests/unit/test_store.c -- the SQLite ingest store: what a re-run adds,
 * changed and reprocessed documents, rows that match their records, exports,
 * ingests killed (SIGKILL) in the middle that lose nothing and duplicate
 * nothing once re-run, two ingests at once, and the command line (env
 * INSPEX, default build/inspex) on stores it must refuse: not a database, a
 * newer layout, read-only, a full disk.  Documents are written by the test into a
 * temporary folder. */
#include "tests/unit/support.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corpus/store.h"
#include "output/json.h"

enum { NDOCS = 40 };

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

/* ---- a corpus written for the tests ------------------------------------ */

static const char *const places[] = {"Wealdmoor", "Cressington", "Lowfold", "Harrowmere",
                                     "Stanbury Vale", "Oxley Downs", "Brimcombe", "Tarnside"};
static const char *const bands[] = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
static const char *const months[] = {"January", "March", "May", "July", "September", "November"};
static const char *const counts[] = {"three", "four", "five", "six", "seven", "eight"};

static void write_doc(const char *dir, int i, int variant)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%03d-release.txt", dir, i);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    const char *place = places[i % 8];
    int year = 2018 + i % 6;
    fprintf(f,
            "%s probation service rated '%s' (release %d)\n\n"
            "HM Inspectorate of Probation has rated the %s Community Rehabilitation Company "
            "(CRC) as '%s' following an inspection in %s %d.\n\n"
            "The CRC supervises around %d people. Inspectors found that %d per cent of the "
            "cases they looked at had a sound plan, and that nearly two-thirds of people were "
            "seen on time.\n\n"
            "Chief Inspector Helen Marsh said: \"Staff in %s know the people they work with. "
            "Leaders now need to act on what we found.\"\n\n"
            "We have made %s recommendations.\n\n"
            "ENDS\n\n"
            "Notes to editors\n\n"
            "1. The report is published at 00:01 on Tuesday %d %s %d.\n",
            place, bands[i % 4], i, place, bands[i % 4], months[i % 6], year - 1,
            1000 + 37 * i, 30 + i % 50, place, counts[i % 6], 1 + i % 27, months[(i + 1) % 6],
            year);
    if (variant)
        fprintf(f, "2. This version was corrected (%d).\n", variant);
    fclose(f);
}

static char *make_corpus(int n)
{
    char *d = strdup("/tmp/inspex-store-XXXXXX");
    assert_non_null(mkdtemp(d));
    char sub[512];
    snprintf(sub, sizeof sub, "%s/docs", d);
    assert_int_equal(mkdir(sub, 0700), 0);
    for (int i = 0; i < n; i++)
        write_doc(sub, i, 0);
    return d;
}

static void rmtree(char *d)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
    free(d);
}

/* dir/name in a buffer of the caller's. */
#define PATH_IN(buf, dir, name) (snprintf((buf), sizeof(buf), "%s/%s", (dir), (name)), (buf))

/* ---- running ingests ------------------------------------------------------- */

typedef struct seen {
    int errors;
    char last_error[512];
    size_t progress_calls, last_done, last_total;
} seen;

static void on_error(void *ctx, const char *path, const char *reason)
{
    seen *s = ctx;
    s->errors++;
    snprintf(s->last_error, sizeof s->last_error, "%s: %s", path, reason);
}

static void on_progress(void *ctx, size_t done, size_t total, const char *path)
{
    (void)path;
    seen *s = ctx;
    s->progress_calls++;
    s->last_done = done;
    s->last_total = total;
}

static ix_store_stats ingest_on(const char *db, const char *dir, int reprocess, int jobs,
                                seen *s)
{
    ix_err err = {0};
    ix_store *st = ix_store_open(db, &err);
    if (!st)
        fail_msg("open: %s", err.msg);
    seen local = {0};
    if (!s)
        s = &local;
    ix_store_opts o = {.reprocess = reprocess, .on_error = on_error, .progress = on_progress,
                       .ctx = s, .jobs = jobs};
    ix_store_stats stats = {0};
    char *args[] = {(char *)dir};
    if (ix_store_ingest(st, engine(), args, 1, &o, &stats, &err) != IX_OK)
        fail_msg("ingest: %s", err.msg);
    ix_store_close(st);
    return stats;
}

static ix_store_stats ingest(const char *db, const char *dir, int reprocess, seen *s)
{
    return ingest_on(db, dir, reprocess, 1, s);
}

static void assert_stats(ix_store_stats s, size_t added, size_t changed, size_t unchanged,
                         size_t reprocessed, size_t failed)
{
    if (s.added != added || s.changed != changed || s.unchanged != unchanged ||
        s.reprocessed != reprocessed || s.failed != failed)
        fail_msg("%zu new, %zu changed, %zu unchanged, %zu reprocessed, %zu failed; expected "
                 "%zu, %zu, %zu, %zu, %zu",
                 s.added, s.changed, s.unchanged, s.reprocessed, s.failed, added, changed,
                 unchanged, reprocessed, failed);
}

/* ---- looking inside with plain SQL ---------------------------------------- */

static sqlite3 *db_open(const char *db)
{
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
    sqlite3_busy_timeout(h, 5000);
    return h;
}

static long long scalar(sqlite3 *h, const char *q)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(h, q, -1, &s, NULL) != SQLITE_OK)
        fail_msg("%s: %s", q, sqlite3_errmsg(h));
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    long long v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

static void exec_sql(sqlite3 *h, const char *q)
{
    char *msg = NULL;
    if (sqlite3_exec(h, q, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", q, msg);
}

/* Every stored document is whole: its rows in each table are exactly the
 * items of its record, no more, no fewer; nothing is stored twice; no row
 * belongs to a document that is not there.  Returns the number stored. */
static long check_consistent(const char *db)
{
    if (access(db, F_OK) != 0)
        return 0;   /* killed before it made the store */
    sqlite3 *h = db_open(db);
    if (scalar(h, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == 0) {
        sqlite3_close(h);
        return 0;   /* killed while making it: the next open finishes it */
    }
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), "ok");
    sqlite3_finalize(s);
    assert_int_equal(scalar(h, "SELECT count(*) - count(DISTINCT location) FROM documents"), 0);

    static const char *const tables[] = {"subjects", "ratings", "dates", "caseloads",
                                         "figures", "quotes"};
    assert_int_equal(sqlite3_prepare_v2(h, "SELECT sha256, record FROM documents", -1, &s,
                                        NULL),
                     SQLITE_OK);
    long n = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *sha = (const char *)sqlite3_column_text(s, 0);
        cJSON *rec = cJSON_Parse((const char *)sqlite3_column_text(s, 1));
        assert_non_null(rec);
        assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(rec, "source"), "sha256")
                                ->valuestring,
                            sha);
        for (size_t t = 0; t < sizeof tables / sizeof *tables; t++) {
            char q[256];
            snprintf(q, sizeof q, "SELECT count(*) FROM %s WHERE sha256 = '%s'", tables[t], sha);
            long long rows = scalar(h, q);
            int items = cJSON_GetArraySize(cJSON_GetObjectItem(rec, tables[t]));
            if (rows != items)
                fail_msg("%s: %lld rows in %s for %d items", sha, rows, tables[t], items);
        }
        char q[256];
        snprintf(q, sizeof q, "SELECT count(*) FROM recommendations WHERE sha256 = '%s'", sha);
        assert_int_equal(scalar(h, q),
                         cJSON_IsObject(cJSON_GetObjectItem(rec, "recommendations")) ? 1 : 0);
        cJSON_Delete(rec);
        n++;
    }
    sqlite3_finalize(s);
    static const char *const all[] = {"subjects", "ratings", "dates", "caseloads", "figures",
                                      "quotes", "recommendations"};
    for (size_t t = 0; t < sizeof all / sizeof *all; t++) {
        char q[256];
        snprintf(q, sizeof q,
                 "SELECT count(*) FROM %s WHERE sha256 NOT IN (SELECT sha256 FROM documents)",
                 all[t]);
        assert_int_equal(scalar(h, q), 0);
    }
    sqlite3_close(h);
    return n;
}

/* ---- tests -------------------------------------------------------------------- */

static void store_rerun_adds_only_what_is_new(void **state)
{
    (void)state;
    char *d = make_corpus(NDOCS);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    seen s = {0};
    assert_stats(ingest(db, docs, 0, &s), NDOCS, 0, 0, 0, 0);
    assert_int_equal(s.progress_calls, NDOCS);
    assert_int_equal(s.last_done, NDOCS);
    assert_int_equal(s.last_total, NDOCS);
    assert_int_equal(check_consistent(db), NDOCS);

    assert_stats(ingest(db, docs, 0, NULL), 0, 0, NDOCS, 0, 0);

    /* three new documents, and the same bytes under a second name */
    for (int i = NDOCS; i < NDOCS + 3; i++)
        write_doc(docs, i, 0);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp %s/000-release.txt %s/zzz-copy.txt", docs, docs);
    assert_int_equal(system(cmd), 0);
    assert_stats(ingest(db, docs, 0, NULL), 3, 0, NDOCS + 1, 0, 0);
    assert_int_equal(check_consistent(db), NDOCS + 3);
    rmtree(d);
}

static void store_changed_document_replaces_its_old_rows(void **state)
{
    (void)state;
    char *d = make_corpus(10);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    ingest(db, docs, 0, NULL);
    sqlite3 *h = db_open(db);
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(h, "SELECT sha256 FROM documents"
                                           " WHERE path LIKE '%/004-release.txt'", -1, &s, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    char old[65];
    snprintf(old, sizeof old, "%s", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(h);

    write_doc(docs, 4, 1);
    write_doc(docs, 7, 1);
    assert_stats(ingest(db, docs, 0, NULL), 0, 2, 8, 0, 0);
    assert_int_equal(check_consistent(db), 10);
    h = db_open(db);
    assert_int_equal(scalar(h, "SELECT count(*) FROM documents WHERE path LIKE '%/004-release.txt'"), 1);
    assert_int_equal(scalar(h, "SELECT count(*) FROM documents WHERE record LIKE '%corrected (1)%'"), 0);
    char q[256];
    static const char *const all[] = {"documents", "subjects", "ratings", "dates", "caseloads",
                                      "figures", "quotes", "recommendations"};
    for (size_t t = 0; t < sizeof all / sizeof *all; t++) {
        snprintf(q, sizeof q, "SELECT count(*) FROM %s WHERE sha256 = '%s'", all[t], old);
        assert_int_equal(scalar(h, q), 0);
    }
    /* the new version's figures are there */
    assert_int_equal(scalar(h, "SELECT count(*) FROM figures f JOIN documents d USING (sha256)"
                               " WHERE d.path LIKE '%/004-release.txt'") > 0, 1);
    sqlite3_close(h);
    rmtree(d);
}

static void store_reprocess_reextracts_records_of_other_generators(void **state)
{
    (void)state;
    char *d = make_corpus(12);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    ingest(db, docs, 0, NULL);
    sqlite3 *h = db_open(db);
    exec_sql(h, "UPDATE documents SET generator = 'inspex 0.0.1'"
                " WHERE path LIKE '%/00_-release.txt'");   /* 000..009 */
    sqlite3_close(h);

    /* without --reprocess an older record stays */
    assert_stats(ingest(db, docs, 0, NULL), 0, 0, 12, 0, 0);
    /* with it, re-extracted (each in its own transaction) */
    assert_stats(ingest(db, docs, 1, NULL), 0, 0, 2, 10, 0);
    h = db_open(db);
    assert_int_equal(scalar(h, "SELECT count(*) FROM documents WHERE generator = 'inspex " IX_VERSION "'"), 12);
    exec_sql(h, "UPDATE documents SET generator = 'inspex 0.0.1' WHERE path LIKE '%/01_-release.txt'");
    sqlite3_close(h);
    assert_int_equal(check_consistent(db), 12);

    /* with no arguments: read again from where they were read; a file
     * changed since is reported, not stored */
    write_doc(docs, 11, 2);
    ix_err err = {0};
    ix_store *st = ix_store_open(db, &err);
    assert_non_null(st);
    seen s = {0};
    ix_store_opts o = {.on_error = on_error, .ctx = &s};
    ix_store_stats stats = {0};
    assert_int_equal(ix_store_reprocess(st, engine(), &o, &stats, &err), IX_OK);
    ix_store_close(st);
    assert_stats(stats, 0, 0, 0, 1, 1);
    assert_int_equal(s.errors, 1);
    assert_non_null(strstr(s.last_error, "011-release.txt: changed since it was stored"));
    assert_int_equal(check_consistent(db), 12);
    rmtree(d);
}

static void store_reports_failed_documents_and_stores_the_rest(void **state)
{
    (void)state;
    char *d = make_corpus(5);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    char p[600];
    FILE *f = fopen(PATH_IN(p, docs, "empty.txt"), "w");
    fclose(f);
    f = fopen(PATH_IN(p, docs, "binary.txt"), "w");
    fwrite("PK\0\3\4 zip", 1, 10, f);
    fclose(f);
    seen s = {0};
    assert_stats(ingest(db, docs, 0, &s), 5, 0, 0, 0, 2);
    assert_int_equal(s.errors, 2);
    assert_non_null(strstr(s.last_error, "empty.txt: "));
    assert_int_equal(check_consistent(db), 5);
    rmtree(d);
}

static void store_rows_are_queryable_as_the_readme_shows(void **state)
{
    (void)state;
    char *d = make_corpus(NDOCS);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    ingest(db, docs, 0, NULL);
    sqlite3 *h = db_open(db);
    /* the README's queries run as written */
    static const char *const readme[] = {
        "SELECT substr(d.published, 1, 4) AS year, s.name, r.value"
        " FROM ratings r JOIN documents d USING (sha256)"
        " LEFT JOIN subjects s ON s.sha256 = r.sha256 AND s.id = r.subject"
        " WHERE r.scope = 'overall' ORDER BY year, s.name",
        "SELECT substr(d.published, 1, 4) AS year, count(*) AS reports,"
        " round(avg(r.count), 1) AS recommendations"
        " FROM documents d JOIN recommendations r USING (sha256)"
        " GROUP BY year ORDER BY year",
        "SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.sha256) AS documents"
        " FROM quotes q WHERE q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY quotes DESC",
    };
    for (size_t i = 0; i < sizeof readme / sizeof *readme; i++) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(h, readme[i], -1, &s, NULL) != SQLITE_OK)
            fail_msg("%s: %s", readme[i], sqlite3_errmsg(h));
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            ;
        assert_int_equal(rc, SQLITE_DONE);
        sqlite3_finalize(s);
    }
    /* the columns hold the record's values */
    assert_int_equal(scalar(h, "SELECT count(*) FROM recommendations WHERE count BETWEEN 3 AND 8"),
                     NDOCS);
    assert_int_equal(scalar(h, "SELECT count(*) FROM figures WHERE kind = 'percent'"
                               " AND abs(value * 100 - cast(substr(text, 1, 2) AS INTEGER)) < 1e-6"),
                     NDOCS);
    assert_int_equal(scalar(h, "SELECT count(*) FROM documents WHERE bytes > 0 AND genre IS NOT NULL"
                               " AND generator = 'inspex " IX_VERSION "' AND ingested_at LIKE '20__-%Z'"),
                     NDOCS);
    /* a span points at its evidence in the file */
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(h, "SELECT d.location, c.span_start, c.span_end, c.text"
                                           " FROM caseloads c JOIN documents d USING (sha256)"
                                           " LIMIT 1", -1, &s, NULL),
                     SQLITE_OK);
    if (sqlite3_step(s) == SQLITE_ROW) {
        FILE *f = fopen((const char *)sqlite3_column_text(s, 0), "rb");
        assert_non_null(f);
        char buf[256] = "";
        long a = sqlite3_column_int(s, 1), b = sqlite3_column_int(s, 2);
        fseek(f, a, SEEK_SET);
        assert_true(b - a < (long)sizeof buf);
        assert_int_equal(fread(buf, 1, (size_t)(b - a), f), b - a);
        fclose(f);
        assert_string_equal(buf, (const char *)sqlite3_column_text(s, 3));
    }
    sqlite3_finalize(s);
    sqlite3_close(h);
    rmtree(d);
}

static char *export_to_string(const char *db, ix_format format, int pretty)
{
    ix_err err = {0};
    ix_store *st = ix_store_open(db, &err);
    assert_non_null(st);
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    if (ix_store_export(st, out, format, pretty, &err) != IX_OK)
        fail_msg("export: %s", err.msg);
    fclose(out);
    ix_store_close(st);
    return buf;
}

/* The same run on one thread and on four, step by step, into two stores:
 * the same counts, the same messages in the same order, the same records. */
static void assert_same_on_threads(const char *db1, const char *db4, const char *docs,
                                   int reprocess, ix_store_stats expect)
{
    seen s1 = {0}, s4 = {0};
    ix_store_stats one = ingest_on(db1, docs, reprocess, 1, &s1);
    ix_store_stats four = ingest_on(db4, docs, reprocess, 4, &s4);
    assert_stats(one, expect.added, expect.changed, expect.unchanged, expect.reprocessed,
                 expect.failed);
    assert_stats(four, expect.added, expect.changed, expect.unchanged, expect.reprocessed,
                 expect.failed);
    assert_int_equal(s1.errors, s4.errors);
    assert_string_equal(s1.last_error, s4.last_error);
    assert_int_equal(s1.progress_calls, s4.progress_calls);
    assert_int_equal(s4.last_done, s4.last_total);
    char *x1 = export_to_string(db1, IX_FORMAT_JSONL, 0);
    char *x4 = export_to_string(db4, IX_FORMAT_JSONL, 0);
    assert_true(strlen(x4) > 1000);
    assert_string_equal(x1, x4);
    free(x1);
    free(x4);
    assert_int_equal(check_consistent(db1), check_consistent(db4));
}

static void store_ingest_on_threads_decides_as_one_thread(void **state)
{
    (void)state;
    char *d = make_corpus(NDOCS);
    char db1[512], db4[512], docs[512], bad[600];
    PATH_IN(db1, d, "one.db");
    PATH_IN(db4, d, "four.db");
    PATH_IN(docs, d, "docs");
    PATH_IN(bad, docs, "015-empty.txt");
    FILE *f = fopen(bad, "w");
    assert_non_null(f);
    fclose(f);
    assert_same_on_threads(db1, db4, docs, 0, (ix_store_stats){NDOCS, 0, 0, 0, 1});
    assert_same_on_threads(db1, db4, docs, 0, (ix_store_stats){0, 0, NDOCS, 0, 1});
    /* 004 changes, and its old bytes come back under a later name: a worker
     * may find them stored, but by the time they are written the change
     * of 004 has removed them, so they are new, as on one thread */
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "cp %s/004-release.txt %s/004-zold.txt", docs, docs);
    assert_int_equal(system(cmd), 0);
    write_doc(docs, 4, 1);
    assert_same_on_threads(db1, db4, docs, 0, (ix_store_stats){1, 1, NDOCS - 1, 0, 1});
    /* records of another generator, re-extracted */
    for (int k = 0; k < 2; k++) {
        sqlite3 *h = db_open(k ? db4 : db1);
        exec_sql(h, "UPDATE documents SET generator = 'inspex 0.0.1' WHERE path LIKE '%/01%'");
        sqlite3_close(h);
    }
    assert_same_on_threads(db1, db4, docs, 1, (ix_store_stats){0, 0, NDOCS + 1 - 10, 10, 1});
    rmtree(d);
}

static void store_export_writes_every_record_back_out(void **state)
{
    (void)state;
    char *d = make_corpus(8);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    ingest(db, docs, 0, NULL);

    char *jsonl = export_to_string(db, IX_FORMAT_JSONL, 0);
    int lines = 0;
    for (char *line = jsonl, *nl; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        *nl = '\0';
        cJSON *rec = cJSON_Parse(line);
        assert_non_null(rec);
        assert_string_equal(cJSON_GetObjectItem(rec, "schema")->valuestring, IX_SCHEMA);
        /* the record as extract would write it */
        const char *path = cJSON_GetObjectItem(cJSON_GetObjectItem(rec, "source"), "path")->valuestring;
        char expect[600];
        snprintf(expect, sizeof expect, "%s/%03d-release.txt", docs, lines % 1000);
        assert_string_equal(path, expect);
        cJSON_Delete(rec);
        lines++;
    }
    assert_int_equal(lines, 8);
    free(jsonl);

    char *json = export_to_string(db, IX_FORMAT_JSON, 1);
    cJSON *arr = cJSON_Parse(json);
    assert_true(cJSON_IsArray(arr));
    assert_int_equal(cJSON_GetArraySize(arr), 8);
    cJSON_Delete(arr);
    free(json);

    char *csv = export_to_string(db, IX_FORMAT_CSV, 0);
    assert_true(strncmp(csv, "path,title,subject,type,owner,overall_rating,publication_date,", 62) == 0);
    int rows = 0;
    for (const char *p = csv; *p; p++)
        rows += *p == '\n';
    assert_int_equal(rows, 9);
    assert_non_null(strstr(csv, "/000-release.txt\","));
    free(csv);

    /* an empty store exports an empty array */
    char edb[512];
    char *empty = export_to_string(PATH_IN(edb, d, "empty.db"), IX_FORMAT_JSON, 0);
    assert_string_equal(empty, "[]\n");
    free(empty);
    rmtree(d);
}

static void store_refuses_what_is_not_a_store(void **state)
{
    (void)state;
    char *d = make_corpus(0);
    char notdb[512], newer[512];
    PATH_IN(notdb, d, "notes.db");
    FILE *f = fopen(notdb, "w");
    fputs("These are notes, not a database; they are long enough to have a header.\n", f);
    fclose(f);
    ix_err err = {0};
    assert_null(ix_store_open(notdb, &err));
    assert_int_equal(err.code, IX_ESTORE);

    PATH_IN(newer, d, "newer.db");
    ix_store *st = ix_store_open(newer, &err);
    assert_non_null(st);
    ix_store_close(st);
    sqlite3 *h = db_open(newer);
    exec_sql(h, "UPDATE meta SET value = '99' WHERE key = 'layout'");
    sqlite3_close(h);
    assert_null(ix_store_open(newer, &err));
    assert_int_equal(err.code, IX_ESTORE);
    assert_non_null(strstr(err.msg, "newer inspex"));

    assert_null(ix_store_open("/nonexistent-dir/x/corpus.db", &err));
    assert_int_equal(err.code, IX_ESTORE);
    rmtree(d);
}

/* ---- interrupted ingests --------------------------------------------------- */

typedef struct killer {
    int fd;         /* tell the parent we are inside a transaction */
    int at;         /* ... at this document */
    int n;
} killer;

static void stop_inside_transaction(void *ctx, const char *path)
{
    (void)path;
    killer *k = ctx;
    if (++k->n == k->at) {
        if (write(k->fd, "k", 1) != 1)
            _exit(3);
        for (;;)
            pause();   /* the parent kills us here, before COMMIT */
    }
}

/* Run an ingest in a child process and SIGKILL it: inside the transaction
 * of document `at` when at > 0, else after delay_us microseconds (at < 0:
 * let it finish).  Returns the microseconds the child ran. */
static long killed_ingest(const char *db, const char *docs, int at, long delay_us)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        ix_err err = {0};
        ix_engine *eng = ix_engine_new(&err);
        ix_store *st = eng ? ix_store_open(db, &err) : NULL;
        if (!st)
            _exit(2);
        killer k = {fds[1], at, 0};
        ix_store_opts o = {.before_commit = at > 0 ? stop_inside_transaction : NULL, .ctx = &k};
        ix_store_stats stats = {0};
        char *args[] = {(char *)docs};
        ix_store_ingest(st, eng, args, 1, &o, &stats, &err);
        _exit(0);
    }
    close(fds[1]);
    if (at > 0) {
        char c;
        assert_int_equal(read(fds[0], &c, 1), 1);
    } else if (at == 0) {
        struct timespec ts = {delay_us / 1000000, (delay_us % 1000000) * 1000};
        nanosleep(&ts, NULL);
    }
    if (at >= 0)
        kill(pid, SIGKILL);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    close(fds[0]);
    return (t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_nsec - t0.tv_nsec) / 1000;
}

static void store_ingest_killed_inside_a_transaction_loses_and_duplicates_nothing(void **state)
{
    (void)state;
    char *d = make_corpus(NDOCS);
    char db[512], docs[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    killed_ingest(db, docs, 25, 0);
    /* 24 documents committed; the 25th, killed before COMMIT, is not there
     * at all (no stray rows) */
    assert_int_equal(check_consistent(db), 24);
    sqlite3 *h = db_open(db);
    assert_int_equal(scalar(h, "SELECT count(*) FROM documents WHERE path LIKE '%/024-release.txt'"), 0);
    sqlite3_close(h);
    /* the re-run completes it */
    assert_stats(ingest(db, docs, 0, NULL), NDOCS - 24, 0, 24, 0, 0);
    assert_int_equal(check_consistent(db), NDOCS);
    assert_stats(ingest(db, docs, 0, NULL), 0, 0, NDOCS, 0, 0);
    rmtree(d);
}

static void store_ingest_killed_at_any_moment_is_completed_by_a_rerun(void **state)
{
    (void)state;
    enum { MANY = 100, ROUNDS = 20, FRESH = 5 };
    char *d = make_corpus(MANY);
    char db[512], docs[512], scratch[512];
    PATH_IN(db, d, "corpus.db");
    PATH_IN(docs, d, "docs");
    PATH_IN(scratch, d, "scratch.db");
    /* How long a whole run takes here; kills land anywhere inside it. */
    long whole = killed_ingest(scratch, docs, -1, 0);
    unsigned seed = (unsigned)time(NULL);
    srand(seed);
    int interrupted = 0, total = MANY;
    for (int round = 0; round < ROUNDS; round++) {
        /* work for the killed run: a fifth of the documents changed (so it
         * may be replacing rows) and a few new ones */
        for (int i = round % 5; i < total; i += 5)
            write_doc(docs, i, round + 1);
        for (int i = 0; i < FRESH; i++)
            write_doc(docs, total++, 0);
        long delay = (long)((double)whole * (0.02 + 0.6 * rand() / (double)RAND_MAX));
        killed_ingest(db, docs, 0, delay);
        long now = check_consistent(db);   /* whole documents only, once each */
        if (getenv("IX_TEST_VERBOSE"))
            print_message("round %d: killed after %ld of %ld us: %ld of %d documents stored\n",
                          round, delay, whole, now, total);
        interrupted += now < total;
        /* the re-run completes it: nothing lost, nothing doubled */
        ix_store_stats s = ingest(db, docs, 0, NULL);
        if (s.failed != 0 || s.added + s.changed + s.unchanged != (size_t)total)
            fail_msg("round %d (seed %u): re-run saw %zu documents of %d", round, seed,
                     s.added + s.changed + s.unchanged, total);
        if (check_consistent(db) != total)
            fail_msg("round %d (seed %u): %d documents expected after the re-run", round, seed,
                     total);
    }
    print_message("%d of %d killed runs were interrupted before their end\n", interrupted,
                  ROUNDS);
    assert_stats(ingest(db, docs, 0, NULL), 0, 0, (size_t)total, 0, 0);
    rmtree(d);
}

/* ---- the command line on stores it must refuse -------------------------- */

static const char *inspex_bin(void)
{
    const char *env = getenv("INSPEX");
    return env && *env ? env : "build/inspex";
}

/* Run `inspex args...` (NULL-terminated), setup(ctx) first in the child;
 * its standard error into err_out.  Returns the exit status; a signal
 * fails the test. */
static int run_inspex(char *err_out, size_t cap, void (*setup)(const void *), const void *ctx,
                      const char *const *args)
{
    char errpath[] = "/tmp/inspex-store-err-XXXXXX";
    int efd = mkstemp(errpath);
    assert_true(efd >= 0);
    const char *argv[32] = {inspex_bin()};
    size_t n = 1;
    for (; args[n - 1]; n++)
        argv[n] = args[n - 1];
    argv[n] = NULL;
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int nul = open("/dev/null", O_RDWR);
        dup2(nul, 0);
        dup2(nul, 1);
        dup2(efd, 2);
        if (setup)
            setup(ctx);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    ssize_t got = pread(efd, err_out, cap - 1, 0);
    err_out[got > 0 ? got : 0] = '\0';
    close(efd);
    unlink(errpath);
    if (!WIFEXITED(status))
        fail_msg("inspex killed by signal %d; stderr: %s", WTERMSIG(status), err_out);
    return WEXITSTATUS(status);
}

#define INSPEX(err, setup, ctx, ...) \
    run_inspex((err), sizeof(err), (setup), (ctx), (const char *const[]){__VA_ARGS__, NULL})

/* The whole file, malloc'd (*len bytes). */
static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("%s: %s", path, strerror(errno));
    unsigned char *b = NULL;
    size_t n = 0, cap = 0, got;
    do {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 1 << 20;
            b = realloc(b, cap);
            assert_non_null(b);
        }
        got = fread(b + n, 1, 65536, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return b;
}

static void assert_same_bytes(const unsigned char *a, size_t alen, const char *path)
{
    size_t blen;
    unsigned char *b = slurp(path, &blen);
    if (alen != blen || memcmp(a, b, alen) != 0)
        fail_msg("%s changed (%zu bytes, was %zu)", path, blen, alen);
    free(b);
}

/* stderr says "inspex: ... store: DB: " and then `why`. */
static void assert_store_error(const char *err, const char *db, const char *why)
{
    char want[1024];
    snprintf(want, sizeof want, "store: %s: ", db);
    const char *at = strstr(err, want);
    if (strncmp(err, "inspex: ", 8) != 0 || !at || !strstr(at, why))
        fail_msg("stderr does not say 'inspex: ... %s...%s': %s", want, why, err);
}

static void store_cli_refuses_a_file_that_is_not_a_database(void **state)
{
    (void)state;
    char *d = make_corpus(2);
    char db[512], docs[512], err[2048];
    PATH_IN(db, d, "notes.db");
    PATH_IN(docs, d, "docs");
    static const char notes[] = "Notes for the Lowfold visit: bring the case list, and the "
                                "keys to the interview room. This is not a database.\n";
    FILE *f = fopen(db, "w");
    fputs(notes, f);
    fclose(f);
    assert_int_equal(INSPEX(err, NULL, NULL, "ingest", "--store", db, docs), 1);
    assert_store_error(err, db, "not a database");
    assert_same_bytes((const unsigned char *)notes, sizeof notes - 1, db);
    assert_int_equal(INSPEX(err, NULL, NULL, "export", "--store", db), 1);
    assert_store_error(err, db, "not a database");
    assert_same_bytes((const unsigned char *)notes, sizeof notes - 1, db);
    rmtree(d);
}

/* A store with one document in it; its bytes into *len. */
static unsigned char *small_store(const char *d, const char *db, size_t *len)
{
    char one[512];
    PATH_IN(one, d, "docs/000-release.txt");
    char err[2048];
    assert_int_equal(INSPEX(err, NULL, NULL, "ingest", "--store", db, one), 0);
    return slurp(db, len);
}

static void store_cli_refuses_a_store_of_a_newer_inspex(void **state)
{
    (void)state;
    char *d = make_corpus(3);
    char db[512], docs[512], err[2048];
    PATH_IN(db, d, "newer.db");
    PATH_IN(docs, d, "docs");
    size_t len;
    free(small_store(d, db, &len));
    sqlite3 *h = db_open(db);
    /* as a newer inspex might leave it: another journal mode, a new table */
    exec_sql(h, "PRAGMA journal_mode=DELETE");
    exec_sql(h, "UPDATE meta SET value = '2' WHERE key = 'layout'");
    exec_sql(h, "CREATE TABLE inspections(sha256 TEXT, visit TEXT)");
    exec_sql(h, "DROP TABLE figures");
    sqlite3_close(h);
    unsigned char *before = slurp(db, &len);
    assert_int_equal(INSPEX(err, NULL, NULL, "ingest", "--store", db, docs), 1);
    assert_store_error(err, db, "made by a newer inspex (layout 2; this one reads 1)");
    assert_same_bytes(before, len, db);
    char wal[600];
    snprintf(wal, sizeof wal, "%s-wal", db);
    assert_int_equal(access(wal, F_OK), -1);
    free(before);
    rmtree(d);
}

/* In the child: give up root (root may write any file) for nobody's. */
static void as_nobody(const void *ctx)
{
    (void)ctx;
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
        _exit(126);
}

static void store_cli_refuses_a_read_only_store(void **state)
{
    (void)state;
    char *d = make_corpus(3);
    char db[512], docs[512], err[2048];
    PATH_IN(db, d, "kept.db");
    PATH_IN(docs, d, "docs");
    size_t len;
    unsigned char *before = small_store(d, db, &len);
    assert_int_equal(chmod(db, 0444), 0);
    assert_int_equal(chmod(d, 0755), 0);   /* nobody may reach it, not change it */
    char sub[512];
    assert_int_equal(chmod(PATH_IN(sub, d, "docs"), 0755), 0);
    for (int i = 0; i < 3; i++) {
        char p[600];
        snprintf(p, sizeof p, "%s/%03d-release.txt", docs, i);
        assert_int_equal(chmod(p, 0644), 0);
    }
    assert_int_equal(INSPEX(err, as_nobody, NULL, "ingest", "--store", db, docs), 1);
    assert_store_error(err, db, "read-only");
    assert_same_bytes(before, len, db);
    free(before);
    rmtree(d);
}

/* In the child: no file may grow past *ctx bytes (a full disk), and
 * writing past it is an error, not SIGXFSZ. */
static void small_disk(const void *ctx)
{
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {*(const rlim_t *)ctx, *(const rlim_t *)ctx};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
        _exit(126);
}


static void store_cli_full_disk_is_an_error_and_the_store_keeps_what_it_had(void **state)
{
    (void)state;
    char *d = make_corpus(3);
    char db[512], big[512], err[2048];
    PATH_IN(db, d, "full.db");
    size_t len;
    free(small_store(d, db, &len));
    char *before = export_to_string(db, IX_FORMAT_JSONL, 0);
    /* a long report: its record (hundreds of figures) needs far more room
     * than is left */
    PATH_IN(big, d, "big.txt");
    FILE *f = fopen(big, "w");
    for (int i = 0; i < 400; i++)
        fprintf(f, "In visit %d inspectors found that %d per cent of the %d cases in "
                   "Harrowmere had a plan by %d March 2021.\n\n",
                i, 10 + i % 80, 100 + i, 1 + i % 28);
    fclose(f);
    rlim_t room = (rlim_t)len + 48 * 1024;
    assert_int_equal(INSPEX(err, small_disk, &room, "ingest", "--store", db, big), 1);
    assert_store_error(err, db, "disk");
    if (!strstr(err, big))
        fail_msg("stderr does not name the document: %s", err);
    char *after = export_to_string(db, IX_FORMAT_JSONL, 0);
    assert_string_equal(after, before);
    assert_int_equal(check_consistent(db), 1);
    free(before);
    free(after);
    rmtree(d);
}

static void store_two_ingests_at_once_lose_and_double_nothing(void **state)
{
    (void)state;
    enum { HALF = 40 };
    char *d = make_corpus(0);
    char db[512], a[512], b[512];
    PATH_IN(db, d, "shared.db");
    PATH_IN(a, d, "a");
    PATH_IN(b, d, "b");
    assert_int_equal(mkdir(a, 0700), 0);
    assert_int_equal(mkdir(b, 0700), 0);
    /* a: documents 0..59, b: 20..79; 20..59 in both (the same bytes) */
    for (int i = 0; i < HALF * 3 / 2; i++) {
        write_doc(a, i, 0);
        write_doc(b, i + HALF / 2, 0);
    }
    pid_t pids[2];
    const char *dirs[2] = {a, b};
    fflush(NULL);
    for (int k = 0; k < 2; k++) {
        pids[k] = fork();
        assert_true(pids[k] >= 0);
        if (pids[k] == 0) {
            int nul = open("/dev/null", O_RDWR);
            dup2(nul, 1);
            execl(inspex_bin(), inspex_bin(), "ingest", "--store", db, dirs[k], (char *)NULL);
            _exit(127);
        }
    }
    for (int k = 0; k < 2; k++) {
        int status = 0;
        assert_int_equal(waitpid(pids[k], &status, 0), pids[k]);
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
    }
    /* 80 distinct documents; the 40 shared bytes stored once (at whichever
     * path came first) */
    assert_int_equal(check_consistent(db), HALF * 2);
    sqlite3 *h = db_open(db);
    assert_int_equal(scalar(h, "SELECT count(DISTINCT sha256) FROM documents"), HALF * 2);
    sqlite3_close(h);
    assert_stats(ingest(db, a, 0, NULL), 0, 0, HALF * 3 / 2, 0, 0);
    assert_stats(ingest(db, b, 0, NULL), 0, 0, HALF * 3 / 2, 0, 0);
    rmtree(d);
}

int main(void)
{
    alarm(1200);   /* a guard: a hung ingest fails the suite */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(store_rerun_adds_only_what_is_new),
        cmocka_unit_test(store_changed_document_replaces_its_old_rows),
        cmocka_unit_test(store_ingest_on_threads_decides_as_one_thread),
        cmocka_unit_test(store_reprocess_reextracts_records_of_other_generators),
        cmocka_unit_test(store_reports_failed_documents_and_stores_the_rest),
        cmocka_unit_test(store_rows_are_queryable_as_the_readme_shows),
        cmocka_unit_test(store_export_writes_every_record_back_out),
        cmocka_unit_test(store_refuses_what_is_not_a_store),
        cmocka_unit_test(store_ingest_killed_inside_a_transaction_loses_and_duplicates_nothing),
        cmocka_unit_test(store_ingest_killed_at_any_moment_is_completed_by_a_rerun),
        cmocka_unit_test(store_cli_refuses_a_file_that_is_not_a_database),
        cmocka_unit_test(store_cli_refuses_a_store_of_a_newer_inspex),
        cmocka_unit_test(store_cli_refuses_a_read_only_store),
        cmocka_unit_test(store_cli_full_disk_is_an_error_and_the_store_keeps_what_it_had),
        cmocka_unit_test(store_two_ingests_at_once_lose_and_double_nothing),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ix_engine_free(engine());
    return rc;
}
