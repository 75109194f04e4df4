#include "output/writer.h"

#include <stdlib.h>
#include <string.h>

#include "output/csv.h"
#include "output/json.h"

struct ix_writer {
    FILE *out;
    ix_format format;
    int pretty;
    size_t count;
};

int ix_writer_parse_format(const char *name, ix_format *f)
{
    if (strcmp(name, "jsonl") == 0)
        *f = IX_FORMAT_JSONL;
    else if (strcmp(name, "json") == 0)
        *f = IX_FORMAT_JSON;
    else if (strcmp(name, "csv") == 0)
        *f = IX_FORMAT_CSV;
    else
        return -1;
    return 0;
}

ix_writer *ix_writer_new(FILE *out, ix_format format, int pretty)
{
    ix_writer *w = calloc(1, sizeof *w);
    if (w) {
        w->out = out;
        w->format = format;
        w->pretty = pretty;
    }
    return w;
}

int ix_writer_add(ix_writer *w, const ix_doc *doc, ix_err *err)
{
    if (w->format == IX_FORMAT_CSV) {
        cJSON *rec = ix_json_record(doc);
        if (!rec)
            return ix_err_set(err, IX_ENOMEM, "out of memory building the record");
        int rc = ix_writer_add_record(w, rec, err);
        cJSON_Delete(rec);
        return rc;
    }
    /* JSON is streamed item by item: memory stays flat however many facts. */
    if (w->format == IX_FORMAT_JSON)
        fputs(w->count == 0 ? "[\n" : ",\n", w->out);
    int rc = ix_json_write(w->out, doc, w->pretty && w->format == IX_FORMAT_JSON);
    if (w->format == IX_FORMAT_JSONL)
        fputc('\n', w->out);
    w->count++;
    if (rc == IX_OK && ferror(w->out))
        rc = IX_EIO;
    if (rc != IX_OK)
        return ix_err_set(err, rc, rc == IX_ENOMEM ? "out of memory writing the record" : "write failed");
    return IX_OK;
}

int ix_writer_add_record(ix_writer *w, const cJSON *rec, ix_err *err)
{
    if (w->format == IX_FORMAT_CSV) {
        if (w->count == 0 && ix_csv_header(w->out) != IX_OK)
            return ix_err_set(err, IX_EIO, "write failed");
        int rc = ix_csv_row(w->out, rec);
        if (rc != IX_OK)
            return ix_err_set(err, rc, rc == IX_ENOMEM ? "out of memory" : "write failed");
        w->count++;
        return IX_OK;
    }
    int pretty = w->pretty && w->format == IX_FORMAT_JSON;
    char *s = pretty ? cJSON_Print(rec) : NULL;
    if (pretty && !s)
        return ix_err_set(err, IX_ENOMEM, "out of memory printing the record");
    if (w->format == IX_FORMAT_JSON)
        fputs(w->count == 0 ? "[\n" : ",\n", w->out);
    if (s)
        fputs(s, w->out);
    else
        ix_json_print_compact(w->out, rec);
    if (w->format == IX_FORMAT_JSONL)
        fputc('\n', w->out);
    cJSON_free(s);
    w->count++;
    if (ferror(w->out))
        return ix_err_set(err, IX_EIO, "write failed");
    return IX_OK;
}

int ix_writer_close(ix_writer *w, ix_err *err)
{
    if (!w)
        return IX_OK;
    if (w->format == IX_FORMAT_JSON)
        fputs(w->count == 0 ? "[]\n" : "\n]\n", w->out);
    int rc = fflush(w->out) != 0 || ferror(w->out) ? IX_EIO : IX_OK;
    free(w);
    if (rc != IX_OK)
        return ix_err_set(err, IX_EIO, "write failed");
    return IX_OK;
}
