/* extractors/figures.h -- percentages and proportions as fractions of 1.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `figures` entry of RECORD.md.
 */
#ifndef IX_FIGURES_H
#define IX_FIGURES_H
#include "pipeline/doc.h"

int ix_figures_init(void **state, ix_err *err);
int ix_figures_run(const void *state, ix_doc *doc, ix_err *err);
void ix_figures_fini(void *state);

#endif
