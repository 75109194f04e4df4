/* corpus/store.h -- the ingest store: a SQLite database of records that
 * grows as new documents are published, with tables a person can query.
 *
 * Tables (every child table keyed by the document's sha256; a span is
 * span_start/span_end in the original bytes):
 *   documents(sha256 PRIMARY KEY, path, location, bytes, format, generator,
 *             title, genre, published, record, ingested_at)
 *       record is the whole record as JSON; published the start of its
 *       first publication date; location the absolute path read.
 *   subjects(sha256, id, name, short, type, owner, span_start, span_end)
 *   ratings(sha256, subject, scope, value, scale, text, rule, span_start, span_end)
 *   dates(sha256, role, start, end, time, text, rule, span_start, span_end)
 *   caseloads(sha256, subject, count, approx, unit, as_of, text, rule, span_start, span_end)
 *   figures(sha256, value, kind, approx, text, rule, span_start, span_end)
 *   quotes(sha256, speaker, speaker_role, attribution, partial, text, rule,
 *          spans, span_start, span_end)   spans: JSON [[s,e],...]
 *   recommendations(sha256, count, text, rule, span_start, span_end, items)
 *       items: JSON array of the listed recommendations' text
 *
 * Each document goes in with one transaction (WAL journal), so a killed
 * ingest leaves every document either wholly in or not at all, and a re-run
 * completes it.  A document is known by its sha256: the same bytes are
 * 'unchanged' whatever their path; new bytes at a known path are 'changed'
 * (the old version's rows go); anything else is 'new'.  Records made by
 * another generator (an older inspex) are re-extracted only on request
 * (reprocess).
 *
 * Owns: the database connection (ix_store_open / ix_store_close).
 * Does not: print; per-document failures and progress go to callbacks, the
 * export to the FILE * given.
 */
#ifndef IX_STORE_H
#define IX_STORE_H
#include <stddef.h>
#include <stdio.h>

#include "inspex.h"
#include "output/writer.h"

typedef struct ix_store ix_store;

/* Open the store at path, creating the file and its tables when needed.
 * NULL with err set (IX_ESTORE: not a database, a newer store layout,
 * cannot be opened or created; IX_ENOMEM). */
ix_store *ix_store_open(const char *path, ix_err *err);
/* Close the store.  Accepts NULL. */
void ix_store_close(ix_store *st);

typedef enum ix_store_outcome {
    IX_STORE_NEW,          /* bytes not seen before, at a new path */
    IX_STORE_CHANGED,      /* new bytes at a path already stored */
    IX_STORE_UNCHANGED,    /* these bytes are already stored */
    IX_STORE_REPROCESSED,  /* stored by another generator, extracted again */
    IX_STORE_FAILED        /* not a document (empty, binary, unreadable) */
} ix_store_outcome;

typedef struct ix_store_stats {
    size_t added, changed, unchanged, reprocessed, failed;
} ix_store_stats;

typedef struct ix_store_opts {
    int reprocess;            /* re-extract records of another generator */
    const char *format_in;    /* "text", "html", or NULL: by name and bytes */
    /* Threads that read and extract (ix_store_ingest); <= 1: the calling
     * thread alone.  Whatever the number, every write to the store happens
     * on the calling thread, in input order, so the store's contents are
     * the same. */
    int jobs;
    /* After each document (done of total). */
    void (*progress)(void *ctx, size_t done, size_t total, const char *path);
    /* A document or argument that failed, with the reason (not fatal). */
    void (*on_error)(void *ctx, const char *path, const char *reason);
    /* Inside each document's transaction, just before COMMIT (for tests
     * of interrupted ingests). */
    void (*before_commit)(void *ctx, const char *path);
    void *ctx;
} ix_store_opts;

/* Store the document path with bytes[0..len): extract unless its bytes are
 * stored already (and, with reprocess, were made by this generator).
 * *outcome says what happened.  Returns IX_OK (also for IX_STORE_FAILED,
 * with err holding the reason), or IX_ESTORE / IX_ENOMEM when the store
 * itself failed (nothing of this document is in it then). */
int ix_store_add(ix_store *st, const ix_engine *eng, const char *path,
                 const unsigned char *bytes, size_t len, const ix_store_opts *opts,
                 ix_store_outcome *outcome, ix_err *err);

/* Store every document named by args[0..nargs) (files and folders, as
 * corpus/input.h walks them), adding to *stats.  Documents are read, hashed
 * and extracted on opts->jobs threads (corpus/pool), each looking up its
 * bytes through a read-only connection of its own so that stored documents
 * are not extracted again; the calling thread decides and writes, one
 * document after the other in input order, exactly as with one thread.
 * Arguments and documents that fail are reported through opts->on_error
 * (in input order) and counted; the others go on.  Returns IX_OK, or IX_ESTORE / IX_ENOMEM when the store failed (the
 * documents stored before stay stored). */
int ix_store_ingest(ix_store *st, const ix_engine *eng, char *const *args, size_t nargs,
                    const ix_store_opts *opts, ix_store_stats *stats, ix_err *err);

/* Re-extract every stored record made by another generator, reading the
 * document again from where it was read (its location).  A document whose
 * bytes changed or went since is reported and counted as failed (ingest it
 * again).  Returns as ix_store_ingest. */
int ix_store_reprocess(ix_store *st, const ix_engine *eng, const ix_store_opts *opts,
                       ix_store_stats *stats, ix_err *err);

/* Number of documents stored, or -1 with err set. */
long ix_store_count(ix_store *st, ix_err *err);

/* Write every stored record to out, ordered by path: jsonl (as stored, one
 * per line), json (an array; indented with pretty) or csv (the columns of
 * output/csv.h).  Returns IX_OK, IX_EIO, IX_ENOMEM or IX_ESTORE. */
int ix_store_export(ix_store *st, FILE *out, ix_format format, int pretty, ix_err *err);

#endif
