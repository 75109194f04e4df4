/* main.c -- the inspex command line: flags in, exit status out.  The only
 * caller of exit() and the only writer to stderr.
 *
 * Exit status: 0 every input produced a record; 1 an input failed (each
 * failure on stderr as "inspex: PATH: reason", the others still processed);
 * 2 a usage error.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "corpus/input.h"
#include "corpus/store.h"
#include "inspex.h"
#include "corpus/pool.h"
#include "output/audit.h"
#include "output/explain.h"
#include "output/writer.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

static const char usage_main[] =
    "usage: inspex COMMAND [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Turn press releases about inspections into auditable JSON records.\n"
    "\n"
    "commands:\n"
    "  extract   extract records from documents (files, folders, - for stdin)\n"
    "  blocks    show how a document was segmented (blocks, kinds, sections)\n"
    "  audit     compare records with expected ones (golden tests, fixture audits)\n"
    "  explain   show each extracted value beside its evidence in context\n"
    "  ingest    add new and changed documents to a SQLite store\n"
    "  export    write the records of a store as jsonl, json or csv\n"
    "\n"
    "  inspex COMMAND --help   options of a command\n"
    "  inspex --version        the version\n";

static const char usage_extract[] =
    "usage: inspex extract [--format jsonl|json|csv] [--pretty] [--format-in text|html]\n"
    "                      [--only STAGE] [-j N] [FILE|DIR|-]...\n"
    "\n"
    "Extract one record per document.  Folders are walked in sorted order for\n"
    "*.txt, *.html and *.htm; with no argument, standard input is read.\n"
    "\n"
    "  --format F      jsonl (default when stdout is not a terminal), json, csv\n"
    "  --pretty        indent JSON (the default on a terminal)\n"
    "  --format-in F   read every input as text or html (default: by name/content)\n"
    "  --only STAGE    run the stages up to STAGE only (title genre inspectorate\n"
    "                  subjects dates ratings figures caseloads recommendations quotes)\n"
    "  -j, --jobs N    extract on N threads (default: the number of processors);\n"
    "                  records come out in input order, the same bytes for any N\n"
    "\n"
    "exit status: 0 all records written, 1 an input failed, 2 usage error\n";

/* -j N: 1 to 1024, or 0 when not such a number. */
static int parse_jobs(const char *arg)
{
    char *end = NULL;
    long v = strtol(arg, &end, 10);
    return !*arg || *end || v < 1 || v > 1024 ? 0 : (int)v;
}

static void report(const char *path, const char *reason, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "inspex: %s: %s\n", path, reason);
}

/* What extract's deliveries need: the writer and the exit status so far. */
typedef struct extract_run {
    ix_writer *w;
    int status;
} extract_run;

static int deliver_record(void *ctx, const char *path, const ix_doc *doc, const char *error)
{
    extract_run *x = ctx;
    ix_err e = {0};
    if (!doc) {
        report(path, error, NULL);
        x->status = EXIT_INPUT;
    } else if (ix_writer_add(x->w, doc, &e) != IX_OK) {
        report(path, e.msg, NULL);
        x->status = EXIT_INPUT;
    }
    return 0;
}

static int usage_error(const char *msg, const char *usage)
{
    fprintf(stderr, "inspex: %s\n%s", msg, usage);
    return EXIT_USAGE;
}

/* getopt's '?': an unknown option, or one missing its value. */
static int bad_option(char **argv, const char *usage)
{
    fprintf(stderr, "inspex: %s: unknown option, or its value is missing\n%s",
            argv[optind - 1], usage);
    return EXIT_USAGE;
}

static int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"pretty", no_argument, NULL, 'p'},
        {"format-in", required_argument, NULL, 'i'},
        {"only", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int tty = isatty(STDOUT_FILENO);
    int jobs = ix_pool_default_jobs();
    ix_format format = tty ? IX_FORMAT_JSON : IX_FORMAT_JSONL;
    int pretty = tty;
    const char *format_in = NULL, *only = NULL;
    int c;
    optind = 1;
    opterr = 0;   /* one message of our own, not getopt's */
    while ((c = getopt_long(argc, argv, "f:pi:o:j:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (ix_writer_parse_format(optarg, &format) != 0)
                return usage_error("--format takes jsonl, json or csv", usage_extract);
            break;
        case 'j':
            if ((jobs = parse_jobs(optarg)) == 0)
                return usage_error("--jobs takes a number from 1 to 1024", usage_extract);
            break;
        case 'p':
            pretty = 1;
            break;
        case 'i':
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "html") != 0)
                return usage_error("--format-in takes text or html", usage_extract);
            format_in = optarg;
            break;
        case 'o':
            only = optarg;
            break;
        case 'h':
            fputs(usage_extract, stdout);
            return EXIT_OK;
        default:
            return bad_option(argv, usage_extract);
        }
    }
    char *stdin_arg[] = {"-"};
    char **args = optind < argc ? argv + optind : stdin_arg;
    size_t nargs = optind < argc ? (size_t)(argc - optind) : 1;

    ix_err err = {0};
    ix_engine *eng = ix_engine_new(&err);
    if (!eng) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        return EXIT_INPUT;
    }
    ix_input_list list = {0};
    int failed = ix_input_expand(args, nargs, &list, report, NULL);
    if (failed < 0) {
        fprintf(stderr, "inspex: out of memory\n");
        ix_engine_free(eng);
        return EXIT_INPUT;
    }
    ix_writer *w = ix_writer_new(stdout, format, pretty);
    extract_run run = {w, failed ? EXIT_INPUT : EXIT_OK};
    if (w && ix_pool_extract(eng, list.paths, list.n, jobs, format_in, only, deliver_record, &run,
                             &err) != 0) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        run.status = EXIT_INPUT;
    }
    int status = run.status;
    if (!w) {
        fprintf(stderr, "inspex: out of memory\n");
        status = EXIT_INPUT;
    } else if (ix_writer_close(w, &err) != IX_OK) {
        fprintf(stderr, "inspex: standard output: %s\n", err.msg);
        status = EXIT_INPUT;
    }
    ix_input_list_fini(&list);
    ix_engine_free(eng);
    return status;
}

static const char usage_blocks[] =
    "usage: inspex blocks FILE\n"
    "\n"
    "Print the document's blocks: index, kind, section, sentence count and\n"
    "the start of the text, to check segmentation and furniture detection.\n";

static int cmd_blocks(int argc, char **argv)
{
    static const char *const kinds[] = {"paragraph", "heading", "bullet", "numbered"};
    static const char *const sections[] = {"body", "findings", "ends", "notes", "furniture"};
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        fputs(usage_blocks, stdout);
        return EXIT_OK;
    }
    if (argc != 2)
        return usage_error("blocks takes one FILE", usage_blocks);
    unsigned char *bytes = NULL;
    size_t len = 0;
    ix_err err = {0};
    if (ix_input_read(argv[1], &bytes, &len, &err) != IX_OK) {
        report(argv[1], err.msg, NULL);
        return EXIT_INPUT;
    }
    ix_doc *doc = ix_doc_new(argv[1], bytes, len, &err);
    if (!doc) {
        report(argv[1], err.msg, NULL);
        free(bytes);
        return EXIT_INPUT;
    }
    for (size_t i = 0; i < doc->blocks.n; i++) {
        const ix_block *b = &doc->blocks.items[i];
        int n = (int)(b->text.end - b->text.start);
        printf("%3zu %-9s %-9s %2zu  %.*s%s\n", i, kinds[b->kind], sections[b->section],
               b->nsents, n > 70 ? 70 : n, doc->norm + b->text.start, n > 70 ? "..." : "");
    }
    ix_doc_free(doc);
    free(bytes);
    return EXIT_OK;
}

static const char usage_audit[] =
    "usage: inspex audit [--inputs DIR] [--only FIELD] [--update [--no-text]] EXPECTED_DIR\n"
    "\n"
    "For each EXPECTED_DIR/NAME.expected.json, extract NAME.txt (or NAME.html)\n"
    "and compare the record with the expected one, field by field: each miss\n"
    "and extra on one line, then matched / missed / extra, precision, recall\n"
    "and F1 per field and overall.  A key left out of an expected item is not\n"
    "compared; `rule`, `generator` and `source.path` never are.\n"
    "\n"
    "  --inputs DIR    read the documents from DIR (default: EXPECTED_DIR)\n"
    "  --only FIELD    compare one field (title genre inspectorate subjects\n"
    "                  ratings dates caseloads figures quotes recommendations\n"
    "                  recommendations.items warnings source)\n"
    "  --update        rewrite the expected files from the records produced, and\n"
    "                  write one for each document without (check the diff first)\n"
    "  --no-text       with --update: leave every `text` key out (documents whose\n"
    "                  sentences must not be copied; quotes are checked by spans)\n"
    "\n"
    "exit status: 0 every record as expected, 1 a difference or a failed document,\n"
    "2 usage error\n";

static int cmd_audit(int argc, char **argv)
{
    static const struct option opts[] = {
        {"inputs", required_argument, NULL, 'i'},
        {"only", required_argument, NULL, 'o'},
        {"update", no_argument, NULL, 'u'},
        {"no-text", no_argument, NULL, 't'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ix_audit_opts ao = {0};
    int c;
    optind = 1;
    opterr = 0;   /* one message of our own, not getopt's */
    while ((c = getopt_long(argc, argv, "i:o:uth", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            ao.inputs = optarg;
            break;
        case 'o':
            ao.only = optarg;
            break;
        case 'u':
            ao.update = 1;
            break;
        case 't':
            ao.no_text = 1;
            break;
        case 'h':
            fputs(usage_audit, stdout);
            return EXIT_OK;
        default:
            return bad_option(argv, usage_audit);
        }
    }
    if (optind != argc - 1)
        return usage_error("audit takes one EXPECTED_DIR", usage_audit);
    if (ao.no_text && !ao.update)
        return usage_error("--no-text goes with --update", usage_audit);
    ix_err err = {0};
    ix_audit *probe = ix_audit_new(ao.only, &err);
    if (!probe)
        return usage_error(err.msg, usage_audit);
    ix_audit_free(probe);
    ix_engine *eng = ix_engine_new(&err);
    if (!eng) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        return EXIT_INPUT;
    }
    ix_audit_summary sum;
    int rc = ix_audit_dir(eng, argv[optind], &ao, stdout, &sum, &err);
    ix_engine_free(eng);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "inspex: standard output: write failed\n");
        return EXIT_INPUT;
    }
    if (rc != IX_OK) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        return EXIT_INPUT;
    }
    if (sum.documents == 0 && !ao.update) {
        fprintf(stderr, "inspex: %s: no expected records (NAME.expected.json)\n", argv[optind]);
        return EXIT_INPUT;
    }
    if (sum.failed)
        return EXIT_INPUT;
    return sum.differing && !ao.update ? EXIT_INPUT : EXIT_OK;
}

static const char usage_explain[] =
    "usage: inspex explain [--format-in text|html] [--plain] FILE...\n"
    "\n"
    "Print each extracted value with its rule and span, and under it the\n"
    "sentence holding its evidence, the evidence marked [[like this]] (in bold\n"
    "on a terminal), to check a record by eye.\n"
    "\n"
    "  --format-in F   read every input as text or html (default: by name/content)\n"
    "  --plain         mark evidence with [[ ]] even on a terminal\n"
    "\n"
    "exit status: 0 every input explained, 1 an input failed, 2 usage error\n";

static int cmd_explain(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format-in", required_argument, NULL, 'i'},
        {"plain", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ix_explain_opts eo = {.ansi = isatty(STDOUT_FILENO)};
    const char *format_in = NULL;
    int c;
    optind = 1;
    opterr = 0;   /* one message of our own, not getopt's */
    while ((c = getopt_long(argc, argv, "i:ph", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "html") != 0)
                return usage_error("--format-in takes text or html", usage_explain);
            format_in = optarg;
            break;
        case 'p':
            eo.ansi = 0;
            break;
        case 'h':
            fputs(usage_explain, stdout);
            return EXIT_OK;
        default:
            return bad_option(argv, usage_explain);
        }
    }
    if (optind >= argc)
        return usage_error("explain takes at least one FILE", usage_explain);
    ix_err err = {0};
    ix_engine *eng = ix_engine_new(&err);
    if (!eng) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        return EXIT_INPUT;
    }
    ix_input_list list = {0};
    int failed = ix_input_expand(argv + optind, (size_t)(argc - optind), &list, report, NULL);
    int status = failed ? EXIT_INPUT : EXIT_OK;
    for (size_t i = 0; failed >= 0 && i < list.n; i++) {
        const char *path = list.paths[i];
        unsigned char *bytes = NULL;
        size_t len = 0;
        ix_err e = {0};
        ix_doc *doc = NULL;
        if (ix_input_read(path, &bytes, &len, &e) != IX_OK ||
            !(doc = ix_engine_extract(eng, path, format_in, bytes, len, &e)) ||
            ix_explain_write(stdout, doc, &eo, &e) != IX_OK) {
            report(path, e.msg, NULL);
            status = EXIT_INPUT;
        }
        if (i + 1 < list.n)
            putchar('\n');
        ix_doc_free(doc);
        free(bytes);
    }
    if (failed < 0) {
        fprintf(stderr, "inspex: out of memory\n");
        status = EXIT_INPUT;
    }
    ix_input_list_fini(&list);
    ix_engine_free(eng);
    return status;
}

static const char usage_ingest[] =
    "usage: inspex ingest --store DB [--reprocess] [--format-in text|html] [-j N] [FILE|DIR]...\n"
    "\n"
    "Add documents to the SQLite store DB (created when missing): each one's\n"
    "record, plus tables to query (documents, subjects, ratings, dates,\n"
    "caseloads, figures, quotes, recommendations).  Documents already stored\n"
    "are skipped; says how many were new, changed and unchanged.  Each\n"
    "document is stored in one transaction: an interrupted run loses nothing\n"
    "and a re-run completes it.\n"
    "\n"
    "  --store DB      the store (a SQLite file)\n"
    "  --reprocess     re-extract records made by another inspex version; with\n"
    "                  no FILE|DIR, every such record, read again from its file\n"
    "  --format-in F   read every input as text or html (default: by name/content)\n"
    "  -j, --jobs N    read and extract on N threads (default: the number of\n"
    "                  processors); one thread writes the store, in input order,\n"
    "                  so its contents are the same for any N\n"
    "\n"
    "exit status: 0 all stored, 1 a document or the store failed, 2 usage error\n";

/* Progress on stderr: only on a terminal, and only once a run has taken
 * more than a second; redrawn at most ten times a second. */
typedef struct progress {
    int tty, shown;
    struct timespec start, last;
} progress;

static double since(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void ingest_progress(void *ctx, size_t done, size_t total, const char *path)
{
    (void)path;
    progress *p = ctx;
    if (!p->tty)
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (since(&p->start, &now) < 1.0 || (p->shown && since(&p->last, &now) < 0.1 && done < total))
        return;
    fprintf(stderr, "\rinspex ingest: %zu/%zu documents", done, total);
    p->shown = 1;
    p->last = now;
}

static void ingest_error(void *ctx, const char *path, const char *reason)
{
    progress *p = ctx;
    if (p->shown)
        fputs("\r\033[K", stderr);
    report(path, reason, NULL);
}

static int cmd_ingest(int argc, char **argv)
{
    static const struct option opts[] = {
        {"store", required_argument, NULL, 's'},
        {"reprocess", no_argument, NULL, 'r'},
        {"format-in", required_argument, NULL, 'i'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    progress prog = {.tty = isatty(STDERR_FILENO)};
    ix_store_opts so = {.progress = ingest_progress, .on_error = ingest_error, .ctx = &prog,
                        .jobs = ix_pool_default_jobs()};
    int c;
    optind = 1;
    opterr = 0;   /* one message of our own, not getopt's */
    while ((c = getopt_long(argc, argv, "s:ri:j:h", opts, NULL)) != -1) {
        switch (c) {
        case 'j':
            if ((so.jobs = parse_jobs(optarg)) == 0)
                return usage_error("--jobs takes a number from 1 to 1024", usage_ingest);
            break;
        case 's':
            db = optarg;
            break;
        case 'r':
            so.reprocess = 1;
            break;
        case 'i':
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "html") != 0)
                return usage_error("--format-in takes text or html", usage_ingest);
            so.format_in = optarg;
            break;
        case 'h':
            fputs(usage_ingest, stdout);
            return EXIT_OK;
        default:
            return bad_option(argv, usage_ingest);
        }
    }
    if (!db)
        return usage_error("ingest needs --store DB", usage_ingest);
    if (optind >= argc && !so.reprocess)
        return usage_error("ingest takes FILE|DIR (or --reprocess)", usage_ingest);
    ix_err err = {0};
    ix_engine *eng = ix_engine_new(&err);
    ix_store *st = eng ? ix_store_open(db, &err) : NULL;
    if (!st) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        ix_engine_free(eng);
        return EXIT_INPUT;
    }
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
    ix_store_stats stats = {0};
    int rc = optind < argc
                 ? ix_store_ingest(st, eng, argv + optind, (size_t)(argc - optind), &so, &stats, &err)
                 : ix_store_reprocess(st, eng, &so, &stats, &err);
    if (prog.shown)
        fputs("\r\033[K", stderr);
    if (rc != IX_OK)
        fprintf(stderr, "inspex: %s\n", err.msg);
    long total = ix_store_count(st, &err);
    printf("%s: %zu new, %zu changed, %zu unchanged", db, stats.added, stats.changed,
           stats.unchanged);
    if (stats.reprocessed || so.reprocess)
        printf(", %zu reprocessed", stats.reprocessed);
    if (stats.failed)
        printf(", %zu failed", stats.failed);
    if (total >= 0)
        printf(" (%ld documents stored)", total);
    putchar('\n');
    ix_store_close(st);
    ix_engine_free(eng);
    return rc != IX_OK || stats.failed ? EXIT_INPUT : EXIT_OK;
}

static const char usage_export[] =
    "usage: inspex export --store DB [--format jsonl|json|csv] [--pretty]\n"
    "\n"
    "Write every record of the store, ordered by path.\n"
    "\n"
    "  --store DB      the store made by inspex ingest\n"
    "  --format F      jsonl (default when stdout is not a terminal), json, csv\n"
    "  --pretty        indent JSON (the default on a terminal)\n"
    "\n"
    "exit status: 0 written, 1 the store could not be read or output failed,\n"
    "2 usage error\n";

static int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"store", required_argument, NULL, 's'},
        {"format", required_argument, NULL, 'f'},
        {"pretty", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int tty = isatty(STDOUT_FILENO);
    ix_format format = tty ? IX_FORMAT_JSON : IX_FORMAT_JSONL;
    int pretty = tty;
    const char *db = NULL;
    int c;
    optind = 1;
    opterr = 0;   /* one message of our own, not getopt's */
    while ((c = getopt_long(argc, argv, "s:f:ph", opts, NULL)) != -1) {
        switch (c) {
        case 's':
            db = optarg;
            break;
        case 'f':
            if (ix_writer_parse_format(optarg, &format) != 0)
                return usage_error("--format takes jsonl, json or csv", usage_export);
            break;
        case 'p':
            pretty = 1;
            break;
        case 'h':
            fputs(usage_export, stdout);
            return EXIT_OK;
        default:
            return bad_option(argv, usage_export);
        }
    }
    if (!db)
        return usage_error("export needs --store DB", usage_export);
    if (optind < argc)
        return usage_error("export takes no FILE", usage_export);
    if (access(db, F_OK) != 0) {
        fprintf(stderr, "inspex: %s: no such store\n", db);
        return EXIT_INPUT;
    }
    ix_err err = {0};
    ix_store *st = ix_store_open(db, &err);
    int rc = st ? ix_store_export(st, stdout, format, pretty, &err) : err.code;
    ix_store_close(st);
    if (rc != IX_OK) {
        fprintf(stderr, "inspex: %s\n", err.msg);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* The commands; other modules' commands are added as rows here. */
static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"extract", cmd_extract},
    {"blocks", cmd_blocks},
    {"audit", cmd_audit},
    {"explain", cmd_explain},
    {"ingest", cmd_ingest},
    {"export", cmd_export},
};

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("no command given", usage_main);
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("inspex %s\n", IX_VERSION);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        fputs(usage_main, stdout);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            exit(commands[i].run(argc - 1, argv + 1));
    fprintf(stderr, "inspex: unknown command '%s'\n%s", argv[1], usage_main);
    return EXIT_USAGE;
}
