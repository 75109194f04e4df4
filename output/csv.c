#include "output/csv.h"

#include <stdlib.h>
#include <string.h>

/* Always quoted, quotes doubled, line breaks as spaces: a cell never
 * breaks a row, whatever the text. */
static void put_cell(FILE *out, const char *v, int last)
{
    fputc('"', out);
    for (const char *p = v ? v : ""; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p == '\n' || *p == '\r' ? ' ' : *p, out);
    }
    fputc('"', out);
    fputc(last ? '\n' : ',', out);
}

static const char *str_of(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const cJSON *first_with(const cJSON *list, const char *key, const char *value,
                               const char *key2, const char *value2)
{
    const cJSON *v;
    cJSON_ArrayForEach(v, list) {
        const char *a = str_of(v, key), *b = key2 ? str_of(v, key2) : NULL;
        if (a && strcmp(a, value) == 0 && (!key2 || (b && strcmp(b, value2) == 0)))
            return v;
    }
    return NULL;
}

/* A cell of "; "-joined values, one per subject. */
typedef struct cell {
    char *s;
    size_t n;
    FILE *f;
} cell;

/* Compare ISO partial dates as the periods they name: a month starts
 * before any day in it (pad "-00") and, as an end, ends after them ("-99"). */
static int date_cmp(const char *a, const char *b, const char *pad)
{
    char x[16], y[16];
    snprintf(x, sizeof x, "%s%s", a, strlen(a) == 4 ? pad : "");
    snprintf(y, sizeof y, "%s%s", b, strlen(b) == 4 ? pad : "");
    if (strlen(x) == 7)
        strncat(x, pad, sizeof x - strlen(x) - 1);
    if (strlen(y) == 7)
        strncat(y, pad, sizeof y - strlen(y) - 1);
    return strcmp(x, y);
}

/* The fieldwork period: the earliest start and the latest end of every
 * fieldwork date ('inspected in May 2019' and 'May and June 2019' give
 * 2019-05 to 2019-06). */
static void fieldwork_period(const cJSON *dates, const char **start, const char **end)
{
    const cJSON *d;
    *start = *end = NULL;
    cJSON_ArrayForEach(d, dates) {
        const char *role = str_of(d, "role"), *s = str_of(d, "start"), *e = str_of(d, "end");
        if (!role || strcmp(role, "fieldwork") != 0 || !s)
            continue;
        if (!e)
            e = s;
        if (!*start || date_cmp(s, *start, "-00") < 0)
            *start = s;
        if (!*end || date_cmp(e, *end, "-99") > 0)
            *end = e;
    }
}

int ix_csv_row(FILE *out, const cJSON *rec)
{
    cell c[5] = {{0}};
    for (int i = 0; i < 5; i++) {
        c[i].f = open_memstream(&c[i].s, &c[i].n);
        if (!c[i].f) {
            for (int k = 0; k < i; k++) {
                fclose(c[k].f);
                free(c[k].s);
            }
            return IX_ENOMEM;
        }
    }
    const cJSON *subjects = cJSON_GetObjectItemCaseSensitive(rec, "subjects");
    const cJSON *ratings = cJSON_GetObjectItemCaseSensitive(rec, "ratings");
    const cJSON *caseloads = cJSON_GetObjectItemCaseSensitive(rec, "caseloads");
    const cJSON *s;
    int i = 0;
    cJSON_ArrayForEach(s, subjects) {
        const char *id = str_of(s, "id");
        const char *type = str_of(s, "type");
        if (i > 0)
            for (int k = 0; k < 5; k++)
                fputs("; ", c[k].f);
        fputs(str_of(s, "name") ? str_of(s, "name") : "", c[0].f);
        fputs(type ? type : "other", c[1].f);
        fputs(str_of(s, "owner") ? str_of(s, "owner") : "", c[2].f);
        const cJSON *r = id ? first_with(ratings, "subject", id, "scope", "overall") : NULL;
        if (r && str_of(r, "value"))
            fputs(str_of(r, "value"), c[3].f);
        const cJSON *k = id ? first_with(caseloads, "subject", id, NULL, NULL) : NULL;
        const cJSON *cnt = k ? cJSON_GetObjectItemCaseSensitive(k, "count") : NULL;
        if (cJSON_IsNumber(cnt))
            fprintf(c[4].f, "%.0f", cnt->valuedouble);
        i++;
    }
    if (i == 0) {   /* an overall rating with no subject still counts */
        const cJSON *r = first_with(ratings, "scope", "overall", NULL, NULL);
        if (r && str_of(r, "value"))
            fputs(str_of(r, "value"), c[3].f);
    }
    for (int k = 0; k < 5; k++)
        fclose(c[k].f);
    const cJSON *dates = cJSON_GetObjectItemCaseSensitive(rec, "dates");
    const cJSON *pub = first_with(dates, "role", "publication", NULL, NULL);
    const char *fw_start, *fw_end;
    fieldwork_period(dates, &fw_start, &fw_end);
    const cJSON *recs = cJSON_GetObjectItemCaseSensitive(rec, "recommendations");
    const cJSON *rc = cJSON_IsObject(recs) ? cJSON_GetObjectItemCaseSensitive(recs, "count") : NULL;
    char nrecs[32] = "", nq[32];
    if (cJSON_IsNumber(rc) && rc->valuedouble >= 0)
        snprintf(nrecs, sizeof nrecs, "%.0f", rc->valuedouble);
    snprintf(nq, sizeof nq, "%d", cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rec, "quotes")));
    put_cell(out, str_of(cJSON_GetObjectItemCaseSensitive(rec, "source"), "path"), 0);
    put_cell(out, str_of(cJSON_GetObjectItemCaseSensitive(rec, "title"), "text"), 0);
    for (int k = 0; k < 4; k++)
        put_cell(out, c[k].s, 0);
    put_cell(out, pub ? str_of(pub, "start") : NULL, 0);
    put_cell(out, fw_start, 0);
    put_cell(out, fw_end, 0);
    put_cell(out, c[4].s, 0);
    put_cell(out, nrecs, 0);
    put_cell(out, nq, 1);
    for (int k = 0; k < 5; k++)
        free(c[k].s);
    return ferror(out) ? IX_EIO : IX_OK;
}


int ix_csv_header(FILE *out)
{
    fputs("path,title,subject,type,owner,overall_rating,publication_date,"
          "fieldwork_start,fieldwork_end,caseload,recommendations,quotes\n", out);
    return ferror(out) ? IX_EIO : IX_OK;
}
