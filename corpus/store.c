#include "corpus/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus/input.h"
#include "corpus/pool.h"
#include "output/writer.h"
#include "output/json.h"
#include "pipeline/hash.h"

/* The layout of the tables; a store with a higher number was made by a
 * newer inspex and is left alone. */
enum { LAYOUT = 1 };

static const char GENERATOR[] = "inspex " IX_VERSION;

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents(\n"
    "  sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, location TEXT, bytes INTEGER NOT NULL,\n"
    "  format TEXT, generator TEXT NOT NULL, title TEXT, genre TEXT, published TEXT,\n"
    "  record TEXT NOT NULL, ingested_at TEXT NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS documents_location ON documents(location);\n"
    "CREATE INDEX IF NOT EXISTS documents_path ON documents(path);\n"
    "CREATE TABLE IF NOT EXISTS subjects(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  id TEXT, name TEXT, short TEXT, type TEXT, owner TEXT,\n"
    "  span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS ratings(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  subject TEXT, scope TEXT, value TEXT, scale TEXT, text TEXT, rule TEXT,\n"
    "  span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS dates(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  role TEXT, start TEXT, end TEXT, time TEXT, text TEXT, rule TEXT,\n"
    "  span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS caseloads(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  subject TEXT, count REAL, approx TEXT, unit TEXT, as_of TEXT, text TEXT, rule TEXT,\n"
    "  span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS figures(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  value REAL, kind TEXT, approx TEXT, text TEXT, rule TEXT,\n"
    "  span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS quotes(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  speaker TEXT, speaker_role TEXT, attribution TEXT, partial INTEGER, text TEXT,\n"
    "  rule TEXT, spans TEXT, span_start INTEGER, span_end INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS recommendations(\n"
    "  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,\n"
    "  count INTEGER, text TEXT, rule TEXT, span_start INTEGER, span_end INTEGER,\n"
    "  items TEXT);\n"
    "CREATE INDEX IF NOT EXISTS subjects_doc ON subjects(sha256);\n"
    "CREATE INDEX IF NOT EXISTS ratings_doc ON ratings(sha256);\n"
    "CREATE INDEX IF NOT EXISTS dates_doc ON dates(sha256);\n"
    "CREATE INDEX IF NOT EXISTS caseloads_doc ON caseloads(sha256);\n"
    "CREATE INDEX IF NOT EXISTS figures_doc ON figures(sha256);\n"
    "CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(sha256);\n"
    "CREATE INDEX IF NOT EXISTS recommendations_doc ON recommendations(sha256);\n";

/* Prepared statements, by purpose. */
enum {
    Q_BY_SHA, Q_BY_LOCATION, Q_DELETE, Q_DOC, Q_SUBJECT, Q_RATING, Q_DATE, Q_CASELOAD,
    Q_FIGURE, Q_QUOTE, Q_RECS, Q_BEGIN, Q_COMMIT, Q_ROLLBACK, NQ
};

static const char *const sql[NQ] = {
    [Q_BY_SHA] = "SELECT generator FROM documents WHERE sha256 = ?1",
    [Q_BY_LOCATION] = "SELECT sha256 FROM documents WHERE location = ?1",
    [Q_DELETE] = "DELETE FROM documents WHERE sha256 = ?1",
    [Q_DOC] = "INSERT INTO documents(sha256, path, location, bytes, format, generator, title,"
              " genre, published, record, ingested_at)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [Q_SUBJECT] = "INSERT INTO subjects VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [Q_RATING] = "INSERT INTO ratings VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [Q_DATE] = "INSERT INTO dates VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [Q_CASELOAD] = "INSERT INTO caseloads VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [Q_FIGURE] = "INSERT INTO figures VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [Q_QUOTE] = "INSERT INTO quotes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [Q_RECS] = "INSERT INTO recommendations VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
};

struct ix_store {
    sqlite3 *db;
    sqlite3_stmt *q[NQ];
    char path[1024];   /* as given, for messages */
};

/* "store: PATH: what: SQLite's message (the system's, when it has one)". */
static int db_error(ix_store *st, ix_err *err, const char *what)
{
    int code = sqlite3_errcode(st->db);
    int sys = sqlite3_system_errno(st->db);
    char why[96] = "";
    if (sys && code != SQLITE_NOTADB && code != SQLITE_CONSTRAINT)
        snprintf(why, sizeof why, " (%s)", strerror(sys));
    else if (code == SQLITE_IOERR || code == SQLITE_FULL)
        snprintf(why, sizeof why, " (is the disk full?)");
    return ix_err_set(err, code == SQLITE_NOMEM ? IX_ENOMEM : IX_ESTORE, "store: %s: %s: %s%s",
                      st->path, what, sqlite3_errmsg(st->db), why);
}

static int exec(ix_store *st, const char *s, ix_err *err, const char *what)
{
    if (sqlite3_exec(st->db, s, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(st, err, what);
    return IX_OK;
}

/* WAL mode, NORMAL sync, foreign keys.  Switching to WAL needs the file to
 * itself, and SQLite answers "database is locked" at once (its busy
 * handler is not asked) when another ingest is opening the same store: so
 * try again for up to JOURNAL_WAIT_MS. */
enum { JOURNAL_WAIT_MS = 10000, JOURNAL_STEP_MS = 20 };

static int set_journal(ix_store *st, ix_err *err)
{
    for (int waited = 0;; waited += JOURNAL_STEP_MS) {
        int rc = sqlite3_exec(st->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            break;
        if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
            return db_error(st, err, "journal");
        if (waited >= JOURNAL_WAIT_MS)
            return db_error(st, err, "journal");
        sqlite3_sleep(JOURNAL_STEP_MS);
    }
    return exec(st, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", err, "journal");
}

/* The store's layout number: 0 for a database without inspex's tables (a
 * new store), or <0 with err set.  Reads only, so a file that is not a
 * database, or a store of a newer inspex, is refused before anything in it
 * is changed. */
static int read_layout(ix_store *st, ix_err *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'", -1,
                           &s, NULL) != SQLITE_OK)
        return db_error(st, err, "not a store");
    int step = sqlite3_step(s);
    int has_meta = step == SQLITE_ROW && sqlite3_column_int(s, 0) > 0;
    sqlite3_finalize(s);
    if (step != SQLITE_ROW)
        return db_error(st, err, "not a store");
    if (!has_meta)
        return 0;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'layout'", -1, &s,
                           NULL) != SQLITE_OK)
        return db_error(st, err, "layout");
    step = sqlite3_step(s);
    int layout = step == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
    sqlite3_finalize(s);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return db_error(st, err, "layout");
    return layout;
}

/* IX_OK when this inspex may use the store (*fresh: it has no layout yet),
 * else the error. */
static int check_layout(ix_store *st, int *fresh, ix_err *err)
{
    int layout = read_layout(st, err);
    if (layout < 0)
        return layout;
    if (layout > LAYOUT)
        return ix_err_set(err, IX_ESTORE,
                          "store: %s: made by a newer inspex (layout %d; this one reads %d)",
                          st->path, layout, LAYOUT);
    *fresh = layout == 0;
    return IX_OK;
}

ix_store *ix_store_open(const char *path, ix_err *err)
{
    ix_store *st = calloc(1, sizeof *st);
    if (!st) {
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    snprintf(st->path, sizeof st->path, "%s", path);
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        if (st->db)
            db_error(st, err, "cannot open or create it");
        else
            ix_err_set(err, IX_ENOMEM, "store: %s: out of memory", path);
        ix_store_close(st);
        return NULL;
    }
    sqlite3_busy_timeout(st->db, 10000);
    int rc = IX_OK;
    /* SQLite opens a file it may not write read-only, without a word. */
    if (sqlite3_db_readonly(st->db, "main") == 1)
        rc = ix_err_set(err, IX_ESTORE, "store: %s: read-only (no permission to write it)", path);
    int fresh = 0;
    if (rc == IX_OK)
        rc = check_layout(st, &fresh, err);
    /* WAL: a writer killed mid-transaction leaves the committed documents
     * intact; NORMAL sync is enough for that (only a power cut may lose
     * the last commits, never consistency). */
    if (rc == IX_OK)
        rc = set_journal(st, err);
    if (rc == IX_OK)
        rc = exec(st, "BEGIN IMMEDIATE", err, "begin");
    if (rc == IX_OK) {
        rc = exec(st, SCHEMA, err, "tables");
        /* checked again inside the transaction: another ingest may have
         * made the store meanwhile */
        if (rc == IX_OK)
            rc = check_layout(st, &fresh, err);
        if (rc == IX_OK && fresh) {
            char ins[80];
            snprintf(ins, sizeof ins, "INSERT INTO meta VALUES ('layout', '%d')", LAYOUT);
            rc = exec(st, ins, err, "layout");
        }
        if (rc == IX_OK)
            rc = exec(st, "COMMIT", err, "commit");
        else
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    }
    for (int i = 0; rc == IX_OK && i < NQ; i++)
        if (sqlite3_prepare_v2(st->db, sql[i], -1, &st->q[i], NULL) != SQLITE_OK)
            rc = db_error(st, err, "prepare");
    if (rc != IX_OK) {
        ix_store_close(st);
        return NULL;
    }
    return st;
}

void ix_store_close(ix_store *st)
{
    if (!st)
        return;
    for (int i = 0; i < NQ; i++)
        sqlite3_finalize(st->q[i]);
    sqlite3_close(st->db);
    free(st);
}

long ix_store_count(ix_store *st, ix_err *err)
{
    sqlite3_stmt *s = NULL;
    long n = -1;
    if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM documents", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(s, 0);
    else
        db_error(st, err, "count");
    sqlite3_finalize(s);
    return n;
}

/* ---- binding record values ------------------------------------------------ */

static sqlite3_stmt *fresh(ix_store *st, int q)
{
    sqlite3_stmt *s = st->q[q];
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return s;
}

/* Bind the value of key in obj: a string as text, a number as a number, a
 * boolean as 0/1, anything else (null, absent) as NULL. */
static void bind_key(sqlite3_stmt *s, int i, const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (cJSON_IsString(v))
        sqlite3_bind_text(s, i, v->valuestring, -1, SQLITE_TRANSIENT);
    else if (cJSON_IsNumber(v))
        sqlite3_bind_double(s, i, v->valuedouble);
    else if (cJSON_IsBool(v))
        sqlite3_bind_int(s, i, cJSON_IsTrue(v));
    else
        sqlite3_bind_null(s, i);
}

static void bind_pair(sqlite3_stmt *s, int i, const cJSON *pair)
{
    if (cJSON_IsArray(pair) && cJSON_GetArraySize(pair) == 2) {
        sqlite3_bind_int64(s, i, (sqlite3_int64)cJSON_GetArrayItem(pair, 0)->valuedouble);
        sqlite3_bind_int64(s, i + 1, (sqlite3_int64)cJSON_GetArrayItem(pair, 1)->valuedouble);
    } else {
        sqlite3_bind_null(s, i);
        sqlite3_bind_null(s, i + 1);
    }
}

static void bind_span(sqlite3_stmt *s, int i, const cJSON *obj)
{
    bind_pair(s, i, cJSON_GetObjectItemCaseSensitive(obj, "span"));
}

/* Bind v printed as compact JSON. */
static int bind_json(sqlite3_stmt *s, int i, const cJSON *v)
{
    if (!v || cJSON_IsNull(v))
        return sqlite3_bind_null(s, i) == SQLITE_OK;
    char *t = cJSON_PrintUnformatted(v);
    if (!t)
        return 0;
    sqlite3_bind_text(s, i, t, -1, SQLITE_TRANSIENT);
    cJSON_free(t);
    return 1;
}

static int step_done(ix_store *st, sqlite3_stmt *s, ix_err *err, const char *what)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? IX_OK : db_error(st, err, what);
}

static const char *first_publication(const cJSON *rec)
{
    const cJSON *d;
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(rec, "dates")) {
        const cJSON *role = cJSON_GetObjectItemCaseSensitive(d, "role");
        const cJSON *start = cJSON_GetObjectItemCaseSensitive(d, "start");
        if (cJSON_IsString(role) && strcmp(role->valuestring, "publication") == 0 &&
            cJSON_IsString(start))
            return start->valuestring;
    }
    return NULL;
}

/* Insert the rows of one record (inside the caller's transaction). */
static int insert_record(ix_store *st, const char *sha, const char *path, const char *location,
                         size_t bytes, const cJSON *rec, ix_err *err)
{
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);

    sqlite3_stmt *s = fresh(st, Q_DOC);
    sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, path, -1, SQLITE_TRANSIENT);
    if (location)
        sqlite3_bind_text(s, 3, location, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)bytes);
    bind_key(s, 5, cJSON_GetObjectItemCaseSensitive(rec, "source"), "format");
    bind_key(s, 6, rec, "generator");
    bind_key(s, 7, cJSON_GetObjectItemCaseSensitive(rec, "title"), "text");
    bind_key(s, 8, rec, "genre");
    const char *pub = first_publication(rec);
    if (pub)
        sqlite3_bind_text(s, 9, pub, -1, SQLITE_TRANSIENT);
    if (!bind_json(s, 10, rec))
        return ix_err_set(err, IX_ENOMEM, "out of memory");
    sqlite3_bind_text(s, 11, now, -1, SQLITE_TRANSIENT);
    int rc = step_done(st, s, err, "documents");

    const cJSON *v;
    /* The plain lists: one row per item, the document's sha256 first, then
     * these keys in column order, then the span. */
    static const struct {
        const char *field;
        int query;
        const char *keys[8];
    } lists[] = {
        {"subjects", Q_SUBJECT, {"id", "name", "short", "type", "owner", NULL}},
        {"ratings", Q_RATING, {"subject", "scope", "value", "scale", "text", "rule", NULL}},
        {"dates", Q_DATE, {"role", "start", "end", "time", "text", "rule", NULL}},
        {"caseloads", Q_CASELOAD,
         {"subject", "count", "approx", "unit", "as_of", "text", "rule", NULL}},
        {"figures", Q_FIGURE, {"value", "kind", "approx", "text", "rule", NULL}},
    };
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(rec, lists[l].field)) {
            if (rc != IX_OK)
                break;
            s = fresh(st, lists[l].query);
            sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
            int col = 2;
            for (const char *const *k = lists[l].keys; *k; k++)
                bind_key(s, col++, v, *k);
            bind_span(s, col, v);
            rc = step_done(st, s, err, lists[l].field);
        }
    }
    cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(rec, "quotes")) {
        if (rc != IX_OK)
            break;
        s = fresh(st, Q_QUOTE);
        sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
        bind_key(s, 2, v, "speaker");
        bind_key(s, 3, v, "speaker_role");
        bind_key(s, 4, v, "attribution");
        bind_key(s, 5, v, "partial");
        bind_key(s, 6, v, "text");
        bind_key(s, 7, v, "rule");
        const cJSON *spans = cJSON_GetObjectItemCaseSensitive(v, "spans");
        if (!bind_json(s, 8, spans)) {
            rc = ix_err_set(err, IX_ENOMEM, "out of memory");
            break;
        }
        /* the quote's extent: start of its first span, end of its last */
        int n = cJSON_GetArraySize(spans);
        if (n > 0) {
            const cJSON *first = cJSON_GetArrayItem(spans, 0), *last = cJSON_GetArrayItem(spans, n - 1);
            bind_pair(s, 9, first);
            if (cJSON_IsArray(last) && cJSON_GetArraySize(last) == 2)
                sqlite3_bind_int64(s, 10, (sqlite3_int64)cJSON_GetArrayItem(last, 1)->valuedouble);
        }
        rc = step_done(st, s, err, "quotes");
    }
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(rec, "recommendations");
    if (rc == IX_OK && cJSON_IsObject(r)) {
        s = fresh(st, Q_RECS);
        sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
        const cJSON *count = cJSON_GetObjectItemCaseSensitive(r, "count");
        if (cJSON_IsNumber(count))
            sqlite3_bind_int64(s, 2, (sqlite3_int64)count->valuedouble);
        bind_key(s, 3, r, "text");
        bind_key(s, 4, r, "rule");
        bind_span(s, 5, r);
        cJSON *texts = cJSON_CreateArray();
        const cJSON *it;
        cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(r, "items")) {
            const cJSON *tx = cJSON_GetObjectItemCaseSensitive(it, "text");
            if (texts)
                cJSON_AddItemToArray(texts, cJSON_IsString(tx) ? cJSON_CreateString(tx->valuestring)
                                                               : cJSON_CreateNull());
        }
        if (!texts || !bind_json(s, 7, texts))
            rc = ix_err_set(err, IX_ENOMEM, "out of memory");
        cJSON_Delete(texts);
        if (rc == IX_OK)
            rc = step_done(st, s, err, "recommendations");
    }
    return rc;
}

/* ---- one document ---------------------------------------------------------- */

/* 1: the bytes are stored (*generator filled), 0: not, <0: error. */
static int stored_generator(ix_store *st, const char *sha, char *generator, size_t cap,
                            ix_err *err)
{
    sqlite3_stmt *s = fresh(st, Q_BY_SHA);
    sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(s);
    int found = 0;
    if (step == SQLITE_ROW) {
        const unsigned char *g = sqlite3_column_text(s, 0);
        snprintf(generator, cap, "%s", g ? (const char *)g : "");
        found = 1;
    } else if (step != SQLITE_DONE) {
        found = db_error(st, err, "lookup");
    }
    sqlite3_reset(s);
    return found;
}

/* The sha256 stored for location, into old (65 bytes): 1, 0 none, <0 error. */
static int stored_at(ix_store *st, const char *location, char old[65], ix_err *err)
{
    if (!location)
        return 0;
    sqlite3_stmt *s = fresh(st, Q_BY_LOCATION);
    sqlite3_bind_text(s, 1, location, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(s);
    int found = 0;
    if (step == SQLITE_ROW) {
        snprintf(old, 65, "%s", (const char *)sqlite3_column_text(s, 0));
        found = 1;
    } else if (step != SQLITE_DONE) {
        found = db_error(st, err, "lookup");
    }
    sqlite3_reset(s);
    return found;
}

static int delete_doc(ix_store *st, const char *sha, ix_err *err)
{
    sqlite3_stmt *s = fresh(st, Q_DELETE);
    sqlite3_bind_text(s, 1, sha, -1, SQLITE_TRANSIENT);
    return step_done(st, s, err, "delete");
}

static void rollback(ix_store *st)
{
    sqlite3_reset(st->q[Q_ROLLBACK]);
    sqlite3_step(st->q[Q_ROLLBACK]);
    sqlite3_reset(st->q[Q_ROLLBACK]);
}

/* Store rec for the bytes sha at location, replacing an older version at
 * the same location and, with replace, the record of the same bytes. */
static int write_doc(ix_store *st, const char *sha, const char *path, const char *location,
                     size_t bytes, const cJSON *rec, int replace, const ix_store_opts *o,
                     ix_store_outcome *outcome, ix_err *err)
{
    int brc = step_done(st, fresh(st, Q_BEGIN), err, "begin");
    if (brc != IX_OK)
        return brc;
    /* Looked up again inside the transaction: another ingest may have
     * stored these bytes since. */
    char gen[128], old[65];
    int have = stored_generator(st, sha, gen, sizeof gen, err);
    int moved = have < 0 ? have : stored_at(st, location, old, err);
    int rc = have < 0 ? have : moved < 0 ? moved : IX_OK;
    if (rc == IX_OK && have && !replace) {
        *outcome = IX_STORE_UNCHANGED;
        rollback(st);
        return IX_OK;
    }
    if (rc == IX_OK && have)
        rc = delete_doc(st, sha, err);
    if (rc == IX_OK && moved && strcmp(old, sha) != 0) {
        rc = delete_doc(st, old, err);
        if (!replace)
            *outcome = IX_STORE_CHANGED;
    }
    if (rc == IX_OK)
        rc = insert_record(st, sha, path, location, bytes, rec, err);
    if (rc == IX_OK && o && o->before_commit)
        o->before_commit(o->ctx, path);
    if (rc == IX_OK)
        rc = step_done(st, fresh(st, Q_COMMIT), err, "commit");
    if (rc != IX_OK)
        rollback(st);
    return rc;
}

/* Extract bytes and build the record, on any thread (touches no store).
 * IX_OK with *rec and *location set (location NULL for standard input);
 * IX_OK with *rec NULL and fail holding why the input is not a document;
 * IX_ENOMEM with fail holding the message. */
static int make_record(const ix_engine *eng, const char *path, const char *format_in,
                       const unsigned char *bytes, size_t len, cJSON **rec, char **location,
                       ix_err *fail)
{
    *rec = NULL;
    *location = NULL;
    ix_doc *doc = ix_engine_extract(eng, path, format_in, bytes, len, fail);
    if (!doc)
        return fail->code == IX_ENOMEM ? IX_ENOMEM : IX_OK;
    *rec = ix_json_record(doc);
    ix_doc_free(doc);
    if (!*rec)
        return ix_err_set(fail, IX_ENOMEM, "out of memory building the record");
    *location = strcmp(path, "-") == 0 ? NULL : realpath(path, NULL);
    return IX_OK;
}

int ix_store_add(ix_store *st, const ix_engine *eng, const char *path,
                 const unsigned char *bytes, size_t len, const ix_store_opts *opts,
                 ix_store_outcome *outcome, ix_err *err)
{
    char sha[65], gen[128];
    ix_hash_sha256_hex(bytes, len, sha);
    int have = stored_generator(st, sha, gen, sizeof gen, err);
    if (have < 0)
        return have;
    int reprocess = have && opts && opts->reprocess && strcmp(gen, GENERATOR) != 0;
    if (have && !reprocess) {
        *outcome = IX_STORE_UNCHANGED;
        return IX_OK;
    }
    ix_err xerr = {0};
    cJSON *rec;
    char *location;
    int rc = make_record(eng, path, opts ? opts->format_in : NULL, bytes, len, &rec, &location,
                         &xerr);
    if (rc != IX_OK)
        return ix_err_set(err, rc, "%s", xerr.msg);
    if (!rec) {
        *outcome = IX_STORE_FAILED;
        ix_err_set(err, xerr.code, "%s", xerr.msg);
        return IX_OK;
    }
    *outcome = reprocess ? IX_STORE_REPROCESSED : IX_STORE_NEW;
    rc = write_doc(st, sha, path, location, len, rec, reprocess, opts, outcome, err);
    free(location);
    cJSON_Delete(rec);
    return rc;
}

static void tally(ix_store_stats *s, ix_store_outcome o)
{
    switch (o) {
    case IX_STORE_NEW: s->added++; break;
    case IX_STORE_CHANGED: s->changed++; break;
    case IX_STORE_UNCHANGED: s->unchanged++; break;
    case IX_STORE_REPROCESSED: s->reprocessed++; break;
    case IX_STORE_FAILED: s->failed++; break;
    }
}

typedef struct arg_errors {
    const ix_store_opts *o;
    ix_store_stats *stats;
} arg_errors;

static void on_arg_error(const char *path, const char *reason, void *ctx)
{
    arg_errors *ae = ctx;
    ae->stats->failed++;
    if (ae->o && ae->o->on_error)
        ae->o->on_error(ae->o->ctx, path, reason);
}

/* Read and store one path; per-document failures are reported, not
 * returned. */
static int ingest_path(ix_store *st, const ix_engine *eng, const char *path,
                       const ix_store_opts *o, ix_store_stats *stats, ix_err *err)
{
    unsigned char *bytes = NULL;
    size_t len = 0;
    ix_err e = {0};
    ix_store_outcome out = IX_STORE_FAILED;
    int rc = IX_OK;
    if (ix_input_read(path, &bytes, &len, &e) != IX_OK) {
        if (e.code == IX_ENOMEM)
            rc = ix_err_set(err, IX_ENOMEM, "%s: %s", path, e.msg);
    } else {
        rc = ix_store_add(st, eng, path, bytes, len, o, &out, &e);
        if (rc != IX_OK)
            ix_err_set(err, rc, "%s: %s", path, e.msg);
    }
    free(bytes);
    if (rc != IX_OK)
        return rc;
    tally(stats, out);
    if (out == IX_STORE_FAILED && o && o->on_error)
        o->on_error(o->ctx, path, e.msg);
    return IX_OK;
}

/* ---- ingesting on several threads ------------------------------------------ */

/* Workers read, hash and extract; the calling thread looks the bytes up
 * again on its own connection (the authority: it sees every document this
 * run has stored so far), then writes or skips, exactly as ingest_path
 * would.  A worker's own look-up, through a read-only connection, only
 * spares extracting documents that are stored already. */
typedef struct ingest_run {
    ix_store *st;
    const ix_engine *eng;
    char *const *paths;
    size_t n;
    const ix_store_opts *o;
    ix_store_stats *stats;
    ix_err *err;
} ingest_run;

/* A worker's read-only view of the store (NULL fields: no view, extract). */
typedef struct reader {
    sqlite3 *db;
    sqlite3_stmt *by_sha;
} reader;

/* One document on its way from a worker to the writer. */
typedef struct prepared {
    int read_rc;        /* IX_OK: the bytes were read */
    int known;          /* stored and up to date when the worker looked: not extracted */
    int rc;             /* IX_OK, or IX_ENOMEM while extracting */
    ix_err e;           /* why reading or extracting failed */
    char sha[65];
    size_t len;
    cJSON *rec;         /* NULL: not extracted, or not a document */
    char *location;
} prepared;

static void *reader_new(void *ctx)
{
    const ingest_run *r = ctx;
    reader *rd = calloc(1, sizeof *rd);
    if (!rd)
        return NULL;
    if (sqlite3_open_v2(r->st->path, &rd->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(rd->db, sql[Q_BY_SHA], -1, &rd->by_sha, NULL) != SQLITE_OK) {
        sqlite3_close(rd->db);
        rd->db = NULL;
    }
    if (rd->db)
        sqlite3_busy_timeout(rd->db, 100);
    return rd;
}

static void reader_free(void *ctx, void *state)
{
    (void)ctx;
    reader *rd = state;
    if (!rd)
        return;
    sqlite3_finalize(rd->by_sha);
    sqlite3_close(rd->db);
    free(rd);
}

/* Are these bytes stored, by this generator (or, without reprocess, by
 * any)?  0 when not, or when the view cannot tell. */
static int reader_knows(reader *rd, const char *sha, int reprocess)
{
    if (!rd || !rd->by_sha)
        return 0;
    sqlite3_bind_text(rd->by_sha, 1, sha, -1, SQLITE_TRANSIENT);
    int known = 0;
    if (sqlite3_step(rd->by_sha) == SQLITE_ROW) {
        const unsigned char *g = sqlite3_column_text(rd->by_sha, 0);
        known = !reprocess || (g && strcmp((const char *)g, GENERATOR) == 0);
    }
    sqlite3_reset(rd->by_sha);
    return known;
}

static void *ingest_work(void *ctx, void *state, size_t i)
{
    const ingest_run *r = ctx;
    const char *path = r->paths[i];
    prepared *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    unsigned char *bytes = NULL;
    p->read_rc = ix_input_read(path, &bytes, &p->len, &p->e);
    if (p->read_rc != IX_OK)
        return p;
    ix_hash_sha256_hex(bytes, p->len, p->sha);
    p->known = reader_knows(state, p->sha, r->o->reprocess);
    if (!p->known)
        p->rc = make_record(r->eng, path, r->o->format_in, bytes, p->len, &p->rec, &p->location,
                            &p->e);
    free(bytes);
    return p;
}

static void ingest_discard(void *ctx, void *result)
{
    (void)ctx;
    prepared *p = result;
    if (!p)
        return;
    cJSON_Delete(p->rec);
    free(p->location);
    free(p);
}

enum { EXTRACT_HERE = 1 };

/* Decide and write one prepared document, as ix_store_add would: *out and
 * e say what happened.  Returns IX_OK, the store's error, or EXTRACT_HERE
 * when it must be extracted but the worker did not. */
static int ingest_write(const ingest_run *r, const char *path, const prepared *p,
                        ix_store_outcome *out, ix_err *e)
{
    char gen[128];
    int have = stored_generator(r->st, p->sha, gen, sizeof gen, e);
    if (have < 0)
        return have;
    int reprocess = have && r->o->reprocess && strcmp(gen, GENERATOR) != 0;
    if (have && !reprocess) {
        *out = IX_STORE_UNCHANGED;
        return IX_OK;
    }
    if (p->known)
        return EXTRACT_HERE;
    if (p->rc != IX_OK)
        return ix_err_set(e, p->rc, "%s", p->e.msg);
    if (!p->rec) {
        *out = IX_STORE_FAILED;
        *e = p->e;
        return IX_OK;
    }
    *out = reprocess ? IX_STORE_REPROCESSED : IX_STORE_NEW;
    return write_doc(r->st, p->sha, path, p->location, p->len, p->rec, reprocess, r->o, out, e);
}

static int ingest_deliver(void *ctx, size_t i, void *result)
{
    const ingest_run *r = ctx;
    const char *path = r->paths[i];
    const prepared *p = result;
    if (!p)
        return ix_err_set(r->err, IX_ENOMEM, "%s: out of memory", path);
    ix_store_outcome out = IX_STORE_FAILED;
    ix_err e = {0};
    int rc = IX_OK;
    if (p->read_rc != IX_OK) {
        e = p->e;
        if (e.code == IX_ENOMEM)
            rc = IX_ENOMEM;
    } else {
        rc = ingest_write(r, path, p, &out, &e);
    }
    if (rc == EXTRACT_HERE) {
        /* The worker found the bytes stored, but they have gone since
         * (replaced at their location by this run): do what one thread does. */
        rc = ingest_path(r->st, r->eng, path, r->o, r->stats, r->err);
    } else if (rc != IX_OK) {
        return ix_err_set(r->err, rc, "%s: %s", path, e.msg);
    } else {
        tally(r->stats, out);
        if (out == IX_STORE_FAILED && r->o->on_error)
            r->o->on_error(r->o->ctx, path, e.msg);
    }
    if (rc == IX_OK && r->o->progress)
        r->o->progress(r->o->ctx, i + 1, r->n, path);
    return rc;
}

int ix_store_ingest(ix_store *st, const ix_engine *eng, char *const *args, size_t nargs,
                    const ix_store_opts *opts, ix_store_stats *stats, ix_err *err)
{
    static const ix_store_opts none = {0};
    const ix_store_opts *o = opts ? opts : &none;
    ix_input_list list = {0};
    arg_errors ae = {opts, stats};
    int bad = ix_input_expand(args, nargs, &list, on_arg_error, &ae);
    if (bad < 0) {
        ix_input_list_fini(&list);
        return ix_err_set(err, IX_ENOMEM, "out of memory");
    }
    ingest_run r = {st, eng, list.paths, list.n, o, stats, err};
    ix_pool_task t = {.thread_new = reader_new, .thread_free = reader_free, .work = ingest_work,
                      .deliver = ingest_deliver, .discard = ingest_discard, .ctx = &r};
    int rc = ix_pool_run(list.n, o->jobs, &t, err);
    ix_input_list_fini(&list);
    return rc;
}

int ix_store_reprocess(ix_store *st, const ix_engine *eng, const ix_store_opts *opts,
                       ix_store_stats *stats, ix_err *err)
{
    /* The list first: the loop below writes to the table it would read. */
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT sha256, path, coalesce(location, path) FROM documents"
                           " WHERE generator <> ?1 ORDER BY path",
                           -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "reprocess");
    sqlite3_bind_text(s, 1, GENERATOR, -1, SQLITE_STATIC);
    char **rows = NULL;
    size_t n = 0, cap = 0;
    int rc = IX_OK, step;
    while (rc == IX_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        if (n + 3 > cap) {
            cap = cap ? cap * 2 : 48;
            char **p = realloc(rows, cap * sizeof *p);
            if (!p) {
                rc = ix_err_set(err, IX_ENOMEM, "out of memory");
                break;
            }
            rows = p;
        }
        for (int c = 0; c < 3; c++) {
            rows[n + (size_t)c] = strdup((const char *)sqlite3_column_text(s, c));
            if (!rows[n + (size_t)c])
                rc = ix_err_set(err, IX_ENOMEM, "out of memory");
        }
        n += 3;
    }
    if (rc == IX_OK && step != SQLITE_DONE)
        rc = db_error(st, err, "reprocess");
    sqlite3_finalize(s);
    ix_store_opts o = opts ? *opts : (ix_store_opts){0};
    o.reprocess = 1;
    size_t total = n / 3;
    for (size_t i = 0; rc == IX_OK && i < total; i++) {
        const char *sha = rows[3 * i], *path = rows[3 * i + 1], *loc = rows[3 * i + 2];
        unsigned char *bytes = NULL;
        size_t len = 0;
        ix_err e = {0};
        ix_store_outcome out = IX_STORE_FAILED;
        char now[65] = "";
        if (ix_input_read(loc, &bytes, &len, &e) != IX_OK) {
            if (e.code == IX_ENOMEM)
                rc = ix_err_set(err, IX_ENOMEM, "%s: %s", loc, e.msg);
        } else {
            ix_hash_sha256_hex(bytes, len, now);
            if (strcmp(now, sha) != 0)
                ix_err_set(&e, IX_EINPUT, "changed since it was stored: ingest it again");
            else
                rc = ix_store_add(st, eng, path, bytes, len, &o, &out, &e);
            if (rc != IX_OK)
                ix_err_set(err, rc, "%s: %s", path, e.msg);
        }
        free(bytes);
        if (rc != IX_OK)
            break;
        tally(stats, out);
        if (out == IX_STORE_FAILED && o.on_error)
            o.on_error(o.ctx, loc, e.msg);
        if (o.progress)
            o.progress(o.ctx, i + 1, total, path);
    }
    for (size_t i = 0; i < n; i++)
        free(rows[i]);
    free(rows);
    return rc;
}

/* ---- export ------------------------------------------------------------------ */

int ix_store_export(ix_store *st, FILE *out, ix_format format, int pretty, ix_err *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT record FROM documents ORDER BY path, sha256", -1, &s,
                           NULL) != SQLITE_OK)
        return db_error(st, err, "export");
    ix_writer *w = ix_writer_new(out, format, pretty);
    if (!w) {
        sqlite3_finalize(s);
        return ix_err_set(err, IX_ENOMEM, "out of memory");
    }
    int rc = IX_OK, step;
    while (rc == IX_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(s, 0);
        int tlen = sqlite3_column_bytes(s, 0);
        cJSON *rec = cJSON_ParseWithLength(text, (size_t)tlen);
        if (!rec) {
            rc = ix_err_set(err, IX_ESTORE, "store: %s: a stored record is not JSON", st->path);
            break;
        }
        rc = ix_writer_add_record(w, rec, err);
        cJSON_Delete(rec);
    }
    if (rc == IX_OK && step != SQLITE_DONE)
        rc = db_error(st, err, "export");
    sqlite3_finalize(s);
    ix_err ignored;
    int close_rc = ix_writer_close(w, rc == IX_OK ? err : &ignored);
    return rc == IX_OK ? close_rc : rc;
}
