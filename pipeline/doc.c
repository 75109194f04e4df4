#include "pipeline/doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "pipeline/normalize.h"
#include "pipeline/segment.h"

static ix_doc *doc_alloc(const char *path, const char *format,
                         const unsigned char *src, size_t len, ix_err *err)
{
    ix_arena *a = ix_arena_new();
    ix_doc *doc = a ? ix_arena_zalloc(a, sizeof *doc) : NULL;
    if (!doc) {
        ix_arena_free(a);
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    doc->arena = a;
    doc->path = ix_arena_strdup(a, path ? path : "-");
    doc->format = format;
    doc->src = src;
    doc->src_len = len;
    doc->pre = (const char *)src;
    doc->pre_len = len;
    doc->genre = IX_GENRE_UNKNOWN;
    return doc;
}

/* Normalise and segment; reject what is not a document. */
static ix_doc *finish(ix_doc *doc, ix_err *err)
{
    if (doc->src_len == 0) {
        ix_err_set(err, IX_EINPUT, "empty file");
        goto fail;
    }
    if (ix_norm_run(doc, err) != IX_OK)
        goto fail;
    size_t i = 0;
    while (i < doc->norm_len && (doc->norm[i] == ' ' || doc->norm[i] == '\n'))
        i++;
    if (i == doc->norm_len) {
        ix_err_set(err, IX_EINPUT, doc->norm_len ? "no text: only white space" : "no text");
        goto fail;
    }
    if (ix_segment_run(doc, err) != IX_OK)
        goto fail;
    return doc;
fail:
    ix_doc_free(doc);
    return NULL;
}

ix_doc *ix_doc_new(const char *path, const unsigned char *src, size_t len, ix_err *err)
{
    ix_doc *doc = doc_alloc(path, "text", src, len, err);
    return doc ? finish(doc, err) : NULL;
}

/* The visible text and its map in place (pm has room for a sentinel). */
static ix_doc *finish_mapped(ix_doc *doc, const char *pre, size_t norm_len, ix_map_piece *pm,
                             size_t nmap, ix_err *err)
{
    /* A sentinel so the end of the text maps to the end of the page. */
    pm[nmap].norm_start = (uint32_t)norm_len;
    pm[nmap].src_start = (uint32_t)doc->src_len;
    pm[nmap].linear = 0;
    doc->pre = pre;
    doc->pre_len = norm_len;
    doc->premap = pm;
    doc->npremap = nmap + 1;
    if (doc->src_len == 0) {
        ix_err_set(err, IX_EINPUT, "empty file");
        ix_doc_free(doc);
        return NULL;
    }
    if (norm_len == 0) {
        ix_err_set(err, IX_EINPUT, "no text: the page has no visible content");
        ix_doc_free(doc);
        return NULL;
    }
    return finish(doc, err);
}

ix_doc *ix_doc_new_mapped(const char *path, const char *format,
                          const unsigned char *src, size_t len,
                          const char *norm_text, size_t norm_len,
                          const ix_map_piece *map, size_t nmap, ix_err *err)
{
    ix_doc *doc = doc_alloc(path, format, src, len, err);
    if (!doc)
        return NULL;
    char *pre = ix_arena_strndup(doc->arena, norm_text, norm_len);
    ix_map_piece *pm = ix_arena_alloc(doc->arena, (nmap + 1) * sizeof *pm);
    if (!pre || !pm) {
        ix_doc_free(doc);
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    memcpy(pm, map, nmap * sizeof *pm);
    return finish_mapped(doc, pre, norm_len, pm, nmap, err);
}

ix_doc *ix_doc_adopt_mapped(const char *path, const char *format, const unsigned char *src,
                            size_t len, char *text, size_t norm_len, ix_map_piece *map,
                            size_t nmap, ix_err *err)
{
    ix_doc *doc = doc_alloc(path, format, src, len, err);
    if (!doc) {
        free(text);
        free(map);
        return NULL;
    }
    int ok = ix_arena_adopt(doc->arena, text) == 0;
    if (ix_arena_adopt(doc->arena, map) != 0 || !ok) {
        ix_doc_free(doc);
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    return finish_mapped(doc, text, norm_len, map, nmap, err);
}

void ix_doc_free(ix_doc *doc)
{
    if (doc)
        ix_arena_free(doc->arena);   /* the doc itself lives in its arena */
}

ix_span ix_doc_src_span(const ix_doc *doc, size_t nstart, size_t nend)
{
    ix_span s;
    s.start = ix_norm_to_src(doc, nstart);
    s.end = nend > nstart ? ix_norm_to_src_end(doc, nend) : s.start;
    if (s.end < s.start)
        s.end = s.start;
    return s;
}

int ix_doc_warn(ix_doc *doc, const char *code, ix_span src_span, const char *fmt, ...)
{
    ix_warning *w = IX_VEC_PUSH(doc->arena, doc->warnings);
    if (!w)
        return IX_ENOMEM;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    w->code = code;
    w->message = ix_arena_strdup(doc->arena, msg);
    w->span = src_span;
    return w->message ? IX_OK : IX_ENOMEM;
}

size_t ix_doc_block_at(const ix_doc *doc, size_t off)
{
    size_t lo = 0, hi = doc->blocks.n;
    if (hi == 0 || off < doc->blocks.items[0].norm.start)
        return (size_t)-1;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->blocks.items[mid].norm.start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int ix_doc_next_text_run(const ix_doc *doc, size_t *b, size_t *lo, size_t *hi)
{
    size_t i = *b;
    while (i < doc->blocks.n && doc->blocks.items[i].section == IX_SECTION_FURNITURE)
        i++;
    if (i >= doc->blocks.n) {
        *b = i;
        return 0;
    }
    size_t e = i;
    while (e + 1 < doc->blocks.n && doc->blocks.items[e + 1].section != IX_SECTION_FURNITURE)
        e++;
    *lo = doc->blocks.items[i].norm.start;
    *hi = doc->blocks.items[e].norm.end;
    *b = e + 1;
    return 1;
}

ix_section ix_doc_section_at(const ix_doc *doc, size_t off)
{
    size_t b = ix_doc_block_at(doc, off);
    return b == (size_t)-1 ? IX_SECTION_FURNITURE : doc->blocks.items[b].section;
}

size_t ix_doc_sent_at(const ix_doc *doc, size_t off)
{
    size_t lo = 0, hi = doc->sents.n;
    if (hi == 0 || off < doc->sents.items[0].norm.start)
        return (size_t)-1;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sents.items[mid].norm.start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return off < doc->sents.items[lo].norm.end ? lo : (size_t)-1;
}

/* The range of the written text (src, or pre for HTML) behind norm [ns, ne). */
static void written_range(const ix_doc *doc, size_t ns, size_t ne, const char **base,
                          size_t *a, size_t *e)
{
    if (ne < ns)
        ne = ns;
    size_t limit;
    if (doc->premap) {
        ix_doc pre = *doc;          /* norm -> visible text: drop the page map */
        pre.premap = NULL;
        pre.npremap = 0;
        *a = ix_norm_to_src(&pre, ns);
        *e = ne > ns ? ix_norm_to_src_end(&pre, ne) : *a;
        *base = doc->pre;
        limit = doc->pre_len;
    } else {
        ix_span sp = ix_doc_src_span(doc, ns, ne);
        *a = sp.start;
        *e = sp.end;
        *base = (const char *)doc->src;
        limit = doc->src_len;
    }
    if (*e > limit)
        *e = limit;
    if (*a > *e)
        *a = *e;
}

char *ix_doc_written(const ix_doc *doc, size_t ns, size_t ne)
{
    const char *base;
    size_t a, e;
    written_range(doc, ns, ne, &base, &a, &e);
    const unsigned char *b = (const unsigned char *)base + a;
    size_t n = e - a;
    char *out = ix_arena_alloc(doc->arena, n * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(b + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(out + o, b + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        }
    }
    out[o] = '\0';
    return out;
}
