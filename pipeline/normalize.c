#include "pipeline/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "pipeline/mapbuf.h"
#include "pipeline/rx.h"

/* Warnings for invalid bytes: one per run, at most this many per document,
 * then one summary. */
enum { MAX_UTF8_WARNINGS = 20 };

/* The text being written (pipeline/mapbuf) and the document that gets the
 * warnings. */
typedef struct builder {
    ix_doc *doc;
    ix_mapbuf mb;
} builder;

/* Copy src[s..s+n) unchanged. */
static int emit_linear(builder *b, const unsigned char *src, size_t s, size_t n)
{
    return ix_mapbuf_copy(&b->mb, src, s, n);
}

/* Replacement text for the source bytes src[s..s+slen): a piece of its own
 * (its interior maps to s, its end to whatever follows); n == 0 drops them. */
static int emit_folded(builder *b, size_t s, size_t slen, const char *text, size_t n)
{
    return ix_mapbuf_put(&b->mb, s, slen, text, n);
}

/* The folded form of one (already NFC) codepoint, or NULL to keep it. */
static const char *fold(utf8proc_int32_t c)
{
    switch (c) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
    case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
    case '\t': case '\f': case '\v':
        return " ";
    case 0x2028: case 0x2029: case 0x0085:
        return "\n";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0xFF07:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0xFF02:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x2026:
        return "...";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF:
        return "";
    default:
        return NULL;
    }
}

/* A byte the ASCII fast path copies as it is: ASCII but for CR and the
 * tab-like controls TAB, VT, FF (folded to a space); a letter is told by
 * two comparisons. */
static inline int plain_ascii(unsigned char c)
{
    return c < 0x80 && (c > '\r' || c < '\t' || c == '\n');
}

/* Eight bytes at once: ones in each byte's low bit (the rest of the bit
 * tricks scale it). */
#define BYTES_1 0x0101010101010101ull

/* True when some byte of w is between 8 and 14, exclusive, given that no
 * byte of w has its top bit set ("hasbetween" of the Bit Twiddling Hacks:
 * exact for such bytes). */
static inline int has_byte_9_to_13(uint64_t w)
{
    uint64_t low7 = w & (BYTES_1 * 127);
    return ((BYTES_1 * (127 + 14) - low7) & ~w & (low7 + BYTES_1 * (127 - 8)) & (BYTES_1 * 128)) != 0;
}

size_t ix_norm_plain_end(const unsigned char *text, size_t i, size_t len)
{
    for (;;) {
        /* words of plain bytes but LF (which is 10: such a word is read
         * byte by byte), then up to eight bytes one by one */
        for (uint64_t w; len - i >= 8; i += 8) {
            memcpy(&w, text + i, 8);
            if ((w & (BYTES_1 * 128)) || has_byte_9_to_13(w))
                break;
        }
        size_t stop = len - i >= 8 ? i + 8 : len;
        while (i < stop && plain_ascii(text[i]))
            i++;
        if (i < stop || i == len)
            return i;
    }
}

int ix_norm_nfc_alone(int32_t c)
{
    if (c >= 0xAC00 && c <= 0xD7A3)
        return 0;                       /* Hangul syllables: algorithmic */
    const utf8proc_property_t *p = utf8proc_get_property(c);
    return p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0;
}

/* Does c join the chunk before it (so NFC may compose across)? */
static int continues_chunk(utf8proc_int32_t c)
{
    if (c < 0x300)
        return 0;
    if ((c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2))
        return 1;           /* Hangul vowel and trailing jamo compose */
    return utf8proc_get_property(c)->combining_class != 0;
}

static int warn_invalid(ix_doc *doc, size_t at, size_t n, size_t *count)
{
    (*count)++;
    if (*count > MAX_UTF8_WARNINGS)
        return IX_OK;
    ix_span sp = {at, at + n};
    return ix_doc_warn(doc, "invalid_utf8", sp,
                       "invalid UTF-8 at byte %zu replaced with U+FFFD", at);
}

/* Emit the chunk src[s..e) (one starter and what combines with it; alone:
 * the starter is all of it, and ix_norm_nfc_alone). */
static int emit_chunk(builder *b, const unsigned char *src, size_t s, size_t e, int alone)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = (utf8proc_ssize_t)(e - s);
    if (!alone) {
        n = utf8proc_map(src + s, n, &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (n < 0)
            return n == UTF8PROC_ERROR_NOMEM ? 0 : emit_folded(b, s, e - s, "\xEF\xBF\xBD", 3);
    }
    const utf8proc_uint8_t *form = alone ? src + s : nfc;
    /* Fold each codepoint of the NFC form. */
    char tmp[64];
    size_t tl = 0;
    int changed = (size_t)n != e - s || memcmp(form, src + s, e - s) != 0;
    char *buf = (size_t)n * 3 + 1 <= sizeof tmp ? tmp : malloc((size_t)n * 3 + 1);
    if (!buf) {
        free(nfc);
        return 0;
    }
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(form + i, n - i, &c);
        if (k <= 0)
            break;
        const char *f = fold(c);
        if (f) {
            size_t fl = strlen(f);
            memcpy(buf + tl, f, fl);
            tl += fl;
            changed = 1;
        } else {
            memcpy(buf + tl, form + i, (size_t)k);
            tl += (size_t)k;
        }
        i += k;
    }
    int ok = changed ? emit_folded(b, s, e - s, buf, tl) : emit_linear(b, src, s, e - s);
    if (buf != tmp)
        free(buf);
    free(nfc);
    return ok;
}

/* Normalise text[0..len) into b; invalid bytes become U+FFFD with warnings
 * (offsets reported relative to report_base). */
static int normalise(builder *b, const unsigned char *text, size_t len, size_t start)
{
    size_t invalid = 0;
    size_t i = start;
    while (i < len) {
        unsigned char c = text[i];
        if (c < 0x80) {
            /* Fast path: a run of ASCII other than CR and TAB-like controls,
             * not followed by a combining mark. */
            size_t j = ix_norm_plain_end(text, i, len);
            if (j < len && text[j] >= 0x80 && j > i) {
                utf8proc_int32_t next;
                if (utf8proc_iterate(text + j, (utf8proc_ssize_t)(len - j), &next) > 0 &&
                    continues_chunk(next))
                    j--;    /* the last ASCII letter composes with what follows */
            }
            if (j > i) {
                if (!emit_linear(b, text, i, j - i))
                    return IX_ENOMEM;
                i = j;
                continue;
            }
            if (c == '\r') {
                size_t n = (i + 1 < len && text[i + 1] == '\n') ? 2 : 1;
                if (!emit_folded(b, i, n, "\n", 1))
                    return IX_ENOMEM;
                i += n;
                continue;
            }
            if (c == '\t' || c == '\f' || c == '\v') {
                if (!emit_folded(b, i, 1, " ", 1))
                    return IX_ENOMEM;
                i++;
                continue;
            }
        }
        /* A chunk: one codepoint and every following one that combines. */
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) {
            if (!emit_folded(b, i, 1, "\xEF\xBF\xBD", 3) ||
                warn_invalid(b->doc, i, 1, &invalid) != IX_OK)
                return IX_ENOMEM;
            i++;
            continue;
        }
        size_t e = i + (size_t)k;
        while (e < len) {
            utf8proc_int32_t nx;
            utf8proc_ssize_t kk = utf8proc_iterate(text + e, (utf8proc_ssize_t)(len - e), &nx);
            if (kk <= 0 || !continues_chunk(nx))
                break;
            e += (size_t)kk;
        }
        if (!emit_chunk(b, text, i, e, e == i + (size_t)k && ix_norm_nfc_alone(cp)))
            return IX_ENOMEM;
        i = e;
    }
    if (invalid > MAX_UTF8_WARNINGS) {
        ix_span none = {0, 0};
        if (ix_doc_warn(b->doc, "invalid_utf8", none,
                        "%zu invalid UTF-8 sequences in all; only the first %d are listed",
                        invalid, MAX_UTF8_WARNINGS) != IX_OK)
            return IX_ENOMEM;
    }
    return IX_OK;
}

int ix_norm_run(ix_doc *doc, ix_err *err)
{
    const unsigned char *text = doc->premap ? (const unsigned char *)doc->pre : doc->src;
    size_t len = doc->premap ? doc->pre_len : doc->src_len;
    const void *nul = memchr(text, '\0', len);
    if (nul)
        return ix_err_set(err, IX_EINPUT, "binary file (NUL byte at offset %zu)",
                          (size_t)((const unsigned char *)nul - text));
    size_t start = (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

    builder b = {.doc = doc};
    int rc = normalise(&b, text, len, start);
    if (rc == IX_OK && !ix_mapbuf_close(&b.mb, len))
        rc = IX_ENOMEM;  /* the sentinel: norm_len maps to the end of input */
    if (rc == IX_OK) {
        /* Hand the buffers to the arena instead of copying: a 100 MB
         * document must not need its text twice over. */
        /* PCRE2's JIT reads the subject in 16-byte steps, a few bytes past
         * its end: keep that much after the NUL, zeroed (valgrind). */
        char *shrunk = realloc(b.mb.text, b.mb.len + 1 + IX_RX_READ_AHEAD);
        ix_map_piece *map = realloc(b.mb.map, b.mb.nmap * sizeof *b.mb.map);
        if (shrunk)
            b.mb.text = shrunk;
        if (map)
            b.mb.map = map;
        if (shrunk)
            memset(b.mb.text + b.mb.len, 0, 1 + IX_RX_READ_AHEAD);
        else
            b.mb.text[b.mb.len] = '\0';
        doc->norm = b.mb.text;
        doc->norm_len = b.mb.len;
        doc->map = b.mb.map;
        doc->nmap = b.mb.nmap;
        int lost = ix_arena_adopt(doc->arena, b.mb.text);
        lost |= ix_arena_adopt(doc->arena, b.mb.map);
        b.mb.text = NULL;
        b.mb.map = NULL;
        if (lost) {
            doc->norm = NULL;
            doc->map = NULL;
            doc->norm_len = doc->nmap = 0;
            rc = IX_ENOMEM;
        }
    }
    ix_mapbuf_fini(&b.mb);
    if (rc != IX_OK)
        return ix_err_set(err, rc, "normalise: out of memory");
    return IX_OK;
}

/* The piece containing off: the last one whose norm_start <= off. */
static size_t find_piece(const ix_map_piece *map, size_t n, size_t off)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (map[mid].norm_start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static size_t lookup(const ix_map_piece *map, size_t n, size_t off, int as_end)
{
    if (n == 0)
        return off;
    size_t i = find_piece(map, n, off);
    const ix_map_piece *p = &map[i];
    if (off < p->norm_start)   /* before the first piece: cannot happen */
        return p->src_start;
    if (off == p->norm_start && as_end && i > 0 && map[i - 1].linear)
        /* An end at a piece boundary ends where the previous piece ends,
         * not after characters dropped between the two. */
        return map[i - 1].src_start + (off - map[i - 1].norm_start);
    if (p->linear)
        return p->src_start + (off - p->norm_start);
    if (off == p->norm_start || !as_end || i + 1 >= n)
        return p->src_start;
    return map[i + 1].src_start;
}

size_t ix_norm_to_src(const ix_doc *doc, size_t off)
{
    size_t pre = lookup(doc->map, doc->nmap, off, 0);
    return doc->premap ? lookup(doc->premap, doc->npremap, pre, 0) : pre;
}

size_t ix_norm_to_src_end(const ix_doc *doc, size_t off)
{
    size_t pre = lookup(doc->map, doc->nmap, off, 1);
    return doc->premap ? lookup(doc->premap, doc->npremap, pre, 1) : pre;
}

uint32_t ix_doc_orig_char(const ix_doc *doc, size_t off)
{
    if (off >= doc->norm_len)
        return 0;
    size_t at = lookup(doc->map, doc->nmap, off, 0);
    const unsigned char *text = doc->premap ? (const unsigned char *)doc->pre : doc->src;
    size_t len = doc->premap ? doc->pre_len : doc->src_len;
    if (at >= len)
        return 0;
    utf8proc_int32_t c;
    if (utf8proc_iterate(text + at, (utf8proc_ssize_t)(len - at), &c) <= 0)
        return 0xFFFD;
    return (uint32_t)c;
}
