#include "tests/unit/support.h"

#include <stdlib.h>
#include <string.h>

static ix_engine *engine;

static void free_engine(void)
{
    ix_engine_free(engine);
}

static const ix_engine *get_engine(void)
{
    if (!engine) {
        ix_err err = {0};
        engine = ix_engine_new(&err);
        if (!engine)
            fail_msg("engine: %s", err.msg);
        atexit(free_engine);
    }
    return engine;
}

ix_doc *t_extract_bytes(const void *bytes, size_t len, const char *format, ix_err *err)
{
    const char *path = strcmp(format, "html") == 0 ? "test.html" : "test.txt";
    ix_doc *doc = ix_engine_extract(get_engine(), path, format, bytes, len, err);
    if (!doc && err->code != IX_EINPUT)
        fail_msg("extract: %s", err->msg);
    return doc;
}

ix_doc *t_extract_until(const char *text, const char *stage)
{
    ix_err err = {0};
    get_engine();
    size_t len = strlen(text);
    unsigned char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, text, len + 1);
    ix_doc *doc = ix_engine_extract_until(engine, "test.txt", "text", copy, len, stage, &err);
    if (!doc) {
        free(copy);
        fail_msg("extract: %s", err.msg);
    }
    return doc;
}

ix_doc *t_extract(const char *text)
{
    return t_extract_until(text, NULL);
}

void t_free(ix_doc *doc)
{
    if (!doc)
        return;
    unsigned char *copy = (unsigned char *)doc->src;
    ix_doc_free(doc);
    free(copy);
}

const char *t_src(const ix_doc *doc, ix_span span)
{
    static char buf[4096];
    size_t n = span.end > span.start ? span.end - span.start : 0;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, doc->src + span.start, n);
    buf[n] = '\0';
    return buf;
}

ix_doc *t_load(const char *text)
{
    ix_err err = {0};
    ix_doc *doc = ix_doc_new("t.txt", (const unsigned char *)text, strlen(text), &err);
    if (!doc)
        fail_msg("ix_doc_new: %s", err.msg);
    return doc;
}

const ix_quote *t_quote(const ix_doc *doc, const char *start)
{
    for (size_t i = 0; i < doc->quotes.n; i++)
        if (strncmp(doc->quotes.items[i].text, start, strlen(start)) == 0)
            return &doc->quotes.items[i];
    fail_msg("no quote starting '%s'", start);
    return NULL;
}
