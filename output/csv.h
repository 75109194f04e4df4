/* output/csv.h -- one spreadsheet row per document.
 *
 * Columns (RFC 4180 quoting): path, title, subject, type, owner,
 * overall_rating, publication_date, fieldwork_start, fieldwork_end,
 * caseload, recommendations, quotes.  A document with two subjects lists
 * them in one cell each, joined by "; ", in the same order in every column.
 * Owns nothing.
 */
#ifndef IX_CSV_H
#define IX_CSV_H
#include <stdio.h>

#include "pipeline/doc.h"

/* Write the header line.  Returns IX_OK or IX_EIO. */
int ix_csv_header(FILE *out);
/* Write doc's row.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
int ix_csv_row(FILE *out, const ix_doc *doc);

#endif
