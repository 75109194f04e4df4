#include "corpus/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/input.h"

/* One document on its way: read and extracted by a worker, delivered and
 * freed by the caller's thread. */
typedef struct slot {
    int ready;
    unsigned char *bytes;   /* the input, kept while the record is written */
    ix_doc *doc;
    char error[256];
} slot;

typedef struct pool {
    const ix_engine *eng;
    char *const *paths;
    size_t n, window;
    const char *format_in, *only;
    slot *slots;            /* window of them: document i lives in i % window */
    size_t next_take;       /* the next document a worker takes */
    size_t next_give;       /* the next document delivered */
    int stop;
    pthread_mutex_t mu;
    pthread_cond_t taken;   /* a slot was freed or the run stopped */
    pthread_cond_t done;    /* a document is ready */
} pool;

/* Read and extract paths[i] into s (outside the lock). */
static void extract_one(const pool *p, size_t i, slot *s)
{
    size_t len = 0;
    ix_err e = {0};
    s->bytes = NULL;
    s->doc = NULL;
    s->error[0] = '\0';
    if (ix_input_read(p->paths[i], &s->bytes, &len, &e) != IX_OK) {
        snprintf(s->error, sizeof s->error, "%s", e.msg);
        return;
    }
    s->doc = ix_engine_extract_until(p->eng, p->paths[i], p->format_in, s->bytes, len, p->only, &e);
    if (!s->doc)
        snprintf(s->error, sizeof s->error, "%s", e.msg);
}

static void release(slot *s)
{
    ix_doc_free(s->doc);
    free(s->bytes);
    s->doc = NULL;
    s->bytes = NULL;
    s->ready = 0;
}

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next_take < p->n && p->next_take >= p->next_give + p->window)
            pthread_cond_wait(&p->taken, &p->mu);
        if (p->stop || p->next_take >= p->n)
            break;
        size_t i = p->next_take++;
        pthread_mutex_unlock(&p->mu);
        slot tmp;
        extract_one(p, i, &tmp);
        pthread_mutex_lock(&p->mu);
        slot *s = &p->slots[i % p->window];
        *s = tmp;
        s->ready = 1;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int ix_pool_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

int ix_pool_extract(const ix_engine *eng, char *const *paths, size_t n, int jobs,
                    const char *format_in, const char *only, ix_pool_deliver deliver,
                    void *ctx, ix_err *err)
{
    if (jobs <= 1 || n <= 1) {
        int rc = 0;
        pool one = {.eng = eng, .paths = paths, .n = n, .format_in = format_in, .only = only};
        for (size_t i = 0; i < n && rc == 0; i++) {
            slot s;
            extract_one(&one, i, &s);
            rc = deliver(ctx, paths[i], s.doc, s.doc ? NULL : s.error);
            release(&s);
        }
        return rc;
    }
    if ((size_t)jobs > n)
        jobs = (int)n;
    pool p = {.eng = eng, .paths = paths, .n = n, .window = 4 * (size_t)jobs,
              .format_in = format_in, .only = only};
    p.slots = calloc(p.window, sizeof *p.slots);
    pthread_t *tid = calloc((size_t)jobs, sizeof *tid);
    if (!p.slots || !tid) {
        free(p.slots);
        free(tid);
        return ix_err_set(err, IX_ENOMEM, "out of memory");
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.taken, NULL);
    pthread_cond_init(&p.done, NULL);
    int started = 0, rc = 0;
    while (started < jobs && pthread_create(&tid[started], NULL, worker, &p) == 0)
        started++;
    if (started == 0)
        rc = ix_err_set(err, IX_ENOMEM, "cannot start a thread");
    pthread_mutex_lock(&p.mu);
    while (rc == 0 && p.next_give < n) {
        slot *s = &p.slots[p.next_give % p.window];
        while (!s->ready)
            pthread_cond_wait(&p.done, &p.mu);
        pthread_mutex_unlock(&p.mu);
        rc = deliver(ctx, paths[p.next_give], s->doc, s->doc ? NULL : s->error);
        release(s);
        pthread_mutex_lock(&p.mu);
        p.next_give++;
        pthread_cond_broadcast(&p.taken);
    }
    p.stop = 1;
    pthread_cond_broadcast(&p.taken);
    pthread_mutex_unlock(&p.mu);
    for (int t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    /* documents a stopped run extracted but never delivered */
    for (size_t i = 0; i < p.window; i++)
        if (p.slots[i].ready)
            release(&p.slots[i]);
    pthread_cond_destroy(&p.done);
    pthread_cond_destroy(&p.taken);
    pthread_mutex_destroy(&p.mu);
    free(p.slots);
    free(tid);
    return rc;
}
