#include "corpus/input.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static int push(ix_input_list *l, const char *path)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->paths, ncap * sizeof *p);
        if (!p)
            return IX_ENOMEM;
        l->paths = p;
        l->cap = ncap;
    }
    l->paths[l->n] = strdup(path);
    if (!l->paths[l->n])
        return IX_ENOMEM;
    l->n++;
    return IX_OK;
}

static int is_document_name(const char *name)
{
    size_t n = strlen(name);
    return (n > 4 && strcasecmp(name + n - 4, ".txt") == 0) ||
           (n > 5 && strcasecmp(name + n - 5, ".html") == 0) ||
           (n > 4 && strcasecmp(name + n - 4, ".htm") == 0);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walk dir in sorted order, reporting folders that cannot be opened
 * (*failed counts them).  Returns IX_OK or IX_ENOMEM. */
static int walk(const char *dir, ix_input_list *l, ix_input_error_fn on_error, void *ctx,
                int *failed)
{
    DIR *d = opendir(dir);
    if (!d) {
        on_error(dir, strerror(errno), ctx);
        (*failed)++;
        return IX_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = IX_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = IX_ENOMEM;
                break;
            }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = IX_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc == IX_OK && n > 0)
        qsort(names, n, sizeof *names, by_name);
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n && rc == IX_OK; i++) {
        size_t len = dl + 1 + strlen(names[i]) + 1;
        char *path = malloc(len);
        if (!path) {
            rc = IX_ENOMEM;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(path, l, on_error, ctx, failed);
            else if (S_ISREG(st.st_mode) && is_document_name(names[i]))
                rc = push(l, path);     /* a FIFO or device named x.txt would block */
        }
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int ix_input_expand(char *const *args, size_t nargs, ix_input_list *list,
                    ix_input_error_fn on_error, void *ctx)
{
    int failed = 0;
    for (size_t i = 0; i < nargs; i++) {
        const char *a = args[i];
        struct stat st;
        if (strcmp(a, "-") == 0) {
            if (push(list, a) != IX_OK)
                return IX_ENOMEM;
            continue;
        }
        if (stat(a, &st) != 0) {
            on_error(a, strerror(errno), ctx);
            failed++;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            size_t before = list->n;
            int walk_failed = 0;
            if (walk(a, list, on_error, ctx, &walk_failed) != IX_OK)
                return IX_ENOMEM;
            failed += walk_failed;
            if (list->n == before && !walk_failed) {
                on_error(a, "no documents (*.txt, *.html, *.htm) in this folder", ctx);
                failed++;
            }
            continue;
        }
        if (push(list, a) != IX_OK)
            return IX_ENOMEM;
    }
    return failed;
}

void ix_input_list_fini(ix_input_list *list)
{
    for (size_t i = 0; i < list->n; i++)
        free(list->paths[i]);
    free(list->paths);
    memset(list, 0, sizeof *list);
}

int ix_input_read(const char *path, unsigned char **bytes, size_t *len, ix_err *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return ix_err_set(err, IX_EIO, "%s", strerror(errno));
    struct stat st;
    if (!is_stdin && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        return ix_err_set(err, IX_EINPUT, "is a folder");
    }
    size_t cap = (!is_stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
                     ? (size_t)st.st_size + 1 : 65536;
    if (cap > IX_INPUT_MAX + 1) {
        fclose(f);
        return ix_err_set(err, IX_EINPUT, "too large (over %zu MiB)", IX_INPUT_MAX >> 20);
    }
    unsigned char *buf = malloc(cap);
    size_t n = 0;
    int rc = buf ? IX_OK : ix_err_set(err, IX_ENOMEM, "out of memory");
    while (rc == IX_OK) {
        if (n + 1 >= cap) {
            if (cap > IX_INPUT_MAX) {
                rc = ix_err_set(err, IX_EINPUT, "too large (over %zu MiB)", IX_INPUT_MAX >> 20);
                break;
            }
            unsigned char *p = realloc(buf, cap * 2);
            if (!p) {
                rc = ix_err_set(err, IX_ENOMEM, "out of memory");
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f))
                rc = ix_err_set(err, IX_EIO, "read error: %s", strerror(errno));
            break;
        }
    }
    if (!is_stdin)
        fclose(f);
    if (rc != IX_OK) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *bytes = buf;
    *len = n;
    return IX_OK;
}
