/* extractors/title.h -- the document's own headline, skipping page furniture.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `title` entry of RECORD.md.
 */
#ifndef IX_TITLE_H
#define IX_TITLE_H
#include "pipeline/doc.h"

int ix_title_init(void **state, ix_err *err);
int ix_title_run(const void *state, ix_doc *doc, ix_err *err);
void ix_title_fini(void *state);

#endif
