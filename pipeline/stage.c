#include "pipeline/stage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ix_stages {
    const ix_stage *table;
    size_t n;
    void **state;
};

ix_stages *ix_stages_new(const ix_stage *table, size_t n, ix_err *err)
{
    ix_stages *s = calloc(1, sizeof *s);
    void **state = calloc(n ? n : 1, sizeof *state);
    if (!s || !state) {
        free(s);
        free(state);
        ix_err_set(err, IX_ENOMEM, "stages: out of memory");
        return NULL;
    }
    s->table = table;
    s->state = state;
    for (size_t i = 0; i < n; i++) {
        if (!table[i].init)
            continue;
        int rc = table[i].init(&state[i], err);
        if (rc != IX_OK) {
            char msg[sizeof err->msg];
            snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
            ix_err_set(err, rc, "%s: init: %s", table[i].name, msg);
            s->n = i;
            ix_stages_free(s);
            return NULL;
        }
    }
    s->n = n;
    return s;
}

void ix_stages_free(ix_stages *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        if (s->table[i].fini)
            s->table[i].fini(s->state[i]);
    free(s->state);
    free(s);
}

static int run_one(const ix_stages *s, size_t i, ix_doc *doc, ix_err *err)
{
    ix_err own = {0};
    if (!err)
        err = &own;
    int rc = s->table[i].run(s->state[i], doc, err);
    if (rc == IX_ELIMIT) {
        /* A pattern that backtracks without end on this text: the stage
         * stops, keeping what it found, and the record goes on. */
        ix_span none = {0, 0};
        rc = ix_doc_warn(doc, "match_limit", none,
                         "%s: a pattern hit its match limit (%s); the stage stopped there",
                         s->table[i].name, err->msg);
        ix_err_clear(err);
        if (rc == IX_OK)
            return IX_OK;
        err->code = rc;
        snprintf(err->msg, sizeof err->msg, "out of memory");
    }
    if (rc != IX_OK) {
        char msg[sizeof err->msg];
        snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
        return ix_err_set(err, rc, "%s: %s", s->table[i].name, msg);
    }
    return IX_OK;
}

int ix_stages_run(const ix_stages *s, ix_doc *doc, ix_err *err)
{
    for (size_t i = 0; i < s->n; i++) {
        int rc = run_one(s, i, doc, err);
        if (rc != IX_OK)
            return rc;
    }
    return IX_OK;
}

int ix_stages_run_until(const ix_stages *s, const char *name, ix_doc *doc, ix_err *err)
{
    for (size_t i = 0; i < s->n; i++) {
        int rc = run_one(s, i, doc, err);
        if (rc != IX_OK)
            return rc;
        if (strcmp(s->table[i].name, name) == 0)
            return IX_OK;
    }
    return ix_err_set(err, IX_EUSAGE, "no stage called '%s'", name);
}
