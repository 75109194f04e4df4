#include "extractors/quotes.h"

/* Not written yet: the slot exists so the record always has the field. */

int ix_quotes_init(void **state, ix_err *err)
{
    (void)err;
    *state = NULL;
    return IX_OK;
}

int ix_quotes_run(const void *state, ix_doc *doc, ix_err *err)
{
    (void)state;
    (void)doc;
    (void)err;
    return IX_OK;
}

void ix_quotes_fini(void *state)
{
    (void)state;
}
