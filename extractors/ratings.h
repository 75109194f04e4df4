/* extractors/ratings.h -- overall and domain ratings of each subject.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `ratings` entry of RECORD.md.
 *
 * Reads: doc->sents of the body and findings (never notes or furniture),
 * doc->subjects through ix_subjects_named_in / ix_subjects_about, and
 * doc->inspectorate (which scale), doc->dates (publication and fieldwork
 * years, to tell an earlier inspection from this one).  Adds doc->ratings:
 * at most one rating per subject, scope and scale, each with the evidence
 * phrase as its span and `text` NULL.
 *
 * Scales are data (extractors/scales.h): the patterns are compiled once per
 * inspectorate's table, and a document is read with the table of
 * doc->inspectorate (set by the inspectorate stage, which runs first), so a
 * band word is read on that inspectorate's scale (four_band, five_grade,
 * healthy_prison, narrative) and its framework's domain names are known.
 *
 * Understood (see the pattern table in ratings.c for an example of each):
 *   overall    a rating noun or verb (an overall rating of, rated, graded,
 *              judged, assessed ... as), the band described (the lowest
 *              possible rating), a band that moved (upgraded to), a band for
 *              several bodies at once (all three units), a predicate
 *              (requires improvement), headlines, table rows;
 *   domains    whatever the text rates: the lexicon's names (renamed to the
 *              framework's where it knows them) or the words as written,
 *              lists of them, scopes after the band (with regard to whether
 *              services were safe and caring), lists of pairs, judgement
 *              bullets ('good' at preventing crime), group statements;
 *   narrative  overall judgements of the subject's work before the bands,
 *              and the 2014 youth inspections' "work to ... was ..." bullets;
 *   score      "N (inspection) points out of a possible M", "scored N out of
 *              a possible M", on the overall rating.
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

/* The stage's word tables for extractors/keywords (NULL-terminated):
 * extremes and overall cues a sentence is tested for, small probe words,
 * the stems that gate the rating patterns.
 * (The band words come from extractors/scales.) */
extern const char *const *const ix_ratings_keywords[];

#endif
