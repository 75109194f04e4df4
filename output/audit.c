#include "output/audit.h"

#include <dirent.h>
#include <errno.h>
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "corpus/input.h"
#include "output/json.h"

/* ---- the fields --------------------------------------------------------- */

typedef enum field_kind { OBJECT, LIST } field_kind;

typedef struct field_def {
    const char *name;   /* as reported and as given to --only */
    const char *key;    /* top-level key of the record */
    const char *sub;    /* LIST inside an object (recommendations.items) */
    const char *skip;   /* OBJECT: a key compared elsewhere or never */
    field_kind kind;
    int counted;        /* in the table and the totals */
    const char *judged; /* LIST: a key left out of the pairing and judged
                           on the pairs instead (quotes: speaker) */
    int by_scope;       /* LIST: also counted as overall / domain rows */
} field_def;

/* source is compared (an expected record made from other bytes is worth
 * knowing about) but is not an extracted field, so it stays out of the
 * table. */
static const field_def defs[] = {
    {"source", "source", NULL, "path", OBJECT, 0, NULL, 0},
    {"title", "title", NULL, NULL, OBJECT, 1, NULL, 0},
    {"genre", "genre", NULL, NULL, OBJECT, 1, NULL, 0},
    {"inspectorate", "inspectorate", NULL, NULL, OBJECT, 1, NULL, 0},
    {"subjects", "subjects", NULL, NULL, LIST, 1, NULL, 0},
    {"ratings", "ratings", NULL, NULL, LIST, 1, NULL, 1},
    {"dates", "dates", NULL, NULL, LIST, 1, NULL, 0},
    {"caseloads", "caseloads", NULL, NULL, LIST, 1, NULL, 0},
    {"figures", "figures", NULL, NULL, LIST, 1, NULL, 0},
    {"quotes", "quotes", NULL, NULL, LIST, 1, "speaker", 0},
    {"recommendations", "recommendations", NULL, "items", OBJECT, 1, NULL, 0},
    {"recommendations.items", "recommendations", "items", NULL, LIST, 1, NULL, 0},
    {"warnings", "warnings", NULL, NULL, LIST, 1, NULL, 0},
};
enum { NDEFS = sizeof defs / sizeof defs[0] };

const char *const ix_audit_fields[] = {
    "source", "title", "genre", "inspectorate", "subjects", "ratings", "dates",
    "caseloads", "figures", "quotes", "recommendations", "recommendations.items",
    "warnings",
};
const size_t ix_audit_nfields = sizeof ix_audit_fields / sizeof ix_audit_fields[0];

/* Rows derived from a field: ratings by scope, quotes' speakers. */
enum { ROW_OVERALL, ROW_DOMAIN, ROW_JUDGED, NROWS };

struct ix_audit {
    int on[NDEFS];
    ix_audit_count count[NDEFS];
    ix_audit_count derived[NDEFS][NROWS];
    size_t docs[NDEFS], docs_right[NDEFS];  /* OBJECT fields, per document */
};

static int def_index(const char *name)
{
    for (int i = 0; i < NDEFS; i++)
        if (strcmp(defs[i].name, name) == 0)
            return i;
    return -1;
}

ix_audit *ix_audit_new(const char *only, ix_err *err)
{
    int pick = -1;
    if (only) {
        pick = def_index(only);
        if (pick < 0) {
            ix_err_set(err, IX_EUSAGE, "unknown field '%s'", only);
            return NULL;
        }
    }
    ix_audit *a = calloc(1, sizeof *a);
    if (!a) {
        ix_err_set(err, IX_ENOMEM, "audit: out of memory");
        return NULL;
    }
    for (int i = 0; i < NDEFS; i++)
        a->on[i] = pick < 0 || i == pick ||
                   (strcmp(defs[pick].name, "recommendations") == 0 &&
                    strcmp(defs[i].key, "recommendations") == 0);
    return a;
}

void ix_audit_free(ix_audit *a)
{
    free(a);
}

int ix_audit_compares(const ix_audit *a, const char *field)
{
    int i = def_index(field);
    return i >= 0 && a->on[i];
}

/* ---- comparing values --------------------------------------------------- */

static int numbers_equal(double x, double y)
{
    double scale = fmax(1.0, fmax(fabs(x), fabs(y)));
    return fabs(x - y) <= 1e-9 * scale;
}

/* The next character of s for comparing text as a reader sees it: a run of
 * white space is one space, typographic quotes and dashes are their plain
 * forms; 0 at the end.  Advances *s. */
static int folded_char(const char **s)
{
    const unsigned char *p = (const unsigned char *)*s;
    if (!*p)
        return 0;
    if (isspace(*p)) {
        while (isspace(*p))
            p++;
        *s = (const char *)p;
        return *p ? ' ' : 0;
    }
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2]) {
        int c = 0;
        switch (p[2]) {
        case 0x98: case 0x99: case 0x9B: c = '\''; break;  /* ‘ ’ ‛ */
        case 0x9C: case 0x9D: case 0x9F: c = '"'; break;   /* “ ” ‟ */
        case 0x93: case 0x94: case 0x90: case 0x91: c = '-'; break;
        }
        if (c) {
            *s = (const char *)p + 3;
            return c;
        }
    }
    if (p[0] == 0xC2 && p[1] == 0xA0) {   /* no-break space */
        *s = (const char *)p + 2;
        while (isspace((unsigned char)**s))
            (*s)++;
        return **s ? ' ' : 0;
    }
    *s = (const char *)p + 1;
    return *p;
}

/* Do strings e and g read the same (folded as above; caseless when asked)?
 * With prefix, e need only begin g. */
static int texts_agree(const char *e, const char *g, int caseless, int prefix)
{
    while (isspace((unsigned char)*e))
        e++;
    while (isspace((unsigned char)*g))
        g++;
    for (;;) {
        int a = folded_char(&e), b = folded_char(&g);
        if (caseless && a < 128 && b < 128) {
            a = tolower(a);
            b = tolower(b);
        }
        if (a == 0)
            return b == 0 || prefix;
        if (a != b)
            return 0;
    }
}

/* s past a leading article ("the report", "a spokesperson"). */
static const char *past_article(const char *s)
{
    static const char *const articles[] = {"the ", "a ", "an "};
    for (size_t i = 0; i < sizeof articles / sizeof *articles; i++)
        if (strncasecmp(s, articles[i], strlen(articles[i])) == 0)
            return s + strlen(articles[i]);
    return s;
}

/* ---- names of bodies ---------------------------------------------------- */

/* Words that name no body ("the", "of") and acronyms spelled out, so that
 * "Exmoor CRC" and "the Exmoor Community Rehabilitation Company" are one
 * name.  Extend here. */
static const char *const NAME_NOISE[] = {
    "the", "of", "for", "and", "in", "hm", "her", "his", "majesty", "majestys", "s", NULL,
};
static const struct { const char *abbr, *words; } NAME_EXPANSIONS[] = {
    {"crc", "community rehabilitation company"},
    {"nps", "national probation service"},
    {"pdu", "probation delivery unit"},
    {"yos", "youth offending service"},
    {"yot", "youth offending team"},
    {"yjs", "youth justice service"},
    {"hmp", "prison"},
    {"hmyoi", "young offender institution"},
    {"yoi", "young offender institution"},
    {"irc", "immigration removal centre"},
    {"nhs", "nhs"},
};

enum { NAME_WORDS = 48, NAME_WORD_LEN = 32 };
typedef struct name_words {
    char w[NAME_WORDS][NAME_WORD_LEN];
    int n;
} name_words;

static void name_word_add(name_words *nw, const char *w, size_t len)
{
    if (len == 0 || len >= NAME_WORD_LEN || nw->n == NAME_WORDS)
        return;
    char buf[NAME_WORD_LEN];
    memcpy(buf, w, len);
    if (len > 3 && buf[len - 1] == 's' && buf[len - 2] != 's')
        len--;          /* "Services" is "Service" */
    buf[len] = '\0';
    for (int i = 0; NAME_NOISE[i]; i++)
        if (strcmp(buf, NAME_NOISE[i]) == 0)
            return;
    for (size_t i = 0; i < sizeof NAME_EXPANSIONS / sizeof NAME_EXPANSIONS[0]; i++)
        if (strcmp(buf, NAME_EXPANSIONS[i].abbr) == 0 &&
            strcmp(buf, NAME_EXPANSIONS[i].words) != 0) {
            const char *x = NAME_EXPANSIONS[i].words;
            while (*x) {
                size_t k = strcspn(x, " ");
                name_word_add(nw, x, k);
                x += k + (x[k] == ' ');
            }
            return;
        }
    for (int i = 0; i < nw->n; i++)
        if (strcmp(nw->w[i], buf) == 0)
            return;
    memcpy(nw->w[nw->n++], buf, len + 1);
}

/* The words of a body's name: lower case, letters and digits, apostrophes
 * dropped ("King's" -> "kings"). */
static void name_words_of(const char *s, name_words *nw)
{
    char word[NAME_WORD_LEN * 2];
    size_t len = 0;
    nw->n = 0;
    for (const unsigned char *p = (const unsigned char *)s;; p++) {
        if (*p == '\'' || (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99)) {
            if (*p != '\'')
                p += 2;
            continue;
        }
        if (*p && (isalnum(*p) || *p >= 0x80)) {
            if (len < sizeof word - 1)
                word[len++] = (char)tolower(*p);
            continue;
        }
        name_word_add(nw, word, len);
        len = 0;
        if (!*p)
            break;
    }
}

static int words_within(const name_words *a, const name_words *b)
{
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int j = 0; j < b->n && !found; j++)
            found = strcmp(a->w[i], b->w[j]) == 0;
        if (!found)
            return 0;
    }
    return a->n > 0;
}

/* One body's name written two ways: the words of one are all words of the
 * other. */
static int names_agree(const char *x, const char *y)
{
    name_words a, b;
    name_words_of(x, &a);
    name_words_of(y, &b);
    return words_within(&a, &b) || words_within(&b, &a);
}

/* Does expected name e name produced subject g (by name or short name)? */
static int names_subject(const char *e, const cJSON *g)
{
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(g, "name");
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(g, "short");
    return (cJSON_IsString(n) && names_agree(e, n->valuestring)) ||
           (cJSON_IsString(s) && names_agree(e, s->valuestring));
}

/* A subject id as records write it ("s1")? */
static int is_subject_id(const char *s)
{
    if (s[0] != 's' || !s[1])
        return 0;
    for (const char *p = s + 1; *p; p++)
        if (!isdigit((unsigned char)*p))
            return 0;
    return 1;
}

static const cJSON *subject_by_id(const cJSON *record, const char *id)
{
    const cJSON *subs = cJSON_GetObjectItemCaseSensitive(record, "subjects");
    const cJSON *c;
    cJSON_ArrayForEach(c, subs) {
        const cJSON *i = cJSON_GetObjectItemCaseSensitive(c, "id");
        if (cJSON_IsString(i) && strcmp(i->valuestring, id) == 0)
            return c;
    }
    return NULL;
}

/* ---- agreement ---------------------------------------------------------- */

/* What a comparison needs beyond the two values: the produced record (to
 * read the subject a `subject` id stands for) and the list field compared. */
typedef struct cmp_ctx {
    const cJSON *produced;
    const field_def *field;
} cmp_ctx;

static int agrees(const cJSON *e, const cJSON *g, const char *skip, const cmp_ctx *cx);

/* Keys of an expected item that are read by a rule of their own, for
 * expected records written by hand from a text:
 * - `text_prefix`: the produced `text` begins with it;
 * - `name` of a subject: the produced name or short name names the same
 *   body (names_agree);
 * - `subject` that is a name, not an id: the produced item's subject has
 *   that name;
 * - `speaker`: the same name, caseless, a leading article aside.
 * Returns -1 when key has no rule of its own. */
static int key_agrees(const char *key, const cJSON *e, const cJSON *gobj, const cmp_ctx *cx)
{
    if (strcmp(key, "text_prefix") == 0) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(gobj, "text");
        return cJSON_IsString(e) && cJSON_IsString(t) &&
               texts_agree(e->valuestring, t->valuestring, 0, 1);
    }
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(gobj, key);
    if (strcmp(key, "name") == 0 && cx && cx->field && strcmp(cx->field->key, "subjects") == 0)
        return cJSON_IsString(e) && names_subject(e->valuestring, gobj);
    if (strcmp(key, "subject") == 0 && cJSON_IsString(e) && !is_subject_id(e->valuestring)) {
        const cJSON *sub = cJSON_IsString(g) && cx ? subject_by_id(cx->produced, g->valuestring)
                                                   : NULL;
        return sub && names_subject(e->valuestring, sub);
    }
    if (strcmp(key, "speaker") == 0 && cJSON_IsString(e))
        return cJSON_IsString(g) &&
               texts_agree(past_article(e->valuestring), past_article(g->valuestring), 1, 0);
    return -1;
}

/* Does produced value g agree with expected value e on every key e has?
 * `rule` is never compared; `skip` (at this level only) neither. */
static int agrees(const cJSON *e, const cJSON *g, const char *skip, const cmp_ctx *cx)
{
    if (!g)
        return 0;
    if (cJSON_IsObject(e)) {
        if (!cJSON_IsObject(g))
            return 0;
        const cJSON *c;
        cJSON_ArrayForEach(c, e) {
            if (strcmp(c->string, "rule") == 0 || (skip && strcmp(c->string, skip) == 0))
                continue;
            int k = key_agrees(c->string, c, g, cx);
            if (k < 0)
                k = agrees(c, cJSON_GetObjectItemCaseSensitive(g, c->string), NULL, NULL);
            if (!k)
                return 0;
        }
        return 1;
    }
    if (cJSON_IsArray(e)) {
        if (!cJSON_IsArray(g) || cJSON_GetArraySize(e) != cJSON_GetArraySize(g))
            return 0;
        const cJSON *gc = g->child;
        const cJSON *c;
        cJSON_ArrayForEach(c, e) {
            if (!agrees(c, gc, NULL, NULL))
                return 0;
            gc = gc->next;
        }
        return 1;
    }
    if (cJSON_IsNumber(e))
        return cJSON_IsNumber(g) && numbers_equal(e->valuedouble, g->valuedouble);
    if (cJSON_IsString(e))
        return cJSON_IsString(g) && texts_agree(e->valuestring, g->valuestring, 0, 0);
    if (cJSON_IsBool(e))
        return cJSON_IsBool(g) && cJSON_IsTrue(e) == cJSON_IsTrue(g);
    if (cJSON_IsNull(e))
        return cJSON_IsNull(g);
    return 0;
}

/* ---- printing one value ------------------------------------------------- */

enum { MAX_SHOWN = 72 };

/* Shorten long strings (at a UTF-8 boundary) so each difference stays one
 * readable line; drop `skip` at the top level. */
static void shorten(cJSON *v, const char *skip, int top)
{
    cJSON *c = v ? v->child : NULL;
    while (c) {
        cJSON *next = c->next;
        if (top && skip && c->string && strcmp(c->string, skip) == 0) {
            cJSON_DeleteItemFromObjectCaseSensitive(v, skip);
        } else if (cJSON_IsString(c) && strlen(c->valuestring) > MAX_SHOWN) {
            size_t cut = MAX_SHOWN - 3;
            while (cut > 0 && ((unsigned char)c->valuestring[cut] & 0xC0) == 0x80)
                cut--;
            memcpy(c->valuestring + cut, "...", 4);
        } else {
            shorten(c, NULL, 0);
        }
        c = next;
    }
    if (cJSON_IsString(v) && strlen(v->valuestring) > MAX_SHOWN) {
        size_t cut = MAX_SHOWN - 3;
        while (cut > 0 && ((unsigned char)v->valuestring[cut] & 0xC0) == 0x80)
            cut--;
        memcpy(v->valuestring + cut, "...", 4);
    }
}

static int show(FILE *out, const char *what, const char *field, const cJSON *v, const char *skip)
{
    if (!out)
        return IX_OK;
    cJSON *copy = cJSON_Duplicate(v, 1);
    if (!copy)
        return IX_ENOMEM;
    shorten(copy, skip, 1);
    char *s = cJSON_PrintUnformatted(copy);
    cJSON_Delete(copy);
    if (!s)
        return IX_ENOMEM;
    fprintf(out, "  %-7s %-22s %s\n", what, field, s);
    cJSON_free(s);
    return IX_OK;
}

/* ---- one field ---------------------------------------------------------- */

/* Maximum matching of expected items to produced items (Kuhn's augmenting
 * paths) over the agreement matrix.  Lists in records are short; a very
 * long pair of lists falls back to first fit. */
typedef struct matcher {
    const unsigned char *adj;  /* ne x ng */
    size_t ne, ng;
    long *owner;               /* produced j -> expected i, or -1 */
    unsigned char *seen;
} matcher;

static int augment(matcher *m, size_t i, int depth)
{
    for (size_t j = 0; j < m->ng; j++) {
        if (!m->adj[i * m->ng + j] || m->seen[j])
            continue;
        m->seen[j] = 1;
        if (m->owner[j] < 0 || (depth < 64 && augment(m, (size_t)m->owner[j], depth + 1))) {
            m->owner[j] = (long)i;
            return 1;
        }
    }
    return 0;
}

/* The list of field d in rec (NULL when null or absent); *present says
 * whether rec has the field at all. */
static const cJSON *list_of(const cJSON *rec, const field_def *d, int *present)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, d->key);
    if (d->sub && cJSON_IsNull(v)) {
        *present = 1;   /* no recommendations at all: no items either */
        return NULL;
    }
    if (d->sub && v)
        v = cJSON_IsObject(v) ? cJSON_GetObjectItemCaseSensitive(v, d->sub) : NULL;
    *present = v != NULL;
    return cJSON_IsArray(v) ? v : NULL;
}

/* Is item v an overall rating (its scope "overall")? */
static int is_overall(const cJSON *v)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(v, "scope");
    return cJSON_IsString(s) && strcmp(s->valuestring, "overall") == 0;
}

/* Split a field's counts into overall and domain rows: matched and missed
 * by the expected item's scope, extras by the produced one's. */
static void count_by_scope(ix_audit_count *rows, const cJSON **ei, size_t ne,
                           const unsigned char *emat, const cJSON **gi, size_t ng,
                           const long *owner)
{
    for (size_t i = 0; i < ne; i++) {
        ix_audit_count *r = &rows[is_overall(ei[i]) ? ROW_OVERALL : ROW_DOMAIN];
        if (emat[i])
            r->matched++;
        else
            r->missed++;
    }
    for (size_t j = 0; j < ng; j++)
        if (owner[j] < 0)
            rows[is_overall(gi[j]) ? ROW_OVERALL : ROW_DOMAIN].extra++;
}

/* The judged key (quotes: speaker) on the pairs: right when the produced
 * item agrees on it.  Its row counts an expected item right or missed, a
 * produced one right or extra.  A wrong one is a difference, written as
 * "  wrong   FIELD.KEY  expected ..., produced ...".  Returns the number of
 * wrong pairs or IX_ENOMEM. */
static long judge_pairs(ix_audit_count *rows, const field_def *d, const cJSON **ei, size_t ne,
                        const cJSON **gi, size_t ng, const long *owner, const cmp_ctx *cx,
                        FILE *out)
{
    ix_audit_count *r = &rows[ROW_JUDGED];
    size_t right = 0;
    long wrong = 0;
    for (size_t j = 0; j < ng; j++) {
        if (owner[j] < 0)
            continue;
        const cJSON *e = ei[owner[j]];
        const cJSON *ek = cJSON_GetObjectItemCaseSensitive(e, d->judged);
        if (!ek) {
            right++;    /* nothing expected of it: not judged */
            continue;
        }
        cJSON *probe = cJSON_CreateObject();
        if (!probe || !cJSON_AddItemReferenceToObject(probe, d->judged, (cJSON *)ek)) {
            cJSON_Delete(probe);
            return IX_ENOMEM;
        }
        int ok = agrees(probe, gi[j], NULL, cx);
        cJSON_Delete(probe);
        if (ok) {
            right++;
            continue;
        }
        wrong++;
        if (out) {
            const cJSON *gk = cJSON_GetObjectItemCaseSensitive(gi[j], d->judged);
            char *es = cJSON_PrintUnformatted(ek);
            char *gs = gk ? cJSON_PrintUnformatted(gk) : NULL;
            const cJSON *t = cJSON_GetObjectItemCaseSensitive(gi[j], "text");
            char field[64];
            snprintf(field, sizeof field, "%s.%s", d->name, d->judged);
            fprintf(out, "  %-7s %-22s expected %s, produced %s: \"%.40s%s\"\n", "wrong", field,
                    es ? es : "?", gs ? gs : "(none)", cJSON_IsString(t) ? t->valuestring : "",
                    cJSON_IsString(t) && strlen(t->valuestring) > 40 ? "..." : "");
            cJSON_free(es);
            cJSON_free(gs);
        }
    }
    r->matched += right;
    r->missed += ne - right;
    r->extra += ng - right;
    return wrong;
}

/* Compare a list field; returns differences or IX_ENOMEM. */
static long compare_list(ix_audit *a, int di, const cJSON *exp, const cJSON *got, FILE *out)
{
    const field_def *d = &defs[di];
    int eh, gh;
    const cJSON *el = list_of(exp, d, &eh);
    const cJSON *gl = list_of(got, d, &gh);
    (void)gh;
    if (!eh)
        return 0;     /* not in the expected record: not compared */
    size_t ne = el ? (size_t)cJSON_GetArraySize(el) : 0;
    size_t ng = gl ? (size_t)cJSON_GetArraySize(gl) : 0;
    const cJSON **ei = calloc(ne + 1, sizeof *ei), **gi = calloc(ng + 1, sizeof *gi);
    unsigned char *adj = calloc(ne * ng + 1, 1), *seen = calloc(ng + 1, 1);
    long *owner = malloc((ng + 1) * sizeof *owner);
    unsigned char *emat = calloc(ne + 1, 1);
    long diffs = IX_ENOMEM;
    if (!ei || !gi || !adj || !seen || !owner || !emat)
        goto done;
    size_t k = 0;
    const cJSON *c;
    if (el)
        cJSON_ArrayForEach(c, el) ei[k++] = c;
    k = 0;
    if (gl)
        cJSON_ArrayForEach(c, gl) gi[k++] = c;
    for (size_t j = 0; j < ng; j++)
        owner[j] = -1;
    cmp_ctx cx = {got, d};
    for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < ng; j++)
            adj[i * ng + j] = (unsigned char)agrees(ei[i], gi[j], d->judged, &cx);
    matcher m = {adj, ne, ng, owner, seen};
    int full = ne * ng <= 1000000;
    for (size_t i = 0; i < ne; i++) {
        if (full) {
            memset(seen, 0, ng);
            augment(&m, i, 0);
        } else {
            for (size_t j = 0; j < ng; j++)
                if (adj[i * ng + j] && owner[j] < 0) {
                    owner[j] = (long)i;
                    break;
                }
        }
    }
    size_t matched = 0;
    for (size_t j = 0; j < ng; j++)
        if (owner[j] >= 0) {
            emat[owner[j]] = 1;
            matched++;
        }
    diffs = 0;
    for (size_t i = 0; i < ne; i++)
        if (!emat[i]) {
            diffs++;
            if (show(out, "missed", d->name, ei[i], NULL) != IX_OK) {
                diffs = IX_ENOMEM;
                goto done;
            }
        }
    for (size_t j = 0; j < ng; j++)
        if (owner[j] < 0) {
            diffs++;
            if (show(out, "extra", d->name, gi[j], NULL) != IX_OK) {
                diffs = IX_ENOMEM;
                goto done;
            }
        }
    a->count[di].matched += matched;
    a->count[di].missed += ne - matched;
    a->count[di].extra += ng - matched;
    if (d->by_scope)
        count_by_scope(a->derived[di], ei, ne, emat, gi, ng, owner);
    if (d->judged) {
        long w = judge_pairs(a->derived[di], d, ei, ne, gi, ng, owner, &cx, out);
        diffs = w < 0 ? w : diffs + w;
    }
done:
    free(ei);
    free(gi);
    free(adj);
    free(seen);
    free(owner);
    free(emat);
    return diffs;
}

static long compare_object(ix_audit *a, int di, const cJSON *exp, const cJSON *got, FILE *out)
{
    const field_def *d = &defs[di];
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(exp, d->key);
    if (!e)
        return 0;     /* not in the expected record: not compared */
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(got, d->key);
    int en = cJSON_IsNull(e), gn = !g || cJSON_IsNull(g);
    ix_audit_count *n = &a->count[di];
    cmp_ctx cx = {got, d};
    a->docs[di]++;
    if (en && gn) {
        a->docs_right[di]++;
        return 0;
    }
    if (!en && !gn && agrees(e, g, d->skip, &cx)) {
        n->matched++;
        a->docs_right[di]++;
        return 0;
    }
    long diffs = 0;
    if (!en) {
        n->missed++;
        diffs++;
        if (show(out, "missed", d->name, e, d->skip) != IX_OK)
            return IX_ENOMEM;
    }
    if (!gn) {
        n->extra++;
        diffs++;
        if (show(out, "extra", d->name, g, d->skip) != IX_OK)
            return IX_ENOMEM;
    }
    return diffs;
}

long ix_audit_compare(ix_audit *a, const char *name, const cJSON *expected,
                      const cJSON *produced, FILE *out)
{
    /* The differences go to a buffer first, so the document's heading can
     * say how many there are. */
    char *buf = NULL;
    size_t buflen = 0;
    FILE *mem = out ? open_memstream(&buf, &buflen) : NULL;
    if (out && !mem)
        return IX_ENOMEM;
    long diffs = 0;
    ix_audit_count before = ix_audit_total(a);
    for (int i = 0; i < NDEFS && diffs >= 0; i++) {
        if (!a->on[i])
            continue;
        long r = defs[i].kind == LIST ? compare_list(a, i, expected, produced, mem)
                                      : compare_object(a, i, expected, produced, mem);
        diffs = r < 0 ? r : diffs + r;
    }
    if (mem)
        fclose(mem);
    if (diffs >= 0 && out) {
        ix_audit_count after = ix_audit_total(a);
        size_t matched = after.matched - before.matched;
        if (diffs == 0)
            fprintf(out, "ok    %s (%zu matched)\n", name, matched);
        else
            fprintf(out, "DIFF  %s: %zu matched, %zu missed, %zu extra\n", name, matched,
                    after.missed - before.missed, after.extra - before.extra);
        if (buflen)
            fwrite(buf, 1, buflen, out);
    }
    free(buf);
    return diffs;
}

ix_audit_count ix_audit_field(const ix_audit *a, const char *field)
{
    ix_audit_count zero = {0, 0, 0};
    int i = def_index(field);
    if (i >= 0)
        return a->on[i] ? a->count[i] : zero;
    /* a derived row: "ratings.overall", "ratings.domain", "quotes.speaker" */
    const char *dot = strrchr(field, '.');
    for (i = 0; dot && i < NDEFS; i++) {
        const field_def *d = &defs[i];
        if (strlen(d->name) != (size_t)(dot - field) || strncmp(d->name, field, (size_t)(dot - field)) != 0 ||
            !a->on[i])
            continue;
        if (d->by_scope && strcmp(dot + 1, "overall") == 0)
            return a->derived[i][ROW_OVERALL];
        if (d->by_scope && strcmp(dot + 1, "domain") == 0)
            return a->derived[i][ROW_DOMAIN];
        if (d->judged && strcmp(dot + 1, d->judged) == 0)
            return a->derived[i][ROW_JUDGED];
    }
    return zero;
}

double ix_audit_docs_right(const ix_audit *a, const char *field)
{
    int i = def_index(field);
    return i >= 0 && a->on[i] && a->docs[i] ? (double)a->docs_right[i] / (double)a->docs[i] : -1;
}

ix_audit_count ix_audit_total(const ix_audit *a)
{
    ix_audit_count t = {0, 0, 0};
    for (int i = 0; i < NDEFS; i++) {
        if (!a->on[i] || !defs[i].counted)
            continue;
        t.matched += a->count[i].matched;
        t.missed += a->count[i].missed;
        t.extra += a->count[i].extra;
    }
    return t;
}

void ix_audit_scores(ix_audit_count c, double *precision, double *recall, double *f1)
{
    size_t produced = c.matched + c.extra, expected = c.matched + c.missed;
    double p = produced ? (double)c.matched / (double)produced : -1;
    double r = expected ? (double)c.matched / (double)expected : -1;
    double f = p >= 0 && r >= 0 ? (p + r > 0 ? 2 * p * r / (p + r) : 0) : -1;
    if (precision)
        *precision = p;
    if (recall)
        *recall = r;
    if (f1)
        *f1 = f;
}

static void score(FILE *out, double v)
{
    if (v < 0)
        fprintf(out, " %9s", "-");
    else
        fprintf(out, " %9.3f", v);
}

static void row(FILE *out, const char *name, ix_audit_count c)
{
    double p, r, f;
    ix_audit_scores(c, &p, &r, &f);
    fprintf(out, "%-22s %8zu %8zu %8zu %7zu %6zu", name, c.matched + c.missed,
            c.matched + c.extra, c.matched, c.missed, c.extra);
    score(out, p);
    score(out, r);
    score(out, f);
    fputc('\n', out);
}

void ix_audit_table(const ix_audit *a, FILE *out)
{
    fprintf(out, "%-22s %8s %8s %8s %7s %6s %9s %9s %9s\n", "field", "expected", "produced",
            "matched", "missed", "extra", "precision", "recall", "F1");
    static const char *const derived_names[NROWS] = {"overall", "domain", NULL};
    for (int i = 0; i < NDEFS; i++) {
        if (!a->on[i] || !defs[i].counted)
            continue;
        row(out, defs[i].name, a->count[i]);
        for (int k = 0; k < NROWS; k++) {
            const ix_audit_count *c = &a->derived[i][k];
            if (c->matched + c->missed + c->extra == 0)
                continue;
            char name[64];
            snprintf(name, sizeof name, "  %s.%s", defs[i].name,
                     k == ROW_JUDGED ? defs[i].judged : derived_names[k]);
            row(out, name, *c);
        }
    }
    row(out, "all", ix_audit_total(a));
    fprintf(out, "\nper document:");
    const char *sep = " ";
    for (int i = 0; i < NDEFS; i++) {
        if (!a->on[i] || !defs[i].counted || defs[i].kind != OBJECT || !a->docs[i])
            continue;
        fprintf(out, "%s%s right in %zu of %zu (%.1f%%)", sep, defs[i].name, a->docs_right[i],
                a->docs[i], 100.0 * (double)a->docs_right[i] / (double)a->docs[i]);
        sep = "; ";
    }
    fputc('\n', out);
    if (a->on[0] && (a->count[0].missed || a->count[0].extra))
        fprintf(out, "source differs in %zu document(s): the expected record was made from "
                     "other bytes\n", a->count[0].missed);
}

/* ---- expected records ------------------------------------------------------ */

static void drop_key_deep(cJSON *v, const char *key)
{
    if (cJSON_IsObject(v))
        cJSON_DeleteItemFromObjectCaseSensitive(v, key);
    cJSON *c;
    cJSON_ArrayForEach(c, v) drop_key_deep(c, key);
}

static int has_key_deep(const cJSON *v, const char *key)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, v) {
        if (c->string && strcmp(c->string, key) == 0)
            return 1;
        if (has_key_deep(c, key))
            return 1;
    }
    return 0;
}

cJSON *ix_audit_expected_from(const cJSON *record, int no_text)
{
    cJSON *e = cJSON_Duplicate(record, 1);
    if (!e)
        return NULL;
    cJSON_DeleteItemFromObjectCaseSensitive(e, "generator");
    cJSON *src = cJSON_GetObjectItemCaseSensitive(e, "source");
    if (cJSON_IsObject(src))
        cJSON_DeleteItemFromObjectCaseSensitive(src, "path");
    if (no_text)
        drop_key_deep(e, "text");
    return e;
}

/* ---- a folder ------------------------------------------------------------ */

static const char EXPECTED_SUFFIX[] = ".expected.json";
static const char *const DOC_SUFFIXES[] = {".txt", ".html", ".htm"};
enum { NDOC_SUFFIXES = sizeof DOC_SUFFIXES / sizeof DOC_SUFFIXES[0] };

typedef struct names {
    char **v;
    size_t n, cap;
} names;

static int names_add(names *ns, const char *s, size_t len)
{
    for (size_t i = 0; i < ns->n; i++)
        if (strlen(ns->v[i]) == len && memcmp(ns->v[i], s, len) == 0)
            return IX_OK;
    if (ns->n == ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 32;
        char **v = realloc(ns->v, cap * sizeof *v);
        if (!v)
            return IX_ENOMEM;
        ns->v = v;
        ns->cap = cap;
    }
    ns->v[ns->n] = strndup(s, len);
    if (!ns->v[ns->n])
        return IX_ENOMEM;
    ns->n++;
    return IX_OK;
}

static void names_free(names *ns)
{
    for (size_t i = 0; i < ns->n; i++)
        free(ns->v[i]);
    free(ns->v);
}

static int cmp_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Add the NAME of every NAME.expected.json in dir (docs == 0) or of every
 * NAME.txt / .html / .htm (docs == 1). */
static int list_dir(const char *dir, int docs, names *ns, ix_err *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return ix_err_set(err, IX_EIO, "%s: %s", dir, strerror(errno));
    struct dirent *de;
    int rc = IX_OK;
    while (rc == IX_OK && (de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (de->d_name[0] == '.')
            continue;
        if (!docs) {
            if (ends_with(de->d_name, n, EXPECTED_SUFFIX))
                rc = names_add(ns, de->d_name, n - strlen(EXPECTED_SUFFIX));
            continue;
        }
        for (int k = 0; k < NDOC_SUFFIXES; k++)
            if (ends_with(de->d_name, n, DOC_SUFFIXES[k])) {
                rc = names_add(ns, de->d_name, n - strlen(DOC_SUFFIXES[k]));
                break;
            }
    }
    closedir(d);
    if (rc != IX_OK)
        return ix_err_set(err, rc, "audit: out of memory");
    return IX_OK;
}

static char *join(const char *dir, const char *name, const char *suffix)
{
    size_t n = strlen(dir) + strlen(name) + strlen(suffix) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s%s", dir, (*dir && dir[strlen(dir) - 1] == '/') ? "" : "/", name,
                 suffix);
    return p;
}

/* The document of NAME in dir: NAME.txt, .html or .htm; NULL when none. */
static char *find_doc(const char *dir, const char *name)
{
    for (int k = 0; k < NDOC_SUFFIXES; k++) {
        char *p = join(dir, name, DOC_SUFFIXES[k]);
        struct stat st;
        if (!p || stat(p, &st) == 0)
            return p;
        free(p);
    }
    return NULL;
}

/* Write v to path through a temporary file, so an interrupted update never
 * leaves half an expected record. */
/* cJSON indents with tabs and puts a tab after each colon; expected files
 * read (and diff) better with two spaces per level and one after a colon.
 * Strings never hold a raw tab (cJSON escapes it), so every tab is layout.
 * Returns a malloc'd copy or NULL. */
static char *untab(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(2 * n + 1), *w = out;
    if (!out)
        return NULL;
    for (const char *r = s; *r; r++) {
        if (*r != '\t') {
            *w++ = *r;
        } else if (r > s && r[-1] == ':') {
            *w++ = ' ';
        } else {
            *w++ = ' ';
            *w++ = ' ';
        }
    }
    *w = '\0';
    return out;
}

static int write_json(const char *path, const cJSON *v, ix_err *err)
{
    char *raw = cJSON_Print(v);
    char *s = raw ? untab(raw) : NULL;
    cJSON_free(raw);
    if (!s)
        return ix_err_set(err, IX_ENOMEM, "audit: out of memory");
    size_t n = strlen(path) + 8;
    char *tmp = malloc(n);
    if (!tmp) {
        free(s);
        return ix_err_set(err, IX_ENOMEM, "audit: out of memory");
    }
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fputs(s, f) >= 0 && fputc('\n', f) != EOF;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    int rc = IX_OK;
    if (!ok) {
        rc = ix_err_set(err, IX_EIO, "%s: %s", path, strerror(errno));
        remove(tmp);
    }
    free(tmp);
    free(s);
    return rc;
}

/* The expected record to write: the produced one, or with --only the old
 * expected record with that field replaced. */
static cJSON *updated_expected(const cJSON *old, const cJSON *record, const char *only,
                               int no_text)
{
    cJSON *fresh = ix_audit_expected_from(record, no_text);
    if (!fresh || !only || !old)
        return fresh;
    const char *key = defs[def_index(only)].key;
    cJSON *e = cJSON_Duplicate(old, 1);
    cJSON *v = cJSON_DetachItemFromObjectCaseSensitive(fresh, key);
    cJSON_Delete(fresh);
    if (!e || !v) {
        cJSON_Delete(e);
        cJSON_Delete(v);
        return NULL;
    }
    if (cJSON_GetObjectItemCaseSensitive(e, key))
        cJSON_ReplaceItemInObjectCaseSensitive(e, key, v);
    else
        cJSON_AddItemToObject(e, key, v);
    return e;
}

/* One document: extract, compare, maybe update.  Returns IX_OK or a fatal
 * code (out of memory, an expected file that cannot be written);
 * per-document failures are counted and reported. */
static int audit_one(const ix_engine *eng, ix_audit *a, const char *expected_dir,
                     const char *name, const ix_audit_opts *o, FILE *out,
                     ix_audit_summary *sum, ix_err *err)
{
    const char *docdir = o->inputs ? o->inputs : expected_dir;
    char *epath = join(expected_dir, name, EXPECTED_SUFFIX);
    char *dpath = find_doc(docdir, name);
    unsigned char *ebytes = NULL, *dbytes = NULL;
    cJSON *expected = NULL, *record = NULL;
    ix_doc *doc = NULL;
    int rc = IX_OK;
    if (!epath) {
        rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
        goto done;
    }
    size_t elen = 0, dlen = 0;
    ix_err rerr = {0};
    struct stat st;
    int have_expected = stat(epath, &st) == 0;
    if (have_expected) {
        sum->documents++;
        if (ix_input_read(epath, &ebytes, &elen, &rerr) != IX_OK) {
            if (rerr.code == IX_ENOMEM) {
                rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
                goto done;
            }
            fprintf(out, "FAIL  %s: %s: %s\n", name, epath, rerr.msg);
            sum->failed++;
            goto done;
        }
        expected = cJSON_ParseWithLength((const char *)ebytes, elen);
        if (!cJSON_IsObject(expected)) {
            fprintf(out, "FAIL  %s: %s: not a JSON object\n", name, epath);
            sum->failed++;
            goto done;
        }
    }
    if (!dpath) {
        fprintf(out, "FAIL  %s: no document %s/%s.txt or .html\n", name, docdir, name);
        sum->failed++;
        goto done;
    }
    if (ix_input_read(dpath, &dbytes, &dlen, &rerr) != IX_OK) {
        if (rerr.code == IX_ENOMEM) {
            rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
            goto done;
        }
        fprintf(out, "FAIL  %s: %s: %s\n", name, dpath, rerr.msg);
        sum->failed++;
        goto done;
    }
    ix_err xerr = {0};
    doc = ix_engine_extract(eng, dpath, NULL, dbytes, dlen, &xerr);
    if (!doc) {
        if (xerr.code == IX_ENOMEM) {
            rc = ix_err_set(err, IX_ENOMEM, "%s: %s", dpath, xerr.msg);
            goto done;
        }
        fprintf(out, "FAIL  %s: %s: %s\n", name, dpath, xerr.msg);
        sum->failed++;
        goto done;
    }
    record = ix_json_record(doc);
    if (!record) {
        rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
        goto done;
    }
    if (expected) {
        long d = ix_audit_compare(a, name, expected, record, out);
        if (d < 0) {
            rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
            goto done;
        }
        if (d > 0)
            sum->differing++;
    } else {
        fprintf(out, "NEW   %s (no expected record yet)\n", name);
    }
    if (o->update) {
        /* An expected file kept free of `text` stays so. */
        int no_text = o->no_text || (expected && !has_key_deep(expected, "text"));
        cJSON *fresh = updated_expected(expected, record, o->only, no_text);
        if (!fresh) {
            rc = ix_err_set(err, IX_ENOMEM, "audit: out of memory");
            goto done;
        }
        rc = write_json(epath, fresh, err);
        cJSON_Delete(fresh);
        if (rc == IX_OK)
            sum->written++;
    }
done:
    cJSON_Delete(record);
    cJSON_Delete(expected);
    ix_doc_free(doc);
    free(dbytes);
    free(ebytes);
    free(dpath);
    free(epath);
    return rc;
}

int ix_audit_dir(const ix_engine *eng, const char *expected_dir, const ix_audit_opts *opts,
                 FILE *out, ix_audit_summary *sum, ix_err *err)
{
    memset(sum, 0, sizeof *sum);
    ix_audit *a = ix_audit_new(opts->only, err);
    if (!a)
        return err ? err->code : IX_EUSAGE;
    names ns = {0};
    int rc = list_dir(expected_dir, 0, &ns, err);
    if (rc == IX_OK && opts->update)
        rc = list_dir(opts->inputs ? opts->inputs : expected_dir, 1, &ns, err);
    if (rc == IX_OK && ns.n)
        qsort(ns.v, ns.n, sizeof *ns.v, cmp_names);
    for (size_t i = 0; rc == IX_OK && i < ns.n; i++)
        rc = audit_one(eng, a, expected_dir, ns.v[i], opts, out, sum, err);
    if (rc == IX_OK) {
        fputc('\n', out);
        ix_audit_table(a, out);
        fprintf(out, "\naudit: %zu document(s), %zu differ, %zu failed", sum->documents,
                sum->differing, sum->failed);
        if (opts->update)
            fprintf(out, "; %zu expected record(s) written", sum->written);
        fputc('\n', out);
    }
    names_free(&ns);
    ix_audit_free(a);
    return rc;
}
