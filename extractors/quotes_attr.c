#include "extractors/quotes_attr.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/quotes_lex.h"
#include "extractors/scan.h"
#include "extractors/subjects.h"

enum {
    MAX_PEOPLE = 256,      /* distinct people a document names: plenty */
    HASH_SLOTS = 1024,
    CHUNK = 256,           /* tokens read at a time by the people pass */
    NPRE = 48, NPOST = 24, NCTX = 160,
    MAX_WALK = 64,         /* mentions looked at for one pronoun */
    MAX_ORGS = 64          /* bodies named in full ("HM Inspectorate of ...") */
};

/* ---- the people table ------------------------------------------------------ */

typedef struct person {
    const char *text;      /* as written, words joined by one space */
    const char *name;      /* as the record gives it: without an honorific
                              that only stands in for a first name
                              ("Mr Tom Reyes" -> "Tom Reyes") */
    const char *first;     /* first name word; NULL with one name word */
    const char *last;      /* last name word */
    int nwords;            /* name words, honorific excluded */
    int honor;             /* gender the honorific tells; 0: no honorific */
    int honor_first;       /* Dame, Sir: used with a first name alone */
    int gender;            /* IX_QLEX_FEMALE / MALE, 0 unknown */
    const char *role;
    int canon;             /* index of the fullest form */
    int weak;              /* only a name-shaped run ("Tom Reyes,"): used to
                              give a later "Mr Reyes" his full name, never
                              a speaker or antecedent on its own */
} person;

typedef struct mention {
    size_t a, b;
    int person;            /* index, or -1 for a group */
    int gnum;              /* IX_QLEX_GROUP_* for a group */
    const char *gname;
    int speaks;            /* a speech verb follows: "inspectors said" */
    size_t sent;           /* sentence number (groups) */
} mention;

struct ix_quotes_people {
    person p[MAX_PEOPLE];
    int np;
    const char *org[MAX_ORGS];       /* bodies named in full, in document order */
    int norg;
    short slot[HASH_SLOTS];          /* person index + 1 */
    IX_VEC(mention) m;
};

/* ---- token tests ------------------------------------------------------------ */

#define S (doc->norm)
#define W(t) (!(t).punct)
#define IS(t, w) (W(t) && ix_quotes_lex_is(S, (t).a, (t).b, (w)))
#define STOP(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_STOP)
#define CAPW(t) (W(t) && (t).cap && !ix_quotes_lex_tok_in(&(t), IX_QLEX_W_STOP | IX_QLEX_W_POSTNOMINAL))
#define HONOR(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_HONORIFIC)
#define ROLEW(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_ROLE)
#define ORGW(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_ORG)
#define CONN(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_CONNECTOR)
#define MODW(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_GROUP_MODIFIER)
#define SPEECH(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_SPEECH)
#define SAYS(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_SPEECH | IX_QLEX_W_JUDGE)

/* Does the word t end in "'s" ("MP's", "union's")? */
static int possessive_tok(const ix_doc *doc, const ix_qtok *t)
{
    return W(*t) && t->b - t->a > 2 && S[t->b - 2] == '\'' && (S[t->b - 1] == 's' || S[t->b - 1] == 'S');
}

static uint32_t fnv(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int person_find(const ix_quotes_people *pp, const char *text)
{
    uint32_t h = fnv(text) % HASH_SLOTS;
    for (uint32_t k = 0; k < HASH_SLOTS; k++) {
        int v = pp->slot[(h + k) % HASH_SLOTS];
        if (!v)
            return -1;
        if (strcmp(pp->p[v - 1].text, text) == 0)
            return v - 1;
    }
    return -1;
}

/* Words of tokens t[j..k] joined by one space, full stops after honorifics
 * dropped ("Mr. Reyes" -> "Mr Reyes"). */
static char *join_words(ix_doc *doc, const ix_qtok *t, size_t j, size_t k)
{
    size_t len = 0;
    for (size_t i = j; i <= k; i++)
        len += t[i].b - t[i].a + 1;
    char *out = ix_arena_alloc(doc->arena, len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = j; i <= k; i++) {
        if (t[i].punct == '.')
            continue;
        if (n && (!t[i].punct || t[i].punct == '&'))
            out[n++] = ' ';             /* "Bath & Wells Trust" */
        memcpy(out + n, doc->norm + t[i].a, t[i].b - t[i].a);
        n += t[i].b - t[i].a;
    }
    out[n] = '\0';
    return out;
}

static char *copy_word(ix_doc *doc, const ix_qtok *t)
{
    return ix_arena_strndup(doc->arena, doc->norm + t->a, t->b - t->a);
}

/* Add (or find) the person written t[j..k]; h: index of the honorific or
 * SIZE_MAX.  Returns the index, -1 when the table is full, -2 on ENOMEM. */
static int person_add(ix_doc *doc, ix_quotes_people *pp, const ix_qtok *t, size_t j, size_t k,
                      size_t h, const char *role)
{
    char *text = join_words(doc, t, j, k);
    if (!text)
        return -2;
    /* "PCC Owen Falder's plans": the person is Owen Falder. */
    int own = possessive_tok(doc, &t[k]);
    if (own)
        text[strlen(text) - 2] = '\0';
    int at = person_find(pp, text);
    if (at >= 0) {
        if (!pp->p[at].role && role)
            pp->p[at].role = role;
        return at;
    }
    if (pp->np >= MAX_PEOPLE)
        return -1;
    person *p = &pp->p[pp->np];
    memset(p, 0, sizeof *p);
    p->text = text;
    p->name = text;
    p->role = role;
    size_t nb = j;
    if (h != (size_t)-1) {
        p->honor = ix_quotes_lex_honorific(doc->norm, t[h].a, t[h].b, &p->honor_first);
        nb = h + 1;
    }
    size_t words[8], nw = 0;
    for (size_t i = nb; i <= k && nw < 8; i++)
        if (!t[i].punct)
            words[nw++] = i;
    if (nw == 0)
        return -1;
    p->nwords = (int)nw;
    char *last = copy_word(doc, &t[words[nw - 1]]);
    p->first = nw >= 2 ? copy_word(doc, &t[words[0]]) : NULL;
    if (!last || (nw >= 2 && !p->first))
        return -2;
    if (own && words[nw - 1] == k)
        last[strlen(last) - 2] = '\0';
    p->last = last;
    if (h != (size_t)-1 && nw >= 2 && !ix_quotes_lex_honorific_kept(doc->norm, t[h].a, t[h].b)) {
        char *name = join_words(doc, t, nb, k);
        if (!name)
            return -2;
        if (own)
            name[strlen(name) - 2] = '\0';
        p->name = name;
    }
    p->gender = p->honor == IX_QLEX_ANY ? 0 : p->honor;
    p->canon = pp->np;
    uint32_t hs = fnv(text) % HASH_SLOTS;
    while (pp->slot[hs])
        hs = (hs + 1) % HASH_SLOTS;
    pp->slot[hs] = (short)(pp->np + 1);
    return pp->np++;
}

static int add_mention(ix_doc *doc, ix_quotes_people *pp, size_t a, size_t b, int who,
                       int gnum, const char *gname)
{
    mention *m = IX_VEC_PUSH(doc->arena, pp->m);
    if (!m)
        return IX_ENOMEM;
    m->a = a;
    m->b = b;
    m->person = who;
    m->gnum = gnum;
    m->gname = gname;
    return IX_OK;
}

/* Does token i end a clause, reading backwards? */
static int boundary(const ix_qtok *t, size_t i)
{
    char c = t[i].punct;
    if (!c)
        return 0;
    if (c == '.')
        return !(i > 0 && W(t[i - 1]) && ix_quotes_lex_tok_in(&t[i - 1], IX_QLEX_W_ABBREV));
    return strchr("!?;:\"'()[]", c) != NULL;
}

/* Where the clause holding token v starts, reading back: after a boundary,
 * stepping over a short bracket ("Mr Reyes (pictured) said"). */
static size_t clause_start(const ix_qtok *t, size_t v)
{
    size_t cs = v;
    while (cs > 0) {
        if (t[cs - 1].punct == ')') {
            size_t k = cs - 1;
            while (k > 0 && t[k - 1].punct != '(' && cs - k < 12 && !boundary(t, k - 1))
                k--;
            if (k > 0 && t[k - 1].punct == '(') {
                cs = k - 1;
                continue;
            }
        }
        if (boundary(t, cs - 1))
            break;
        cs--;
    }
    return cs;
}

/* A phrase naming an office: "HM Chief Inspector of Probation", "the chief
 * executive", "Her Majesty's Chief Inspector".  t[a..b) */
static int role_like(const ix_qtok *t, size_t a, size_t b)
{
    if (b <= a || b - a > 14)
        return 0;
    int role = 0, early = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].punct && t[i].punct != '\'' && t[i].punct != '-' && t[i].punct != '&')
            return 0;
        if (SAYS(t[i]) || HONOR(t[i]))
            return 0;
        if (ROLEW(t[i])) {
            role = 1;
            if (i < a + 3)
                early = 1;
        }
    }
    /* "HM Chief Inspector ...", "the chair", "chief executive of ...",
     * "cabinet member for children" (an office within its first words). */
    return role && (t[a].cap || ix_quotes_lex_tok_in(&t[a], IX_QLEX_W_DETERMINER) || ROLEW(t[a]) ||
                    (early && !t[a].cap && !ix_quotes_lex_tok_in(&t[a], IX_QLEX_W_STOP)));
}

#define OFFMOD(t) ix_quotes_lex_tok_in(&(t), IX_QLEX_W_OFFICE_MOD)

/* A name with its office after it and no comma between, in the
 * capitalised run t[j..i]: "Ian Lawrence General Secretary", "Tom Reyes MP",
 * "Jo Hale Acting Governor".  The run ends with a role word; the office is
 * its trailing role and office-qualifying words; the name before it is two
 * or three plain capitalised words (no body, role, group, month or
 * direction word), not after a determiner ("the Greater Exmoor Mayor").
 * Returns the office's first token, or SIZE_MAX. */
static size_t name_then_office(const ix_qtok *t, size_t j, size_t i)
{
    if (!ROLEW(t[i]) || (j > 0 && ix_quotes_lex_tok_in(&t[j - 1], IX_QLEX_W_DETERMINER)))
        return (size_t)-1;
    size_t fr = i;
    while (fr > j && W(t[fr - 1]) && (ROLEW(t[fr - 1]) || OFFMOD(t[fr - 1])))
        fr--;
    /* "Ann Lee Ofsted inspector": the office of an inspectorate named short */
    if (fr > j + 2 && t[fr - 1].cap &&
        ix_quotes_lex_tok_in(&t[fr - 1], IX_QLEX_W_INSPECTORATE))
        fr--;
    if (fr - j < 2 || fr - j > 3)
        return (size_t)-1;
    for (size_t h = j; h < fr; h++)
        if (!CAPW(t[h]) || ORGW(t[h]) || HONOR(t[h]) || CONN(t[h]) ||
            ix_quotes_lex_tok_in(&t[h], IX_QLEX_W_NOT_SPEAKER | IX_QLEX_W_GROUP))
            return (size_t)-1;
    return fr;
}

/* The last items of an office's portfolio, t[a..b) after a comma:
 * capitalised words joined by "and" ("Community Safety and Equalities"),
 * where the chunk before the comma is an office "for" or "of" something
 * capitalised ("Cabinet Member for Social Inclusion, Community Safety and
 * Equalities"): the list goes on the office, not a name of its own. */
static int portfolio_tail(const ix_doc *doc, const ix_qtok *t, size_t lo, size_t a, size_t b)
{
    if (a <= lo + 1 || b <= a || b - a > 8 || t[a - 1].punct != ',' || !CAPW(t[a]))
        return 0;
    int joined = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].punct == '&' || IS(t[i], "and")) {
            joined = 1;
            continue;
        }
        if (!W(t[i]) || (!t[i].cap && !IS(t[i], "of") && !IS(t[i], "the")))
            return 0;
    }
    if (!joined)
        return 0;
    size_t oe = a - 1, os = oe;
    while (os > lo && t[os - 1].punct != ',' && !boundary(t, os - 1))
        os--;
    /* an office word, or a councillor's title ("Executive Councillor for
     * Children", which role_like reads as a name's) */
    int office = 0;
    for (size_t i = os; i < oe && !office; i++)
        office = W(t[i]) && (ROLEW(t[i]) || HONOR(t[i]));
    if (!office)
        return 0;
    for (size_t i = os; i + 1 < oe; i++)
        if ((IS(t[i], "for") || IS(t[i], "of")) && CAPW(t[i + 1]))
            return 1;
    return 0;
}

static size_t skip_determiner(const ix_doc *doc, const ix_qtok *t, size_t a, size_t b)
{
    if (a + 1 < b && W(t[a]) && ix_quotes_lex_tok_in(&t[a], IX_QLEX_W_DETERMINER) &&
        !IS(t[a], "her") && !IS(t[a], "his"))
        return a + 1;
    return a;
}

/* ---- the people pass ---------------------------------------------------------- */

typedef struct pstate {
    int last_person;       /* index of the last person mentioned */
    size_t last_sent, sent;
    int ended;             /* the last token read ended a sentence */
} pstate;

/* A role phrase right before token k: "Chief Inspector of Probation" in
 * "Chief Inspector of Probation Dame Ann Coyle".  Returns an arena string or
 * NULL. */
static const char *role_before(ix_doc *doc, const ix_qtok *t, size_t k)
{
    size_t j = k;
    while (j > 0) {
        const ix_qtok *u = &t[j - 1];
        if (CAPW(*u) || (CONN(*u) && j >= 2 && CAPW(t[j - 2])))
            j--;
        else
            break;
    }
    if (j < k && IS(t[j], "majesty's") && j > 0 && (IS(t[j - 1], "her") || IS(t[j - 1], "his")))
        j--;
    if (j == k || !role_like(t, j, k))
        return NULL;
    return join_words(doc, t, j, k - 1);
}

/* An office in lower case right before the name at token k: "Lead
 * inspector Jo Hale said", "headteacher Jo Hale", "inspector Professor Jo
 * Hale".  Sets *role (an arena string) and returns 1, 0 when there is none,
 * -1 when out of memory. */
static int office_lower_before(ix_doc *doc, const ix_qtok *t, size_t k, const char **role)
{
    /* "the chief inspector of probation Tom Reyes": the office of something */
    if (k >= 3 && W(t[k - 1]) && !t[k - 1].cap && IS(t[k - 2], "of") && ROLEW(t[k - 3]) &&
        !t[k - 3].cap) {
        size_t a = k - 3;
        while (a > 0 && k - a < 6 && W(t[a - 1]) && ROLEW(t[a - 1]) && !HONOR(t[a - 1]))
            a--;
        *role = join_words(doc, t, a, k - 1);
        return *role ? 1 : -1;
    }
    if (k < 1 || !ROLEW(t[k - 1]) || t[k - 1].cap)
        return 0;
    size_t a = k - 1;
    while (a > 0 && k - a < 4 && W(t[a - 1]) && (ROLEW(t[a - 1]) || CAPW(t[a - 1])) &&
           !HONOR(t[a - 1]))
        a--;
    *role = join_words(doc, t, a, k - 1);
    return *role ? 1 : -1;
}

/* A role in apposition right after token m-1: ", HM Chief Inspector of
 * Probation," -> the phrase; *end is set past it. */
static const char *role_after(ix_doc *doc, const ix_qtok *t, size_t n, size_t m, size_t *end)
{
    if (m >= n || t[m].punct != ',')
        return NULL;
    size_t a = m + 1, b = a;
    while (b < n && b - a <= 14 && (!t[b].punct || t[b].punct == '\'' || t[b].punct == '&') &&
           !SAYS(t[b]))
        b++;
    if (b == a || b - a > 14 || !role_like(t, a, b))
        return NULL;
    if (b < n && !(t[b].punct && strchr(",.:;)", t[b].punct)) && !SAYS(t[b]))
        return NULL;
    *end = b;
    a = skip_determiner(doc, t, a, b);
    return join_words(doc, t, a, b - 1);
}

static int note_person(ix_doc *doc, ix_quotes_people *pp, pstate *st, const ix_qtok *t,
                       size_t j, size_t k, size_t h, const char *role)
{
    int at = person_add(doc, pp, t, j, k, h, role);
    if (at == -2)
        return IX_ENOMEM;
    if (at < 0)
        return IX_OK;
    pp->p[at].weak = 0;      /* named as a person now, whatever came first */
    st->last_person = at;
    st->last_sent = st->sent;
    return add_mention(doc, pp, t[j].a, t[k].b, at, 0, NULL);
}

/* Is the word t the surname of a person already in the table? */
static int known_surname(const ix_doc *doc, const ix_quotes_people *pp, const ix_qtok *t)
{
    for (int i = 0; i < pp->np; i++)
        if (pp->p[i].nwords >= 2 && !pp->p[i].weak &&
            ix_quotes_lex_is(S, t->a, t->b, pp->p[i].last))
            return 1;
    return 0;
}

/* Does a speech verb come at token k, after at most two auxiliaries
 * ("said", "have also found")? */
static int speech_follows(const ix_doc *doc, const ix_qtok *t, size_t n, size_t k)
{
    for (int aux = 0; aux < 2 && k < n && W(t[k]) && ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_AUX); aux++)
        k++;
    (void)doc;
    return k < n && SAYS(t[k]);
}

static int scan_tokens(ix_doc *doc, ix_quotes_people *pp, pstate *st, const ix_qtok *t, size_t n)
{
    size_t k = 0;
    while (k < n) {
        const ix_qtok *T = &t[k];
        if (T->punct) {
            if (boundary(t, k) && T->punct != ':' && T->punct != '(' && T->punct != ')') {
                st->sent++;
                st->ended = 1;
            }
            k++;
            continue;
        }
        st->ended = 0;
        /* "she", "his" after a person of unknown gender in this or the last
         * sentence: "Tom Reyes ... . He added". */
        int pg = ix_quotes_lex_tok_in(T, IX_QLEX_W_FEMALE) ? IX_QLEX_FEMALE
                 : ix_quotes_lex_tok_in(T, IX_QLEX_W_MALE) ? IX_QLEX_MALE : 0;
        /* "His Majesty's Inspectorate" tells nothing of anyone's gender. */
        if (pg && k + 1 < n && (IS(t[k + 1], "majesty's") || IS(t[k + 1], "majesty")))
            pg = 0;
        if (pg && st->last_person >= 0 && st->sent - st->last_sent <= 1 &&
            pp->p[st->last_person].gender == 0) {
            pp->p[st->last_person].gender = pg;
            k++;
            continue;
        }
        /* Honorific and name: "Dame Ann Coyle", "Mr. Reyes". */
        if (HONOR(*T) && T->cap) {
            size_t j = k + 1;
            if (j < n && t[j].punct == '.')
                j++;
            size_t m = j;
            while (m < n && m - j < 3 && CAPW(t[m]) && !ROLEW(t[m]) && !HONOR(t[m]) && !ORGW(t[m]))
                m++;
            if (m > j) {
                size_t end = m;
                const char *role = role_before(doc, t, k);
                if (!role && office_lower_before(doc, t, k, &role) < 0)
                    return IX_ENOMEM;
                if (!role)
                    role = role_after(doc, t, n, m, &end);
                (void)end;
                int rc = note_person(doc, pp, st, t, k, m - 1, k, role);
                if (rc != IX_OK)
                    return rc;
                k = m;
                continue;
            }
        }
        const char *canon = NULL;
        int g = ix_quotes_lex_tok_in(T, IX_QLEX_W_GROUP) ? ix_quotes_lex_group(S, T->a, T->b, &canon) : 0;
        if (g && !ROLEW(*T)) {
            const char *name = canon ? canon : NULL;
            if (!name) {
                name = ix_scan_copy_lower(doc, T->a, T->b);
                if (!name)
                    return IX_ENOMEM;
            }
            if (add_mention(doc, pp, T->a, T->b, -1, g, name) != IX_OK)
                return IX_ENOMEM;
            pp->m.items[pp->m.n - 1].speaks = speech_follows(doc, t, n, k + 1);
            pp->m.items[pp->m.n - 1].sent = st->sent;
            k++;
            continue;
        }
        if (CAPW(*T)) {
            /* A capitalised run: "Chief Inspector Tom Reyes", "Jane Okafor,
             * chief executive of ...", "Jane Okafor said". */
            size_t r = k;
            while (r < n && ((CAPW(t[r]) && !HONOR(t[r])) ||
                             (CONN(t[r]) && r > k && r + 1 < n && CAPW(t[r + 1]))))
                r++;
            if (r < n && HONOR(t[r])) {
                /* The honorific starts the name; one with no name after it
                 * ("Dame 1.") is passed over, or the scan would stand still. */
                k = r > k ? r : k + 1;
                continue;
            }
            size_t lr = (size_t)-1;
            int org = 0;
            for (size_t i = k; i < r; i++) {
                if (ROLEW(t[i]))
                    lr = i;
                if (ORGW(t[i]))
                    org = 1;
            }
            int prev_ok = k == 0 || t[k - 1].punct || !t[k - 1].cap || STOP(t[k - 1]);
            /* "Ann Lee Ofsted inspector": a name, an inspectorate's short
             * name and its office in lower case after the run. */
            size_t fi = lr == (size_t)-1 && r < n && W(t[r]) && !t[r].cap
                            ? name_then_office(t, k, r) : (size_t)-1;
            if (fi != (size_t)-1) {
                const char *role = join_words(doc, t, fi, r);
                if (!role)
                    return IX_ENOMEM;
                int rc = note_person(doc, pp, st, t, k, fi - 1, (size_t)-1, role);
                if (rc != IX_OK)
                    return rc;
                org = 0;
            }
            /* A body named in full: "HM Inspectorate of Prisons for
             * Scotland", "his Majesty's Inspectorate of Probation". */
            if (org && lr == (size_t)-1 && r - k >= 2 && pp->norg < MAX_ORGS) {
                size_t a = k;
                if (IS(t[a], "majesty's") && a > 0 && (IS(t[a - 1], "his") || IS(t[a - 1], "her")))
                    a--;
                const char *o = join_words(doc, t, a, r - 1);
                if (!o)
                    return IX_ENOMEM;
                pp->org[pp->norg++] = o;
            }
            size_t fo = lr != (size_t)-1 && lr + 1 == r ? name_then_office(t, k, r - 1) : (size_t)-1;
            if (fo != (size_t)-1) {
                const char *role = join_words(doc, t, fo, r - 1);
                if (!role)
                    return IX_ENOMEM;
                int rc = note_person(doc, pp, st, t, k, fo - 1, (size_t)-1, role);
                if (rc != IX_OK)
                    return rc;
            } else if (lr != (size_t)-1 && lr + 1 < r) {
                size_t ns;
                if (CONN(t[lr + 1]))
                    ns = r - lr - 2 >= 3 ? r - 2 : r;
                else
                    ns = r - (lr + 1) > 3 ? r - 3 : lr + 1;
                int name_org = 0;
                for (size_t i = ns; i < r; i++)
                    if (ORGW(t[i]) || ROLEW(t[i]))
                        name_org = 1;
                if (ns < r && r - ns >= 2 && !name_org) {
                    const char *role = join_words(doc, t, k, ns - 1);
                    int rc = note_person(doc, pp, st, t, ns, r - 1, (size_t)-1, role);
                    if (rc != IX_OK)
                        return rc;
                } else if (ns + 1 == r && !name_org && known_surname(doc, pp, &t[ns])) {
                    /* "HMI Cooke" after "HMI Andy Cooke": the office and a
                     * surname the document has given in full. */
                    int rc = note_person(doc, pp, st, t, ns, ns, (size_t)-1, NULL);
                    if (rc != IX_OK)
                        return rc;
                }
            } else if (lr == (size_t)-1 && !org && prev_ok && r - k >= 2 && r - k <= 3) {
                size_t end = r, r2 = r;
                /* "Martin Okafor CBE, Chief Inspector, said" */
                while (r2 < n && W(t[r2]) && ix_quotes_lex_tok_in(&t[r2], IX_QLEX_W_POSTNOMINAL))
                    r2++;
                const char *role = role_after(doc, t, n, r2, &end);
                (void)end;
                int says = r2 < n && SPEECH(t[r2]);
                /* "The Chief Inspector, Tom Reyes, says": the office
                 * before the name; "the headteacher, Jo Hale, said". */
                if (!role && k >= 2 && t[k - 1].punct == ',')
                    role = role_before(doc, t, k - 1);
                if (!role && k >= 2 && t[k - 1].punct == ',' && ROLEW(t[k - 2]) && !t[k - 2].cap) {
                    /* "the regional probation director, Colm Hale,": the
                     * office's words back to its determiner or owner */
                    size_t a = k - 2;
                    while (a > 0 && k - 2 - a < 4 && W(t[a - 1]) && !t[a - 1].cap &&
                           !ix_quotes_lex_tok_in(&t[a - 1], IX_QLEX_W_DETERMINER | IX_QLEX_W_STOP) &&
                           !SAYS(t[a - 1]) && !possessive_tok(doc, &t[a - 1]))
                        a--;
                    if (a > 0 && !(W(t[a - 1]) && (ix_quotes_lex_tok_in(&t[a - 1], IX_QLEX_W_DETERMINER) ||
                                                   possessive_tok(doc, &t[a - 1]))))
                        a = k - 2;          /* no determiner: the office word alone */
                    role = join_words(doc, t, a, k - 2);
                    if (!role)
                        return IX_ENOMEM;
                }
                if (!role && office_lower_before(doc, t, k, &role) < 0)
                    return IX_ENOMEM;
                if (!says && r2 + 1 < n && t[r2].punct == ',' && SPEECH(t[r2 + 1]) && k >= 1 &&
                    t[k - 1].punct == ',')
                    says = 1;
                /* "Tom Reyes, a local campaigner, was ...": a description
                 * with an indefinite article in apposition is a person's. */
                if (!role && prev_ok && r2 + 2 < n && t[r2].punct == ',' &&
                    (IS(t[r2 + 1], "a") || IS(t[r2 + 1], "an"))) {
                    size_t e2 = r2 + 2;
                    while (e2 < n && e2 - r2 <= 10 && W(t[e2]) && !SPEECH(t[e2]))
                        e2++;
                    if (e2 > r2 + 2 && e2 < n && t[e2].punct == ',') {
                        role = join_words(doc, t, r2 + 2, e2 - 1);
                        if (!role)
                            return IX_ENOMEM;
                    }
                }
                /* "Anna Bell, who runs a local charity, disagreed": a
                 * description between commas, then the speech verb. */
                if (!says && prev_ok && r2 < n && t[r2].punct == ',') {
                    size_t e2 = r2 + 1;
                    while (e2 < n && e2 - r2 <= 14 && W(t[e2]) && !SPEECH(t[e2]))
                        e2++;
                    says = e2 > r2 + 2 && e2 + 1 < n && t[e2].punct == ',' && SPEECH(t[e2 + 1]);
                }
                if (role || says) {
                    int rc = note_person(doc, pp, st, t, k, r - 1, (size_t)-1, role);
                    if (rc != IX_OK)
                        return rc;
                } else {
                    int np0 = pp->np;
                    int at = person_add(doc, pp, t, k, r - 1, (size_t)-1, NULL);
                    if (at == -2)
                        return IX_ENOMEM;
                    if (at >= 0 && at == np0)
                        pp->p[at].weak = 1;
                }
            }
            k = r > k ? r : k + 1;
            continue;
        }
        k++;
    }
    return IX_OK;
}

static int compatible(const person *p, const person *q)
{
    if (p->gender && q->gender && p->gender != q->gender)
        return 0;
    if (p->nwords >= 2 && q->nwords >= 2)
        return strcmp(p->first, q->first) == 0 && strcmp(p->last, q->last) == 0;
    /* "Mr Reyes", "Dame Ann", and in news copy a first name alone ("says
     * Helen") for "Helen Quinn". */
    if (p->nwords == 1)
        return strcmp(q->last, p->last) == 0 ||
               ((p->honor_first || !p->honor) && q->first && strcmp(q->first, p->last) == 0);
    return 0;
}

static int better(const person *q, const person *best)
{
    if (q->nwords != best->nwords)
        return q->nwords > best->nwords;
    return q->honor_first && !best->honor_first;
}

static void canonicalise(ix_quotes_people *pp)
{
    for (int i = 0; i < pp->np; i++) {
        int best = i;
        for (int j = 0; j < pp->np; j++)
            if (j != i && compatible(&pp->p[i], &pp->p[j]) && better(&pp->p[j], &pp->p[best]))
                best = j;
        pp->p[i].canon = best;
    }
    /* The fullest form gathers what its shorter forms know; a name-shaped
     * run that a real mention maps to is a person. */
    for (int i = 0; i < pp->np; i++) {
        person *c = &pp->p[pp->p[i].canon];
        if (!pp->p[i].weak)
            c->weak = 0;
        if (!c->gender && pp->p[i].gender)
            c->gender = pp->p[i].gender;
        if (!c->role && pp->p[i].role)
            c->role = pp->p[i].role;
    }
}

ix_quotes_people *ix_quotes_people_build(ix_doc *doc, const ix_span *skip, size_t nskip,
                                         ix_err *err)
{
    ix_quotes_people *pp = ix_arena_zalloc(doc->arena, sizeof *pp);
    if (!pp) {
        ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
        return NULL;
    }
    ix_qtok *t = malloc(CHUNK * sizeof *t);
    if (!t) {
        ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
        return NULL;
    }
    pstate st = { -1, 0, 0, 1 };
    size_t ks = 0;
    int rc = IX_OK;
    for (size_t si = 0; si < doc->sents.n && rc == IX_OK; si++) {
        if (!ix_scan_sent_in(doc, si, IX_IN_DOCUMENT))
            continue;
        size_t i = doc->sents.items[si].norm.start, e = doc->sents.items[si].norm.end;
        while (i < e && rc == IX_OK) {
            /* Up to CHUNK tokens; a quote in between becomes one '"'. */
            size_t n = 0;
            ix_qtok tk;
            while (n < CHUNK && i < e) {
                while (ks < nskip && skip[ks].end <= i)
                    ks++;
                if (ks < nskip && skip[ks].start <= i) {
                    tk.a = i;
                    tk.b = i + 1;
                    tk.punct = '"';
                    tk.cap = 0;
                    tk.lex = 0;
                    t[n++] = tk;
                    i = skip[ks].end;
                    continue;
                }
                /* The words up to the next quote, as many as fit, read in
                 * one call; a full chunk goes on after its last token. */
                size_t lim = ks < nskip && skip[ks].start < e ? skip[ks].start : e;
                size_t got = ix_quotes_lex_tokens(doc->norm, i, lim, t + n, CHUNK - n, 0);
                n += got;
                i = n == CHUNK && got ? t[n - 1].b : lim;
            }
            rc = scan_tokens(doc, pp, &st, t, n);
        }
        /* A sentence that ended on its full stop is counted once: "Tom
         * Reyes spoke. He added" is the next sentence, not the one after. */
        if (!st.ended)
            st.sent++;
        st.ended = 1;
    }
    free(t);
    if (rc != IX_OK) {
        ix_err_set(err, rc, "quotes: out of memory");
        return NULL;
    }
    canonicalise(pp);
    return pp;
}

/* The person whose words are t[j..k] (honorific optional), through the
 * table: exact form first, else the fullest compatible form. */
static int person_of(const ix_doc *doc, const ix_quotes_people *pp, const ix_qtok *t, size_t j,
                     size_t k)
{
    char buf[160];
    size_t n = 0;
    for (size_t i = j; i <= k; i++) {
        if (t[i].punct)
            continue;
        size_t l = t[i].b - t[i].a;
        if (n + l + 2 >= sizeof buf)
            return -1;
        if (n)
            buf[n++] = ' ';
        memcpy(buf + n, S + t[i].a, l);
        n += l;
    }
    buf[n] = '\0';
    int at = person_find(pp, buf);
    if (at >= 0)
        return pp->p[at].canon;
    /* Not written this way before: match its words against the table. */
    person q;
    memset(&q, 0, sizeof q);
    size_t nb = j;
    int hf = 0;
    if (HONOR(t[j])) {
        q.honor = ix_quotes_lex_honorific(S, t[j].a, t[j].b, &hf);
        q.honor_first = hf;
        q.gender = q.honor == IX_QLEX_ANY ? 0 : q.honor;
        nb = j + 1;
    }
    char fw[64], lw[64];
    size_t words[8], nw = 0;
    for (size_t i = nb; i <= k && nw < 8; i++)
        if (!t[i].punct)
            words[nw++] = i;
    if (nw == 0 || t[words[nw - 1]].b - t[words[nw - 1]].a >= sizeof lw ||
        t[words[0]].b - t[words[0]].a >= sizeof fw)
        return -1;
    memcpy(lw, S + t[words[nw - 1]].a, t[words[nw - 1]].b - t[words[nw - 1]].a);
    lw[t[words[nw - 1]].b - t[words[nw - 1]].a] = '\0';
    memcpy(fw, S + t[words[0]].a, t[words[0]].b - t[words[0]].a);
    fw[t[words[0]].b - t[words[0]].a] = '\0';
    q.nwords = (int)nw;
    q.last = lw;
    q.first = nw >= 2 ? fw : NULL;
    int best = -1;
    for (int i = 0; i < pp->np; i++) {
        const person *c = &pp->p[pp->p[i].canon];
        if (compatible(&q, &pp->p[i]) && (best < 0 || better(c, &pp->p[best])))
            best = pp->p[i].canon;
    }
    return best;
}

const char *ix_quotes_people_fullest(const ix_quotes_people *pp, const ix_doc *doc,
                                     size_t a, size_t b, const char **role)
{
    ix_qtok t[16];
    size_t n = ix_quotes_lex_tokens(doc->norm, a, b, t, 16, 0);
    if (role)
        *role = NULL;
    if (n == 0)
        return NULL;
    int at = person_of(doc, pp, t, 0, n - 1);
    if (at < 0)
        return NULL;
    if (role)
        *role = pp->p[at].role;
    return pp->p[at].name;
}

/* ---- noun phrases ------------------------------------------------------------ */

typedef enum { NP_NONE, NP_PRONOUN, NP_PERSON, NP_GROUP, NP_ORG, NP_ROLE } np_kind;

typedef struct np {
    np_kind kind;
    size_t ta, tb;         /* tokens of the name (inclusive) */
    size_t ra, rb;         /* tokens of a role phrase (inclusive); ra > rb: none */
    int pron;
    const char *canon;     /* a group's record name */
    size_t na;             /* a group's name starts here when after ta (the
                              mention "The Exmoor report", the name
                              "report"); 0: at ta */
} np;

#define MAX_ASIDE 8

typedef struct actx {
    ix_doc *doc;
    const ix_quotes_people *pp;
    const ix_quotes_attrib *prev;   /* the previous quote's attribution, or NULL */
    size_t aside[MAX_ASIDE];        /* norm offsets of the marks of the scare
                                       quotes just before the quote: the
                                       writer's words, not clause ends */
    size_t naside;
    size_t pre_lo;                  /* where the writer's text before it starts */
} actx;

/* tokens t[0..n) without the marks of c->aside; returns the new count. */
static size_t drop_asides(const actx *c, ix_qtok *t, size_t n)
{
    if (c->naside == 0)
        return n;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int mark = 0;
        for (size_t k = 0; k < c->naside && !mark; k++)
            mark = t[i].punct && t[i].a == c->aside[k];
        if (!mark)
            t[m++] = t[i];
    }
    return m;
}

static void np_clear(np *x)
{
    memset(x, 0, sizeof *x);
    x->ra = 1;
    x->rb = 0;
}

static int has_role(const np *x)
{
    return x->ra <= x->rb;
}

/* "Jo Hale of Harbour Trust": in the capitalised run t[j..i] a name of two
 * or three plain words, then "of" or "from" and the body the person speaks
 * for.  Narrows *x to the person then. */
static void name_of_body(const ix_doc *doc, const ix_qtok *t, size_t j, size_t i, np *x)
{
    for (size_t k = j + 2; k < i && k <= j + 3; k++) {
        if (!IS(t[k], "of") && !IS(t[k], "from"))
            continue;
        for (size_t h = j; h < k; h++)
            if (!CAPW(t[h]) || ORGW(t[h]) || ROLEW(t[h]) ||
                ix_quotes_lex_tok_in(&t[h], IX_QLEX_W_NOT_SPEAKER | IX_QLEX_W_GROUP))
                return;
        x->kind = NP_PERSON;
        x->tb = k - 1;
        x->canon = NULL;
        return;
    }
}

/* What the capitalised run t[j..i] names. */
static int classify_run(const actx *c, const ix_qtok *t, size_t j, size_t i, np *x)
{
    const ix_doc *doc = c->doc;
    np_clear(x);
    /* "in October and found", "in the North commented": no speaker */
    if (j == i && ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_NOT_SPEAKER))
        return 0;
    for (size_t h = j; h < i; h++)
        if (HONOR(t[h]) && t[h].cap) {
            x->kind = NP_PERSON;
            x->ta = h;
            x->tb = i;
            if (h > j && role_like(t, j, h)) {
                x->ra = j;
                x->rb = h - 1;
            }
            return 1;
        }
    const char *canon = NULL;
    if (ix_quotes_lex_group(S, t[i].a, t[i].b, &canon) && !ROLEW(t[i])) {
        x->kind = NP_GROUP;
        x->ta = j;
        x->tb = i;
        x->canon = canon;
        if (t[i].cap)
            name_of_body(doc, t, j, i, x);
        return 1;
    }
    size_t lr = (size_t)-1;
    int org = 0;
    size_t words = 0;
    for (size_t k = j; k <= i; k++) {
        if (ROLEW(t[k]))
            lr = k;
        if (ORGW(t[k]))
            org = 1;
        if (W(t[k]) && !CONN(t[k]))
            words++;
    }
    if (lr != (size_t)-1) {
        x->ta = j;
        x->tb = i;
        x->kind = NP_ROLE;
        size_t fo = lr == i ? name_then_office(t, j, i) : (size_t)-1;
        if (fo != (size_t)-1) {
            x->kind = NP_PERSON;       /* "Ian Lawrence General Secretary" */
            x->tb = fo - 1;
            x->ra = fo;
            x->rb = i;
            return 1;
        }
        if (lr == i)
            return 1;
        size_t ns;
        if (CONN(t[lr + 1])) {
            if (i - (lr + 1) < 3)
                return 1;                  /* "Chief Inspector of Probation" */
            ns = i - 1;
        } else {
            ns = i - (lr + 1) >= 3 ? i - 2 : lr + 1;
        }
        for (size_t k = ns; k <= i; k++)
            if (ORGW(t[k]) || ROLEW(t[k]))
                return 1;
        x->kind = NP_PERSON;
        x->ta = ns;
        x->tb = i;
        x->ra = j;
        x->rb = ns - 1;
        return 1;
    }
    x->ta = j;
    x->tb = i;
    if (org) {
        x->kind = NP_ORG;
        name_of_body(doc, t, j, i, x);
        return 1;
    }
    if (person_of(doc, c->pp, t, j, i) >= 0 || (words >= 2 && words <= 3)) {
        x->kind = NP_PERSON;
        return 1;
    }
    x->kind = NP_ORG;
    name_of_body(doc, t, j, i, x);
    return 1;
}

/* A body named by its common noun from token k: "the home", "the care
 * home", "the trust" (up to two modifiers from the group-modifier table,
 * then a body noun, in lower case).  Returns the noun's token, or 0. */
static size_t body_noun_at(const ix_qtok *t, size_t n, size_t k)
{
    for (size_t e = k; e < n && e <= k + 2 && W(t[e]) && !t[e].cap; e++) {
        if (ix_quotes_lex_tok_in(&t[e], IX_QLEX_W_BODY))
            return e;
        if (!MODW(t[e]))
            break;
    }
    return 0;
}

/* The office at token h goes on with the body it is the office of: "a
 * spokeswoman for Westmarch Council", "the chief executive of the Exe &
 * Dart Trust" ("of", "for" or "at", an optional "the", a capitalised name
 * of up to ten tokens), "a spokesperson for the care home" ("the", then a
 * body by its common noun).  Returns the phrase's last token (h when
 * none). */
static size_t office_of_body(const ix_doc *doc, const ix_qtok *t, size_t n, size_t h)
{
    size_t k = h + 1;
    if (k + 1 >= n || !(IS(t[k], "of") || IS(t[k], "for") || IS(t[k], "at")))
        return h;
    k++;
    if (k + 1 < n && IS(t[k], "the")) {
        k++;
        size_t b = body_noun_at(t, n, k);
        if (b)
            return b;
    }
    size_t e = k;
    while (e < n && e - k < 10 &&
           (CAPW(t[e]) || (CONN(t[e]) && e > k && e + 1 < n && CAPW(t[e + 1]))))
        e++;
    return e > k ? e - 1 : h;
}

/* A noun phrase ending at token i (inclusive), not reaching before lo. */
static int np_run_back(const actx *c, const ix_qtok *t, size_t lo, size_t i, np *x)
{
    const ix_doc *doc = c->doc;
    np_clear(x);
    /* "Martin Okafor CBE said": the letters after the name. */
    while (i > lo && W(t[i]) && ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_POSTNOMINAL) && CAPW(t[i - 1]))
        i--;
    if (!W(t[i]))
        return 0;
    if (CAPW(t[i])) {
        size_t j = i;
        while (j > lo) {
            const ix_qtok *u = &t[j - 1];
            if (CAPW(*u))
                j--;
            else if (u->punct == '.' && j - 1 > lo && HONOR(t[j - 2]))
                j--;
            else if (CONN(*u) && j - 1 > lo && CAPW(t[j - 2]))
                j--;
            else
                break;
        }
        if (j > lo && IS(t[j], "majesty's") && (IS(t[j - 1], "her") || IS(t[j - 1], "his")))
            j--;
        while (j < i && (CONN(t[j]) || t[j].punct))
            j++;
        return classify_run(c, t, j, i, x);
    }
    const char *canon = NULL;
    int g = ix_quotes_lex_group(S, t[i].a, t[i].b, &canon);
    int rw = ROLEW(t[i]);
    if (!g && !rw)
        return 0;
    size_t j = i;
    while (j > lo && (CAPW(t[j - 1]) || (CONN(t[j - 1]) && j - 1 > lo && CAPW(t[j - 2]) && j < i)))
        j--;
    /* "The CQC report", "Ofsted's report": a body's name stays; a place's
     * ("The Exmoor report") does not: the report is the speaker. */
    size_t name_at = 0;
    if (g && !rw && j < i) {
        for (size_t k = j; k < i; k++)
            if (!MODW(t[k]) && !CONN(t[k]))
                name_at = i;
    }
    size_t m = j, cnt = 0;
    while (m > lo && W(t[m - 1]) && !t[m - 1].cap && cnt < 3 &&
           !ix_quotes_lex_tok_in(&t[m - 1], IX_QLEX_W_DETERMINER) && !SAYS(t[m - 1])) {
        m--;
        cnt++;
    }
    if (m > lo && W(t[m - 1]) && ix_quotes_lex_tok_in(&t[m - 1], IX_QLEX_W_DETERMINER)) {
        if (g && !rw && j == i) {
            /* A group keeps the words that name it ("the inspection
             * report", "a council spokesperson"), not its description ("the
             * chief inspector's wide-ranging report" -> "report"). */
            while (j > m && MODW(t[j - 1]))
                j--;
            /* "one nurse", "some staff": the number is part of who spoke. */
            if (j == m && (IS(t[m - 1], "one") || IS(t[m - 1], "some") ||
                           IS(t[m - 1], "several") || IS(t[m - 1], "many")))
                j = m - 1;
        } else {
            j = m;
            if (IS(t[m - 1], "one") || IS(t[m - 1], "some"))
                j = m - 1;       /* "one staff member said" */
        }
    } else if (g && !rw && j == i && m > lo && t[m - 1].cap && possessive_tok(doc, &t[m - 1])) {
        /* "Ofsted's inspection report": a named owner and the words that
         * name the group stay ("the chief inspector's wide-ranging report"
         * above, after a determiner, does not) */
        while (j > m && MODW(t[j - 1]))
            j--;
        if (j == m)
            j = m - 1;
    } else if (rw) {
        /* "the region's police and crime commissioner said": an office in
         * lower-case words keeps them and its owner, as after "the"
         * ("the county's youth justice manager"). */
        for (size_t q = j; q >= m && q > lo; q--)
            if (possessive_tok(doc, &t[q - 1])) {
                j = q - 1;
                break;
            }
    }
    /* "Ann Lee Ofsted inspector said": the name before the office speaks */
    size_t fo = rw && j < i ? name_then_office(t, j, i) : (size_t)-1;
    if (fo != (size_t)-1 && fo > j && !ROLEW(t[fo])) {
        x->kind = NP_PERSON;
        x->ta = j;
        x->tb = fo - 1;
        x->ra = fo;
        x->rb = i;
        return 1;
    }
    x->kind = g && !rw ? NP_GROUP : NP_ROLE;
    x->ta = j;
    x->tb = i;
    x->canon = canon;
    if (name_at)
        x->na = name_at;
    return 1;
}

/* A group named with a phrase after it in t[a..b): "The latest report
 * into the service", "the inspection of Exmoor prison".  Returns 1 with *x
 * set to the group, or 0. */
static int np_head_of_pp(const actx *c, const ix_qtok *t, size_t a, size_t b, np *x)
{
    const ix_doc *doc = c->doc;
    for (size_t k = a; k + 1 < b; k++) {
        if (!W(t[k]) || !ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_GROUP))
            continue;
        if (!IS(t[k + 1], "into") && !IS(t[k + 1], "of") && !IS(t[k + 1], "on") &&
            !IS(t[k + 1], "for"))
            return 0;
        return np_run_back(c, t, a, k, x) && (x->kind == NP_GROUP || x->kind == NP_ROLE);
    }
    return 0;
}

/* Where the office whose role word is t[a] starts: over role words, one
 * capitalised or qualifying word ("HM", "council") and a determiner; and
 * over an office it is the office of, in lower case ("a spokesperson for
 * the Mayor of Harbourside").  Not before lo. */
static size_t office_start(const actx *c, const ix_qtok *t, size_t lo, size_t a)
{
    const ix_doc *doc = c->doc;
    for (;;) {
        while (a > lo && ROLEW(t[a - 1]))
            a--;
        if (a > lo && (CAPW(t[a - 1]) || MODW(t[a - 1])))
            a--;
        if (a > lo && W(t[a - 1]) && ix_quotes_lex_tok_in(&t[a - 1], IX_QLEX_W_DETERMINER))
            a--;
        if (!(a > lo + 1 && (IS(t[a - 1], "for") || IS(t[a - 1], "of")) && ROLEW(t[a - 2]) &&
              !t[a - 2].cap))
            return a;
        a -= 2;
    }
}

/* "a spokesperson for the Mayor of Harbourside", "a spokesman for Kestrel
 * Council": the noun phrase x (an office or a body) is what a lower-case
 * office before it speaks for; x becomes that office. */
static void office_for(const actx *c, const ix_qtok *t, size_t lo, np *x)
{
    const ix_doc *doc = c->doc;
    size_t a = x->ta;
    if (a > lo && W(t[a - 1]) && ix_quotes_lex_tok_in(&t[a - 1], IX_QLEX_W_DETERMINER))
        a--;
    if (!(a > lo + 1 && (IS(t[a - 1], "for") || IS(t[a - 1], "of")) && ROLEW(t[a - 2]) &&
          !t[a - 2].cap))
        return;
    size_t tb = x->tb;
    np_clear(x);
    x->kind = NP_ROLE;
    x->ta = office_start(c, t, lo, a - 2);
    x->tb = tb;
}

/* Where a chunk ending at `end` (exclusive) ends once a short bracket
 * closing it is set aside: "His Majesty's Inspector of Ferries (HMIF)" ->
 * the token of "(".  The bracket holds at most six tokens and no boundary;
 * returns `end` when there is none. */
static size_t before_bracket(const ix_qtok *t, size_t lo, size_t end)
{
    if (end < lo + 3 || t[end - 1].punct != ')')
        return end;
    for (size_t k = end - 1; k > lo + 1 && end - k <= 6; k--) {
        if (t[k - 1].punct == '(')
            return k - 1;
        if (boundary(t, k - 1))
            return end;
    }
    return end;
}

/* The subject in apposition before the comma at token `comma`: "Dame Ann
 * Coyle, HM Chief Inspector of Probation, said"; "The review, published by
 * ..., noted"; an office's bracketed short name aside ("Ann Lee, HM
 * Inspector of Ferries (HMIF), said"). */
static int np_appos(const actx *c, const ix_qtok *t, size_t lo, size_t comma, np *x)
{
    const ix_doc *doc = c->doc;
    size_t end = comma, ra = 1, rb = 0, list_end = 0;
    int role_valid = 1, in_list = 0;
    np_clear(x);
    for (int step = 0; step < 6; step++) {
        end = before_bracket(t, lo, end);
        size_t cs = end;
        while (cs > lo && t[cs - 1].punct != ',' && !boundary(t, cs - 1))
            cs--;
        if (cs == end)
            return 0;
        /* The leftmost chunk is the subject itself, even when it holds an
         * office ("Chief Inspector Tom Reyes, who ..., said"). */
        int leftmost = cs == lo || t[cs - 1].punct != ',';
        /* "Ann Lee, a partner at the practice, said": a description with an
         * indefinite article is an office in apposition */
        int described = !leftmost && W(t[cs]) && end - cs >= 2 &&
                        (IS(t[cs], "a") || IS(t[cs], "an"));
        /* "Jo Hale, Cabinet Member for Housing, Ferries, and Parks, said":
         * the last item of a list in the office; the items before it are
         * the office's too, back to the chunk holding its role word. */
        int list_item = !leftmost && (in_list || (end - cs >= 2 && (IS(t[cs], "and") || IS(t[cs], "or")) &&
                                                  CAPW(t[cs + 1])) ||
                                      portfolio_tail(doc, t, lo, cs, end));
        if (list_item && !role_like(t, cs, end)) {
            if (!in_list)
                list_end = end - 1;
            in_list = 1;
        } else if ((role_like(t, cs, end) || described) && !leftmost) {
            if (ra > rb) {
                ra = skip_determiner(doc, t, cs, end);
                rb = in_list ? list_end : end - 1;
            }
            in_list = 0;
        } else if (W(t[cs]) && !t[cs].cap && !ix_quotes_lex_tok_in(&t[cs], IX_QLEX_W_DETERMINER)) {
            role_valid = 0;                  /* "published by ...", "who ..." */
        } else {
            np y;
            if (!np_run_back(c, t, cs, end - 1, &y) && !(leftmost && np_head_of_pp(c, t, cs, end, &y))) {
                /* "Jo Hale, the borough's corporate parenting champion,
                 * said": a description of the person before it, whatever
                 * its head noun, stands as the office in apposition. */
                if (leftmost || end - cs < 2 || end - cs > 10 || !W(t[cs]) ||
                    !(ix_quotes_lex_tok_in(&t[cs], IX_QLEX_W_DETERMINER) || possessive_tok(doc, &t[cs])))
                    return 0;
                if (ra > rb) {
                    ra = skip_determiner(doc, t, cs, end);
                    rb = end - 1;
                }
                end = cs - 1;
                continue;
            }
            /* "A spokesperson for the Mayor of Harbourside, which funds
             * the college, said": the office, not what it speaks for. */
            if (leftmost && (y.kind == NP_ROLE || y.kind == NP_ORG || y.kind == NP_GROUP))
                office_for(c, t, cs, &y);
            /* "Ann Lee, deputy director, Harbour Trust, said", "Jo Hale,
             * Police, Fire and Crime Commissioner, said": a body inside the
             * apposition is where the office is held; the person before it
             * speaks. */
            np z;
            if (y.kind == NP_ORG && !leftmost && np_appos(c, t, lo, cs - 1, &z) &&
                z.kind == NP_PERSON && (has_role(&z) || ra <= rb)) {
                if (!has_role(&z) && role_valid) {
                    z.ra = ra;
                    z.rb = rb;
                }
                *x = z;
                return 1;
            }
            if (y.kind == NP_PERSON && role_valid && ra <= rb && !has_role(&y)) {
                y.ra = ra;
                y.rb = rb;
            }
            /* "Chief Executive of Harbour Ltd, Maria Lopez, said": the
             * office in the chunk before the name. */
            if (y.kind == NP_PERSON && !has_role(&y) && y.ta == cs && cs > lo + 1 &&
                t[cs - 1].punct == ',') {
                size_t ps = cs - 1;
                while (ps > lo && t[ps - 1].punct != ',' && !boundary(t, ps - 1))
                    ps--;
                if (role_like(t, ps, cs - 1)) {
                    y.ra = skip_determiner(doc, t, ps, cs - 1);
                    y.rb = cs - 2;
                }
            }
            *x = y;
            return 1;
        }
        if (cs == lo || t[cs - 1].punct != ',')
            return 0;
        end = cs - 1;
    }
    return 0;
}

static int np_fwd(const actx *c, const ix_qtok *t, size_t n, size_t i, np *x);

/* The subject of a speech participle after a comma ("The inspectors
 * praised the staff, saying ..."): the noun phrase opening the clause
 * t[cs..v), when a word follows it.  Returns 1 with *x set, or 0. */
static int participle_subject(const actx *c, const ix_qtok *t, size_t cs, size_t v,
                              np *x)
{
    const ix_doc *doc = c->doc;
    if (t[v].b - t[v].a <= 4 || !ix_quotes_lex_is(S, t[v].b - 3, t[v].b, "ing"))
        return 0;
    if (!np_fwd(c, t, v, cs, x) || x->kind == NP_NONE || x->kind == NP_ORG || x->tb + 2 >= v ||
        !W(t[x->tb + 1]))
        return 0;
    return 1;
}

/* The subject of the verb at token v is a noun with a relative clause or a
 * participle after it, no comma between: "A report published today said",
 * "Inspectors who visited in March found", "the review that the council
 * commissioned concluded".  The noun (a group, an office, or a capitalised
 * run) is the first within ten words before v followed by "who", "which",
 * "that" or a past participle; no punctuation or speech verb stands
 * between.  Returns 1 with *x set, or 0. */
static int after_a_relative(const actx *c, const ix_qtok *t, size_t lo, size_t v, np *x)
{
    const ix_doc *doc = c->doc;
    size_t from = v > lo + 10 ? v - 10 : lo;
    for (size_t k = v; k > from; k--)
        if (!W(t[k - 1]) || SAYS(t[k - 1]))
            from = k;
    for (size_t h = from; h + 2 <= v; h++) {
        const ix_qtok *r = &t[h + 1];
        int rel = IS(*r, "who") || IS(*r, "which") || IS(*r, "that");
        if (!rel && !(W(*r) && !r->cap && ix_quotes_lex_participle(S, r->a, r->b)))
            continue;
        if (!(ix_quotes_lex_tok_in(&t[h], IX_QLEX_W_GROUP | IX_QLEX_W_ROLE) || CAPW(t[h])))
            continue;
        np y;
        if (np_run_back(c, t, lo, h, &y) &&
            (y.kind == NP_GROUP || y.kind == NP_ROLE || y.kind == NP_PERSON)) {
            *x = y;
            return 1;
        }
        return 0;
    }
    return 0;
}

/* An office of a body with a long name, ending right before token i:
 * six words, or ten in capitals and connectors ("a spokesman for Exe &
 * Dart Community Rehabilitation Company"); an office of an office stays
 * whole ("a spokesperson for the Mayor of Harbourside").  Returns 1 with
 * *x set to the office, or 0. */
static int office_of_long_name(const actx *c, const ix_qtok *t, size_t lo, size_t i, np *x)
{
    const ix_doc *doc = c->doc;
    for (size_t k = i - 1; k > lo && i - k <= 10; k--) {
        if ((!W(t[k - 1]) && t[k - 1].punct != '&') || SAYS(t[k - 1]))
            break;
        if (i - k > 6 && !CAPW(t[k]) && !CONN(t[k]))
            break;
        if ((IS(t[k - 1], "of") || IS(t[k - 1], "for") || IS(t[k - 1], "at")) && k - 1 > lo &&
            ROLEW(t[k - 2])) {
            np_clear(x);
            x->kind = NP_ROLE;
            x->ta = office_start(c, t, lo, k - 2);
            x->tb = i - 1;
            return 1;
        }
    }
    return 0;
}

/* Does the noun phrase x follow a preposition of place ("At West Harbour,
 * which was described as ...")?  Then it is where, not who: no subject for
 * the relative clause after it. */
static int after_place_preposition(const actx *c, const ix_qtok *t, size_t lo, const np *x)
{
    const ix_doc *doc = c->doc;
    return x->ta > lo && W(t[x->ta - 1]) &&
           ix_quotes_lex_place_preposition(S, t[x->ta - 1].a, t[x->ta - 1].b);
}

/* The subject ending right before token `end`, not before lo: "Dame Ann
 * said", "she had commented", "the inspectors assessed". */
static int np_back(const actx *c, const ix_qtok *t, size_t lo, size_t end, np *x)
{
    const ix_doc *doc = c->doc;
    np_clear(x);
    /* "Inspectors praised the staff, saying they were '...'": the
     * participle's subject is the clause's, not the object before the
     * comma. */
    if (end > lo + 2 && t[end - 1].punct == ',' && SPEECH(t[end]) &&
        participle_subject(c, t, lo, end, x))
        return 1;
    size_t i = end;
    for (int aux = 0; aux < 3 && i > lo && W(t[i - 1]) &&
                      ix_quotes_lex_tok_in(&t[i - 1], IX_QLEX_W_AUX); aux++)
        i--;
    /* "He went on to say:", "she continued to stress": the subject of the
     * verb the speech verb depends on */
    if (i > lo + 2 && IS(t[i - 1], "to") && IS(t[i - 2], "on") &&
        (IS(t[i - 3], "went") || IS(t[i - 3], "goes") || IS(t[i - 3], "go") || IS(t[i - 3], "going")))
        i -= 3;
    else if (i > lo + 1 && IS(t[i - 1], "to") && (IS(t[i - 2], "continued") || IS(t[i - 2], "continues")))
        i -= 2;
    /* "Mr Reyes (pictured) said": a bracket between subject and verb. */
    if (i > lo && t[i - 1].punct == ')') {
        size_t k = i - 1;
        while (k > lo && t[k - 1].punct != '(' && i - k < 12)
            k--;
        if (k > lo && t[k - 1].punct == '(')
            i = k - 1;
    }
    if (i == lo)
        return 0;
    /* "..., the manager, Jo Hale, who said:": the noun phrase the relative
     * pronoun stands for. */
    if (i > lo + 1 && (IS(t[i - 1], "who") || IS(t[i - 1], "which"))) {
        size_t e = i - 1;
        if (e > lo + 1 && t[e - 1].punct == ',')
            e--;
        return np_back(c, t, lo, e, x) && x->kind != NP_PRONOUN && !after_place_preposition(c, t, lo, x);
    }
    const ix_qtok *u = &t[i - 1];
    if (u->punct == ',')
        return np_appos(c, t, lo, i - 1, x);
    if (u->punct)
        return 0;
    int pr = ix_quotes_lex_pronoun(S, u->a, u->b);
    if (pr) {
        x->kind = NP_PRONOUN;
        x->pron = pr;
        x->ta = x->tb = i - 1;
        return 1;
    }
    /* "Jo Hale, director of operations at Harbour Ltd said": an office in
     * apposition without its closing comma; the name before it speaks. */
    for (size_t cm = i - 1; cm > lo && i - cm <= 14; cm--) {
        if (t[cm - 1].punct == ',') {
            cm--;
            np y;
            /* "Cllr Jo Hale, Executive Member for Children, Schools and
             * Families said": the portfolio's last items before the verb */
            if (portfolio_tail(doc, t, lo, cm + 1, i) && np_appos(c, t, lo, i, x) && x->kind == NP_PERSON)
                return 1;
            /* "In Exmoor, Chief Inspector of Probation Tom Reyes said": the
             * office ends in its holder's name, so the chunk is the
             * subject, not an apposition to what stands before the comma. */
            if (np_run_back(c, t, cm + 1, i - 1, &y) && y.kind == NP_PERSON && has_role(&y) &&
                y.ra == cm + 1)
                break;
            /* the office may be capitalised when it opens with an office
             * word: "Jo Hale, Deputy Chief Inspector of Care in the North
             * commented" */
            if (cm > lo && role_like(t, cm + 1, i) && (!t[cm + 1].cap || ROLEW(t[cm + 1])) &&
                np_run_back(c, t, lo, cm - 1, &y) && y.kind == NP_PERSON && !has_role(&y)) {
                y.ra = cm + 1;
                y.rb = i - 1;
                *x = y;
                return 1;
            }
            /* "Ann Lee, of the Harbour Trust (HT) added": the body where
             * the person works, its closing comma missing; she speaks. */
            np z;
            if (cm > lo && cm + 2 < i && (IS(t[cm + 1], "of") || IS(t[cm + 1], "from")) &&
                np_run_back(c, t, cm + 2, i - 1, &z) &&
                (z.kind == NP_ORG || (z.kind == NP_GROUP && t[z.tb].cap)) &&
                np_run_back(c, t, lo, cm - 1, &y) && y.kind == NP_PERSON) {
                *x = y;
                return 1;
            }
            break;
        }
        if (t[cm - 1].punct && t[cm - 1].punct != '\'' && t[cm - 1].punct != '&' &&
            t[cm - 1].punct != '-')
            break;
    }
    if (after_a_relative(c, t, lo, i, x))
        return 1;
    /* "the chief inspector of probation said", "the chief executive of the
     * Moorside Trust said": an office with what it is the office of (not
     * "Chief Inspector of Prisons Tom Reyes said": a person). */
    if (np_run_back(c, t, lo, i - 1, x) && x->kind != NP_ORG && x->kind != NP_NONE &&
        !(x->kind == NP_GROUP && t[x->tb].cap)) {
        if (x->kind == NP_ROLE)
            office_for(c, t, lo, x);
        return 1;
    }
    /* "Inspectors from HM Inspectorate of Probation found", "staff at
     * the trust said", "Ann Lee from Harbour Trust said": the body says
     * where the speakers come from. */
    if ((x->kind == NP_ORG || x->kind == NP_GROUP) && x->ta > lo + 1 &&
        (IS(t[x->ta - 1], "from") || IS(t[x->ta - 1], "at")) && W(t[x->ta - 2])) {
        np y;
        if (np_run_back(c, t, lo, x->ta - 2, &y) &&
            (y.kind == NP_GROUP || y.kind == NP_ROLE || y.kind == NP_PERSON)) {
            *x = y;
            return 1;
        }
    }
    /* "A report published yesterday by HM Inspectorate of Probation found":
     * the agent of a participle belongs to the subject's description. */
    if ((x->kind == NP_ORG || x->kind == NP_GROUP) && x->ta > lo + 2 && IS(t[x->ta - 1], "by")) {
        size_t k = x->ta - 2;
        while (k > lo && W(t[k]) && ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_AUX))
            k--;
        if (k > lo && W(t[k]) && t[k].b - t[k].a > 3 && ix_quotes_lex_is(S, t[k].b - 2, t[k].b, "ed")) {
            np y;
            if (np_run_back(c, t, lo, k - 1, &y) && (y.kind == NP_GROUP || y.kind == NP_PERSON)) {
                *x = y;
                return 1;
            }
        }
    }
    if (office_of_long_name(c, t, lo, i, x))
        return 1;
    if (!np_run_back(c, t, lo, i - 1, x))
        return 0;
    /* "A 2019 report on Harbour Police said": the body is what the report
     * is about; the report speaks. */
    if ((x->kind == NP_ORG || (x->kind == NP_GROUP && t[x->tb].cap)) && x->ta > lo + 1 &&
        (IS(t[x->ta - 1], "on") || IS(t[x->ta - 1], "into") || IS(t[x->ta - 1], "about"))) {
        np y;
        if (np_head_of_pp(c, t, lo, x->ta, &y) && y.kind == NP_GROUP) {
            *x = y;
            return 1;
        }
    }
    return 1;
}

/* "the head of the PDU, Rob King": an office in lower case with its
 * complement, a comma, then the holder's name.  t[k..h] is the office's
 * start and its noun. */
static int office_then_name(const actx *c, const ix_qtok *t, size_t n, size_t k, size_t h, np *x)
{
    size_t comma = h + 1;
    while (comma < n && comma < h + 12 && (W(t[comma]) || t[comma].punct == '&'))
        comma++;
    if (comma >= n || comma >= h + 12 || t[comma].punct != ',' || comma + 1 >= n ||
        !CAPW(t[comma + 1]))
        return 0;
    size_t e = comma + 1;
    while (e + 1 < n && e < comma + 4 && CAPW(t[e + 1]))
        e++;
    np y;
    if (!classify_run(c, t, comma + 1, e, &y) || y.kind != NP_PERSON || has_role(&y))
        return 0;
    *x = y;
    x->ra = k;
    x->rb = comma - 1;
    return 1;
}

/* Lower-case words t[k..h] describing the person named right after them
 * ("campaigner Tom Reyes", "local resident Ann Bell"): the name, a person
 * of two or three words, with the description as role.  Returns 1 with *x
 * set, or 0. */
static int described_name(const actx *c, const ix_qtok *t, size_t n, size_t k, size_t h, np *x)
{
    size_t e = h + 1;
    while (e + 1 < n && e < h + 3 && CAPW(t[e + 1]))
        e++;
    np y;
    if (e == h + 1 || !classify_run(c, t, h + 1, e, &y) || y.kind != NP_PERSON)
        return 0;
    *x = y;
    if (!has_role(x)) {
        x->ra = k;
        x->rb = h;
    }
    return 1;
}

/* A noun phrase starting at token i: "Mr Reyes", "the review", "a council
 * spokesperson", "Jane Okafor, chief executive of ...". */
static int np_fwd(const actx *c, const ix_qtok *t, size_t n, size_t i, np *x)
{
    const ix_doc *doc = c->doc;
    np_clear(x);
    if (i >= n || !W(t[i]))
        return 0;
    int pr = ix_quotes_lex_pronoun(S, t[i].a, t[i].b);
    if (pr) {
        x->kind = NP_PRONOUN;
        x->pron = pr;
        x->ta = x->tb = i;
        return 1;
    }
    size_t k = i;
    /* "His Majesty's Inspectorate ...": "His" belongs to the name. */
    if (ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_DETERMINER) && k + 1 < n &&
        !((IS(t[k], "his") || IS(t[k], "her")) && IS(t[k + 1], "majesty's")))
        k++;
    if (!W(t[k]))
        return 0;
    if (CAPW(t[k])) {
        size_t e = k;
        while (e + 1 < n) {
            const ix_qtok *u = &t[e + 1];
            if (CAPW(*u))
                e++;
            else if (u->punct == '.' && HONOR(t[e]))
                e++;
            else if (CONN(*u) && e + 2 < n && CAPW(t[e + 2]))
                e++;
            else
                break;
        }
        /* "Kestrel Council spokesperson", "Ofsted's inspection report": up
         * to two lower-case words naming the group, ending at its noun. */
        size_t best = e;
        for (size_t k2 = e + 1; k2 < n && k2 <= e + 2 && W(t[k2]) && !t[k2].cap; k2++) {
            int noun = ix_quotes_lex_tok_in(&t[k2], IX_QLEX_W_GROUP) || ROLEW(t[k2]);
            if (noun)
                best = k2;
            if (!noun && !MODW(t[k2]))
                break;
        }
        e = best;
        if (!classify_run(c, t, k, e, x))
            return 0;
        if (x->kind == NP_PERSON && !has_role(x) && e + 1 < n && t[e + 1].punct == ',') {
            size_t a = e + 2, b = a;
            while (b < n && !(t[b].punct && strchr(",.:;)", t[b].punct)))
                b++;
            if (role_like(t, a, b)) {
                x->ra = skip_determiner(doc, t, a, b);
                x->rb = b - 1;
            }
        }
        return 1;
    }
    for (size_t h = k; h < n && h < k + 3 && W(t[h]); h++) {
        const char *canon = NULL;
        int g = ix_quotes_lex_group(S, t[h].a, t[h].b, &canon);
        int rw = ROLEW(t[h]);
        if (rw && h + 1 < n && CAPW(t[h + 1])) {
            /* "council leader Jo Hale", "headteacher Sam Ward": the office
             * in lower case, then the name. */
            size_t e = h + 1;
            while (e + 1 < n && e < h + 3 && CAPW(t[e + 1]))
                e++;
            np y;
            if (classify_run(c, t, h + 1, e, &y) && y.kind == NP_PERSON) {
                *x = y;
                if (!has_role(x)) {
                    x->ra = k;
                    x->rb = h;
                }
                return 1;
            }
        }
        /* "council leader", "trust spokesperson": the compound's head. */
        if ((g || rw) && h + 1 < n && h + 1 < k + 3 && W(t[h + 1]) && !t[h + 1].cap &&
            (ROLEW(t[h + 1]) || ix_quotes_lex_tok_in(&t[h + 1], IX_QLEX_W_GROUP)))
            continue;
        if (rw && office_then_name(c, t, n, k, h, x))
            return 1;
        if (g || rw) {
            x->kind = g && !rw ? NP_GROUP : NP_ROLE;
            x->ta = k;
            if (g && !rw) {
                size_t a = h;
                while (a > k && MODW(t[a - 1]))
                    a--;
                x->ta = a;
            }
            x->tb = h;
            x->canon = canon;
            if (rw)
                x->tb = office_of_body(doc, t, n, h);
            return 1;
        }
        if (t[h].cap || SAYS(t[h]))
            break;
        /* "said campaigner Tom Reyes", "local resident Ann Bell": words
         * describing the person, then the name. */
        if (!STOP(t[h]) && h + 1 < n && CAPW(t[h + 1]) && described_name(c, t, n, k, h, x))
            return 1;
    }
    return 0;
}

/* ---- from a noun phrase to a speaker ---------------------------------------- */

/* Does the group mention m name a body (council, trust, ministry, force,
 * school ...) rather than a document or one person? */
static int is_body_word(const ix_quotes_people *pp, const mention *m)
{
    (void)pp;
    return m->gname && (ix_quotes_lex_org_word(m->gname, 0, strlen(m->gname)) ||
                        ix_quotes_lex_body_noun(m->gname, 0, strlen(m->gname)));
}

/* The index of the first mention at or after pos (pp->m.n when none). */
static size_t first_mention_from(const ix_quotes_people *pp, size_t pos)
{
    size_t lo = 0, hi = pp->m.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pp->m.items[mid].a < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void sentence_of(const ix_doc *doc, size_t pos, size_t *ss, size_t *se);

/* Is m a mention of the people a service is judged by (staff, patients,
 * its board) as the object of a preposition, outside the sentence of
 * "they" at pos (which starts at ss), and not just after speaking?
 * "Inspectors went to talk to patients and staff. They found ...": they
 * are not "they" then; they are as subjects ("Residents were angry. They
 * said ..."), in their own sentence ("When staff were asked, they
 * described it as ...") and just after they spoke ("Staff told us ... .
 * They said", near: 300 bytes, as for "it"). */
static int judged_elsewhere(const ix_doc *doc, const mention *m, size_t pos, size_t ss)
{
    if (m->person >= 0 || !m->gname || m->a >= ss ||
        !ix_quotes_lex_judged_people(m->gname, 0, strlen(m->gname)))
        return 0;
    if (m->speaks && pos - m->b <= 300)
        return 0;
    /* back over the noun phrase ("the teaching support", "patients and")
     * to a preposition, four words at most */
    ix_qtok t[5];
    size_t lo = m->a > 60 ? m->a - 60 : 0;
    size_t n = ix_quotes_lex_tokens(S, lo, m->a, t, 5, 1);
    for (size_t k = n, w = 0; k-- > 0 && w < 4; w++) {
        if (t[k].punct)
            return 0;
        if (ix_quotes_lex_preposition(S, t[k].a, t[k].b))
            return 1;
    }
    return 0;
}

/* The mention pronoun pron at pos (in the sentence starting at ss) stands
 * for, or NULL. */
static const mention *antecedent(const ix_doc *doc, const ix_quotes_people *pp, size_t pos, size_t ss,
                                 int pron)
{
    size_t lo = first_mention_from(pp, pos);
    const mention *body = NULL;          /* "they" for a body: the fallback */
    const mention *plural = NULL;        /* the nearest plural group */
    const mention *single = NULL;        /* the nearest singular group */
    for (size_t k = lo, walked = 0; k-- > 0 && walked < MAX_WALK; walked++) {
        const mention *m = &pp->m.items[k];
        if (pron == IX_QLEX_PRON_THEY && !body && m->person < 0 && pos - m->b <= 300 &&
            m->gnum == IX_QLEX_GROUP_SINGULAR && is_body_word(pp, m))
            body = m;
        if (pron == IX_QLEX_PRON_SHE || pron == IX_QLEX_PRON_HE) {
            if (m->person < 0)
                continue;
            int g = pp->p[pp->p[m->person].canon].gender;
            int want = pron == IX_QLEX_PRON_SHE ? IX_QLEX_FEMALE : IX_QLEX_MALE;
            if (g == 0 || g == want)
                return m;
        } else if (pron == IX_QLEX_PRON_THEY) {
            if (judged_elsewhere(doc, m, pos, ss))
                continue;
            if (m->person < 0 && m->gnum == IX_QLEX_GROUP_PLURAL) {
                /* "Inspectors said the college, which teaches 900
                 * learners, ... . They added": the group that spoke, not
                 * one named inside what it said (the same sentence). */
                if (m->speaks)
                    return plural && (plural->speaks || plural->sent != m->sent) ? plural : m;
                if (!plural)
                    plural = m;
            }
        } else if (pron == IX_QLEX_PRON_IT) {
            if (m->person < 0 && m->gnum == IX_QLEX_GROUP_SINGULAR) {
                if (m->speaks)
                    return single && (single->speaks || single->sent != m->sent) ? single : m;
                if (!single)
                    single = m;
            }
        }
    }
    /* "The council said ... They added:": British English speaks of a body
     * in the plural; only when no plural group stands before, and the body
     * is near (300 bytes, as for "it"). */
    return plural ? plural : single ? single : body;
}

/* A role phrase as the record gives it: no leading determiner. */
static const char *role_text(ix_doc *doc, const ix_qtok *t, const np *x)
{
    size_t a = skip_determiner(doc, t, x->ra, x->rb + 1);
    return join_words(doc, t, a, x->rb);
}

/* The person the document gives the office t[ta..tb] ("Chief Inspector"). */
static int person_with_role(const actx *c, const ix_qtok *t, const np *x)
{
    ix_doc *doc = c->doc;
    size_t a = skip_determiner(doc, t, x->ta, x->tb + 1);
    if (IS(t[a], "hm") && a < x->tb)
        a++;
    char *want = join_words(doc, t, a, x->tb);
    if (!want)
        return -1;
    /* Best fit first: the office itself ("chief inspector"), then an office
     * ending with it ("Lead inspector" for "the inspector"), then one
     * holding it ("HM Chief Inspector of Probation"). */
    int best = -1, score = 0;
    size_t wl = strlen(want);
    for (int i = 0; i < c->pp->np; i++) {
        const person *p = &c->pp->p[c->pp->p[i].canon];
        if (!p->role || p->weak)
            continue;
        size_t rl = strlen(p->role);
        int sc = 0;
        if (strcasecmp(p->role, want) == 0)
            sc = 3;
        else if (rl > wl && strcasecmp(p->role + rl - wl, want) == 0 && p->role[rl - wl - 1] == ' ')
            sc = 2;
        else if (strcasestr(p->role, want))
            sc = 1;
        if (sc > score) {
            score = sc;
            best = c->pp->p[i].canon;
        }
    }
    return best;
}

static void set_span(ix_quotes_attrib *out, size_t a, size_t b)
{
    out->has_span = 1;
    out->span_a = a;
    out->span_b = b;
}

/* Is s[a..b) written in capitals, two letters or more ("HMICFRS", "CQC")? */
static int acronym(const char *s, size_t a, size_t b)
{
    if (b - a < 2)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!isupper((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The first body named in full whose words include the word w[0..n)
 * ("Inspectorate" -> "HM Inspectorate of Prisons for Scotland"), or NULL. */
static const char *org_fullest(const ix_quotes_people *pp, const char *w, size_t n)
{
    for (int i = 0; i < pp->norg; i++) {
        const char *o = pp->org[i];
        for (const char *q = o; *q;) {
            const char *e = strchr(q, ' ');
            size_t l = e ? (size_t)(e - q) : strlen(q);
            if (l == n && strncasecmp(q, w, n) == 0)
                return o;
            if (!e)
                break;
            q = e + 1;
        }
    }
    return NULL;
}

static int inspectorate_speaker(const actx *c, ix_quotes_attrib *out);

/* The previous quote's speaker when it is a group (no person) named in
 * more words ending in the noun w[0..n) ("CQC report" for "report"), or
 * NULL. */
static const char *fuller_previous(const actx *c, const char *w, size_t n)
{
    if (!c->prev || !c->prev->speaker || c->prev->person)
        return NULL;
    const char *p = c->prev->speaker;
    size_t l = strlen(p);
    if (l <= n + 1 || p[l - n - 1] != ' ' || strncasecmp(p + l - n, w, n) != 0)
        return NULL;
    return p;
}

/* When the word w[0..n), in the document's text, is a name for an
 * inspectorate ("regulator", "watchdog": the epithet class of the lexicon)
 * right after a determiner, and the document names its inspectorate, set
 * *speaker to that name.  Returns 1 when set, 0 when not,
 * IX_ENOMEM. */
static int epithet_speaker(const actx *c, const char *w, size_t n, const char **speaker)
{
    if (!(ix_quotes_lex_classes(w, 0, n) & IX_QLEX_W_EPITHET))
        return 0;
    /* "the regulator", not "the housing regulator": a determiner before it */
    const char *s = c->doc->norm;
    if (w <= s || w > s + c->doc->norm_len)
        return 0;
    size_t e = (size_t)(w - s);
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)s[b - 1]))
        b--;
    if (b == e || !(ix_quotes_lex_classes(s, b, e) & IX_QLEX_W_DETERMINER))
        return 0;
    ix_quotes_attrib in;
    int r = inspectorate_speaker(c, &in);
    if (r == 1)
        *speaker = in.speaker;
    return r;
}

static int reporting_clause_at(const actx *c, size_t lo, size_t hi, int nearest,
                               ix_quotes_attrib *out);
static void sentence_of(const ix_doc *doc, size_t pos, size_t *ss, size_t *se);

/* An office-holder without a name ("the probation service spokesperson")
 * as the subject of the last speech verb in the paragraph before pos or in
 * pos's own paragraph before its sentence; the plural group m, when there
 * is one, comes before it or inside its sentence (its words: "... giving
 * staff more training").  Returns 1 with out filled, 0, or IX_ENOMEM. */
static int office_that_spoke_before(const actx *c, size_t pos, const mention *m,
                                    ix_quotes_attrib *out)
{
    const ix_doc *doc = c->doc;
    size_t b = 0;
    while (b + 1 < doc->blocks.n && doc->blocks.items[b + 1].text.start <= pos)
        b++;
    size_t lo = doc->blocks.items[b].text.start;
    if (b > 0 && doc->blocks.items[b - 1].kind == IX_BLOCK_PARAGRAPH &&
        doc->blocks.items[b - 1].section == doc->blocks.items[b].section)
        lo = doc->blocks.items[b - 1].text.start;
    size_t ss, se;
    sentence_of(doc, pos, &ss, &se);
    if (ss <= lo)
        return 0;
    ix_quotes_attrib a;
    memset(&a, 0, sizeof a);
    int r = reporting_clause_at(c, lo, ss, 0, &a);
    if (r != 1)
        return r < 0 ? r : 0;
    if (a.person || !a.has_span || !ix_quotes_lex_role_in(doc->norm, a.span_a, a.span_b))
        return 0;
    size_t s1, e1;
    sentence_of(doc, a.span_a, &s1, &e1);
    if (m && m->a > a.span_b && m->a >= e1)
        return 0;                        /* a group named since, outside its words */
    *out = a;
    return 1;
}

/* Was the quote attributed in a by a plural group ("inspectors said")? */
static int plural_speaker(const actx *c, const ix_quotes_attrib *a)
{
    const char *s = c->doc->norm;
    if (!a->has_span || a->span_b <= a->span_a)
        return 0;
    size_t e = a->span_b, b = e;
    while (b > a->span_a && isalpha((unsigned char)s[b - 1]))
        b--;
    return b < e && ix_quotes_lex_group(s, b, e, NULL) == IX_QLEX_GROUP_PLURAL;
}

/* Can the office t[a..b] ("the chief inspector of prisons", "an
 * inspector") be one person the document names elsewhere?  Not an office
 * unnamed by nature ("a spokesperson for the trust", "a council official")
 * nor a plural one ("the chief executives"). */
static int one_holder_office(const ix_doc *doc, const ix_qtok *t, size_t a, size_t b)
{
    for (size_t k = a; k <= b; k++) {
        if (!W(t[k]))
            continue;
        if (ix_quotes_lex_anonymous_office(S, t[k].a, t[k].b))
            return 0;
        if (t[k].b - t[k].a > 3 && S[t[k].b - 1] == 's' && S[t[k].b - 2] != 's' &&
            ix_quotes_lex_role_word(S, t[k].a, t[k].b - 1))
            return 0;
    }
    return 1;
}

static int resolve(const actx *c, const ix_qtok *t, const np *x, const char *rule,
                   const char *pron_rule, ix_quotes_attrib *out);

/* The group mention m that a pronoun stands for, named as the noun phrase
 * it heads is where it was written ("CQC inspectors said ... . They
 * found" -> "CQC inspectors", as "CQC inspectors said" gives it), with the
 * pronoun's rule.  Returns 1, 0 (no such phrase) or IX_ENOMEM. */
static int group_as_written(const actx *c, const mention *m, const char *pron_rule,
                            ix_quotes_attrib *out)
{
    const ix_doc *doc = c->doc;
    size_t ss, se;
    sentence_of(doc, m->a, &ss, &se);
    size_t lo = m->a > ss + 100 ? m->a - 100 : ss;
    ix_qtok t[24];
    size_t n = ix_quotes_lex_tokens(S, lo, m->b, t, 24, 1);
    np x;
    if (n == 0 || t[n - 1].a != m->a || !np_run_back(c, t, 0, n - 1, &x) || x.kind != NP_GROUP ||
        x.tb != n - 1)
        return 0;
    int r = resolve(c, t, &x, pron_rule, pron_rule, out);
    if (r == 1) {
        out->person = 0;
        out->attribution = "anaphoric";
    }
    return r;
}

/* Fill out from x.  rule: for a named speaker; pron_rule: for a pronoun.
 * Returns 1 when a speaker was found, 0 when not, IX_ENOMEM. */
static int resolve(const actx *c, const ix_qtok *t, const np *x, const char *rule,
                   const char *pron_rule, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    const ix_quotes_people *pp = c->pp;
    out->office = 0;
    switch (x->kind) {
    case NP_NONE:
        return 0;
    case NP_PRONOUN: {
        if (x->pron == IX_QLEX_PRON_FIRST)
            return 0;
        size_t ss, se;
        sentence_of(doc, t[x->ta].a, &ss, &se);
        const mention *m = antecedent(doc, pp, t[x->ta].a, ss, x->pron);
        if (x->pron == IX_QLEX_PRON_IT && c->prev && c->prev->speaker && !c->prev->person &&
            !plural_speaker(c, c->prev)) {
            /* "The report noted: '...' It added: '...'"; not after
             * "inspectors said '...'": "it" is no plural group. */
            *out = *c->prev;
            out->attribution = "anaphoric";
            out->rule = pron_rule;
            return 1;
        }
        /* "A spokesman for the surgery said: '...' He added: '...'", "A
         * spokesperson said: '...' '...,' they added.": the office-holder
         * quoted just before, nearer than any person or group. */
        if ((x->pron == IX_QLEX_PRON_HE || x->pron == IX_QLEX_PRON_SHE || x->pron == IX_QLEX_PRON_THEY) &&
            c->prev &&
            c->prev->speaker && !c->prev->person && c->prev->has_span &&
            c->prev->span_a < t[x->ta].a && (!m || c->prev->span_a > m->b) &&
            ix_quotes_lex_role_in(S, c->prev->span_a, c->prev->span_b)) {
            *out = *c->prev;
            out->attribution = "anaphoric";
            out->rule = pron_rule;
            return 1;
        }
        /* "The trust's spokesperson said staff would get more training."
         * + "They added:": the office-holder who spoke in the sentences
         * before, when no plural group spoke there. */
        if (x->pron == IX_QLEX_PRON_THEY && (!m || !m->speaks)) {
            int r = office_that_spoke_before(c, t[x->ta].a, m, out);
            if (r != 0) {
                if (r == 1) {
                    out->attribution = "anaphoric";
                    out->rule = pron_rule;
                }
                return r;
            }
        }
        if (!m || (x->pron == IX_QLEX_PRON_IT && t[x->ta].a - m->b > 300))
            return 0;
        if (m->person < 0) {
            int r = group_as_written(c, m, pron_rule, out);
            if (r != 0)
                return r;
        }
        out->person = m->person >= 0;
        if (m->person >= 0) {
            const person *p = &pp->p[pp->p[m->person].canon];
            out->speaker = p->name;
            out->role = p->role;
        } else {
            out->speaker = m->gname;
            out->role = NULL;
            /* "The regulator said ... It found ...": by the inspectorate's name */
            int r = epithet_speaker(c, S + m->a, m->b - m->a, &out->speaker);
            if (r < 0)
                return r;
        }
        out->attribution = "anaphoric";
        out->rule = pron_rule;
        set_span(out, m->a, m->b);
        return 1;
    }
    case NP_PERSON: {
        out->person = 1;
        int at = person_of(doc, pp, t, x->ta, x->tb);
        if (at >= 0) {
            out->speaker = pp->p[at].name;
            out->role = pp->p[at].role;
        } else {
            out->speaker = join_words(doc, t, x->ta, x->tb);
            out->role = NULL;
        }
        if (has_role(x))
            out->role = role_text(doc, t, x);
        break;
    }
    case NP_GROUP: {
        size_t a = skip_determiner(doc, t, x->ta, x->tb + 1);
        if (a > x->ta && (IS(t[x->ta], "one") || IS(t[x->ta], "some") ||
                          IS(t[x->ta], "several") || IS(t[x->ta], "many")))
            a = x->ta;           /* "one nurse" */
        /* "inspectors" -> "Inspectors"; "Ofsted inspectors" as written */
        out->speaker = x->canon && (a == x->tb || x->na > a) ? x->canon
                                                            : join_words(doc, t, x->na > a ? x->na : a, x->tb);
        /* "the Inspectorate said" -> the body the document names in full;
         * an acronym ("HMICFRS") is a full name already. */
        if (a == x->tb && ORGW(t[a]) && t[a].cap && !acronym(S, t[a].a, t[a].b)) {
            const char *full = org_fullest(pp, S + t[a].a, t[a].b - t[a].a);
            if (full)
                out->speaker = full;
        }
        /* "the regulator said", "a watchdog has warned": the inspectorate
         * the document names, by its name. */
        if (a == x->tb && !t[a].cap) {
            int r = epithet_speaker(c, S + t[a].a, t[a].b - t[a].a, &out->speaker);
            if (r < 0)
                return r;
        }
        /* "The CQC report said: '...'  The report said: '...'": the same
         * group as the quote before, by its fuller name. */
        if (a == x->tb && a > 0 && IS(t[a - 1], "the")) {
            const char *full = fuller_previous(c, S + t[a].a, t[a].b - t[a].a);
            if (full)
                out->speaker = full;
        }
        /* "the practice said", "the trust added": the inspected body the
         * phrase names (its alias), by its full name. */
        if (a == x->tb && ix_quotes_lex_tok_in(&t[a], IX_QLEX_W_BODY) && x->ta > 0 &&
            IS(t[x->ta - 1], "the")) {
            size_t at = 0;
            int si = ix_subjects_named_in(doc, t[x->ta].a, t[x->tb].b, &at);
            if (si < 0 || at > t[a].a) {
                /* the one body of another inspectorate the document is about */
                si = -1;
                if (doc->subjects.n == 1 && (strcmp(doc->subjects.items[0].type, "other") == 0 ||
                                             strcmp(doc->subjects.items[0].type, "prison") == 0))
                    si = 0;
            }
            if (si >= 0)
                out->speaker = doc->subjects.items[si].name;
        }
        out->role = NULL;
        set_span(out, t[a].a, t[x->tb].b);
        out->attribution = "explicit";
        out->rule = rule;
        return out->speaker ? 1 : IX_ENOMEM;
    }
    case NP_ORG:
        out->speaker = join_words(doc, t, x->ta, x->tb);
        out->role = NULL;
        break;
    case NP_ROLE: {
        int at = person_with_role(c, t, x);
        size_t a = skip_determiner(doc, t, x->ta, x->tb + 1);
        if (a > x->ta && (IS(t[x->ta], "one") || IS(t[x->ta], "some")))
            a = x->ta;           /* "one staff member" */
        if (at >= 0) {
            out->speaker = pp->p[at].name;
            out->role = join_words(doc, t, a, x->tb);
            out->person = 1;
        } else {
            out->speaker = join_words(doc, t, a, x->tb);
            out->role = NULL;
            out->office = one_holder_office(doc, t, a, x->tb);
        }
        set_span(out, t[a].a, t[x->tb].b);
        out->attribution = "explicit";
        out->rule = rule;
        return out->speaker ? 1 : IX_ENOMEM;
    }
    }
    if (!out->speaker)
        return IX_ENOMEM;
    out->attribution = "explicit";
    out->rule = rule;
    set_span(out, t[x->ta].a, t[x->tb].b);
    return 1;
}

/* ---- the rules ---------------------------------------------------------------- */

/* The subject opening the clause t[cs..v) whose second verb is v ("Mr
 * Lamb did not go into detail, but added"): a name, group or pronoun
 * followed by a verb in lower case. */
static int coordinated_subject(const actx *c, const ix_qtok *t, size_t cs, size_t v, np *x)
{
    if (!np_fwd(c, t, v, cs, x) || x->kind == NP_NONE || x->kind == NP_ORG)
        return 0;
    /* "Ann Lee Ofsted inspector praised": after the office behind the name */
    size_t e = (has_role(x) && x->rb > x->tb ? x->rb : x->tb) + 1;
    return e < v && W(t[e]) && !t[e].cap;
}

/* The clause before the colon at token `colon`: the subject of its last
 * speech verb ("Dame Ann Coyle said:", "she had commented:", "the
 * inspectors assessed the youth service more kindly:"), or a person's name
 * ending it ("... to the Chief Inspector, Dame Ann Coyle:"). */
/* "Mr Jones makes it plain that the service is under-resourced:": no
 * speech verb, but a person the document introduces opens the clause. */
static int person_opens(const actx *c, const ix_qtok *t, size_t cs, size_t colon, np *x)
{
    const ix_doc *doc = c->doc;
    if (!np_fwd(c, t, colon, cs, x) || x->kind != NP_PERSON)
        return 0;
    int at = person_of(doc, c->pp, t, x->ta, x->tb);
    return at >= 0 && !c->pp->p[at].weak;
}

/* "He went on:", "Ms Hale carried on:": a verb of going on, "on" and the
 * colon, which the speech verbs' table cannot hold as one word. */
static int going_on_before_colon(const actx *c, const ix_qtok *t, size_t v, size_t colon)
{
    const ix_doc *doc = c->doc;
    return v + 2 == colon && IS(t[v + 1], "on") &&
           (IS(t[v], "went") || IS(t[v], "goes") || IS(t[v], "carried") || IS(t[v], "carries"));
}

static int clause_np(const actx *c, const ix_qtok *t, size_t colon, np *x, int person_only)
{
    const ix_doc *doc = c->doc;
    size_t cs = clause_start(t, colon);
    np_clear(x);
    int participle = 0;
    for (size_t v = colon; v-- > cs;) {
        if (!SAYS(t[v]) && !going_on_before_colon(c, t, v, colon))
            continue;
        /* "Inspectors praised the staff, saying:", "..., he said, adding:":
         * the participle's subject is the earlier verb's (or the clause's),
         * never the object just before it */
        if (v > cs && t[v - 1].punct == ',' && t[v].b - t[v].a > 4 &&
            ix_quotes_lex_is(S, t[v].b - 3, t[v].b, "ing")) {
            participle = 1;
            continue;
        }
        if (v + 1 < colon && IS(t[v + 1], "by") && np_fwd(c, t, colon, v + 2, x))
            return 1;
        if (np_back(c, t, cs, v, x)) {
            /* "A spokesperson said it noted the findings, adding:": a
             * pronoun opening a reported clause is not the participle's
             * subject; the verb that reports the clause has it */
            if (participle && x->kind == NP_PRONOUN && x->ta > cs && SAYS(t[x->ta - 1])) {
                np_clear(x);
                continue;
            }
            return 1;
        }
        if (np_fwd(c, t, colon, v + 1, x))
            return 1;
        /* "Mr Lamb did not say more, but added:": a second verb of the
         * clause's subject. */
        if (v > cs + 1 && (IS(t[v - 1], "but") || IS(t[v - 1], "and") || IS(t[v - 1], "yet")) &&
            coordinated_subject(c, t, cs, v, x))
            return 1;
        return 0;
    }
    if (participle)
        return np_fwd(c, t, colon, cs, x) && x->kind != NP_NONE;
    /* No verb: a name before the colon. */
    if (colon == 0 || !np_back(c, t, cs, colon, x))
        return person_opens(c, t, cs, colon, x);
    if (x->kind == NP_ROLE && person_with_role(c, t, x) >= 0)
        return 1;
    if (x->kind != NP_PERSON)
        return person_opens(c, t, cs, colon, x);
    if (person_only && !HONOR(t[x->ta])) {
        int at = person_of(doc, c->pp, t, x->ta, x->tb);
        if (at < 0 || c->pp->p[at].weak)
            return 0;
    }
    /* "the Chief Inspector, Dame Ann Coyle:": the office before the comma. */
    if (!has_role(x) && x->ta > cs + 1 && t[x->ta - 1].punct == ',') {
        np r;
        if (np_run_back(c, t, cs, x->ta - 2, &r) && r.kind == NP_ROLE) {
            x->ra = skip_determiner(doc, t, r.ta, r.tb + 1);
            x->rb = r.tb;
        }
    }
    return 1;
}

/* A sentence without a speech verb that introduces a quote by its owner's
 * noun of saying: "Below is Tom Reyes MP's response to the report:", "The
 * union's full statement reads:", "Ms Hale's reaction was swift:".  The
 * owner (before "'s", with one word between it and the noun at most) is the
 * speaker.  t[0..colon) is the writer's text before the colon; an
 * apostrophe ("Prisons'") does not end the sentence here.  Returns 1 with
 * out filled, 0, or IX_ENOMEM. */
/* "The Cedars Care Home gave the following statement.", "Kestrel Trust
 * issued this response:": the subject of a verb of giving whose object,
 * within four words, is a noun of saying, and that ends the sentence
 * t[ss..colon).  Returns 1 with out filled, 0, or IX_ENOMEM. */
static int giver_of_saying(const actx *c, const ix_qtok *t, size_t ss, size_t colon,
                           const char *rule, const char *pron, ix_quotes_attrib *out)
{
    if (colon < ss + 3 || !W(t[colon - 1]) || !ix_quotes_lex_tok_in(&t[colon - 1], IX_QLEX_W_REPORTING))
        return 0;
    for (size_t v = colon - 1; v-- > ss && colon - 1 - v <= 4;) {
        if (!W(t[v]))
            return 0;
        if (!ix_quotes_lex_tok_in(&t[v], IX_QLEX_W_GIVING))
            continue;
        np x;
        if (v == ss || !np_back(c, t, ss, v, &x) || x.kind == NP_NONE)
            return 0;
        return resolve(c, t, &x, rule, pron, out);
    }
    return 0;
}

static int possessor_of_saying(const actx *c, const ix_qtok *t, size_t colon, const char *rule,
                               const char *pron, ix_quotes_attrib *out)
{
    const ix_doc *doc = c->doc;
    size_t ss = colon;
    while (ss > 0 && !(t[ss - 1].punct && strchr(".!?;:\"", t[ss - 1].punct) && boundary(t, ss - 1)))
        ss--;
    /* A speech verb of the sentence has a subject of its own ("Inspectors
     * said the council's response ...", "Reflecting on the report's
     * findings, Jo Hale said:"); after a determiner it is an adjective
     * ("the announced inspection"); one whose subject is the noun of
     * saying itself ("the union's statement reads:", "said:") leaves the
     * speaker to its owner. */
    for (size_t v = ss; v < colon; v++)
        if (SAYS(t[v]) && !(v > ss && ix_quotes_lex_tok_in(&t[v - 1], IX_QLEX_W_DETERMINER)) &&
            !(v > ss && W(t[v - 1]) && ix_quotes_lex_tok_in(&t[v - 1], IX_QLEX_W_REPORTING)))
            return 0;
    for (size_t v = ss + 1; v < colon; v++) {
        if (!W(t[v]) || !ix_quotes_lex_tok_in(&t[v], IX_QLEX_W_REPORTING))
            continue;
        size_t p = v - 1;
        if (p > ss && W(t[p]) && !t[p].cap && !possessive_tok(doc, &t[p]))
            p--;                          /* "the union's full statement" */
        if (!possessive_tok(doc, &t[p]))
            continue;
        ix_qtok u[NPRE];
        size_t n = ix_quotes_lex_tokens(S, t[ss].a, t[p].b - 2, u, NPRE, 1);
        np x;
        if (n == 0 || !np_run_back(c, u, 0, n - 1, &x) || x.kind == NP_NONE ||
            x.kind == NP_PRONOUN)
            return 0;
        return resolve(c, u, &x, rule, pron, out);
    }
    return giver_of_saying(c, t, ss, colon, rule, pron, out);
}

/* Is the verb at v one of opinion ("felt") in the complement of another
 * speech verb of its clause t[cs..v) ("The report found staff felt ...")? */
static int embedded_opinion(const ix_qtok *t, size_t cs, size_t v)
{
    if (!ix_quotes_lex_tok_in(&t[v], IX_QLEX_W_COGNITION))
        return 0;
    for (size_t k = cs; k < v; k++)
        if (SPEECH(t[k]) && !ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_COGNITION))
            return 1;
    return 0;
}

/* Does the noun phrase x name a body by its name or its common noun
 * ("Kestrel College", "the council"), such as a report is written on? */
static int names_a_body(const actx *c, const ix_qtok *t, const np *x)
{
    const ix_doc *doc = c->doc;
    return x->kind == NP_ORG ||
           (x->kind == NP_GROUP && (t[x->tb].cap || ix_quotes_lex_body_noun(S, t[x->tb].a, t[x->tb].b)));
}

/* The clause t[cs..v) opens with a finding noun ("report", "inspection")
 * that words describing it follow before the verb v: a preposition ("on
 * Kestrel College", "released by ... on ..."), a participle, a comma or a
 * bracket ("The report on Kestrel College, which taught 900 learners last
 * year, highlighted"); no speech verb stands between.  The finding noun is
 * the subject: the body named in its description does not speak.  Returns
 * 1 with *x set to the noun's phrase, or 0. */
static int finding_heads_clause(const actx *c, const ix_qtok *t, size_t cs, size_t v, np *x)
{
    const ix_doc *doc = c->doc;
    size_t h = cs;
    /* the noun within the clause's first five words: "Today's report",
     * "A new Ofsted report", "The latest inspection" */
    while (h < v && h < cs + 5 && W(t[h]) && !ix_quotes_lex_finding_noun(S, t[h].a, t[h].b) &&
           !SAYS(t[h]) && !ROLEW(t[h]))
        h++;
    if (h + 1 >= v || !W(t[h]) || !ix_quotes_lex_finding_noun(S, t[h].a, t[h].b) ||
        !ix_quotes_lex_tok_in(&t[h], IX_QLEX_W_GROUP))
        return 0;
    const ix_qtok *d = &t[h + 1];
    if (!(d->punct == ',' || d->punct == '(' ||
          (W(*d) && !d->cap && (ix_quotes_lex_preposition(S, d->a, d->b) ||
                                ix_quotes_lex_participle(S, d->a, d->b)))))
        return 0;
    for (size_t k = h + 1; k < v; k++)
        if (W(t[k]) && SAYS(t[k]))
            return 0;
    return np_run_back(c, t, cs, h, x) && x->kind == NP_GROUP;
}

/* The subject of the speech verb at v in the clause t[cs..v) (np_back),
 * unless it is a body that a finding noun opening the clause describes
 * (finding_heads_clause): then the finding noun.  A body after "by" is
 * the finding's author and stays: "An inspection by HM Inspectorate of
 * Probation found". */
static int verb_subject(const actx *c, const ix_qtok *t, size_t cs, size_t v, np *x)
{
    const ix_doc *doc = c->doc;
    int ok = np_back(c, t, cs, v, x);
    np y;
    size_t a = ok ? x->ta : cs;
    if (a > cs + 1 && W(t[a - 1]) && ix_quotes_lex_tok_in(&t[a - 1], IX_QLEX_W_DETERMINER))
        a--;
    if (ok && a > cs && IS(t[a - 1], "by"))
        return 1;
    if ((!ok || names_a_body(c, t, x)) && finding_heads_clause(c, t, cs, v, &y)) {
        *x = y;
        return 1;
    }
    return ok;
}

/* A speech verb in the writer's clause right before a quote: "she added,",
 * "but, Mr Reyes said,", 'noted', 'said she was', 'described by staff as'.
 * reach: how many words back the verb may stand. */
static int before_np(const actx *c, const ix_qtok *t, size_t n, size_t reach, np *x)
{
    const ix_doc *doc = c->doc;
    size_t e = n;
    if (e && t[e - 1].punct == ',')
        e--;
    size_t words = 0;
    for (size_t v = e; v-- > 0 && words < reach;) {
        if (boundary(t, v))
            return 0;
        if (!W(t[v]))
            continue;
        words++;
        if (IS(t[v], "according") && v + 1 < e && IS(t[v + 1], "to"))
            return np_fwd(c, t, e, v + 2, x);       /* "According to Ms Quinn, '...'" */
        if (!SPEECH(t[v]))
            continue;
        size_t cs = clause_start(t, v);
        if (embedded_opinion(t, cs, v))
            continue;                    /* "The review found staff felt '...'" */
        if (v + 1 < e && IS(t[v + 1], "by") && np_fwd(c, t, e, v + 2, x))
            return 1;
        if (verb_subject(c, t, cs, v, x))
            return 1;
        if (v + 1 < e && !IS(t[v + 1], "that") && np_fwd(c, t, e, v + 1, x) &&
            x->kind != NP_PRONOUN && x->tb + 1 == e)
            return 1;       /* '"...," said Mr Reyes, "..."' */
        /* "'...,' adding that '...'": the speaker goes on. */
        size_t l = t[v].b - t[v].a;
        if (l > 3 && ix_quotes_lex_is(S, t[v].b - 3, t[v].b, "ing") &&
            (v == 0 || t[v - 1].punct == ','))
            return 2;
        return 0;
    }
    return 0;
}

/* '"...," Tom Reyes, the Chief Inspector of Probation, said.', '"...,"
 * the head of the PDU, Rob King, said.': a name and its office, the second
 * between commas, then the verb. */
static int apposition_then_verb(const actx *c, const ix_qtok *t, size_t n, size_t i, np *x)
{
    np y;
    if (!np_fwd(c, t, n, i, &y) || y.kind == NP_PRONOUN || y.kind == NP_NONE || !has_role(&y))
        return 0;
    size_t e = y.rb > y.tb ? y.rb : y.tb;
    if (e + 2 < n && t[e + 1].punct == ',' && SPEECH(t[e + 2])) {
        *x = y;
        return 1;
    }
    return 0;
}

/* After a quote that ends its own sentence, the writer's next sentence
 * names the speaker only in three shapes: a name and a speech verb and
 * nothing else ('"... in full." Ms Okafor said.'), the same with the
 * name's office between commas, or the words given to
 * someone ('"..." The words came from council leader Jo Hale.').  A longer
 * sentence is the writer's own ('"..." Inspectors found the unit ...'). */
static int after_sentence_np(const actx *c, const ix_qtok *t, size_t n, np *x)
{
    const ix_doc *doc = c->doc;
    size_t i = 0;
    if (ix_quotes_lex_tok_in(&t[0], IX_QLEX_W_DETERMINER) && n > 4 &&
        (IS(t[1], "words") || IS(t[1], "comments") || IS(t[1], "remarks") ||
         IS(t[1], "statement") || IS(t[1], "quote"))) {
        i = 2;
        if (i < n && (IS(t[i], "came") || IS(t[i], "come")) && i + 1 < n && IS(t[i + 1], "from"))
            i += 2;
        else if (i + 1 < n && (IS(t[i], "were") || IS(t[i], "are") || IS(t[i], "was")) &&
                 (IS(t[i + 1], "from") || IS(t[i + 1], "of") || IS(t[i + 1], "by")))
            i += 2;
        else
            return 0;
        if (i < n && IS(t[i], "those") && i + 1 < n && IS(t[i + 1], "of"))
            i += 2;
        return np_fwd(c, t, n, i, x) && x->kind != NP_PRONOUN;
    }
    /* '"..." That was the verdict of Sir Peter Vale.' */
    if (n > 4 && (IS(t[0], "that") || IS(t[0], "this") || IS(t[0], "those") || IS(t[0], "these")) &&
        (IS(t[1], "was") || IS(t[1], "is") || IS(t[1], "were") || IS(t[1], "are"))) {
        for (size_t k = 2; k + 2 < n && k < 6; k++) {
            if (t[k].punct)
                return 0;
            if (ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_REPORTING) &&
                (IS(t[k + 1], "of") || IS(t[k + 1], "from") || IS(t[k + 1], "by")))
                return np_fwd(c, t, n, k + 2, x) && x->kind != NP_PRONOUN;
        }
        return 0;
    }
    for (size_t v = 1; v < n && v < 8; v++) {
        /* '"... proud." Jo Hale, Chief Inspector of Hostels, said.': a name
         * and its office, then the verb ending the sentence */
        if (t[v].punct == ',' && t[0].cap) {
            np y;
            if (!apposition_then_verb(c, t, n, 0, &y))
                return 0;
            size_t e = (y.rb > y.tb ? y.rb : y.tb) + 2;
            if (!(e + 1 == n || (t[e + 1].punct && strchr(".!?", t[e + 1].punct))))
                return 0;
            *x = y;
            return 1;
        }
        if (t[v].punct)
            return 0;
        if (!SPEECH(t[v]))
            continue;
        if (!(v + 1 == n || (t[v + 1].punct && strchr(".!?", t[v + 1].punct))))
            return 0;
        return np_back(c, t, 0, v, x) && x->kind != NP_PRONOUN &&
               (x->ta == 0 || (has_role(x) && x->ra == 0) ||
                (x->ta == 1 && ix_quotes_lex_tok_in(&t[0], IX_QLEX_W_DETERMINER)));
    }
    return 0;
}

/* After the quote: ', said Mr Reyes.', ' she added.', ', according to the
 * review.', ', Jane Okafor said.'  closed_sentence: the quote ended with a
 * full stop, ! or ? inside its marks, so only a lower-case attribution can
 * still belong to it ('"... now?" she asked.'); a capital starts the
 * writer's next sentence ('"... abuse." Inspectors found ...'). */
static int after_np(const actx *c, const ix_qtok *t, size_t n, int closed_sentence, np *x)
{
    const ix_doc *doc = c->doc;
    size_t i = 0;
    if (n && t[0].punct == '-') {
        /* '"..." - Sarah Quinn, Chief Inspector' */
        while (i < n && t[i].punct == '-')
            i++;
        return np_fwd(c, t, n, i, x) && x->kind != NP_PRONOUN;
    }
    if (i < n && t[i].punct == ',')
        i++;
    if (closed_sentence && i == 0 && n && t[0].cap)
        return after_sentence_np(c, t, n, x);
    if (closed_sentence && (i > 0 || n == 0 || t[0].cap || t[0].punct))
        return 0;
    if (i + 1 < n && IS(t[i], "according") && IS(t[i + 1], "to"))
        return np_fwd(c, t, n, i + 2, x);
    if (i < n && SPEECH(t[i]))
        return np_fwd(c, t, n, i + 1, x);
    /* Subject first: the verb must follow the phrase. */
    for (size_t v = i + 1; v < n && v < i + 10; v++) {
        if (t[v].punct == ',' && (t[i].cap || ix_quotes_lex_determiner(S, t[i].a, t[i].b)))
            return apposition_then_verb(c, t, n, i, x);
        if (t[v].punct && t[v].punct != '&')
            return 0;
        if (!SPEECH(t[v]))
            continue;
        if (np_back(c, t, i, v, x) &&
            (x->ta == i || (has_role(x) && x->ra == i) ||
             (x->ta == i + 1 && ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_DETERMINER))))
            return 1;
        /* '"...," local resident Ann Bell said.' */
        if (x->kind == NP_PERSON && x->ta > i && x->ta <= i + 3 &&
            described_name(c, t, v, i, x->ta - 1, x)) {
            for (size_t d = i; d < x->ra; d++)
                if (!W(t[d]) || t[d].cap || STOP(t[d]))
                    return 0;
            return 1;
        }
        /* "..., Ofsted's report for the borough states.": the subject with
         * a prepositional tail before the verb. */
        np y;
        if (np_fwd(c, t, v, i, &y) && y.kind != NP_PRONOUN && y.kind != NP_NONE &&
            y.tb + 1 < v && W(t[y.tb + 1]) && !t[y.tb + 1].cap &&
            (IS(t[y.tb + 1], "for") || IS(t[y.tb + 1], "of") || IS(t[y.tb + 1], "on") ||
             IS(t[y.tb + 1], "into") || IS(t[y.tb + 1], "at") || IS(t[y.tb + 1], "in"))) {
            *x = y;
            return 1;
        }
        return 0;
    }
    return 0;
}

static int accepted(const ix_quotes_cand *c, const ix_quotes_attrib *a)
{
    return (c->cls == IX_QUOTES_FULL || c->cls == IX_QUOTES_PARTIAL) && !a->drop;
}

static size_t block_text_start(const ix_doc *doc, size_t b)
{
    size_t a = doc->blocks.items[b].text.start, e = doc->blocks.items[b].text.end;
    while (a < e && (doc->norm[a] == ' ' || doc->norm[a] == '\n'))
        a++;
    return a;
}

static size_t block_text_end(const ix_doc *doc, size_t b)
{
    size_t a = doc->blocks.items[b].text.start, e = doc->blocks.items[b].text.end;
    while (e > a && (doc->norm[e - 1] == ' ' || doc->norm[e - 1] == '\n'))
        e--;
    return e;
}

/* Tokens of block b when it ends with a colon or a comma (its last token). */
static size_t intro_tokens(const ix_doc *doc, size_t b, ix_qtok *t, size_t max)
{
    size_t e = block_text_end(doc, b);
    if (e == 0 || (doc->norm[e - 1] != ':' && doc->norm[e - 1] != ','))
        return 0;
    return ix_quotes_lex_tokens(doc->norm, doc->blocks.items[b].text.start, e, t, max, 1);
}

/* The group or office a participle phrase between cs and the verb at v
 * describes: "A report published yesterday [said]", "the review carried
 * out in May [found]".  Returns 1 with *x set, or 0. */
static int np_before_participle(const actx *c, const ix_qtok *t, size_t cs, size_t v, np *x)
{
    const ix_doc *doc = c->doc;
    for (size_t k = v; k-- > cs + 1 && v - k <= 8;) {
        if (!W(t[k]) || t[k].cap)
            continue;
        if (t[k].b - t[k].a < 5 || !ix_quotes_lex_is(S, t[k].b - 2, t[k].b, "ed"))
            continue;
        if (np_run_back(c, t, cs, k - 1, x) && (x->kind == NP_GROUP || x->kind == NP_ROLE))
            return 1;
    }
    np_clear(x);
    return 0;
}

/* Is the speech verb t[v] (of t[0..n)) passive: a form of "be" among the
 * two words before it, not before cs ("was described as", "were praised
 * for", "has been found"), or "as" or "by" right after it ("a rate
 * described as ...")? */
static int passive_at(const ix_doc *doc, const ix_qtok *t, size_t n, size_t cs, size_t v)
{
    const char *const be[] = {"is", "was", "were", "are", "be", "been", "being"};
    /* "a proportion described as '...' by Ms Vale": a reduced passive */
    if (v + 1 < n && (IS(t[v + 1], "as") || IS(t[v + 1], "by")))
        return 1;
    for (size_t k = v; k-- > cs && v - k <= 2;) {
        if (!W(t[k]))
            return 0;
        for (size_t i = 0; i < sizeof be / sizeof *be; i++)
            if (ix_quotes_lex_is(S, t[k].a, t[k].b, be[i]))
                return 1;
    }
    return 0;
}

/* The last reporting clause in norm[lo..hi); nearest: only the last speech
 * verb counts, and 2 is returned when its speaker cannot be read: "the report noted that ...",
 * "Mr Reyes said the service ...".  Fills out (contextual). */
static int reporting_clause_at(const actx *c, size_t lo, size_t hi, int nearest,
                               ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    if (hi <= lo)
        return 0;
    ix_qtok t[NCTX];
    size_t n = drop_asides(c, t, ix_quotes_lex_tokens(doc->norm, lo, hi, t, NCTX, 1));
    int outer_tried = 0;
    for (size_t v = n; v-- > 0;) {
        if (!SPEECH(t[v]))
            continue;
        size_t cs = clause_start(t, v);
        if (embedded_opinion(t, cs, v))
            continue;                    /* "The report found staff felt ..." */
        np x;
        /* "was described by staff as": the agent. */
        int ok = v + 2 < n && IS(t[v + 1], "by") && np_fwd(c, t, n, v + 2, &x) &&
                 x.kind != NP_PRONOUN;
        if (!ok)
            ok = verb_subject(c, t, cs, v, &x);
        /* "Inspectors visited the wing and found '...'" */
        if (!ok && v > cs + 1 && (IS(t[v - 1], "and") || IS(t[v - 1], "but")))
            ok = coordinated_subject(c, t, cs, v, &x);
        /* "the report, which described leadership as '...'", "Inspectors
         * who visited the town in May found '...'": the noun the relative
         * clause hangs on. */
        for (size_t r = v; !ok && r-- > cs + 1 && v - r <= 12;) {
            if (!IS(t[r], "which") && !IS(t[r], "who"))
                continue;
            size_t e = r;
            if (e > cs + 1 && t[e - 1].punct == ',')
                e--;
            ok = np_back(c, t, cs, e, &x) && x.kind != NP_PRONOUN && !after_place_preposition(c, t, cs, &x);
            break;
        }
        /* "A report published yesterday said '...'": the noun a participle
         * describes. */
        if (!ok)
            ok = np_before_participle(c, t, cs, v, &x);
        /* nearest: the verb next to the quote decides ("..., when it was
         * described as '...'" has no speaker to read, and an earlier "Ms
         * Vale said" is not it). */
        /* "..., gave it the lowest grade after finding 'X'": a participle
         * whose subject is the sentence's; not a verdict of no speaker. */
        if (!ok && nearest && t[v].b - t[v].a > 4 && ix_quotes_lex_is(S, t[v].b - 3, t[v].b, "ing"))
            return 0;
        /* "Mr Reyes said the visit in May raised concerns about '...'": a
         * verb in active voice whose subject is no speaker is reported by
         * the speech verb before it. */
        if (!ok && nearest && !passive_at(doc, t, n, cs, v) && !outer_tried) {
            outer_tried = 1;
            continue;
        }
        if (!ok && nearest)
            return 2;
        if (!ok)
            continue;
        int r = resolve(c, t, &x, "quotes.contextual", "quotes.contextual", out);
        if (r < 0)
            return r;
        if (r == 1) {
            out->attribution = "contextual";
            return 1;
        }
    }
    return 0;
}

static int reporting_clause(const actx *c, size_t lo, size_t hi, ix_quotes_attrib *out)
{
    return reporting_clause_at(c, lo, hi, 0, out);
}

static int attr_plain(const actx *c, const ix_quotes_cand *q, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    np x;
    int r = 0;
    if (q->origin == IX_QUOTES_COLON_BLOCK) {
        ix_qtok t[NPRE];
        size_t n = intro_tokens(doc, q->intro_block, t, NPRE);
        if (n >= 2 && t[n - 1].punct == ':' && clause_np(c, t, n - 1, &x, 1))
            r = resolve(c, t, &x, "quotes.colon_block", "quotes.colon_block", out);
    } else {
        ix_qtok t[NPOST];
        size_t b = q->pieces[0].block + 1;
        size_t n = ix_quotes_lex_tokens(doc->norm, q->named_at, block_text_end(doc, b), t, NPOST, 0);
        if (np_fwd(c, t, n, 0, &x) && x.kind != NP_PRONOUN)
            r = resolve(c, t, &x, "quotes.quote_from", "quotes.quote_from", out);
    }
    if (r < 0)
        return r;
    if (r == 0)
        out->drop = 1;
    return IX_OK;
}

typedef struct hist {
    const ix_quotes_cand *cands;
    ix_quotes_attrib *att;
    size_t i;
} hist;

/* The nearest earlier accepted candidate, or SIZE_MAX. */
static size_t prev_accepted(const hist *h, size_t from)
{
    for (size_t j = from, k = 0; j-- > 0 && k < 8; k++)
        if (accepted(&h->cands[j], &h->att[j]) && !h->cands[j].nested)
            return j;
    return (size_t)-1;
}

/* Does norm[lo..hi) hold a mention of a person the document names (not a
 * name-shaped run only)? */
static int names_a_person(const ix_quotes_people *pp, size_t lo, size_t hi)
{
    for (size_t k = first_mention_from(pp, lo); k < pp->m.n && pp->m.items[k].a < hi; k++)
        if (pp->m.items[k].person >= 0 && !pp->p[pp->m.items[k].person].weak)
            return 1;
    return 0;
}

/* How many paragraphs a quote in the first person may stand after the
 * last person quoted and still be theirs. */
enum { FIRST_PERSON_GAP = 3 };

/* Does the quote speak in the first person singular ("I", "I'm", "my",
 * "me") within its first words? */
static int first_person(const ix_doc *doc, const ix_quotes_piece *first)
{
    static const char *const words[] = {"I", "I'm", "I've", "I'd", "I'll", "my", "me", NULL};
    ix_qtok t[16];
    size_t end = first->in_end > first->in_start ? first->in_end : first->end;
    size_t n = ix_quotes_lex_tokens(doc->norm, first->in_start, end, t, 16, 0);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; words[k]; k++)
            if (W(t[i]) && t[i].b - t[i].a == strlen(words[k]) &&
                strncmp(doc->norm + t[i].a, words[k], t[i].b - t[i].a) == 0)
                return 1;
    return 0;
}

/* Contextual: a reporting clause or an attributed quote earlier in the
 * quote's paragraph, then in the two paragraphs before it (no heading
 * between).  Returns 1, 0 or IX_ENOMEM. */
static int context_before(const actx *c, const hist *h, const ix_quotes_piece *first,
                          size_t upto, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    size_t b = first->block;
    for (size_t k = b, step = 0; step < 3; step++, k--) {
        if (k != b && (doc->blocks.items[k].kind == IX_BLOCK_HEADING ||
                       doc->blocks.items[k].section != doc->blocks.items[b].section))
            break;
        size_t hi = k == b ? upto : block_text_end(doc, k);
        size_t lo = doc->blocks.items[k].text.start;
        /* An earlier quote in block k with a speaker. */
        size_t jq = (size_t)-1;
        for (size_t jj = h->i, walked = 0; jj-- > 0 && walked < 8; walked++) {
            const ix_quotes_cand *p = &h->cands[jj];
            size_t pb = p->pieces[p->npieces - 1].block;
            if (pb < k)
                break;
            if (p->nested)
                continue;
            if (pb == k && accepted(p, &h->att[jj])) {
                if (p->pieces[p->npieces - 1].end > lo)
                    lo = p->pieces[p->npieces - 1].end;
                if (h->att[jj].speaker && jq == (size_t)-1)
                    jq = jj;
                break;
            }
        }
        int r = reporting_clause(c, lo, hi, out);
        if (r != 0)
            return r;
        if (jq != (size_t)-1) {
            *out = h->att[jq];
            out->attribution = "contextual";
            out->rule = "quotes.contextual";
            out->drop = 0;
            return 1;
        }
        /* "Jo Hale welcomed it." + "Tom Reyes, a campaigner, was less
         * sure." + '"..."': a paragraph between that names another person
         * hides what the earlier one says; no guess past it. */
        if (k != b && names_a_person(c->pp, lo, hi))
            return 0;
        if (k == 0)
            break;
    }
    return 0;
}

/* The sentence of doc->sents holding norm offset pos: [*ss, *se). */
static void sentence_of(const ix_doc *doc, size_t pos, size_t *ss, size_t *se)
{
    size_t lo = 0, hi = doc->sents.n;
    while (lo < hi) {                    /* first sentence starting after pos */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sents.items[mid].norm.start <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    *ss = pos;
    *se = pos;
    if (lo > 0) {
        *ss = doc->sents.items[lo - 1].norm.start;
        *se = doc->sents.items[lo - 1].norm.end;
    }
}

/* The subject opening the sentence at norm[ss..hi) when it is a speaker
 * (a person, a group, an office, a body) and the sentence is not passive
 * about it ("Sheffield's service was rated ..." names what was judged, not
 * who judged).  "The Inspectorate gave the prison its lowest grade after
 * finding 'very serious' violence" -> the Inspectorate. */
static int sentence_subject(const actx *c, size_t ss, size_t hi, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    ix_qtok t[NPOST];
    size_t n = ix_quotes_lex_tokens(doc->norm, ss, hi, t, NPOST, 0);
    np x;
    size_t i = 0;
    /* "However, inspectors found ...", "In Kestrel, the review ..." */
    for (size_t k = 0; k < n && k < 10; k++)
        if (t[k].punct == ',') {
            i = k + 1;
            break;
        }
    if (!np_fwd(c, t, n, i, &x) && (i == 0 || !np_fwd(c, t, n, 0, &x)))
        return 0;
    if (x.kind == NP_PRONOUN || x.kind == NP_NONE)
        return 0;
    /* Only names that speak: a person the document introduces, or a body
     * named as one ("HM Inspectorate of Prisons"), never a bare capitalised
     * word ("Levels of violence ...") or a place. */
    if (x.kind == NP_PERSON) {
        int at = person_of(doc, c->pp, t, x.ta, x.tb);
        if (at < 0 || c->pp->p[at].weak)
            return 0;
    }
    /* "The surgery also had medicines that were 'not always in date'": a
     * body answers only with a speech verb */
    if (x.kind == NP_GROUP && ix_quotes_lex_tok_in(&t[x.tb], IX_QLEX_W_BODY))
        return 0;
    /* "Staff were 'disengaged'", "The board has taken 'bold steps'": the
     * people a service is judged by are what the quote describes */
    if (x.kind == NP_GROUP && ix_quotes_lex_judged_people(S, t[x.tb].a, t[x.tb].b))
        return 0;
    if (x.kind == NP_ORG) {
        int body = 0;
        for (size_t k = x.ta; k <= x.tb; k++)
            if (ORGW(t[k]))
                body = 1;
        if (!body)
            return 0;
    }
    size_t e = x.tb + 1;
    /* "Staff 'did not always record the risk'": the quote is the subject's
     * predicate; what is described does not speak. */
    if (e >= n)
        return 0;
    if (e < n && t[e].punct == '(') {           /* "(HMIP)" */
        while (e < n && t[e].punct != ')')
            e++;
        e++;
    }
    /* "X was (also) praised", "X has been rated": passive. */
    int be = 0;
    for (size_t k = e; k < n && k < e + 5; k++) {
        if (t[k].punct)
            return 0;
        if (IS(t[k], "been") || IS(t[k], "being"))
            return 0;
        if (IS(t[k], "was") || IS(t[k], "were") || IS(t[k], "is") || IS(t[k], "are")) {
            be = 1;
            continue;
        }
        if (ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_AUX))
            continue;
        /* "were impressed with", "was concerned by": a stance, not a
         * passive. */
        if (be && t[k].b - t[k].a > 3 && ix_quotes_lex_is(S, t[k].b - 2, t[k].b, "ed") &&
            !ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_STANCE))
            return 0;
        break;
    }
    int r = resolve(c, t, &x, "quotes.partial", "quotes.partial", out);
    if (r == 1)
        out->attribution = "contextual";
    return r;
}

/* The inspectorate whose inspection the document reports, as the document
 * writes it ("HM Inspectorate of Prisons"), from the inspectorate stage.
 * Returns 1 or 0. */
static int inspectorate_speaker(const actx *c, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    const ix_inspectorate *in = &doc->inspectorate;
    if (!in->name || in->norm.end <= in->norm.start || in->norm.end - in->norm.start > 120)
        return 0;
    ix_qtok t[24];
    size_t n = ix_quotes_lex_tokens(S, in->norm.start, in->norm.end, t, 24, 0);
    if (n == 0)
        return 0;
    size_t a = skip_determiner(doc, t, 0, n);
    /* A bare acronym ("HMIP") says less than the canonical name; so does
     * an office the inspectorate was found by ("Chief Inspector of
     * Probation"), which is no body. */
    int office = 0;
    for (size_t k = a; k < n; k++)
        if (ROLEW(t[k]) && !IS(t[k], "hmi"))
            office = 1;
    const char *name = office || (a + 1 == n && t[a].b - t[a].a <= 8) ? in->name
                                                                       : join_words(doc, t, a, n - 1);
    if (!name)
        return IX_ENOMEM;
    memset(out, 0, sizeof *out);
    out->speaker = name;
    out->attribution = "contextual";
    out->rule = "quotes.partial";
    set_span(out, t[a].a, t[n - 1].b);
    return 1;
}

/* "The main conclusion of Tom Reyes, Chief Inspector, is that '...'": a
 * noun of saying and whose it is, in the quote's sentence.  Returns 1, 0 or
 * IX_ENOMEM. */
static int reporting_noun(const actx *c, size_t ss, size_t hi, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    ix_qtok t[NCTX];
    size_t n = ix_quotes_lex_tokens(S, ss, hi, t, NCTX, 0);
    for (size_t k = 0; k + 2 < n; k++) {
        if (!W(t[k]) || !ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_REPORTING) || !IS(t[k + 1], "of"))
            continue;
        np x;
        if (np_fwd(c, t, n, k + 2, &x) &&
            (x.kind == NP_PERSON || x.kind == NP_GROUP || x.kind == NP_ROLE)) {
            int r = resolve(c, t, &x, "quotes.partial", "quotes.partial", out);
            if (r == 1)
                out->attribution = "explicit";
            return r;
        }
    }
    return 0;
}

/* "assessed as 'X' by the Chief Inspector", "rated as 'X' by inspectors":
 * a quote after "as" whose agent follows it with "by" (norm[lo..qa) before
 * the quote, norm[qb..hi) after it).  Returns 1, 0 or IX_ENOMEM. */
static int judged_as_by(const actx *c, size_t lo, size_t qa, size_t qb, size_t hi,
                        ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    ix_qtok pre[2], t[NPOST];
    size_t np_ = ix_quotes_lex_tokens(doc->norm, lo, qa, pre, 2, 1);
    if (np_ == 0 || !IS(pre[np_ - 1], "as") || qb >= hi)
        return 0;
    size_t n = ix_quotes_lex_tokens(doc->norm, qb, hi, t, NPOST, 0);
    np x;
    if (n < 2 || !IS(t[0], "by") || !np_fwd(c, t, n, 1, &x) || x.kind == NP_PRONOUN ||
        x.kind == NP_NONE)
        return 0;
    int r = resolve(c, t, &x, "quotes.partial", "quotes.partial", out);
    if (r == 1)
        out->attribution = "explicit";
    return r;
}

/* "... the 'X' of the unit, according to inspectors.": whose account the
 * writer's sentence gives, after the quote in norm[lo..hi).  Returns 1, 0
 * or IX_ENOMEM. */
static int according_to_after(const actx *c, size_t lo, size_t hi, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    ix_qtok t[NPOST];
    size_t n = ix_quotes_lex_tokens(doc->norm, lo, hi, t, NPOST, 0);
    for (size_t k = 0; k + 2 < n; k++) {
        if (!IS(t[k], "according") || !IS(t[k + 1], "to"))
            continue;
        np x;
        if (!np_fwd(c, t, n, k + 2, &x) || x.kind == NP_PRONOUN || x.kind == NP_NONE)
            return 0;
        return resolve(c, t, &x, "quotes.partial", "quotes.partial", out);
    }
    return 0;
}

/* A partial quote without a reporting clause right next to it: a speech
 * verb elsewhere in its sentence ("Mr Reyes said the board 'had no clear
 * plan' and ..."), the quote before it in the same sentence, the
 * sentence's own subject when it is a speaker, else the reporting clause or
 * attributed quote of the sentences and paragraphs just before ("The report
 * stated ... ." + "It found 'long waits'").  Returns 1, 0 or IX_ENOMEM. */
/* A partial quote in the last sentence of its paragraph, no speaker in
 * that sentence, and the next paragraph opens "Tom Reyes, HM Chief
 * Inspector of Ferries, added:" (a verb that goes on with the speaker's
 * words, then a colon or a comma): the fragment was his.  se: the end of
 * the quote's sentence.  Returns 1 with out filled (contextual), 0, or
 * IX_ENOMEM. */
static int next_paragraph_goes_on(const actx *c, const ix_quotes_piece *last, size_t se,
                                  ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    size_t b = last->block, e = block_text_end(doc, b);
    for (size_t i = se > last->end ? se : last->end; i < e; i++)
        if (isalnum((unsigned char)doc->norm[i]))
            return 0;                    /* the paragraph goes on */
    if (b + 1 >= doc->blocks.n ||
        doc->blocks.items[b + 1].kind != IX_BLOCK_PARAGRAPH ||
        doc->blocks.items[b + 1].section != doc->blocks.items[b].section)
        return 0;
    ix_qtok t[32];
    size_t n = ix_quotes_lex_tokens(doc->norm, doc->blocks.items[b + 1].text.start,
                                    block_text_end(doc, b + 1), t, 32, 0);
    for (size_t k = 1; k + 1 < n && k < 24; k++) {
        if (boundary(t, k) && t[k].punct != ':')
            return 0;
        if (!W(t[k]) || !ix_quotes_lex_tok_in(&t[k], IX_QLEX_W_GOES_ON))
            continue;
        if (t[k + 1].punct != ':' && t[k + 1].punct != ',')
            return 0;
        np x;
        if (!np_back(c, t, 0, k, &x) || x.kind == NP_NONE ||
            (x.kind != NP_PERSON && x.kind != NP_ROLE && x.kind != NP_PRONOUN))
            return 0;
        int r = resolve(c, t, &x, "quotes.contextual", "quotes.contextual", out);
        if (r == 1)
            out->attribution = "contextual";
        return r;
    }
    return 0;
}

/* Where the writer's text before quote h->i starts when the scare quotes,
 * labels and titles right before it are read as the writer's words (`Mr
 * Ward was pleased with the 'good' rating, but said:`, `Inspectors found
 * the 'hub' model "badly stretched"`): from its pre_lo back over them, with
 * their marks noted in c->aside.  Returns that offset. */
static size_t asides_before(actx *c, const hist *h)
{
    const ix_quotes_cand *q = &h->cands[h->i];
    size_t lo = q->pre_lo;
    c->naside = 0;
    for (size_t k = h->i; k-- > 0 && c->naside + 2 <= MAX_ASIDE;) {
        const ix_quotes_cand *p = &h->cands[k];
        if (p->cls == IX_QUOTES_FULL || p->cls == IX_QUOTES_PARTIAL || p->nested || p->npieces != 1 ||
            p->origin != IX_QUOTES_MARKED || !p->pieces[0].closed || p->pieces[0].end != lo ||
            p->pieces[0].block != q->pieces[0].block)
            break;
        c->aside[c->naside++] = p->pieces[0].start;
        c->aside[c->naside++] = p->pieces[0].end - 1;
        lo = p->pre_lo;
    }
    return lo;
}

static int attr_partial(const actx *c, const hist *h, size_t j, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    const ix_quotes_cand *q = &h->cands[h->i];
    const ix_quotes_piece *first = &q->pieces[0], *last = &q->pieces[q->npieces - 1];
    size_t ss, se;
    sentence_of(doc, first->start, &ss, &se);
    size_t lo = ss > c->pre_lo ? ss : c->pre_lo;
    int r = judged_as_by(c, lo, first->start, last->end, se, out);
    if (r != 0)
        return r;
    /* "The report said the work had slipped and" + '"reducing ..."': the
     * writer's sentence began in the block before. */
    if (first->start == block_text_start(doc, first->block) &&
        ix_quotes_merge_sentence_goes_on(doc, first->block)) {
        size_t pb = first->block - 1, ps, pe;
        sentence_of(doc, block_text_end(doc, pb) - 1, &ps, &pe);
        if (ps < doc->blocks.items[pb].text.start)
            ps = doc->blocks.items[pb].text.start;
        r = reporting_clause_at(c, ps, block_text_end(doc, pb), 1, out);
        if (r == 1) {
            out->attribution = "explicit";
            out->rule = "quotes.partial";
        }
        if (r != 2 && r != 0)
            return r;
        r = 0;
    }
    r = reporting_clause_at(c, lo, first->start, 1, out);
    /* A speech verb without its speaker ("was found to be", "were praised
     * for"): the sentence's subject is what was judged, not who judged; the
     * paragraphs before may still name the judge. */
    int passive = r == 2;
    if (passive)
        r = 0;
    /* "Staff were described as 'passionate' by inspectors": the agent */
    if (passive && last->end < se) {
        ix_qtok t[NPOST];
        size_t n = ix_quotes_lex_tokens(doc->norm, last->end, se, t, NPOST, 0);
        np x;
        if (n >= 2 && IS(t[0], "by") && np_fwd(c, t, n, 1, &x) && x.kind != NP_PRONOUN &&
            x.kind != NP_NONE && resolve(c, t, &x, "quotes.partial", "quotes.partial", out) == 1) {
            out->attribution = "explicit";
            return 1;
        }
    }
    /* After the quote, to the end of its sentence. */
    if (r == 0 && !passive && last->end < se) {
        size_t hi = se < q->post_hi ? se : q->post_hi;
        r = reporting_clause_at(c, last->end, hi, 1, out);
        if (r == 2)
            r = 0;
        if (r == 0)
            r = according_to_after(c, last->end, hi, out);
    }
    if (r == 1) {
        out->attribution = "explicit";
        out->rule = "quotes.partial";
    }
    if (r != 0)
        return r;
    /* The quote before, in the same sentence. */
    if (j != (size_t)-1 && h->att[j].speaker) {
        const ix_quotes_piece *pl = &h->cands[j].pieces[h->cands[j].npieces - 1];
        if (pl->block == first->block && pl->end > ss) {
            *out = h->att[j];
            out->attribution = "anaphoric";
            out->rule = "quotes.partial";
            out->drop = 0;
            return 1;
        }
    }
    if (ss < first->start) {
        r = reporting_noun(c, ss, first->start, out);
        if (r != 0)
            return r;
    }
    if (ss < first->start && !passive) {
        r = sentence_subject(c, ss, first->start, out);
        if (r != 0)
            return r;
    }
    r = next_paragraph_goes_on(c, last, se, out);
    if (r != 0)
        return r;
    /* Not the quote's own sentence: its speech verb had no speaker. */
    r = context_before(c, h, first, passive ? ss : first->start, out);
    if (r != 0 || !passive)
        return r != 0 ? r : inspectorate_speaker(c, out);
    /* "The prison was found to be 'not safe'", nobody named before it: the
     * finding is the inspectorate's, as the document names it. */
    return inspectorate_speaker(c, out);
}

/* A quote closing its paragraph, signed by the next one: a short line of
 * a person's name, then nothing, a comma, a colon or a dash and an office
 * ("Jo Hale, Editor: The Harbour Review"; "Tom Reyes: HM Chief Inspector of
 * Ferries"), with no verb of saying (the writer's own sentence).  Returns
 * 1, 0 or IX_ENOMEM. */
static int signature_line(const actx *c, const ix_quotes_cand *q, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    const ix_quotes_piece *last = &q->pieces[q->npieces - 1];
    size_t b = last->block + 1;
    if (!last->closed || b >= doc->blocks.n || block_text_end(doc, last->block) > last->end ||
        doc->blocks.items[b].section != doc->blocks.items[last->block].section)
        return 0;
    ix_qtok t[16];
    size_t a = block_text_start(doc, b), e = block_text_end(doc, b);
    size_t n = ix_quotes_lex_tokens(doc->norm, a, e, t, 16, 0);
    if (n < 2 || n >= 16 || (e > a && strchr(".!?\"'", doc->norm[e - 1])))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (SPEECH(t[k]))
            return 0;
    np x;
    if (!np_fwd(c, t, n, 0, &x) || x.kind != NP_PERSON || x.ta != 0 || x.tb == x.ta)
        return 0;
    size_t k = x.tb + 1;
    if (k < n && t[k].punct != ',' && t[k].punct != ':' && t[k].punct != '-')
        return 0;
    int r = resolve(c, t, &x, "quotes.quote_from", "quotes.quote_from", out);
    return r;
}

static int attr_marked(const actx *c, const hist *h, ix_quotes_attrib *out)
{
    ix_doc *doc = c->doc;
    const ix_quotes_cand *q = &h->cands[h->i];
    const ix_quotes_piece *first = &q->pieces[0], *last = &q->pieces[q->npieces - 1];
    int partial = q->cls == IX_QUOTES_PARTIAL;
    const char *said_rule = partial ? "quotes.partial" : NULL;
    ix_qtok pre[NPRE], post[NPOST];
    size_t j = prev_accepted(h, h->i);
    actx cc = *c;
    cc.prev = j != (size_t)-1 ? &h->att[j] : NULL;
    cc.pre_lo = asides_before(&cc, h);
    c = &cc;
    size_t np_ = drop_asides(c, pre, ix_quotes_lex_tokens(doc->norm, c->pre_lo, first->start, pre, NPRE, 1));
    size_t nq = ix_quotes_lex_tokens(doc->norm, last->end, q->post_hi, post, NPOST, 0);
    np x;
    int r = 0;
    const char *pron = partial ? "quotes.partial" : "quotes.pronoun_added";
    /* Introduced by a colon we could not read ("Ms Lopez disagreed:"): no
     * continuation or context may stand in for it. */
    int intro = 0;

    /* 1. "Dame Ann Coyle said: '...'" */
    if (np_ && pre[np_ - 1].punct == ':') {
        intro = 1;
        r = possessor_of_saying(c, pre, np_ - 1, said_rule ? said_rule : "quotes.said_colon", pron,
                                out);
        if (r == 0 && clause_np(c, pre, np_ - 1, &x, 0))
            r = resolve(c, pre, &x, said_rule ? said_rule : "quotes.said_colon", pron, out);
        /* 'Inspectors praised "a clear plan" and said: "..."', '... praised
         * "a clear plan", saying: "..."': the verb's subject stands before
         * the quote just before. */
        if (r == 0 && np_ >= 3 && np_ <= 4 && (IS(pre[0], "and") || IS(pre[0], "but") || pre[0].punct == ',') &&
            SAYS(pre[np_ - 2]) && cc.prev && cc.prev->speaker &&
            h->cands[j].pieces[h->cands[j].npieces - 1].block == first->block) {
            *out = *cc.prev;
            out->attribution = "anaphoric";
            out->rule = said_rule ? said_rule : "quotes.said_colon";
            out->drop = 0;
            return IX_OK;
        }
    }
    /* 2. "she added, '...'", 'noted "..."', 'said she was "..."' */
    if (r == 0 && np_ && pre[np_ - 1].punct != ':') {
        int bn = before_np(c, pre, np_, partial ? 12 : 5, &x);
        if (bn == 1)
            r = resolve(c, pre, &x, said_rule ? said_rule : "quotes.said_before", pron, out);
        else if (bn == 2 && cc.prev && cc.prev->speaker &&
                 h->cands[j].pieces[h->cands[j].npieces - 1].block == first->block) {
            /* "'...,' adding that '...'" */
            *out = *cc.prev;
            out->attribution = "anaphoric";
            out->rule = said_rule ? said_rule : "quotes.continuation";
            out->drop = 0;
            return IX_OK;
        }
    }
    /* 3. '"...," said Mr Reyes.' */
    char end_in = last->in_end > last->in_start ? doc->norm[last->in_end - 1] : 0;
    int closed_sentence = last->closed && end_in && strchr(".!?", end_in) != NULL;
    if (r == 0 && nq && after_np(c, post, nq, closed_sentence, &x))
        r = resolve(c, post, &x, said_rule ? said_rule : "quotes.said_after", pron, out);
    /* 3b. A statement going on in the next paragraph: the attribution
     * after its first paragraph ('"...," he said.' + '"..."'). */
    if (r == 0 && q->npieces > 1 && first->closed) {
        ix_qtok t[NPOST];
        size_t n = ix_quotes_lex_tokens(doc->norm, first->end, block_text_end(doc, first->block), t,
                                        NPOST, 0);
        char fi = first->in_end > first->in_start ? doc->norm[first->in_end - 1] : 0;
        if (n && after_np(c, t, n, fi && strchr(".!?", fi), &x))
            r = resolve(c, t, &x, said_rule ? said_rule : "quotes.said_after", pron, out);
    }
    /* 1b. The previous paragraph ends "... said:" (or "... said,"). */
    size_t b = first->block;
    if (r == 0 && np_ == 0 && first->start == block_text_start(doc, b) && b > 0 &&
        doc->blocks.items[b - 1].section == doc->blocks.items[b].section &&
        (doc->blocks.items[b - 1].kind != IX_BLOCK_HEADING ||
         (block_text_end(doc, b - 1) > 0 && doc->norm[block_text_end(doc, b - 1) - 1] == ','))) {
        ix_qtok t[NPRE];
        size_t n = intro_tokens(doc, b - 1, t, NPRE);
        if (n >= 2 && (t[n - 1].punct == ':' || (t[n - 1].punct == ',' && SPEECH(t[n - 2])))) {
            intro = 1;
            if (t[n - 1].punct == ':')
                r = possessor_of_saying(c, t, n - 1, said_rule ? said_rule : "quotes.said_colon",
                                        pron, out);
            if (r == 0 && clause_np(c, t, n - 1, &x, 0))
                r = resolve(c, t, &x, said_rule ? said_rule : "quotes.said_colon", pron, out);
        }
    }
    /* 4. The next paragraph: "That is the quote from ...". */
    if (r == 0 && q->named_at) {
        ix_qtok t[NPOST];
        size_t n = ix_quotes_lex_tokens(doc->norm, q->named_at,
                                        block_text_end(doc, last->block + 1), t, NPOST, 0);
        if (np_fwd(c, t, n, 0, &x) && x.kind != NP_PRONOUN)
            r = resolve(c, t, &x, said_rule ? said_rule : "quotes.quote_from", pron, out);
    }
    /* 4b. The next paragraph signs it: "Jo Hale, Chair of Harbour Trust". */
    if (r == 0 && !partial && !intro)
        r = signature_line(c, q, out);
    if (r == 0 && partial)
        r = attr_partial(c, h, j, out);
    if (r != 0 || partial || intro)
        return r < 0 ? r : IX_OK;

    /* 5. Continuation of the previous quote. */
    if (j != (size_t)-1 && h->att[j].speaker && h->cands[j].cls == IX_QUOTES_FULL) {
        const ix_quotes_cand *p = &h->cands[j];
        const ix_quotes_piece *pl = &p->pieces[p->npieces - 1];
        int same = pl->block == b;
        /* The next paragraph, or the one after a subheading of the page
         * (news copy breaks a long statement with subheadings). */
        size_t gap = pl->block + 1;
        while (gap < b && gap < pl->block + 3 && doc->blocks.items[gap].kind == IX_BLOCK_HEADING)
            gap++;
        int next = pl->block < b && gap == b && first->start == block_text_start(doc, b) &&
                   block_text_end(doc, pl->block) <= pl->end + 60 &&
                   (doc->blocks.items[pl->block].section == doc->blocks.items[b].section ||
                    pl->block + 1 < b);
        if (same) {
            /* "'...,' said Mr Hale. The board disagreed. '...'": a reporting
             * clause between the two quotes names the speaker instead. */
            r = reporting_clause(c, pl->end, first->start, out);
            if (r < 0)
                return r;
            if (r == 1 && (!out->speaker || strcmp(out->speaker, h->att[j].speaker) != 0))
                return IX_OK;
            memset(out, 0, sizeof *out);
        }
        if (same || next) {
            *out = h->att[j];
            out->attribution = "anaphoric";
            out->rule = "quotes.continuation";
            out->drop = 0;
            return IX_OK;
        }
    }
    /* 6. Contextual: this paragraph before the quote, then two before it;
     * first, a paragraph just before that ends by presenting its owner's
     * words ("I set out part of Mr Reyes's statement below."). */
    if (first->start == block_text_start(doc, b) && b > 0 &&
        doc->blocks.items[b - 1].kind == IX_BLOCK_PARAGRAPH &&
        doc->blocks.items[b - 1].section == doc->blocks.items[b].section) {
        ix_qtok t[NPRE];
        size_t n = ix_quotes_lex_tokens(doc->norm, doc->blocks.items[b - 1].text.start,
                                        block_text_end(doc, b - 1), t, NPRE, 1);
        if (n >= 2 && t[n - 1].punct == '.') {
            r = possessor_of_saying(c, t, n - 1, "quotes.contextual", "quotes.contextual", out);
            if (r < 0)
                return r;
            if (r == 1) {
                out->attribution = "contextual";
                return IX_OK;
            }
        }
    }
    r = context_before(c, h, first, first->start, out);
    if (r != 0)
        return r < 0 ? r : IX_OK;
    /* 7. Words in the first person singular ("I urge the service ...")
     * with no speaker of their own: the person quoted last, at most
     * FIRST_PERSON_GAP paragraphs before, when no other person is named
     * between. */
    if (j != (size_t)-1 && h->att[j].speaker && h->att[j].person && first_person(doc, first)) {
        const ix_quotes_piece *pl = &h->cands[j].pieces[h->cands[j].npieces - 1];
        if (pl->block < b && b - pl->block <= FIRST_PERSON_GAP && !names_a_person(c->pp, pl->end, first->start)) {
            *out = h->att[j];
            out->attribution = "contextual";
            out->rule = "quotes.first_person";
            out->has_span = 0;
            out->drop = 0;
        }
    }
    return IX_OK;
}

/* Is role an acronym ("PCC") of the office's last capitalised words
 * ("West Mercia Police and Crime Commissioner")? */
static int acronym_of(const char *role, const char *office)
{
    size_t rl = strlen(role);
    if (rl < 2 || rl > 6)
        return 0;
    for (size_t i = 0; i < rl; i++)
        if (!isupper((unsigned char)role[i]))
            return 0;
    char init[16];
    size_t n = 0;
    for (const char *q = office; *q; q++)
        if ((q == office || q[-1] == ' ') && isupper((unsigned char)*q) && n < sizeof init)
            init[n++] = *q;
    return n >= rl && memcmp(init + n - rl, role, rl) == 0;
}

/* Where the document first names the person whose record name is name
 * (any form of it: "Mr Reyes" for "Tom Reyes"), or SIZE_MAX. */
static size_t first_named_at(const ix_quotes_people *pp, const char *name)
{
    for (size_t k = 0; k < pp->m.n; k++) {
        const mention *m = &pp->m.items[k];
        if (m->person >= 0 && strcmp(pp->p[pp->p[m->person].canon].name, name) == 0)
            return m->a;
    }
    return (size_t)-1;
}

/* An office no person of the document was found holding ("The chief
 * inspector of prisons said", "An inspector has 'serious concerns'") is
 * the one person the document quotes, when it quotes one only, gives that
 * person no other office (or the office's acronym: "PCC Ann Lee" for "the
 * Police and Crime Commissioner") and names them only after the office:
 * news copy introduces a person by office in its opening lines and names
 * them later ("Mr Reyes said: ...").  An office first written after the
 * name is someone else ("Ann Lee said ... the ferry captain said").  The
 * office becomes the speaker's role; its mention stays the evidence. */
static void office_holders(const ix_quotes_people *pp, const ix_quotes_cand *cands, size_t n,
                           ix_quotes_attrib *out)
{
    const ix_quotes_attrib *holder = NULL;
    int offices = 0;
    for (size_t i = 0; i < n; i++) {
        const ix_quotes_attrib *a = &out[i];
        if (a->drop || !a->speaker ||
            (cands[i].cls != IX_QUOTES_FULL && cands[i].cls != IX_QUOTES_PARTIAL))
            continue;
        offices += a->office && !a->person;
        if (!a->person)
            continue;
        if (holder && strcmp(holder->speaker, a->speaker) != 0)
            return;                     /* two people quoted: whose office? */
        if (!holder || (a->role && !holder->role))
            holder = a;
    }
    if (!holder || !offices)
        return;
    size_t named = first_named_at(pp, holder->speaker);
    if (named == (size_t)-1)
        return;                         /* a name outside the table: where first? */
    for (size_t i = 0; i < n; i++) {
        ix_quotes_attrib *a = &out[i];
        if (a->drop || !a->speaker || !a->office || a->person || !a->has_span || a->span_a >= named)
            continue;
        if (holder->role && !acronym_of(holder->role, a->speaker))
            continue;
        a->role = a->speaker;
        a->speaker = holder->speaker;
        a->person = 1;
        a->office = 0;
    }
}

int ix_quotes_attr_run(ix_doc *doc, const ix_quotes_people *pp, const ix_quotes_cand *cands,
                       size_t n, ix_quotes_attrib *out, ix_err *err)
{
    actx c = { doc, pp, NULL, {0}, 0, 0 };
    hist h = { cands, out, 0 };
    for (size_t i = 0; i < n; i++) {
        ix_quotes_attrib *a = &out[i];
        memset(a, 0, sizeof *a);
        a->attribution = "none";
        a->rule = cands[i].cls == IX_QUOTES_PARTIAL ? "quotes.partial" : "quotes.unattributed";
        if (cands[i].cls != IX_QUOTES_FULL && cands[i].cls != IX_QUOTES_PARTIAL) {
            a->drop = 1;
            continue;
        }
        h.i = i;
        int rc = cands[i].origin == IX_QUOTES_MARKED ? attr_marked(&c, &h, a) : attr_plain(&c, &cands[i], a);
        if (rc != IX_OK)
            return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
        if (!a->speaker) {
            a->attribution = "none";
            a->role = NULL;
            a->has_span = 0;
            a->rule = cands[i].cls == IX_QUOTES_PARTIAL ? "quotes.partial" : "quotes.unattributed";
        }
    }
    office_holders(pp, cands, n, out);
    return IX_OK;
}
