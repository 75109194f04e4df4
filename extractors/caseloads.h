/* extractors/caseloads.h -- how many people each subject supervises.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `caseloads` entry of RECORD.md.
 */
#ifndef IX_CASELOADS_H
#define IX_CASELOADS_H
#include "pipeline/doc.h"

int ix_caseloads_init(void **state, ix_err *err);
int ix_caseloads_run(const void *state, ix_doc *doc, ix_err *err);
void ix_caseloads_fini(void *state);

#endif
