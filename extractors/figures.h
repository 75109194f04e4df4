/* extractors/figures.h -- percentages and proportions as fractions of 1.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `figures` entry of RECORD.md.
 * Reads every sentence of the body, findings and notes (never furniture)
 * with the shared number reader (extractors/numbers.h); appends to
 * doc->figures in text order.  Rules: figures.per_cent, figures.percent_sign,
 * figures.n_in_m, figures.n_out_of_m, figures.fraction_word.
 */
#ifndef IX_FIGURES_H
#define IX_FIGURES_H
#include "pipeline/doc.h"

int ix_figures_init(void **state, ix_err *err);
int ix_figures_run(const void *state, ix_doc *doc, ix_err *err);
void ix_figures_fini(void *state);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * markers and stems a sentence must hold before it is read word by word. */
extern const char *const *const ix_figures_keywords[];

#endif
