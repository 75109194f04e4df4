/* extractors/recommendations.h -- how many recommendations the report makes, and which.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `recommendations` entry of RECORD.md.
 * Fills doc->recommendations: present=0 when the document states no count
 * and lists none; count=-1 when it lists items but states no count.
 * Rules: recommendations.made_count, recommendations.made_passive,
 * recommendations.there_are, recommendations.list_intro,
 * recommendations.list_heading.
 */
#ifndef IX_RECOMMENDATIONS_H
#define IX_RECOMMENDATIONS_H
#include "pipeline/doc.h"

int ix_recommendations_init(void **state, ix_err *err);
int ix_recommendations_run(const void *state, ix_doc *doc, ix_err *err);
void ix_recommendations_fini(void *state);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * forms of "recommend" and the words that put a count elsewhere. */
extern const char *const *const ix_recommendations_keywords[];

#endif
