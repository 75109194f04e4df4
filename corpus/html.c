#include "corpus/html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "pipeline/mapbuf.h"

/* How it works.
 *
 * libxml2's HTML parser (recovering, no network, errors silenced) gives the
 * DOM: which text is visible, which elements are blocks, what is the main
 * content.  It does not say where a text node's bytes are, so the text nodes
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
 * ix_doc_new_mapped then normalises pre and composes the maps, so spans land
 * in the HTML bytes.
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

typedef struct layout_ctx {
    const xmlNode *root;      /* the main content */
    const xmlNode *lead_h1;   /* a headline just before it, or NULL */
} layout_ctx;

static int inside(const xmlNode *n, const char *name)
{
    for (const xmlNode *p = n->parent; p; p = p->parent)
        if (is(p, name))
            return 1;
    return 0;
}

/* Ancestors of the content carry this mark in _private (libxml2 leaves
 * the field to applications), so asking is O(1) however deep the page.
 * Only its address is used: it is never written, so threads may share it. */
static const char content_ancestor;

static void mark_ancestors(const xmlNode *root)
{
    for (xmlNode *p = (xmlNode *)root; p; p = p->parent)
        p->_private = (void *)&content_ancestor;
}

/* Is element n (and so everything in it) left out of the text?  in_content:
 * n lies strictly inside the main content. */
static int drops(const xmlNode *n, int in_content)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (n->_private == &content_ancestor)
        return 0;   /* the content and what holds it are never dropped */
    if (name_in(n, dropped) || hidden(n))
        return 1;
    /* A page's header and footer are chrome; an article's or a section's
     * own are part of it (HTML: they belong to the nearest sectioning
     * element, and <main> is not one). */
    if ((is(n, "header") || is(n, "footer")) && !inside(n, "article") && !inside(n, "section"))
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

/* ---- walking the tree -------------------------------------------------- */

static size_t text_length(const xmlNode *n)
{
    size_t total = 0;
    const xmlNode *p = n->children;
    while (p && p != n) {
        if (p->type == XML_TEXT_NODE && p->content)
            total += strlen((const char *)p->content);
        if (p->type == XML_ELEMENT_NODE && p->children && !name_in(p, dropped)) {
            p = p->children;
            continue;
        }
        while (p && p != n && !p->next)
            p = p->parent;
        if (p && p != n)
            p = p->next;
    }
    return total;
}

/* The next node in document order after n's subtree (NULL at the end). */
static const xmlNode *after(const xmlNode *n)
{
    while (n && !n->next)
        n = n->parent;
    return n ? n->next : NULL;
}

static const xmlNode *next_node(const xmlNode *n)
{
    if (n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    return after(n);
}

/* The main content: <main>; else the longest <article> not inside another;
 * else <body>.  And a <h1> just before it when it has none of its own. */
static layout_ctx choose_root(xmlDoc *doc)
{
    layout_ctx lc = {NULL, NULL};
    const xmlNode *body = NULL, *main_el = NULL, *best = NULL;
    size_t best_len = 0;
    for (const xmlNode *n = doc->children; n; n = next_node(n)) {
        if (is(n, "body") && !body)
            body = n;
        if (is(n, "main") && !main_el && !hidden(n))
            main_el = n;
        if (is(n, "article") && !inside(n, "article") && !hidden(n)) {
            size_t l = text_length(n);
            if (l > best_len) {
                best = n;
                best_len = l;
            }
        }
    }
    /* Without either, the whole page: what a recovering parser finds after
     * </body> or </html> lands outside <body>, and is still text. */
    const xmlNode *page = xmlDocGetRootElement(doc);
    lc.root = main_el ? main_el : best ? best : page ? page : body;
    mark_ancestors(lc.root);
    if (!lc.root || !(lc.root == main_el || lc.root == best))
        return lc;
    /* Has the content its own headline? */
    for (const xmlNode *n = lc.root->children; n && n != after(lc.root); n = next_node(n))
        if (is(n, "h1"))
            return lc;
    /* The last visible <h1> before it. */
    for (const xmlNode *n = doc->children; n && n != lc.root; n = next_node(n)) {
        if (!is(n, "h1") || n->_private == &content_ancestor)
            continue;
        int shown = 1;
        for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent)
            if (drops(p, 0))
                shown = 0;
        if (shown)
            lc.lead_h1 = n;
    }
    return lc;
}

typedef struct walk {
    hb *b;
    layout_ctx lc;
    int in_root;      /* inside the content (or the lead headline) */
    int dropped;      /* inside a dropped element */
    int in_pre;
    const xmlNode *last_li;
    long last_li_num;
} walk;

static int shows(const walk *w)
{
    return w->in_root > 0 && w->dropped == 0;
}

static long li_number(walk *w, const xmlNode *li)
{
    const xmlNode *prev = li->prev;
    while (prev && prev->type != XML_ELEMENT_NODE)
        prev = prev->prev;
    long num;
    if (prev && prev == w->last_li) {
        num = w->last_li_num + 1;
    } else {
        num = 1;
        xmlChar *st = li->parent ? xmlGetProp(li->parent, (const xmlChar *)"start") : NULL;
        if (st) {
            long v = strtol((const char *)st, NULL, 10);
            if (v > 0 && v < 100000)
                num = v;
            xmlFree(st);
        }
        for (const xmlNode *p = prev; p; p = p->prev)
            if (is(p, "li"))
                num++;
    }
    w->last_li = li;
    w->last_li_num = num;
    return num;
}

static void enter(walk *w, const xmlNode *n)
{
    hb *b = w->b;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            align_text(b, n->content, strlen((const char *)n->content), n->parent,
                       shows(w), w->in_pre > 0);
        return;
    }
    if (n->type != XML_ELEMENT_NODE)
        return;
    int in_content = w->in_root > 0 && n != w->lc.lead_h1;
    if (n == w->lc.root || n == w->lc.lead_h1)
        w->in_root++;
    if (drops(n, in_content))
        w->dropped++;
    if (!shows(w))
        return;
    if (is(n, "pre"))
        w->in_pre++;
    if (is(n, "br")) {
        /* one <br> breaks a line; two in a row end a paragraph */
        request_break(b, b->pending_break == 1 ? 2 : 1);
    } else if (is(n, "li")) {
        request_break(b, 2);
        if (is(n->parent, "ol")) {
            snprintf(b->markerbuf, sizeof b->markerbuf, "%ld. ", li_number(w, n));
            b->pending_marker = b->markerbuf;
        } else {
            b->pending_marker = "\xE2\x80\xA2 ";   /* "• " */
        }
    } else if (is(n, "td") || is(n, "th")) {
        /* cells of a row stay on one line, apart */
        if (b->mb.len > 0 && !b->pending_break)
            note_space(b, b->mb.last_src_end, 0, 0);
    } else if (name_in(n, blocks)) {
        request_break(b, 2);
    }
}

static void leave(walk *w, const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return;
    hb *b = w->b;
    if (shows(w)) {
        if (is(n, "pre"))
            w->in_pre--;
        if (name_in(n, blocks))
            request_break(b, 2);
    }
    if (n == w->lc.root || n == w->lc.lead_h1)
        w->in_root--;
    int in_content = w->in_root > 0 && n != w->lc.lead_h1;
    if (drops(n, in_content))
        w->dropped--;
}

static void walk_doc(walk *w, xmlDoc *doc)
{
    const xmlNode *n = doc->children;
    while (n && !w->b->mb.oom) {
        enter(w, n);
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        leave(w, n);
        while (n && !n->next) {
            n = n->parent;
            if (!n || n->type == XML_HTML_DOCUMENT_NODE || n->type == XML_DOCUMENT_NODE) {
                n = NULL;
                break;
            }
            leave(w, n);
        }
        if (n)
            n = n->next;
    }
}

/* ---- the document ---------------------------------------------------------- */

enum { MAX_BAD_WARNINGS = 20 };

/* A copy with each byte of an invalid UTF-8 sequence replaced by '?', so the
 * parser reads the page as UTF-8 throughout and offsets stay the same. */
static unsigned char *sanitise(const unsigned char *p, size_t len)
{
    unsigned char *q = malloc(len + 1);
    if (!q)
        return NULL;
    memcpy(q, p, len);
    q[len] = '\0';
    size_t i = 0;
    while (i < len) {
        unsigned char c = q[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        int ok = k && i + k <= len;
        for (size_t j = 1; ok && j < k; j++)
            ok = (q[i + j] & 0xC0) == 0x80;
        if (ok && k == 3) {
            unsigned char d = q[i + 1];
            ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d > 0x9F);
        } else if (ok && k == 4) {
            unsigned char d = q[i + 1];
            ok = !(c == 0xF0 && d < 0x90) && !(c == 0xF4 && d > 0x8F);
        }
        if (ok) {
            i += k;
        } else {
            q[i] = '?';
            i++;
        }
    }
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
    unsigned char *scan = sanitise(bytes, len);
    if (!scan) {
        ix_err_set(err, IX_ENOMEM, "out of memory");
        return NULL;
    }
    b.scan = scan;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        b.cur = 3;
    /* UTF-8 always (the bytes were made valid above): a page's own charset
     * declaration is ignored, as the text reader ignores none. */
    xmlDoc *doc = htmlReadMemory((const char *)scan, (int)len, NULL, "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_NONET | HTML_PARSE_NODEFDTD |
                                     HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    ix_doc *result = NULL;
    if (!doc) {
        ix_err_set(err, IX_EINPUT, "not readable as HTML");
        goto done;
    }
    walk w = {.b = &b, .lc = choose_root(doc)};
    walk_doc(&w, doc);
    /* The tree and the scanned copy are done with: free them before the
     * document is built, to keep the peak down on a big page. */
    xmlFreeDoc(doc);
    doc = NULL;
    free(scan);
    scan = NULL;
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
    result = ix_doc_new_mapped(path, "html", bytes, len, b.mb.text, b.mb.len, b.mb.map, b.mb.nmap, err);
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
    xmlFreeDoc(doc);
    free(scan);
    ix_mapbuf_fini(&b.mb);
    free(b.bad);
    return result;
}
