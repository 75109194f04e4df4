/* inspex.c -- the library facade: an engine is the compiled stage table. */
#include "inspex.h"

#include <stdlib.h>
#include <string.h>

#include "corpus/html.h"
#include "extractors/keywords.h"
#include "extractors/registry.h"
#include "pipeline/stage.h"

struct ix_engine {
    ix_stages *stages;
    ix_keywords *keywords;      /* every stage's trigger words, one automaton */
};

ix_engine *ix_engine_new(ix_err *err)
{
    ix_engine *eng = calloc(1, sizeof *eng);
    if (!eng) {
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    eng->stages = ix_stages_new(ix_registry, ix_registry_count, err);
    if (eng->stages)
        eng->keywords = ix_keywords_new(err);
    if (!eng->keywords) {
        ix_stages_free(eng->stages);
        free(eng);
        return NULL;
    }
    return eng;
}

void ix_engine_free(ix_engine *eng)
{
    if (!eng)
        return;
    ix_stages_free(eng->stages);
    ix_keywords_free(eng->keywords);
    free(eng);
}

ix_doc *ix_engine_extract(const ix_engine *eng, const char *path, const char *format,
                          const unsigned char *bytes, size_t len, ix_err *err)
{
    return ix_engine_extract_until(eng, path, format, bytes, len, NULL, err);
}

ix_doc *ix_engine_extract_until(const ix_engine *eng, const char *path, const char *format,
                                const unsigned char *bytes, size_t len,
                                const char *only, ix_err *err)
{
    if (!format)
        format = ix_html_looks_like(path, bytes, len) ? "html" : "text";
    ix_doc *doc = strcmp(format, "html") == 0
                      ? ix_html_doc_new(path, bytes, len, err)
                      : ix_doc_new(path, bytes, len, err);
    if (!doc)
        return NULL;
    int rc = ix_keywords_index(eng->keywords, doc, err);
    if (rc == IX_OK)
        rc = only ? ix_stages_run_until(eng->stages, only, doc, err)
                  : ix_stages_run(eng->stages, doc, err);
    if (rc != IX_OK) {
        ix_doc_free(doc);
        return NULL;
    }
    return doc;
}
