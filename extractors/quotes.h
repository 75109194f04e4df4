/* extractors/quotes.h -- direct speech with its speaker.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `quotes` entry of RECORD.md.
 */
#ifndef IX_QUOTES_H
#define IX_QUOTES_H
#include "pipeline/doc.h"

int ix_quotes_init(void **state, ix_err *err);
int ix_quotes_run(const void *state, ix_doc *doc, ix_err *err);
void ix_quotes_fini(void *state);

#endif
