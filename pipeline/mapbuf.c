#include "pipeline/mapbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int reserve(ix_mapbuf *b, size_t extra)
{
    if (b->oom)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->text, cap);
    if (!p) {
        b->oom = 1;
        return 0;
    }
    b->text = p;
    b->cap = cap;
    return 1;
}

static int push_piece(ix_mapbuf *b, size_t src_start, int linear)
{
    if (b->oom)
        return 0;
    if (b->nmap == b->mapcap) {
        size_t cap = b->mapcap ? b->mapcap * 2 : 256;
        ix_map_piece *p = realloc(b->map, cap * sizeof *p);
        if (!p) {
            b->oom = 1;
            return 0;
        }
        b->map = p;
        b->mapcap = cap;
    }
    b->map[b->nmap].norm_start = (uint32_t)b->len;
    b->map[b->nmap].src_start = (uint32_t)src_start;
    b->map[b->nmap].linear = (uint32_t)linear;
    b->nmap++;
    return 1;
}

static int add_piece(ix_mapbuf *b, size_t src_start, int linear)
{
    if (b->mark_gaps && b->nmap > 0 && !b->map[b->nmap - 1].linear &&
        src_start != b->last_src_end && !push_piece(b, b->last_src_end, 1))
        return 0;
    return push_piece(b, src_start, linear);
}

int ix_mapbuf_copy(ix_mapbuf *b, const unsigned char *src, size_t s, size_t n)
{
    if (n == 0)
        return !b->oom;
    if (!reserve(b, n))
        return 0;
    if (!(b->open_linear && b->next_src == s) && !add_piece(b, s, 1))
        return 0;
    memcpy(b->text + b->len, src + s, n);
    b->len += n;
    b->text[b->len] = '\0';
    b->open_linear = 1;
    b->next_src = s + n;
    b->last_src_end = s + n;
    return 1;
}

int ix_mapbuf_put(ix_mapbuf *b, size_t s, size_t slen, const char *t, size_t n)
{
    if (n == 0) {            /* dropped: the next piece starts afresh */
        b->open_linear = 0;
        return !b->oom;
    }
    if (!reserve(b, n) || !add_piece(b, s, 0))
        return 0;
    memcpy(b->text + b->len, t, n);
    b->len += n;
    b->text[b->len] = '\0';
    b->open_linear = 0;
    b->last_src_end = s + slen;
    return 1;
}

int ix_mapbuf_mark_end(ix_mapbuf *b)
{
    if (b->oom)
        return 0;
    if (b->nmap == 0 || b->map[b->nmap - 1].linear)
        return 1;
    return push_piece(b, b->last_src_end, 1);
}

int ix_mapbuf_close(ix_mapbuf *b, size_t src_end)
{
    return reserve(b, 0) && push_piece(b, src_end, 0);
}

void ix_mapbuf_fini(ix_mapbuf *b)
{
    if (!b)
        return;
    free(b->text);
    free(b->map);
    b->text = NULL;
    b->map = NULL;
}
