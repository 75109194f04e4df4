/* extractors/ratings.h -- overall and domain ratings of each subject.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `ratings` entry of RECORD.md.
 */
#ifndef IX_RATINGS_H
#define IX_RATINGS_H
#include "pipeline/doc.h"

int ix_ratings_init(void **state, ix_err *err);
int ix_ratings_run(const void *state, ix_doc *doc, ix_err *err);
void ix_ratings_fini(void *state);

#endif
