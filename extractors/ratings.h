/* extractors/ratings.h -- overall and domain ratings of each subject.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `ratings` entry of RECORD.md.
 *
 * Reads: doc->sents of the body and findings (never notes or furniture),
 * doc->subjects through ix_subjects_named_in / ix_subjects_about, and
 * doc->dates (publication and fieldwork years, to tell an earlier inspection
 * from this one).  Adds doc->ratings: at most one rating per subject, scope
 * and scale, each with the evidence phrase as its span and `text` NULL.
 *
 * Understood (see the pattern table in ratings.c for an example of each):
 *   four_band  'Outstanding', 'Good', 'Requires improvement' (also
 *              'Requiring Improvement.', "requires improvement", bare or
 *              quoted, any case) after a rating verb or noun: rated (it) as,
 *              was/were (each) rated, assess(ed) ... as, found/judged ... to
 *              be, an overall rating of, an overall 'X' rating, headlines
 *              ("Exmoor CRC 'requires improvement', despite ...");
 *   domains    a lexicon of inspection domains and standards (leadership,
 *              staff, partnerships and services, information and facilities,
 *              assessment, planning, implementation and delivery, reviewing,
 *              unpaid work, through the gate, resettlement, out-of-court
 *              disposals, ...), lists of them, and group statements ("all
 *              four standards - assessment, planning, ... - were rated X");
 *   narrative  "Overall, the quality of work was poor", "Generally, the
 *              quality of work was good": only an overall judgement of the
 *              subject's work, and only when the subject has no four-band
 *              overall rating.
 * Not ratings: the scale explained, other bodies, earlier inspections,
 * hypotheticals ('would be rated'), 'good' as an adjective.
 */
#ifndef IX_RATINGS_H
#define IX_RATINGS_H
#include "pipeline/doc.h"

/* Compile the patterns into *state.  Returns IX_OK, or IX_EREGEX/IX_ENOMEM
 * with err filled in (nothing is left allocated then). */
int ix_ratings_init(void **state, ix_err *err);

/* Add the document's ratings to doc->ratings (arena memory).  Returns IX_OK,
 * IX_ENOMEM, or IX_EREGEX when a pattern hits its match limit. */
int ix_ratings_run(const void *state, ix_doc *doc, ix_err *err);

/* Release what init made.  Accepts NULL. */
void ix_ratings_fini(void *state);

#endif
