/* pipeline/err.h -- error codes and a fixed message buffer.
 *
 * Library code returns IX_OK or a negative code and fills an ix_err; only
 * main.c prints.  The buffer is fixed so running out of memory can still be
 * reported.
 */
#ifndef IX_ERR_H
#define IX_ERR_H

enum {
    IX_OK = 0,
    IX_ENOMEM = -1,   /* allocation failed */
    IX_EIO = -2,      /* reading or writing failed */
    IX_EINPUT = -3,   /* the input is not a document (binary, empty, ...) */
    IX_EREGEX = -4,   /* a pattern failed to compile or to match */
    IX_EUSAGE = -5,   /* a caller passed something meaningless */
    IX_ESTORE = -6,   /* the ingest store failed */
    IX_ELIMIT = -7    /* a pattern hit PCRE2's match, depth or JIT stack limit */
};

typedef struct ix_err {
    int code;
    char msg[256];
} ix_err;

/* Fill err (which may be NULL) with code and a printf-style message.
 * Returns code, so callers can write `return ix_err_set(...)`. */
int ix_err_set(ix_err *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reset err to IX_OK with an empty message. */
void ix_err_clear(ix_err *err);

#endif
