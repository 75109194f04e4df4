/* pipeline/stage.h -- the stage driver: run an ordered table of extractors
 * over a document.
 *
 * Owns: each stage's state (compiled patterns), made once by ix_stages_new
 * and released by ix_stages_free.  States are read-only while running, so
 * one ix_stages may serve documents on several threads.
 * Does not: decide the order (extractors/registry.c does) or print.
 */
#ifndef IX_STAGE_H
#define IX_STAGE_H
#include <stddef.h>

#include "pipeline/doc.h"

typedef struct ix_stage {
    const char *name;
    int (*init)(void **state, ix_err *err);
    int (*run)(const void *state, ix_doc *doc, ix_err *err);
    void (*fini)(void *state);
} ix_stage;

typedef struct ix_stages ix_stages;

/* Initialise every stage of table[0..n).  Returns NULL with err set when a
 * stage's init fails (its message names the stage). */
ix_stages *ix_stages_new(const ix_stage *table, size_t n, ix_err *err);
void ix_stages_free(ix_stages *s);

/* Run every stage in order on doc.  Stops at the first failing stage and
 * returns its code, with err naming the stage.  A stage whose pattern hits
 * PCRE2's match or depth limit (IX_ELIMIT) is not a failure: it stops
 * there, keeping the facts it found, the document gets a `match_limit`
 * warning naming the stage and the pattern, and the next stages run. */
int ix_stages_run(const ix_stages *s, ix_doc *doc, ix_err *err);

/* Run only the stage called `name` and the stages before it (for --only). */
int ix_stages_run_until(const ix_stages *s, const char *name, ix_doc *doc, ix_err *err);

#endif
