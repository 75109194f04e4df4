/* extractors/caseloads.h -- how many people each subject supervises.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `caseloads` entry of RECORD.md.
 * Runs after subjects and dates: reads doc->subjects (through the queries
 * in extractors/subjects.h) and doc->dates (for as_of); appends to
 * doc->caseloads in text order.  `unit` is NULL when the text names none
 * ('a caseload of 2,950').  Rules: caseloads.supervises,
 * caseloads.responsible_for, caseloads.manages, caseloads.works_with,
 * caseloads.caseload_of, caseloads.supervised_by.
 */
#ifndef IX_CASELOADS_H
#define IX_CASELOADS_H
#include "pipeline/doc.h"

int ix_caseloads_init(void **state, ix_err *err);
int ix_caseloads_run(const void *state, ix_doc *doc, ix_err *err);
void ix_caseloads_fini(void *state);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * stems a sentence must contain before any pattern runs on it. */
extern const char *const *const ix_caseloads_keywords[];

#endif
