#include "output/json.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
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

/* ---- compact printing: cJSON_PrintUnformatted's bytes, straight to a FILE,
 * without building the string or printing each number through printf. */

/* Bytes gathered before they go to the FILE in one fwrite. */
typedef struct sink {
    FILE *out;
    size_t n;
    char buf[4096];
} sink;

static void put(sink *k, const char *s, size_t n)
{
    if (k->n + n > sizeof k->buf) {
        fwrite(k->buf, 1, k->n, k->out);
        k->n = 0;
        if (n > sizeof k->buf) {
            fwrite(s, 1, n, k->out);
            return;
        }
    }
    memcpy(k->buf + k->n, s, n);
    k->n += n;
}

static void put_c(sink *k, char c)
{
    put(k, &c, 1);
}

/* As cJSON: ", \ and the named controls escaped by letter, other bytes
 * below 32 as \u00xx, every other byte as it is; NULL prints "". */
static void put_string(sink *k, const char *s)
{
    put_c(k, '"');
    const char *run = s ? s : "";
    for (const char *p = run; s && *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c > 31 && c != '"' && c != '\\')
            continue;
        put(k, run, (size_t)(p - run));
        run = p + 1;
        char esc[8] = {'\\', 0};
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default: snprintf(esc + 1, sizeof esc - 1, "u%04x", c); break;
        }
        put(k, esc, strlen(esc));
    }
    put(k, run, strlen(run));
    put_c(k, '"');
}

/* "%1.15g" of a whole number d with |d| < 10^15 (at most 15 digits, so
 * plain notation; "-0" for negative zero) into buf; returns the length. */
static size_t whole_digits(double d, char *buf)
{
    char tmp[24];
    size_t n = 0, len = 0;
    uint64_t u = (uint64_t)fabs(d);
    do
        tmp[n++] = (char)('0' + u % 10);
    while (u /= 10);
    if (signbit(d))
        buf[len++] = '-';
    while (n)
        buf[len++] = tmp[--n];
    return len;
}

/* "%1.15g" of d when d is the double nearest m / 10^k for some k of 1..6
 * and |m| < 10^15 with the value at least 1e-4 (a fraction such as 0.667):
 * m then has at most 15 digits, so "%1.15g" prints exactly m / 10^k in
 * plain notation, trailing zeros dropped, and reading it back gives d.
 * Returns the length, or 0 for any other d. */
static size_t short_decimal(double d, char *buf)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    for (int k = 1; k <= 6; k++) {
        double m = nearbyint(d * p10[k]);
        if (fabs(m) >= 1e15 || fabs(m) * 1e4 < p10[k] || m / p10[k] != d)
            continue;
        int64_t v = (int64_t)fabs(m);
        char digits[24];
        int n = 0;
        for (int i = 0; i < k || v; i++, v /= 10)
            digits[n++] = (char)('0' + v % 10);
        if (n == k)
            digits[n++] = '0';              /* a zero before the point */
        int last = 0;                       /* drop trailing zeros of the fraction */
        while (last < k && digits[last] == '0')
            last++;
        size_t len = 0;
        if (d < 0)
            buf[len++] = '-';
        for (int i = n - 1; i >= k; i--)
            buf[len++] = digits[i];
        if (last < k) {
            buf[len++] = '.';
            for (int i = k - 1; i >= last; i--)
                buf[len++] = digits[i];
        }
        return len;
    }
    return 0;
}

/* As cJSON's print_number: "null" for NaN and infinities, else "%1.15g",
 * or "%1.17g" when that does not read back as the same value.  Whole
 * numbers and short decimals, which "%1.15g" prints exactly, are written
 * without printf. */
static void put_number(sink *k, const cJSON *v)
{
    double d = v->valuedouble;
    char buf[32];
    size_t n;
    if (isnan(d) || isinf(d)) {
        n = (size_t)snprintf(buf, sizeof buf, "null");
    } else if (d == trunc(d) && fabs(d) < 1e15) {
        n = whole_digits(d, buf);
    } else if (!(n = short_decimal(d, buf))) {
        double back = 0;
        n = (size_t)snprintf(buf, sizeof buf, "%1.15g", d);
        if (sscanf(buf, "%lg", &back) != 1 ||
            fabs(back - d) > fmax(fabs(back), fabs(d)) * 2.220446049250313e-16)
            n = (size_t)snprintf(buf, sizeof buf, "%1.17g", d);
    }
    put(k, buf, n);
}

static void put_value(sink *k, const cJSON *v);

/* The children of an array or object between open and close, with their
 * keys when keyed. */
static void put_children(sink *k, const cJSON *v, char open, char close, int keyed)
{
    put_c(k, open);
    for (const cJSON *c = v->child; c; c = c->next) {
        if (c != v->child)
            put_c(k, ',');
        if (keyed) {
            put_string(k, c->string);
            put_c(k, ':');
        }
        put_value(k, c);
    }
    put_c(k, close);
}

static void put_value(sink *k, const cJSON *v)
{
    switch (v->type & 0xFF) {
    case cJSON_NULL: put(k, "null", 4); break;
    case cJSON_False: put(k, "false", 5); break;
    case cJSON_True: put(k, "true", 4); break;
    case cJSON_Number: put_number(k, v); break;
    case cJSON_Raw: put(k, v->valuestring ? v->valuestring : "", v->valuestring ? strlen(v->valuestring) : 0); break;
    case cJSON_String: put_string(k, v->valuestring); break;
    case cJSON_Array: put_children(k, v, '[', ']', 0); break;
    case cJSON_Object: put_children(k, v, '{', '}', 1); break;
    default: break;
    }
}

int ix_json_print_compact(FILE *out, const cJSON *v)
{
    sink k = {out, 0, {0}};
    put_value(&k, v);
    fwrite(k.buf, 1, k.n, out);
    return ferror(out) ? IX_EIO : IX_OK;
}

/* Print v; with pretty, indent its continuation lines by `depth` tabs so it
 * sits inside the enclosing record.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
static int print_item(FILE *out, cJSON *v, int pretty, int depth)
{
    if (!v)
        return IX_ENOMEM;
    if (!pretty) {
        int rc = ix_json_print_compact(out, v);
        cJSON_Delete(v);
        return rc;
    }
    char *s = cJSON_Print(v);
    cJSON_Delete(v);
    if (!s)
        return IX_ENOMEM;
    /* line by line: a continuation line gets the tabs */
    const char *p = s;
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
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
            rc = print_item(out, keys[k].value(doc), pretty, 1);
            continue;
        }
        size_t n = keys[k].count(doc);
        fputc('[', out);
        for (size_t i = 0; rc == IX_OK && i < n; i++) {
            fprintf(out, "%s%s", i ? "," : "", nl2);
            rc = print_item(out, keys[k].item(doc, i), pretty, 2);
        }
        fprintf(out, "%s]", n && pretty ? nl1 : "");
    }
    fputs(pretty ? "\n}" : "}", out);
    if (rc == IX_OK && ferror(out))
        rc = IX_EIO;
    return rc;
}
