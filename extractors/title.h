/* extractors/title.h -- the document's own headline, skipping page furniture.
 *
 * Reads doc->blocks (sections from segmentation) and doc->norm.  Sets
 * doc->title: the first block near the top that reads as a headline, after
 * skipping what the segmenter left in the body but is still page chrome:
 * menus, bylines ("By Jo Bloggs on 3 May 2018"), author names and bios,
 * share buttons, dates, blog codes ("ABC HMIP 18").  Among the early
 * headings, one that talks about an inspection (inspectors, probation,
 * CRC, rated, ...) wins over one that does not.  Nothing long is a title: a
 * block over IX_TITLE_MAX bytes is not one, and the search stops at the
 * first long paragraph, so a document that starts with prose has no title.
 *
 * The title's text is the headline as written (original bytes when they are
 * valid UTF-8, else the normalised text), white space folded, with a site
 * name after " | " and a "Press release:" label left out (the span covers
 * what the text holds).
 *
 * State: compiled patterns, made by init and released by fini; read-only
 * while running.
 * Contract for the field: the `title` entry of RECORD.md.
 */
#ifndef IX_TITLE_H
#define IX_TITLE_H
#include "pipeline/doc.h"

enum { IX_TITLE_MAX = 300 };

int ix_title_init(void **state, ix_err *err);
int ix_title_run(const void *state, ix_doc *doc, ix_err *err);
void ix_title_fini(void *state);

#endif
