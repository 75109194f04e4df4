/* inspex.h -- the public interface of libinspex: press releases about
 * inspections in, auditable records out.
 *
 *     ix_err err;
 *     ix_engine *eng = ix_engine_new(&err);            // compiles patterns once
 *     ix_doc *doc = ix_engine_extract(eng, "a.txt", bytes, len, &err);
 *     cJSON *rec = ix_record_json(doc);                // the record contract
 *     ...
 *     cJSON_Delete(rec); ix_doc_free(doc); ix_engine_free(eng);
 *
 * Installed with `make install` (headers under include/inspex, a pkg-config
 * file): cc prog.c $(pkg-config --cflags --libs inspex).
 *
 * The engine is read-only after ix_engine_new: documents may be extracted
 * on several threads with one engine.  `bytes` must outlive the document.
 */
#ifndef INSPEX_H
#define INSPEX_H
#include <stddef.h>

#include "output/json.h"
#include "pipeline/doc.h"
#include "pipeline/err.h"

#define IX_VERSION "0.1.0"
#define IX_SCHEMA "inspex/record/1"

typedef struct ix_engine ix_engine;

/* Compile every stage.  NULL with err set when a pattern fails. */
ix_engine *ix_engine_new(ix_err *err);
void ix_engine_free(ix_engine *eng);

/* Read a document from bytes[0..len) and run every extractor.  `format` is
 * "text" or "html" (NULL: guess from the path and the bytes).  Returns NULL
 * with err set: IX_EINPUT (empty, blank, binary), IX_ENOMEM, IX_EREGEX. */
ix_doc *ix_engine_extract(const ix_engine *eng, const char *path, const char *format,
                          const unsigned char *bytes, size_t len, ix_err *err);

/* As ix_engine_extract, stopping after the stage called `only` (for tests
 * and audits of one field); NULL runs every stage. */
ix_doc *ix_engine_extract_until(const ix_engine *eng, const char *path, const char *format,
                                const unsigned char *bytes, size_t len,
                                const char *only, ix_err *err);

#endif
