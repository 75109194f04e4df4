/* output/writer.h -- stream records to a FILE in one of the output formats.
 *
 * Owns: its own small state; not the FILE.  Records are written as they
 * come, so memory does not grow with the number of documents.
 *   jsonl: one record per line (--pretty is ignored: a line is a record)
 *   json:  one JSON array, indented with --pretty
 *   csv:   a header line, then one row per document (output/csv.h)
 */
#ifndef IX_WRITER_H
#define IX_WRITER_H
#include <stdio.h>

#include <cjson/cJSON.h>

#include "pipeline/doc.h"

typedef enum ix_format { IX_FORMAT_JSONL, IX_FORMAT_JSON, IX_FORMAT_CSV } ix_format;

typedef struct ix_writer ix_writer;

/* Parse "jsonl" / "json" / "csv".  Returns 0 and sets *f, or -1. */
int ix_writer_parse_format(const char *name, ix_format *f);

/* A writer to out.  NULL when out of memory. */
ix_writer *ix_writer_new(FILE *out, ix_format format, int pretty);
/* Write doc's record.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
int ix_writer_add(ix_writer *w, const ix_doc *doc, ix_err *err);
/* Write a record already built (or read back from the ingest store). */
int ix_writer_add_record(ix_writer *w, const cJSON *rec, ix_err *err);
/* Finish the stream (closing bracket for json) and free the writer.
 * Returns IX_OK or IX_EIO.  Accepts NULL. */
int ix_writer_close(ix_writer *w, ix_err *err);

#endif
