#include "output/json.h"

#include <stdlib.h>
#include <string.h>

#include "inspex.h"
#include "pipeline/hash.h"

const char *ix_json_approx_name(ix_approx a)
{
    switch (a) {
    case IX_APPROX_MORE_THAN: return "more_than";
    case IX_APPROX_LESS_THAN: return "less_than";
    case IX_APPROX_ABOUT: return "about";
    case IX_APPROX_NEARLY: return "nearly";
    default: return "exact";
    }
}

const char *ix_json_genre_name(ix_genre g)
{
    switch (g) {
    case IX_GENRE_PRESS_RELEASE: return "press_release";
    case IX_GENRE_COMMENTARY: return "commentary";
    default: return "unknown";
    }
}

const char *ix_json_evidence(const ix_doc *doc, ix_span norm)
{
    return ix_doc_written(doc, norm.start, norm.end);
}

static cJSON *span_json(ix_span s)
{
    cJSON *a = cJSON_CreateArray();
    if (a) {
        cJSON_AddItemToArray(a, cJSON_CreateNumber((double)s.start));
        cJSON_AddItemToArray(a, cJSON_CreateNumber((double)s.end));
    }
    return a;
}

static void add_str(cJSON *o, const char *k, const char *v)
{
    if (v)
        cJSON_AddStringToObject(o, k, v);
    else
        cJSON_AddNullToObject(o, k);
}

/* "" means null for the fixed-size date strings. */
static void add_opt(cJSON *o, const char *k, const char *v)
{
    add_str(o, k, v && *v ? v : NULL);
}

static void add_text(cJSON *o, const ix_doc *doc, const char *text, ix_span span, ix_span norm)
{
    if (text) {
        add_str(o, "text", text);
        return;
    }
    (void)span;
    const char *t = ix_json_evidence(doc, norm);
    add_str(o, "text", t ? t : "");
}

static cJSON *source_json(const ix_doc *doc)
{
    cJSON *o = cJSON_CreateObject();
    char sha[65];
    ix_hash_sha256_hex(doc->src, doc->src_len, sha);
    add_str(o, "path", doc->path);
    cJSON_AddNumberToObject(o, "bytes", (double)doc->src_len);
    add_str(o, "sha256", sha);
    add_str(o, "format", doc->format ? doc->format : "text");
    return o;
}

static cJSON *subjects_item(const ix_doc *doc, size_t i)
{
    const ix_subject *s = &doc->subjects.items[i];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "id", s->id);
    add_str(o, "name", s->name);
    add_str(o, "short", s->short_name);
    add_str(o, "type", s->type ? s->type : "other");
    add_str(o, "owner", s->owner);
    cJSON_AddItemToObject(o, "span", span_json(s->span));
    return o;
}

static cJSON *ratings_item(const ix_doc *doc, size_t i)
{
    const ix_rating *r = &doc->ratings.items[i];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "subject", r->subject);
    add_str(o, "scope", r->scope ? r->scope : "overall");
    add_str(o, "value", r->value);
    add_str(o, "scale", r->scale ? r->scale : "four_band");
    if (r->of > 0) {
        cJSON *sc = cJSON_CreateObject();
        cJSON_AddNumberToObject(sc, "points", r->points);
        cJSON_AddNumberToObject(sc, "of", r->of);
        cJSON_AddItemToObject(o, "score", sc);
    } else {
        cJSON_AddNullToObject(o, "score");
    }
    add_text(o, doc, r->text, r->span, r->norm);
    cJSON_AddItemToObject(o, "span", span_json(r->span));
    add_str(o, "rule", r->rule);
    return o;
}

static cJSON *dates_item(const ix_doc *doc, size_t i)
{
    const ix_date *d = &doc->dates.items[i];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "role", d->role ? d->role : "other");
    add_opt(o, "start", d->start);
    add_opt(o, "end", d->end);
    add_opt(o, "time", d->time);
    add_text(o, doc, d->text, d->span, d->norm);
    cJSON_AddItemToObject(o, "span", span_json(d->span));
    add_str(o, "rule", d->rule);
    return o;
}

static cJSON *caseloads_item(const ix_doc *doc, size_t i)
{
    const ix_caseload *c = &doc->caseloads.items[i];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "subject", c->subject);
    cJSON_AddNumberToObject(o, "count", c->count);
    add_str(o, "approx", ix_json_approx_name(c->approx));
    add_str(o, "unit", c->unit ? c->unit : "people");
    add_opt(o, "as_of", c->as_of);
    add_text(o, doc, c->text, c->span, c->norm);
    cJSON_AddItemToObject(o, "span", span_json(c->span));
    add_str(o, "rule", c->rule);
    return o;
}

static cJSON *figures_item(const ix_doc *doc, size_t i)
{
    const ix_figure *f = &doc->figures.items[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "value", f->value);
    add_str(o, "kind", f->kind ? f->kind : "percent");
    add_str(o, "approx", ix_json_approx_name(f->approx));
    add_text(o, doc, f->text, f->span, f->norm);
    cJSON_AddItemToObject(o, "span", span_json(f->span));
    add_str(o, "rule", f->rule);
    return o;
}

static cJSON *quotes_item(const ix_doc *doc, size_t i)
{
    const ix_quote *q = &doc->quotes.items[i];
    cJSON *o = cJSON_CreateObject();
    if (q->text) {
        add_str(o, "text", q->text);
    } else {
        const char *t = q->nspans ? ix_json_evidence(doc, q->norms[0]) : NULL;
        add_str(o, "text", t ? t : "");
    }
    add_str(o, "speaker", q->speaker);
    add_str(o, "speaker_role", q->speaker_role);
    add_str(o, "attribution", q->attribution ? q->attribution : "none");
    cJSON_AddBoolToObject(o, "partial", q->partial != 0);
    cJSON *spans = cJSON_CreateArray();
    for (size_t k = 0; k < q->nspans; k++)
        cJSON_AddItemToArray(spans, span_json(q->spans[k]));
    cJSON_AddItemToObject(o, "spans", spans);
    if (q->has_speaker_span)
        cJSON_AddItemToObject(o, "speaker_span", span_json(q->speaker_span));
    else
        cJSON_AddNullToObject(o, "speaker_span");
    add_str(o, "rule", q->rule);
    return o;
}

static cJSON *recommendations_json(const ix_doc *doc)
{
    const ix_recommendations *r = &doc->recommendations;
    if (!r->present)
        return cJSON_CreateNull();
    cJSON *o = cJSON_CreateObject();
    if (r->count >= 0)
        cJSON_AddNumberToObject(o, "count", (double)r->count);
    else
        cJSON_AddNullToObject(o, "count");
    add_text(o, doc, r->text, r->span, r->norm);
    cJSON_AddItemToObject(o, "span", span_json(r->span));
    cJSON *items = cJSON_CreateArray();
    for (size_t i = 0; i < r->items.n; i++) {
        const ix_rec_item *it = &r->items.items[i];
        cJSON *io = cJSON_CreateObject();
        add_text(io, doc, it->text, it->span, it->norm);
        cJSON_AddItemToObject(io, "span", span_json(it->span));
        cJSON_AddItemToArray(items, io);
    }
    cJSON_AddItemToObject(o, "items", items);
    add_str(o, "rule", r->rule);
    return o;
}

static cJSON *warnings_item(const ix_doc *doc, size_t i)
{
    const ix_warning *w = &doc->warnings.items[i];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "code", w->code);
    add_str(o, "message", w->message);
    cJSON_AddItemToObject(o, "span", span_json(w->span));
    return o;
}

/* ---- the record: its keys in contract order ----------------------------- */

static size_t n_subjects(const ix_doc *d) { return d->subjects.n; }
static size_t n_ratings(const ix_doc *d) { return d->ratings.n; }
static size_t n_dates(const ix_doc *d) { return d->dates.n; }
static size_t n_caseloads(const ix_doc *d) { return d->caseloads.n; }
static size_t n_figures(const ix_doc *d) { return d->figures.n; }
static size_t n_quotes(const ix_doc *d) { return d->quotes.n; }
static size_t n_warnings(const ix_doc *d) { return d->warnings.n; }

static cJSON *schema_json(const ix_doc *doc)
{
    (void)doc;
    return cJSON_CreateString(IX_SCHEMA);
}

static cJSON *generator_json(const ix_doc *doc)
{
    (void)doc;
    return cJSON_CreateString("inspex " IX_VERSION);
}

static cJSON *title_json(const ix_doc *doc)
{
    if (!doc->title.text)
        return cJSON_CreateNull();
    cJSON *t = cJSON_CreateObject();
    add_str(t, "text", doc->title.text);
    cJSON_AddItemToObject(t, "span", span_json(doc->title.span));
    if (doc->title.rule)
        add_str(t, "rule", doc->title.rule);
    return t;
}

static cJSON *genre_json(const ix_doc *doc)
{
    return cJSON_CreateString(ix_json_genre_name(doc->genre));
}

static cJSON *inspectorate_json(const ix_doc *doc)
{
    if (!doc->inspectorate.name)
        return cJSON_CreateNull();
    cJSON *t = cJSON_CreateObject();
    add_str(t, "name", doc->inspectorate.name);
    cJSON_AddItemToObject(t, "span", span_json(doc->inspectorate.span));
    return t;
}

/* A key is either a value built whole, or a list built item by item (so a
 * huge document's lists can be written without holding them all). */
static const struct key {
    const char *name;
    cJSON *(*value)(const ix_doc *doc);
    size_t (*count)(const ix_doc *doc);
    cJSON *(*item)(const ix_doc *doc, size_t i);
} keys[] = {
    {"schema", schema_json, NULL, NULL},
    {"generator", generator_json, NULL, NULL},
    {"source", source_json, NULL, NULL},
    {"title", title_json, NULL, NULL},
    {"genre", genre_json, NULL, NULL},
    {"inspectorate", inspectorate_json, NULL, NULL},
    {"subjects", NULL, n_subjects, subjects_item},
    {"ratings", NULL, n_ratings, ratings_item},
    {"dates", NULL, n_dates, dates_item},
    {"caseloads", NULL, n_caseloads, caseloads_item},
    {"figures", NULL, n_figures, figures_item},
    {"quotes", NULL, n_quotes, quotes_item},
    {"recommendations", recommendations_json, NULL, NULL},
    {"warnings", NULL, n_warnings, warnings_item},
};

cJSON *ix_json_record(const ix_doc *doc)
{
    cJSON *r = cJSON_CreateObject();
    if (!r)
        return NULL;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        cJSON *v;
        if (keys[k].value) {
            v = keys[k].value(doc);
        } else {
            v = cJSON_CreateArray();
            size_t n = keys[k].count(doc);
            for (size_t i = 0; v && i < n; i++) {
                cJSON *item = keys[k].item(doc, i);
                if (!item || !cJSON_AddItemToArray(v, item)) {
                    cJSON_Delete(item);
                    cJSON_Delete(v);
                    v = NULL;
                }
            }
        }
        if (!v || !cJSON_AddItemToObject(r, keys[k].name, v)) {
            cJSON_Delete(v);
            cJSON_Delete(r);
            return NULL;
        }
    }
    return r;
}

/* Print v; with pretty, indent its continuation lines by `depth` tabs so it
 * sits inside the enclosing record.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
static int put_value(FILE *out, cJSON *v, int pretty, int depth)
{
    if (!v)
        return IX_ENOMEM;
    char *s = pretty ? cJSON_Print(v) : cJSON_PrintUnformatted(v);
    cJSON_Delete(v);
    if (!s)
        return IX_ENOMEM;
    /* line by line: a continuation line gets the tabs */
    const char *p = s;
    for (const char *nl; pretty && (nl = strchr(p, '\n')); p = nl + 1) {
        fwrite(p, 1, (size_t)(nl + 1 - p), out);
        for (int d = 0; d < depth; d++)
            fputc('\t', out);
    }
    fputs(p, out);
    cJSON_free(s);
    return ferror(out) ? IX_EIO : IX_OK;
}

int ix_json_write(FILE *out, const ix_doc *doc, int pretty)
{
    const char *nl1 = pretty ? "\n\t" : "", *nl2 = pretty ? "\n\t\t" : "";
    int rc = IX_OK;
    fputc('{', out);
    for (size_t k = 0; rc == IX_OK && k < sizeof keys / sizeof *keys; k++) {
        fprintf(out, "%s%s\"%s\":%s", k ? "," : "", nl1, keys[k].name, pretty ? "\t" : "");
        if (keys[k].value) {
            rc = put_value(out, keys[k].value(doc), pretty, 1);
            continue;
        }
        size_t n = keys[k].count(doc);
        fputc('[', out);
        for (size_t i = 0; rc == IX_OK && i < n; i++) {
            fprintf(out, "%s%s", i ? "," : "", nl2);
            rc = put_value(out, keys[k].item(doc, i), pretty, 2);
        }
        fprintf(out, "%s]", n && pretty ? nl1 : "");
    }
    fputs(pretty ? "\n}" : "}", out);
    if (rc == IX_OK && ferror(out))
        rc = IX_EIO;
    return rc;
}
