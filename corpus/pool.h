/* corpus/pool.h -- documents read and extracted on several threads,
 * delivered one by one in input order on the calling thread.
 *
 * ix_pool_extract reads each path (corpus/input), extracts it with the shared
 * engine (whose compiled stages are read-only, so one engine serves every
 * thread) and calls `deliver` for each document in the order of `paths`,
 * always on the thread that called ix_pool_extract: a writer there produces
 * the same bytes whatever the number of threads.  At most 4 x jobs documents
 * are held at once, so memory stays flat in the number of inputs.
 *
 * deliver gets the document (NULL when it could not be read or extracted,
 * then `error` says why); the pool frees the document after deliver
 * returns.  A non-zero return from deliver stops the run (no further
 * document is delivered) and is returned.
 */
#ifndef IX_POOL_H
#define IX_POOL_H
#include <stddef.h>

#include "inspex.h"

typedef int (*ix_pool_deliver)(void *ctx, const char *path, const ix_doc *doc,
                               const char *error);

/* jobs <= 1: one document after the other on the calling thread.  Returns
 * 0, deliver's first non-zero return, or IX_ENOMEM (err set) when the
 * threads could not be started. */
int ix_pool_extract(const ix_engine *eng, char *const *paths, size_t n, int jobs,
                    const char *format_in, const char *only, ix_pool_deliver deliver,
                    void *ctx, ix_err *err);

/* The number of processors online, at least 1. */
int ix_pool_default_jobs(void);

#endif
