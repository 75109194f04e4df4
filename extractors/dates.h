/* extractors/dates.h -- dates and ranges, normalised, each with a role.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `dates` entry of RECORD.md.
 */
#ifndef IX_DATES_H
#define IX_DATES_H
#include "pipeline/doc.h"

int ix_dates_init(void **state, ix_err *err);
int ix_dates_run(const void *state, ix_doc *doc, ix_err *err);
void ix_dates_fini(void *state);

#endif
