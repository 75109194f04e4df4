/* output/csv.h -- one spreadsheet row per document.
 *
 * Columns (RFC 4180 quoting): path, title, subject, type, owner,
 * overall_rating, publication_date, fieldwork_start, fieldwork_end,
 * caseload, recommendations, quotes.  A document with two subjects lists
 * them in one cell each, joined by "; ", in the same order in every column.
 * fieldwork_start/end span every fieldwork date of the record.
 * Rows are made from records (output/json.h), so extraction and the ingest
 * store's export write the same columns by the same rules.
 * Owns nothing.
 */
#ifndef IX_CSV_H
#define IX_CSV_H
#include <stdio.h>

#include <cjson/cJSON.h>

#include "pipeline/err.h"

/* Write the header line.  Returns IX_OK or IX_EIO. */
int ix_csv_header(FILE *out);
/* Write the row of a record.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
int ix_csv_row(FILE *out, const cJSON *rec);

#endif
