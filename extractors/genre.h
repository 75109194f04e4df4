/* extractors/genre.h -- press_release, commentary or unknown.
 *
 * Reads doc->norm and doc->blocks (page furniture included: a comment
 * thread or a share bar is evidence of a web page).  Sets doc->genre by
 * weighing evidence:
 *   press release: an ENDS line, a "Notes to editors" heading, an embargo
 *     or availability line ("The report is available at ... at 00.01 on
 *     ...", "Embargoed until"), media-enquiry lines, a "Press release"
 *     label at the top;
 *   commentary: a byline ("By Jo Bloggs on 3 May 2018", "Posted by"), a
 *     writer speaking for themselves outside quotation marks ("my
 *     summary", "I leave the last word to", "in my view"), a retelling
 *     ("in a press release accompanying the report", "the inspectorate's
 *     press release"), comment threads ("Leave a Reply", "12 Responses"),
 *     and, weaker, web and email chrome (share buttons, "View this email in
 *     your browser", "Recent Articles", "unsubscribe").
 * One strong commentary sign beats any release sign (a blog that copies a
 * release, ENDS and all, is commentary); otherwise a title that is the
 * report's own ("An inspection of ...") makes unknown; a release sign, or
 * the hint of a chief inspector named with the office ("said Ann Example,
 * Chief Inspector of Probation"), makes a press_release; two weak
 * commentary signs, or a text that tells of an inspection ("inspectors
 * found", "was rated"), make commentary; else unknown.
 *
 * State: compiled patterns, made by init and released by fini; read-only
 * while running.
 * Contract for the field: the `genre` entry of RECORD.md.
 */
#ifndef IX_GENRE_H
#define IX_GENRE_H
#include "pipeline/doc.h"

int ix_genre_init(void **state, ix_err *err);
int ix_genre_run(const void *state, ix_doc *doc, ix_err *err);
void ix_genre_fini(void *state);

/* The stage's word tables for extractors/keywords (NULL-terminated): for
 * each sign, the clauses of words its pattern cannot match without. */
extern const char *const *const *const ix_genre_keywords[];

#endif
