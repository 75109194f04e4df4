/* pipeline/arena.h -- a bump allocator that owns everything of one document.
 *
 * Owns: every block it hands out; ix_arena_free releases them all at once.
 * Does not: free single allocations, or zero memory except ix_arena_zalloc
 * and the vector helper.
 */
#ifndef IX_ARENA_H
#define IX_ARENA_H
#include <stddef.h>

typedef struct ix_arena ix_arena;

/* A new empty arena, or NULL when out of memory. */
ix_arena *ix_arena_new(void);
/* Release the arena and everything allocated from it.  Accepts NULL. */
void ix_arena_free(ix_arena *a);

/* n bytes aligned for any type, or NULL when out of memory. */
void *ix_arena_alloc(ix_arena *a, size_t n);
/* As ix_arena_alloc, zero-filled. */
void *ix_arena_zalloc(ix_arena *a, size_t n);
/* A NUL-terminated copy of s[0..n), or NULL when out of memory. */
char *ix_arena_strndup(ix_arena *a, const char *s, size_t n);
/* A NUL-terminated copy of s (NULL gives NULL). */
char *ix_arena_strdup(ix_arena *a, const char *s);
/* printf into the arena. */
char *ix_arena_printf(ix_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Make the arena own p, a malloc'd block: ix_arena_free will free() it.
 * Returns 0, or -1 when out of memory (p is then freed at once). */
int ix_arena_adopt(ix_arena *a, void *p);

/* Bytes handed out so far (for benchmarks and memory tests). */
size_t ix_arena_used(const ix_arena *a);

/* Growable arrays in an arena.  Declare with IX_VEC(type) and append with
 * IX_VEC_PUSH, which yields a pointer to a new zeroed slot or NULL when out
 * of memory:
 *
 *     IX_VEC(ix_rating) ratings;
 *     ix_rating *r = IX_VEC_PUSH(doc->arena, doc->ratings);
 *     if (!r) return ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
 */
#define IX_VEC(T) struct { T *items; size_t n, cap; }
void *ix_vec_push_(ix_arena *a, void **items, size_t *n, size_t *cap, size_t size);
#define IX_VEC_PUSH(arena, v) \
    ((__typeof__((v).items))ix_vec_push_((arena), (void **)&(v).items, &(v).n, &(v).cap, sizeof *(v).items))

#endif
