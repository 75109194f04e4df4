#include "corpus/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/input.h"

/* ---- the general pool ------------------------------------------------------ */

/* Item i's result lives in slots[i % window] from the moment a worker has
 * it until the calling thread has delivered it. */
typedef struct slot {
    int ready;
    void *result;
} slot;

typedef struct pool {
    const ix_pool_task *task;
    size_t n, window;
    slot *slots;
    size_t next_take;       /* the next item a worker takes */
    size_t next_give;       /* the next item delivered */
    int stop;
    pthread_mutex_t mu;
    pthread_cond_t taken;   /* a slot was freed or the run stopped */
    pthread_cond_t done;    /* a result is ready */
} pool;

static void *thread_state(const ix_pool_task *t)
{
    return t->thread_new ? t->thread_new(t->ctx) : NULL;
}

static void thread_state_free(const ix_pool_task *t, void *state)
{
    if (t->thread_free)
        t->thread_free(t->ctx, state);
}

static void *worker(void *arg)
{
    pool *p = arg;
    const ix_pool_task *t = p->task;
    void *state = thread_state(t);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next_take < p->n && p->next_take >= p->next_give + p->window)
            pthread_cond_wait(&p->taken, &p->mu);
        if (p->stop || p->next_take >= p->n)
            break;
        size_t i = p->next_take++;
        pthread_mutex_unlock(&p->mu);
        void *result = t->work(t->ctx, state, i);
        pthread_mutex_lock(&p->mu);
        slot *s = &p->slots[i % p->window];
        s->result = result;
        s->ready = 1;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    thread_state_free(t, state);
    return NULL;
}

int ix_pool_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

int ix_pool_run(size_t n, int jobs, const ix_pool_task *t, ix_err *err)
{
    if (jobs <= 1 || n <= 1) {
        int rc = 0;
        void *state = thread_state(t);
        for (size_t i = 0; i < n && rc == 0; i++) {
            void *result = t->work(t->ctx, state, i);
            rc = t->deliver(t->ctx, i, result);
            t->discard(t->ctx, result);
        }
        thread_state_free(t, state);
        return rc;
    }
    if ((size_t)jobs > n)
        jobs = (int)n;
    pool p = {.task = t, .n = n, .window = 4 * (size_t)jobs};
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
        rc = t->deliver(t->ctx, p.next_give, s->result);
        t->discard(t->ctx, s->result);
        pthread_mutex_lock(&p.mu);
        s->result = NULL;
        s->ready = 0;
        p.next_give++;
        pthread_cond_broadcast(&p.taken);
    }
    p.stop = 1;
    pthread_cond_broadcast(&p.taken);
    pthread_mutex_unlock(&p.mu);
    for (int k = 0; k < started; k++)
        pthread_join(tid[k], NULL);
    /* results a stopped run made but never delivered */
    for (size_t i = 0; i < p.window; i++)
        if (p.slots[i].ready)
            t->discard(t->ctx, p.slots[i].result);
    pthread_cond_destroy(&p.done);
    pthread_cond_destroy(&p.taken);
    pthread_mutex_destroy(&p.mu);
    free(p.slots);
    free(tid);
    return rc;
}

/* ---- reading and extracting ------------------------------------------------ */

typedef struct extract_run {
    const ix_engine *eng;
    char *const *paths;
    const char *format_in, *only;
    ix_pool_deliver deliver;
    void *ctx;
} extract_run;

/* One document on its way: the input is kept while the record is written. */
typedef struct extracted {
    unsigned char *bytes;
    ix_doc *doc;
    char error[256];
} extracted;

static void *extract_work(void *ctx, void *state, size_t i)
{
    (void)state;
    const extract_run *r = ctx;
    extracted *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    size_t len = 0;
    ix_err e = {0};
    if (ix_input_read(r->paths[i], &x->bytes, &len, &e) != IX_OK) {
        snprintf(x->error, sizeof x->error, "%s", e.msg);
        return x;
    }
    x->doc = ix_engine_extract_until(r->eng, r->paths[i], r->format_in, x->bytes, len, r->only, &e);
    if (!x->doc)
        snprintf(x->error, sizeof x->error, "%s", e.msg);
    return x;
}

static int extract_deliver(void *ctx, size_t i, void *result)
{
    const extract_run *r = ctx;
    const extracted *x = result;
    if (!x)
        return r->deliver(r->ctx, r->paths[i], NULL, "out of memory");
    return r->deliver(r->ctx, r->paths[i], x->doc, x->doc ? NULL : x->error);
}

static void extract_discard(void *ctx, void *result)
{
    (void)ctx;
    extracted *x = result;
    if (!x)
        return;
    ix_doc_free(x->doc);
    free(x->bytes);
    free(x);
}

int ix_pool_extract(const ix_engine *eng, char *const *paths, size_t n, int jobs,
                    const char *format_in, const char *only, ix_pool_deliver deliver,
                    void *ctx, ix_err *err)
{
    extract_run r = {eng, paths, format_in, only, deliver, ctx};
    ix_pool_task t = {.work = extract_work, .deliver = extract_deliver,
                      .discard = extract_discard, .ctx = &r};
    return ix_pool_run(n, jobs, &t, err);
}
