#include "corpus/html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "corpus/htmlstream.h"
#include "pipeline/mapbuf.h"

/* How it works.
 *
 * libxml2's HTML parser (recovering, no network, errors silenced), run as a
 * stream (corpus/htmlstream: the page is never held as a whole tree), says
 * which text is visible, which elements are blocks, what is the main
 * content; three passes over the stream (below) decide those.  It does not
 * say where a text node's bytes are, so the text nodes
 * are aligned, in document order, with the page's bytes: from a cursor, skip
 * markup (tags, comments, declarations), then match the node's text against
 * the bytes, decoding character and entity references as the parser did.
 * Every node is aligned, visible or not, so the cursor stays in step.  What
 * cannot be aligned (the parser mended something) is kept, mapped to where
 * it was expected, and the cursor moves to the next tag.
 *
 * The visible text ("pre") is laid out as the text reader expects: blocks
 * separated by a blank line, <li> as bullet ("• ") or numbered ("1. ")
 * items, <br> a line break, white space collapsed outside <pre>.  Each piece
 * of it is mapped to the page's bytes (ix_map_piece): runs copied as they
 * are written are linear; references, collapsed space and layout are not.
 * ix_doc_adopt_mapped then normalises pre and composes the maps, so spans
 * land in the HTML bytes.
 */

/* ---- recognising a page --------------------------------------------------- */

int ix_html_looks_like(const char *path, const unsigned char *bytes, size_t len)
{
    size_t n = path ? strlen(path) : 0;
    if ((n > 5 && strcasecmp(path + n - 5, ".html") == 0) ||
        (n > 4 && strcasecmp(path + n - 4, ".htm") == 0) ||
        (n > 6 && strcasecmp(path + n - 6, ".xhtml") == 0))
        return 1;
    if (!bytes)
        return 0;
    size_t i = 0;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        i++;
    static const char *const starts[] = {"<!doctype html", "<html"};
    for (size_t k = 0; k < 2; k++) {
        size_t sl = strlen(starts[k]);
        if (len - i >= sl && strncasecmp((const char *)bytes + i, starts[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* ---- elements ------------------------------------------------------------ */

static int name_in(const xmlNode *n, const char *const *names)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    for (size_t i = 0; names[i]; i++)
        if (strcasecmp((const char *)n->name, names[i]) == 0)
            return 1;
    return 0;
}

static int is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           strcasecmp((const char *)n->name, name) == 0;
}

/* Never part of the text: code, chrome, controls, embedded media. */
static const char *const dropped[] = {
    "script", "style", "noscript", "template", "head", "title", "nav", "aside", "form",
    "button", "select", "option", "textarea", "input", "svg", "math", "iframe", "object",
    "embed", "canvas", "audio", "video", "map", "dialog", "menu", NULL,
};

/* Raw text: their content is not markup and has no references. */
static const char *const rawtext[] = {"script", "style", "xmp", "iframe", "noembed",
                                      "noframes", "plaintext", NULL};

/* Each starts and ends a block. */
static const char *const blocks[] = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul", NULL,
};

/* Roles of page chrome (WAI-ARIA landmarks that are not the content). */
static const char *const chrome_roles[] = {"navigation", "banner", "contentinfo",
                                           "complementary", "search", "dialog", NULL};

/* Words in a class or id that mark what is around an article rather than
 * the article: comment threads, sharing buttons, sidebars, breadcrumbs.
 * Matched as whole words of the attribute ("comment-list", "post_share"). */
static const char *const chrome_words[] = {
    "comment", "comments", "commentlist", "respond", "share", "sharing", "social",
    "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "cookie", "cookies",
    "skip", "related", NULL,
};

static int has_chrome_word(const xmlChar *v)
{
    if (!v)
        return 0;
    const char *s = (const char *)v;
    while (*s) {
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
            s++;
        const char *w = s;
        while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
            s++;
        size_t n = (size_t)(s - w);
        for (size_t i = 0; n && chrome_words[i]; i++)
            if (strlen(chrome_words[i]) == n && strncasecmp(w, chrome_words[i], n) == 0)
                return 1;
    }
    return 0;
}

static int attr_is(const xmlNode *n, const char *attr, const char *const *values)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    int hit = 0;
    for (size_t i = 0; v && values[i]; i++)
        if (strcasecmp((const char *)v, values[i]) == 0)
            hit = 1;
    xmlFree(v);
    return hit;
}

static int hidden(const xmlNode *n)
{
    if (xmlHasProp(n, (const xmlChar *)"hidden"))
        return 1;
    static const char *const yes[] = {"true", NULL};
    if (attr_is(n, "aria-hidden", yes))
        return 1;
    xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
    int none = 0;
    if (style) {
        /* display:none / visibility:hidden, spaces ignored */
        char buf[256];
        size_t k = 0;
        for (const xmlChar *p = style; *p && k + 1 < sizeof buf; p++)
            if (*p != ' ' && *p != '\t')
                buf[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        buf[k] = '\0';
        none = strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
        xmlFree(style);
    }
    return none;
}

/* What the passes keep about an element, at its _private (corpus/htmlstream
 * puts a zeroed block there and frees it with the element). */
typedef struct einfo {
    unsigned long serial;         /* 1, 2, ... in document order, the same in every pass */
    unsigned long last_child;     /* serial of its last element child so far */
    long li_children;             /* its <li> children so far */
    unsigned char article;        /* it or an ancestor is an <article> */
    unsigned char sectioning;     /* it or an ancestor is an <article> or a <section> */
    unsigned char content_anc;    /* the main content or an element holding it (passes 2, 3) */
    unsigned char in_main, in_cand, dropname;   /* pass 1 */
    unsigned char hide;                         /* pass 2 */
    unsigned char in_root, dropped, in_pre;     /* pass 3 */
} einfo;

/* Is element n (and so everything in it) left out of the text?  par: its
 * parent's info; in_content: n lies strictly inside the main content.  The
 * content and the elements holding it are never dropped: callers do not
 * ask for them. */
static int drops(const xmlNode *n, const einfo *par, int in_content)
{
    if (name_in(n, dropped) || hidden(n))
        return 1;
    /* A page's header and footer are chrome; an article's or a section's
     * own are part of it (HTML: they belong to the nearest sectioning
     * element, and <main> is not one). */
    if ((is(n, "header") || is(n, "footer")) && !par->sectioning)
        return 1;
    if (attr_is(n, "role", chrome_roles))
        return 1;
    if (in_content) {
        xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
        xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
        int chrome = has_chrome_word(cls) || has_chrome_word(id);
        xmlFree(cls);
        xmlFree(id);
        if (chrome)
            return 1;
    }
    return 0;
}

/* ---- the output: text plus offset map ---------------------------------- */

typedef struct hb {
    const unsigned char *src;   /* the page as given */
    const unsigned char *scan;  /* the same with invalid UTF-8 bytes as '?' */
    size_t len;
    size_t cur;                 /* alignment cursor in src */

    ix_mapbuf mb;               /* the text and its map (mark_gaps on) */

    int pending_break;          /* 0, 1 newline, 2 blank line */
    const char *pending_marker;
    char markerbuf[24];
    int pending_space;
    size_t space_src, space_len;
    int space_literal;

    size_t *bad;                /* invalid bytes met in visible text */
    size_t nbad, badcap;
} hb;

/* Visible bytes src[s..s+n) copied as written. */
static void emit_linear(hb *b, size_t s, size_t n)
{
    ix_mapbuf_copy(&b->mb, b->src, s, n);
}

/* Text standing for src[s..s+slen) that is not a copy of it. */
static void emit_folded(hb *b, size_t s, size_t slen, const char *t, size_t n)
{
    if (n)
        ix_mapbuf_put(&b->mb, s, slen, t, n);
}

/* Layout text (a break, a list mark): maps to `at`, covers no bytes. */
static void emit_layout(hb *b, size_t at, const char *t)
{
    ix_mapbuf_put(&b->mb, at, 0, t, strlen(t));
}

/* Before visible text at src offset s: the pending break or space, then
 * the pending list mark. */
static void flush(hb *b, size_t s)
{
    if (b->mb.len > 0 && b->pending_break) {
        emit_layout(b, b->mb.last_src_end, b->pending_break == 2 ? "\n\n" : "\n");
    } else if (b->mb.len > 0 && b->pending_space && b->mb.text[b->mb.len - 1] != '\n') {
        if (b->space_literal)
            emit_linear(b, b->space_src, 1);
        else
            emit_folded(b, b->space_src, b->space_len, " ", 1);
    }
    if (b->pending_marker)
        emit_layout(b, s, b->pending_marker);
    b->pending_break = 0;
    b->pending_space = 0;
    b->pending_marker = NULL;
}

static void request_break(hb *b, int kind)
{
    if (kind > b->pending_break)
        b->pending_break = kind;
    b->pending_space = 0;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* White space at src[s..s+slen) (slen 0: not aligned with the bytes). */
static void note_space(hb *b, size_t s, size_t slen, int literal_space)
{
    if (b->pending_space || b->pending_break)
        return;
    b->pending_space = 1;
    b->space_src = s;
    b->space_len = slen;
    b->space_literal = literal_space && slen == 1;
}

static void note_bad(hb *b, size_t s)
{
    if (b->nbad == b->badcap) {
        size_t cap = b->badcap ? b->badcap * 2 : 16;
        size_t *p = realloc(b->bad, cap * sizeof *p);
        if (!p) {
            b->mb.oom = 1;
            return;
        }
        b->bad = p;
        b->badcap = cap;
    }
    b->bad[b->nbad++] = s;
}

/* Visible bytes src[s..s+n) copied as written. */
static void visible_run(hb *b, size_t s, size_t n, int keep_space)
{
    size_t i = s, e = s + n;
    while (i < e) {
        if (!keep_space && is_space(b->scan[i])) {
            note_space(b, i, 1, b->scan[i] == ' ');
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && (keep_space || !is_space(b->scan[j])) && b->scan[j] == b->src[j])
            j++;
        if (j > i) {
            flush(b, i);
            emit_linear(b, i, j - i);
            i = j;
            continue;
        }
        if (b->scan[i] != b->src[i]) {  /* an invalid byte */
            flush(b, i);
            emit_folded(b, i, 1, "\xEF\xBF\xBD", 3);
            note_bad(b, i);
            i++;
        }
    }
}

/* Visible text t[0..n) standing for src[s..s+slen) (a reference, or text
 * that could not be aligned: then slen is 0). */
static void visible_folded(hb *b, size_t s, size_t slen, const char *t, size_t n, int keep_space)
{
    size_t i = 0;
    while (i < n) {
        if (!keep_space && is_space((unsigned char)t[i])) {
            note_space(b, s, slen, 0);
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && (keep_space || !is_space((unsigned char)t[j])))
            j++;
        flush(b, s);
        emit_folded(b, s, slen, t + i, j - i);
        i = j;
    }
}

/* ---- aligning text nodes with the bytes --------------------------------- */

/* Past any markup at s: tags, end tags, comments, declarations. */
static size_t skip_markup(const unsigned char *p, size_t len, size_t s)
{
    while (s + 1 < len && p[s] == '<') {
        unsigned char c = p[s + 1];
        if (c == '!' && s + 3 < len && p[s + 2] == '-' && p[s + 3] == '-') {
            const unsigned char *e = memmem(p + s + 4, len - s - 4, "-->", 3);
            s = e ? (size_t)(e - p) + 3 : len;
        } else if (c == '!' || c == '?') {
            const unsigned char *e = memchr(p + s, '>', len - s);
            s = e ? (size_t)(e - p) + 1 : len;
        } else if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            size_t i = s + 1;
            unsigned char q = 0;
            for (; i < len; i++) {
                if (q) {
                    if (p[i] == q)
                        q = 0;
                } else if (p[i] == '"' || p[i] == '\'') {
                    /* quotes count inside a tag's attributes only */
                    if (i > s + 1 && (p[i - 1] == '=' || is_space(p[i - 1])))
                        q = p[i];
                } else if (p[i] == '>') {
                    break;
                }
            }
            s = i < len ? i + 1 : len;
        } else {
            break;
        }
    }
    return s;
}

static size_t put_utf8(char *o, unsigned long c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The reference at p[0] == '&' as the parser reads it: &#N; &#xH; (the ';'
 * optional) and &name; for the HTML 4 names.  Returns the bytes it takes
 * (0: not a reference the parser decodes), its text in out, *numeric. */
static size_t decode_ref(const unsigned char *p, size_t avail, char out[8], size_t *olen,
                         int *numeric)
{
    *olen = 0;
    *numeric = 0;
    if (avail < 3)
        return 0;
    if (p[1] == '#') {
        int hex = avail > 2 && (p[2] == 'x' || p[2] == 'X');
        size_t i = hex ? 3 : 2, start = i;
        unsigned long v = 0;
        while (i < avail && i - start < 10) {
            unsigned char c = p[i];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + (unsigned long)d;
            i++;
        }
        if (i == start)
            return 0;
        if (i < avail && p[i] == ';')
            i++;
        *numeric = 1;
        *olen = put_utf8(out, v);
        return i;
    }
    char name[40];
    size_t i = 1;
    while (i < avail && i - 1 < sizeof name - 1 &&
           ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
            (p[i] >= '0' && p[i] <= '9')))
        i++;
    if (i == 1 || i >= avail || p[i] != ';')
        return 0;
    memcpy(name, p + 1, i - 1);
    name[i - 1] = '\0';
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e)
        return 0;
    *olen = put_utf8(out, e->value);
    return i + 1;
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Where text that could not be aligned ends: the next tag, or for raw text
 * the element's end tag. */
static size_t resync(const hb *b, size_t s, const xmlNode *parent, int raw)
{
    if (raw && parent && parent->name) {
        size_t nl = strlen((const char *)parent->name);
        for (size_t i = s; i + 2 + nl <= b->len; i++)
            if (b->scan[i] == '<' && b->scan[i + 1] == '/' &&
                strncasecmp((const char *)b->scan + i + 2, (const char *)parent->name, nl) == 0)
                return i;
        return b->len;
    }
    const unsigned char *e = memchr(b->scan + s, '<', b->len - s);
    return e ? (size_t)(e - b->scan) : b->len;
}

/* Can text t start at s: its first character as written there (itself, a
 * reference, a CR for its LF)? */
static int starts_here(const hb *b, const unsigned char *t, size_t n, size_t s, int raw)
{
    unsigned char c = b->scan[s];
    if (c == t[0] && (raw || c != '&'))
        return 1;
    if (c == '\r' && t[0] == '\n')
        return 1;
    if (c == '&' && !raw) {
        char dec[8];
        size_t dl;
        int numeric;
        size_t k = decode_ref(b->scan + s, b->len - s, dec, &dl, &numeric);
        return (k && dl <= n && memcmp(t, dec, dl) == 0) || t[0] == '&' || (k && numeric);
    }
    return 0;
}

enum { FIND_WINDOW = 1 << 16, FIND_MIN = 3, FIND_MAX = 32 };

/* The first occurrence of t's leading bytes (up to a reference or a CR,
 * at least FIND_MIN of them) in the FIND_WINDOW bytes after from, markup
 * included; (size_t)-1 when none. */
static size_t find_prefix(const hb *b, const unsigned char *t, size_t n, size_t from)
{
    size_t k = 0;
    while (k < n && k < FIND_MAX && t[k] != '&' && t[k] != '\r' && t[k] != '\n')
        k++;
    if (k < FIND_MIN || from >= b->len)
        return (size_t)-1;
    size_t avail = b->len - from < FIND_WINDOW ? b->len - from : FIND_WINDOW;
    const unsigned char *hit = memmem(b->scan + from, avail, t, k);
    return hit ? (size_t)(hit - b->scan) : (size_t)-1;
}

/* Align the text node t[0..n) from the cursor; emit it when visible. */
static void align_text(hb *b, const unsigned char *t, size_t n, const xmlNode *parent,
                       int visible, int keep_space)
{
    int raw = name_in(parent, rawtext);
    size_t s = b->cur;
    /* Find where the node starts: after markup, perhaps after white space
     * the parser did not keep as a node. */
    for (;;) {
        s = skip_markup(b->scan, b->len, s);
        if (s >= b->len || n == 0)
            break;
        if (b->scan[s] == t[0] || (!raw && b->scan[s] == '&') ||
            (b->scan[s] == '\r' && t[0] == '\n'))
            break;
        if (!is_space(b->scan[s]))
            break;
        s++;
    }
    if (n > 0 && s < b->len && !starts_here(b, t, n, s, raw)) {
        /* Not where expected: markup the parser read as text ("<!x>"), or
         * a node it made up.  Look a little further for its first bytes. */
        size_t at = find_prefix(b, t, n, b->cur);
        if (at == (size_t)-1) {
            /* Keep the text, mapped to here; the cursor stays, so the
             * nodes after it are not thrown out of step. */
            if (visible)
                visible_folded(b, s, 0, (const char *)t, n, keep_space);
            return;
        }
        s = at;
    }
    size_t i = 0;
    while (i < n && s < b->len) {
        unsigned char c = b->scan[s];
        if (c == t[i] && c != '&' && c != '\r') {
            size_t j = 0;
            while (i + j < n && s + j < b->len && b->scan[s + j] == t[i + j] &&
                   b->scan[s + j] != '&' && b->scan[s + j] != '\r')
                j++;
            if (visible)
                visible_run(b, s, j, keep_space);
            i += j;
            s += j;
            continue;
        }
        if (c == '\r' && (t[i] == '\n' || t[i] == '\r')) {
            size_t k = (s + 1 < b->len && b->scan[s + 1] == '\n' && t[i] == '\n') ? 2 : 1;
            if (visible)
                visible_folded(b, s, k, "\n", 1, keep_space);
            i++;
            s += k;
            continue;
        }
        if (c == '&' && !raw) {
            char dec[8];
            size_t dl;
            int numeric;
            size_t k = decode_ref(b->scan + s, b->len - s, dec, &dl, &numeric);
            if (k && dl && i + dl <= n && memcmp(t + i, dec, dl) == 0) {
                if (visible)
                    visible_folded(b, s, k, dec, dl, keep_space);
                i += dl;
                s += k;
                continue;
            }
            if (t[i] == '&') {
                if (visible)
                    visible_run(b, s, 1, keep_space);
                i++;
                s++;
                continue;
            }
            if (k && numeric) {
                /* The parser read the reference its own way (or dropped it). */
                size_t cl = t[i] >= 0x80 ? utf8_len(t[i]) : 0;
                if (cl && i + cl <= n && visible)
                    visible_folded(b, s, k, (const char *)t + i, cl, keep_space);
                i += cl;
                s += k;
                continue;
            }
        }
        break;   /* the bytes and the node disagree */
    }
    if (i < n) {
        /* Keep the rest, mapped to where it should have been. */
        if (visible)
            visible_folded(b, s < b->len ? s : b->len, 0, (const char *)t + i, n - i, keep_space);
        s = resync(b, s < b->len ? s : b->len, parent, raw);
    }
    b->cur = s;
}

/* ---- three passes over the page ------------------------------------------ */

/* The page is parsed as a stream (corpus/htmlstream), never held whole.
 * Pass 1 finds the main content: <main>; else the longest <article> not
 * inside another (by the length of its text outside dropped elements);
 * else the page's first element.  Pass 2, only when that content is a
 * <main> or an <article> without a <h1> of its own, finds the last visible
 * <h1> before it, kept as the headline.  Pass 3 lays out the visible text.
 * Elements are known across passes by their serial number. */

enum { PASS_ROOT, PASS_LEAD, PASS_TEXT };

/* An element and its ancestors, outermost first, by serial. */
typedef struct chain {
    unsigned long *s;
    size_t n;
} chain;

/* What pass 1 chose, for passes 2 and 3. */
typedef struct choice {
    unsigned long root, lead;   /* serials; 0: none */
    int content;                /* root is a <main> or an <article> */
    int has_h1;                 /* a <h1> inside it */
    chain anc;                  /* root and its ancestors */
} choice;

typedef struct pass {
    int kind;
    int oom;
    unsigned long serial;
    einfo top;                  /* the document, as a parent */
    unsigned long prev;         /* the element sibling before the one starting */
    long li_before;             /* <li> siblings before it */
    const choice *ch;
    size_t next_anc;            /* passes 2, 3: the next of ch->anc to meet */
    /* pass 1 */
    unsigned long main, cand, best, first;
    size_t cand_len, best_len;
    int main_h1, cand_h1, best_h1;
    chain main_anc, best_anc;
    /* pass 2 */
    unsigned long lead;
    /* pass 3 */
    hb *b;
    unsigned long last_li;
    long last_li_num;
} pass;

static einfo *info(pass *p, const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->_private ? n->_private : &p->top;
}

static int chain_of(const xmlNode *el, chain *c)
{
    free(c->s);
    c->n = 0;
    for (const xmlNode *n = el; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        c->n++;
    c->s = malloc(c->n * sizeof *c->s);
    if (!c->s)
        return 0;
    size_t i = c->n;
    for (const xmlNode *n = el; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        c->s[--i] = ((const einfo *)n->_private)->serial;
    return 1;
}

static void root_start(pass *p, const xmlNode *el, einfo *e, const einfo *par)
{
    if (!p->first && el->parent && el->parent->type != XML_ELEMENT_NODE)
        p->first = e->serial;   /* xmlDocGetRootElement */
    e->in_main = par->in_main;
    e->in_cand = par->in_cand;
    e->dropname = par->dropname || name_in(el, dropped);
    if (is(el, "h1")) {
        if (par->in_main)
            p->main_h1 = 1;
        if (par->in_cand)
            p->cand_h1 = 1;
    }
    if (!p->main && is(el, "main") && !hidden(el)) {
        p->main = e->serial;
        e->in_main = 1;
        if (!chain_of(el, &p->main_anc))
            p->oom = 1;
    }
    if (is(el, "article") && !par->article && !hidden(el)) {
        p->cand = e->serial;
        p->cand_len = 0;
        p->cand_h1 = 0;
        e->in_cand = 1;
        e->dropname = 0;
    }
}

static void root_end(pass *p, const xmlNode *el, const einfo *e)
{
    if (!p->cand || e->serial != p->cand)
        return;
    if (p->cand_len > p->best_len) {
        p->best = p->cand;
        p->best_len = p->cand_len;
        p->best_h1 = p->cand_h1;
        if (!chain_of(el, &p->best_anc))
            p->oom = 1;
    }
    p->cand = 0;
}

/* 1: stop, the content begins. */
static int lead_start(pass *p, const xmlNode *el, einfo *e, const einfo *par)
{
    if (e->serial == p->ch->root)
        return 1;
    e->hide = par->hide || (!e->content_anc && drops(el, par, 0));
    if (is(el, "h1") && !e->content_anc && !e->hide)
        p->lead = e->serial;
    return 0;
}

static long li_number(pass *p, const xmlNode *li)
{
    long num;
    if (p->prev && p->prev == p->last_li) {
        num = p->last_li_num + 1;
    } else {
        num = 1;
        xmlChar *st = li->parent ? xmlGetProp(li->parent, (const xmlChar *)"start") : NULL;
        if (st) {
            long v = strtol((const char *)st, NULL, 10);
            if (v > 0 && v < 100000)
                num = v;
            xmlFree(st);
        }
        num += p->li_before;
    }
    p->last_li = ((const einfo *)li->_private)->serial;
    p->last_li_num = num;
    return num;
}

static void text_start(pass *p, const xmlNode *el, einfo *e, const einfo *par)
{
    hb *b = p->b;
    int in_content = par->in_root && e->serial != p->ch->lead;
    e->in_root = par->in_root || e->serial == p->ch->root || e->serial == p->ch->lead;
    e->dropped = par->dropped || (!e->content_anc && drops(el, par, in_content));
    int show = e->in_root && !e->dropped;
    e->in_pre = par->in_pre || (show && is(el, "pre"));
    if (!show)
        return;
    if (is(el, "br")) {
        /* one <br> breaks a line; two in a row end a paragraph */
        request_break(b, b->pending_break == 1 ? 2 : 1);
    } else if (is(el, "li")) {
        request_break(b, 2);
        if (is(el->parent, "ol")) {
            snprintf(b->markerbuf, sizeof b->markerbuf, "%ld. ", li_number(p, el));
            b->pending_marker = b->markerbuf;
        } else {
            b->pending_marker = "\xE2\x80\xA2 ";   /* "• " */
        }
    } else if (is(el, "td") || is(el, "th")) {
        /* cells of a row stay on one line, apart */
        if (b->mb.len > 0 && !b->pending_break)
            note_space(b, b->mb.last_src_end, 0, 0);
    } else if (name_in(el, blocks)) {
        request_break(b, 2);
    }
}

static int on_start(void *ctx, xmlNode *el)
{
    pass *p = ctx;
    einfo *e = el->_private;
    einfo *par = info(p, el->parent);
    e->serial = ++p->serial;
    p->prev = par->last_child;
    p->li_before = par->li_children;
    par->last_child = e->serial;
    if (is(el, "li"))
        par->li_children++;
    e->article = par->article || is(el, "article");
    e->sectioning = par->sectioning || is(el, "article") || is(el, "section");
    if (p->ch && p->next_anc < p->ch->anc.n && p->ch->anc.s[p->next_anc] == e->serial) {
        e->content_anc = 1;
        p->next_anc++;
    }
    switch (p->kind) {
    case PASS_ROOT:
        root_start(p, el, e, par);
        break;
    case PASS_LEAD:
        return lead_start(p, el, e, par);
    default:
        text_start(p, el, e, par);
        break;
    }
    return p->oom || (p->b && p->b->mb.oom);
}

static void on_text(void *ctx, const xmlNode *t)
{
    pass *p = ctx;
    const einfo *par = info(p, t->parent);
    if (!t->content)
        return;
    size_t n = strlen((const char *)t->content);
    if (p->kind == PASS_ROOT) {
        if (t->type == XML_TEXT_NODE && par->in_cand && !par->dropname)
            p->cand_len += n;
    } else if (p->kind == PASS_TEXT && !p->b->mb.oom) {
        align_text(p->b, t->content, n, t->parent, par->in_root && !par->dropped, par->in_pre);
    }
}

static void on_end(void *ctx, xmlNode *el)
{
    pass *p = ctx;
    const einfo *e = el->_private;
    if (p->kind == PASS_ROOT)
        root_end(p, el, e);
    else if (p->kind == PASS_TEXT && e->in_root && !e->dropped && name_in(el, blocks))
        request_break(p->b, 2);
}

static int run_pass(pass *p, const unsigned char *page, size_t len, ix_err *err)
{
    ix_htmlstream_cb cb = {on_start, on_text, on_end, sizeof(einfo), p};
    int rc = ix_htmlstream_parse(page, len,
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_NONET | HTML_PARSE_NODEFDTD |
                                     HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE,
                                 &cb, err);
    if (rc == IX_OK && (p->oom || (p->b && p->b->mb.oom)))
        rc = ix_err_set(err, IX_ENOMEM, "out of memory");
    return rc;
}

/* Passes 1 and 2: what the text is laid out from.  root 0: the page has
 * no element at all. */
static int choose(const unsigned char *page, size_t len, choice *ch, ix_err *err)
{
    pass p1 = {.kind = PASS_ROOT};
    int rc = run_pass(&p1, page, len, err);
    if (rc == IX_OK) {
        ch->content = p1.main || p1.best;
        ch->root = p1.main ? p1.main : p1.best ? p1.best : p1.first;
        ch->has_h1 = p1.main ? p1.main_h1 : p1.best_h1;
        chain *keep = p1.main ? &p1.main_anc : p1.best ? &p1.best_anc : NULL;
        if (keep) {
            ch->anc = *keep;
            keep->s = NULL;
        } else if (ch->root) {
            ch->anc.s = malloc(sizeof *ch->anc.s);
            ch->anc.n = 1;
            if (ch->anc.s)
                ch->anc.s[0] = ch->root;
            else
                rc = ix_err_set(err, IX_ENOMEM, "out of memory");
        }
    }
    free(p1.main_anc.s);
    free(p1.best_anc.s);
    if (rc == IX_OK && ch->content && !ch->has_h1) {
        pass p2 = {.kind = PASS_LEAD, .ch = ch};
        rc = run_pass(&p2, page, len, err);
        ch->lead = p2.lead;
    }
    return rc;
}

/* ---- the document ---------------------------------------------------------- */

enum { MAX_BAD_WARNINGS = 20 };

/* The length of the valid UTF-8 sequence at p[i] (i < len), or 0. */
static size_t utf8_seq(const unsigned char *p, size_t i, size_t len)
{
    unsigned char c = p[i];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    int ok = k && i + k <= len;
    for (size_t j = 1; ok && j < k; j++)
        ok = (p[i + j] & 0xC0) == 0x80;
    if (ok && k == 3) {
        unsigned char d = p[i + 1];
        ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d > 0x9F);
    } else if (ok && k == 4) {
        unsigned char d = p[i + 1];
        ok = !(c == 0xF0 && d < 0x90) && !(c == 0xF4 && d > 0x8F);
    }
    return ok ? k : 0;
}

/* The page as the parser reads it, so that it reads UTF-8 throughout and
 * offsets stay the same: the bytes themselves when they are valid UTF-8
 * (no copy), else a copy with each byte of an invalid sequence replaced by
 * '?', which *copy then owns.  NULL when out of memory. */
static const unsigned char *sanitised(const unsigned char *p, size_t len, unsigned char **copy)
{
    *copy = NULL;
    size_t i = 0, k;
    while (i < len && (k = utf8_seq(p, i, len)) != 0)
        i += k;
    if (i >= len)
        return p;
    unsigned char *q = malloc(len + 1);
    if (!q)
        return NULL;
    memcpy(q, p, len);
    q[len] = '\0';
    while (i < len) {
        k = utf8_seq(q, i, len);
        if (k) {
            i += k;
        } else {
            q[i] = '?';
            i++;
        }
    }
    *copy = q;
    return q;
}

ix_doc *ix_html_doc_new(const char *path, const unsigned char *bytes, size_t len, ix_err *err)
{
    if (len == 0) {
        ix_err_set(err, IX_EINPUT, "empty file");
        return NULL;
    }
    const void *nul = memchr(bytes, '\0', len);
    if (nul) {
        ix_err_set(err, IX_EINPUT, "binary file (NUL byte at offset %zu)",
                   (size_t)((const unsigned char *)nul - bytes));
        return NULL;
    }
    if (len > (size_t)INT32_MAX) {
        ix_err_set(err, IX_EINPUT, "page too large for the HTML reader");
        return NULL;
    }
    hb b = {.src = bytes, .len = len, .mb = {.mark_gaps = 1}};
    unsigned char *copy;
    const unsigned char *scan = sanitised(bytes, len, &copy);
    if (!scan) {
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    b.scan = scan;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        b.cur = 3;
    /* UTF-8 always (the bytes were made valid above): a page's own charset
     * declaration is ignored, as the text reader ignores none. */
    ix_doc *result = NULL;
    choice ch = {0};
    int rc = choose(scan, len, &ch, err);
    if (rc == IX_OK && ch.root) {
        pass p3 = {.kind = PASS_TEXT, .ch = &ch, .b = &b};
        rc = run_pass(&p3, scan, len, err);
    }
    free(ch.anc.s);
    free(copy);
    copy = NULL;
    if (rc != IX_OK)
        goto done;
    if (!b.mb.oom && b.mb.len > 0) {
        /* the text ends its last block; its end maps to the last byte read */
        emit_layout(&b, b.mb.last_src_end, "\n");
        ix_mapbuf_mark_end(&b.mb);
    }
    if (b.mb.oom) {
        ix_err_set(err, IX_ENOMEM, "out of memory");
        goto done;
    }
    if (b.mb.len == 0) {
        ix_err_set(err, IX_EINPUT, "no text: the page has no visible content");
        goto done;
    }
    /* The document takes the text and the map (with room for its
     * sentinel) rather than a copy: a big page's text is held once. */
    if (b.mb.nmap == b.mb.mapcap) {
        ix_map_piece *m = realloc(b.mb.map, (b.mb.nmap + 1) * sizeof *m);
        if (!m) {
            ix_err_set(err, IX_ENOMEM, "out of memory");
            goto done;
        }
        b.mb.map = m;
        b.mb.mapcap = b.mb.nmap + 1;
    }
    char *text = b.mb.text;
    ix_map_piece *map = b.mb.map;
    b.mb.text = NULL;
    b.mb.map = NULL;
    result = ix_doc_adopt_mapped(path, "html", bytes, len, text, b.mb.len, map, b.mb.nmap, err);
    for (size_t i = 0; result && i < b.nbad && i < MAX_BAD_WARNINGS; i++) {
        ix_span sp = {b.bad[i], b.bad[i] + 1};
        if (ix_doc_warn(result, "invalid_utf8", sp,
                        "invalid UTF-8 at byte %zu replaced with U+FFFD", b.bad[i]) != IX_OK) {
            ix_doc_free(result);
            result = NULL;
            ix_err_set(err, IX_ENOMEM, "out of memory");
        }
    }
    if (result && b.nbad > MAX_BAD_WARNINGS) {
        ix_span none = {0, 0};
        if (ix_doc_warn(result, "invalid_utf8", none,
                        "%zu invalid UTF-8 sequences in all; only the first %d are listed",
                        b.nbad, MAX_BAD_WARNINGS) != IX_OK) {
            ix_doc_free(result);
            result = NULL;
            ix_err_set(err, IX_ENOMEM, "out of memory");
        }
    }
done:
    free(copy);
    ix_mapbuf_fini(&b.mb);
    free(b.bad);
    return result;
}
