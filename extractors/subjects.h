/* extractors/subjects.h -- the bodies whose inspection the document reports.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `subjects` entry of RECORD.md.
 */
#ifndef IX_SUBJECTS_H
#define IX_SUBJECTS_H
#include "pipeline/doc.h"

int ix_subjects_init(void **state, ix_err *err);
int ix_subjects_run(const void *state, ix_doc *doc, ix_err *err);
void ix_subjects_fini(void *state);

/* Queries for later stages (ratings, caseloads, quotes), valid once this
 * stage has run.  Both return an index into doc->subjects, or -1. */

/* The subject named (by name, short name or alias) inside norm [start, end);
 * *at (may be NULL) receives the norm offset of the mention. */
int ix_subjects_named_in(const ix_doc *doc, size_t start, size_t end, size_t *at);

/* The subject a sentence at norm offset off is most likely about: the last
 * one named before off in the same block, else in earlier blocks, else the
 * only subject when there is exactly one. */
int ix_subjects_about(const ix_doc *doc, size_t off);

#endif
