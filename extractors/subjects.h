/* extractors/subjects.h -- the bodies whose inspection the document reports.
 *
 * Reads doc->norm, doc->blocks, doc->sents and doc->title (the title stage
 * runs first).  Fills doc->subjects: one entry per body the document reports
 * an inspection OF (a CRC, the NPS or one of its divisions, a probation
 * delivery unit, a youth offending / youth justice service, a prison, ...).
 * A body named only in passing (another CRC in a list of a company's
 * contracts, a national count, another report, a prison a few people came
 * from) is not a subject: candidates are judged by their role in the text
 * (named in the headline or the lead, the object of "inspection of",
 * "rated", "inspectors found", ...), never by lists of names.
 *
 * Owns nothing: subjects, their aliases and the mention index the queries
 * below use live in doc->arena.
 * State: one compiled keyword pattern and the role patterns, made by init
 * and released by fini; read-only while running.
 * Contract for the field: the `subjects` entry of RECORD.md.
 */
#ifndef IX_SUBJECTS_H
#define IX_SUBJECTS_H
#include "pipeline/doc.h"

int ix_subjects_init(void **state, ix_err *err);
int ix_subjects_run(const void *state, ix_doc *doc, ix_err *err);
void ix_subjects_fini(void *state);

/* Queries for later stages (ratings, caseloads, quotes), valid once this
 * stage has run.  Both return an index into doc->subjects, or -1.
 *
 * A mention is the subject's name, short name or one of its aliases standing
 * as whole words.  A form's capital letters must be capitals in the text, its
 * small letters may be either ("the CRC" matches "The CRC"; "NPS" does not
 * match "nps").  Both queries use an index of every mention built by the
 * stage, so they cost O(log mentions); on a document whose subjects were
 * filled by hand (tests of other modules) they fall back to scanning. */

/* The subject named (by name, short name or alias) inside norm [start, end);
 * when several are, the one mentioned first.  *at (may be NULL) receives the
 * norm offset of the mention. */
int ix_subjects_named_in(const ix_doc *doc, size_t start, size_t end, size_t *at);

/* The subject a sentence at norm offset off is most likely about: the last
 * one named before off in the same block, else in earlier blocks (page
 * furniture skipped), else the only subject when there is exactly one. */
int ix_subjects_about(const ix_doc *doc, size_t off);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * words an ownership cue starts with. */
extern const char *const *const ix_subjects_keywords[];

#endif
