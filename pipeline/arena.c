#include "pipeline/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks are chained; a request larger than the default block size gets a
 * block of its own, so a 100 MB document costs one allocation, not many. */
enum { BLOCK_SIZE = 64 * 1024, ALIGN = 16 };

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} block;

struct ix_arena {
    block *head;
    size_t total;
    void **adopted;          /* malloc'd blocks handed over whole */
    size_t nadopted, adopted_cap;
};

ix_arena *ix_arena_new(void)
{
    return calloc(1, sizeof(ix_arena));
}

void ix_arena_free(ix_arena *a)
{
    if (!a)
        return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    for (size_t i = 0; i < a->nadopted; i++)
        free(a->adopted[i]);
    free(a->adopted);
    free(a);
}

void *ix_arena_alloc(ix_arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - ALIGN - sizeof(block))
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE;
        block *nb = malloc(sizeof(block) + size);
        if (!nb)
            return NULL;
        nb->size = size;
        nb->used = 0;
        if (b && size == n) {
            /* A big one-off block goes behind the current one so the
             * current block's free space stays usable. */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    return p;
}

void *ix_arena_zalloc(ix_arena *a, size_t n)
{
    void *p = ix_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *ix_arena_strndup(ix_arena *a, const char *s, size_t n)
{
    char *p = ix_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *ix_arena_strdup(ix_arena *a, const char *s)
{
    return s ? ix_arena_strndup(a, s, strlen(s)) : NULL;
}

char *ix_arena_printf(ix_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = ix_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

int ix_arena_adopt(ix_arena *a, void *p)
{
    if (a->nadopted == a->adopted_cap) {
        size_t ncap = a->adopted_cap ? a->adopted_cap * 2 : 4;
        void **q = realloc(a->adopted, ncap * sizeof *q);
        if (!q) {
            free(p);
            return -1;
        }
        a->adopted = q;
        a->adopted_cap = ncap;
    }
    a->adopted[a->nadopted++] = p;
    return 0;
}

size_t ix_arena_used(const ix_arena *a)
{
    return a ? a->total : 0;
}

/* Swap an adopted block for its reallocation; returns the new pointer or
 * NULL (the old block stays adopted and valid).  Vectors are few, so the
 * search from the most recent end is short. */
static void *realloc_adopted(ix_arena *a, void *old, size_t n)
{
    for (size_t i = a->nadopted; i-- > 0;) {
        if (a->adopted[i] == old) {
            void *p = realloc(old, n);
            if (p)
                a->adopted[i] = p;
            return p;
        }
    }
    return NULL;
}

/* Vectors past this size live in adopted malloc blocks and grow with
 * realloc, so a big vector does not leave every smaller copy of itself in
 * the arena (a 100 MB document has millions of sentences). */
enum { VEC_BIG = 64 * 1024 };

void *ix_vec_push_(ix_arena *a, void **items, size_t *n, size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        if (ncap > SIZE_MAX / size)
            return NULL;
        void *p;
        if (*cap * size >= VEC_BIG) {
            p = realloc_adopted(a, *items, ncap * size);
            if (!p) {       /* first big growth: move out of the arena */
                p = malloc(ncap * size);
                if (!p)
                    return NULL;
                memcpy(p, *items, *n * size);
                if (ix_arena_adopt(a, p) != 0)
                    return NULL;
            }
        } else {
            p = ix_arena_alloc(a, ncap * size);
            if (!p)
                return NULL;
            if (*n)
                memcpy(p, *items, *n * size);
        }
        *items = p;
        *cap = ncap;
    }
    void *slot = (unsigned char *)*items + *n * size;
    memset(slot, 0, size);
    (*n)++;
    return slot;
}
