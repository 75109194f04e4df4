#include "extractors/quotes.h"

#include <stdlib.h>
#include <string.h>

#include "extractors/quotes_attr.h"
#include "extractors/quotes_find.h"
#include "extractors/quotes_merge.h"
#include "extractors/scan.h"

int ix_quotes_init(void **state, ix_err *err)
{
    ix_quotes_merge *m = NULL;
    int rc = ix_quotes_merge_new(&m, err);
    *state = m;
    return rc;
}

void ix_quotes_fini(void *state)
{
    ix_quotes_merge_free(state);
}

/* Append the UTF-8 encoding of cp to out[*n]. */
static void put_cp(char *out, size_t *n, uint32_t cp)
{
    if (cp < 0x80) {
        out[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        out[(*n)++] = (char)(0xC0 | (cp >> 6));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        out[(*n)++] = (char)(0xE0 | (cp >> 12));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* What quote_text does with a byte: copy it, fold it into one space, or
 * write the mark as written. */
enum { COPY, SPACE, MARK };
static const unsigned char byte_kind[256] = {
    [' '] = SPACE, ['\n'] = SPACE, ['\t'] = SPACE, ['\''] = MARK, ['"'] = MARK,
};

/* The quoted words of c: each piece's inside with white space folded and
 * the quotation marks and apostrophes as written, pieces joined by "\n".
 * Punctuation inside the marks is the speaker's and stays, a closing comma
 * too ('"..., we found," she said' keeps "we found,"). */
static char *quote_text(ix_doc *doc, const ix_quotes_cand *c)
{
    size_t len = 1;
    for (size_t k = 0; k < c->npieces; k++)
        len += 3 * (c->pieces[k].in_end - c->pieces[k].in_start) + 1;
    char *out = ix_arena_alloc(doc->arena, len);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t k = 0; k < c->npieces; k++) {
        const ix_quotes_piece *p = &c->pieces[k];
        size_t e = p->in_end;
        if (k)
            out[n++] = c->pieces[k - 1].block == p->block ? ' ' : '\n';
        int space = 0;
        for (size_t i = p->in_start; i < e; i++) {
            char ch = doc->norm[i];
            int kind = byte_kind[(unsigned char)ch];
            if (kind == SPACE) {
                space = 1;
                continue;
            }
            if (space)
                out[n++] = ' ';
            space = 0;
            if (kind == MARK) {
                uint32_t o = ix_doc_orig_char(doc, i);
                if (o == 0x2018 || o == 0x2019 || o == 0x201C || o == 0x201D)
                    put_cp(out, &n, o);   /* 3 bytes for 1: room reserved above */
                else
                    out[n++] = ch;
                continue;
            }
            out[n++] = ch;
        }
    }
    out[n] = '\0';
    return out;
}

static int cmp_span(const void *a, const void *b)
{
    const ix_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int ix_quotes_run(const void *state, ix_doc *doc, ix_err *err)
{
    const ix_quotes_merge *m = state;
    ix_quotes_pieces pieces = { NULL, 0, 0 };
    ix_quotes_cands cands = { NULL, 0, 0 };
    int rc = ix_quotes_find_all(doc, &pieces, err);
    if (rc == IX_OK)
        rc = ix_quotes_merge_run(m, doc, &pieces, &cands, err);
    if (rc != IX_OK)
        return rc;
    if (cands.n == 0)
        return IX_OK;

    /* The quotes' own text is not the writer's: people are read outside it. */
    size_t nskip = 0;
    for (size_t i = 0; i < cands.n; i++)
        if (cands.items[i].cls == IX_QUOTES_FULL || cands.items[i].cls == IX_QUOTES_PARTIAL)
            nskip += cands.items[i].npieces;
    ix_span *skip = ix_arena_alloc(doc->arena, (nskip ? nskip : 1) * sizeof *skip);
    ix_quotes_attrib *att = ix_arena_alloc(doc->arena, cands.n * sizeof *att);
    if (!skip || !att)
        return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
    nskip = 0;
    for (size_t i = 0; i < cands.n; i++) {
        const ix_quotes_cand *c = &cands.items[i];
        if (c->cls != IX_QUOTES_FULL && c->cls != IX_QUOTES_PARTIAL)
            continue;
        for (size_t k = 0; k < c->npieces; k++) {
            skip[nskip].start = c->pieces[k].start;
            skip[nskip].end = c->pieces[k].end;
            nskip++;
        }
    }
    qsort(skip, nskip, sizeof *skip, cmp_span);
    ix_quotes_people *pp = ix_quotes_people_build(doc, skip, nskip, err);
    if (!pp)
        return err->code;
    rc = ix_quotes_attr_run(doc, pp, cands.items, cands.n, att, err);
    if (rc != IX_OK)
        return rc;

    for (size_t i = 0; i < cands.n; i++) {
        const ix_quotes_cand *c = &cands.items[i];
        const ix_quotes_attrib *a = &att[i];
        if (a->drop || (c->cls != IX_QUOTES_FULL && c->cls != IX_QUOTES_PARTIAL))
            continue;
        ix_quote *q = IX_VEC_PUSH(doc->arena, doc->quotes);
        if (!q)
            return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
        q->text = quote_text(doc, c);
        q->spans = ix_arena_alloc(doc->arena, c->npieces * sizeof *q->spans);
        q->norms = ix_arena_alloc(doc->arena, c->npieces * sizeof *q->norms);
        if (!q->text || !q->spans || !q->norms)
            return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
        q->nspans = c->npieces;
        for (size_t k = 0; k < c->npieces; k++)
            ix_scan_evidence(doc, c->pieces[k].start, c->pieces[k].end, &q->spans[k], &q->norms[k]);
        q->speaker = a->speaker;
        q->speaker_role = a->speaker ? a->role : NULL;
        q->attribution = a->attribution;
        q->partial = c->cls == IX_QUOTES_PARTIAL;
        q->rule = a->rule;
        if (a->speaker && a->has_span) {
            q->has_speaker_span = 1;
            ix_scan_evidence(doc, a->span_a, a->span_b, &q->speaker_span, &q->speaker_norm);
        }
        if (c->unterminated) {
            ix_span w = ix_doc_src_span(doc, c->pieces[0].start, c->pieces[c->npieces - 1].end);
            /* Cut off by the end of the text (an excerpt, a truncated page)
             * rather than left open by its writer. */
            size_t tail = c->pieces[c->npieces - 1].end;
            while (tail < doc->norm_len && strchr(" \t\r\n", doc->norm[tail]))
                tail++;
            rc = ix_doc_warn(doc, "unterminated_quote", w,
                             tail >= doc->norm_len
                                 ? "quote opened at byte %zu is never closed; the document ends inside it"
                                 : "quote opened at byte %zu is never closed; it ends with its paragraph",
                             q->spans[0].start);
            if (rc != IX_OK)
                return ix_err_set(err, rc, "quotes: out of memory");
        }
    }
    return IX_OK;
}
