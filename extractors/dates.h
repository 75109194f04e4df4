/* extractors/dates.h -- dates and ranges, normalised, each with a role.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `dates` entry of RECORD.md.
 *
 * Reads doc->sents of the body, findings and notes (never page furniture,
 * nor a copyright line); the date forms are read by extractors/dates_parse.h.
 * Fills doc->dates in document order, one item per (role, start, end): the
 * same date stated twice with the same role is one item.  A role comes from
 * the words around the date (an embargo line, a byline, 'Fieldwork took
 * place in', 'as at', 'we last inspected in'), never from where the date
 * sits; without such words the role is `other`.  Dates that do not exist
 * ('31 February 2019') are not output (warning `invalid_date`); a numeric
 * date that reads both ways is read day first (warning `ambiguous_date`).
 * 'yesterday' and 'tomorrow' are resolved against the publication date when
 * one with a day is known, else left out; a bare 'today' adds nothing (it
 * names the publication date, which is an item of its own when stated).
 */
#ifndef IX_DATES_H
#define IX_DATES_H
#include <stddef.h>

#include "pipeline/doc.h"

int ix_dates_init(void **state, ix_err *err);
int ix_dates_run(const void *state, ix_doc *doc, ix_err *err);
void ix_dates_fini(void *state);

/* The date stated inside the norm range [start, end) (a sentence, say),
 * for extractors that run after dates and need one (caseloads' as_of).
 * Returns an index into doc->dates, or -1 when the range states no date.
 * Prefers a date with role caseload_as_of, then the first in the range.
 * A date stated again in the range after being output earlier (one item per
 * date and role) is found too: the index is that earlier item's.
 * Cost: a binary search, plus a re-read of the range when nothing is output
 * inside it. */
int ix_dates_find_in(const ix_doc *doc, size_t start, size_t end);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * stems that gate the cues' patterns. */
extern const char *const *const ix_dates_keywords[];

#endif
