#include "extractors/subjects.h"

/* Not written yet: the slot exists so the record always has the field. */

int ix_subjects_init(void **state, ix_err *err)
{
    (void)err;
    *state = NULL;
    return IX_OK;
}

int ix_subjects_run(const void *state, ix_doc *doc, ix_err *err)
{
    (void)state;
    (void)doc;
    (void)err;
    return IX_OK;
}

void ix_subjects_fini(void *state)
{
    (void)state;
}

int ix_subjects_named_in(const ix_doc *doc, size_t start, size_t end, size_t *at)
{
    (void)doc; (void)start; (void)end; (void)at;
    return -1;
}

int ix_subjects_about(const ix_doc *doc, size_t off)
{
    (void)off;
    return doc->subjects.n == 1 ? 0 : -1;
}
