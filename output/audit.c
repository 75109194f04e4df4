#include "output/audit.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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
} field_def;

/* source is compared (an expected record made from other bytes is worth
 * knowing about) but is not an extracted field, so it stays out of the
 * table. */
static const field_def defs[] = {
    {"source", "source", NULL, "path", OBJECT, 0},
    {"title", "title", NULL, NULL, OBJECT, 1},
    {"genre", "genre", NULL, NULL, OBJECT, 1},
    {"inspectorate", "inspectorate", NULL, NULL, OBJECT, 1},
    {"subjects", "subjects", NULL, NULL, LIST, 1},
    {"ratings", "ratings", NULL, NULL, LIST, 1},
    {"dates", "dates", NULL, NULL, LIST, 1},
    {"caseloads", "caseloads", NULL, NULL, LIST, 1},
    {"figures", "figures", NULL, NULL, LIST, 1},
    {"quotes", "quotes", NULL, NULL, LIST, 1},
    {"recommendations", "recommendations", NULL, "items", OBJECT, 1},
    {"recommendations.items", "recommendations", "items", NULL, LIST, 1},
    {"warnings", "warnings", NULL, NULL, LIST, 1},
};
enum { NDEFS = sizeof defs / sizeof defs[0] };

const char *const ix_audit_fields[] = {
    "source", "title", "genre", "inspectorate", "subjects", "ratings", "dates",
    "caseloads", "figures", "quotes", "recommendations", "recommendations.items",
    "warnings",
};
const size_t ix_audit_nfields = sizeof ix_audit_fields / sizeof ix_audit_fields[0];

struct ix_audit {
    int on[NDEFS];
    ix_audit_count count[NDEFS];
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

/* Does produced value g agree with expected value e on every key e has?
 * `rule` is never compared; `skip` (at this level only) neither. */
static int agrees(const cJSON *e, const cJSON *g, const char *skip)
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
            if (!agrees(c, cJSON_GetObjectItemCaseSensitive(g, c->string), NULL))
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
            if (!agrees(c, gc, NULL))
                return 0;
            gc = gc->next;
        }
        return 1;
    }
    if (cJSON_IsNumber(e))
        return cJSON_IsNumber(g) && numbers_equal(e->valuedouble, g->valuedouble);
    if (cJSON_IsString(e))
        return cJSON_IsString(g) && strcmp(e->valuestring, g->valuestring) == 0;
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
    if (cJSON_IsString(v) && strlen(v->valuestring) > MAX_SHOWN)
        memcpy(v->valuestring + MAX_SHOWN - 3, "...", 4);
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
    for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < ng; j++)
            adj[i * ng + j] = (unsigned char)agrees(ei[i], gi[j], NULL);
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
    if (en && gn)
        return 0;
    if (!en && !gn && agrees(e, g, d->skip)) {
        n->matched++;
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
    return i >= 0 && a->on[i] ? a->count[i] : zero;
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
    for (int i = 0; i < NDEFS; i++)
        if (a->on[i] && defs[i].counted)
            row(out, defs[i].name, a->count[i]);
    row(out, "all", ix_audit_total(a));
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
