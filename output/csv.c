#include "output/csv.h"

#include <stdlib.h>
#include <string.h>

#include "output/json.h"

/* A cell grows in a small string buffer. */
typedef struct cell {
    char *s;
    size_t n, cap;
    int oom;
} cell;

static void cell_add(cell *c, const char *t)
{
    size_t tl = strlen(t);
    if (c->n + tl + 1 > c->cap) {
        size_t ncap = (c->n + tl + 1) * 2;
        char *p = realloc(c->s, ncap);
        if (!p) {
            c->oom = 1;
            return;
        }
        c->s = p;
        c->cap = ncap;
    }
    memcpy(c->s + c->n, t, tl + 1);
    c->n += tl;
}

static void cell_sep(cell *c, size_t i)
{
    if (i > 0)
        cell_add(c, "; ");
}

static int put_cell(FILE *out, const char *v, int last)
{
    fputc('"', out);
    for (const char *p = v ? v : ""; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p == '\n' || *p == '\r' ? ' ' : *p, out);
    }
    fputc('"', out);
    fputc(last ? '\n' : ',', out);
    return ferror(out) ? IX_EIO : IX_OK;
}

int ix_csv_header(FILE *out)
{
    fputs("path,title,subject,type,owner,overall_rating,publication_date,"
          "fieldwork_start,fieldwork_end,caseload,recommendations,quotes\n", out);
    return ferror(out) ? IX_EIO : IX_OK;
}

static const ix_date *first_date(const ix_doc *doc, const char *role)
{
    for (size_t i = 0; i < doc->dates.n; i++)
        if (doc->dates.items[i].role && strcmp(doc->dates.items[i].role, role) == 0)
            return &doc->dates.items[i];
    return NULL;
}

int ix_csv_row(FILE *out, const ix_doc *doc)
{
    cell subj = {0}, type = {0}, owner = {0}, rating = {0}, load = {0};
    for (size_t i = 0; i < doc->subjects.n; i++) {
        const ix_subject *s = &doc->subjects.items[i];
        cell_sep(&subj, i);
        cell_add(&subj, s->name ? s->name : "");
        cell_sep(&type, i);
        cell_add(&type, s->type ? s->type : "other");
        cell_sep(&owner, i);
        cell_add(&owner, s->owner ? s->owner : "");
        cell_sep(&rating, i);
        cell_sep(&load, i);
        for (size_t k = 0; k < doc->ratings.n; k++) {
            const ix_rating *r = &doc->ratings.items[k];
            if (r->subject && strcmp(r->subject, s->id) == 0 && r->scope &&
                strcmp(r->scope, "overall") == 0) {
                cell_add(&rating, r->value ? r->value : "");
                break;
            }
        }
        for (size_t k = 0; k < doc->caseloads.n; k++) {
            const ix_caseload *c = &doc->caseloads.items[k];
            if (c->subject && strcmp(c->subject, s->id) == 0) {
                char num[32];
                snprintf(num, sizeof num, "%.0f", c->count);
                cell_add(&load, num);
                break;
            }
        }
    }
    if (doc->subjects.n == 0) {   /* an overall rating with no subject still counts */
        for (size_t k = 0; k < doc->ratings.n; k++)
            if (doc->ratings.items[k].scope && strcmp(doc->ratings.items[k].scope, "overall") == 0) {
                cell_add(&rating, doc->ratings.items[k].value);
                break;
            }
    }
    const ix_date *pub = first_date(doc, "publication");
    const ix_date *fw = first_date(doc, "fieldwork");
    char recs[32] = "", nq[32];
    if (doc->recommendations.present && doc->recommendations.count >= 0)
        snprintf(recs, sizeof recs, "%ld", doc->recommendations.count);
    snprintf(nq, sizeof nq, "%zu", doc->quotes.n);
    int rc = IX_OK;
    if (subj.oom || type.oom || owner.oom || rating.oom || load.oom)
        rc = IX_ENOMEM;
    if (rc == IX_OK) {
        put_cell(out, doc->path, 0);
        put_cell(out, doc->title.text, 0);
        put_cell(out, subj.s, 0);
        put_cell(out, type.s, 0);
        put_cell(out, owner.s, 0);
        put_cell(out, rating.s, 0);
        put_cell(out, pub ? pub->start : NULL, 0);
        put_cell(out, fw ? fw->start : NULL, 0);
        put_cell(out, fw ? (fw->end[0] ? fw->end : fw->start) : NULL, 0);
        put_cell(out, load.s, 0);
        put_cell(out, recs, 0);
        rc = put_cell(out, nq, 1);
    }
    free(subj.s);
    free(type.s);
    free(owner.s);
    free(rating.s);
    free(load.s);
    return rc;
}
