#include "pipeline/err.h"

#include <stdarg.h>
#include <stdio.h>

int ix_err_set(ix_err *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

void ix_err_clear(ix_err *err)
{
    if (err) {
        err->code = IX_OK;
        err->msg[0] = '\0';
    }
}
