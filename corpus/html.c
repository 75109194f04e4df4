#include "corpus/html.h"

#include <string.h>
#include <strings.h>

/* Placeholder until the HTML reader lands: HTML is read as text. */

int ix_html_looks_like(const char *path, const unsigned char *bytes, size_t len)
{
    (void)bytes;
    (void)len;
    size_t n = path ? strlen(path) : 0;
    return (n > 5 && strcasecmp(path + n - 5, ".html") == 0) ||
           (n > 4 && strcasecmp(path + n - 4, ".htm") == 0);
}

ix_doc *ix_html_doc_new(const char *path, const unsigned char *bytes, size_t len, ix_err *err)
{
    return ix_doc_new(path, bytes, len, err);
}
