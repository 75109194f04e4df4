#include "output/explain.h"

#include <stdlib.h>
#include <string.h>

#include "output/json.h"

typedef struct ctx {
    FILE *out;
    const ix_doc *doc;
    const char *open, *close;
    size_t window;
} ctx;

/* Longest piece of evidence shown whole; longer ones keep both ends. */
enum { MAX_MARKED = 320 };

static size_t utf8_back(const char *s, size_t off)
{
    while (off > 0 && ((unsigned char)s[off] & 0xC0) == 0x80)
        off--;
    return off;
}

/* Print norm[a..b) on one line: newlines and tabs as spaces, other control
 * characters dropped. */
static void put_flat(FILE *out, const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\t' || c == '\r')
            fputc(' ', out);
        else if (c >= 0x20 && c != 0x7F)
            fputc(c, out);
    }
}

/* The sentence holding norm offset off, or the line around it. */
static ix_span around(const ix_doc *doc, size_t off)
{
    size_t i = ix_doc_sent_at(doc, off);
    if (i != (size_t)-1)
        return doc->sents.items[i].norm;
    ix_span s = {off, off};
    while (s.start > 0 && doc->norm[s.start - 1] != '\n')
        s.start--;
    while (s.end < doc->norm_len && doc->norm[s.end] != '\n')
        s.end++;
    return s;
}

/* "    ...context [[evidence]] context..." for the norm range n. */
static void show_context(const ctx *c, ix_span n)
{
    const ix_doc *doc = c->doc;
    if (n.end > doc->norm_len)
        n.end = doc->norm_len;
    if (n.start > n.end)
        n.start = n.end;
    ix_span first = around(doc, n.start);
    ix_span last = around(doc, n.end > n.start ? n.end - 1 : n.start);
    size_t a = first.start < n.start ? first.start : n.start;
    size_t b = last.end > n.end ? last.end : n.end;
    int cut_a = 0, cut_b = 0;
    if (n.start - a > c->window) {
        a = utf8_back(doc->norm, n.start - c->window);
        cut_a = 1;
    }
    if (b - n.end > c->window) {
        b = utf8_back(doc->norm, n.end + c->window);
        cut_b = 1;
    }
    FILE *out = c->out;
    fputs("    ", out);
    if (cut_a)
        fputs("...", out);
    put_flat(out, doc->norm, a, n.start);
    fputs(c->open, out);
    if (n.end - n.start > MAX_MARKED) {
        size_t m1 = utf8_back(doc->norm, n.start + MAX_MARKED / 2);
        size_t m2 = utf8_back(doc->norm, n.end - MAX_MARKED / 2);
        put_flat(out, doc->norm, n.start, m1);
        fputs(" [...] ", out);
        put_flat(out, doc->norm, m2, n.end);
    } else {
        put_flat(out, doc->norm, n.start, n.end);
    }
    fputs(c->close, out);
    put_flat(out, doc->norm, n.end, b);
    if (cut_b)
        fputs("...", out);
    fputc('\n', out);
}

static void span_rule(const ctx *c, const char *rule, ix_span s)
{
    fprintf(c->out, "   [%zu,%zu)%s%s\n", s.start, s.end, rule ? "  " : "", rule ? rule : "");
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static void head(const ctx *c, const char *field, size_t i, int indexed)
{
    if (indexed)
        fprintf(c->out, "%s[%zu]  ", field, i);
    else
        fprintf(c->out, "%s  ", field);
}

/* Evidence as written (for HTML the visible text), one line, shortened. */
static void put_evidence(const ctx *c, ix_span span, ix_span norm)
{
    (void)span;
    const char *t = ix_json_evidence(c->doc, norm);
    if (!t)
        return;
    size_t n = strlen(t);
    fputc('"', c->out);
    if (n > 80) {
        size_t k = utf8_back(t, 77);
        put_flat(c->out, t, 0, k);
        fputs("...", c->out);
    } else {
        put_flat(c->out, t, 0, n);
    }
    fputc('"', c->out);
}

static void explain_facts(const ctx *c)
{
    const ix_doc *doc = c->doc;
    FILE *out = c->out;

    if (doc->title.text) {
        head(c, "title", 0, 0);
        put_evidence(c, doc->title.span, doc->title.norm);
        span_rule(c, NULL, doc->title.span);
        show_context(c, doc->title.norm);
    } else {
        fputs("title  (none)\n", out);
    }
    fprintf(out, "genre  %s\n", ix_json_genre_name(doc->genre));
    if (doc->inspectorate.name) {
        fprintf(out, "inspectorate  %s", doc->inspectorate.name);
        span_rule(c, NULL, doc->inspectorate.span);
        show_context(c, doc->inspectorate.norm);
    } else {
        fputs("inspectorate  (none)\n", out);
    }
    for (size_t i = 0; i < doc->subjects.n; i++) {
        const ix_subject *s = &doc->subjects.items[i];
        fprintf(out, "subjects[%s]  %s  %s", s->id, or_dash(s->type), or_dash(s->name));
        if (s->short_name)
            fprintf(out, " (%s)", s->short_name);
        if (s->owner)
            fprintf(out, ", run by %s", s->owner);
        span_rule(c, NULL, s->span);
        show_context(c, s->norm);
    }
    for (size_t i = 0; i < doc->ratings.n; i++) {
        const ix_rating *r = &doc->ratings.items[i];
        head(c, "ratings", i, 1);
        fprintf(out, "%s %s = %s (%s)", or_dash(r->subject), or_dash(r->scope),
                or_dash(r->value), or_dash(r->scale));
        span_rule(c, r->rule, r->span);
        show_context(c, r->norm);
    }
    for (size_t i = 0; i < doc->dates.n; i++) {
        const ix_date *d = &doc->dates.items[i];
        head(c, "dates", i, 1);
        fprintf(out, "%s %s", or_dash(d->role), or_dash(d->start));
        if (d->end[0])
            fprintf(out, " .. %s", d->end);
        if (d->time[0])
            fprintf(out, " %s", d->time);
        span_rule(c, d->rule, d->span);
        show_context(c, d->norm);
    }
    for (size_t i = 0; i < doc->caseloads.n; i++) {
        const ix_caseload *k = &doc->caseloads.items[i];
        head(c, "caseloads", i, 1);
        fprintf(out, "%s %s %.0f %s", or_dash(k->subject), ix_json_approx_name(k->approx),
                k->count, or_dash(k->unit));
        if (k->as_of[0])
            fprintf(out, " as of %s", k->as_of);
        span_rule(c, k->rule, k->span);
        show_context(c, k->norm);
    }
    for (size_t i = 0; i < doc->figures.n; i++) {
        const ix_figure *f = &doc->figures.items[i];
        head(c, "figures", i, 1);
        fprintf(out, "%g %s %s", f->value, or_dash(f->kind), ix_json_approx_name(f->approx));
        span_rule(c, f->rule, f->span);
        show_context(c, f->norm);
    }
    for (size_t i = 0; i < doc->quotes.n; i++) {
        const ix_quote *q = &doc->quotes.items[i];
        head(c, "quotes", i, 1);
        fprintf(out, "%s", q->speaker ? q->speaker : "(no speaker)");
        if (q->speaker_role)
            fprintf(out, ", %s", q->speaker_role);
        fprintf(out, "  %s%s", or_dash(q->attribution), q->partial ? ", partial" : "");
        fprintf(out, "  %zu paragraph(s)%s%s\n", q->nspans, q->rule ? "  " : "",
                q->rule ? q->rule : "");
        for (size_t k = 0; k < q->nspans; k++) {
            fprintf(out, "  words [%zu,%zu)\n", q->spans[k].start, q->spans[k].end);
            show_context(c, q->norms[k]);
        }
        if (q->has_speaker_span) {
            fprintf(out, "  speaker [%zu,%zu)\n", q->speaker_span.start, q->speaker_span.end);
            show_context(c, q->speaker_norm);
        }
    }
    const ix_recommendations *rec = &doc->recommendations;
    if (rec->present) {
        if (rec->count >= 0)
            fprintf(out, "recommendations  %ld", rec->count);
        else
            fputs("recommendations  (no count stated)", out);
        span_rule(c, rec->rule, rec->span);
        if (!ix_span_empty(rec->norm))
            show_context(c, rec->norm);
        for (size_t i = 0; i < rec->items.n; i++) {
            const ix_rec_item *it = &rec->items.items[i];
            head(c, "recommendations.items", i, 1);
            put_evidence(c, it->span, it->norm);
            span_rule(c, NULL, it->span);
        }
    } else {
        fputs("recommendations  (none)\n", out);
    }
    for (size_t i = 0; i < doc->warnings.n; i++) {
        const ix_warning *w = &doc->warnings.items[i];
        head(c, "warnings", i, 1);
        fprintf(out, "%s: %s", or_dash(w->code), or_dash(w->message));
        span_rule(c, NULL, w->span);
    }
}

int ix_explain_write(FILE *out, const ix_doc *doc, const ix_explain_opts *opts, ix_err *err)
{
    ctx c = {out, doc, "[[", "]]", 160};
    if (opts && opts->ansi) {
        c.open = "\033[1m";
        c.close = "\033[0m";
    }
    if (opts && opts->context)
        c.window = opts->context;
    fprintf(out, "== %s (%s, %zu bytes)\n", doc->path ? doc->path : "-",
            doc->format ? doc->format : "text", doc->src_len);
    explain_facts(&c);
    if (ferror(out))
        return ix_err_set(err, IX_EIO, "write failed");
    return IX_OK;
}
