#include "extractors/caseloads.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/keywords.h"
#include "extractors/numbers.h"
#include "extractors/scan.h"
#include "extractors/subjects.h"
#include "pipeline/rx.h"

/* A caseload is a verb of supervision whose agent is the subject, followed
 * by a count of people:
 *
 *     [agent: the subject]  [verb]  [count]  [modifiers]  [unit noun]
 *     The CRC               supervises  more than 5,500  low and medium-risk  offenders
 *
 * The patterns below find the verb; the shared number reader reads the
 * count; a small lexicon reads the unit.  What keeps out what is not a
 * caseload:
 *   - the unit must be people ('offenders', 'children', 'individuals', ...),
 *     so '14 approved premises', '300 staff' and '£20 million' fail;
 *   - the agent must be a subject (named, or 'the CRC', 'the service', 'it'
 *     when the sentence is about one), never a plural or national body
 *     ('21 Community Rehabilitation Companies', 'probation services in
 *     England and Wales'), nor a person ('each officer manages 60 cases');
 *   - the count must be the whole caseload: not a part ('25 cases without a
 *     plan'), a rate ('60 people on unpaid work each week') or a national
 *     total ('105,000 offenders in England and Wales');
 *   - numbers of cases inspected, market shares and counts of prisons have
 *     no verb of supervision in front of them.
 * Each sentence's candidates are settled together: where two patterns read
 * the same count the first in the table wins, and the survivors are
 * recorded in text order.  Furniture is skipped; the notes are read
 * (releases put the exact caseload there). */

enum {
    P_RESPONSIBLE, P_SUPERVISES, P_MANAGES, P_WORKS_WITH, P_CASELOAD, P_SERVICES_FOR, P_PASSIVE,
    P_HELD, P_USING, P_HOME_TO, P_HAS, NPAT
};

static const char *const patterns[NPAT] = {
    /* "was responsible for supervising 3,629 people",
     * "is responsible for the supervision of around 4,000 offenders" */
    "\\b(?:responsible|responsibility)\\s+for\\s+"
    "(?:(?:supervising|managing|overseeing|working\\s+with)\\s+"
    "|(?:the\\s+)?(?:supervision|management)\\s+of\\s+)?(?:a\\s+total\\s+of\\s+)?",
    /* "The CRC supervises more than 5,500 low and medium-risk offenders" */
    "\\bsupervis(?:es|ed|e|ing)\\s+(?:a\\s+total\\s+of\\s+)?",
    /* "The service manages over 1,100 children", "oversees the supervision
     * of some 4,300 people" */
    "\\b(?:manag(?:es|ed|e|ing)|overs(?:ees|aw|ee|eeing))\\s+"
    "(?:(?:the\\s+)?(?:supervision|management)\\s+of\\s+)?(?:a\\s+total\\s+of\\s+)?",
    /* "The service worked with 142 children in the year to March 2021",
     * "The practice serves 12,000 patients" */
    "\\b(?:(?:works|worked|working)\\s+with|serv(?:es|ed|ing)|cares?\\s+for|cared\\s+for|caring\\s+for"
    /* "The YOS supports 140 children", "looks after 30 residents" */
    "|support(?:s|ed|ing)|(?:looks|looked|looking)\\s+after)\\s+"
    "(?:a\\s+total\\s+of\\s+)?",
    /* "The CRC has a caseload of 2,950", "its caseload stood at about 1,800";
     * a practice's list, the caseload of a surgery: "a list size of 9,400
     * patients", "its patient list is 12,000" */
    "\\b(?:case[\\s-]?load|(?:patient\\s+)?list\\s+size|patient\\s+list|registered\\s+list)\\s+"
    "(?:of|was|is|stood\\s+at|stands\\s+at|totalled|totals|"
    "numbered|numbers|(?:has\\s+)?risen\\s+to|(?:has\\s+)?fallen\\s+to"
    /* every verb of a total moving or reached: "its caseload grew to 2,100",
     * "the caseload has dropped to about 900", "had reached 3,000" */
    "|(?:currently\\s+)?(?:stood|stands)\\s+at|(?:(?:has|had)\\s+)?(?:rose|grown|grew|increased|"
    "decreased|dropped|fell|reduced|climbed)\\s+to|(?:has\\s+|had\\s+)?(?:reached|exceeded)|exceeds|reaches|"
    "totalled\\s+some|comprised|comprises)\\s+",
    /* "The company running probation services for nearly 30,000 offenders",
     * "which provides youth justice services for 400 children" */
    "\\b(?:run|runs|ran|running|provid(?:es|ed|e|ing)|deliver(?:s|ed|ing)?)\\s+"
    "(?:(?:probation|youth\\s+justice|rehabilitation|community)\\s+)?"
    /* "provides support to 300 children", "delivers supervision for 2,000 people" */
    "(?:services|support|supervision|interventions)\\s+(?:for|to)\\s+",
    /* "Around 2,300 people are supervised by the PDU" */
    "\\b(?:(?:are|were|is|was)\\s+(?:(?:currently|now|being)\\s+)*|being\\s+)"
    "(?:supervised|managed|supported)\\s+by\\s+",
    /* "about 4,300 people on the CRC's caseload", "4,300 people under its
     * supervision": the count before, its holder in the match (<own>) or
     * the sentence's subject */
    "\\b(?:(?:on|in)\\s+(?<own>its|their|the\\s+[\\w-]+(?:\\s+[\\w-]+){0,3}?(?:'|\\x{2019})s|"
    "(?-i:[A-Z][\\w-]*)(?:\\s+(?-i:[A-Z][\\w-]*)){0,4}(?:'|\\x{2019})s)\\s+(?:current\\s+|active\\s+|total\\s+)?"
    "case[\\s-]?loads?|under\\s+(?:its\\s+|their\\s+)?supervision)\\b",
    /* "there were 12 people using the service", "30 residents living at the
     * home", "has 90 children using its services": a care service's users,
     * the count before, the holder in the match (every determiner of the
     * service) */
    "\\b(?:(?:using|who\\s+use[sd]?|(?:living|lived|live|who\\s+live[sd]?)\\s+(?:in|at))\\s+(?:the|this|our|its|their)\\s+(?:services?|home)"
    /* "24 people lived there at the time of the inspection" */
    "|(?:living|lived|who\\s+live[sd]?)\\s+there)\\b",
    /* "The Elms care home, home to more than 50 elderly people" */
    "\\bhome\\s+to\\s+",
    /* "The PDU has around 2,300 people on probation", "Kestrel YJS had 90
     * children under supervision": a verb of having, the count, then what
     * holds them (has_tails) */
    "\\b(?:has|had|have)\\s+(?:a\\s+total\\s+of\\s+)?",
};

/* The words each pattern's matches start with (tried there only, through
 * ix_keywords_rx_find). */
static const char *const leads_responsible[] = {"responsib", NULL};
static const char *const leads_supervises[] = {"supervis", NULL};
static const char *const leads_manages[] = {"manag", "overs", NULL};
static const char *const leads_works_with[] = {"work", "serv", "car", "support", "look", NULL};
static const char *const leads_caseload[] = {"case", "list", "patient", "registered", NULL};
static const char *const leads_services_for[] = {"run", "ran", "provid", "deliver", NULL};
static const char *const leads_passive[] = {"are", "were", "is", "was", "being", NULL};
static const char *const leads_held[] = {"on", "in", "under", NULL};
static const char *const leads_using[] = {"using", "who", "living", "lived", "live", NULL};
static const char *const leads_home_to[] = {"home", NULL};
static const char *const leads_has[] = {"has", "had", "have", NULL};
static const char *const *const leads[NPAT] = {
    leads_responsible, leads_supervises, leads_manages, leads_works_with, leads_caseload,
    leads_services_for, leads_passive, leads_held, leads_using, leads_home_to, leads_has,
};

/* Words of which every match of a pattern holds one, beyond its leads (NULL:
 * none): a sentence holding none of them is not searched with it.  "are
 * supervised by" holds "supervised", "in the CRC's caseload" "load",
 * "under its supervision" "supervision". */
static const char *const needs_services_for[] = {"services", "support", "supervision",
                                                 "interventions", NULL};
static const char *const needs_passive[] = {"supervised", "managed", "supported", NULL};
static const char *const needs_held[] = {"load", "supervision", NULL};
static const char *const needs_using[] = {"service", "home", "there", NULL};
/* Words that make the holder a prison: "HMP Ashfield had 400 men". */
static const char *const prison_words[] = {
    "prison", "prisons", "hmp", "hmyoi", "yoi", "jail", "gaol", "immigration removal centre",
    NULL
};
static const char *const needs_has[] = {"probation", "supervision", "licence", "license",
                                        "books", "caseload", "open", "known", "inspection",
                                        NULL};
static const char *const *const needs[NPAT] = {
    [P_SERVICES_FOR] = needs_services_for, [P_PASSIVE] = needs_passive, [P_HELD] = needs_held,
    [P_USING] = needs_using, [P_HAS] = needs_has,
};

static const char *const rule_names[NPAT] = {
    "caseloads.responsible_for", "caseloads.supervises", "caseloads.manages",
    "caseloads.works_with", "caseloads.caseload_of", "caseloads.services_for",
    "caseloads.supervised_by", "caseloads.on_caseload", "caseloads.using_the_service",
    "caseloads.home_to", "caseloads.has_held",
};

typedef struct state {
    ix_rx *rx[NPAT];
    ix_rx *at[NPAT];      /* the same, anchored */
    int own;              /* P_HELD's group <own> */
} state;

/* How far from the verb or the count the stage looks for an agent or a
 * date, in bytes: a sentence's worth.  Keeps a 10 MB "sentence" linear. */
enum { WINDOW = 400 };

/* ---- small word helpers ----------------------------------------------- */

/* A token: letters, digits, inner hyphens and apostrophes ("medium-risk",
 * "ex-offenders", "CRC's"). */
static size_t token_end(const char *s, size_t i, size_t end)
{
    while (i < end) {
        unsigned char c = (unsigned char)s[i];
        if (ix_scan_is_word_byte(c))
            i++;
        else if ((c == '-' || c == '\'') && i + 1 < end && ix_scan_is_word_byte((unsigned char)s[i + 1]) &&
                 i > 0 && ix_scan_is_word_byte((unsigned char)s[i - 1]))
            i++;
        else
            break;
    }
    return i;
}

static int in_list(const char *s, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (ix_scan_ieq(s, a, b, list[k]))
            return 1;
    return 0;
}

/* Does some phrase of list stand as whole words in norm[a..b)?  (The lists
 * are indexed: ix_caseloads_keywords.) */
static int has_phrase(const ix_doc *doc, size_t a, size_t b, const char *const *list)
{
    return ix_keywords_any(doc, a, b, list);
}

/* ---- the unit ------------------------------------------------------- */

/* The people a caseload counts: "5,502 individuals", "1,100 children". */
static const char *const unit_nouns[] = {
    "people", "persons", "individuals", "offenders", "ex-offenders", "children",
    "adults", "men", "women", "boys", "girls", "probationers", "clients",
    "users", "cases", "juveniles", "youngsters", "lives", "patients", "residents",
    "youths", "teenagers", "adolescents", "ex-prisoners", "service-users", NULL
};

/* Words that may stand between the count and its unit: "more than 5,500
 * low and medium-risk offenders", "4,860 adult male offenders".  Hyphenated
 * words ("high-risk") are accepted as modifiers too. */
static const char *const unit_modifiers[] = {
    "low", "medium", "high", "very", "and", "or", "adult", "young", "male",
    "female", "serious", "violent", "sexual", "risk", "other", "individual",
    "current", "active", "open", "community", "custodial", "convicted",
    "former", "sentenced", "new", "vulnerable", "complex", "prolific",
    "priority", "statutory", "youth", "probation", "service", "women", "men",
    "additional", "different", "elderly", "older",
    /* a span of risk and how much of the count it covers: "low to medium
     * risk", "mostly low-risk", "moderate or high risk" */
    "to", "moderate", "lower", "higher", "mostly", "mainly", "largely", "predominantly",
    "primarily",
    /* a practice's list and a youth team's children: "12,000 registered
     * patients", "140 local teenage boys" */
    "registered", "local", "juvenile", "teenage", "supervised", "known", NULL
};

/* Read the unit after a count ending at i: up to six modifiers, then a unit
 * noun.  "women offenders" gives "offenders"; "children and young people"
 * gives "children".  Returns 1 with [*us, *ue) the unit noun (with "young"
 * or "service" in front where written). */
static int read_unit(const char *s, size_t i, size_t end, size_t *us, size_t *ue)
{
    size_t prev_s = (size_t)-1;
    for (int n = 0; n < 7; n++) {
        size_t j = ix_scan_skip_blanks(s, i, end);
        if (j < end && s[j] == ',' && n > 0)
            j = ix_scan_skip_blanks(s, j + 1, end);       /* "low, medium and high-risk" */
        if (j == i && n == 0 && j < end && s[j] != ' ')
            return 0;
        size_t e = token_end(s, j, end);
        if (e == j)
            return 0;
        if (in_list(s, j, e, unit_nouns)) {
            /* "women offenders": the head is the later noun */
            size_t k = ix_scan_skip_blanks(s, e, end);
            size_t ke = token_end(s, k, end);
            if (k > e && in_list(s, k, ke, unit_nouns) && !ix_scan_ieq(s, j, e, "cases")) {
                prev_s = j;
                i = e;
                continue;
            }
            if (ix_scan_ieq(s, j, e, "users") &&
                (prev_s == (size_t)-1 || !ix_scan_ieq(s, prev_s, token_end(s, prev_s, end), "service")))
                return 0;                          /* "users" only as "service users" */
            *us = j;
            if (prev_s != (size_t)-1 && (ix_scan_ieq(s, j, e, "people") || ix_scan_ieq(s, j, e, "users")) &&
                (ix_scan_ieq(s, prev_s, token_end(s, prev_s, end), "young") ||
                 ix_scan_ieq(s, prev_s, token_end(s, prev_s, end), "service")))
                *us = prev_s;                      /* "young people", "service users" */
            *ue = e;
            return 1;
        }
        if (!in_list(s, j, e, unit_modifiers) && !memchr(s + j, '-', e - j))
            return 0;
        prev_s = j;
        i = e;
    }
    return 0;
}

/* ---- the agent ------------------------------------------------------- */

/* A singular reference to the inspected body, standing for the subject the
 * sentence is about: "The CRC supervises", "It manages", "the service,
 * which works with". */
static const char *const body_nouns[] = {
    "crc", "company", "service", "trust", "yos", "yot", "yjs", "team", "pdu",
    "unit", "division", "region", "area", "nps", "partnership", "provider",
    "organisation", "organization", "it", "cluster", "office", "practice", "surgery", "home",
    "hospital", "school", "force", "prison", NULL
};

/* A total beyond the subject: "21 Community Rehabilitation Companies
 * across England and Wales", "nationally". */
static const char *const wide_marks[] = {
    "england and wales", "nationally", "across the country", "in total",
    "altogether", "across england", "in england", NULL
};

/* Quantifiers that make the agent several bodies or one of many people:
 * "each CRC supervises", "the average team manages". */
static const char *const quantifiers[] = {
    "each", "every", "all", "average", "per", "both", "many", "most", "some",
    "typical", "individual", NULL
};

/* Words a clause may put between its agent and the verb. */
static const char *const agent_skip[] = {
    "is", "was", "are", "were", "has", "had", "have", "been", "currently",
    "now", "also", "still", "then", "already", "together", "jointly", "a",
    "an", "its", "overall", "collectively", NULL
};

static const char *const relatives[] = {"which", "who", "that", NULL};

/* The word ending at or before e (blanks skipped), stopping at lo and at
 * punctuation: returns 1 with [*ws, *we). */
static int word_before(const char *s, size_t lo, size_t e, size_t *ws, size_t *we)
{
    while (e > lo && ix_scan_is_blank(s[e - 1]))
        e--;
    size_t w = e;
    while (w > lo && (ix_scan_is_word_byte((unsigned char)s[w - 1]) ||
                      ((s[w - 1] == '\'' || s[w - 1] == '-') && w - 1 > lo &&
                       ix_scan_is_word_byte((unsigned char)s[w - 2]))))
        w--;
    if (w == e)
        return 0;
    *ws = w;
    *we = e;
    return 1;
}

/* Does a noun phrase ending at e (auxiliaries already skipped) name the
 * inspected body in the singular? */
static int np_is_body(const char *s, size_t lo, size_t e)
{
    size_t ws, we;
    if (!word_before(s, lo, e, &ws, &we))
        return 0;
    /* "the CRC's caseload": the possessive names the body too */
    if (we - ws > 2 && s[we - 2] == '\'' && (s[we - 1] == 's' || s[we - 1] == 'S'))
        we -= 2;
    if (!in_list(s, ws, we, body_nouns))
        return 0;
    /* the words in front of the head, up to punctuation: no quantifier */
    size_t pe = ws;
    for (int n = 0; n < 5; n++) {
        size_t ps, pw;
        if (!word_before(s, lo, pe, &ps, &pw))
            break;
        if (in_list(s, ps, pw, quantifiers))
            return 0;
        pe = ps;
    }
    return 1;
}

/* Who does the verb starting at v in sentence [a, b)?  Returns 1 when the
 * agent is a subject, or a singular reference to the inspected body (then
 * *subj is the subject the sentence is about, or -1); 0 when the agent is
 * someone or something else. */
static int agent_ok(const ix_doc *doc, size_t a, size_t v, size_t b, int *subj)
{
    const char *s = doc->norm;
    size_t at = 0;
    /* the clause holding the verb: from the last ';' or ':' before it */
    size_t cs = v - a > WINDOW ? v - WINDOW : a;
    for (size_t i = v; i > cs; i--)
        if (s[i - 1] == ';' || s[i - 1] == ':') {
            cs = i;
            break;
        }
    int k = ix_subjects_named_in(doc, cs, v, &at);
    if (k >= 0) {
        size_t from = at < v ? at : v;
        if (has_phrase(doc, from, v, wide_marks))
            return 0;
        *subj = k;
        return 1;
    }
    if (has_phrase(doc, cs, v, wide_marks))
        return 0;
    /* No name: the noun phrase before the verb, auxiliaries skipped. */
    size_t e = v;
    int relative = 0;
    for (int n = 0; n < 8; n++) {
        size_t ws, we;
        if (word_before(s, cs, e, &ws, &we) && in_list(s, ws, we, agent_skip)) {
            e = ws;
            continue;
        }
        if (word_before(s, cs, e, &ws, &we) && in_list(s, ws, we, relatives)) {
            relative = 1;
            e = ws;
            continue;
        }
        break;
    }
    size_t t = e;
    while (t > cs && ix_scan_is_blank(s[t - 1]))
        t--;
    /* "With a caseload of 4,100, the CRC ...": a fronted phrase */
    {
        size_t ws, we;
        if (word_before(s, cs, t, &ws, &we) && ix_scan_ieq(s, ws, we, "with")) {
            size_t u = ws;
            while (u > cs && ix_scan_is_blank(s[u - 1]))
                u--;
            if (u == cs)
                t = cs;
        }
    }
    if (t == cs) {
        /* sentence-initial participle: "Supervising more than 2,000 people,
         * the CRC ..." takes its agent from the main clause after the comma */
        if (relative)
            return 0;
        size_t hi = b - v > WINDOW ? v + WINDOW : b;
        size_t c = v;
        while (c < hi && !(s[c] == ',' && c + 1 < hi && ix_scan_is_blank(s[c + 1])))
            c++;
        if (c >= hi)
            return 0;
        k = ix_subjects_named_in(doc, c, hi, NULL);
        if (k >= 0) {
            *subj = k;
            return 1;
        }
        size_t j = ix_scan_skip_blanks(s, c + 1, hi);
        size_t je = token_end(s, j, hi);
        if (ix_scan_ieq(s, j, je, "the") || ix_scan_ieq(s, j, je, "this")) {
            j = ix_scan_skip_blanks(s, je, hi);
            je = token_end(s, j, hi);
        }
        if (!in_list(s, j, je, body_nouns))
            return 0;
        *subj = ix_subjects_about(doc, v);
        return 1;
    }
    if (s[t - 1] == ',') {
        if (relative) {
            /* "the service, which works with ...": the phrase before the comma */
            if (!np_is_body(s, cs, t - 1))
                return 0;
            *subj = ix_subjects_about(doc, v);
            return 1;
        }
        /* "The CRC, covering three counties, supervised ...": the phrase
         * before one of the earlier commas */
        size_t c = t - 1;
        for (int n = 0; n < 4 && c > cs; n++) {
            size_t q = c;
            while (q > cs && !(s[q - 1] == ',' && q < c && ix_scan_is_blank(s[q])))
                q--;
            if (q == cs)
                break;
            c = q - 1;
            if (np_is_body(s, cs, c)) {
                *subj = ix_subjects_about(doc, v);
                return 1;
            }
        }
        return 0;
    }
    if (!np_is_body(s, cs, t))
        return 0;
    *subj = ix_subjects_about(doc, v);
    return 1;
}

/* Words before "caseload" that make it a practitioner's or an average one:
 * "an average caseload of 45", "officers' caseloads". */
static const char *const caseload_owners_not[] = {
    "average", "individual", "officer", "officers", "officer's", "staff",
    "practitioner", "practitioners", "practitioner's", "their", "his", "her",
    "each", "per", "typical", "mean", "median", "personal", "my", "your", NULL
};

/* ---- the date ------------------------------------------------------- */

/* "When fieldwork took place, X was responsible for supervising ..." */
static const char *const fieldwork_marks[] = {
    "when fieldwork took place", "at the time of fieldwork", "at the time of the fieldwork",
    "at the time of the inspection", "at the time of inspection", "during fieldwork",
    "during the fieldwork", "during the inspection", NULL
};

/* Words between a count and a later date that start another clause: "5,000
 * offenders and was bought by its owner in 2015". */
static const char *const clause_breaks[] = {
    "was", "were", "is", "are", "has", "had", "have", "which", "who", "since",
    "when", "after", "before", "until", "but", NULL
};

/* One run over a document: the dates sorted by position, and the
 * candidates of the sentence being read. */
typedef struct cand {
    int p, subj;
    ix_number n;
    size_t us, ue;          /* the unit as written; ue == 0: none */
    size_t uus, uue;        /* where to read the unit's name (an elliptic
                               count borrows the first count's) */
} cand;

typedef struct run {
    ix_doc *doc;
    const ix_date **dates;  /* sorted by norm.start */
    size_t ndates;
    const ix_date *fieldwork;
    size_t a, b;            /* the sentence */
    IX_VEC(cand) cands;
} run;

static int by_norm_start(const void *x, const void *y)
{
    const ix_date *d = *(const ix_date *const *)x, *e = *(const ix_date *const *)y;
    return d->norm.start < e->norm.start ? -1 : d->norm.start > e->norm.start;
}

/* The date the count [cs, ce) refers to: a caseload_as_of date near it in
 * the sentence; else a date of role "other" after the count ("4,750
 * offenders ... in March 2018") or introduced by "as at" / "as of"; else,
 * when the sentence says so ("When fieldwork took place"), the start of
 * fieldwork. */
static void find_as_of(const run *r, size_t cs, size_t ce, char *out)
{
    const char *s = r->doc->norm;
    size_t lo = cs - r->a > WINDOW ? cs - WINDOW : r->a;
    size_t hi = r->b - ce > WINDOW ? ce + WINDOW : r->b;
    out[0] = '\0';
    /* first date starting at or after lo */
    size_t l = 0, h = r->ndates;
    while (l < h) {
        size_t m = l + (h - l) / 2;
        if (r->dates[m]->norm.start < lo)
            l = m + 1;
        else
            h = m;
    }
    const ix_date *other = NULL;
    for (size_t i = l; i < r->ndates && r->dates[i]->norm.start < hi; i++) {
        const ix_date *d = r->dates[i];
        if (!d->role)
            continue;
        if (!strcmp(d->role, "caseload_as_of")) {
            snprintf(out, 11, "%s", d->start);
            return;
        }
        if (strcmp(d->role, "other") || other)
            continue;
        if (d->norm.start >= ce) {
            if (d->norm.start - ce <= 120 && !has_phrase(r->doc, ce, d->norm.start, clause_breaks) &&
                !memchr(s + ce, ',', d->norm.start - ce) && !memchr(s + ce, ';', d->norm.start - ce))
                other = d;
            continue;
        }
        size_t ws = d->norm.start >= lo + 6 ? d->norm.start - 6 : lo;
        if (ix_scan_find_word(s, ws, d->norm.start, "as at") != (size_t)-1 ||
            ix_scan_find_word(s, ws, d->norm.start, "as of") != (size_t)-1)
            other = d;
    }
    if (other) {
        snprintf(out, 11, "%s", other->start);
        return;
    }
    if (r->fieldwork && has_phrase(r->doc, lo, hi, fieldwork_marks))
        snprintf(out, 11, "%s", r->fieldwork->start);
}

/* ---- stage ------------------------------------------------------------ */

int ix_caseloads_init(void **out, ix_err *err)
{
    state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    int rc = ix_rx_compile_all(st->rx, patterns, NPAT, "caseloads", PCRE2_CASELESS, err);
    if (rc != IX_OK) {
        free(st);
        return rc;
    }
    rc = ix_rx_compile_all(st->at, patterns, NPAT, "caseloads", PCRE2_CASELESS | PCRE2_ANCHORED, err);
    if (rc != IX_OK) {
        ix_rx_free_all(st->rx, NPAT);
        free(st);
        return rc;
    }
    st->own = ix_rx_group(st->rx[P_HELD], "own");
    *out = st;
    return IX_OK;
}

void ix_caseloads_fini(void *p)
{
    state *st = p;
    if (!st)
        return;
    ix_rx_free_all(st->rx, NPAT);
    ix_rx_free_all(st->at, NPAT);
    free(st);
}

/* What a sentence must contain before any pattern runs: "supervises",
 * "managing", "responsible for", "a caseload of", "works with", "oversees",
 * "services", "in the care of", what follows a verb of having ("on
 * probation", "known to it", "at the time of the inspection").  The
 * commonest first: the test of a sentence stops at the first one found
 * ("services" holds "serv"). */
static const char *const cues[] = {"with", "serv", "care", "manag", "respons", "supervis",
                                   "overs", "caseload", "case load", "case-load", "home",
                                   "lived", "living", "support", "after", "probation",
                                   "books", "licence", "license", "list", "known", "open",
                                   "inspection", NULL};

static int add_cand(run *r, int p, int subj, const ix_number *n, size_t us, size_t ue,
                    size_t uus, size_t uue, ix_err *err)
{
    cand *c = IX_VEC_PUSH(r->doc->arena, r->cands);
    if (!c)
        return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    c->p = p;
    c->subj = subj;
    c->n = *n;
    c->us = us;
    c->ue = ue;
    c->uus = uus;
    c->uue = uue;
    return IX_OK;
}

static size_t cand_start(const cand *c)
{
    return c->n.approx == IX_APPROX_EXACT ? c->n.num_start : c->n.start;
}

static size_t cand_end(const cand *c)
{
    return c->ue ? c->ue : c->n.end;
}

static int by_position(const void *x, const void *y)
{
    const cand *c = x, *d = y;
    size_t cs = cand_start(c), ds = cand_start(d);
    if (cs != ds)
        return cs < ds ? -1 : 1;
    return c->p - d->p;               /* the table's order decides a tie */
}

static int record(run *r, const cand *c, ix_err *err)
{
    ix_doc *doc = r->doc;
    ix_caseload *x = IX_VEC_PUSH(doc->arena, doc->caseloads);
    if (!x)
        return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    int subj = c->subj;
    x->subject = subj >= 0 && (size_t)subj < doc->subjects.n ? doc->subjects.items[subj].id : NULL;
    x->count = c->n.value;
    x->approx = c->n.approx;
    x->unit = NULL;
    if (c->uue) {
        x->unit = ix_scan_copy_lower(doc, c->uus, c->uue);
        if (!x->unit)
            return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    }
    find_as_of(r, cand_start(c), c->n.end, x->as_of);
    x->text = NULL;
    x->rule = rule_names[c->p];
    ix_scan_evidence(doc, cand_start(c), cand_end(c), &x->span, &x->norm);
    return IX_OK;
}

/* "2,147 people in the community and 611 in custody": a second count
 * joined to the first by "and", with its own unit or the first one's. */
static int try_coordinated(run *r, int p, int subj, size_t from, size_t us0, size_t ue0,
                           ix_err *err)
{
    const char *s = r->doc->norm;
    size_t b = r->b, i = from;
    for (int n = 0; n < 5; n++) {
        i = ix_scan_skip_blanks(s, i, b);
        size_t e = token_end(s, i, b);
        if (e == i)
            return IX_OK;                   /* punctuation ends the phrase */
        if (ix_scan_ieq(s, i, e, "and")) {
            i = e;
            break;
        }
        i = e;
        if (n == 4)
            return IX_OK;
    }
    i = ix_scan_skip_blanks(s, i, b);
    ix_number n;
    if (!ix_numbers_read(s, i, b, &n) || n.value < 1 || n.decimal || n.words)
        return IX_OK;
    size_t us, ue;
    if (read_unit(s, n.end, b, &us, &ue))
        return add_cand(r, p, subj, &n, us, ue, us, ue, err);
    /* elliptic unit: "and 611 in custody" */
    size_t j = ix_scan_skip_blanks(s, n.end, b);
    size_t je = token_end(s, j, b);
    if (!in_list(s, j, je, (const char *const[]){"in", "on", "under", "serving", NULL}))
        return IX_OK;
    return add_cand(r, p, subj, &n, 0, 0, us0, ue0, err);
}

/* Words after the count that make it a part of the caseload, a rate or a
 * national figure: "supervised 40 people without a plan", "supervises 60
 * people on unpaid work each day", "105,000 offenders in England and
 * Wales". */
static const char *const part_marks[] = {
    "without", "involving", "where", "in which", "whose", "lacking", "awaiting",
    "each day", "a day", "per day", "every day", "each week", "a week", "per week",
    "every week",
    /* an outcome, not a caseload: "supported 40 people into work" */
    "into", NULL
};
/* After "cases" a restriction is more often a subset: "managing 25 cases
 * with no plan", "2,000 cases of domestic abuse". */
static const char *const case_restrictions[] = {"with", "of", "that", "which", "who", NULL};

const char *const *const ix_caseloads_keywords[] = {
    cues, needs_services_for, needs_passive, needs_held, needs_using, leads_responsible, leads_supervises, leads_manages, leads_works_with, leads_caseload,
    leads_services_for, leads_passive, leads_held, leads_using, leads_home_to, needs_has,
    leads_has, prison_words, wide_marks, part_marks, clause_breaks, fieldwork_marks, ix_numbers_cardinals, NULL
};

/* Is the count ending at e (its unit included) the whole caseload? */
static int whole_caseload(const ix_doc *doc, size_t e, size_t b, int cases)
{
    const char *s = doc->norm;
    size_t hi = b - e > WINDOW ? e + WINDOW : b;
    if (has_phrase(doc, e, hi, wide_marks))
        return 0;
    /* the rest of the clause: up to the next comma or semicolon */
    size_t ce = e;
    while (ce < hi && s[ce] != ';' && !(s[ce] == ',' && ce + 1 < hi && ix_scan_is_blank(s[ce + 1])))
        ce++;
    if (has_phrase(doc, e, ce, part_marks))
        return 0;
    if (cases) {
        size_t j = ix_scan_skip_blanks(s, e, ce);
        size_t je = token_end(s, j, ce);
        if (in_list(s, j, je, case_restrictions))
            return 0;
    }
    return 1;
}

/* "Its caseload stood at 4,100", "The caseload was 4,100": the sentence
 * opens with the caseload of the body it is about. */
static int own_caseload(const ix_doc *doc, size_t a, size_t v, int *subj)
{
    const char *s = doc->norm;
    size_t ws, we;
    if (!word_before(s, a, v, &ws, &we) || !in_list(s, ws, we, (const char *const[]){"its", "the", NULL}))
        return 0;
    if (ix_scan_skip_blanks(s, a, ws) != ws)
        return 0;
    *subj = ix_subjects_about(doc, v);
    return 1;
}

/* "care for up to 44 people", "registered for up to 60 residents": a
 * capacity, the most the body may take, not the number it has. */
static int is_capacity(const char *s, const ix_number *n)
{
    return n->approx == IX_APPROX_LESS_THAN && n->num_start > n->start &&
           ix_scan_find_word(s, n->start, n->num_start, "up to") != (size_t)-1;
}

/* Verbs that hold a caseload: "It holds a caseload of 2,900", "the team
 * carries a current caseload of 300". */
static const char *const caseload_holders[] = {
    "has", "had", "have", "having", "holds", "held", "holding", "carries", "carried",
    "carrying", "manages", "managed", "managing", "maintains", "maintained", "supervises",
    "supervised", "supervising", "runs", "ran", NULL
};

/* Where the verb before "a caseload" starting at v begins ("It holds| a
 * current caseload"): the agent stands before it.  (size_t)-1 when the
 * words before "caseload" are not an article, up to two modifiers and one
 * of caseload_holders. */
static size_t holder_verb(const char *s, size_t a, size_t v)
{
    size_t e = v, ws, we;
    for (int n = 0; n < 3; n++) {
        if (!word_before(s, a, e, &ws, &we))
            return (size_t)-1;
        if (ix_scan_ieq(s, ws, we, "a") || ix_scan_ieq(s, ws, we, "an")) {
            if (!word_before(s, a, ws, &ws, &we) || !in_list(s, ws, we, caseload_holders))
                return (size_t)-1;
            return ws;
        }
        if (!in_list(s, ws, we, (const char *const[]){"current", "total", "overall", "combined",
                                                     "active", "large", "big", "small", NULL}))
            return (size_t)-1;
        e = ws;
    }
    return (size_t)-1;
}

/* An active pattern matched: the count follows it. */
static int try_active(run *r, int p, const ix_rxm *m, ix_err *err)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t a = r->a, b = r->b;
    ix_number n;
    if (!ix_numbers_read(s, m->g[0].end, b, &n))
        return IX_OK;
    if (n.value < 1 || n.decimal || is_capacity(s, &n))
        return IX_OK;
    size_t us = 0, ue = 0;
    if (p == P_CASELOAD) {
        /* "an average caseload of 45", "officers' caseloads of 60" */
        size_t ws, we;
        if (word_before(s, a, m->g[0].start, &ws, &we) && in_list(s, ws, we, caseload_owners_not))
            return IX_OK;
    }
    if (!read_unit(s, n.end, b, &us, &ue)) {
        if (p != P_CASELOAD)
            return IX_OK;
        /* "a caseload of 2,950" needs no unit, but not "of 45 per officer" */
        size_t j = ix_scan_skip_blanks(s, n.end, b);
        size_t je = token_end(s, j, b);
        if (j < b && (s[j] == '%' || in_list(s, j, je, (const char *const[]){
                          "per", "percent", "each", "a", "an", "for", NULL})))
            return IX_OK;
        us = ue = 0;
    }
    if (!whole_caseload(doc, ue ? ue : n.end, b, ue ? ix_scan_ieq(s, us, ue, "cases") : 0))
        return IX_OK;
    int subj = -1;
    size_t hv = p == P_CASELOAD ? holder_verb(s, a, m->g[0].start) : (size_t)-1;
    if (!(p == P_CASELOAD && own_caseload(doc, a, m->g[0].start, &subj)) &&
        !agent_ok(doc, a, m->g[0].start, b, &subj) &&
        (hv == (size_t)-1 || !agent_ok(doc, a, hv, b, &subj)))
        return IX_OK;
    int rc = add_cand(r, p, subj, &n, us, ue, us, ue, err);
    if (rc < 0 || !ue)
        return rc;
    return try_coordinated(r, p, subj, ue, us, ue, err);
}

/* "Around 2,300 people are supervised by the PDU": the count comes before
 * the match, the agent after "by". */
/* The last count in the clause before v whose unit ends at v ("Around
 * 2,300 people| are supervised"): 1 with *n and its unit [*us, *ue), or 0. */
/* What may follow the unit before a passive verb: "1,800 people on
 * probation are supervised by". */
static const char *const unit_tails[] = {"on probation", "on licence", "on license",
                                         "in the community", "in custody",
                                         "on community orders", "on community sentences",
                                         "on post-sentence supervision", "on court orders",
                                         "subject to supervision", NULL};

/* After a unit ending at ue: the offset past blanks and one of unit_tails. */
static size_t after_unit_tail(const char *s, size_t ue, size_t v)
{
    size_t p = ix_scan_skip_blanks(s, ue, v);
    for (int i = 0; unit_tails[i]; i++) {
        size_t n = strlen(unit_tails[i]);
        if (p + n <= v && ix_scan_ieq(s, p, p + n, unit_tails[i]))
            return ix_scan_skip_blanks(s, p + n, v);
    }
    return p;
}

static int count_before(const run *r, size_t v, ix_number *n, size_t *us, size_t *ue)
{
    const char *s = r->doc->norm;
    size_t a = r->a;
    ix_number k;
    int found = 0;
    size_t ks, ke;
    size_t lo = v - a > WINDOW ? v - WINDOW : a;
    size_t pos = lo;
    for (size_t i = v; i > lo; i--)
        if (s[i - 1] == ';' || (s[i - 1] == ',' && i < v && ix_scan_is_blank(s[i]))) {
            pos = i;
            break;
        }
    while (pos < v) {
        size_t at = ix_numbers_find(s, pos, v, &k);
        if (at == (size_t)-1)
            break;
        if (read_unit(s, k.end, v, &ks, &ke) && after_unit_tail(s, ke, v) == v) {
            *n = k;
            *us = ks;
            *ue = ke;
            found = 1;
        }
        pos = k.end;
    }
    return found && n->value >= 1 && !n->decimal && !is_capacity(s, n);
}

static int try_passive(run *r, const ix_rxm *m, ix_err *err)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t b = r->b;
    size_t v = m->g[0].start;
    ix_number best;
    size_t bus, bue;
    if (!count_before(r, v, &best, &bus, &bue))
        return IX_OK;
    if (!whole_caseload(doc, m->g[0].end, b, 0))
        return IX_OK;
    /* the agent: a subject named after "by", or "the CRC", "the service" */
    size_t by_end = m->g[0].end;
    size_t ce = by_end;
    while (ce < b && ce - by_end < WINDOW && s[ce] != ',' && s[ce] != ';' && s[ce] != '.')
        ce++;
    int subj = ix_subjects_named_in(doc, by_end, ce, NULL);
    if (subj < 0) {
        size_t j = by_end;
        size_t je = token_end(s, j, b);
        if (ix_scan_ieq(s, j, je, "the") || ix_scan_ieq(s, j, je, "this")) {
            j = ix_scan_skip_blanks(s, je, b);
            je = token_end(s, j, b);
        }
        if (!in_list(s, j, je, body_nouns) || has_phrase(doc, by_end, ce, wide_marks))
            return IX_OK;
        subj = ix_subjects_about(doc, v);
    }
    return add_cand(r, P_PASSIVE, subj, &best, bus, bue, bus, bue, err);
}

/* "There are about 4,300 people on the CRC's caseload", "The CRC had 4,300
 * people under supervision": the count before the match; the holder named
 * in it ("its", "the CRC's") or, for "under supervision", the subject of
 * the clause before the count. */
static int try_held(run *r, const ix_rxm *m, int own_group, ix_err *err)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t v = m->g[0].start, ws, we;
    /* "4,300 people are on its caseload" */
    if (word_before(s, r->a, v, &ws, &we) &&
        in_list(s, ws, we, (const char *const[]){"are", "were", "is", "was", NULL}))
        v = ws;
    ix_number best;
    size_t bus, bue;
    if (!count_before(r, v, &best, &bus, &bue))
        return IX_OK;
    if (!whole_caseload(doc, m->g[0].end, r->b, 0))
        return IX_OK;
    int subj = -1;
    size_t os = own_group > 0 ? m->g[own_group].start : (size_t)-1;
    if (os != (size_t)-1) {
        size_t oe = m->g[own_group].end;
        subj = ix_subjects_named_in(doc, os, oe, NULL);
        if (subj < 0) {
            size_t j = os, je = token_end(s, j, oe);
            if (ix_scan_ieq(s, j, je, "the")) {
                j = ix_scan_skip_blanks(s, je, oe);
                je = token_end(s, j, oe);
                /* "the CRC's": the body noun without its apostrophe */
                if (je > j + 2 && s[je - 2] == '\'' && s[je - 1] == 's')
                    je -= 2;
                if (!in_list(s, j, je, body_nouns))
                    return IX_OK;
            } else if (!ix_scan_ieq(s, j, je, "its")) {
                return IX_OK;
            }
            subj = ix_subjects_about(doc, v);
        }
    } else if (!agent_ok(doc, r->a, bus, r->b, &subj)) {
        return IX_OK;
    }
    return add_cand(r, P_HELD, subj, &best, bus, bue, bus, bue, err);
}

/* "There were 12 people using the service", "30 residents living at the
 * home": the count before the match, the holder the service the sentence
 * is about. */
static int try_using(run *r, const ix_rxm *m, ix_err *err)
{
    size_t v = m->g[0].start;
    ix_number best;
    size_t bus, bue;
    if (!count_before(r, v, &best, &bus, &bue) || !whole_caseload(r->doc, m->g[0].end, r->b, 0))
        return IX_OK;
    int subj = ix_subjects_about(r->doc, v);
    return add_cand(r, P_USING, subj, &best, bus, bue, bus, bue, err);
}

/* "Elmfield care home, home to 40 residents", "The home is home to 40
 * residents": the holder is the phrase right before (up to the comma or
 * the verb), a subject or a singular body noun; "a town home to 90,000
 * people" is not. */
static int try_home_to(run *r, const ix_rxm *m, ix_err *err)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t e = m->g[0].start, ws, we;
    if (word_before(s, r->a, e, &ws, &we) &&
        in_list(s, ws, we, (const char *const[]){"is", "was", NULL}))
        e = ws;
    while (e > r->a && ix_scan_is_blank(s[e - 1]))
        e--;
    if (e > r->a && s[e - 1] == ',')
        e--;
    size_t ps = e;
    while (ps > r->a && s[ps - 1] != ',' && s[ps - 1] != ';' && s[ps - 1] != ':')
        ps--;
    int subj = ix_subjects_named_in(doc, ps, e, NULL);
    if (subj < 0) {
        if (!np_is_body(s, ps, e))
            return IX_OK;
        subj = ix_subjects_about(doc, m->g[0].start);
    }
    ix_number n;
    size_t us, ue;
    if (!ix_numbers_read(s, m->g[0].end, r->b, &n) || n.value < 1 || n.decimal ||
        is_capacity(s, &n) || !read_unit(s, n.end, r->b, &us, &ue) ||
        !whole_caseload(doc, ue, r->b, ix_scan_ieq(s, us, ue, "cases")))
        return IX_OK;
    return add_cand(r, P_HOME_TO, subj, &n, us, ue, us, ue, err);
}

/* What holds the people counted after a verb of having: "has 2,300 people
 * on probation", "had 90 children under its supervision". */
static const char *const has_tails[] = {
    "on probation", "on licence", "on license", "under supervision", "under its supervision",
    "on its books", "on their books", "on its caseload", "on the caseload",
    /* a youth team's children, a home's residents when inspectors came */
    "open to the service", "open to it", "open to the team", "known to the service",
    "known to it", "at the time of the inspection", "at the time of our inspection",
    "at the time of inspection", "during the inspection", NULL
};

/* "open to the YJS", "known to its team": what holds the people counted,
 * past the unit at t, as "open to" or "known to", a determiner and a body
 * noun (every sibling of has_tails' "open to the service").  The end of the
 * noun, or 0. */
static size_t open_to_body(const char *s, size_t t, size_t b)
{
    size_t e = token_end(s, t, b);
    if (!ix_scan_ieq(s, t, e, "open") && !ix_scan_ieq(s, t, e, "known"))
        return 0;
    size_t j = ix_scan_skip_blanks(s, e, b);
    size_t je = token_end(s, j, b);
    if (j == e || !ix_scan_ieq(s, j, je, "to"))
        return 0;
    j = ix_scan_skip_blanks(s, je, b);
    je = token_end(s, j, b);
    if (j == je || !in_list(s, j, je, (const char *const[]){"the", "this", "its", NULL}))
        return 0;
    j = ix_scan_skip_blanks(s, je, b);
    je = token_end(s, j, b);
    return j < je && in_list(s, j, je, body_nouns) ? je : 0;
}

/* "The PDU has around 2,300 people on probation": the count after the
 * verb, its unit, then one of has_tails (or open_to_body) right after; the agent before the
 * verb, as for the active verbs ("Fenwick PDU has", "The service had").
 * Never a prison's: "the prison had 800 men at the time of the inspection"
 * is its population, not a caseload. */
static int try_has(run *r, const ix_rxm *m, ix_err *err)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    ix_number n;
    size_t us, ue;
    if (!ix_numbers_read(s, m->g[0].end, r->b, &n) || n.value < 1 || n.decimal ||
        is_capacity(s, &n) || !read_unit(s, n.end, r->b, &us, &ue))
        return IX_OK;
    size_t t = ix_scan_skip_blanks(s, ue, r->b), te = 0;
    for (int i = 0; has_tails[i] && !te; i++) {
        size_t k = strlen(has_tails[i]);
        if (t + k <= r->b && ix_scan_ieq(s, t, t + k, has_tails[i]) &&
            (t + k == r->b || !ix_scan_is_word_byte((unsigned char)s[t + k])))
            te = t + k;
    }
    if (!te)
        te = open_to_body(s, t, r->b);
    int subj = -1;
    if (!te || !whole_caseload(doc, te, r->b, ix_scan_ieq(s, us, ue, "cases")) ||
        !agent_ok(doc, r->a, m->g[0].start, r->b, &subj))
        return IX_OK;
    if ((subj >= 0 && (size_t)subj < doc->subjects.n && doc->subjects.items[subj].type &&
         !strcmp(doc->subjects.items[subj].type, "prison")) ||
        has_phrase(doc, r->a, m->g[0].start, prison_words))
        return IX_OK;
    return add_cand(r, P_HAS, subj, &n, us, ue, us, ue, err);
}

/* Record the sentence's candidates in text order, dropping any that
 * overlaps one already kept ("responsible for supervising 3,629 people" is
 * found by two patterns; the first in the table wins). */
static int settle(run *r, ix_err *err)
{
    if (r->cands.n > 1)
        qsort(r->cands.items, r->cands.n, sizeof *r->cands.items, by_position);
    size_t kept_end = 0;
    for (size_t i = 0; i < r->cands.n; i++) {
        const cand *c = &r->cands.items[i];
        if (i > 0 && cand_start(c) < kept_end)
            continue;
        int rc = record(r, c, err);
        if (rc < 0)
            return rc;
        kept_end = cand_end(c);
    }
    r->cands.n = 0;
    return IX_OK;
}

int ix_caseloads_run(const void *p, ix_doc *doc, ix_err *err)
{
    const state *st = p;
    run r;
    memset(&r, 0, sizeof r);
    r.doc = doc;
    if (doc->dates.n) {
        r.dates = ix_arena_alloc(doc->arena, doc->dates.n * sizeof *r.dates);
        if (!r.dates)
            return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
        for (size_t i = 0; i < doc->dates.n; i++) {
            r.dates[i] = &doc->dates.items[i];
            if (!r.fieldwork && doc->dates.items[i].role &&
                !strcmp(doc->dates.items[i].role, "fieldwork"))
                r.fieldwork = &doc->dates.items[i];
        }
        r.ndates = doc->dates.n;
        qsort(r.dates, r.ndates, sizeof *r.dates, by_norm_start);
    }
    int long_s = ix_keywords_long_s(doc);
    /* the words tested in every sentence, as cursors (sentences in order) */
    ix_keywords_cursor *cue_words = ix_keywords_cursors(doc, cues), *need_words[NPAT] = {0},
                       *lead_words[NPAT], *number_words = ix_keywords_cursors(doc, ix_numbers_cardinals);
    if (!cue_words || !number_words)
        return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    for (int k = 0; k < NPAT; k++)
        if ((needs[k] && !(need_words[k] = ix_keywords_cursors(doc, needs[k]))) ||
            !(lead_words[k] = ix_keywords_cursors(doc, leads[k])))
            return ix_err_set(err, IX_ENOMEM, "caseloads: out of memory");
    /* the first digit at or after the last sentence tested's start */
    size_t digit_at = ix_numbers_next_digit(doc->norm, 0);
    for (size_t si = 0; si < doc->sents.n; si++) {
        if (!ix_scan_sent_in(doc, si, IX_IN_DOCUMENT))
            continue;
        size_t a = doc->sents.items[si].norm.start, b = doc->sents.items[si].norm.end;
        if (b <= a || b > doc->norm_len || !ix_keywords_cursors_any(doc, cue_words, a, b))
            continue;
        /* every candidate holds a count read in the sentence */
        if (digit_at < a)
            digit_at = ix_numbers_next_digit(doc->norm, a);
        if (digit_at >= b && !ix_keywords_cursors_any(doc, number_words, a, b))
            continue;
        r.a = a;
        r.b = b;
        for (int k = 0; k < NPAT; k++) {
            /* a pattern is tried only at its leads: a sentence without
             * them, or without a word it needs, is not searched (a caseless
             * pattern may spell those words with a long s) */
            if (!long_s && ((needs[k] && !ix_keywords_cursors_any(doc, need_words[k], a, b)) ||
                            !ix_keywords_cursors_any(doc, lead_words[k], a, b)))
                continue;
            size_t pos = a;
            ix_rxm m;
            for (;;) {
                int rc = ix_keywords_rx_find(doc, st->rx[k], st->at[k], leads[k], NULL, pos, b, &m, err);
                if (rc < 0)
                    return rc;
                if (rc == 0)
                    break;
                rc = k == P_PASSIVE ? try_passive(&r, &m, err)
                     : k == P_HELD  ? try_held(&r, &m, st->own, err)
                     : k == P_USING ? try_using(&r, &m, err)
                     : k == P_HOME_TO ? try_home_to(&r, &m, err)
                     : k == P_HAS   ? try_has(&r, &m, err)
                                    : try_active(&r, k, &m, err);
                if (rc < 0)
                    return rc;
                pos = m.g[0].end > pos ? m.g[0].end : pos + 1;
            }
        }
        int rc = settle(&r, err);
        if (rc < 0)
            return rc;
    }
    return IX_OK;
}
