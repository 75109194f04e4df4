/* corpus/pool.h -- work on several threads, delivered one by one in input
 * order on the calling thread.
 *
 * ix_pool_run runs task->work for items 0..n-1 on `jobs` threads and calls
 * task->deliver for each result in item order, always on the thread that
 * called ix_pool_run: a writer there (standard output, the SQLite store)
 * produces the same bytes whatever the number of threads.  At most 4 x jobs
 * results are held at once, so memory stays flat in the number of items.
 *
 * ix_pool_extract is the common case: read each path (corpus/input) and
 * extract it with the shared engine (whose compiled stages are read-only, so
 * one engine serves every thread).
 *
 * Owns: the threads and the results on their way (each result is passed to
 * task->discard after deliver, or when a stopped run never delivers it).
 */
#ifndef IX_POOL_H
#define IX_POOL_H
#include <stddef.h>

#include "inspex.h"

typedef struct ix_pool_task {
    /* Optional state of one worker thread (made on that thread, freed on
     * it when it ends); NULL from thread_new is a valid state. */
    void *(*thread_new)(void *ctx);
    void (*thread_free)(void *ctx, void *state);
    /* Item i, on a worker thread: its result (NULL allowed). */
    void *(*work)(void *ctx, void *state, size_t i);
    /* Result of item i, on the calling thread, in item order.  A non-zero
     * return stops the run and is returned by ix_pool_run. */
    int (*deliver)(void *ctx, size_t i, void *result);
    /* Frees a result (may be NULL). */
    void (*discard)(void *ctx, void *result);
    void *ctx;
} ix_pool_task;

/* jobs <= 1 or n <= 1: one item after the other on the calling thread.
 * Returns 0, deliver's first non-zero return, or IX_ENOMEM (err set) when
 * the threads could not be started. */
int ix_pool_run(size_t n, int jobs, const ix_pool_task *task, ix_err *err);

/* deliver gets the document (NULL when it could not be read or extracted,
 * then `error` says why); the pool frees the document after deliver
 * returns. */
typedef int (*ix_pool_deliver)(void *ctx, const char *path, const ix_doc *doc,
                               const char *error);

/* Read and extract paths[0..n) on `jobs` threads; deliver each document in
 * the order of paths.  Returns as ix_pool_run. */
int ix_pool_extract(const ix_engine *eng, char *const *paths, size_t n, int jobs,
                    const char *format_in, const char *only, ix_pool_deliver deliver,
                    void *ctx, ix_err *err);

/* The number of processors online, at least 1. */
int ix_pool_default_jobs(void);

#endif
