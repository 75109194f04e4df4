/* extractors/genre.h -- press_release, commentary or unknown.
 *
 * Stage entry points for the registry.  State: compiled patterns, made by
 * init and released by fini; read-only while running.
 * Contract for the field: the `genre` entry of RECORD.md.
 */
#ifndef IX_GENRE_H
#define IX_GENRE_H
#include "pipeline/doc.h"

int ix_genre_init(void **state, ix_err *err);
int ix_genre_run(const void *state, ix_doc *doc, ix_err *err);
void ix_genre_fini(void *state);

#endif
