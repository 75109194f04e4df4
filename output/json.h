/* output/json.h -- a finished document as the record of RECORD.md.
 *
 * Owns nothing: the caller deletes the returned cJSON tree.
 * Every key of the contract is always present (null or [] when nothing was
 * found); spans are printed as [start, end] into the original bytes.
 */
#ifndef IX_JSON_H
#define IX_JSON_H
#include <cjson/cJSON.h>
#include <stdio.h>

#include "pipeline/doc.h"

/* The record for doc, or NULL when out of memory. */
cJSON *ix_json_record(const ix_doc *doc);

/* Write the record for doc to out, one list item at a time, so memory does
 * not grow with the number of facts (a 100 MB document has hundreds of
 * thousands).  The same record as ix_json_record: compact, printed as its
 * values are read (the bytes cJSON_PrintUnformatted prints for the built
 * record, no tree built), or with pretty each value built and printed by
 * cJSON, indented by tabs.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
int ix_json_write(FILE *out, const ix_doc *doc, int pretty);

/* Write v exactly as cJSON_PrintUnformatted would print it (the same
 * bytes), without building the string.  Returns IX_OK or IX_EIO. */
int ix_json_print_compact(FILE *out, const cJSON *v);

/* The evidence of a fact (its norm range) as written: valid UTF-8, for HTML
 * the visible text, not the markup (ix_doc_written).  Lives in the
 * document's arena; NULL when out of memory. */
const char *ix_json_evidence(const ix_doc *doc, ix_span norm);

/* The record keyword of an approx value ("exact", "more_than", ...). */
const char *ix_json_approx_name(ix_approx a);
/* The record keyword of a genre. */
const char *ix_json_genre_name(ix_genre g);

#endif
