#include "output/json.h"

#include <assert.h>
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
/* One byte of a string escaped. */
static void put_escape(sink *k, unsigned char c)
{
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

/* Ones in each byte's low bit, and in each byte's top bit. */
#define BYTES_1 0x0101010101010101ull
#define BYTES_80 (BYTES_1 * 0x80)

/* Does some byte of w need escaping (below 32, '"' or '\\')?  The
 * classic tests for a zero byte and a byte below n: exact for "some". */
static int escape_in(uint64_t w)
{
    uint64_t quote = w ^ (BYTES_1 * '"'), slash = w ^ (BYTES_1 * '\\');
    return ((((w - BYTES_1 * 32) & ~w) | ((quote - BYTES_1) & ~quote) | ((slash - BYTES_1) & ~slash)) &
           BYTES_80) != 0;
}

static void put_string(sink *k, const char *s)
{
    put_c(k, '"');
    const char *run = s ? s : "";
    size_t n = strlen(run), from = 0;
    /* eight bytes at a time while none needs escaping; a word that holds
     * one is read byte by byte */
    for (size_t i = 0; i < n;) {
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, run + i, 8), !escape_in(w))) {
            i += 8;
            continue;
        }
        for (size_t stop = n - i >= 8 ? i + 8 : n; i < stop; i++) {
            unsigned char c = (unsigned char)run[i];
            if (c > 31 && c != '"' && c != '\\')
                continue;
            put(k, run + from, i - from);
            from = i + 1;
            put_escape(k, c);
        }
    }
    put(k, run + from, n - from);
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
static void put_number(sink *k, double d)
{
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

/* ---- a record's values, built as a cJSON tree or printed at once ------- */

/* The items below hand each value to an emit: in a tree (cJSON, for
 * ix_json_record and pretty printing) it is added to the open container;
 * streamed (compact ix_json_write) it is printed straight away, the bytes
 * cJSON_PrintUnformatted would print for that tree, so a streamed record
 * is never built (no node to allocate and free per value). */
enum { EMIT_DEPTH = 8 };

typedef struct emit {
    sink *k;                    /* streamed: the bytes go here; NULL: a tree */
    int depth;                  /* open containers, the record's own at 0 */
    cJSON *open[EMIT_DEPTH];    /* tree: the containers being filled */
    unsigned n[EMIT_DEPTH];     /* streamed: values written in each */
    int failed;                 /* tree: out of memory */
} emit;

/* Streamed: the comma before every value of a container but the first,
 * and the key. */
static void e_lead(emit *e, const char *key)
{
    if (e->n[e->depth]++)
        put_c(e->k, ',');
    if (key) {
        put_string(e->k, key);
        put_c(e->k, ':');
    }
}

/* Tree: add v to the open container (under key when there is one). */
static void e_add(emit *e, const char *key, cJSON *v)
{
    cJSON *to = e->open[e->depth];
    if (!v || !to || !(key ? cJSON_AddItemToObject(to, key, v) : cJSON_AddItemToArray(to, v))) {
        cJSON_Delete(v);
        e->failed = 1;
    }
}

static void e_null(emit *e, const char *key)
{
    if (e->k) {
        e_lead(e, key);
        put(e->k, "null", 4);
    } else {
        e_add(e, key, cJSON_CreateNull());
    }
}

/* A string, or null for NULL. */
static void e_str(emit *e, const char *key, const char *v)
{
    if (!v) {
        e_null(e, key);
    } else if (e->k) {
        e_lead(e, key);
        put_string(e->k, v);
    } else {
        e_add(e, key, cJSON_CreateString(v));
    }
}

static void e_num(emit *e, const char *key, double v)
{
    if (e->k) {
        e_lead(e, key);
        put_number(e->k, v);
    } else {
        e_add(e, key, cJSON_CreateNumber(v));
    }
}

static void e_bool(emit *e, const char *key, int v)
{
    if (e->k) {
        e_lead(e, key);
        put(e->k, v ? "true" : "false", v ? 4 : 5);
    } else {
        e_add(e, key, cJSON_CreateBool(v));
    }
}

/* Open an object ('{') or an array ('['); e_close closes it. */
static void e_open(emit *e, const char *key, char kind)
{
    cJSON *c = NULL;
    if (e->k) {
        e_lead(e, key);
        put_c(e->k, kind);
    } else {
        c = kind == '{' ? cJSON_CreateObject() : cJSON_CreateArray();
        e_add(e, key, c);
        if (e->failed)
            c = NULL;
    }
    assert(e->depth + 1 < EMIT_DEPTH);
    e->depth++;
    e->open[e->depth] = c;
    e->n[e->depth] = 0;
}

static void e_close(emit *e, char kind)
{
    if (e->k)
        put_c(e->k, kind);
    e->depth--;
}

static void e_span(emit *e, const char *key, ix_span s)
{
    e_open(e, key, '[');
    e_num(e, NULL, (double)s.start);
    e_num(e, NULL, (double)s.end);
    e_close(e, ']');
}

/* "" means null for the fixed-size date strings. */
static void e_opt(emit *e, const char *key, const char *v)
{
    e_str(e, key, v && *v ? v : NULL);
}

static void e_text(emit *e, const ix_doc *doc, const char *text, ix_span norm)
{
    if (text) {
        e_str(e, "text", text);
        return;
    }
    const char *t = ix_json_evidence(doc, norm);
    e_str(e, "text", t ? t : "");
}

/* ---- the record's values ------------------------------------------------ */

static void source_json(emit *e, const char *key, const ix_doc *doc)
{
    char sha[65];
    ix_hash_sha256_hex(doc->src, doc->src_len, sha);
    e_open(e, key, '{');
    e_str(e, "path", doc->path);
    e_num(e, "bytes", (double)doc->src_len);
    e_str(e, "sha256", sha);
    e_str(e, "format", doc->format ? doc->format : "text");
    e_close(e, '}');
}

static void subjects_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_subject *s = &doc->subjects.items[i];
    e_open(e, NULL, '{');
    e_str(e, "id", s->id);
    e_str(e, "name", s->name);
    e_str(e, "short", s->short_name);
    e_str(e, "type", s->type ? s->type : "other");
    e_str(e, "owner", s->owner);
    e_span(e, "span", s->span);
    e_close(e, '}');
}

static void ratings_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_rating *r = &doc->ratings.items[i];
    e_open(e, NULL, '{');
    e_str(e, "subject", r->subject);
    e_str(e, "scope", r->scope ? r->scope : "overall");
    e_str(e, "value", r->value);
    e_str(e, "scale", r->scale ? r->scale : "four_band");
    if (r->of > 0) {
        e_open(e, "score", '{');
        e_num(e, "points", r->points);
        e_num(e, "of", r->of);
        e_close(e, '}');
    } else {
        e_null(e, "score");
    }
    e_text(e, doc, r->text, r->norm);
    e_span(e, "span", r->span);
    e_str(e, "rule", r->rule);
    e_close(e, '}');
}

static void dates_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_date *d = &doc->dates.items[i];
    e_open(e, NULL, '{');
    e_str(e, "role", d->role ? d->role : "other");
    e_opt(e, "start", d->start);
    e_opt(e, "end", d->end);
    e_opt(e, "time", d->time);
    e_text(e, doc, d->text, d->norm);
    e_span(e, "span", d->span);
    e_str(e, "rule", d->rule);
    e_close(e, '}');
}

static void caseloads_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_caseload *c = &doc->caseloads.items[i];
    e_open(e, NULL, '{');
    e_str(e, "subject", c->subject);
    e_num(e, "count", c->count);
    e_str(e, "approx", ix_json_approx_name(c->approx));
    e_str(e, "unit", c->unit ? c->unit : "people");
    e_opt(e, "as_of", c->as_of);
    e_text(e, doc, c->text, c->norm);
    e_span(e, "span", c->span);
    e_str(e, "rule", c->rule);
    e_close(e, '}');
}

static void figures_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_figure *f = &doc->figures.items[i];
    e_open(e, NULL, '{');
    e_num(e, "value", f->value);
    e_str(e, "kind", f->kind ? f->kind : "percent");
    e_str(e, "approx", ix_json_approx_name(f->approx));
    e_text(e, doc, f->text, f->norm);
    e_span(e, "span", f->span);
    e_str(e, "rule", f->rule);
    e_close(e, '}');
}

static void quotes_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_quote *q = &doc->quotes.items[i];
    e_open(e, NULL, '{');
    if (q->text) {
        e_str(e, "text", q->text);
    } else {
        const char *t = q->nspans ? ix_json_evidence(doc, q->norms[0]) : NULL;
        e_str(e, "text", t ? t : "");
    }
    e_str(e, "speaker", q->speaker);
    e_str(e, "speaker_role", q->speaker_role);
    e_str(e, "attribution", q->attribution ? q->attribution : "none");
    e_bool(e, "partial", q->partial != 0);
    e_open(e, "spans", '[');
    for (size_t k = 0; k < q->nspans; k++)
        e_span(e, NULL, q->spans[k]);
    e_close(e, ']');
    if (q->has_speaker_span)
        e_span(e, "speaker_span", q->speaker_span);
    else
        e_null(e, "speaker_span");
    e_str(e, "rule", q->rule);
    e_close(e, '}');
}

static void recommendations_json(emit *e, const char *key, const ix_doc *doc)
{
    const ix_recommendations *r = &doc->recommendations;
    if (!r->present) {
        e_null(e, key);
        return;
    }
    e_open(e, key, '{');
    if (r->count >= 0)
        e_num(e, "count", (double)r->count);
    else
        e_null(e, "count");
    e_text(e, doc, r->text, r->norm);
    e_span(e, "span", r->span);
    e_open(e, "items", '[');
    for (size_t i = 0; i < r->items.n; i++) {
        const ix_rec_item *it = &r->items.items[i];
        e_open(e, NULL, '{');
        e_text(e, doc, it->text, it->norm);
        e_span(e, "span", it->span);
        e_close(e, '}');
    }
    e_close(e, ']');
    e_str(e, "rule", r->rule);
    e_close(e, '}');
}

static void warnings_item(emit *e, const ix_doc *doc, size_t i)
{
    const ix_warning *w = &doc->warnings.items[i];
    e_open(e, NULL, '{');
    e_str(e, "code", w->code);
    e_str(e, "message", w->message);
    e_span(e, "span", w->span);
    e_close(e, '}');
}

/* ---- the record: its keys in contract order ----------------------------- */

static size_t n_subjects(const ix_doc *d) { return d->subjects.n; }
static size_t n_ratings(const ix_doc *d) { return d->ratings.n; }
static size_t n_dates(const ix_doc *d) { return d->dates.n; }
static size_t n_caseloads(const ix_doc *d) { return d->caseloads.n; }
static size_t n_figures(const ix_doc *d) { return d->figures.n; }
static size_t n_quotes(const ix_doc *d) { return d->quotes.n; }
static size_t n_warnings(const ix_doc *d) { return d->warnings.n; }

static void schema_json(emit *e, const char *key, const ix_doc *doc)
{
    (void)doc;
    e_str(e, key, IX_SCHEMA);
}

static void generator_json(emit *e, const char *key, const ix_doc *doc)
{
    (void)doc;
    e_str(e, key, "inspex " IX_VERSION);
}

static void title_json(emit *e, const char *key, const ix_doc *doc)
{
    if (!doc->title.text) {
        e_null(e, key);
        return;
    }
    e_open(e, key, '{');
    e_str(e, "text", doc->title.text);
    e_span(e, "span", doc->title.span);
    if (doc->title.rule)
        e_str(e, "rule", doc->title.rule);
    e_close(e, '}');
}

static void genre_json(emit *e, const char *key, const ix_doc *doc)
{
    e_str(e, key, ix_json_genre_name(doc->genre));
}

static void inspectorate_json(emit *e, const char *key, const ix_doc *doc)
{
    if (!doc->inspectorate.name) {
        e_null(e, key);
        return;
    }
    e_open(e, key, '{');
    e_str(e, "name", doc->inspectorate.name);
    e_span(e, "span", doc->inspectorate.span);
    e_close(e, '}');
}

/* A key is either a value emitted whole, or a list emitted item by item
 * (so a huge document's lists can be written without holding them all). */
static const struct key {
    const char *name;
    void (*value)(emit *e, const char *key, const ix_doc *doc);
    size_t (*count)(const ix_doc *doc);
    void (*item)(emit *e, const ix_doc *doc, size_t i);
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

/* Emit the whole record, as one object. */
static void emit_record(emit *e, const ix_doc *doc)
{
    e_open(e, NULL, '{');
    for (size_t k = 0; k < sizeof keys / sizeof *keys && !e->failed; k++) {
        if (keys[k].value) {
            keys[k].value(e, keys[k].name, doc);
            continue;
        }
        e_open(e, keys[k].name, '[');
        size_t n = keys[k].count(doc);
        for (size_t i = 0; i < n && !e->failed; i++)
            keys[k].item(e, doc, i);
        e_close(e, ']');
    }
    e_close(e, '}');
}

cJSON *ix_json_record(const ix_doc *doc)
{
    cJSON *holder = cJSON_CreateArray();
    emit e = {.open = {holder}, .failed = !holder};
    emit_record(&e, doc);
    cJSON *r = e.failed ? NULL : cJSON_DetachItemFromArray(holder, 0);
    cJSON_Delete(holder);
    return r;
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
    case cJSON_Number: put_number(k, v->valuedouble); break;
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

/* Print v (a value of the record, deleted here) as cJSON_Print would,
 * indenting its continuation lines by `depth` tabs so it sits inside the
 * enclosing record.  Returns IX_OK, IX_ENOMEM or IX_EIO. */
static int print_pretty(FILE *out, cJSON *v, int depth)
{
    if (!v)
        return IX_ENOMEM;
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

/* The tree of one value of the record: key k's whole value, or item i of
 * its list; NULL when out of memory. */
static cJSON *value_tree(const ix_doc *doc, size_t k, size_t i)
{
    cJSON *holder = cJSON_CreateArray();
    emit e = {.open = {holder}, .failed = !holder};
    if (keys[k].value)
        keys[k].value(&e, NULL, doc);
    else
        keys[k].item(&e, doc, i);
    cJSON *v = e.failed ? NULL : cJSON_DetachItemFromArray(holder, 0);
    cJSON_Delete(holder);
    return v;
}

/* The pretty record: each value built and printed by cJSON in turn. */
static int write_pretty(FILE *out, const ix_doc *doc)
{
    int rc = IX_OK;
    fputc('{', out);
    for (size_t k = 0; rc == IX_OK && k < sizeof keys / sizeof *keys; k++) {
        fprintf(out, "%s\n\t\"%s\":\t", k ? "," : "", keys[k].name);
        if (keys[k].value) {
            rc = print_pretty(out, value_tree(doc, k, 0), 1);
            continue;
        }
        size_t n = keys[k].count(doc);
        fputc('[', out);
        for (size_t i = 0; rc == IX_OK && i < n; i++) {
            fputs(i ? ",\n\t\t" : "\n\t\t", out);
            rc = print_pretty(out, value_tree(doc, k, i), 2);
        }
        fputs(n ? "\n\t]" : "]", out);
    }
    fputs("\n}", out);
    return rc;
}

int ix_json_write(FILE *out, const ix_doc *doc, int pretty)
{
    int rc = IX_OK;
    if (pretty) {
        rc = write_pretty(out, doc);
    } else {
        sink k = {out, 0, {0}};
        emit e = {.k = &k};
        emit_record(&e, doc);
        fwrite(k.buf, 1, k.n, out);
    }
    if (rc == IX_OK && ferror(out))
        rc = IX_EIO;
    return rc;
}
