/* The command line, run as a user runs it: the built binary (env INSPEX,
 * default build/inspex) in a child process, with standard input, output and
 * error captured in files of a temporary folder made for the test.
 *
 * Covers the bad inputs of issue 2 (each one a test; in each failure case
 * the inputs given next to the bad one still produce their records), the
 * exit statuses (0 all records, 1 an input failed, 2 usage), --help,
 * --version, the output formats and standard input.
 *
 * Never asserts on speed.  A watchdog kills a child that runs for longer
 * than WATCHDOG_S (a hang, reported as a failure); the big-document test
 * checks peak memory with the child's ru_maxrss.  The texts are written for
 * this test in the genre's style: every name in them is invented.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "tests/unit/support.h"

extern char **environ;

#define WATCHDOG_S 300

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* ---- the fixture: a temporary folder and the binary --------------------- */

static char tmpdir[256];
static char inspex[4096];

static const char *tmp(const char *name)
{
    static char bufs[8][512];
    static int next;
    char *b = bufs[next++ % 8];
    snprintf(b, sizeof bufs[0], "%s/%s", tmpdir, name);
    return b;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        fail_msg("cannot create %s: %s", path, strerror(errno));
    if (len && fwrite(data, 1, len, f) != len)
        fail_msg("cannot write %s", path);
    if (fclose(f) != 0)
        fail_msg("cannot close %s", path);
}

static void write_str(const char *path, const char *s)
{
    write_file(path, s, strlen(s));
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s: %s", path, strerror(errno));
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    size_t got;
    while ((got = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 >= cap) {
            cap *= 2;
            b = realloc(b, cap);
            assert_non_null(b);
        }
    }
    fclose(f);
    b[n] = '\0';
    if (len)
        *len = n;
    return b;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    chmod(path, 0700);
    remove(path);
    return 0;
}

/* Copy the binary into the temporary folder, so that a rebuild of
 * build/inspex while the suite runs (make -j, a second shell) cannot
 * break a test half way. */
static int copy_binary(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[65536];
    size_t n;
    int ok = in && out;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    ok = ok && !ferror(in);
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = 0;
    return ok && chmod(to, 0700) == 0 ? 0 : -1;
}

static int setup_all(void **state)
{
    (void)state;
    const char *env = getenv("INSPEX");
    const char *bin = env && *env ? env : "build/inspex";
    if (access(bin, X_OK) != 0) {
        fprintf(stderr, "test_cli: %s is not an executable (build it, or set INSPEX)\n", bin);
        return -1;
    }
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/inspex-cli-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "test_cli: mkdtemp: %s\n", strerror(errno));
        return -1;
    }
    snprintf(inspex, sizeof inspex, "%s/inspex", tmpdir);
    if (copy_binary(bin, inspex) != 0) {
        fprintf(stderr, "test_cli: cannot copy %s to %s: %s\n", bin, inspex, strerror(errno));
        return -1;
    }
    return 0;
}

static int teardown_all(void **state)
{
    (void)state;
    if (tmpdir[0])
        nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}

/* ---- running the binary ------------------------------------------------ */

typedef struct run_result {
    int code;          /* exit status, or 128 + signal */
    char *out, *err;   /* NUL-terminated */
    size_t out_len, err_len;
    long maxrss_kb;    /* the child's peak resident set */
} run_result;

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
    memset(r, 0, sizeof *r);
}

/* Run `inspex args...` (NULL-terminated) with stdin from stdin_path
 * (NULL: /dev/null).  Fails the test when the child cannot start or runs
 * past the watchdog. */
static run_result run_argv(const char *stdin_path, const char *const *args)
{
    const char *argv[64];
    size_t n = 0;
    argv[n++] = inspex;
    for (size_t i = 0; args[i]; i++) {
        assert_true(n < 63);
        argv[n++] = args[i];
    }
    argv[n] = NULL;

    const char *out = tmp(".stdout"), *err = tmp(".stderr");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, stdin_path ? stdin_path : "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid;
    int rc = posix_spawn(&pid, inspex, &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        fail_msg("posix_spawn %s: %s", inspex, strerror(rc));

    /* Poll so that a hang becomes a failure, not a stuck test suite. */
    struct rusage ru;
    int status = 0;
    struct timespec start, now, nap = {0, 10 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        pid_t w = wait4(pid, &status, WNOHANG, &ru);
        if (w == pid)
            break;
        if (w < 0 && errno != EINTR)
            fail_msg("wait4: %s", strerror(errno));
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > WATCHDOG_S) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &ru);
            fail_msg("inspex %s ... did not finish in %d s (a hang?)", args[0] ? args[0] : "",
                     WATCHDOG_S);
        }
        nanosleep(&nap, NULL);
    }
    run_result r = {0};
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.maxrss_kb = ru.ru_maxrss;
    r.out = read_all(out, &r.out_len);
    r.err = read_all(err, &r.err_len);
    if (WIFSIGNALED(status))
        fail_msg("inspex killed by signal %d (a crash); stderr:\n%s", WTERMSIG(status), r.err);
    return r;
}

#define RUN(stdin_path, ...) run_argv((stdin_path), (const char *const[]){__VA_ARGS__, NULL})

/* ---- looking at the output --------------------------------------------- */

static const char *const record_keys[] = {
    "schema", "generator", "source", "title", "genre", "inspectorate", "subjects", "ratings",
    "dates", "caseloads", "figures", "quotes", "recommendations", "warnings",
};

static void assert_record_shape(const cJSON *rec)
{
    assert_true(cJSON_IsObject(rec));
    for (size_t i = 0; i < sizeof record_keys / sizeof *record_keys; i++)
        if (!cJSON_HasObjectItem(rec, record_keys[i]))
            fail_msg("record has no \"%s\"", record_keys[i]);
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(rec, "schema");
    assert_true(cJSON_IsString(schema));
    assert_string_equal(schema->valuestring, "inspex/record/1");
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(rec, "source");
    assert_true(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(src, "path")));
    assert_true(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(src, "bytes")));
}

static const char *rec_path(const cJSON *rec)
{
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(rec, "source");
    const cJSON *p = cJSON_GetObjectItemCaseSensitive(src, "path");
    return cJSON_IsString(p) ? p->valuestring : "";
}

/* The records of JSON Lines output, as a cJSON array (caller deletes). */
static cJSON *parse_jsonl(const char *out)
{
    cJSON *arr = cJSON_CreateArray();
    const char *p = out;
    while (*p) {
        const char *nl = strchr(p, '\n');
        if (!nl)
            fail_msg("JSON Lines output does not end with a newline");
        if (nl > p) {
            cJSON *rec = cJSON_ParseWithLength(p, (size_t)(nl - p));
            if (!rec)
                fail_msg("line is not JSON: %.80s", p);
            assert_record_shape(rec);
            cJSON_AddItemToArray(arr, rec);
        }
        p = nl + 1;
    }
    return arr;
}

static int is_valid_utf8(const char *s, size_t n)
{
    const utf8proc_uint8_t *b = (const utf8proc_uint8_t *)s;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(b + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

/* stderr holds the line "inspex: PATH: reason" with a non-empty reason. */
static void assert_reported(const run_result *r, const char *path)
{
    char want[1024];
    snprintf(want, sizeof want, "inspex: %s: ", path);
    const char *at = strstr(r->err, want);
    if (!at || (at != r->err && at[-1] != '\n'))
        fail_msg("stderr does not report \"%s<reason>\"; stderr was:\n%s", want, r->err);
    const char *reason = at + strlen(want);
    assert_true(*reason != '\n' && *reason != '\0');
}

/* The span [start, end) of `obj` as numbers; fails when it is not one. */
static void get_span(const cJSON *obj, const char *key, size_t *start, size_t *end)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsArray(s) || cJSON_GetArraySize(s) != 2)
        fail_msg("\"%s\" is not a [start, end] pair", key);
    *start = (size_t)cJSON_GetArrayItem(s, 0)->valuedouble;
    *end = (size_t)cJSON_GetArrayItem(s, 1)->valuedouble;
    assert_true(*start <= *end);
}

/* Call fn on every [start, end] span in the record (span, speaker_span,
 * and each item of spans), in document order of the JSON. */
typedef void (*span_fn)(size_t start, size_t end, void *ctx);

static void each_span(const cJSON *node, span_fn fn, void *ctx)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, node) {
        int is_pair = cJSON_IsArray(c) && cJSON_GetArraySize(c) == 2 &&
                      cJSON_IsNumber(cJSON_GetArrayItem(c, 0));
        if (c->string && (!strcmp(c->string, "span") || !strcmp(c->string, "speaker_span")) &&
            is_pair) {
            fn((size_t)cJSON_GetArrayItem(c, 0)->valuedouble,
               (size_t)cJSON_GetArrayItem(c, 1)->valuedouble, ctx);
        } else if (c->string && !strcmp(c->string, "spans") && cJSON_IsArray(c)) {
            const cJSON *s;
            cJSON_ArrayForEach(s, c)
                fn((size_t)cJSON_GetArrayItem(s, 0)->valuedouble,
                   (size_t)cJSON_GetArrayItem(s, 1)->valuedouble, ctx);
        } else if (cJSON_IsArray(c) || cJSON_IsObject(c)) {
            each_span(c, fn, ctx);
        }
    }
}

typedef struct span_list {
    size_t n, start[4096], end[4096];
} span_list;

static void collect_span(size_t start, size_t end, void *ctx)
{
    span_list *l = ctx;
    if (l->n < 4096) {
        l->start[l->n] = start;
        l->end[l->n] = end;
        l->n++;
    }
}

/* ---- texts written for this test --------------------------------------- */

/* A short release: curly quotes, a rating, a figure, a date, ENDS. */
static const char release_a[] =
    "Fenwick Marsh probation service rated \xE2\x80\x98Good\xE2\x80\x99 by inspectors\n"
    "\n"
    "HM Inspectorate of Probation has rated the Fenwick Marsh Probation Delivery Unit "
    "(PDU) as \xE2\x80\x98Good\xE2\x80\x99 overall.\n"
    "\n"
    "Inspectors found that 64 per cent of assessments were sufficient, and nearly "
    "two-thirds of plans had been reviewed on time.\n"
    "\n"
    "Chief Inspector of Probation Imogen Lathbury said: \xE2\x80\x9CStaff here know their "
    "cases and their communities well.\xE2\x80\x9D\n"
    "\n"
    "ENDS\n"
    "\n"
    "Notes to editors\n"
    "\n"
    "1. The report is published at 00:01 on Tuesday 5 March 2024.\n";

/* Another: straight quotes, a youth justice service, a caseload. */
static const char release_b[] =
    "Dunmere youth justice service 'Requires improvement', say inspectors\n"
    "\n"
    "HM Inspectorate of Probation has rated Dunmere Youth Justice Service as "
    "'Requires improvement'. The service worked with more than 180 children in 2022.\n"
    "\n"
    "Deputy Chief Inspector Callum Ferrier said: \"Leaders know what must change.\"\n"
    "\n"
    "ENDS\n";

static void write_good_pair(void)
{
    write_str(tmp("a.txt"), release_a);
    write_str(tmp("b.txt"), release_b);
}

/* Run `extract a.txt BAD b.txt`: BAD fails with a message, a and b still
 * produce their records, the exit status is 1. */
static void assert_bad_input_between_good_ones(const char *bad)
{
    write_good_pair();
    const char *a = tmp("a.txt"), *b = tmp("b.txt");
    run_result r = RUN(NULL, "extract", "--format", "jsonl", a, bad, b);
    assert_int_equal(r.code, 1);
    assert_reported(&r, bad);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 2);
    assert_string_equal(rec_path(cJSON_GetArrayItem(recs, 0)), a);
    assert_string_equal(rec_path(cJSON_GetArrayItem(recs, 1)), b);
    cJSON_Delete(recs);
    run_free(&r);
}

/* ---- the commands ------------------------------------------------------ */

static void cli_version_prints_name_and_version(void **state)
{
    (void)state;
    run_result r = RUN(NULL, "--version");
    assert_int_equal(r.code, 0);
    unsigned maj, min, pat;
    char nl;
    if (sscanf(r.out, "inspex %u.%u.%u%c", &maj, &min, &pat, &nl) != 4 || nl != '\n')
        fail_msg("--version printed \"%s\"", r.out);
    assert_int_equal(r.err_len, 0);
    run_free(&r);
}

static void cli_help_lists_the_commands(void **state)
{
    (void)state;
    run_result r = RUN(NULL, "--help");
    assert_int_equal(r.code, 0);
    assert_non_null(strstr(r.out, "usage"));
    assert_non_null(strstr(r.out, "extract"));
    assert_int_equal(r.err_len, 0);
    run_free(&r);
}

static void cli_extract_help_lists_formats_and_exit_statuses(void **state)
{
    (void)state;
    run_result r = RUN(NULL, "extract", "--help");
    assert_int_equal(r.code, 0);
    assert_non_null(strstr(r.out, "--format"));
    assert_non_null(strstr(r.out, "--pretty"));
    assert_non_null(strstr(r.out, "jsonl"));
    assert_non_null(strstr(r.out, "csv"));
    assert_int_equal(r.err_len, 0);
    run_free(&r);
}

static void cli_usage_errors_exit_2_with_a_message(void **state)
{
    (void)state;
    write_good_pair();
    static const char *const cases[][4] = {
        {NULL},                                   /* no command at all */
        {"frobnicate", NULL},                     /* unknown command */
        {"extract", "--format", "xml", NULL},      /* unknown format */
        {"extract", "--no-such-flag", NULL},       /* unknown option */
        {"extract", "--format", NULL},             /* option without its value */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *args[8];
        size_t n = 0;
        for (; cases[i][n]; n++)
            args[n] = cases[i][n];
        if (i >= 2)  /* a good input too: a usage error still wins */
            args[n++] = tmp("a.txt");
        args[n] = NULL;
        run_result r = run_argv(NULL, args);
        if (r.code != 2)
            fail_msg("case %zu (%s %s): exit %d, not 2", i, args[0] ? args[0] : "(none)",
                     args[0] && args[1] ? args[1] : "", r.code);
        assert_true(r.err_len > 0);
        assert_non_null(strstr(r.err, "inspex"));
        assert_int_equal(r.out_len, 0);
        run_free(&r);
    }
}

/* ---- the bad inputs of issue 2 ----------------------------------------- */

/* -j N: records in input order, the same bytes and the same messages for
 * any number of threads, a bad input among them included. */
static void cli_extract_on_threads_gives_the_same_bytes(void **state)
{
    (void)state;
    write_good_pair();
    /* tmp() reuses its buffers: keep copies */
    char a[512], b[512], bad[512];
    snprintf(a, sizeof a, "%s", tmp("a.txt"));
    snprintf(b, sizeof b, "%s", tmp("b.txt"));
    snprintf(bad, sizeof bad, "%s", tmp("no-such-one.txt"));
    const char *seeds = "../shared/corpus/seeds";
    struct stat st;
    int have_seeds = stat(seeds, &st) == 0;
    for (int fmt = 0; fmt < 3; fmt++) {
        const char *f = fmt == 0 ? "jsonl" : fmt == 1 ? "json" : "csv";
        run_result one = RUN(NULL, "extract", "-j", "1", "--format", f, "corpus/samples", a,
                             bad, "tests/html", b, have_seeds ? seeds : "corpus/samples");
        run_result many = RUN(NULL, "extract", "--jobs", "4", "--format", f, "corpus/samples", a,
                              bad, "tests/html", b, have_seeds ? seeds : "corpus/samples");
        assert_int_equal(one.code, 1);
        assert_int_equal(many.code, 1);
        assert_true(one.out_len > 1000);
        assert_int_equal(one.out_len, many.out_len);
        assert_memory_equal(one.out, many.out, one.out_len);
        assert_int_equal(one.err_len, many.err_len);
        assert_memory_equal(one.err, many.err, one.err_len);
        run_free(&one);
        run_free(&many);
    }
    run_result r = RUN(NULL, "extract", "-j", "0", a);
    assert_int_equal(r.code, 2);
    run_free(&r);
}

/* The summary line of an ingest without its leading "DB: ". */
static const char *after_store_name(const run_result *r)
{
    const char *p = strstr(r->out, ": ");
    assert_non_null(p);
    return p + 2;
}

static void cli_ingest_on_threads_stores_the_same_records(void **state)
{
    (void)state;
    write_good_pair();
    char a[512], b[512], copy[512], bad[512], db1[512], db4[512];
    snprintf(a, sizeof a, "%s", tmp("a.txt"));
    snprintf(b, sizeof b, "%s", tmp("b.txt"));
    snprintf(copy, sizeof copy, "%s", tmp("copy-of-a.txt"));
    snprintf(bad, sizeof bad, "%s", tmp("empty.txt"));
    snprintf(db1, sizeof db1, "%s", tmp("ingest-j1.db"));
    snprintf(db4, sizeof db4, "%s", tmp("ingest-j4.db"));
    write_str(copy, release_a);
    write_str(bad, "");
    unlink(db1);
    unlink(db4);
    const char *seeds = "../shared/corpus/seeds";
    struct stat st;
    int have_seeds = stat(seeds, &st) == 0;
    const char *more = have_seeds ? seeds : "corpus/samples";
    run_result one = RUN(NULL, "ingest", "-j", "1", "--store", db1, "corpus/samples", a, bad,
                         "tests/html", copy, b, more);
    run_result many = RUN(NULL, "ingest", "--jobs", "4", "--store", db4, "corpus/samples", a,
                          bad, "tests/html", copy, b, more);
    /* the empty file is reported and counted, the others stored; the copy
     * of a is the same bytes, so unchanged */
    assert_int_equal(one.code, 1);
    assert_int_equal(many.code, 1);
    assert_reported(&one, bad);
    assert_reported(&many, bad);
    assert_string_equal(one.err, many.err);
    assert_string_equal(after_store_name(&one), after_store_name(&many));
    assert_non_null(strstr(after_store_name(&many), " new, 0 changed, 1 unchanged, 1 failed"));
    run_result x1 = RUN(NULL, "export", "--store", db1, "--format", "jsonl");
    run_result x4 = RUN(NULL, "export", "--store", db4, "--format", "jsonl");
    assert_int_equal(x1.code, 0);
    assert_int_equal(x4.code, 0);
    cJSON *recs = parse_jsonl(x4.out);
    /* 5 samples, 4 fixtures, a, b, and 5 seeds (or the samples again: unchanged) */
    assert_int_equal(cJSON_GetArraySize(recs), have_seeds ? 16 : 11);
    cJSON_Delete(recs);
    assert_int_equal(x1.out_len, x4.out_len);
    assert_memory_equal(x1.out, x4.out, x1.out_len);
    /* again on four threads: nothing new, nothing extracted twice */
    run_result again = RUN(NULL, "ingest", "-j", "4", "--store", db4, "corpus/samples", a,
                           "tests/html", copy, b, more);
    assert_int_equal(again.code, 0);
    assert_non_null(strstr(again.out, ": 0 new, 0 changed, "));
    run_result bad_jobs = RUN(NULL, "ingest", "-j", "x", "--store", db4, a);
    assert_int_equal(bad_jobs.code, 2);
    run_free(&one);
    run_free(&many);
    run_free(&x1);
    run_free(&x4);
    run_free(&again);
    run_free(&bad_jobs);
}

static void cli_missing_file_is_reported_and_others_still_extracted(void **state)
{
    (void)state;
    assert_bad_input_between_good_ones(tmp("no-such-release.txt"));
}

static void cli_dangling_symlink_is_reported_and_others_still_extracted(void **state)
{
    (void)state;
    const char *link = tmp("dangling.txt");
    unlink(link);
    if (symlink(tmp("nowhere.txt"), link) != 0)
        fail_msg("symlink: %s", strerror(errno));
    assert_bad_input_between_good_ones(link);
}

static void cli_folder_without_documents_is_reported(void **state)
{
    (void)state;
    const char *dir = tmp("empty-folder");
    mkdir(dir, 0700);
    assert_bad_input_between_good_ones(dir);
    /* A folder holding only other kinds of file has no documents either. */
    const char *dir2 = tmp("no-documents");
    mkdir(dir2, 0700);
    write_str(tmp("no-documents/notes.md"), "# not a release\n");
    write_str(tmp("no-documents/.hidden.txt"), release_a);
    assert_bad_input_between_good_ones(dir2);
}

/* Root can read a chmod 000 file, so this case only means something for
 * other users; the read-error and ENOTDIR cases below work as root too. */
static void cli_file_without_read_permission_is_reported(void **state)
{
    (void)state;
    if (geteuid() == 0) {
        print_message("skipped the chmod 000 case: running as root, which can read the file "
                      "(the /proc/self/mem and path-through-a-file cases cover it)\n");
        return;
    }
    const char *p = tmp("locked.txt");
    write_str(p, release_a);
    chmod(p, 0);
    assert_bad_input_between_good_ones(p);
    chmod(p, 0600);
}

/* Opens fine, then read() fails (EIO), even for root. */
static void cli_file_that_fails_to_read_is_reported(void **state)
{
    (void)state;
    if (access("/proc/self/mem", F_OK) != 0) {
        print_message("skipped: no /proc/self/mem on this system\n");
        return;
    }
    assert_bad_input_between_good_ones("/proc/self/mem");
}

/* A path through a regular file cannot be opened (ENOTDIR), even by root. */
static void cli_path_through_a_file_is_reported(void **state)
{
    (void)state;
    write_good_pair();
    char bad[600];
    snprintf(bad, sizeof bad, "%s/inner.txt", tmp("a.txt"));
    assert_bad_input_between_good_ones(bad);
}

/* A FIFO found while walking a folder is not a document: reading it would
 * wait for a writer forever. */
static void cli_fifo_in_a_folder_does_not_hang(void **state)
{
    (void)state;
    const char *dir = tmp("with-fifo");
    mkdir(dir, 0700);
    write_str(tmp("with-fifo/b-release.txt"), release_b);
    unlink(tmp("with-fifo/a-pipe.txt"));
    if (mkfifo(tmp("with-fifo/a-pipe.txt"), 0600) != 0) {
        print_message("skipped: mkfifo: %s\n", strerror(errno));
        return;
    }
    /* The watchdog turns a hang into a failure; keep it short here. */
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* A writer that arrives late unblocks a hung reader, so the suite
         * goes on; the test still fails because of what it then reads. */
        sleep(10);
        int fd = open(tmp("with-fifo/a-pipe.txt"), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            close(fd);
        _exit(0);
    }
    time_t t0 = time(NULL);
    run_result r = RUN(NULL, "extract", "--format", "jsonl", dir);
    time_t waited = time(NULL) - t0;
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    if (waited >= 9)
        fail_msg("inspex extract FOLDER blocked on the FIFO a-pipe.txt in it until a writer "
                 "came (%ld s); it should skip files that are not regular", (long)waited);
    cJSON *recs = parse_jsonl(r.out);
    assert_true(cJSON_GetArraySize(recs) >= 1);
    assert_non_null(strstr(rec_path(cJSON_GetArrayItem(recs, cJSON_GetArraySize(recs) - 1)),
                           "b-release.txt"));
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_empty_file_is_reported(void **state)
{
    (void)state;
    const char *p = tmp("empty.txt");
    write_file(p, "", 0);
    assert_bad_input_between_good_ones(p);
}

static void cli_white_space_only_file_is_reported(void **state)
{
    (void)state;
    const char *p = tmp("blank.txt");
    write_str(p, "  \n\t\n\r\n   \r\n\n\f\v \n");
    assert_bad_input_between_good_ones(p);
    /* No-break and other Unicode spaces are white space too. */
    const char *q = tmp("blank-unicode.txt");
    write_str(q, "\xC2\xA0\n\xE2\x80\x83 \xE3\x80\x80\r\n\xC2\xA0\n");
    assert_bad_input_between_good_ones(q);
}

static void cli_invalid_utf8_in_a_quote_gives_a_record_with_a_warning(void **state)
{
    (void)state;
    /* The bad bytes (a lone continuation byte and a truncated sequence)
     * sit in the middle of a quoted sentence. */
    static const char text[] =
        "Ashcombe CRC rated \xE2\x80\x98Inadequate\xE2\x80\x99\n"
        "\n"
        "Chief Inspector Perpetua Vance said: \xE2\x80\x9CWe found staff who were "
        "caring \x80 but stretched \xE2\x82 far beyond what is safe.\xE2\x80\x9D\n"
        "\n"
        "ENDS\n";
    const char *p = tmp("bad-utf8.txt");
    write_file(p, text, sizeof text - 1);
    size_t bad1 = (size_t)(strstr(text, "\x80 but") - text);
    size_t bad2 = (size_t)(strstr(text, "\xE2\x82 far") - text);

    run_result r = RUN(NULL, "extract", "--format", "jsonl", p);
    assert_int_equal(r.code, 0);
    if (!is_valid_utf8(r.out, r.out_len))
        fail_msg("the record is not valid UTF-8");
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    const cJSON *rec = cJSON_GetArrayItem(recs, 0);
    const cJSON *warnings = cJSON_GetObjectItemCaseSensitive(rec, "warnings");
    int found1 = 0, found2 = 0;
    const cJSON *w;
    cJSON_ArrayForEach(w, warnings) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(w, "code");
        if (!cJSON_IsString(code) || strcmp(code->valuestring, "invalid_utf8") != 0)
            continue;
        size_t s, e;
        get_span(w, "span", &s, &e);
        found1 |= s <= bad1 && bad1 < e;
        found2 |= s <= bad2 && bad2 < e;
    }
    if (!found1)
        fail_msg("no invalid_utf8 warning whose span covers byte %zu (a lone \\x80)", bad1);
    if (!found2)
        fail_msg("no invalid_utf8 warning whose span covers byte %zu (a cut sequence)", bad2);
    /* Once quotes are extracted, the quote keeps the bad byte inside it. */
    const cJSON *quotes = cJSON_GetObjectItemCaseSensitive(rec, "quotes");
    if (cJSON_GetArraySize(quotes) > 0) {
        int covered = 0;
        const cJSON *q, *sp;
        cJSON_ArrayForEach(q, quotes) {
            cJSON_ArrayForEach(sp, cJSON_GetObjectItemCaseSensitive(q, "spans")) {
                size_t s = (size_t)cJSON_GetArrayItem(sp, 0)->valuedouble;
                size_t e = (size_t)cJSON_GetArrayItem(sp, 1)->valuedouble;
                covered |= s <= bad1 && bad2 < e;
            }
        }
        if (!covered)
            fail_msg("no quote span covers the bytes %zu..%zu inside the quote", bad1, bad2);
    }
    /* Every span still lies inside the input. */
    span_list *l = calloc(1, sizeof *l);
    assert_non_null(l);
    each_span(rec, collect_span, l);
    for (size_t i = 0; i < l->n; i++)
        assert_true(l->start[i] <= l->end[i] && l->end[i] <= sizeof text - 1);
    free(l);
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_nul_bytes_are_an_error_naming_the_file_not_a_record(void **state)
{
    (void)state;
    static const char bin[] = "Rated Good\0\0\0\x01\x02 binary \0 data\n";
    const char *p = tmp("binary.txt");
    write_file(p, bin, sizeof bin - 1);
    assert_bad_input_between_good_ones(p);
}

/* The LF offset of `lf_off` moved to the CRLF copy of the same text. */
static size_t crlf_offset(const char *lf, size_t lf_off)
{
    size_t n = 0;
    for (size_t i = 0; i < lf_off; i++)
        n += lf[i] == '\n';
    return lf_off + n;
}

static char *to_crlf(const char *lf, size_t *len)
{
    size_t n = strlen(lf), k = 0;
    char *out = malloc(2 * n + 1);
    assert_non_null(out);
    for (size_t i = 0; i < n; i++) {
        if (lf[i] == '\n')
            out[k++] = '\r';
        out[k++] = lf[i];
    }
    out[k] = '\0';
    *len = k;
    return out;
}

static cJSON *extract_one(const char *path, const char *const *extra)
{
    const char *args[16] = {"extract", "--format", "jsonl"};
    size_t n = 3;
    for (size_t i = 0; extra && extra[i]; i++)
        args[n++] = extra[i];
    args[n++] = path;
    args[n] = NULL;
    run_result r = run_argv(NULL, args);
    if (r.code != 0)
        fail_msg("inspex extract %s: exit %d: %s", path, r.code, r.err);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    cJSON *rec = cJSON_DetachItemFromArray(recs, 0);
    cJSON_Delete(recs);
    run_free(&r);
    return rec;
}

/* The same record, field by field, except source and the spans. */
static void assert_same_values(const cJSON *a, const cJSON *b)
{
    static const char *const fields[] = {"genre", "subjects", "ratings", "dates", "caseloads",
                                         "figures", "recommendations"};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        cJSON *x = cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(a, fields[i]), 1);
        cJSON *y = cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(b, fields[i]), 1);
        /* Compare values only: text and spans legitimately differ. */
        cJSON *items[2] = {x, y};
        for (int k = 0; k < 2; k++) {
            cJSON *it;
            if (cJSON_IsObject(items[k])) {
                cJSON_DeleteItemFromObject(items[k], "span");
                cJSON_DeleteItemFromObject(items[k], "text");
                cJSON_DeleteItemFromObject(items[k], "items");
            }
            cJSON_ArrayForEach(it, items[k]) {
                cJSON_DeleteItemFromObject(it, "span");
                cJSON_DeleteItemFromObject(it, "text");
            }
        }
        if (!cJSON_Compare(x, y, 1)) {
            char *sx = cJSON_PrintUnformatted(x), *sy = cJSON_PrintUnformatted(y);
            fail_msg("%s differs:\n  LF:   %s\n  CRLF: %s", fields[i], sx, sy);
        }
        cJSON_Delete(x);
        cJSON_Delete(y);
    }
}

static void cli_crlf_line_endings_keep_spans_on_the_original_bytes(void **state)
{
    (void)state;
    size_t crlf_len;
    char *crlf = to_crlf(release_a, &crlf_len);
    write_str(tmp("lf.txt"), release_a);
    write_file(tmp("crlf.txt"), crlf, crlf_len);
    cJSON *lf_rec = extract_one(tmp("lf.txt"), NULL);
    cJSON *crlf_rec = extract_one(tmp("crlf.txt"), NULL);

    /* The title's evidence is the headline without its \r. */
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(crlf_rec, "title");
    if (cJSON_IsObject(title)) {
        size_t s, e;
        get_span(title, "span", &s, &e);
        assert_int_equal(s, 0);
        assert_int_equal(e, strcspn(release_a, "\n"));
    }
    assert_same_values(lf_rec, crlf_rec);

    /* Every span moves by the number of line ends before it, and none
     * splits a CR LF pair. */
    span_list *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    each_span(lf_rec, collect_span, a);
    each_span(crlf_rec, collect_span, b);
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        size_t ws = crlf_offset(release_a, a->start[i]), we = crlf_offset(release_a, a->end[i]);
        /* An end just after a line's text is before its \r either way. */
        if (b->start[i] != ws || b->end[i] != we)
            fail_msg("span %zu: LF [%zu, %zu] became [%zu, %zu] with CRLF, expected [%zu, %zu]",
                     i, a->start[i], a->end[i], b->start[i], b->end[i], ws, we);
        assert_false(b->start[i] > 0 && crlf[b->start[i]] == '\n' && crlf[b->start[i] - 1] == '\r');
    }
    free(a);
    free(b);
    cJSON_Delete(lf_rec);
    cJSON_Delete(crlf_rec);
    free(crlf);
}

static void cli_bom_is_not_evidence_and_spans_count_it(void **state)
{
    (void)state;
    size_t n = strlen(release_a);
    char *bom = malloc(n + 3);
    assert_non_null(bom);
    memcpy(bom, "\xEF\xBB\xBF", 3);
    memcpy(bom + 3, release_a, n);
    write_str(tmp("nobom.txt"), release_a);
    write_file(tmp("bom.txt"), bom, n + 3);
    cJSON *plain = extract_one(tmp("nobom.txt"), NULL);
    cJSON *with = extract_one(tmp("bom.txt"), NULL);

    const cJSON *src = cJSON_GetObjectItemCaseSensitive(with, "source");
    assert_int_equal((size_t)cJSON_GetObjectItemCaseSensitive(src, "bytes")->valuedouble, n + 3);
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(with, "title");
    if (cJSON_IsObject(title)) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(title, "text");
        assert_true(cJSON_IsString(t));
        assert_memory_not_equal(t->valuestring, "\xEF\xBB\xBF", 3);
        size_t s, e;
        get_span(title, "span", &s, &e);
        assert_int_equal(s, 3);
    }
    assert_same_values(plain, with);
    span_list *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    each_span(plain, collect_span, a);
    each_span(with, collect_span, b);
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        if (b->start[i] != a->start[i] + 3 || b->end[i] != a->end[i] + 3)
            fail_msg("span %zu: [%zu, %zu] without a BOM, [%zu, %zu] with one", i, a->start[i],
                     a->end[i], b->start[i], b->end[i]);
    }
    free(a);
    free(b);
    cJSON_Delete(plain);
    cJSON_Delete(with);
    free(bom);
}

/* Write `size` bytes made of `unit` repeated (cut at a space at the end). */
static void write_repeated(const char *path, const char *unit, size_t size)
{
    size_t ul = strlen(unit), chunk_len = 0;
    size_t chunk_cap = 1 << 20;
    char *chunk = malloc(chunk_cap);
    assert_non_null(chunk);
    while (chunk_len + ul <= chunk_cap) {
        memcpy(chunk + chunk_len, unit, ul);
        chunk_len += ul;
    }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    size_t written = 0;
    while (written + chunk_len <= size) {
        assert_int_equal(fwrite(chunk, 1, chunk_len, f), chunk_len);
        written += chunk_len;
    }
    size_t rest = size - written;
    while (rest > 0 && rest <= chunk_len && chunk[rest - 1] != ' ' && chunk[rest - 1] != '\n')
        rest--;   /* end on a whole word, so the text stays valid UTF-8 */
    assert_int_equal(fwrite(chunk, 1, rest, f), rest);
    assert_int_equal(fclose(f), 0);
    free(chunk);
}

static void cli_ten_megabyte_single_line_is_processed(void **state)
{
    (void)state;
    /* One line with no line break and no full stop: one enormous block
     * holding one enormous sentence, with quotes, figures and dates. */
    const char *p = tmp("one-line.txt");
    write_repeated(p,
                   "inspectors said the unit\xE2\x80\x99s staff were \xE2\x80\x9Cstretched\xE2\x80\x9D "
                   "and that 41 per cent of plans as at 31 March 2022 were late, ",
                   10u << 20);
    write_good_pair();
    run_result r = RUN(NULL, "extract", "--format", "jsonl", tmp("a.txt"), p, tmp("b.txt"));
    assert_int_equal(r.code, 0);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 3);
    assert_string_equal(rec_path(cJSON_GetArrayItem(recs, 1)), p);
    if (!is_valid_utf8(r.out, r.out_len))
        fail_msg("output is not valid UTF-8");
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_hundred_megabyte_document_is_processed_in_bounded_memory(void **state)
{
    (void)state;
    size_t mb = UNDER_ASAN ? 10 : 100;   /* ASan: several times slower */
    const char *env = getenv("INSPEX_BIG_MB");
    if (env && atoi(env) > 0)
        mb = (size_t)atoi(env);
    const char *p = tmp("big.txt");
    /* Paragraphs in the genre's style, with a figure, a date and a quote
     * in each, like a very long report. */
    write_repeated(p,
                   "Inspectors visited the Tarnby unit in May 2022 and found that staff knew "
                   "their cases well. Plans were sound in 58 per cent of the cases they "
                   "examined, although reviews were often late and some risks were not "
                   "followed up. One manager told them: \xE2\x80\x9CWe have the right people "
                   "but not yet enough of them.\xE2\x80\x9D Leaders have a clear plan to "
                   "recruit and train more probation officers over the coming year.\n\n",
                   mb << 20);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    /* The child's ru_maxrss is at least this process's own peak (Linux
     * carries the spawning process's high-water mark over the exec), so the
     * measure is an upper bound, exact when it exceeds our own peak: this
     * test runs first, while this process is still small. */
    struct rusage self;
    getrusage(RUSAGE_SELF, &self);
    run_result r = RUN(NULL, "extract", "--format", "jsonl", p);
    unlink(p);
    assert_int_equal(r.code, 0);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    cJSON_Delete(recs);
    double ratio = (double)r.maxrss_kb * 1024.0 / (double)st.st_size;
    print_message("%zu MB document: peak memory %ld MB, %.1f x its size, %zu bytes of output "
                  "(this test's own peak: %ld MB)\n",
                  mb, r.maxrss_kb / 1024, ratio, r.out_len, self.ru_maxrss / 1024);
    if (UNDER_ASAN)
        print_message("memory bound not checked under AddressSanitizer (shadow memory and "
                      "quarantine)\n");
    /* 8 x the size, plus the program's own few megabytes (which only
     * matter when INSPEX_BIG_MB makes the document small). */
    else if ((double)r.maxrss_kb * 1024.0 >= 8.0 * (double)st.st_size + (16 << 20))
        fail_msg("peak memory %.1f x the document's size (limit 8 x)", ratio);
    run_free(&r);
}

static void cli_large_html_page_is_read_in_bounded_memory(void **state)
{
    (void)state;
    size_t mb = UNDER_ASAN ? 5 : 40;
    /* The release fixture with its <article> printed again and again inside
     * <main> (headings, entities, inline markup, lists, share buttons), its
     * chrome around it: the HTML reader streams the page
     * (corpus/htmlstream), never holding libxml2's whole tree. */
    size_t flen = 0;
    char *fixture = read_all("tests/html/release.html", &flen);
    char *art = strstr(fixture, "<article"), *art_end = strstr(fixture, "</article>");
    assert_non_null(art);
    assert_non_null(art_end);
    art_end += strlen("</article>");
    const char *p = tmp("big.html");
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(fixture, 1, (size_t)(art - fixture), f), (size_t)(art - fixture));
    for (size_t n = 0; n < (mb << 20); n += (size_t)(art_end - art) + 1) {
        assert_int_equal(fwrite(art, 1, (size_t)(art_end - art), f), (size_t)(art_end - art));
        fputc('\n', f);
    }
    fputs(art_end, f);
    assert_int_equal(fclose(f), 0);
    free(fixture);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    run_result r = RUN(NULL, "extract", "-j", "1", "--format", "jsonl", p);
    unlink(p);
    assert_int_equal(r.code, 0);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    const cJSON *rec = cJSON_GetArrayItem(recs, 0);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(rec, "source"), "format")->valuestring,
                        "html");
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(rec, "title"), "text")->valuestring,
                        "Marshland probation service rated \xE2\x80\x98Inadequate\xE2\x80\x99");
    cJSON_Delete(recs);
    double ratio = (double)r.maxrss_kb * 1024.0 / (double)st.st_size;
    print_message("%zu MB page: peak memory %ld MB, %.1f x its size\n", mb, r.maxrss_kb / 1024,
                  ratio);
    if (UNDER_ASAN)
        print_message("memory bound not checked under AddressSanitizer\n");
    /* libxml2's whole tree took 12 x.  Now about 4 x on this page, the
     * densest of the fixtures' text (the page, its visible text and map,
     * the working text, the blocks: README, Performance); 5 x leaves room
     * for another allocator, plus the program's own few megabytes. */
    else if ((double)r.maxrss_kb * 1024.0 >= 5.0 * (double)st.st_size + (16 << 20))
        fail_msg("peak memory %.1f x the page's size (limit 5 x)", ratio);
    run_free(&r);
}

/* ---- inputs, formats --------------------------------------------------- */

static void cli_reads_standard_input_without_arguments_or_with_dash(void **state)
{
    (void)state;
    write_good_pair();
    for (int dash = 0; dash < 2; dash++) {
        run_result r = dash ? RUN(tmp("a.txt"), "extract", "--format", "jsonl", "-")
                            : RUN(tmp("a.txt"), "extract", "--format", "jsonl");
        assert_int_equal(r.code, 0);
        cJSON *recs = parse_jsonl(r.out);
        assert_int_equal(cJSON_GetArraySize(recs), 1);
        const cJSON *rec = cJSON_GetArrayItem(recs, 0);
        assert_string_equal(rec_path(rec), "-");
        const cJSON *src = cJSON_GetObjectItemCaseSensitive(rec, "source");
        assert_int_equal((size_t)cJSON_GetObjectItemCaseSensitive(src, "bytes")->valuedouble,
                         strlen(release_a));
        cJSON_Delete(recs);
        run_free(&r);
    }
    /* Empty standard input is an empty document: reported as "-". */
    run_result r = RUN(NULL, "extract", "--format", "jsonl", "-", tmp("b.txt"));
    assert_int_equal(r.code, 1);
    assert_reported(&r, "-");
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_folder_is_walked_in_sorted_order_for_documents(void **state)
{
    (void)state;
    const char *dir = tmp("walk");
    mkdir(dir, 0700);
    mkdir(tmp("walk/sub"), 0700);
    write_str(tmp("walk/c.txt"), release_b);
    write_str(tmp("walk/a.txt"), release_a);
    write_str(tmp("walk/sub/b.txt"), release_b);
    write_str(tmp("walk/readme.md"), "not a document\n");
    run_result r = RUN(NULL, "extract", "--format", "jsonl", dir);
    assert_int_equal(r.code, 0);
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 3);
    assert_non_null(strstr(rec_path(cJSON_GetArrayItem(recs, 0)), "/a.txt"));
    assert_non_null(strstr(rec_path(cJSON_GetArrayItem(recs, 1)), "/c.txt"));
    assert_non_null(strstr(rec_path(cJSON_GetArrayItem(recs, 2)), "/sub/b.txt"));
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_jsonl_is_one_record_per_line_and_the_default_off_a_terminal(void **state)
{
    (void)state;
    write_good_pair();
    for (int explicit_format = 0; explicit_format < 2; explicit_format++) {
        run_result r = explicit_format
                           ? RUN(NULL, "extract", "--format", "jsonl", tmp("a.txt"), tmp("b.txt"))
                           : RUN(NULL, "extract", tmp("a.txt"), tmp("b.txt"));
        assert_int_equal(r.code, 0);
        size_t lines = 0;
        for (size_t i = 0; i < r.out_len; i++)
            lines += r.out[i] == '\n';
        assert_int_equal(lines, 2);
        cJSON *recs = parse_jsonl(r.out);
        assert_int_equal(cJSON_GetArraySize(recs), 2);
        cJSON_Delete(recs);
        run_free(&r);
    }
    /* --pretty never breaks a JSON Lines record over several lines. */
    run_result r = RUN(NULL, "extract", "--format", "jsonl", "--pretty", tmp("a.txt"));
    cJSON *recs = parse_jsonl(r.out);
    assert_int_equal(cJSON_GetArraySize(recs), 1);
    cJSON_Delete(recs);
    run_free(&r);
}

static void cli_json_is_an_array_and_pretty_indents_it(void **state)
{
    (void)state;
    write_good_pair();
    run_result flat = RUN(NULL, "extract", "--format", "json", tmp("a.txt"), tmp("b.txt"));
    run_result pretty =
        RUN(NULL, "extract", "--format", "json", "--pretty", tmp("a.txt"), tmp("b.txt"));
    assert_int_equal(flat.code, 0);
    assert_int_equal(pretty.code, 0);
    cJSON *a = cJSON_Parse(flat.out), *b = cJSON_Parse(pretty.out);
    if (!a || !b)
        fail_msg("--format json%s output is not JSON", a ? " --pretty" : "");
    assert_true(cJSON_IsArray(a));
    assert_int_equal(cJSON_GetArraySize(a), 2);
    const cJSON *rec;
    cJSON_ArrayForEach(rec, a)
        assert_record_shape(rec);
    assert_true(cJSON_Compare(a, b, 1));
    /* Indented: many more lines, some starting with white space. */
    size_t lines = 0;
    for (size_t i = 0; i < pretty.out_len; i++)
        lines += pretty.out[i] == '\n';
    assert_true(lines > 20);
    assert_non_null(strstr(pretty.out, "\n\t") ? strstr(pretty.out, "\n\t")
                                               : strstr(pretty.out, "\n  "));
    cJSON_Delete(a);
    cJSON_Delete(b);
    run_free(&flat);
    run_free(&pretty);

    /* Nothing extracted is still a JSON array. */
    mkdir(tmp("json-empty"), 0700);
    run_result none = RUN(NULL, "extract", "--format", "json", tmp("json-empty"));
    assert_int_equal(none.code, 1);
    cJSON *empty = cJSON_Parse(none.out);
    assert_true(cJSON_IsArray(empty));
    assert_int_equal(cJSON_GetArraySize(empty), 0);
    cJSON_Delete(empty);
    run_free(&none);
}

/* Split one CSV line (RFC 4180 quoting, no line breaks inside cells). */
static size_t csv_cells(const char *line, size_t len, char cells[][256], size_t max)
{
    size_t n = 0, i = 0;
    while (i <= len && n < max) {
        size_t k = 0;
        if (i < len && line[i] == '"') {
            i++;
            while (i < len) {
                if (line[i] == '"' && i + 1 < len && line[i + 1] == '"') {
                    if (k < 255) cells[n][k++] = '"';
                    i += 2;
                } else if (line[i] == '"') {
                    i++;
                    break;
                } else {
                    if (k < 255) cells[n][k++] = line[i];
                    i++;
                }
            }
        } else {
            while (i < len && line[i] != ',') {
                if (k < 255) cells[n][k++] = line[i];
                i++;
            }
        }
        cells[n++][k] = '\0';
        if (i < len && line[i] == ',')
            i++;
        else
            break;
    }
    return n;
}

static void cli_csv_has_a_header_and_one_row_per_document(void **state)
{
    (void)state;
    write_good_pair();
    run_result r = RUN(NULL, "extract", "--format", "csv", tmp("a.txt"), tmp("b.txt"));
    assert_int_equal(r.code, 0);
    char cells[32][256];
    const char *line = r.out;
    const char *nl = strchr(line, '\n');
    assert_non_null(nl);
    size_t ncols = csv_cells(line, (size_t)(nl - line), cells, 32);
    /* RECORD.md: path, title, subject, type, owner, overall rating,
     * publication date, fieldwork start and end, caseload, recommendations,
     * number of quotes. */
    assert_int_equal(ncols, 12);
    assert_string_equal(cells[0], "path");
    assert_string_equal(cells[1], "title");
    assert_non_null(strstr(cells[5], "rating"));
    assert_non_null(strstr(cells[11], "quote"));
    const char *paths[2] = {tmp("a.txt"), tmp("b.txt")};
    for (int row = 0; row < 2; row++) {
        line = nl + 1;
        nl = strchr(line, '\n');
        assert_non_null(nl);
        size_t n = csv_cells(line, (size_t)(nl - line), cells, 32);
        assert_int_equal(n, ncols);
        assert_string_equal(cells[0], paths[row]);
    }
    assert_int_equal(nl[1], '\0');
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        /* First, while this process is small: see the test. */
        cmocka_unit_test(cli_hundred_megabyte_document_is_processed_in_bounded_memory),
        cmocka_unit_test(cli_large_html_page_is_read_in_bounded_memory),
        cmocka_unit_test(cli_version_prints_name_and_version),
        cmocka_unit_test(cli_ingest_on_threads_stores_the_same_records),
        cmocka_unit_test(cli_help_lists_the_commands),
        cmocka_unit_test(cli_extract_help_lists_formats_and_exit_statuses),
        cmocka_unit_test(cli_usage_errors_exit_2_with_a_message),
        cmocka_unit_test(cli_extract_on_threads_gives_the_same_bytes),
        cmocka_unit_test(cli_missing_file_is_reported_and_others_still_extracted),
        cmocka_unit_test(cli_dangling_symlink_is_reported_and_others_still_extracted),
        cmocka_unit_test(cli_folder_without_documents_is_reported),
        cmocka_unit_test(cli_file_without_read_permission_is_reported),
        cmocka_unit_test(cli_file_that_fails_to_read_is_reported),
        cmocka_unit_test(cli_path_through_a_file_is_reported),
        cmocka_unit_test(cli_fifo_in_a_folder_does_not_hang),
        cmocka_unit_test(cli_empty_file_is_reported),
        cmocka_unit_test(cli_white_space_only_file_is_reported),
        cmocka_unit_test(cli_invalid_utf8_in_a_quote_gives_a_record_with_a_warning),
        cmocka_unit_test(cli_nul_bytes_are_an_error_naming_the_file_not_a_record),
        cmocka_unit_test(cli_crlf_line_endings_keep_spans_on_the_original_bytes),
        cmocka_unit_test(cli_bom_is_not_evidence_and_spans_count_it),
        cmocka_unit_test(cli_ten_megabyte_single_line_is_processed),
        cmocka_unit_test(cli_reads_standard_input_without_arguments_or_with_dash),
        cmocka_unit_test(cli_folder_is_walked_in_sorted_order_for_documents),
        cmocka_unit_test(cli_jsonl_is_one_record_per_line_and_the_default_off_a_terminal),
        cmocka_unit_test(cli_json_is_an_array_and_pretty_indents_it),
        cmocka_unit_test(cli_csv_has_a_header_and_one_row_per_document),
    };
    return cmocka_run_group_tests_name("cli", tests, setup_all, teardown_all);
}
