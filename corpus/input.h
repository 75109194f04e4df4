/* corpus/input.h -- turn command-line arguments into documents to read.
 *
 * Files are taken as given; folders are walked recursively in sorted
 * (byte) order for *.txt, *.html and *.htm, skipping hidden entries; "-" is
 * standard input.  A bad argument (missing, a folder with no documents)
 * is reported through a callback and the others go on.
 * Owns: the list's strings (ix_input_list_fini frees them) and the buffers
 * ix_input_read returns (the caller frees them with free()).
 */
#ifndef IX_INPUT_H
#define IX_INPUT_H
#include <stddef.h>

#include "pipeline/err.h"

/* Largest input read (a bigger one is an error, not a crash). */
#define IX_INPUT_MAX ((size_t)1 << 30)

typedef struct ix_input_list {
    char **paths;
    size_t n, cap;
} ix_input_list;

/* Called for each argument that yields nothing, with the reason. */
typedef void (*ix_input_error_fn)(const char *path, const char *reason, void *ctx);

/* Append the documents named by args[0..nargs) to list.  Returns the number
 * of arguments that failed (each reported through on_error), or IX_ENOMEM. */
int ix_input_expand(char *const *args, size_t nargs, ix_input_list *list,
                    ix_input_error_fn on_error, void *ctx);
void ix_input_list_fini(ix_input_list *list);

/* Read the whole of path ("-" for standard input) into a malloc'd buffer
 * (NUL-terminated, not counted in *len).  Returns IX_OK, or IX_EIO /
 * IX_EINPUT (a folder, over IX_INPUT_MAX) / IX_ENOMEM with err holding the
 * reason (without the path). */
int ix_input_read(const char *path, unsigned char **bytes, size_t *len, ix_err *err);

#endif
