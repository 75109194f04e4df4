/* extractors/inspectorate.h -- which inspectorate published or is reported.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `inspectorate` entry of RECORD.md.
 */
#ifndef IX_INSPECTORATE_H
#define IX_INSPECTORATE_H
#include "pipeline/doc.h"

int ix_inspectorate_init(void **state, ix_err *err);
int ix_inspectorate_run(const void *state, ix_doc *doc, ix_err *err);
void ix_inspectorate_fini(void *state);

#endif
